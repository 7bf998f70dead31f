"""Spanish search rules, run in Node as the reader's browser runs them.
Spanish negates a verb with "no" alone ("no me habla", "no cumple"), a word of two letters:
- it makes a word pair with the verb after it, in the index (seen.search.index.word_pairs) and in what a
  reader types (seen-query.js), as "never listens" does in English; in English short words still make none;
- the search worker searches a word of one or two letters whole only, not as a prefix, in the Spanish
  edition, unless it is the last word typed: "no*" reached every word and pair starting so ("normal",
  "noche", "nohabl");
- a question typed without accents ("por que pasa", "que es") is read as one ("porqué pasa", "qué es"): at
  the start "que" is "qué", which the guide's why and what pages hold, not the skip word "que"."""

from __future__ import annotations

import json
import subprocess

import pytest

from seen.content.models import DangerWords, SearchWords
from seen.search.index import person_pairs, search_terms, separator, word_pairs
from seen.search.worker import QUERY_SOURCE, wrapper_script
from support import query_script
from support.browser import require

WORDS = SearchWords(skip_words=["me", "el", "la", "que"], same_words=[], danger=DangerWords(phrases=["peg*+me"]))


@pytest.fixture()
def _node() -> None:
    """Node runs the browser's code here: a missing Node fails under CI=true, and skips elsewhere."""
    require("node", "Node")


def test_spanish_no_pairs_with_the_verb_after_it_and_english_short_words_do_not() -> None:
    assert word_pairs(["no", "habla"], "es") == ["nohabl"]
    assert word_pairs(["no", "habla"]) == [], "English keeps its rule: words of 3 letters or more"
    assert word_pairs(["ya", "habla"], "es") == [], "only 'no' among the short words"
    pairs = search_terms(["no me habla por días"], WORDS, "es").pairs.split()
    assert pairs == ["nohabl", "hablpor", "pordias", "elhabl"], "and whose act it is (person_pairs)"


_TYPED = """
const seenQuery = require(ARGS[0]);
const [index, queries] = ARGS.slice(1);
seenQuery.learn(index);
console.log(JSON.stringify(queries.map((q) => seenQuery.typedPairs(q))));
"""


def typed_pairs(lang: str, pairs: str, queries: list[str]) -> list[list[str]]:
    index = {
        "config": {"separator": separator(WORDS.skip_words), "lang": [lang]},
        "docs": [{"location": "a/", "title": "A", "text": "", "pairs": pairs}],
    }
    code = "const ARGS = " + json.dumps([str(QUERY_SOURCE), index, queries]) + ";\n" + _TYPED
    result = subprocess.run(["node", "-e", code], capture_output=True, text=True, check=True, timeout=60)
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.usefixtures("_node")
def test_the_browser_makes_the_same_pair_from_what_a_reader_types() -> None:
    pairs = search_terms(["no me habla"], WORDS, "es").pairs
    found = typed_pairs("es", pairs, ["mi esposo no me habla", "NO me hablaaa", "ya me habla"])
    assert found == [["nohabl"], ["nohabl"], []]
    assert typed_pairs("en", "nohabl", ["no me habla"]) == [[]], "English: no pair with a two-letter word"


_WORKER = """
const vm = require("vm");
const [script, queries] = ARGS;
const target = new EventTarget();
const got = [];
const context = { MessageEvent, URL, location: { href: "http://localhost/assets/javascripts/workers/seen-search.js" } };
context.self = context;
context.addEventListener = (type, listener) => target.addEventListener(type, listener);
context.dispatchEvent = (event) => target.dispatchEvent(event);
// What the worker loads: seen-query.js (here: a stand-in that stems nothing, "me" a skip word) and the theme's
// worker, whose listener comes after ours and receives each query as ours hands it on (once: the worker imports
// its scripts in two calls, the theme's worker in the second).
let imports = 0;
context.importScripts = () => {
  context.seenQuery = { learn() {}, rewrite: (query) => query, stem: (word) => (word === "me" ? null : word) };
  if (++imports === 2) target.addEventListener("message", (event) => got.push(event.data));
};
vm.createContext(context);
vm.runInContext(script, context);
target.dispatchEvent(new MessageEvent("message", { data: { type: 0, data: {} } }));
for (const query of queries) target.dispatchEvent(new MessageEvent("message", { data: { type: 2, data: query } }));
console.log(JSON.stringify(got.filter((message) => message.type === 2).map((message) => message.data)));
"""


