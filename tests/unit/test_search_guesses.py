"""What search adds to what a reader types (seen-query.js, run in Node; the worker's danger reading):
- a word the guide does not have is read as a word of the guide one or two letters away; in English
  only one that starts with the same letter (a typo keeps its first letter; "mates" is not "dates");
- a noun of quality ("numbness", "loneliness") is also searched as the word it is made from;
- a query that reads as danger also searches the help page's own token, which only that page holds;
- a prose page's `labels` (names for the whole pattern: "toxic") are searched in a field of their own.
How well this finds pages, in a real browser: tests/browser/test_search_browser.py."""

from __future__ import annotations

import json

import pytest

from seen.content.checks import check_front_matter
from seen.content.loading import GuideDataError
from seen.search.help import PAGES_SCRIPT, SCRIPT
from seen.search.index import (
    HELP_PAGE,
    HELP_TOKEN,
    KEYWORD_FIELDS,
    PageSearch,
    SearchIndexError,
    page_search,
    shape_index,
)
from seen.search.worker import HELP_BOOST, HELP_FROM_WORKER, LEARNED_LIFT, PAGES_FROM_WORKER, WORKERS, wrapper_script
from support.query_script import WORDS, rewritten


def test_a_typo_is_read_only_as_a_word_with_the_same_first_letter() -> None:
    found = rewritten("dates hates friends always relationship", ["freinds", "allways", "mates", "relationshp"])
    assert found[0] == "freinds friends" and found[1] == "allways always"
    assert found[2] == "mates", "a word one letter away but with another first letter is not guessed"
    assert found[3] == "relationshp relationship"
    # Spanish spelt by ear changes the first letter ("conectar" for "reconectar", "ablar" for "hablar").
    assert rewritten("reconectar hablar", ["conectar", "ablar"], lang="es") == ["conectar reconectar", "ablar hablar"]


def test_a_noun_of_quality_is_also_searched_as_its_own_word() -> None:
    found = rewritten("numb lonely cold", ["numbness", "my loneliness", "coldness", "happiness", "ness"])
    assert found[:3] == ["numbness numb", "my loneliness lonely", "coldness cold"]
    assert found[3] == "happiness", "no word is added when the guide has none to add"
    assert found[4] == "ness"


# The online edition names a page by its folder, the offline edition (file://) by its file.
@pytest.mark.parametrize(("help_page", "other"), [(HELP_PAGE, "signs/x/"), ("get-help.html", "signs/x.html")])
def test_only_the_help_page_holds_the_help_token(help_page: str, other: str) -> None:
    index = {
        "config": {
            "separator": "[\\s\\-]+",
            "fields": {name: {"boost": 1} for name in ("title", "text", *KEYWORD_FIELDS)},
        },
        "docs": [
            {"location": help_page, "title": "Get help", "text": ""},
            {"location": help_page + "#now", "title": "Now", "text": ""},
            {"location": other, "title": "X", "text": ""},
        ],
    }
    pages = {
        help_page: PageSearch(keywords=("crisis line",)),
        other: PageSearch(keywords=("he hit me",), whole_page=True),
    }
    shaped = shape_index(index, pages=pages, words=WORDS)
    holding = [doc["location"] for doc in shaped["docs"] if HELP_TOKEN in doc.get("pairs", "").split()]
    assert holding == [help_page], "a query that reads as danger lifts the help page in either edition"
    assert HELP_TOKEN not in shaped["docs"][0]["keywords"], "never in a field a reader's words are learnt from"


def test_the_worker_reads_danger_with_the_cards_own_script() -> None:
    script = wrapper_script("search.0.min.js", stemmed=False)
    # The edition's help script, found from the worker's folder: the same file the card's code is in.
    assert f"{WORKERS}/{HELP_FROM_WORKER}".count("../") == WORKERS.count("/") + 1
    assert HELP_FROM_WORKER.endswith(SCRIPT) and json.dumps(HELP_FROM_WORKER) in script
    # Its page words, a file only the worker loads, from the same folder; imported after the help script, so
    # on a slow connection they do not share it with the script the card waits for.
    assert HELP_FROM_WORKER.removesuffix(SCRIPT) + PAGES_SCRIPT == PAGES_FROM_WORKER
    assert script.index(json.dumps(HELP_FROM_WORKER)) < script.index(json.dumps(PAGES_FROM_WORKER))
    assert json.dumps(f"{HELP_TOKEN}^{HELP_BOOST[False]}") in script
    # Learned danger lifts the help page too, by how far the learned words come above their cut.
    assert "rule.reading(data.danger, query)" in script
    for stemmed in (False, True):
        tiers = [[margin, f"{HELP_TOKEN}^{boost}"] for margin, boost in LEARNED_LIFT[stemmed]]
        assert tiers and f"var learnedLift = {json.dumps(tiers)};" in wrapper_script("s.min.js", stemmed=stemmed)
        margins = [margin for margin, _ in LEARNED_LIFT[stemmed]]
        assert margins == sorted(margins, reverse=True) and min(margins) >= 0, "largest first, never below the cut"


def test_labels_are_searched_in_their_own_low_field_without_pairs() -> None:
    meta = {"keywords": ["what is neglect"], "labels": ["toxic relationship", "is my partner a narcissist"]}
    search = page_search("what.md", entry=None, meta=meta)
    assert search.labels == ("toxic relationship", "is my partner a narcissist")
    index = {
        "config": {
            "separator": "[\\s\\-]+",
            "fields": {name: {"boost": 1} for name in ("title", "text", *KEYWORD_FIELDS)},
        },
        "docs": [{"location": "what/", "title": "What", "text": ""}],
    }
    doc = shape_index(index, pages={"what/": search}, words=WORDS)["docs"][0]
    assert "toxic" in doc["labels"].split() and "narcissist" in doc["labels"].split()
    assert "toxic" not in doc["keywords"] and "toxirela" not in doc["pairs"], "a label gives no keyword or pair weight"
    with pytest.raises(SearchIndexError, match='"labels"'):
        page_search("what.md", entry=None, meta={"labels": "toxic"})


def test_front_matter_labels_are_checked_like_keywords(tmp_path) -> None:
    check_front_matter({"description": "A page.", "labels": ["toxic"]}, label="docs/a.md", docs=tmp_path)
    with pytest.raises(GuideDataError, match=r"labels"):
        check_front_matter({"description": "A page.", "labels": "toxic"}, label="docs/a.md", docs=tmp_path)
    with pytest.raises(GuideDataError, match=r"labels\[2\]"):
        check_front_matter({"description": "A page.", "labels": ["toxic", "Toxic"]}, label="docs/a.md", docs=tmp_path)
