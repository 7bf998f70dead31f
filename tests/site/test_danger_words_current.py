"""data/danger-words.yml (the learned danger words) is what bench/danger_words.py learns from the query sets
now: a query set changed without running it again fails here. (Learning takes seconds, so it is not in the
unit tier.)"""

from __future__ import annotations

import importlib.util
import sys

import pytest

from seen.content.loading import load_search_words
from support.project import ROOT

FOLDERS = {"en": ROOT / "data", "es": ROOT / "data" / "es"}


@pytest.mark.parametrize("language", FOLDERS)
def test_the_shipped_weights_are_what_the_query_sets_teach(language: str) -> None:
    """data/danger-words.yml is current: learning again from tests/queries/ gives the same weights
    (run bench/danger_words.py --write after changing a query set)."""
    spec = importlib.util.spec_from_file_location("danger_words", ROOT / "bench" / "danger_words.py")
    bench = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = bench  # its dataclass looks itself up there
    spec.loader.exec_module(bench)
    weights, bias = bench.learn(bench.examples(language), language=language)  # the shipped setting (bench.SHIPPED)
    learned = load_search_words(FOLDERS[language]).danger.learned
    assert learned.weights == weights, "run .venv/bin/python bench/danger_words.py --write"
    assert (learned.bias, learned.cut) == (bias, bench.SHIPPED.cut_for(language))
