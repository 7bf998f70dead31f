"""The learned page words (seen.search.page_words, data/page-words.yml): training is repeatable, each page's
token is its own, and the browser (help.js pageGuess, run by the search worker) lifts the same pages with
the same boosts as the build's `guess`, for every query of every set."""

from __future__ import annotations

import json
import re
import subprocess

import pytest

from seen.content.loading import load_search_words
from seen.content.models import DangerWords, PageWords, SearchWords
from seen.search.help import LOGIC, page_words_data
from seen.search.index import PageSearch, shape_index
from seen.search.page_words import TOKEN_START, chances, guess, kept, page_features, page_token, strongest, train
from seen.search.worker import wrapper_script
from support.browser import require
from support.project import ROOT
from support.query_sets import every_query

FOLDERS = {"en": ROOT / "data", "es": ROOT / "data" / "es"}
WORDS = SearchWords(skip_words=["i", "me", "he"], danger=DangerWords(phrases=["hit*+me"]))

_NODE = """
const fs = require("fs");
const [logic, learned, queries] = JSON.parse(fs.readFileSync(0, "utf8"));
global.self = global;
eval(fs.readFileSync(logic, "utf8"));
console.log(JSON.stringify(queries.map((q) => self.seenSearchHelp.pageGuess(learned, q))));
"""

EXAMPLES = [
    ("he ignores me for days", "/signs/silent-treatment/"),
    ("silent treatment for days", "/signs/silent-treatment/"),
    ("she goes quiet and ignores me", "/signs/silent-treatment/"),
    ("he says i imagined it", "/signs/gaslighting/"),
    ("she says that never happened", "/signs/gaslighting/"),
    ("am i imagining things", "/signs/gaslighting/"),
]


def test_training_is_repeatable_and_learns_which_page_words_mean() -> None:
    first = train(EXAMPLES)
    assert train(EXAMPLES) == first  # the same examples, the same weights
    pages, weights, bias = first
    kept = strongest(pages, weights, 40)
    assert sum(len(row) for row in kept.values()) <= 40
    bias_of = dict(zip(pages, bias, strict=True))
    assert (
        guess(bias_of, kept, "my partner ignores me", sure=0.5, scale=10, pages=1)[0][0] == "/signs/silent-treatment/"
    )
    assert guess(bias_of, kept, "she says i imagined that", sure=0.5, scale=10, pages=1)[0][0] == "/signs/gaslighting/"


def test_weights_rounded_to_a_step_are_its_multiples_and_the_strongest_still() -> None:
    pages, weights, bias = train(EXAMPLES)
    plain, stepped = strongest(pages, weights, 40), strongest(pages, weights, 40, step=0.2)
    every = [weight for row in stepped.values() for weight in row.values()]
    assert every and all(abs(weight * 5 - round(weight * 5)) < 1e-9 and weight == round(weight, 1) for weight in every)
    assert set(stepped) <= set(plain)  # the same weights kept, only rounded otherwise (a small one may round to 0)
    assert len({w for row in stepped.values() for w in row.values()}) <= len(
        {w for row in plain.values() for w in row.values()}
    )


def test_a_query_with_no_word_the_weights_know_is_left_to_lunr() -> None:
    pages, weights, bias = train(EXAMPLES)
    bias_of = dict(zip(pages, bias, strict=True))
    assert chances(bias_of, strongest(pages, weights, 40), "zzz qqq") == {}
    assert guess(bias_of, strongest(pages, weights, 40), "", sure=0.0, scale=10, pages=2) == []


def test_words_further_apart_count_as_a_pair_only_when_asked() -> None:
    assert "cut_off" not in page_features("he cut me off")
    assert page_features("he cut me off", apart=2) - page_features("he cut me off") == {"he_me", "cut_off"}
    pages, weights, bias = train(EXAMPLES, apart=2)
    assert "ignores_for" in weights and "ignores_for" not in train(EXAMPLES)[1]  # "ignores me for days"
    bias_of = dict(zip(pages, bias, strict=True))
    lifted = guess(
        bias_of, strongest(pages, weights, 60), "she ignores us for weeks", sure=0.5, scale=10, pages=1, apart=2
    )
    assert lifted[0][0] == "/signs/silent-treatment/"


@pytest.mark.parametrize("language", FOLDERS)
def test_each_page_has_a_token_of_its_own_that_no_typed_word_reaches(language: str) -> None:
    found = load_search_words(FOLDERS[language]).page_words
    assert found is not None, f"{FOLDERS[language]}/page-words.yml: run bench/page_words.py --write"
    tokens = [page_token(page) for page in found.bias]
    assert len(set(tokens)) == len(tokens)
    assert all(re.fullmatch(TOKEN_START + "[bcdfghjklmnpqrstvwxz]{4}", token) for token in tokens)
    assert page_token("/signs/gaslighting/") == page_token("signs/gaslighting/")  # from the address, stable
    typed = {word for query in every_query(language) for word in re.findall(r"\w+", query.lower())}
    assert not any(word.startswith(TOKEN_START) for word in typed)


