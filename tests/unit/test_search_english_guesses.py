"""How seen-query.js reads English words the guide does not have (run in Node over a one-page index):
- a word of the same family as a guide word ("flaky" -> "flakes"), when the guide has that base with an
  ending of its own, not merely a longer word that starts with it ("forty" is not "forth");
- a word of 3 or 4 letters, as the guide word one thumb slip away (a letter dropped, two swapped, a key
  beside), only when one or two guide words are that near;
- a typo of a guide word's start ("gslit": the index may hold only "gaslite");
- "-nes" typed for "-ness" ("numbnes" -> "numb"), also after a typo is read ("numnes").
The Spanish edition reads none of these (it has its stemmer): test_search_spanish_stems.py."""

from __future__ import annotations

from support.query_script import rewritten


def test_a_word_of_a_guide_words_family_is_read_as_it() -> None:
    found = rewritten("flakes cold caring forth", ["flaky", "coldly", "caringly", "forty", "forthy"])
    assert found[:3] == ["flaky flakes", "coldly cold", "caringly caring"]
    assert found[3] == "forty forth", "no family ('fort' + 'h' is no ending): the nearest word, as before"
    assert found[4] == "forthy forth"


def test_a_short_typo_is_read_as_the_one_guide_word_a_thumb_slip_away() -> None:
    text = "time phone numb cuts site step stem tell sick"
    found = rewritten(text, ["tme", "phoe", "nimb", "ctus", "ste", "till", "sink", "tim"])
    assert found[:4] == ["tme time", "phoe phone", "nimb numb", "ctus cuts"]
    assert found[4] == "ste", "three guide words are one letter from 'ste': no guess"
    assert found[5:7] == ["till", "sink"], "another letter changed, not a key beside it, is another word"
    assert found[7] == "tim", "'tim' starts 'time': found by its prefix, no guess needed"


def test_a_typo_of_a_words_start_and_a_short_noun_ending() -> None:
    found = rewritten("gaslite numb numbness", ["gslit", "numbnes", "numnes"])
    assert found[0] == "gslit gaslit"
    assert found[1] == "numbnes numb"
    assert found[2] == "numnes numbnes numb"


def test_spanish_reads_none_of_the_english_rules() -> None:
    found = rewritten("flakes tiempo razón", ["flaky", "tme", "razones"], lang="es")
    assert found[0] != "flaky flakes" and found[1] == "tme" and found[2] == "razones"


def test_why_in_a_long_question_counts_only_as_itself() -> None:
    # The words that name what happens decide a long why question; a short one keeps its full "why".
    text = "why husband agrees things then never does them emotionally unavailable"
    found = rewritten(
        text, ["why does my husband agree to things then never do them", "why is he emotionally unavailable"]
    )
    assert found[0].startswith("why^1 does my husband")
    assert found[1].startswith("why is he"), "two words besides 'why': it keeps its weight"
    assert rewritten("por qué", ["why does my husband agree to things then never do them"], lang="es")[0].startswith(
        "why does"
    )
