"""Serve a built site on 127.0.0.1 the way a real host would: gzip for text, correct types, a base path,
and validators (ETag), so a browser with the file in its cache gets a short "304 Not Modified"."""

from __future__ import annotations

import gzip
import hashlib
import mimetypes
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

COMPRESSIBLE = ("text/", "application/javascript", "application/json", "image/svg+xml", "application/xml")


# How long a browser may keep a file without asking again, as the recipes in deploy/ set it: the
# theme's files, whose names change with their content, a year; the guide's other files an hour;
# pages are always checked (a short 304 when current).
FINGERPRINTED = ("assets/javascripts/bundle.", "assets/javascripts/workers/", "assets/stylesheets/")
HOUR = ("assets/", "search/")


def _handler(root: Path, base: str, *, host_caching: bool) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:  # keep test output clean
            pass

        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            self._serve(head=False)

        def do_HEAD(self) -> None:  # noqa: N802
            self._serve(head=True)

        def _serve(self, *, head: bool) -> None:
            path = unquote(urlsplit(self.path).path)
            if not path.startswith(base):
                return self._send(404, b"not found", "text/plain", head=head)
            relative = path[len(base):]
            target = (root / relative).resolve()
            if root not in target.parents and target != root:
                return self._send(404, b"not found", "text/plain", head=head)
            if target.is_dir():
                if not path.endswith("/"):
                    self.send_response(301)
                    self.send_header("Location", path + "/")
                    self.end_headers()
                    return None
                target = target / "index.html"
            if not target.is_file():
                page = root / "404.html"
                body = page.read_bytes() if page.is_file() else b"not found"
                return self._send(404, body, "text/html; charset=utf-8", head=head)
            kind = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
            if kind.startswith("text/") or kind in {"application/javascript", "application/json"}:
                kind += "; charset=utf-8"
            policy = "no-cache"
            if host_caching and relative.startswith(FINGERPRINTED):
                policy = "public, max-age=31536000, immutable"
            elif host_caching and relative.startswith(HOUR):
                policy = "public, max-age=3600"
            return self._send(200, target.read_bytes(), kind, head=head, policy=policy)

        def _send(self, status: int, body: bytes, kind: str, *, head: bool, policy: str = "no-cache") -> None:
            etag = f'"{hashlib.sha256(body).hexdigest()[:20]}"'
            if status == 200 and self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Cache-Control", policy)
                self.end_headers()
                return
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Cache-Control", policy)
            if status == 200:
                self.send_header("ETag", etag)
            if kind.startswith(COMPRESSIBLE) and "gzip" in self.headers.get("Accept-Encoding", ""):
                body = gzip.compress(body, compresslevel=6, mtime=0)
                self.send_header("Content-Encoding", "gzip")
                self.send_header("Vary", "Accept-Encoding")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if not head:
                self.wfile.write(body)

    return Handler


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        """A browser that drops a connection mid-page is normal; anything else is reported."""
        import sys

        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


@contextmanager
def serve(root: Path, *, base: str = "/", host_caching: bool = False) -> Iterator[str]:
    """Serve `root` at http://127.0.0.1:<free port><base>; yields that URL. With `host_caching`,
    browsers may keep files as the deploy/ recipes allow (FINGERPRINTED, HOUR); without, every file
    is checked on every use."""
    mimetypes.add_type("application/javascript", ".js")
    mimetypes.add_type("image/svg+xml", ".svg")
    mimetypes.add_type("application/manifest+json", ".webmanifest")
    server = _QuietServer(("127.0.0.1", 0), _handler(root.resolve(), base, host_caching=host_caching))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{base}"
    finally:
        server.shutdown()
        server.server_close()
