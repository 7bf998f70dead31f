"""What a reader's phone downloads: the budgets of issue 9, guarded where they are deterministic.

Weights are the same on every run (times are not: bench/speed.py measures those). The bounds
leave room for a few more entries or words, not for a feature that loads at once.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterator
from pathlib import Path

import brotli
import material
import pytest
from playwright.sync_api import Browser

from support.project import Site
from support.weigh import Host, host, phone_context

# A first visit, everything included, is at most half of stock mkdocs-material's for the same page
# (issue 20), for every page type bench/speed.py reports; stock's figures are the ones that script
# last measured (bench/stock-weights.json: they change only with the theme or the pages).
FIRST_VISIT_RATIO = 0.5
STOCK = json.loads((Path(__file__).resolve().parents[2] / "bench" / "stock-weights.json").read_text(encoding="utf-8"))
# A page after another: its own HTML, and its own style sheet or script if it has one; the theme's
# icons, the practice's colours and the theme's words for search come from files already cached
# (seen.finish.icons, seen.finish.theme_words). Issue 20's goal is 8 KB for every page type.
SECOND_PAGE_MAX = 8 * 1024
# Every page type is under it now. The closest (measured 2026-12-01): /es/check-in/, 8,179 bytes (the
# English one's 7,905 in longer words), after the menu's links lost their wrappers and the JSON-LD its
# spaces; what is left that is not words is shared by every page or promised to readers: each page's
# printed QR code (about 430 bytes of its gzip), its JSON-LD (about 200), every link's printed address
# (about 115 here), and the four things the check-in says aloud as it changes (about 85).
# The map is under it: its boxes are the lists themselves, drawn by seen.css (no picture, no sheet
# of its own). Every step fits too (steps/name-the-pattern/, the longest, 8,052 bytes).
HOME_SECOND_MAX = 8 * 1024
THEME_CSS = next((Path(material.__file__).parent / "templates" / "assets" / "stylesheets").glob("main.*.min.css"))


def test_no_source_maps_are_shipped(site: Site) -> None:
    assert not list(site.root.rglob("*.map"))
    for path in [*site.root.rglob("*.js"), *site.root.rglob("*.css")]:
        assert b"sourceMappingURL" not in path.read_bytes(), path


def test_text_files_have_gzip_and_brotli_copies_that_match(site: Site) -> None:
    texts = [p for p in site.root.rglob("*") if p.suffix in (".html", ".css", ".js", ".json", ".xml", ".svg")]
    assert len(texts) > 40
    for path in texts:
        data = path.read_bytes()
        gz, br = path.with_name(path.name + ".gz"), path.with_name(path.name + ".br")
        if len(data) < 1024:
            continue  # a tiny file may not shrink; then it has no copy
        assert gzip.decompress(gz.read_bytes()) == data, gz
        assert brotli.decompress(br.read_bytes()) == data, br
    assert not list(site.root.rglob("*.gz.gz")) and not list(site.root.rglob("*.br.gz"))


def test_pages_are_minified_but_keep_their_escapes(site: Site) -> None:
    for url in ("/", "/signs/silent-treatment/", "/get-help/"):
        html = site.path_for(url).read_text(encoding="utf-8")
        assert len(re.findall(r"\n\s*<", html)) <= 1 and "<!--" not in html, url  # only the CSP's own line
        assert "</p>" in html and "</li>" in html, url  # closing tags are kept


def test_unused_theme_css_is_left_out(site: Site) -> None:
    shipped = next((site.root / "assets" / "stylesheets").glob("main.*.min.css")).read_text(encoding="utf-8")
    original = THEME_CSS.read_text(encoding="utf-8")
    assert len(shipped) < 0.7 * len(original)
    assert gzip.compress(shipped.encode()).__len__() < 16 * 1024
    for used in (".md-header", ".md-search-result__item", ".md-nav__link", ".md-typeset h1", ".md-footer"):
        assert used in shipped, used
    for unused in (".md-banner", ".md-post", "--md-clipboard-icon:", "--md-tasklist-icon:"):
        assert unused not in shipped, unused


def test_search_is_started_by_our_worker_and_loads_on_open(site: Site) -> None:
    page = site.page("/")
    config = json.loads(page.select_one("script#__config").string)
    loader = site.root / config["search"]
    assert loader.name.startswith("seen-search.") and loader.is_file()
    # It imports the theme's worker (and seen-query.js) only on its first message, when search opens.
    for name in re.findall(r'new URL\("([^"]+)", here\)', loader.read_text(encoding="utf-8")):
        assert (loader.parent / name).is_file(), name
    bundle = next((site.root / "assets" / "javascripts").glob("bundle.*.min.js")).read_text(encoding="utf-8")
    assert 'location.protocol!=="file:"' not in bundle


@pytest.fixture(scope="module")
def served(site: Site) -> Iterator[Host]:
    """The build served as the deploy/ recipes serve it (theme files kept a year, assets an hour)."""
    with host(site.root) as served:
        yield served


@pytest.mark.parametrize("name", list(STOCK["pages"]))
def test_a_first_visit_loads_neither_the_theme_script_nor_search_and_is_half_of_stock(
    browser: Browser, served: Host, name: str
) -> None:
    stock = STOCK["pages"][name]
    visit = served.first_visit(browser, stock["path"])
    # The theme's script and search's worker and index load when a reader needs them (assets/seen.js).
    for later in ("javascripts/bundle.", "workers/", "search_index"):
        assert not visit.fetched(later), (later, visit.responses)
    assert visit.total <= FIRST_VISIT_RATIO * stock["first"], (name, visit.total, stock["first"], visit.responses)


@pytest.mark.parametrize(
    ("first", "then", "most"),
    [
        ("", "signs/", SECOND_PAGE_MAX),
        ("signs/", "get-help/", SECOND_PAGE_MAX),
        ("signs/gaslighting/", "signs/silent-treatment/", SECOND_PAGE_MAX),  # reading on with "Next"
        ("effects/low-mood/", "effects/exhaustion/", SECOND_PAGE_MAX),
        ("signs/silent-treatment/", "effects/exhaustion/", SECOND_PAGE_MAX),
        ("map/", "handout/", SECOND_PAGE_MAX),
        ("es/", "es/signs/silent-treatment/", SECOND_PAGE_MAX),
        ("steps/name-the-pattern/", "steps/ask-clearly/", SECOND_PAGE_MAX),
        ("steps/ask-clearly/", "steps/name-the-pattern/", SECOND_PAGE_MAX),  # the longest step
        ("get-help/", "check-in/", SECOND_PAGE_MAX),
        ("es/get-help/", "es/check-in/", SECOND_PAGE_MAX),
        ("check-in/", "map/", SECOND_PAGE_MAX),
        ("es/check-in/", "es/map/", SECOND_PAGE_MAX),
    ],
)
def test_a_second_page_costs_at_most_8_kb_where_met(
    browser: Browser, served: Host, first: str, then: str, most: int
) -> None:
    visit = served.second_visit(browser, first=first, then=then)
    assert visit.total <= most, (then, visit.total, visit.responses)


def test_the_home_page_after_another_costs_at_most_8_kb(browser: Browser, served: Host) -> None:
    visit = served.second_visit(browser, first="get-help/", then="")
    assert list(visit.responses) == ["/"] and visit.total <= HOME_SECOND_MAX, visit.responses


def test_the_first_entry_page_after_a_section_page_fetches_only_itself(browser: Browser, served: Host) -> None:
    """The share button's style and script are in seen.css and seen.js, already cached."""
    visit = served.second_visit(browser, first="signs/", then="signs/silent-treatment/")
    assert list(visit.responses) == ["/signs/silent-treatment/"], visit.responses
    assert visit.total <= SECOND_PAGE_MAX, visit.responses


