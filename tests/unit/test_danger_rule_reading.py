"""How the urgent-help card's rule reads wording nobody wrote down (seen.search.help compiles,
help.js matches; run in Node): the slips of a thumb in short words, filler words inside a phrase,
words read as others (texting, a friend's story), letters that sound alike, and ordinary phrases
whose words count toward no danger phrase. The data's own rule over variants of every query set:
tests/unit/test_danger_variants.py."""

from __future__ import annotations

import json
import subprocess

import pytest

from seen.content.models import DangerWords
from seen.search.help import LOGIC, danger_rules
from support.browser import require


@pytest.fixture(autouse=True)
def _node() -> None:
    """Node runs the browser's code here: a missing Node fails under CI=true, and skips elsewhere."""
    require("node", "Node")


_RULES = """
const fs = require("fs");
const [file, rules, queries] = JSON.parse(fs.readFileSync(0, "utf8"));
const self = {};
new Function("self", fs.readFileSync(file, "utf8"))(self);
console.log(JSON.stringify(queries.map((q) => self.seenSearchHelp.isDanger(rules, q))));
"""


def in_node(script: str, danger: DangerWords, queries: list[str]) -> dict[str, object]:
    """Run `script` (help.js's path, the rules and the queries on its standard input) in Node; by query, what its
    last console.log line gives for it."""
    result = subprocess.run(
        ["node", "-e", script],
        input=json.dumps([str(LOGIC), danger_rules(danger), queries]),
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return dict(zip(queries, json.loads(result.stdout.strip().splitlines()[-1]), strict=True))


def shown(danger: DangerWords, queries: list[str]) -> dict[str, bool]:
    return in_node(_RULES, danger, queries)


def test_short_words_forgive_a_thumbs_slip_but_not_another_word() -> None:
    danger = DangerWords(phrases=["hit+me", "slap*+me", "safe home", "escapes*+me"])
    assert shown(
        danger,
        [
            "he hti me",  # two letters swapped
            "he hitt me",  # one doubled
            "he slpa me",
            "not sfae at home",
            "not sage at home",  # a key beside
            "he his me",  # another word: a changed last letter is not a slip
            "he hid me",
            "he slip me",  # not a key beside
            "he escaped me",  # a start's last letter dropped ("escap" is not "escape*"): another word
            "he hjt me",
        ],
    ) == {
        "he hti me": True,
        "he hitt me": True,
        "he slpa me": True,  # "slap*" is a start: only a swap or a doubling
        "not sfae at home": True,
        "not sage at home": True,
        "he his me": False,
        "he hid me": False,
        "he slip me": False,
        "he escaped me": False,
        "he hjt me": False,  # three letters: only a swap or a doubling
    }


def test_a_word_alone_forgives_fewer_slips_than_a_phrase() -> None:
    danger = DangerWords(phrases=["flee", "knife", "gun"])
    assert shown(danger, ["i need to flee", "i fele numb", "he has a knfie", "he has a gunn", "he has a fun side"]) == {
        "i need to flee": True,
        "i fele numb": False,
        "he has a knfie": True,
        "he has a gunn": True,
        "he has a fun side": False,
    }


def test_fillers_may_stand_inside_a_phrase_and_do_not_count_toward_the_gap() -> None:
    danger = DangerWords(
        gap=1,
        fillers=["like", "literally", "kind", "of"],
        unless_after=["never"],
        phrases=["been+following+me", "afraid home"],
    )
    assert shown(
        danger,
        [
            "he has been kind of following me",
            "he has been like literally following me",
            "he has been often following me",
            "afraid like literally to home",
            "afraid to go home",
            "he never like literally been following me",
        ],
    ) == {
        "he has been kind of following me": True,
        "he has been like literally following me": True,
        "he has been often following me": False,
        "afraid like literally to home": True,
        "afraid to go home": False,
        "he never like literally been following me": False,
    }


def test_never_before_a_phrase_undoes_it_past_fillers_and_typos() -> None:
    danger = DangerWords(unless_after=["never"], fillers=["really"], phrases=["hit*+me"])
    assert shown(
        danger, ["he has never hit me", "he never really hit me", "he never stops hitting me", "he nevr hit me"]
    ) == {
        "he has never hit me": False,
        "he never really hit me": False,
        "he never stops hitting me": True,
        "he nevr hit me": False,
    }


def test_read_as_gives_a_typed_word_other_readings() -> None:
    danger = DangerWords(read_as={"her": ["me"], "u": ["you"]}, phrases=["not+let+me+leave", "hurt+you"])
    assert shown(danger, ["he will not let her leave", "will he hurt u", "he will not let them leave"]) == {
        "he will not let her leave": True,
        "will he hurt u": True,
        "he will not let them leave": False,
    }


def test_sounds_read_letters_that_sound_alike_on_both_sides() -> None:
    danger = DangerWords(
        sounds=[["qu", "k"], ["v", "b"], ["ll", "y"], ["h", ""]], phrases=["me+quito+las+llaves", "tir* vaso"]
    )
    assert shown(
        danger,
        [
            "me kito las yabes",
            "me quito las llaves",
            "me tiro un baso",
            "me kito las yaves del carro",
            "me kito las casas",
        ],
    ) == {
        "me kito las yabes": True,
        "me quito las llaves": True,
        "me tiro un baso": True,
        "me kito las yaves del carro": True,
        "me kito las casas": False,
    }


def test_words_an_ordinary_phrase_takes_count_toward_no_danger_phrase() -> None:
    danger = DangerWords(
        families={"hurt": ["hit*", "golpe*"]},
        ordinary=["hit*+a|the+wall|roof", "golpe+de+realidad|suerte", "treat|treats"],
        phrases=["@hurt", "@hurt+me", "threat*"],
    )
    assert shown(
        danger,
        [
            "we hit a wall",
            "he hit me against the wall",
            "he hit the wall and then hit me",
            "un golpe de realidad",
            "me dio un golpe",
            "how he treats me",
            "death threats",  # an ordinary phrase is read as written: a typo is not its twin
        ],
    ) == {
        "we hit a wall": False,
        "he hit me against the wall": True,
        "he hit the wall and then hit me": True,
        "un golpe de realidad": False,
        "me dio un golpe": True,
        "how he treats me": False,
        "death threats": True,
    }


def test_two_ordinary_phrases_may_share_a_word() -> None:
    # "la rodilla" (on one's knees) takes "rodilla" first; the bruise from the gym still needs it, and gets it.
    danger = DangerWords(
        ordinary=["la|mis+rodilla|rodillas ~pega", "moreton* rodilla|gym ~novio"],
        phrases=["moreton*", "de+rodillas"],
    )
    assert shown(
        danger,
        ["un moreton en la rodilla del gym", "mi novio me dejo un moreton en la rodilla", "un moreton en la cara"],
    ) == {
        "un moreton en la rodilla del gym": False,
        "mi novio me dejo un moreton en la rodilla": True,
        "un moreton en la cara": True,
    }


def test_a_word_the_everyday_side_spells_is_read_as_no_other_words_typo() -> None:
    # "racing" is written in an ordinary phrase, so it is a word in its own right: neither a danger phrase nor a
    # guard reads it as "raging" with one letter changed, wherever it stands, while a typo written nowhere
    # ("ragign") still reads as "raging". Nor is "fell" read as "fella" with a letter dropped. Its own form with
    # a last "s" or "d" is still read: "bleed", written in an ordinary phrase, still reads as "bleeds".
    danger = DangerWords(
        ordinary=["racing+car|bike", "bleed+oil", "swears|swear ~raging", "fell+asleep"],
        phrases=["@partner raging", "bleeds+out", "swears", "@partner hit+me"],
        families={"partner": ["he", "she", "fella"]},
    )
    assert shown(
        danger,
        [
            "he watches racing all day",
            "he is raging",
            "he is ragign again",
            "i want to bleed out",
            "he swears about racing",
            "he swears hes raging",
            "i fell and hit me head",
            "my fela hit me",
        ],
    ) == {
        "he watches racing all day": False,
        "he is raging": True,
        "he is ragign again": True,
        "i want to bleed out": True,
        "he swears about racing": False,  # the guard does not read "racing" as "raging"
        "he swears hes raging": True,
        "i fell and hit me head": False,  # "fell" is not "fella" (a letter dropped)
        "my fela hit me": True,  # a typo written nowhere
    }


def test_a_rule_without_the_new_keys_compiles_as_before() -> None:
    assert set(danger_rules(DangerWords(phrases=["x"]))) == {"gap", "families", "unless", "phrases"}


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"ordinary": ["@nope+me"], "phrases": ["x"]}, 'a word family named in `families` \\(none\\); found "@nope"'),
        ({"read_as": {"her": ["her"]}, "phrases": ["x"]}, '`read_as` words other than the word itself; found "her"'),
        (
            {"sounds": [["v", "v"]], "phrases": ["x"]},
            '`sounds` pairs of letters, then other letters; found "v" and "v"',
        ),
        ({"sounds": [["", "h"]], "phrases": ["x"]}, '`sounds` pairs of letters, then other letters; found "" and "h"'),
    ],
)
def test_new_keys_are_checked(fields: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        DangerWords.model_validate(fields)


_PREPARED = """
const fs = require("fs");
const [file, rules, queries] = JSON.parse(fs.readFileSync(0, "utf8"));
function load() { const self = {}; new Function("self", fs.readFileSync(file, "utf8"))(self); return self.seenSearchHelp; }
const cold = load(), warm = load(), prepared = JSON.parse(JSON.stringify(rules));
warm.prepare(prepared);
console.log(JSON.stringify(queries.map((q) => [cold.reading(rules, q), warm.reading(prepared, q)])));
"""


def test_an_ordinary_phrase_reads_a_word_a_danger_phrase_spells_by_its_sound_only_as_another_such_word() -> None:
    """Seseo makes "casa" (home) and "caza" (hunting) sound alike: an everyday phrase about a hunting gun must not read
    "casa", a word a danger phrase spells, as "caza" and silence a gun kept at home. A word no danger phrase spells
    ("emosiones") is still read by its sound, and so is a danger word that sounds like another danger word ("a sido",
    "ha sido")."""
    danger = DangerWords(
        sounds=[["ci", "si"], ["z", "s"], ["h", ""]],
        ordinary=["pistola|rifle caza", "guarda+sus+emociones", "ha+sido+un+golpe"],
        phrases=[
            "pistola",
            "tiene pistola|rifle casa",
            "guarda*+sus cuchillos|emociones|pistola",
            "un+golpe",
            "me+ha+pegado",
            "me+pego+a+golpes",
        ],
    )
    assert shown(
        danger,
        [
            "tiene una pistola en la casa",
            "tiene un rifle en casa",
            "limpiar una pistola de caza",
            "rifle de caza barato",
            "guarda sus emosiones bajo llave",
            "la muerte de mi abuelo a sido un golpe muy duro",
            "me dio un golpe",
        ],
    ) == {
        "tiene una pistola en la casa": True,
        "tiene un rifle en casa": True,
        "limpiar una pistola de caza": False,
        "rifle de caza barato": False,
        "guarda sus emosiones bajo llave": False,
        "la muerte de mi abuelo a sido un golpe muy duro": False,
        "me dio un golpe": True,
    }


def test_a_phrase_is_skipped_by_first_letters_only_when_no_typed_word_could_match_it() -> None:
    """help.js tries a phrase only when each of its slots has a choice whose first letter (or its sound's) is the
    first or second letter of a typed word (or of one of its readings): the typos that change a word's first letter
    (the first two swapped, "tsrangled"), a sound that drops it ("h": "ijo"), a word read as another ("u": "you")
    still reach their phrase, and `prepare`, which works these letters out before the first query, changes no
    reading."""
    danger = DangerWords(
        sounds=[["v", "b"], ["h", ""]],
        read_as={"u": ["you"]},
        ordinary=["strangled+by+the+plot"],
        phrases=["strangled+me", "mi+hijo llora", "kill+you", "tir* vaso"],
    )
    queries = [
        "he tsrangled me",
        "he strangled me",
        "mi ijo llora",
        "mi hijo llora",
        "i will kill u",
        "me tiro un baso",
        "strangled by the plot of this book",
        "he tsrangled",
        "mi tio llora",
        "kill bill",
    ]
    read = in_node(_PREPARED, danger, queries)
    assert all(cold == warm for cold, warm in read.values()), read
    assert {query: pair[0]["phrase"] for query, pair in read.items()} == {
        "he tsrangled me": True,
        "he strangled me": True,
        "mi ijo llora": True,
        "mi hijo llora": True,
        "i will kill u": True,
        "me tiro un baso": True,
        "strangled by the plot of this book": False,
        "he tsrangled": False,
        "mi tio llora": False,
        "kill bill": False,
    }
