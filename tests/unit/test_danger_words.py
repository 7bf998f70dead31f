"""The learned danger words (seen.search.learned, data/danger-words.yml): the browser weighs a query
as the build does, and the weights are what bench/danger_words.py learns from the query sets."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

import pytest

from seen.content.loading import load_search_words
from seen.search.help import LOGIC, danger_rules
from seen.search.learned import features, kin, mean, shown, strongest, total, train
from support.browser import require
from support.project import ROOT
from support.query_sets import every_query

FOLDERS = {"en": ROOT / "data", "es": ROOT / "data" / "es"}

_NODE = """
const fs = require("fs");
const [logic, learned, queries, families] = JSON.parse(fs.readFileSync(0, "utf8"));
global.self = global;
eval(fs.readFileSync(logic, "utf8"));
const api = self.seenSearchHelp;
const taken = (q) => api.words(q).map((w) => w === "beats");
console.log(JSON.stringify([queries.map((q) => api.weight(learned, api.words(q), null, families)),
  queries.map((q) => api.weight(learned, api.words(q), taken(q), families))]));
"""


def _in_the_browser(learned: dict, typed: list[str], families: dict) -> tuple[list[float], list[float]]:
    """What help.js weighs for each typed query (plain, and with the words an ordinary phrase took)."""
    result = subprocess.run(
        ["node", "-e", _NODE],
        input=json.dumps([str(LOGIC), learned, typed, families]),
        capture_output=True,
        text=True,
        check=True,
    )
    plain, taken = json.loads(result.stdout)
    return plain, taken


@pytest.mark.parametrize("language", FOLDERS)
def test_the_browser_weighs_every_query_as_the_build_does(language: str) -> None:
    require("node", "Node")
    danger = load_search_words(FOLDERS[language]).danger
    learned = danger.learned
    assert learned is not None, f"{FOLDERS[language]}/danger-words.yml: run bench/danger_words.py --write"
    typed = every_query(language) + ["Él me AHORCÓ", "held   down!!", "", "strangled_me", "ñoño 911", "Punched"]
    rules = {"bias": learned.bias, "cut": learned.cut, "weights": learned.weights}
    families = danger_rules(danger)["families"]  # as the browser gets them, beside the weights
    browser, taken = _in_the_browser(rules, typed, families)
    build = [total(learned.weights, learned.bias, q, kin(families)) for q in typed]
    wrong = [(q, b, p) for q, b, p in zip(typed, browser, build, strict=True) if abs(b - p) > 1e-6]
    assert not wrong, wrong[:5]


def test_features_are_words_pairs_and_long_word_starts() -> None:
    assert features("He STRANGLED me!") == {"he", "strangled", "me", "he_strangled", "strangled_me", "stran*"}
    assert features("") == set()


def test_a_word_of_a_family_adds_the_family_once_whole_or_by_its_start() -> None:
    families = kin({"hurt": ["hit", "punch*"], "afraid": ["scared"]})
    assert features("he punched me, hit me", families) == features("he punched me, hit me") | {"@hurt"}
    assert "@hurt" not in features("he hitched a ride", families)  # "hit" is a whole word, not a start
    assert features("scared", families) == {"scared", "scare*", "@afraid"}


def test_the_browser_reads_a_family_as_the_build_does() -> None:
    require("node", "Node")
    families = {"hurt": ["hit", "punch*"], "afraid": ["scared"]}
    learned = {"bias": -1.0, "cut": 0.0, "weights": {"@hurt": 2.0, "@afraid": 1.5, "beats": 3.0}}
    typed = ["he punched me", "he hit me and punched me", "hitched", "so scared he beats me", "punch"]
    plain, taken = _in_the_browser(learned, typed, families)
    assert plain == [total(learned["weights"], -1.0, q, kin(families)) for q in typed] == [1.0, 1.0, -1.0, 3.5, 1.0]
    assert taken[3] == 0.5  # "beats", taken by an ordinary phrase, no longer counts (its family would, too)


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


# Examples where "grabbed" is as often danger as not: how it weighs depends on how each kind counts.
_MIXED = [
    ("he grabbed me", True),
    ("he hit me", True),
    ("he hits me again", True),
    ("he grabbed the keys", False),
    ("he grabbed a coffee", False),
    ("he forgets me", False),
    ("we never talk", False),
    ("she grabbed lunch", False),
]


def test_by_default_a_danger_example_counts_once_and_no_round_is_averaged() -> None:
    assert train(_MIXED) == train(_MIXED, lean=1.0, average=0)  # the options change nothing unless asked
    assert train(_MIXED, average=1) == train(_MIXED)  # the mean of the last round alone is that round


def test_leaning_toward_danger_weighs_a_borderline_query_more_and_is_repeatable() -> None:
    plain, plain_bias = train(_MIXED)
    leaning, leaning_bias = train(_MIXED, lean=3.0)
    assert train(_MIXED, lean=3.0) == (leaning, leaning_bias)
    for query in ("he grabbed my arm", "she grabbed me", "he hit the wall"):
        assert total(leaning, leaning_bias, query) > total(plain, plain_bias, query)


def test_near_misses_weighed_more_pull_a_shared_word_toward_ordinary_and_change_nothing_else() -> None:
    near = ["he grabbed the keys", "he grabbed a coffee", "she grabbed lunch"]
    assert train(_MIXED, near=1.0, near_misses=near) == train(_MIXED)  # weighed once, as before
    assert train(_MIXED, near=3.0) == train(_MIXED)  # no near misses named, nothing weighed more
    plain, plain_bias = train(_MIXED)
    heavier, heavier_bias = train(_MIXED, near=3.0, near_misses=near)
    assert train(_MIXED, near=3.0, near_misses=near) == (heavier, heavier_bias)
    # "grabbed", shared by harm and the near misses, leans less toward danger when the near misses count more
    assert heavier["grabbed"] < plain["grabbed"]
    assert total(heavier, heavier_bias, "he grabbed the car keys") < total(plain, plain_bias, "he grabbed the car keys")


def test_family_shrink_holds_the_family_weights_alone_nearer_zero() -> None:
    families = kin({"hurt": ["hit*", "punch*"]})
    examples = [("he hit me", True), ("he punched me", True), ("he hits me", True), ("he forgets me", False)]
    plain = train(examples, families=families)
    assert train(examples, families=families, family_shrink=None) == plain  # None: held as the words are
    held, _ = train(examples, families=families, family_shrink=0.5)
    assert 0 < held["@hurt"] < plain[0]["@hurt"]
    # Only the family's own weight is held more: its words still learn (and learn more, carrying what it lost).
    assert held["punched"] > plain[0]["punched"] > 0
    assert _bench().parse_setting("families=all,family_shrink=0.03").family_shrink == 0.03


def test_averaging_the_last_rounds_is_the_mean_of_those_rounds_weights() -> None:
    # Training for fewer rounds follows the same path (the order and pace depend only on the seed and the
    # round), so the last three of five rounds are the runs of three, four and five rounds.
    weights, bias = train(_MIXED, rounds=5, average=3)
    expected, expected_bias = mean([train(_MIXED, rounds=rounds) for rounds in (3, 4, 5)])
    assert bias == pytest.approx(expected_bias)
    assert weights.keys() == expected.keys()
    assert all(weights[feature] == pytest.approx(expected[feature]) for feature in expected)


def test_the_mean_of_learned_weights_counts_a_missing_weight_as_zero() -> None:
    assert mean([({"hit": 2.0, "me": 1.0}, 1.0), ({"hit": 4.0}, -3.0)]) == ({"hit": 3.0, "me": 0.5}, -1.0)


def _bench():
    spec = importlib.util.spec_from_file_location("danger_words", ROOT / "bench" / "danger_words.py")
    bench = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = bench  # its dataclass looks itself up there
    spec.loader.exec_module(bench)
    return bench


def test_a_setting_is_learned_as_it_says() -> None:
    bench = _bench()
    setting = bench.parse_setting("lean=2,seeds=1+2,keep=5,cut=-0.5")
    assert (setting.lean, setting.seeds, setting.keep, setting.cut) == (2.0, (1, 2), 5, -0.5)
    assert bench.parse_setting("today") == bench.Setting()
    spanish = bench.parse_setting("cut=-0.3,cut_es=-0.05,families=all-someone")
    assert (spanish.cut_for("en"), spanish.cut_for("es"), spanish.families) == (-0.3, -0.05, "all-someone")
    assert {"hurt", "someone"} <= {name for name, _, _ in bench.families("en", "all")}
    assert {name for name, _, _ in bench.families("en", "hurt+afraid")} == {"hurt", "afraid"}
    assert "someone" not in {name for name, _, _ in bench.families("en", "all-someone")}
    weights, bias = bench.learn(_MIXED, setting, language="en")
    expected, expected_bias = mean([train(_MIXED, lean=2.0, seed=seed) for seed in (1, 2)])
    assert (weights, bias) == (strongest(expected, 5), round(expected_bias, 2))


def test_learning_only_some_features_leaves_the_others_out_and_refit_learns_again_on_those_kept() -> None:
    only = {"grabbed", "hit", "me"}
    weights, _ = train(_MIXED, only=only)
    assert set(weights) == only  # no other word, pair or word start is learned
    assert weights["me"] > train(_MIXED)[0]["me"]  # "me" carries what "grabbed_me" and "he_grabbed" did
    bench = _bench()
    setting = bench.parse_setting("keep=4,refit=1")
    assert setting.refit == 1
    first, _ = mean([train(_MIXED, lean=3.0, seed=seed) for seed in (1, 2, 3)])
    kept = strongest(first, 4)
    again, again_bias = mean([train(_MIXED, lean=3.0, seed=seed, only=set(kept)) for seed in (1, 2, 3)])
    assert bench.learn(_MIXED, setting, language="en") == (strongest(again, 4), round(again_bias, 2))
    assert bench.learn(_MIXED, setting, language="en") != bench.learn(
        _MIXED, bench.parse_setting("keep=4"), language="en"
    )


def test_the_newest_sets_are_the_last_danger_and_ranking_sets_added_never_one_held_out() -> None:
    bench = _bench()
    danger = [name for name in bench.DANGER_SETS if name not in bench.MEASURED_ONLY]
    ranking = [name for name in bench.RANKING_ONLY if name not in bench.MEASURED_ONLY]
    assert bench.newest_sets(2) == (*danger[-2:], *ranking[-2:])
    assert bench.newest_sets(0) == ()
    left = bench.newest_sets(3)
    assert len(left) == 6 and not set(left) & set(bench.MEASURED_ONLY)
    # what is left out is not learned from: no query of those sets is among the examples
    learned = {query for query, _ in bench.examples("en", leave_out=left)}
    for name in left:
        danger_queries, others = bench.held("en", name)
        assert not learned & {*danger_queries, *others}, name


def test_a_querys_weight_is_the_same_whatever_pythons_hash_seed() -> None:
    # A query whose weights add up to the cut (0.1 + 0.2 - 0.3) must fall the same side of it in every run.
    code = (
        "from seen.search.learned import total; "
        "print(repr(total({'a': 0.1, 'b': 0.2, 'c': -0.3, 'd': 0.7, 'e': -0.7}, 0.0, 'a b c d e')))"
    )
    found = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={"PYTHONHASHSEED": str(seed), "PYTHONPATH": str(ROOT / "hooks")},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in range(6)
    }
    assert len(found) == 1, found
