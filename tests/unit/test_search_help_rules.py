"""The urgent-help card's danger rule and closest pages, as functions (seen.search.help) and as the
rule's script run in Node on rules made here. The scripts shipped in the built site, over whole query
sets: tests/site/test_search_help.py."""

from __future__ import annotations

import json
import subprocess

import pytest

from seen.content.models import DangerWords, LonePhrases
from seen.search.help import closest_pages, danger_rules, help_script
from support.browser import require
from support.project import ROOT


@pytest.fixture(autouse=True)
def _node() -> None:
    """Node runs the browser's code here: a missing Node fails under CI=true, and skips elsewhere."""
    require("node", "Node")


def node(script: str, *args: object) -> object:
    """Run `script` in Node with `args` (as JSON in ARGS); its last console.log line, read as JSON."""
    code = f"const ARGS = {json.dumps(list(args))};\n{script}"
    result = subprocess.run(["node", "-e", code], capture_output=True, text=True, check=True, timeout=60)
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_phrases_compile_to_groups_of_side_by_side_slots_of_choices_without_accents() -> None:
    rules = danger_rules(DangerWords(gap=2, phrases=["Miedo|PÁNICO casa", "me+pegó"]))
    assert rules == {
        "gap": 2,
        "families": {},
        "unless": [],
        "phrases": [[[["miedo", "panico"]], [["casa"]]], [[["me"], ["pego"]]]],
    }


def test_a_family_is_sent_once_and_named_wherever_a_phrase_uses_it() -> None:
    danger = DangerWords(
        families={"hurt": ["hit*", "Pegó", "hit*"], "whom": ["me", "us"], "unused": ["x"]},
        unless_after=["Never"],
        phrases=["@hurt+@whom|her", "kick*|@hurt wall"],
    )
    assert danger_rules(danger) == {
        "gap": 3,
        "families": {"hurt": ["hit*", "pego"], "whom": ["me", "us"]},
        "unless": ["never"],
        "phrases": [
            [[["@hurt"], ["@whom", "her"]]],
            [[["kick*", "@hurt"]], [["wall"]]],
        ],
    }
    queries = ["he pegó us", "he kicked the wall", "he hit the wall", "he x me"]
    shown = node(_RULES, str(ROOT / "hooks" / "seen" / "search" / "help.js"), danger_rules(danger), queries)
    assert shown == [True, True, True, False]


def test_a_phrase_naming_an_unknown_family_is_refused() -> None:
    with pytest.raises(
        ValueError, match=r'a word family named in `families` \(hurt\); found "@harm" in the phrase "@harm\+me"'
    ):
        DangerWords(families={"hurt": ["hit"]}, phrases=["@harm+me"])


_RULES = """
const fs = require("fs");
const [file, rules, queries] = ARGS;
const self = {};
new Function("self", fs.readFileSync(file, "utf8"))(self);
console.log(JSON.stringify(queries.map((q) => self.seenSearchHelp.isDanger(rules, q))));
"""


def test_never_before_a_phrase_undoes_it_and_a_new_last_letter_is_not_a_typo() -> None:
    rules = danger_rules(
        DangerWords(
            families={"hurt": ["hit*", "pushed", "strangled"]},
            unless_after=["never"],
            phrases=["@hurt+me"],
        )
    )
    queries = [
        "he never hit me",
        "he hit me",
        "he never stops hitting me",
        "he pushes me away",
        "he pushed me",
        "he strangeld me",
        "he pushd me",
    ]
    shown = node(_RULES, str(ROOT / "hooks" / "seen" / "search" / "help.js"), rules, queries)
    assert dict(zip(queries, shown, strict=True)) == {
        "he never hit me": False,
        "he hit me": True,
        "he never stops hitting me": True,
        "he pushes me away": False,
        "he pushed me": True,
        "he strangeld me": True,
        "he pushd me": True,
    }


_RULES_PHRASES_ONLY = _RULES.replace("isDanger(rules, q)", "isDanger(rules, q, true)")
_READING = _RULES.replace("isDanger(rules, q)", "reading(rules, q)")


