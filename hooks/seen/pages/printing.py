"""What a printed page needs that a screen does not: where each link goes, and a QR code home.

Paper cannot follow a link, so every link in a page's article gets its absolute address in a
data attribute; the print style sheet shows it after the link text. QR codes are drawn here at
build time, as inline SVG, with nothing fetched from anywhere.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import re
from concurrent.futures import Future, ProcessPoolExecutor
from functools import cache
from importlib.metadata import version
from pathlib import Path
from urllib.parse import urljoin

from markupsafe import Markup

from seen.finish.theme_fixes import ThemeMarkupChanged

PRINT_URL_ATTRIBUTE = "data-seen-print-url"
_ARTICLE = re.compile(r"(<article\b[^>]*>)(.*?)(</article>)", re.DOTALL)
_LINK = re.compile(r"<a\b(?P<attributes>[^>]*)>")
_HREF = re.compile(r'\bhref="(?P<href>[^"]*)"')
# Addresses that are already what they say (a phone number is its own text) or only move within the page.
_NOT_SHOWN = ("#", "tel:", "sms:", "mailto:", "javascript:")


def print_address(href: str, *, page_url: str) -> str | None:
    """The absolute address a link goes to, or None where printing it would not help the reader."""
    if not href or href.startswith(_NOT_SHOWN):
        return None
    return urljoin(page_url, href)


def add_print_addresses(html: str, *, page_url: str | None) -> str:
    """Give every link in the page's article its absolute address, for the print style sheet.

    A page without an absolute address (no site_url in mkdocs.yml) is left as it was; a page with
    no <article> raises ThemeMarkupChanged (the theme draws every page's content in one).
    """
    if not page_url:
        return html

    def link(match: re.Match[str]) -> str:
        attributes = match["attributes"]
        href = _HREF.search(attributes)
        if href is None or PRINT_URL_ATTRIBUTE in attributes:
            return match[0]
        address = print_address(href["href"].replace("&amp;", "&"), page_url=page_url)
        if address is None:
            return match[0]
        shown = address.replace("&", "&amp;").replace('"', "&quot;")
        return f'<a{attributes} {PRINT_URL_ATTRIBUTE}="{shown}">'

    def article(match: re.Match[str]) -> str:
        return match[1] + _LINK.sub(link, match[2]) + match[3]

    html, found = _ARTICLE.subn(article, html, count=1)
    if not found:
        raise ThemeMarkupChanged("seen.pages.printing.add_print_addresses", "the page's <article>")
    return html


def qr_svg(url: str, *, title: str) -> Markup:
    """A QR code of `url` as inline SVG, black on white, sized by the style sheet."""
    import segno  # here: a build whose codes are all kept draws none, and skips its import

    code = segno.make(url, error="m", micro=False)
    return Markup(
        code.svg_inline(
            scale=1, border=4, dark="#000", light="#fff", title=title, svgclass="seen-qr", lineclass=None, omitsize=True
        )
    )


QR_WORKERS = 2  # processes drawing QR codes when a build has many to draw (the measured machine has 2 cores)
QR_BATCH = 16  # codes handed to a worker at a time; fewer than two batches are drawn as pages need them


@cache
def _segno_version() -> str:
    """The QR library's version (a new one may draw codes differently), read without importing it."""
    return version("segno")


def _qr_key(url: str, title: str) -> str:
    return hashlib.sha256(json.dumps([_segno_version(), url, title]).encode("utf-8")).hexdigest()[:32]


def _store_qr(folder: Path, jobs: list[tuple[str, str, str]]) -> None:
    """Draw codes into `folder` (key, url, title each), each written whole, then moved into place."""
    for key, url, title in jobs:
        _write_qr(folder, key, str(qr_svg(url, title=title)))


def _write_qr(folder: Path, key: str, svg: str) -> None:
    path = folder / f"{key}.svg"
    temp = path.with_name(f".{key}.{os.getpid()}.tmp")
    temp.write_text(svg, encoding="utf-8")
    os.replace(temp, path)


class QrCodes:
    """qr_svg, with each code kept in `folder` under a hash of what shapes it: choosing a QR code's
    mask is slow (about 10 ms a page), and a page's address rarely changes. A build that knows its
    pages' addresses before drawing them (`prefetch`) has the missing codes drawn by `workers`
    processes meanwhile; a code is the same whichever process draws it."""

    def __init__(self, folder: Path, *, workers: int = QR_WORKERS) -> None:
        self.folder = folder
        self.workers = workers
        self._pending: dict[str, Future[None]] = {}
        self._executor: ProcessPoolExecutor | None = None

    def prefetch(self, urls: list[str], *, title: str) -> None:
        """Start drawing the codes of these addresses that are not kept yet (nothing with one worker or few codes)."""
        missing = {
            key: (key, url, title)
            for url in urls
            if (key := _qr_key(url, title)) not in self._pending and not (self.folder / f"{key}.svg").is_file()
        }
        if self.workers <= 1 or len(missing) < 2 * QR_BATCH:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        if self._executor is None:
            methods = multiprocessing.get_all_start_methods()
            context = multiprocessing.get_context("fork" if "fork" in methods else None)
            self._executor = ProcessPoolExecutor(max_workers=self.workers, mp_context=context)
        jobs = list(missing.values())
        for start in range(0, len(jobs), QR_BATCH):
            batch = jobs[start : start + QR_BATCH]
            job = self._executor.submit(_store_qr, self.folder, batch)
            for key, _, _ in batch:
                self._pending[key] = job

    def __call__(self, url: str, *, title: str) -> Markup:
        key = _qr_key(url, title)
        path = self.folder / f"{key}.svg"
        job = self._pending.pop(key, None)
        if job is not None:
            job.result()  # drawn by a worker (a failure there raises here)
        if path.is_file():
            return Markup(path.read_text(encoding="utf-8"))
        made = qr_svg(url, title=title)
        self.folder.mkdir(parents=True, exist_ok=True)
        _write_qr(self.folder, key, str(made))
        return made

    def close(self) -> None:
        """Stop the workers (codes not started are dropped: a page that needs one draws it)."""
        self._pending = {}
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None


def cached_qr_svg(folder: Path) -> QrCodes:
    """The templates' qr_svg: codes kept in `folder` between builds (see QrCodes)."""
    return QrCodes(folder)
