"""A practice's guide in a browser: search and navigation under a sub-path of the practice's own
site, and the offline edition opened from files. Its pages read back: tests/site/test_practice.py."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from seen.search.index import HELP_TOKEN
from support import prebuild
from support.practice import BASE
from support.project import ROOT, BuildResult, copy_project, run_build


def _offline_edition(folder: Path) -> BuildResult:
    project = copy_project(folder / "project")
    shutil.copy(ROOT / "mkdocs-offline.yml", project / "mkdocs-offline.yml")
    return run_build(project, project / "site-offline", "-f", str(project / "mkdocs-offline.yml"))


prebuild.recipe("offline_edition", _offline_edition)


@pytest.fixture(scope="module")
def offline_edition(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The offline edition of the guide, built from a copy of the project (in the background,
    support.prebuild)."""
    result = prebuild.result("offline_edition", tmp_path_factory)
    assert result.returncode == 0, result.output
    return result.site


def test_search_and_redirect_free_navigation_work_under_a_sub_path(browser, sub_path_url: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(sub_path_url + "signs/")
    page.locator("[data-seen-search-open]").click()
    page.keyboard.type("silence")
    page.wait_for_selector(".md-search-result__item")
    page.locator(".md-search-result__link").first.click()
    page.wait_for_load_state("load")
    assert BASE in page.url and page.locator("article h1").is_visible()
    context.close()


def test_the_offline_edition_works_from_files_with_search(browser, offline_edition: Path) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    elsewhere: list[str] = []
    page.on(
        "request",
        lambda r: None if r.url.startswith(("file:", "data:", "blob:", "about:")) else elsewhere.append(r.url),
    )
    page.goto((offline_edition / "signs" / "index.html").as_uri())
    page.locator(".seen-cards a").first.click()
    page.wait_for_load_state("load")
    assert page.url.endswith("/signs/gaslighting.html")
    page.locator("[data-seen-search-open]").click()
    page.keyboard.type("silence")
    page.wait_for_selector(".md-search-result__item")
    page.locator(".md-search-result__link").first.click()
    page.wait_for_load_state("load")
    assert page.url.startswith("file:") and page.locator("article h1").is_visible()
    # The Spanish edition too: the switcher, then Spanish search (stemmed) from the files.
    page.goto((offline_edition / "signs" / "silent-treatment.html").as_uri())
    page.locator("a.seen-lang").click()
    page.wait_for_load_state("load")
    assert page.url.endswith("/es/signs/silent-treatment.html")
    page.locator("[data-seen-search-open]").click()
    page.keyboard.type("escucha")
    page.wait_for_selector(".md-search-result__item")
    hrefs = page.eval_on_selector_all(".md-search-result__link", "links => links.map((a) => a.href)")
    assert hrefs and all("/es/" in href for href in hrefs)
    # The urgent-help card works from the files too (search/seen-help.js, loaded when search opened).
    page.locator(".md-search__input").fill("")
    page.keyboard.type("me pegó")
    page.wait_for_selector("[data-seen-search-help] a[href^='tel:']")
    assert not elsewhere, elsewhere
    context.close()
    assert not elsewhere, elsewhere


# A query the learned page words decide: one of tests/browser/test_search_browser.py LIFTED, first with them and
# not without (that test says which still are after the words are relearned).
LIFTED = {
    "": ("he changes the subject whenever i bring up my day", "signs/not-being-heard.html"),
    "es/": ("quizas me lo merezco", "es/effects/self-blame.html"),
}


@pytest.mark.parametrize("edition", LIFTED)
def test_the_offline_edition_lifts_the_page_its_learned_words_name(
    browser, offline_edition: Path, edition: str
) -> None:
    """From files the theme runs the search worker in an iframe, where importScripts adds script elements
    (relative to the worker's own address: seen.search.worker): the page words (search/seen-pages.js) load
    there too, and lift their page."""
    query, expected = LIFTED[edition]
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto((offline_edition / edition / "signs" / "index.html").as_uri())
    page.locator("[data-seen-search-open]").click()
    page.keyboard.type(query)
    # Results come as each key is typed: wait for the whole query's (its page first), then say what came if not.
    want = (offline_edition / expected).as_uri()
    first = "(link) => link.href"
    try:
        page.wait_for_function(
            "(want) => document.querySelector('.md-search-result__link')?.href === want", arg=want, timeout=10_000
        )
    except PlaywrightTimeout:
        raise AssertionError(f"{query!r}: first {page.eval_on_selector('.md-search-result__link', first)}") from None
    # The worker's iframe holds them; the page itself does not.
    assert page.evaluate(
        "[...document.querySelectorAll('iframe')].some((frame) => !!frame.contentWindow.SEEN_PAGE_WORDS)"
    )
    assert page.evaluate("typeof window.SEEN_PAGE_WORDS") == "undefined"
    context.close()


@pytest.mark.parametrize("edition", ["", "es/"])
def test_the_offline_editions_index_lifts_its_help_page_for_danger(offline_edition: Path, edition: str) -> None:
    """Pages are files there ("get-help.html"): only the help page holds the token a danger query searches."""
    text = (offline_edition / edition / "search" / "search_index.js").read_text(encoding="utf-8")
    index = json.loads(text[text.index("{") : text.rindex("}") + 1])
    holding = [doc["location"] for doc in index["docs"] if HELP_TOKEN in doc.get("pairs", "").split()]
    assert holding == ["get-help.html"]
