"""`SEEN_RELEASE=1 mkdocs build`, the practice's build of the folder it uploads, stops with one
line while the placeholder address stands, and leaves the previous site/ as it was; the ordinary
build (a preview) builds and warns once."""

from __future__ import annotations

from pathlib import Path

import pytest

from seen.content.reminders import RELEASE_SETTING, release_problem
from support.project import BuildResult, copy_project, run_build


def test_a_release_build_with_the_placeholder_stops_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = copy_project(tmp_path / "project")
    site = project / "site"
    site.mkdir()
    (site / "index.html").write_text("the site uploaded last time", encoding="utf-8")
    monkeypatch.setenv(RELEASE_SETTING, "1")
    result = run_build(project, site)
    assert result.returncode != 0
    errors = [line for line in result.output.splitlines() if line.startswith("ERROR")]
    assert errors == [f"ERROR   -  {release_problem('https://seen.example.org/')}"], result.output
    assert "Traceback" not in result.output
    assert [path.name for path in site.iterdir()] == ["index.html"]
    assert (site / "index.html").read_text(encoding="utf-8") == "the site uploaded last time"
    assert not list(project.glob(".site.building-*"))


def test_an_ordinary_build_with_the_placeholder_warns_once_and_builds(built: BuildResult) -> None:
    assert built.returncode == 0
    said = [line for line in built.output.splitlines() if "seen.example.org" in line]
    assert len(said) == 1 and said[0].startswith("WARNING"), said
