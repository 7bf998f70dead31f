"""Word pairs: two neighbouring words of a keyword phrase indexed as one token (seen.search.index),
and the same tokens made from what a reader types by seen-query.js (hooks/seen/search/query.js),
run in Node. The two must agree, or a reader's very phrase would never reach its page."""

from __future__ import annotations

import json
import re
import subprocess

import pytest

from seen.content.models import DangerWords, SearchWords
from seen.search import index
from seen.search.index import pair_token, search_terms, separator, word_pairs
from seen.search.worker import QUERY_SOURCE
from support.browser import require


@pytest.fixture()
def _node() -> None:
    """Node runs the browser's code here: a missing Node fails under CI=true, and skips elsewhere."""
    require("node", "Node")


WORDS = SearchWords(
    skip_words=["i", "me", "he", "she", "the", "my", "to", "when", "dont", "don", "t"],
    same_words=[],
    danger=DangerWords(phrases=["hit*+me"]),
)


def test_a_pair_is_the_first_letters_of_each_word_without_accents() -> None:
    assert pair_token("talks", "over") == "talkover"
    assert pair_token("talking", "over") == "talkover", "other forms of a word make the same pair"
    assert pair_token("Señales", "efectos") == "senaefec"
    assert word_pairs(["changes", "subject", "tv", "7pm", "day"]) == ["chansubj", "subjday"]


def test_skip_words_are_gone_before_words_are_paired() -> None:
    terms = search_terms(["she talks over me", "he changes the subject when I talk"], WORDS)
    assert terms.pairs.split() == ["talkover", "chansubj", "subjtalk"]


_TYPED = """
const seenQuery = require(ARGS[0]);
const [index, queries] = ARGS.slice(1);
seenQuery.learn(index);
console.log(JSON.stringify(queries.map((q) => [seenQuery.typedPairs(q), seenQuery.rewrite(q)])));
"""


@pytest.mark.usefixtures("_node")
def test_the_browser_makes_the_same_pairs_from_what_is_typed_and_searches_only_known_ones() -> None:
    terms = search_terms(["she talks over me", "he changes the subject", "señales y efectos"], WORDS)
    index = {
        "config": {"separator": separator(WORDS.skip_words)},
        "docs": [{"location": "a/", "title": "A", "text": "", "keywords": terms.keywords, "pairs": terms.pairs}],
    }
    queries = [
        "My wife TALKS over me at dinner",  # case and skip words: the pair is still "talkover"
        "he talked over me",  # another form of "talks": the same first letters
        "Señales, efectos",  # punctuation and accents
        "over talks",  # the other order is another pair, which no page has
        "he changed +subject",  # lunr's own syntax: left as typed, no pairs added
    ]
    code = "const ARGS = " + json.dumps([str(QUERY_SOURCE), index, queries]) + ";\n" + _TYPED
    result = subprocess.run(["node", "-e", code], capture_output=True, text=True, check=True, timeout=60)
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert [pairs for pairs, _ in found] == [["talkover"], ["talkover"], ["senaefec"], [], ["chansubj"]]
    assert found[0][1].endswith(" talkover^3"), "a known pair is searched whole, after the typed words"
    assert found[3][1] == "over talks"
    assert "^" not in found[4][1], "a query in lunr's syntax is not added to"


QUESTIONS = SearchWords(
    skip_words=[*WORDS.skip_words, "who", "where", "can", "get", "one"],
    same_words=[],
    danger=DangerWords(phrases=["hit*+me"]),
)


def test_a_question_word_that_starts_a_phrase_pairs_with_its_first_word_kept() -> None:
    terms = search_terms(["who can I talk to", "Where can I get support", "the one who tries"], QUESTIONS)
    assert terms.pairs.split() == ["whotalk", "whersupp"], "only at the start: 'the one who tries' asks nothing"
    assert search_terms(["who can I talk to"], QUESTIONS, "es").pairs == "", "English question words only"


@pytest.mark.usefixtures("_node")
def test_the_browser_pairs_a_question_word_that_starts_what_is_typed() -> None:
    terms = search_terms(["who can I talk to", "where can I get support"], QUESTIONS)
    index = {
        "config": {"separator": separator(QUESTIONS.skip_words)},
        "docs": [{"location": "a/", "title": "A", "text": "", "keywords": terms.keywords, "pairs": terms.pairs}],
    }
    queries = ["Who can i talk to?", "where to get support", "i talk to the one who listens", "who wrote this"]
    code = "const ARGS = " + json.dumps([str(QUERY_SOURCE), index, queries]) + ";\n" + _TYPED
    result = subprocess.run(["node", "-e", code], capture_output=True, text=True, check=True, timeout=60)
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert [pairs for pairs, _ in found] == [["whotalk"], ["whersupp"], [], []]


def test_the_query_script_and_the_index_share_their_pair_settings() -> None:
    """seen-query.js repeats four settings of seen.search.index by hand (the worker has no Python): the
    letters of a pair, the short words that pair, the question words that lead one, and the word before a
    Spanish verb whose ending says whose act it is. Changed on one side only, a reader's pair would find
    no page; this holds the two copies together."""
    script = QUERY_SOURCE.read_text(encoding="utf-8")

    def js_value(name: str) -> object:
        found = re.search(rf"var {name} = (.+?);", script)
        assert found, f"seen-query.js: no {name}"
        return json.loads(re.sub(r"(\w+):", r'"\1":', found.group(1)))

    assert js_value("PAIR_LETTERS") == index.PAIR_LETTERS
    assert {k: sorted(v) for k, v in js_value("PAIR_SHORT").items()} == {
        k: sorted(v) for k, v in index.PAIR_SHORT_WORDS.items()
    }
    assert {k: sorted(v) for k, v in js_value("QUESTION_LEADS").items()} == {
        k: sorted(v) for k, v in index.QUESTION_LEADS.items()
    }
    assert js_value("PERSON_AFTER") == index.PERSON_AFTER
