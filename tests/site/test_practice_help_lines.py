"""A practice's own local lines show first, above the guide's checked lines, on every page of
their language; a Spanish edition without the practice's Spanish lines shows the guide's Spanish
lines, never English words."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from support import prebuild
from support.practice import SETTINGS, practice_project
from support.project import ROOT, BuildResult, Site, run_build

CITY = {
    "region": "Harbour Town",
    "name": "Harbour Town crisis line",
    "topic": "crisis",
    "calls": [{"label": "Call 555 0100", "number": "5550100"}],
    "hours": "24/7",
}


def _build_added(folder: Path) -> BuildResult:
    settings = copy.deepcopy(SETTINGS)
    del settings["help_lines"], settings["by_language"]["es"]["help_lines"]
    settings["local_help_lines"] = [CITY]
    return run_build(practice_project(folder / "project", settings))


prebuild.recipe("added", _build_added)  # started in the background (support/prebuild.py)


@pytest.fixture(scope="module")
def added(tmp_path_factory: pytest.TempPathFactory) -> Site:
    result = prebuild.result("added", tmp_path_factory)
    assert result.returncode == 0, result.output
    return Site(result.site)


def _calls(page) -> list[str]:
    return [a["href"] for a in page.select(".seen-help__lines a[href^='tel:']")]


@pytest.mark.parametrize("url", ["/check-in/", "/signs/gaslighting/", "/get-help/", "/handout/"])
def test_the_local_line_comes_first_then_every_checked_line(added: Site, url: str) -> None:
    page = added.page(url)
    help_block = page.select_one(".seen-help")
    assert CITY["name"] in help_block.select_one(".seen-help__lines li").get_text(), url
    default = added.page("/signs/gaslighting/")  # the checked lines follow, all of them
    calls = _calls(page)
    assert calls[0] == "tel:5550100"
    checked = (ROOT / "data" / "help-lines.yml").read_text(encoding="utf-8")
    assert all(href.removeprefix("tel:") in checked for href in calls[1:]) and len(calls) > 5
    assert default.select_one(".seen-help__emergency a")["href"] == "tel:911"


def test_the_crisis_pages_name_the_local_line_too(added: Site) -> None:
    text = added.page("/effects/low-mood/").select_one("article").get_text(" ")
    assert CITY["name"] in text


def test_search_help_card_has_the_local_line_in_its_language(added: Site) -> None:
    assert CITY["name"] in (added.root / "search" / "seen-help.js").read_text(encoding="utf-8")
    assert CITY["name"] not in (added.root / "es" / "search" / "seen-help.js").read_text(encoding="utf-8")


@pytest.mark.parametrize("url", ["/es/check-in/", "/es/signs/gaslighting/", "/es/get-help/"])
def test_spanish_pages_fall_back_to_the_checked_spanish_lines(added: Site, url: str) -> None:
    page = added.page(url)
    text = page.select_one(".seen-help").get_text(" ", strip=True)
    assert CITY["name"] not in text and "Call" not in text, url
    assert "Llama al 1-800-799-7233" in text, url
