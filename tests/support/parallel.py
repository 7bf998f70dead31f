"""Checks that visit every page, split over a few Chromiums at once.

A check that loads every built page one after another keeps one core busy; this machine (and CI's)
has two. `each_page` deals the pages out to `parallel` threads, each with its own Playwright and
Chromium (the sync API drives a browser only from the thread that started it) and one context and
page, and gives back each page's result in the order of `urls`, as a loop would have.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:  # Playwright is imported by the threads that drive a browser
    from playwright.sync_api import Page

T = TypeVar("T")
PARALLEL = 2


def in_own_browser(work: Callable[[Any], T]) -> T:
    """`work(browser)` with a Chromium started in this thread, closed after."""
    from playwright.sync_api import sync_playwright

    from support.browser import launch

    with sync_playwright() as playwright:
        browser = launch(playwright)
        try:
            return work(browser)
        finally:
            browser.close()


def each_page(
    urls: list[str],
    visit: Callable[[Page, str], T],
    *,
    parallel: int = PARALLEL,
    setup: Callable[[Page], None] | None = None,
    **context_options: Any,
) -> list[T]:
    """`visit(page, url)` for every url, in `parallel` browsers at once; the results in url order.

    Each browser gets every `parallel`-th url (heavy pages sit together in the list, so dealing them
    out shares the work evenly), a context made with `context_options` and one page, given to
    `setup` first (print media, say). An error in any visit is raised here."""

    def run(share: list[str]) -> list[tuple[str, T]]:
        def work(browser) -> list[tuple[str, T]]:
            context = browser.new_context(**context_options)
            try:
                page = context.new_page()
                if setup:
                    setup(page)
                return [(url, visit(page, url)) for url in share]
            finally:
                context.close()

        return in_own_browser(work)

    shares = [urls[i::parallel] for i in range(parallel)]
    with ThreadPoolExecutor(max_workers=parallel, thread_name_prefix="pages") as pool:
        found = dict(pair for done in pool.map(run, [share for share in shares if share]) for pair in done)
    return [found[url] for url in urls]