@pytest.mark.parametrize("apart", [None, 2])
@pytest.mark.parametrize("language", FOLDERS)
def test_the_browser_lifts_the_same_pages_as_the_build(language: str, apart: int | None) -> None:
    """With the shipped words as they are (None), and read with pairs up to two words apart (2)."""
    require("node", "Node")
    found = load_search_words(FOLDERS[language]).page_words
    assert found is not None
    if apart is not None:
        found = found.model_copy(update={"apart": apart})
    typed = every_query(language) + ["", "zzz", "Él me IGNORA!!", "gaslighting   gaslighting", "ñoño 911"]
    result = subprocess.run(
        ["node", "-e", _NODE],
        input=json.dumps([str(LOGIC), page_words_data(found), typed]),
        capture_output=True,
        text=True,
        check=True,
    )
    browser = json.loads(result.stdout)
    build = [
        [
            [page_token(page), boost]
            for page, boost in guess(
                found.bias, found.weights, q, sure=found.sure, scale=found.scale, pages=found.pages, apart=found.apart
            )
        ]
        for q in typed
    ]
    wrong = [(q, b, p) for q, b, p in zip(typed, browser, build, strict=True) if b != p]
    assert not wrong, wrong[:5]
    assert sum(bool(g) for g in build) > len(typed) / 2  # most reader queries lift a page
    assert build[-5] == [] and build[-4] == []  # nothing typed, or nothing known: lunr's results alone


def test_the_worker_adds_the_lifted_pages_to_a_query_that_is_not_danger() -> None:
    script = wrapper_script("search.x.min.js", stemmed=False)
    assert "pageGuess(learned, query)" in script and "learned = self.SEEN_PAGE_WORDS" in script  # seen-pages.js
    # A phrase's danger lifts the help page only; learned danger lifts it with the learned page beside it.
    assert (
        '(lift ? " " + lift.token : "") + (!lift ? lifted(data.data, 1) : lift.page ? lifted(data.data, lift.share) : "")'
        in script
    )
    assert "{ token: help, page: false, share: 1 }" in script and "page: besidePage, share: pageShare" in script
    # Beside the help page the learned page keeps LEARNED_PAGE_SHARE of its boost, never less than 1.
    assert "var pageShare = 1.0;" in script and "Math.max(1, Math.round(guess[1] * share))" in script
    assert "var pageShare = 0.5;" in wrapper_script("search.x.min.js", stemmed=False, page_share=0.5)


def test_each_page_the_weights_name_gets_its_token_and_a_page_the_guide_lacks_is_left_out() -> None:
    fields = {name: {"boost": 1} for name in ("title", "text", "keywords", "forms", "pairs", "summary", "labels")}
    docs = [
        {"location": "signs/x/", "title": "X", "text": "<p>Lead.</p>"},
        {"location": "about/", "title": "About", "text": "<p>Us.</p>"},
        {"location": "about/#more", "title": "More", "text": "<p>Them.</p>"},
    ]

    def theme_index() -> dict:
        return {"config": {"separator": "[\\s\\-]+", "fields": fields}, "docs": [dict(doc) for doc in docs]}

    pages = {"signs/x/": PageSearch(keywords=("he ignores me",), whole_page=True), "about/": PageSearch()}
    learned = PageWords(sure=0.1, scale=24, pages=2, bias={"/signs/x/": 0.5}, weights={"ignores": {"/signs/x/": 2.0}})
    shaped = shape_index(theme_index(), pages=pages, words=WORDS.model_copy(update={"page_words": learned}))
    tokens = {doc["location"]: doc.get("pairs", "").split() for doc in shaped["docs"]}
    assert page_token("/signs/x/") in tokens["signs/x/"]
    assert not any(word.startswith(TOKEN_START) for word in tokens["about/"] + tokens["about/#more"])
    offline = [dict(doc, location=doc["location"].replace("signs/x/", "signs/x.html")) for doc in docs]
    shaped = shape_index(
        {"config": {"separator": "[\\s\\-]+", "fields": fields}, "docs": offline},
        pages={"signs/x.html": pages["signs/x/"], "about/": pages["about/"]},
        words=WORDS.model_copy(update={"page_words": learned}),
    )
    assert page_token("/signs/x/") in shaped["docs"][0]["pairs"].split()  # the offline edition's file names
    # A page the guide does not have (a practice took it out) is not lifted, and its weights are not sent.
    both = {"/signs/x/": 2.0, "/signs/gone/": 1.0}
    gone = learned.model_copy(
        update={
            "bias": {"/signs/x/": 0.5, "/signs/gone/": 0.1},
            "weights": {"ignores": both, "gone": {"/signs/gone/": 1.0}},
        }
    )
    shaped = shape_index(theme_index(), pages=pages, words=WORDS.model_copy(update={"page_words": gone}))
    assert page_token("/signs/gone/") not in json.dumps(shaped)
    assert kept(gone, ["signs/x/", "about/"]) == learned
    assert kept(gone, ["about/"]) is None and kept(learned, ["signs/x/"]) is learned


def test_the_weights_travel_by_page_and_weight_and_read_back_the_same() -> None:
    """seen-pages.js sends each page's weights as one line of groups, a weight and its features in order of
    their letters (help.js pageRows reads them back), so a weight shared by many features is written once."""
    learned = PageWords(
        sure=0.1,
        scale=24,
        pages=2,
        bias={"/b/": 0.1, "/a/": -0.2},
        weights={"ignores": {"/a/": 0.6, "/b/": -1.2}, "hits": {"/a/": 0.6}, "silen*": {"/b/": 1.4}},
    )
    sent = page_words_data(learned)
    assert sent["bias"] == [-0.2, 0.1] and sent["weights"] == ["0.6 hits ignores", "-1.2 ignores|1.4 silen*"]
    read: dict[str, dict[str, float]] = {}
    for page, line in zip(sorted(learned.bias), sent["weights"], strict=True):
        for group in line.split("|"):
            weight, *features = group.split(" ")
            for feature in features:
                read.setdefault(feature, {})[page] = float(weight)
    assert read == {feature: dict(row) for feature, row in learned.weights.items()}
