"""Preview cards: the right size, small, readable in any practice's colours, and drawn only once."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from support import prebuild
from support.project import BuildResult, copy_project, run_build


def _first_build(folder: Path) -> BuildResult:
    return run_build(copy_project(folder / "project"))


prebuild.recipe("first_build", _first_build)  # started in the background (support/prebuild.py)


@pytest.fixture(scope="module")
def first_build(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    """A copy of the project built once, its card cache filled; the test builds it again."""
    return prebuild.result("first_build", tmp_path_factory)


def cache_state(project: Path) -> dict[str, int]:
    return {path.name: path.stat().st_mtime_ns for path in (project / ".cache" / "cards").glob("*.png")}


def drew(output: str) -> int:
    """Cards drawn by the whole build: each language's edition says how many it drew."""
    return sum(int(count) for count in re.findall(r"drew (\d+) preview cards", output))


def test_a_rebuild_with_nothing_changed_draws_no_card_and_a_changed_title_draws_one(first_build: BuildResult) -> None:
    first = first_build
    assert first.returncode == 0, first.output
    project_copy = first.site.parent
    before = cache_state(project_copy)
    assert drew(first.output) == len(before) >= 32
    for name in before:  # the site gets the cached cards themselves (each language's in its edition)
        cached = project_copy / ".cache" / "cards" / name
        published = [first.site / "assets" / "cards" / name, first.site / "es" / "assets" / "cards" / name]
        assert [path.read_bytes() for path in published if path.exists()] == [cached.read_bytes()]

    again = run_build(project_copy)
    assert again.returncode == 0, again.output
    assert drew(again.output) == 0
    assert cache_state(project_copy) == before, "no card was redrawn or rewritten"

    path = project_copy / "data" / "signs.yml"
    signs = yaml.safe_load(path.read_text(encoding="utf-8"))
    signs[4]["title"] = "A new title for one sign"
    path.write_text(yaml.safe_dump(signs, allow_unicode=True, sort_keys=False), encoding="utf-8")
    changed = run_build(project_copy)
    assert changed.returncode == 0, changed.output
    assert drew(changed.output) == 1
    after = cache_state(project_copy)
    assert len(after) == len(before) + 1 and all(after[name] == mtime for name, mtime in before.items())
