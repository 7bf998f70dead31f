"""What search is fed, as functions: skip words, the separator (also run in Node), word forms, search
terms, entry documents and the index's own checks. The built index: tests/site/test_search.py; how
well it finds pages, in a real browser: tests/browser/test_search_browser.py."""

from __future__ import annotations

import json
import re
import subprocess

import pytest

from seen.content.guide import load_guide
from seen.content.models import DangerWords, SearchWords
from seen.search.index import (
    PageSearch,
    SearchIndexError,
    _python_separator,
    plain_text,
    search_terms,
    search_words,
    separator,
    shape_index,
    word_forms,
)
from support.browser import require
from support.project import ROOT, Site


@pytest.fixture()
def _node() -> None:
    """Node runs the browser's code here: a missing Node fails under CI=true, and skips elsewhere."""
    require("node", "Node")


WORDS = SearchWords(
    skip_words=["i", "me", "he", "the", "don", "t", "dont", "a"],
    same_words=[["apologize", "apologise"]],
    danger=DangerWords(phrases=["hit*+me"]),
)


@pytest.fixture(scope="module")
def guide():
    return load_guide(ROOT / "data")


@pytest.fixture(scope="module")
def index(site: Site) -> dict:
    return json.loads((site.root / "search" / "search_index.json").read_text(encoding="utf-8"))


def split(text: str, words: SearchWords = WORDS) -> list[str]:
    return search_words(text, _python_separator(words.skip_words))


def test_skip_words_are_gaps_in_any_case_and_with_or_without_apostrophes() -> None:
    assert split("He DON'T listen to me") == ["listen", "to"]
    assert split("he dont listen, I think") == ["listen", "think"]
    assert split("The man’s ‘memory’ — again…") == ["man", "s", "memory", "again"]


def test_a_skip_word_never_cuts_a_longer_word() -> None:
    assert split("memory theme ache he's") == ["memory", "theme", "ache", "s"]


def test_the_separator_runs_in_every_browser() -> None:
    pattern = separator(["me", "the"])
    assert "(?<" not in pattern, "lookbehind fails in Safari before 16.4 and would break search there"
    re.compile(pattern)


@pytest.mark.usefixtures("_node")
def test_the_separator_splits_the_same_in_javascript() -> None:
    guide = load_guide(ROOT / "data")
    # A page's words, with capitals where a sentence starts, and a query in capitals, which our search
    # worker lowercases before the theme splits it (the separator spells only a first letter both ways).
    page = "I don't know why He's always on his phone — can’t we talk? My own. Él está aquí"
    query = "I DON'T know why HE'S ALWAYS on his phone"
    script = (
        "const [sep, page, query] = JSON.parse(process.argv[1]);"
        "const split = (text) => text.split(new RegExp(sep)).filter(Boolean).map((w) => w.toLowerCase());"
        "console.log(JSON.stringify([split(page), split(query.toLowerCase())]))"
    )
    payload = json.dumps([separator(guide.search_words.skip_words), page, query])
    result = subprocess.run(["node", "-e", script, payload], capture_output=True, text=True, check=True)
    assert json.loads(result.stdout) == [split(page, guide.search_words), split(query, guide.search_words)]


def test_word_forms_cover_what_readers_type() -> None:
    assert {"ignore", "ignores", "ignored", "ignoring"} <= word_forms("ignores")
    assert {"stop", "stops", "stopped", "stopping"} <= word_forms("stopped")
    assert {"cry", "cries", "cried", "crying"} <= word_forms("crying")
    assert word_forms("barely") == {"barely"}
    assert word_forms("tv") == {"tv"}


def test_nouns_and_adjectives_get_no_verb_forms() -> None:
    # "disagreemented" and "abusiving" are typed by no one; the bytes they took are the index's room to grow.
    assert word_forms("disagreements") == {"disagreement", "disagreements"}
    assert word_forms("memories") == {"memory", "memories"}
    assert word_forms("abusive") == {"abusive"}
    assert word_forms("hopeless") == {"hopeless"}
    # Verbs with endings like theirs keep every form.
    assert {"comment", "commented", "commenting"} <= word_forms("comments")
    assert {"mention", "mentioned", "mentioning"} <= word_forms("mentions")
    assert {"silence", "silenced", "silencing"} <= word_forms("silence")


