"""Short forms of texting that the danger phrases read as the words meant (data/es/search.yml,
`danger.read_as`): "m" is "me" and "t" is "te" in a Spanish text ("m pegó", "t pegó?"). The phrases
alone must read them, without the learned word weights: those are relearned whenever a query set
joins, and a reader's short form must not depend on what they happened to learn. A letter standing
alone for something else (a size, metres) must still raise no card."""

from __future__ import annotations

from support.browser import require
from support.danger_variants import card_rule
from support.project import ROOT

DANGER = [
    "m pego n m duele todo",
    "m pateo en el piso",
    "m empujo contra la pared",
    "m quito el celular y m encerro",
    "m dijo q m va a matar",
]
ORDINARY = [
    "talla m o l para regalar a mi novio",
    "vivo a 5 m de mi suegra y nos peleamos",
    "m siento sola con mi pareja",
    "t quiero pero no m escuchas",
]


def test_spanish_texting_forms_are_read_by_the_phrases_alone() -> None:
    require("node", "Node")
    phrases = card_rule(ROOT, "es", learned=False)(DANGER)
    assert [q for q, card in zip(DANGER, phrases, strict=True) if not card] == []
    whole = card_rule(ROOT, "es")(ORDINARY)
    assert [q for q, card in zip(ORDINARY, whole, strict=True) if card] == []
