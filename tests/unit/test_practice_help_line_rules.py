"""A practice adds its own local help lines above the guide's checked ones, per language, or
replaces them all; an edition the practice wrote no lines for shows the guide's lines in its own
language, never another language's words."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from seen.content.guide import load_guide
from seen.content.loading import load_help_lines
from support.project import ROOT

CITY = {
    "region": "Harbour Town",
    "name": "Harbour Town crisis line",
    "topic": "crisis",
    "calls": [{"label": "Call 555 0100", "number": "5550100"}],
    "hours": "24/7",
}
CIUDAD = {
    **CITY,
    "name": "Línea de crisis de Harbour Town",
    "calls": [{"label": "Llama al 555 0199", "number": "5550199"}],
    "hours": "Las 24 horas",
}
OWN = {"emergency": [{"region": "UK", "number": "999"}], "lines": [{**CITY, "region": "UK", "name": "Our only line"}]}


def _guide(tmp_path: Path, settings: dict[str, Any], language: str) -> Any:
    data = tmp_path / "data"
    if not data.exists():
        shutil.copytree(ROOT / "data", data)
        (data / "practice.yml").write_text(json.dumps(settings), encoding="utf-8")  # JSON is YAML
    other = data / language if language != "en" else None
    return load_guide(data, language=language, language_dir=other, language_label=f"data/{language}")


ENGLISH = load_help_lines(ROOT / "data")
SPANISH = load_help_lines(ROOT / "data" / "es")


def _names(guide: Any) -> list[str]:
    return [line.name for line in guide.help.lines]


def test_local_lines_come_first_above_the_checked_ones(tmp_path: Path) -> None:
    guide = _guide(tmp_path, {"local_help_lines": [CITY]}, "en")
    assert _names(guide) == [CITY["name"], *(line.name for line in ENGLISH.lines)]
    assert guide.help.emergency == ENGLISH.emergency
    assert [line.name for line in guide.help.crisis_lines()][0] == CITY["name"]


def test_each_language_has_its_own_local_lines(tmp_path: Path) -> None:
    settings = {"local_help_lines": [CITY], "by_language": {"es": {"local_help_lines": [CIUDAD]}}}
    spanish = _guide(tmp_path, settings, "es")
    assert _names(spanish) == [CIUDAD["name"], *(line.name for line in SPANISH.lines)]
    assert spanish.help.emergency == SPANISH.emergency


@pytest.mark.parametrize(
    "settings",
    [{"local_help_lines": [CITY]}, {"help_lines": OWN}, {"help_lines": OWN, "local_help_lines": [CITY]}],
    ids=["added", "replaced", "both"],
)
def test_an_edition_without_its_own_lines_shows_the_checked_ones_in_its_language(
    tmp_path: Path, settings: dict[str, Any]
) -> None:
    spanish = _guide(tmp_path, settings, "es")
    assert spanish.help == SPANISH
    assert spanish.local_help is None


def test_replacing_every_line_stays_possible(tmp_path: Path) -> None:
    english = _guide(tmp_path, {"help_lines": OWN}, "en")
    assert _names(english) == ["Our only line"]
    assert [e.number for e in english.help.emergency] == ["999"]
    both = _guide(tmp_path / "both", {"help_lines": OWN, "local_help_lines": [CITY]}, "en")
    assert _names(both) == [CITY["name"], "Our only line"]


def test_the_first_language_owns_the_top_level_lines(tmp_path: Path) -> None:
    """A Spanish-only practice writes its lines in Spanish at the top level."""
    settings = {"languages": ["es"], "local_help_lines": [CIUDAD]}
    spanish = _guide(tmp_path, settings, "es")
    assert _names(spanish) == [CIUDAD["name"], *(line.name for line in SPANISH.lines)]
