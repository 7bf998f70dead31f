"""Bytes over the wire for what a real browser fetches: shared by tests/browser/test_weight.py and bench/speed.py.

Chromium opens the page; the server it talks to (tests/support/server.py, gzip for text) counts every
byte it sends: status line, headers and compressed body. A file the browser takes from its
cache never reaches the server and costs nothing; one it checks costs a short 304. Counting at
the server also sees what Chromium's page-level reports miss: a worker's script and its imports.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from playwright.sync_api import Browser, BrowserContext, Page

from support.browser import PHONES
from support.server import Wire, serve

SETTLE_MS = 500  # after the network is idle: a worker the page started may still be fetching


@dataclass
class Visit:
    """What one page visit fetched: path -> bytes sent."""

    responses: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.responses.values())

    def fetched(self, fragment: str) -> bool:
        return any(fragment in path for path in self.responses)


@dataclass
class Host:
    """A built site served with gzip as the deploy/ recipes serve it, and a count of what it sends."""

    url: str
    wire: Wire

    def visit(self, page: Page, path: str) -> Visit:
        """Open `path` in `page` and count what the server sent until the page and its workers are quiet."""
        mark = self.wire.mark()
        page.goto(self.url + path, wait_until="load")
        page.wait_for_load_state("networkidle")
        page.wait_for_timeout(SETTLE_MS)
        return Visit(self.wire.since(mark))

    def first_visit(self, browser: Browser, path: str) -> Visit:
        """A first visit: a fresh browser with an empty cache."""
        context = phone_context(browser)
        try:
            return self.visit(context.new_page(), path)
        finally:
            context.close()

    def second_visit(self, browser: Browser, *, first: str, then: str) -> Visit:
        """What `then` costs after `first` was read in the same browser (a warm cache)."""
        context = phone_context(browser)
        try:
            page = context.new_page()
            self.visit(page, first)
            return self.visit(page, then)
        finally:
            context.close()


@contextmanager
def host(site: Path) -> Iterator[Host]:
    wire = Wire()
    with serve(site, host_caching=True, wire=wire) as url:
        yield Host(url=url, wire=wire)


def phone_context(browser: Browser) -> BrowserContext:
    return browser.new_context(viewport=PHONES["390x844"])