def test_the_icons_colours_and_search_words_are_in_cached_files_not_in_pages(site: Site) -> None:
    """What every page used to repeat (issue 20): the theme's icons, the practice's colours, the
    theme's words for search."""
    sheet = (site.root / "assets" / "seen.css").read_text(encoding="utf-8")
    assert "--seen-primary:" in sheet.split("(seen.finish.icons)")[1] and ".seen-i{" in sheet
    assert sheet.count("/*") == 1  # minified (seen.finish.css), but for the mark of what the build added
    assert "search.result.none" in (site.root / "assets" / "seen-words.js").read_text(encoding="utf-8")
    for url in ("/", "/signs/", "/signs/silent-treatment/", "/check-in/", "/map/", "/es/"):
        page = site.page(url)
        assert not page.find("style") and not page.select("svg path:not(.seen-qr path)"), url
        assert "translations" not in json.loads(page.select_one("script#__config").string), url


def test_opening_search_loads_the_index_and_the_worker(browser: Browser, served: Host) -> None:
    from support.search_box import open_search, search

    context = phone_context(browser)
    try:
        page = context.new_page()
        loaded = served.visit(page, "signs/")
        mark = served.wire.mark()
        open_search(page)
        assert search(page, "cold shoulder after a fight")[:1] == ["/signs/silent-treatment/"]
        opened = served.wire.since(mark)
        assert not loaded.fetched("search_index")
        assert any(path.endswith("search_index.json") for path in opened), opened
        assert any(re.search(r"workers/search\.[0-9a-f]+\.min\.js$", path) for path in opened), opened
    finally:
        context.close()
