"""What a reader's phone downloads, made smaller after the build: minified pages, no source maps,
and .gz/.br copies of text files for hosts that serve them (nginx gzip_static, Apache, Netlify).

Every step works on one build's own site folder and on nothing else, so a second build in a
sub-folder (another language) is lightened by its own build, and files already compressed
are left as they are.
"""

from __future__ import annotations

import gzip
import hashlib
import multiprocessing
import os
import re
import tempfile
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import brotli
from mkdocs.plugins import get_plugin_logger

from seen.finish.unused_css import trim_theme_css
from seen.search.lazy import install

log = get_plugin_logger(__name__)

# Text a host may send compressed; pictures (PNG) are compressed already.
TEXT_SUFFIXES = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".webmanifest")
COMPRESSED_SUFFIXES = (".gz", ".br")
# Escapes hidden from the minifier, so it cannot turn them back into the characters they stand for.
_ESCAPES = {"&lt;": "\ue000", "&gt;": "\ue001", "&amp;": "\ue002", "&quot;": "\ue003", "&#39;": "\ue004"}
BROTLI_GOOD_UP_TO = 256 * 1024
PAGE_QUALITY = 8  # brotli quality of a page's .br copy (see brotli_settings)
COMPRESS_WORKERS = 2  # processes compressing when a build has much to compress (the measured machine has 2 cores)
_SOURCE_MAP_COMMENT = re.compile(rb"\n?/[/*][#@] sourceMappingURL=[^\s*]+(?:\s*\*/)?\s*$")


def minify_page(html: str) -> str:
    """The page without the spaces, line breaks and comments a browser ignores.

    Scripts are left exactly as written (the CSP hashes inline scripts after this), and
    closing tags are kept. The page's escapes (&lt; &amp; ...) are kept too: the minifier would
    write `<` wherever a browser allows it (in a <title>, in attributes), which is valid HTML but
    defeats simpler readers, our own CSP hashing among them."""
    import minify_html  # here: a rebuild takes most pages finished from .cache/finished/ (seen.finish.page)

    if any(stand_in in html for stand_in in _ESCAPES.values()):
        raise ValueError("expected no private-use characters U+E000-U+E004 in a page, found one")
    for escape, stand_in in _ESCAPES.items():
        html = html.replace(escape, stand_in)
    html = minify_html.minify(
        html,
        keep_closing_tags=True,
        keep_html_and_head_opening_tags=True,
        minify_js=False,
        minify_css=True,  # inline <style> and style="": the brand colours
    )
    for escape, stand_in in _ESCAPES.items():
        html = html.replace(stand_in, escape)
    return html


def remove_source_maps(site_dir: Path) -> list[Path]:
    """Delete the theme's *.map files and the comments that point to them; returns what was deleted."""
    removed = sorted(site_dir.rglob("*.map"))
    for path in removed:
        path.unlink()
    for path in [*site_dir.rglob("*.js"), *site_dir.rglob("*.css")]:
        with path.open("rb") as file:  # the comment is always last: read only the end first
            file.seek(max(0, path.stat().st_size - 512))
            if b"sourceMappingURL" not in file.read():
                continue
        data = path.read_bytes()
        path.write_bytes(_SOURCE_MAP_COMMENT.sub(b"\n", data))
    return removed


@dataclass
class CompressionCache:
    """Compressed copies kept under the hash of their content: a rebuild compresses only what changed
    (brotli at its best setting is slow). A build with much to compress (the first) does it in
    `workers` processes: a page can be handed over (`submit`) as soon as it is final, so the
    workers compress while the rest of the site is still being drawn."""

    folder: Path
    workers: int = 1
    made: int = field(default=0, init=False)
    reused: int = field(default=0, init=False)
    _fresh: dict[Path, bytes] = field(default_factory=dict, init=False, repr=False)
    _pending: dict[Path, Future[None]] = field(default_factory=dict, init=False, repr=False)
    _executor: ProcessPoolExecutor | None = field(default=None, init=False, repr=False)

    _elsewhere: set[Path] = field(default_factory=set, init=False, repr=False)

    def _key(self, data: bytes, kind: str) -> Path:
        return cache_key(self.folder, data, kind)

    def _known(self, key: Path) -> bool:
        return key in self._fresh or key in self._pending or key.is_file()

    def made_elsewhere(self, keys: list[Path]) -> None:
        """Copies another process made into the folder in this build (compress_into_cache): counted as made."""
        self._elsewhere.update(keys)

    def submit(self, data: bytes) -> None:
        """Start compressing a file's final content (every kind) in a worker; `get` waits for it.
        With one worker, nothing starts early: `get` compresses it then."""
        if self.workers <= 1:
            return
        for kind in COMPRESSED_SUFFIXES:
            key = self._key(data, kind)
            if self._known(key):
                continue
            if self._executor is None:
                self.folder.mkdir(parents=True, exist_ok=True)
                self._executor = _pool(self.workers)
            self._pending[key] = self._executor.submit(_compress_into, key, data, kind)

    def prepare(self, wanted: list[tuple[bytes, str]]) -> None:
        """Compress, all at once and in parallel, what `get` will be asked for and is not cached."""
        missing = {}
        for data, kind in wanted:
            key = self._key(data, kind)
            if key not in missing and not self._known(key):
                missing[key] = (data, kind)
        if len(missing) < 2 * MIN_PER_WORKER or self.workers <= 1:
            return  # few: get() compresses them one by one
        self.folder.mkdir(parents=True, exist_ok=True)
        with _pool(self.workers) as pool:
            packed = pool.map(_compress_pair, missing.values(), chunksize=MIN_PER_WORKER)
            for key, result in zip(missing, packed, strict=True):
                _write_atomically(key, result)
                self._fresh[key] = result
                self.made += 1

    def get(self, data: bytes, kind: str) -> bytes:
        key = self._key(data, kind)
        if key in self._fresh:
            return self._fresh.pop(key)
        if key in self._pending:
            self._pending.pop(key).result()  # a failure in the worker raises here
            self.made += 1
            return key.read_bytes()
        if key.is_file():
            if key in self._elsewhere:
                self.made += 1
            else:
                self.reused += 1
            return key.read_bytes()
        packed = _compress(data, kind)
        self.folder.mkdir(parents=True, exist_ok=True)
        _write_atomically(key, packed)
        self.made += 1
        return packed

    def close(self) -> None:
        """Stop the workers: after `precompress`, or when a build stops early (work not started is dropped)."""
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None
        self._pending = {}