def test_a_laugh_leaves_the_query_to_the_learned_words_alone() -> None:
    danger = DangerWords(families={"hurt": ["chok*"]}, laughs=["LOL", "jaja*"], phrases=["kill*+me", "@hurt+me"])
    rules = danger_rules(danger)
    assert rules["laughs"] == ["lol", "jaja*"]
    help_js = str(ROOT / "hooks" / "seen" / "search" / "help.js")
    queries = [
        "he will kill me",
        "she'll kill me if i forget the bins lol",
        "me va a matar jajaja kill me",
        "he choked me lol",
        "he said he'd kill me lol",
    ]
    # Without learned words a laugh changes nothing: the phrases read every query.
    assert node(_RULES, help_js, rules, queries) == [True, True, True, True, True]
    learned = {"bias": -1.0, "cut": 0.0, "weights": {"choked": 2.0, "said": 1.5, "forget": -2.0, "kill": 0.5}}
    rules = {**rules, "learned": learned}
    # With them, a query with a laugh shows the card only when the learned words say danger ("choked",
    # "said"), not for a figure of speech ("forget"); a query without a laugh keeps its phrases.
    assert node(_RULES, help_js, rules, queries) == [True, False, False, True, True]
    # The search worker lifts the help page for phrases alone: never for a query with a laugh.
    assert node(_RULES_PHRASES_ONLY, help_js, rules, queries) == [True, False, False, False, False]
    # With a margin, a phrase that matches still counts under a laugh: the learned words need only come within
    # it of their cut. "kill me" alone weighs -0.5 here, within 1 of the cut; the bins weigh -2.5, still out.
    rules = {**danger_rules(danger.model_copy(update={"laugh_margin": 1.0})), "learned": learned}
    assert rules["laugh_margin"] == 1.0
    assert node(_RULES, help_js, rules, queries) == [True, False, True, True, True]
    assert node(_RULES_PHRASES_ONLY, help_js, rules, queries) == [True, False, False, False, False]
    # What the search worker reads to lift the help page: whether a phrase decides, and else how far the learned
    # words come above their cut (below it when negative; the cut is lower by the margin when a phrase matched).
    assert node(_READING, help_js, rules, queries) == [
        {"phrase": True, "margin": None},
        {"phrase": False, "margin": -1.5},  # -1 + 0.5 - 2 against a cut of 0 - 1
        {"phrase": False, "margin": 0.5},
        {"phrase": False, "margin": 2.0},
        {"phrase": False, "margin": 2.0},
    ]


def test_the_script_cannot_end_early_and_carries_the_card_as_drawn() -> None:
    script = help_script(
        danger=DangerWords(phrases=["x"]),
        card="<p>a</p><script>alert(1)</script>",
        closest="</script>",
        pages=[],
        skip_words=["The"],
    )
    first = script.splitlines()[0]
    assert "</script>" not in first and "<\\/script>" in first
    assert json.loads(first.removeprefix("var SEEN_SEARCH = ").removesuffix(";"))["skip"] == ["the"]


def test_closest_pages_are_whole_pages_with_their_title_and_keyword_words() -> None:
    docs = [
        {"location": "signs/x/", "title": "Cold Shoulder", "keywords": "silent treatment silent"},
        {"location": "signs/x/#why", "title": "Why", "text": "..."},
    ]
    assert closest_pages(docs, ["the"]) == [
        {"url": "signs/x/", "title": "Cold Shoulder", "words": ["cold", "shoulder", "silent", "treatment"]}
    ]


def test_an_ordinary_phrase_cannot_silence_harm_named_beside_it() -> None:
    """An ordinary phrase's "~" words: in a query that also has one, outside the phrase and outside words another
    ordinary phrase took, the danger phrases read its words again; the learned weights still weigh them only
    against danger."""
    danger = DangerWords(
        families={"myself": ["myself", "meself"]},
        phrases=["hurting+me", "hurting @myself", "cut+my+hair asleep|slept"],
        ordinary=[
            "nobody+is+hurting+me just ~@myself|cutting",
            "cut+my+hair ~asleep|slept",
            "myself+a+coffee",
        ],
    )
    rules = danger_rules(danger)
    assert rules["ordinary"][0] == [[["nobody"], ["is"], ["hurting"], ["me"]], [["just"]]]
    assert rules["ordinary_unless"] == {"0": ["@myself", "cutting"], "1": ["asleep", "slept"]}
    assert rules["families"] == {"myself": ["myself", "meself"]}
    help_js = str(ROOT / "hooks" / "seen" / "search" / "help.js")
    queries = [
        "nobody is hurting me just myself",
        "nobody is hurting me, i just feel lonely",
        "nobody is hurting me just meself",
        "nobody is hurting me, i just made myself a coffee",
        "he cut my hair off while i slept",
        "he cut my hair short",
    ]
    assert node(_RULES, help_js, rules, queries) == [True, False, True, False, True, False]
    # Without "~", the ordinary phrase takes its words whatever follows (the gap this closes).
    plain = danger_rules(danger.model_copy(update={"ordinary": [o.partition(" ~")[0] for o in danger.ordinary]}))
    assert "ordinary_unless" not in plain
    assert node(_RULES, help_js, plain, queries) == [False, False, False, False, False, False]
    # The learned weights still weigh the freed words only against danger: "hurting" here pulls nothing up.
    learned = {"bias": -1.0, "cut": 0.0, "weights": {"hurting": 3.0, "lonely": -0.5}}
    weighed = {**rules, "phrases": [[[["zzz"]]]], "learned": learned}
    assert node(_RULES, help_js, weighed, ["nobody is hurting me just myself", "he is hurting"]) == [False, True]


