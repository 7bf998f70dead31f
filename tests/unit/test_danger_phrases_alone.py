"""Danger the phrases alone must read, without the learned word weights: those are relearned whenever
a query set joins, and the relearn reshuffles them (in the twenty-first round it left "m pegó n m duele
todo" with no reader). So wording that is plainly danger gets a phrase, and these cases hold it:
- short forms of texting that `danger.read_as` reads as the words meant (data/es/search.yml): "m" is
  "me" and "t" is "te" in a Spanish text ("m pegó"); a letter alone for something else (a size, metres)
  still raises no card;
- danger of the query sets that only the learned words read until the twenty-second round, each kind
  given a phrase then (data/search.yml and data/es/search.yml, at the end of `danger.phrases`), with
  an everyday twin of each that must stay without the card."""

from __future__ import annotations

import pytest

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


# Danger that only the learned words read, and everyday twins of the new phrases' words.
PLAIN = {
    "en": [
        "home is the least safe place for me now",
        "if anything happens to me it was him",
        "his brothers came round and told me i better not leave him",
        "she says she will have her brothers deal with me",
        "thinking of walking into the sea",
        "she says she'll put our sex video on facebook",
        "my husband ruffs me up when his team loses",
        "pushed down the stairs by my partner",
        "he's forcing me to get an abortion",
        "he disciplines me like a child with a belt",
        "he did stuff to me when i was out cold",
        "i wont be here much longer",
        "there is no way out of this except me not being here",
        "i just lie there until hes finished because saying no is worse",
        "it was just one slap is that even abuse",
        "my son says his dad hurts mummy",
        "i need to escape the police wont help",
    ],
    "es": [
        "cuando chupa me saca la cresta",
        "mi marido me da de ostias y no se que hacer",
        "me da unas tundas cuando llega borracho",
        "me dio un puño en el estomago",
        "me mando la foto de una tumba",
        "encerrada sin telefono ni llaves",
        "va a hacerme algo malo lo presiento",
        "si lo dejo dice que se cuelga",
        "se sento en mi pecho y no me entraba el aire",
        "me da terror mi esposo",
        "me acerco el encendedor al pelo",
    ],
}
TWINS = {
    "en": [
        "if anything happens to me who gets the house, making a will",
        "he seems scared of commitment",
        "just punch in your code",
        "a safe place to keep my notes",
        "gta 5 how to escape the police quickly",
    ],
    "es": [
        "fotos de una tumba egipcia para la tarea",
        "le dio un puño al saco de box",
        "dice que se cuelga la app",
        "dormir lejos de mi pareja por los ronquidos",
        "me da panico mi jefe",
    ],
}


def read_by_phrases_and_twins_quiet(language: str, danger: list[str], twins: list[str]) -> None:
    """Each of `danger` shows the card by a phrase alone (the learned words left out); none of `twins` shows it
    under the whole rule."""
    require("node", "Node")
    phrases = card_rule(ROOT, language, learned=False)(danger)
    assert [q for q, card in zip(danger, phrases, strict=True) if not card] == []
    whole = card_rule(ROOT, language)(twins)
    assert [q for q, card in zip(twins, whole, strict=True) if card] == []


@pytest.mark.parametrize("language", sorted(PLAIN))
def test_plain_danger_is_read_by_a_phrase_and_its_everyday_twins_raise_no_card(language: str) -> None:
    read_by_phrases_and_twins_quiet(language, PLAIN[language], TWINS[language])


def test_spanish_texting_forms_are_read_by_the_phrases_alone() -> None:
    read_by_phrases_and_twins_quiet("es", DANGER, ORDINARY)


# A "|" holds one word on each side: "left+marks|bruises|a+mark" once read as left, then (marks, bruises or a),
# then mark, so "she left marks" had no phrase. The twenty-fourth round wrote such alternatives as phrases of
# their own; these are queries that only the learned words read until then, and twins in the same words.
LENGTHS = {
    "en": [
        "she left marks",
        "i blacked out from his grip on my neck",
        "i wanna not exist anymore",
        "he swore i would not survive if i left",
        "its goodbye for me tonight",
        "my wife monitors every move i make",
    ],
    "es": ["dice que la gente desaparece facil", "dice que una mujer desaparece facilmente aqui"],
}
LENGTH_TWINS = {
    "en": [
        "she left markers all over the table",
        "i blacked out the windows for movie night",
        "its goodbye to summer at the beach house",
        "my wife plans every move of our holiday",
        "the new job will not survive the winter cuts",
    ],
    "es": ["la mancha desaparece facil con vinagre", "el hielo desaparece facil con sal"],
}


@pytest.mark.parametrize("language", sorted(LENGTHS))
def test_alternatives_of_different_lengths_are_each_read_by_a_phrase(language: str) -> None:
    read_by_phrases_and_twins_quiet(language, LENGTHS[language], LENGTH_TWINS[language])
