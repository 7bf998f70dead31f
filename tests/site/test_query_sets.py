"""The query sets in tests/queries/ name pages the built site has. How well search finds them, in the
real search box: tests/browser/test_search_browser.py."""

from __future__ import annotations

import pytest

from support.project import Site
from support.query_sets import LANGUAGES, ranking_path
from support.search_box import load_cases

PREFIX = {"en": "", "es": "es/"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_tuning_case_expects_a_page_that_exists(site: Site, language: str) -> None:
    pages = set(site.html_pages())
    cases = load_cases(ranking_path("tuning", language))
    assert len(cases) >= {"en": 100, "es": 60}[language]
    assert not [case.expect for case in cases if "/" + PREFIX[language] + case.expect[1:] not in pages]
