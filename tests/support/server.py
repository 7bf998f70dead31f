"""Serve a built site on 127.0.0.1 the way a real host would: gzip for text, correct types, a base path,
and validators (ETag), so a browser with the file in its cache gets a short "304 Not Modified"."""

from __future__ import annotations

import functools
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


def _under(relative: str, folders: tuple[str, ...]) -> bool:
    """Whether a path is in one of these folders, in any edition (/es/assets/ too), as the nginx and
    Apache recipes match them anywhere in the address."""
    return any(f"/{folder}" in f"/{relative}" for folder in folders)


class Wire:
    """Bytes the server sent (status line, headers and body, as written to the socket), by path."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sent: list[tuple[str, int]] = []

    def add(self, path: str, size: int) -> None:
        with self._lock:
            self._sent.append((path, size))

    def mark(self) -> int:
        with self._lock:
            return len(self._sent)

    def since(self, mark: int) -> dict[str, int]:
        """Path -> bytes sent since `mark` (a path fetched twice counts twice)."""
        totals: dict[str, int] = {}
        with self._lock:
            for path, size in self._sent[mark:]:
                totals[path] = totals.get(path, 0) + size
        return totals


class _Counting:
    """A socket file that adds what is written through it to the current request's count."""

    def __init__(self, file: object) -> None:
        self._file, self.count = file, 0

    def write(self, data: bytes) -> int:
        self.count += len(data)
        return self._file.write(data)

    def __getattr__(self, name: str) -> object:
        return getattr(self._file, name)


# Pages are sent many times a session: each body's ETag and gzip copy are made once per content.
@functools.lru_cache(maxsize=4096)
def _etag(body: bytes) -> str:
    return f'"{hashlib.sha256(body).hexdigest()[:20]}"'


@functools.lru_cache(maxsize=4096)
def _gzipped(body: bytes) -> bytes:
    return gzip.compress(body, compresslevel=6, mtime=0)


@functools.lru_cache(maxsize=4096)
def _read(path: Path, mtime_ns: int, size: int) -> bytes:
    """A file's bytes, read once per version of the file."""
    return path.read_bytes()


def _handler(root: Path, base: str, *, host_caching: bool, wire: Wire | None) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:  # keep test output clean
            pass

        def setup(self) -> None:
            super().setup()
            self.wfile = _Counting(self.wfile)

        def handle_one_request(self) -> None:
            self.wfile.count = 0
            super().handle_one_request()
            if wire is not None and self.wfile.count and getattr(self, "path", None):
                wire.add(unquote(urlsplit(self.path).path), self.wfile.count)

        def do_GET(self) -> None:
            self._serve(head=False)

        def do_HEAD(self) -> None:
            self._serve(head=True)

        def _serve(self, *, head: bool) -> None:
            path = unquote(urlsplit(self.path).path)
            if not path.startswith(base):
                return self._send(404, b"not found", "text/plain", head=head)
            relative = path[len(base) :]
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
            if host_caching and _under(relative, FINGERPRINTED):
                policy = "public, max-age=31536000, immutable"
            elif host_caching and _under(relative, HOUR):
                policy = "public, max-age=3600"
            stat = target.stat()
            return self._send(200, _read(target, stat.st_mtime_ns, stat.st_size), kind, head=head, policy=policy)

        def _send(self, status: int, body: bytes, kind: str, *, head: bool, policy: str = "no-cache") -> None:
            etag = _etag(body)
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
                body = _gzipped(body)
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
def serve(root: Path, *, base: str = "/", host_caching: bool = False, wire: Wire | None = None) -> Iterator[str]:
    """Serve `root` at http://127.0.0.1:<free port><base>; yields that URL. With `host_caching`,
    browsers may keep files as the deploy/ recipes allow (FINGERPRINTED, HOUR); without, every file
    is checked on every use. A `wire` counts every byte sent."""
    mimetypes.add_type("application/javascript", ".js")
    mimetypes.add_type("image/svg+xml", ".svg")
    mimetypes.add_type("application/manifest+json", ".webmanifest")
    server = _QuietServer(("127.0.0.1", 0), _handler(root.resolve(), base, host_caching=host_caching, wire=wire))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{base}"
    finally:
        server.shutdown()
        server.server_close()