def test_only_real_words_get_ed_and_ing_forms() -> None:
    # No one types "nevering", "colded" or "laptoping"; plurals and -s forms stay ("someones" is typed for "someone's").
    assert word_forms("never") == {"never", "nevers"}
    assert word_forms("laptop") == {"laptop", "laptops"}
    assert word_forms("someone") == {"someone", "someones"}
    # A form the rules spell wrong is kept in the spelling readers type, if that is a word.
    assert word_forms("forget") == {"forget", "forgets", "forgetting"}
    assert {"opened", "opening"} <= word_forms("open")
    assert "openned" not in word_forms("open")
    assert {"disagreed", "disagreeing"} <= word_forms("disagree")
    # The word itself always stays, a typo of a keyword too.
    assert "ignord" in word_forms("ignord")


def test_search_terms_skip_small_words_add_same_words_and_keep_forms_apart() -> None:
    terms = search_terms(["I apologize to him", "he ignores me"], WORDS)
    assert terms.keywords.split() == ["apologize", "apologise", "to", "him", "ignores"]
    forms = set(terms.forms.split())
    assert {"apologizing", "apologized", "ignoring", "ignored"} <= forms
    # A same_words word ("apologise") is kept as written, without forms of its own: its group lists the
    # forms readers type, and search reads the rest ("apologised") as the nearest word of the guide.
    assert not {"apologised", "apologises"} & forms
    assert not forms & set(terms.keywords.split()), "a word counts once, in keywords"


def theme_index() -> dict:
    return {
        "config": {
            "separator": "[\\s\\-]+",
            "fields": {
                name: {"boost": 1} for name in ("title", "text", "keywords", "forms", "pairs", "summary", "labels")
            },
        },
        "docs": [
            {"location": "signs/x/", "title": "X", "text": "<p>Lead.</p>"},
            {"location": "signs/x/#why", "title": "Why", "text": "<p>Because.</p>"},
            {"location": "about/", "title": "About", "text": "<p>Us.</p>"},
            {"location": "about/#more", "title": "More", "text": "<p>Them.</p>"},
        ],
    }


def test_an_entry_page_becomes_one_document_with_its_keywords() -> None:
    original = theme_index()
    shaped = shape_index(
        original,
        pages={
            "signs/x/": PageSearch(keywords=("he ignores me",), summary="A <b> line.", whole_page=True),
            "about/": PageSearch(),
        },
        words=WORDS,
    )
    assert [doc["location"] for doc in shaped["docs"]] == ["signs/x/", "about/", "about/#more"]
    entry = shaped["docs"][0]
    assert entry["text"] == "Lead. Because."  # the tags go (plain_text)
    assert entry["keywords"] == "ignores" and "ignoring" in entry["forms"]
    assert entry["summary"] == "A &lt;b&gt; line."
    assert shaped["config"]["separator"] == separator(WORDS.skip_words)
    assert original == theme_index(), "the theme's index is not changed in place"


def test_a_page_missing_from_the_index_fails_the_build() -> None:
    with pytest.raises(SearchIndexError, match="signs/gone/"):
        shape_index(theme_index(), pages={"signs/gone/": PageSearch(keywords=("x",))}, words=WORDS)


def test_fields_without_a_weight_in_mkdocs_yml_fail_the_build() -> None:
    index = theme_index()
    del index["config"]["fields"]["forms"]
    with pytest.raises(SearchIndexError, match='mkdocs.yml: plugins: search: fields: expected a weight for "forms"'):
        shape_index(index, pages={}, words=WORDS)


def test_the_indexed_text_loses_its_tags_and_keeps_its_lines_apart() -> None:
    # The theme shows this text under each result: list items, and a paragraph that ends without a stop (a
    # heading kept as one), are kept apart by a mark that search reads as a gap between words.
    text = (
        "<p>Read in any order:</p> <ul> <li>What it is.</li> <li>Why it happens</li> </ul> "
        "<p>If you feel unsafe</p> <p>Your safety comes first.</p> <p>Go on.</p>"
    )
    assert plain_text(text) == (
        "Read in any order: What it is. · Why it happens · If you feel unsafe · Your safety comes first. Go on."
    )
    assert search_words("first. · Go", _python_separator(WORDS.skip_words)) == ["first", "go"]
