"""data/page-words.yml (the learned page words) is what bench/page_words.py learns from the query sets now,
and the built site carries it: the weights in each edition's search/seen-pages.js (which only the search
worker loads; search/seen-help.js, which the page waits for before the urgent-help card can show, no longer
carries them) and each page's token in its document of the search index. (Learning takes seconds, so it is
not in the unit tier.)"""

from __future__ import annotations

import gzip
import importlib.util
import json

import pytest

from seen.content.loading import load_search_words
from seen.search.help import PAGES_SCRIPT, SCRIPT, page_words_data
from seen.search.page_words import page_token
from support.project import ROOT, Site

FOLDERS = {"en": ROOT / "data", "es": ROOT / "data" / "es"}
PREFIX = {"en": "", "es": "es/"}


def bench():
    spec = importlib.util.spec_from_file_location("page_words", ROOT / "bench" / "page_words.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("language", FOLDERS)
def test_the_shipped_page_words_are_what_the_query_sets_teach(language: str) -> None:
    """Learning again from tests/queries/ gives the same data (run bench/page_words.py --write after
    changing a query set), within the size budget of the weights in the browser."""
    learned = bench().learn(language)
    shipped = load_search_words(FOLDERS[language]).page_words
    assert shipped is not None and shipped.model_dump() == learned, "run .venv/bin/python bench/page_words.py --write"
    assert bench().gzip_size(learned) <= bench().BUDGET


@pytest.mark.parametrize("language", FOLDERS)
def test_the_edition_ships_the_page_words_and_each_page_its_token(site: Site, language: str) -> None:
    shipped = load_search_words(FOLDERS[language]).page_words
    script = (site.root / PREFIX[language] / PAGES_SCRIPT).read_text(encoding="utf-8")
    assert script.startswith("var SEEN_PAGE_WORDS = ") and script.endswith(";\n") and script.count("\n") == 1
    found = json.loads(script.removeprefix("var SEEN_PAGE_WORDS = ").removesuffix(";\n"))
    assert found == json.loads(json.dumps(page_words_data(shipped)))
    # The budget holds for the file as shipped (the whole file: the weights are all it holds).
    assert len(gzip.compress(script.encode(), 6, mtime=0)) <= bench().BUDGET
    # The page's script (the card and the closest pages) carries none of them.
    help_text = (site.root / PREFIX[language] / SCRIPT).read_text(encoding="utf-8")
    search = json.loads(help_text.split("\n", 1)[0].removeprefix("var SEEN_SEARCH = ").removesuffix(";"))
    assert "page_words" not in search and "SEEN_PAGE_WORDS" not in help_text
    assert not any(token in help_text for token in found["tokens"])
    index = json.loads((site.root / PREFIX[language] / "search" / "search_index.json").read_text(encoding="utf-8"))
    pairs = {doc["location"]: doc.get("pairs", "").split() for doc in index["docs"]}
    for page in shipped.bias:
        assert page_token(page) in pairs[page.removeprefix("/")], page
    every = [token for words in pairs.values() for token in words if token.startswith("qx")]
    assert len(every) == len(set(every)) == len(shipped.bias)  # one token for each page, none for sections