def test_a_guard_counts_a_word_as_typed_not_as_read_as_also_reads_it() -> None:
    """`read_as` reads the article "le" as "me" for the danger phrases ("le pegó" is harm told of another), but
    a guard "me" must not free an everyday phrase for it: only a "me" typed does."""
    danger = DangerWords(
        families={"alguien": ["me", "le"]},
        read_as={"le": ["me"]},
        phrases=["@alguien+pego"],
        ordinary=["pego al arco|balon ~me|cara"],
    )
    rules = danger_rules(danger)
    help_js = str(ROOT / "hooks" / "seen" / "search" / "help.js")
    queries = [
        "el delantero le pego al arco",  # "le" is not the guard "me"
        "le pego",  # no ordinary phrase: "le" read as "me" still finds the danger phrase
        "me pego al arco",  # a "me" typed beside the everyday phrase frees it
        "le pego al balon y despues me pego a mi",  # a "me" typed outside the phrase frees it
        "le pego al balon y me dio en la cara",  # so does "cara"
    ]
    assert node(_RULES, help_js, rules, queries) == [False, True, True, True, True]


def test_an_ordinary_phrase_guard_is_checked_when_the_data_is_read() -> None:
    with pytest.raises(ValueError, match=r'words after "~" that the ordinary phrase does not also use; found "hair"'):
        DangerWords(phrases=["x"], ordinary=["cut+my+hair ~hair|asleep"])
    with pytest.raises(ValueError, match="should match pattern"):
        DangerWords(phrases=["x"], ordinary=["cut+my+hair ~asleep ~slept"])
    with pytest.raises(ValueError, match="should match pattern"):
        DangerWords(phrases=["hit+me ~never"])
    with pytest.raises(ValueError, match=r'a word family named in `families` \(none\); found "@sleep"'):
        DangerWords(phrases=["x"], ordinary=["cut+my+hair ~@sleep"])


def test_a_word_run_together_in_a_hurry_is_read_apart_into_known_words_when_whole_it_shows_no_card() -> None:
    danger = DangerWords(
        families={"hurt": ["hit", "choked"], "weapon": ["knife"], "partner": ["he", "hes", "husband"]},
        apart_with=["me", "he", "hes"],
        ordinary=["the+therapist", "a+cake", "big+cake", "chokedme+challenge", "again+and+again"],
        phrases=["@hurt+me", "@weapon", "rapist", "@partner+got"],
    )
    rules = danger_rules(danger)
    assert rules["apart_with"] == ["me", "he", "hes"]
    assert "apart_first" not in rules
    help_js = str(ROOT / "hooks" / "seen" / "search" / "help.js")
    queries = [
        "husbnd hitme agin",  # "hit me"
        "hechokedme",  # "he choked me"
        "hesgotaknife",  # "hes got a knife": "a" is a known word here, "knife" too
        "my therapist",  # a known word stays whole: never "the rapist"
        "hitmen in films",  # "hit men": no word of apart_with among the pieces
        "chokedmex",  # not every piece is known
        "hesgotabigknife",  # five known words: "hes got a big knife"
        "hesgotabigbigknife",  # six known words: "hes got a big big knife"
        "hesgotabigbigbigknife",  # seven are too many to read apart
        "husbandchokedmeagain",  # "husband chokedme again" ("chokedme" is known), read finer: "... choked me ..."
    ]
    shown = node(_RULES, help_js, rules, queries)
    assert dict(zip(queries, shown, strict=True)) == {
        "husbnd hitme agin": True,
        "hechokedme": True,
        "hesgotaknife": True,
        "my therapist": False,
        "hitmen in films": False,
        "chokedmex": False,
        "hesgotabigknife": True,
        "hesgotabigbigknife": True,
        "hesgotabigbigbigknife": False,
        "husbandchokedmeagain": True,
    }
    # Without apart_with nothing is read apart.
    plain = danger_rules(danger.model_copy(update={"apart_with": []}))
    assert "apart_with" not in plain
    assert node(_RULES, help_js, plain, queries[:3]) == [False, False, False]