def handed_on(stemmed: bool, queries: list[str]) -> list[str]:
    """Each query as our search worker hands it to the theme's (danger not read: no help script here)."""
    code = "const ARGS = " + json.dumps([wrapper_script("search.0.min.js", stemmed=stemmed), queries]) + ";\n"
    result = subprocess.run(["node", "-e", code + _WORKER], capture_output=True, text=True, check=True, timeout=60)
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.usefixtures("_node")
def test_a_short_word_is_searched_whole_only_in_spanish_unless_it_is_being_typed() -> None:
    spanish = handed_on(True, ["no me habla", "ella dice que no"])
    assert spanish[0].split() == ["no^3", "me^3", "habla^3", "habla"], "no prefix for 'no' (nor 'me')"
    assert spanish[1].split()[-2:] == ["no^3", "no"], "the last word may still be being typed: its prefix stays"
    assert handed_on(False, ["no me habla"])[0].split() == ["no^2", "no", "me^2", "me", "habla^2", "habla"]


def rewritten(lang: str, queries: list[str]) -> list[str]:
    return query_script.rewritten("por qué pasa porqué", queries, lang, title="Qué es", words=WORDS)


@pytest.mark.usefixtures("_node")
def test_a_spanish_question_typed_without_accents_is_read_as_one() -> None:
    found = rewritten("es", ["por que pasa", "¿Por qué pasa?", "que es", "q hago", "dice que pasa", "porque pasa"])
    assert found[0].startswith("porqué pasa") and found[1].startswith("¿porqué pasa?")
    assert found[2].startswith("qué es") and found[3].startswith("qué hago")
    assert found[4].startswith("dice que pasa"), "inside a sentence 'que' stays the skip word it is"
    assert found[5].split()[0] == "porque", "one word: a question already, as the guide's same_words say"
    assert rewritten("en", ["que es"])[0].startswith("que es"), "English: no Spanish questions"


_REWRITE = """
const seenQuery = require(ARGS[0]);
const [index, queries] = ARGS.slice(1);
seenQuery.learn(index);
console.log(JSON.stringify(queries.map((q) => seenQuery.rewrite(q))));
"""


@pytest.mark.usefixtures("_node")
def test_a_verb_after_me_says_whose_act_it_is() -> None:
    # "me culpo" (the reader blames themself) and "me culpa" (someone blames them) share their stem; the
    # verb's ending tells them apart, as one more pair on each side (index.person_pairs, query.js personPairs).
    assert person_pairs("me culpo de todo", "es") == ["yoculp"]
    assert person_pairs("Me culpa de todo y me ignoró", "es") == ["elculp", "eligno"]
    assert person_pairs("me haga caso", "es") == [], "a verb of four letters or fewer makes none"
    assert person_pairs("he blames me", "en") == []
    assert "yoculp" in search_terms(["me culpo de todo"], WORDS, "es").pairs.split()
    index = {
        "config": {"separator": separator(WORDS.skip_words), "lang": ["es"]},
        "docs": [{"location": "a/", "title": "A", "text": "culpo", "pairs": "yoculp elculp"}],
    }
    code = "const ARGS = " + json.dumps([str(QUERY_SOURCE), index, ["me culpo", "mi esposa me culpa", "me culpas"]])
    result = subprocess.run(["node", "-e", code + ";\n" + _REWRITE], capture_output=True, text=True, check=True)
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found[0].endswith(" yoculp^2") and found[1].endswith(" elculp^2")
    assert "culp^" not in found[2], "'culpas' ends in neither: no pair"
