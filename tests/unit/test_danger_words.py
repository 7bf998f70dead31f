"""The learned danger words (seen.search.learned, data/danger-words.yml): the browser weighs a query
as the build does, and the weights are what bench/danger_words.py learns from the query sets."""

from __future__ import annotations

import json
import subprocess

import pytest

from seen.content.loading import load_search_words
from seen.search.help import LOGIC
from seen.search.learned import features, shown, strongest, total, train
from support.browser import require
from support.project import ROOT
from support.query_sets import every_query

FOLDERS = {"en": ROOT / "data", "es": ROOT / "data" / "es"}

_NODE = """
const fs = require("fs");
const [logic, learned, queries] = JSON.parse(fs.readFileSync(0, "utf8"));
global.self = global;
eval(fs.readFileSync(logic, "utf8"));
const api = self.seenSearchHelp;
const taken = (q) => api.words(q).map((w) => w === "beats");
console.log(JSON.stringify([queries.map((q) => api.weight(learned, api.words(q))),
  queries.map((q) => api.weight(learned, api.words(q), taken(q)))]));
"""


@pytest.mark.parametrize("language", FOLDERS)
def test_the_browser_weighs_every_query_as_the_build_does(language: str) -> None:
    require("node", "Node")
    learned = load_search_words(FOLDERS[language]).danger.learned
    assert learned is not None, f"{FOLDERS[language]}/danger-words.yml: run bench/danger_words.py --write"
    typed = every_query(language) + ["Él me AHORCÓ", "held   down!!", "", "strangled_me", "ñoño 911"]
    rules = {"bias": learned.bias, "cut": learned.cut, "weights": learned.weights}
    result = subprocess.run(
        ["node", "-e", _NODE], input=json.dumps([str(LOGIC), rules, typed]), capture_output=True, text=True, check=True
    )
    browser, taken = json.loads(result.stdout)
    build = [total(learned.weights, learned.bias, q) for q in typed]
    wrong = [(q, b, p) for q, b, p in zip(typed, browser, build, strict=True) if abs(b - p) > 1e-6]
    assert not wrong, wrong[:5]


def test_features_are_words_pairs_and_long_word_starts() -> None:
    assert features("He STRANGLED me!") == {"he", "strangled", "me", "he_strangled", "strangled_me", "stran*"}
    assert features("") == set()


def test_training_learns_danger_words_and_is_repeatable() -> None:
    examples = [("he hit me", True), ("he hit me again", True), ("he hits me", True)] + [
        ("he forgets me", False),
        ("he ignores me", False),
        ("we never talk", False),
    ]
    first, bias = train(examples)
    assert train(examples) == (first, bias)  # the same examples, the same weights
    assert shown(first, bias, 0.0, ["she hit me", "she ignores me"]) == [True, False]
    kept = strongest(first, 2)
    assert len(kept) == 2 and all(abs(first[k]) >= abs(v) for k in kept for o, v in first.items() if o not in kept)


def test_a_word_an_ordinary_phrase_took_weighs_only_against_danger() -> None:
    require("node", "Node")
    learned = {"bias": -1.0, "cut": 0.0, "weights": {"beats": 3.0, "beats_me": 1.0, "me": 0.5, "it": -0.5}}
    result = subprocess.run(
        ["node", "-e", _NODE],
        input=json.dumps([str(LOGIC), learned, ["she beats me to it", "beats me"]]),
        capture_output=True,
        text=True,
        check=True,
    )
    plain, taken = json.loads(result.stdout)
    assert plain == [3.0, 3.5]  # -1 + 3 + 1 + 0.5 - 0.5; -1 + 3 + 1 + 0.5
    assert taken == [-1.0, -0.5]  # "beats" and "beats_me" (a taken word in it) count only if negative