MIN_PER_WORKER = 8  # files handed to a worker at a time; fewer than two batches are done in-process


def _pool(workers: int) -> ProcessPoolExecutor:
    methods = multiprocessing.get_all_start_methods()
    return ProcessPoolExecutor(
        max_workers=workers, mp_context=multiprocessing.get_context("fork" if "fork" in methods else None)
    )


def cache_key(folder: Path, data: bytes, kind: str) -> Path:
    """Where a compressed copy of `data` is kept: under the hash of the content."""
    return folder / f"{hashlib.sha256(data).hexdigest()[:32]}{kind}"


def compress_into_cache(folder: Path, data: bytes) -> list[Path]:
    """Every compressed copy of `data` not kept in `folder` yet, made and kept there; returns those made."""
    made = []
    for kind in COMPRESSED_SUFFIXES:
        key = cache_key(folder, data, kind)
        if not key.is_file():
            _write_atomically(key, _compress(data, kind))
            made.append(key)
    return made


def _compress_pair(job: tuple[bytes, str]) -> bytes:
    return _compress(*job)


def _compress_into(key: Path, data: bytes, kind: str) -> None:
    """In a worker: compress and store under `key` (written whole, then moved into place)."""
    _write_atomically(key, _compress(data, kind))


def _compress(data: bytes, kind: str) -> bytes:
    if kind == ".gz":
        return gzip.compress(data, compresslevel=9, mtime=0)
    return brotli.compress(data, **brotli_settings(data))


def brotli_settings(data: bytes) -> dict[str, int]:
    """Quality and window for a file's .br copy. A page (HTML: one per page, so most of what a large
    guide compresses) gets quality 8, measured on the 1,000-entry guide's pages at 1-2 ms a page and
    6% smaller than gzip -9; quality 10 is 7% smaller again but takes 20 ms a page, and 11 about
    50 ms. The few files every page shares (style sheets, scripts, the search index) get quality 10,
    or 5 when very large. The window is no larger than the file (at least brotli's smallest, 64 KB):
    a larger one makes no copy smaller, only slower to make."""
    window = min(22, max(16, (len(data) + 16).bit_length()))
    if data.lstrip()[:15].lower() == b"<!doctype html>":
        return {"quality": PAGE_QUALITY, "lgwin": window}
    return {"quality": 10 if len(data) <= BROTLI_GOOD_UP_TO else 5, "lgwin": window}


def _write_atomically(path: Path, data: bytes) -> None:
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    with os.fdopen(handle, "wb") as out:
        out.write(data)
    os.replace(temp, path)


def precompress(site_dir: Path, cache: CompressionCache) -> int:
    """Write a .gz and a .br copy beside each text file where it is smaller; returns how many.

    A copy that is already there and newer than its file is kept (another build made it)."""
    jobs = []
    for path in sorted(site_dir.rglob("*")):
        if not path.is_file() or path.suffix not in TEXT_SUFFIXES:
            continue
        data = path.read_bytes()
        for kind in COMPRESSED_SUFFIXES:
            target = path.with_name(path.name + kind)
            if target.is_file() and target.stat().st_mtime >= path.stat().st_mtime:
                continue
            jobs.append((target, data, kind))
    cache.prepare([(data, kind) for _, data, kind in jobs])
    written = 0
    for target, data, kind in jobs:
        packed = cache.get(data, kind)
        if len(packed) < len(data):
            target.write_bytes(packed)
            written += 1
    return written


def lighten_site(site_dir: Path, *, offline: bool, cache_dir: Path | None = None) -> None:
    """Less for a phone to download from this build: no source maps, search loaded when opened
    (see seen.search.lazy), and the theme's style sheet without rules no page can use."""
    remove_source_maps(site_dir)
    install(site_dir)
    for sheet, (before, after) in trim_theme_css(site_dir, cache_dir).items():
        log.debug("%s: %d of %d bytes kept", sheet.name, after, before)


def compress_site(site_dir: Path, cache: CompressionCache) -> None:
    """The .gz and .br copies, last, once every file of the build is final (pages handed to `cache`
    earlier are compressed already, or being compressed)."""
    try:
        written = precompress(site_dir, cache)
    finally:
        cache.close()
    log.info(
        "wrote %d compressed copies (%d compressed now, %d from .cache/compressed/)", written, cache.made, cache.reused
    )
