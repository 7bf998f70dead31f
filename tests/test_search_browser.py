"""Search as a reader on a phone uses it: the real search box of the built site, in Chromium.

The reader queries in tests/search_queries.yml (our own wordings, not titles or keyword phrases)
must find their page first at least 90% of the time, and in the top three always.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, BrowserContext, Page

from browser import PHONES
from conftest import Site
from search_box import load_cases, open_search, rates, report, run_cases, search

FIRST_AT_LEAST = 0.90


@pytest.fixture()
def phone(browser: Browser) -> Iterator[tuple[BrowserContext, Page]]:
    context = browser.new_context(viewport=PHONES["390x844"])
    yield context, context.new_page()
    context.close()


def test_reader_queries_find_their_page_first(phone: tuple[BrowserContext, Page], base_url: str) -> None:
    _, page = phone
    page.goto(base_url)
    open_search(page)
    url_before, history_before = page.url, page.evaluate("history.length")
    outcomes = run_cases(page, load_cases())
    print("\n" + report(outcomes))
    first, top3 = rates(outcomes)
    assert first >= FIRST_AT_LEAST, report(outcomes)
    assert top3 == 1, report(outcomes)
    # Nothing a reader typed reached the address bar or the history.
    assert page.url == url_before and page.evaluate("history.length") == history_before


def test_every_case_expects_a_page_that_exists(site: Site) -> None:
    pages = set(site.html_pages())
    cases = load_cases()
    assert len(cases) >= 75
    assert not [case.expect for case in cases if case.expect not in pages]


def test_search_works_with_no_network_once_the_page_has_loaded(phone: tuple[BrowserContext, Page], base_url: str) -> None:
    context, page = phone
    page.goto(base_url + "signs/", wait_until="networkidle")
    context.set_offline(True)
    open_search(page)
    assert search(page, "cold shoulder after a fight")[:1] == ["/signs/silent-treatment/"]
    assert search(page, "he checks his phone all through dinner")[:1] == ["/signs/distracted-presence/"]