def test_under_apart_first_a_word_of_apart_with_counts_only_at_the_start_of_a_run() -> None:
    danger = DangerWords(
        families={"pegar": ["pega", "pegar"]},
        apart_with=["me", "nos"],
        apart_first=True,
        phrases=["me+@pegar", "quejar+me"],
    )
    rules = danger_rules(danger)
    assert rules["apart_first"] is True
    queries = ["mepega", "no tengo razon para quejarme", "elmepega"]
    shown = node(_RULES, str(ROOT / "hooks" / "seen" / "search" / "help.js"), rules, queries)
    # "quejarme" is a Spanish word written joined ("me" last): it stays whole; "elmepega" starts with no word of
    # the list ("el" is not in it here), so it stays whole too.
    assert dict(zip(queries, shown, strict=True)) == {
        "mepega": True,
        "no tengo razon para quejarme": False,
        "elmepega": False,
    }


def test_a_doubled_letter_is_typed_once_and_an_unknown_word_is_split_in_two_only_for_a_phrase() -> None:
    danger = DangerWords(
        families={"hurt": ["hit", "choked"]},
        apart_with=["me"],
        ordinary=["metal+paint", "ball+game"],
        phrases=["@hurt+me", "not+safe"],
    )
    rules = danger_rules(danger)
    # Learned weights that would take "gun" alone for danger: a split word ("gunmetal") is left to the phrases.
    rules["learned"] = {"bias": -1.0, "cut": 0.1, "weights": {"gun": 5.0, "knife": 5.0}}
    help_js = str(ROOT / "hooks" / "seen" / "search" / "help.js")
    cases = {
        "a kniffe": True,  # "knife", a word the learned weights know, with a doubled letter typed once
        "i took a ppoll": False,  # a doubled letter typed once makes no known word: read as typed
        "notsafe at home": True,  # two known words of three letters or more, and a phrase reads them
        "hittme": False,  # a doubled letter and a missing space at once: read as typed
        "gunmetal paint": False,  # "gun metal" splits, but only the learned weights would call it danger
        "a gun": True,  # the learned weights still decide a word as typed
        "ballgame tonight": False,  # "ball game": a split no phrase reads as danger
    }
    assert node(_RULES, help_js, rules, list(cases)) == list(cases.values())
    # Without apart_with nothing is mended.
    plain = danger_rules(danger.model_copy(update={"apart_with": []}))
    plain["learned"] = rules["learned"]
    assert node(_RULES, help_js, plain, ["notsafe at home", "hittme", "a kniffe"]) == [False, False, False]


def test_a_word_of_fear_typed_alone_shows_the_card_and_next_to_other_words_decides_nothing() -> None:
    danger = DangerWords(
        fillers=["so"],
        alone=["Scared", "terrified"],
        alone_with=["i", "im", "feel"],
        ordinary=["scared+of+spiders"],
        phrases=["hit+me"],
    )
    rules = danger_rules(danger)
    assert rules["alone"] == ["scared", "terrified"]
    assert rules["alone_with"] == ["i", "im", "feel"]
    cases = {
        "scared": True,
        "Im so SCARED": True,  # a filler and a word of alone_with beside it
        "i feel terified": True,  # a typo of a word of 6 letters or more, as in a phrase of one word
        "scared he will leave me": False,  # other words: the phrases decide, and none matches
        "scared of spiders": False,  # taken by an ordinary phrase
        "so i feel": False,  # no word of fear
        "scared lol": False,  # another word ("lol" is not in alone_with)
        "": False,
    }
    help_js = str(ROOT / "hooks" / "seen" / "search" / "help.js")
    assert node(_RULES, help_js, rules, list(cases)) == list(cases.values())
    # Without `alone` a word of fear typed alone shows nothing; `alone_with` is sent only beside it.
    plain = danger_rules(danger.model_copy(update={"alone": []}))
    assert "alone" not in plain and "alone_with" not in plain
    assert node(_RULES, help_js, plain, ["scared", "im scared"]) == [False, False]


