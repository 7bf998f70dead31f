"""The urgent-help card's rule holds on wording nobody wrote down: variants a reader would type
(tests/support/danger_variants.py: a typo in a content word, voice typing or texting spellings,
fillers, another partner word, tense or person, a friend's story) of the sixth held-out set's
queries, run by the data's own rule in Node. Floors are what the rule measured in the seventh round,
less a margin; bench/danger_variants.py measures every set and prints the variants that miss."""

from __future__ import annotations

import pytest

from support.browser import require as require_tool
from support.danger_variants import KINDS, ROOT, alarms, card_rule, measure
from support.query_sets import danger_path, load_danger, require


@pytest.fixture(autouse=True)
def _node() -> None:
    """Node runs the browser's code here: a missing Node fails under CI=true, and skips elsewhere."""
    require_tool("node", "Node")


# Share of danger variants that must still show the card, per kind: what held-out-6 measured in the
# seventh round, less a margin. Before that round's reading of typos, fillers, words read as others and
# sounds, the same variants showed it for 79-84% (English) and 67-90% (Spanish) in most kinds.
FLOORS = {
    "en": {
        "drop": 0.85,
        "double": 0.95,
        "swap": 0.95,
        "key": 0.86,
        "voice": 0.97,
        "filler": 0.95,
        "partner": 0.97,
        "tense": 0.95,
        "friend": 0.97,
    },
    "es": {
        "drop": 0.85,
        "double": 0.95,
        "swap": 0.94,
        "key": 0.86,
        "voice": 0.97,
        "filler": 0.94,
        "partner": 0.97,
        "tense": 0.95,
        "friend": 0.97,
    },
}
# Variants of ordinary queries (that do not show the card as written) that may raise it: mostly a typo
# in a word of an ordinary phrase ("golpe de realdad"), which is read as written on purpose (read with
# typos, "treats" took "threats" and "encierro" took "encerró"). The learned danger words (eighth round)
# raise it a little more: a typo in the word that told them a query was ordinary ("miedo de prder a mi
# novio") leaves its other words to weigh toward danger (Spanish 83/2601 then, 3.2%); still half the
# issue's 10%, the price of the card for kinds of danger no phrase names.
ALARMS_BELOW = 0.05


@pytest.mark.parametrize("language", ["en", "es"])
def test_variants_of_danger_queries_still_show_the_card_and_of_ordinary_ones_rarely(language: str) -> None:
    queries = load_danger(require(danger_path("held-out-6", language)))
    shown = card_rule(ROOT, language)
    held = measure(shown, queries.danger, language)
    low = {
        kind: f"{ok}/{made}: {missed[:5]}"
        for kind, (ok, made, missed) in held.items()
        if made and ok / made < FLOORS[language][kind]
    }
    assert not low, f"variants that lost the card, by kind: {low}"
    assert sum(made for _, made, _ in held.values()) >= 1000
    raised = alarms(shown, queries.ordinary, language)
    bad = sum(b for b, _, _ in raised.values())
    tried = sum(t for _, t, _ in raised.values())
    assert bad / tried < ALARMS_BELOW, [v for kind in KINDS for v in raised[kind][2]][:20]
