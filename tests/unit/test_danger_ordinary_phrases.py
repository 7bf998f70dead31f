"""The data's `ordinary` phrases (data/search.yml and data/es/search.yml, `danger.ordinary`) take words
away from the danger rule so that an everyday sense ("hit a wall", "golpe de realidad") raises no card.
They must never take the words of real violence that happens to start the same way: each case below
is an ordinary phrase's near twin that means harm, and each must still show the urgent-help card,
with the ordinary sense beside it still showing none."""

from __future__ import annotations

import pytest

from seen.content.loading import load_search_words
from support.browser import require
from support.danger_variants import card_rule
from support.project import ROOT

# (danger that shares an ordinary phrase's first words, the ordinary sense)
TWINS = {
    "en": [
        ("he shoved me off the bed", "she pushes me away when i try to talk"),
        ("she pushed me aside and i fell", "he pushes me away every time i get close"),
        ("he beat me to the ground", "he beat me at cards and gloated"),
        ("he beat me to a pulp", "she always beats me to it"),
        ("he hit the wall next to my head", "we hit a wall in our marriage"),
        ("he wants me dead right now", "this is dead boring"),
        ("he keeps my phone in his pocket so i cant call anyone", "i keep my phone on silent at dinner"),
        ("im scared of ending up dead if i stay", "scared of ending up alone"),
    ],
    "es": [
        ("dice que si lo dejo me va a matar que hago", "me mata que no me hable"),
        ("mi marido me pega y su silencio me da miedo", "se me pega su mal humor"),
    ],
}


def shown(language: str, queries: list[str]) -> list[bool]:
    """The urgent-help card for each query, under this edition's own rule (run in Node, as the page runs it)."""
    require("node", "Node")
    assert load_search_words(ROOT / ("data/es" if language == "es" else "data")).danger.ordinary, (
        "this edition's rule has ordinary phrases to check"
    )
    return card_rule(ROOT, language)(queries)


@pytest.mark.parametrize("language", sorted(TWINS))
def test_an_ordinary_phrase_never_takes_the_words_of_harm(language: str) -> None:
    dangers = [danger for danger, _ in TWINS[language]]
    ordinary = [everyday for _, everyday in TWINS[language]]
    cards = shown(language, dangers + ordinary)
    assert [q for q, card in zip(dangers, cards[: len(dangers)], strict=True) if not card] == []
    assert [q for q, card in zip(ordinary, cards[len(dangers) :], strict=True) if card] == []
