"""How seen-query.js (hooks/seen/search/query.js) reads what a reader types in the Spanish edition, whose
index holds lunr's Spanish stems: run in Node with the theme's own lunr and its Spanish stemmer (the
installed mkdocs-material's files, as the reader's browser loads them), over a small index."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import material
import pytest

from seen.search.index import separator
from seen.search.worker import QUERY_SOURCE, WORKERS, theme_worker

THEME = Path(material.__file__).parent / "templates"
LUNR = THEME / "assets" / "javascripts" / "lunr" / "min"
SKIP_WORDS = ["que", "me", "el", "dice", "mi"]

_RUN = """
const vm = require("vm"), fs = require("fs");
const [query, scripts, index, words] = ARGS;
// As in a worker, where the language files register on self.lunr (under `node -e`, `exports` is a global
// and they would export themselves instead).
const context = vm.createContext({ console, addEventListener() {}, postMessage() {} });
context.self = context;
for (const file of scripts) vm.runInContext(fs.readFileSync(file, "utf8"), context, { filename: file });
globalThis.self = { lunr: context.lunr };
const seenQuery = require(query);
seenQuery.learn(index);
console.log(JSON.stringify(words.map((word) => [seenQuery.rewrite(word), seenQuery.stem(word)])));
"""


def read_typed(lang: str, text: str, typed: list[str]) -> dict[str, tuple[str, str | None]]:
    """What seen-query.js makes of each typed word, over an index of one page with `text`:
    {typed: (the query rewritten, the stem it is searched whole as, or None)}."""
    if shutil.which("node") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("Node is not installed; under CI=true it must be")
        pytest.skip("Node is not installed")
    scripts = [
        THEME / WORKERS / theme_worker([str(THEME)]),  # lunr itself, as the theme's worker carries it
        LUNR / "lunr.stemmer.support.min.js",
        LUNR / "lunr.es.min.js",
    ]
    index = {
        "config": {"lang": [lang], "separator": separator(SKIP_WORDS)},
        "docs": [{"location": "a/", "title": "A", "text": text}],
    }
    args = [str(QUERY_SOURCE), [str(path) for path in scripts], index, typed]
    code = "const ARGS = " + json.dumps(args) + ";\n" + _RUN
    result = subprocess.run(["node", "-e", code], capture_output=True, text=True, check=True, timeout=60)
    found = json.loads(result.stdout.strip().splitlines()[-1])
    return {word: (rewritten, stem) for word, (rewritten, stem) in zip(typed, found, strict=True)}


TEXT = "pregunta preguntas estrés estres nunca culpa ignora"


def test_a_spanish_word_is_searched_whole_as_its_stem_and_a_skip_word_is_not() -> None:
    read = read_typed("es", TEXT, ["nunca", "ignorando", "dice"])
    assert read["nunca"][1] == "nunc", "lunr's stem, the form the index holds"
    assert read["ignorando"][1] == "ignor"
    assert read["dice"][1] is None, "a skip word stays a skip word (its stem, 'dic', would be searched)"


def test_a_guess_with_the_typed_words_own_stem_is_left_out() -> None:
    read = read_typed("es", TEXT, ["pregunto", "preguntaba"])
    # "pregunto" starts no word of the guide, but "pregunta" (one letter away) has its stem: searching it
    # too would only count the reader's word twice.
    assert read["pregunto"][0] == "pregunto"
    assert read["preguntaba"][0] == "preguntaba"


def test_a_mistyped_spanish_word_is_read_by_the_nearest_stem() -> None:
    read = read_typed("es", TEXT, ["estersado", "ignroa"])
    # No word of the guide is within two letters of "estersado"; its stem "esters" is one swap from "estres".
    assert read["estersado"][0].split()[0] == "estersado"
    assert set(read["estersado"][0].split()[1:]) & {"estrés", "estres"}
    assert read["ignroa"][0] == "ignroa ignora", "a word one swap away is still found the usual way"


def test_english_has_no_stems() -> None:
    read = read_typed("en", "asked asking lonely", ["nunca", "askd"])
    assert read["nunca"][1] is None
    # English reads a short typo by the thumb's slip that made it (test_search_english_guesses.py), never by a stem.
    assert read["askd"] == ("askd asked", None)