def test_a_phrase_of_one_word_alone_decides_only_in_a_query_about_someone() -> None:
    """`lone`: a phrase of one word ("knife") in a query of more than `short` words that names no one counts as
    under a laugh, with `lone.margin`; in a query that names someone, or a short one, it decides as before."""
    danger = DangerWords(
        families={"partner": ["he", "husband"]},
        phrases=["knife|gun", "hit+me"],
        fillers=["just"],
        lone=LonePhrases(named=["me", "@partner"], endings=["mos"], short=3, margin=1.0),
    )
    rules = danger_rules(danger)
    assert rules["lone"] == {"named": ["me", "@partner"], "endings": ["mos"], "short": 3, "margin": 1.0}
    assert rules["families"] == {"partner": ["he", "husband"]}
    help_js = str(ROOT / "hooks" / "seen" / "search" / "help.js")
    queries = [
        "how to smash garlic with the flat of a knife",  # names no one, and the learned words weigh it down
        "a knife under the pillow every night",  # names no one, but the learned words come within the margin
        "my husband keeps a gun in the car",  # names the partner
        "knife",  # short
        "just a gun just there",  # short: fillers do not count
        "siempre que discutimos saca la knife",  # a person told by a word's ending
        "how to hit me with a snowball",  # a phrase of more than one word decides as before
    ]
    # Without learned words the phrases decide as before.
    assert node(_RULES, help_js, rules, queries) == [True] * 7
    learned = {"bias": -1.0, "cut": 0.0, "weights": {"garlic": -2.0, "pillow": 0.5}}
    rules = {**rules, "learned": learned}
    assert node(_RULES, help_js, rules, queries) == [False, True, True, True, True, True, True]
    assert node(_READING, help_js, rules, queries)[:2] == [
        {"phrase": False, "margin": -2.0},  # -1 - 2 against a cut of 0 - 1
        {"phrase": False, "margin": 0.5},  # -1 + 0.5 against 0 - 1
    ]
    # The worker's phrases alone: such a phrase decides nothing in a query that names no one.
    assert node(_RULES_PHRASES_ONLY, help_js, rules, queries) == [False, False, True, True, True, True, True]
    # Without `lone`, a phrase of one word decides wherever it matches.
    rules = {**danger_rules(danger.model_copy(update={"lone": None})), "learned": learned}
    assert node(_RULES, help_js, rules, queries) == [True] * 7


def test_a_key_held_down_or_a_letter_doubled_by_a_shaking_hand_is_read_as_the_word_meant() -> None:
    """A letter three times in a row is cut to the known word it makes; a doubled one only at the end of a long
    unknown word, or in a short one that becomes a word of `held_short`; `lone` counts such a word as typed."""
    danger = DangerWords(
        families={"hurt": ["hit", "choked"]},
        held_short=["he", "Me"],
        phrases=["he+@hurt+me", "help", "socorro", "knife"],
        lone=LonePhrases(named=["he"], short=2, margin=1.0),
    )
    rules = danger_rules(danger)
    assert rules["held_short"] == ["he", "me"]
    rules["learned"] = {"bias": -1.0, "cut": 0.1, "weights": {"helppp": 0.5}}
    help_js = str(ROOT / "hooks" / "seen" / "search" / "help.js")
    cases = {
        "heeee hit meee": True,  # runs of three or more, cut to one letter
        "hhe choked mme": True,  # short words doubled: words of held_short
        "he hit wee": False,  # "we" is not a word of held_short: "wee" stays itself
        "heeelp": True,
        "helppp": True,  # a run of three, though the learned words know the word as typed
        "socorroo": True,  # doubled at the end of a word of five letters or more
        "hhe has a knife in the car": True,  # "hhe" names someone for `lone`
        "a big knife in the kitchen drawer": False,  # names no one
    }
    assert node(_RULES, help_js, rules, list(cases)) == list(cases.values())
    # Without held_short a short doubled word is read as typed; a held key still is not.
    plain = {**danger_rules(danger.model_copy(update={"held_short": []})), "learned": rules["learned"]}
    assert "held_short" not in plain
    assert node(_RULES, help_js, plain, ["hhe choked mme", "heeee hit meee"]) == [False, True]


def test_lone_named_families_are_checked_when_the_data_is_read() -> None:
    with pytest.raises(
        ValueError, match=r'a word family named in `families` \(none\); found "@partner" in `lone.named`'
    ):
        DangerWords(phrases=["knife"], lone=LonePhrases(named=["me", "@partner"]))
