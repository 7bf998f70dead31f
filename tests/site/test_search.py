"""What search is fed: the index's keywords, forms and separator, tested as functions and in the built site.

How well it finds pages is tested in a real browser: tests/browser/test_search_browser.py.
"""

from __future__ import annotations

import json
from urllib.parse import urljoin

import pytest

from seen.content.guide import load_guide
from seen.search.index import (
    _python_separator,
    search_words,
)
from support.project import ROOT, Site
from support.search_box import index_size

INDEX_GZIP_BUDGET = 40 * 1024


@pytest.fixture(scope="module")
def guide():
    return load_guide(ROOT / "data")


@pytest.fixture(scope="module")
def index(site: Site) -> dict:
    return json.loads((site.root / "search" / "search_index.json").read_text(encoding="utf-8"))


# ---- the separator: skip words are gaps, on the page and in what a reader types ----


# ---- keywords and their forms ----


# ---- shaping the theme's index ----


# ---- the built site ----


def test_the_index_stays_small(site: Site) -> None:
    raw, gzipped = index_size(site.root)
    print(f"\nsearch index: {raw / 1024:.1f} KB, {gzipped / 1024:.1f} KB gzip")
    assert gzipped <= INDEX_GZIP_BUDGET


def test_every_entry_is_one_document_with_its_keywords_and_summary(index: dict, guide) -> None:
    docs = {doc["location"]: doc for doc in index["docs"]}
    pattern = _python_separator(guide.search_words.skip_words)
    for entry in guide.all_entries():
        url = f"{entry.kind}/{entry.slug}/"
        doc = docs[url]
        assert not [loc for loc in docs if loc.startswith(url + "#")], f"{url}: one document, not one per section"
        words = set(doc["keywords"].split())
        for phrase in entry.keywords:
            assert set(search_words(phrase, pattern)) <= words, f"{url}: {phrase!r} is not in its keywords"
        assert doc["summary"] and doc["forms"]


def test_links_to_other_entries_and_the_keyword_list_are_not_searched_as_text(index: dict, guide) -> None:
    docs = {doc["location"]: doc for doc in index["docs"]}
    for entry in guide.all_entries():
        text = docs[f"{entry.kind}/{entry.slug}/"]["text"]
        for other in guide.all_entries():
            if other is not entry:
                assert other.summary not in text, f"{entry.slug}: {other.slug}'s summary is indexed"


def test_prose_pages_are_searchable_by_section_and_by_their_keywords(index: dict) -> None:
    docs = {doc["location"]: doc for doc in index["docs"]}
    assert "get-help/#counseling" in docs
    assert "hotline" in docs["get-help/"]["keywords"].split()
    assert docs["what-is-emotional-neglect/"]["summary"]


def test_the_index_weights_keywords_above_text(index: dict) -> None:
    fields = index["config"]["fields"]
    assert (
        fields["keywords"]["boost"] >= fields["title"]["boost"] > fields["summary"]["boost"] > fields["text"]["boost"]
    )
    assert fields["forms"]["boost"] < fields["keywords"]["boost"]
    assert index["config"]["pipeline"] == []


def test_no_search_marker_reaches_the_reader(site: Site) -> None:
    for url in site.html_pages():
        assert "data-search-" not in site.path_for(url).read_text(encoding="utf-8"), url


def test_the_no_results_state_is_built_hidden_with_labels_from_ui_yml(site: Site, guide) -> None:
    page = site.page("/signs/silent-treatment/")
    empty = page.select_one("[data-seen-search-empty]")
    assert empty["role"] == "status" and empty["data-seen-none"] == "No matching documents"
    body = empty.find("div")
    assert body.has_attr("hidden")
    assert guide.ui.search.no_results.title in body.get_text()
    assert [urljoin("/signs/silent-treatment/", a["href"]) for a in body.find_all("a")] == ["/signs/", "/get-help/"]
    # Between the theme's count (first child) and its list (last child), which the theme finds by position.
    children = [child for child in page.select_one(".md-search-result").children if getattr(child, "name", None)]
    assert children[0]["class"] == ["md-search-result__meta"] and children[-1].name == "ol"
