"""Search as a reader on a phone uses it: the real search box of the built site, in Chromium.

The reader queries in tests/search_queries.yml (our own wordings, not titles or keyword phrases)
must find their page first at least 90% of the time, and in the top three always.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, BrowserContext, Page

from browser import AXE, AXE_TAGS, PHONES
from conftest import Site
from search_box import QUERIES_ES, load_cases, open_search, rates, report, run_cases, search

FIRST_AT_LEAST = 0.90
# Spanish: the held-out queries in tests/search_queries_es.yml were written before the keywords were
# tuned and never tuned on; these floors guard against a regression, BENCHMARKS.md has the rates.
SPANISH_FIRST_AT_LEAST, SPANISH_TOP3_AT_LEAST = 0.80, 0.90
# A reader in danger types what is happening; help must come first, every time.
DANGER = ["he hit me", "my partner threatens me", "i want to die", "who can i call", "domestic violence", "i am not safe"]
NOTHING_MATCHES = "zzqx vvbnm"


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


def test_spanish_queries_find_spanish_pages_first(phone: tuple[BrowserContext, Page], base_url: str) -> None:
    """On a Spanish page, search searches the Spanish pages only, with a Spanish stemmer."""
    _, page = phone
    page.goto(base_url + "es/")
    open_search(page)
    outcomes = run_cases(page, load_cases(QUERIES_ES), base_path="/es/")
    print("\n" + report(outcomes))
    first, top3 = rates(outcomes)
    assert first >= SPANISH_FIRST_AT_LEAST, report(outcomes)
    assert top3 >= SPANISH_TOP3_AT_LEAST, report(outcomes)
    # Results are Spanish pages (the paths are read under /es/; an English page would not start so).
    results = page.evaluate("[...document.querySelectorAll('.md-search-result__link')].map((a) => a.href)")
    assert results and all("/es/" in href for href in results)


def test_spanish_words_for_danger_find_help_first(phone: tuple[BrowserContext, Page], base_url: str) -> None:
    _, page = phone
    page.goto(base_url + "es/signs/")
    open_search(page)
    danger = ["me pegó", "me amenaza", "quiero morir", "violencia doméstica", "no estoy a salvo"]
    wrong = {query: pages[:3] for query in danger if (pages := search(page, query, base_path="/es/"))[:1] != ["/get-help/"]}
    assert not wrong


def test_words_for_danger_find_help_first(phone: tuple[BrowserContext, Page], base_url: str) -> None:
    _, page = phone
    page.goto(base_url + "signs/")
    open_search(page)
    wrong = {query: pages[:3] for query in DANGER if (pages := search(page, query))[:1] != ["/get-help/"]}
    assert not wrong


def test_every_case_expects_a_page_that_exists(site: Site) -> None:
    pages = set(site.html_pages())
    cases = load_cases()
    assert len(cases) >= 75
    assert not [case.expect for case in cases if case.expect not in pages]


def test_search_works_with_no_network_once_it_has_been_opened(phone: tuple[BrowserContext, Page], base_url: str) -> None:
    """Search loads its index and worker when first opened (hooks/seen/lazy_search.py), not with
    every page; from then on it needs no network on that page."""
    context, page = phone
    page.goto(base_url + "signs/", wait_until="networkidle")
    # Opening search fetches the index and the theme's worker; offline once both have arrived.
    with page.expect_response(lambda r: r.url.endswith("/search/search_index.json")), \
            page.expect_response(lambda r: "/workers/search." in r.url):
        open_search(page)
    context.set_offline(True)
    assert search(page, "cold shoulder after a fight")[:1] == ["/signs/silent-treatment/"]
    assert search(page, "he checks his phone all through dinner")[:1] == ["/signs/distracted-presence/"]


def test_no_results_is_kind_and_offers_two_ways_on(browser: Browser, base_url: str) -> None:
    context = browser.new_context(viewport=PHONES["390x844"], bypass_csp=True)  # bypass: to load axe-core
    page = context.new_page()
    page.goto(base_url + "effects/")
    open_search(page)
    assert search(page, NOTHING_MATCHES) == []
    empty = page.locator("[data-seen-search-empty]")
    assert empty.get_attribute("role") == "status"
    assert empty.get_by_text("Nothing matched those words.").is_visible()
    assert not page.locator(".md-search-result__meta").is_visible(), "the theme's bare count is replaced, not doubled"
    links = {link.inner_text(): link.get_attribute("href") for link in empty.locator("a").all()}
    assert links == {"See all 13 signs": "../signs/", "Get help now": "../get-help/"}
    # Reachable as the theme's results are: arrow keys from the search box.
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.textContent") == "See all 13 signs"
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    violations = page.evaluate(
        "async (tags) => (await axe.run('.md-search', {runOnly: {type: 'tag', values: tags}})).violations"
        ".map((v) => v.id + ': ' + v.nodes.map((n) => n.target).join(' '))",
        AXE_TAGS,
    )
    assert violations == []
    # A search that finds something again hides it.
    assert search(page, "silent treatment")[:1] == ["/signs/silent-treatment/"]
    assert not empty.get_by_text("Nothing matched those words.").is_visible()
    assert page.locator(".md-search-result__meta").is_visible()
    context.close()


def test_following_a_no_results_link_closes_search_and_goes_there(phone: tuple[BrowserContext, Page], base_url: str) -> None:
    _, page = phone
    page.goto(base_url + "steps/")
    open_search(page)
    search(page, NOTHING_MATCHES)
    page.locator("[data-seen-search-empty] a").last.click()
    page.wait_for_url("**/get-help/")
    assert "zzqx" not in page.url
