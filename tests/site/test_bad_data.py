"""Each mistake a practice is likely to make stops the build before anything is written, with one
clear line.

The cases are files in tests/bad_data/: which file to change in a copy of the project (a data file,
a prose page or mkdocs.yml), how, and the exact message that must come out. Every case is checked
in-process through the build's early checks (fast); two also go through a real `mkdocs build`, over
a previous site that must come out byte for byte as it was.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import yaml

from support.project import run_build
from support.project_check import apply_change, check_project, data_copy, leftovers, previous_site, tree_digest

CASES = sorted((Path(__file__).parents[1] / "bad_data").glob("*.yml"))
END_TO_END = ("practice-unknown-field", "front-matter-keywords-not-a-list")


def load_case(case_file: Path) -> dict:
    return yaml.safe_load(case_file.read_text(encoding="utf-8"))


@pytest.mark.parametrize("case_file", CASES, ids=[case.stem for case in CASES])
def test_bad_data_is_one_clear_line(case_file: Path, tmp_path: Path) -> None:
    case = load_case(case_file)
    project = data_copy(tmp_path / "project")
    apply_change(project, case)
    started = time.monotonic()
    checked = check_project(project)
    assert time.monotonic() - started < 10
    assert checked.error is not None, f"{case_file.name}: the project was accepted"
    first, *rest = checked.error.splitlines()
    assert first == case["message"]
    assert all(line.startswith("    ") for line in rest), "after the line, only the quoted line and its pointer"
    assert "Traceback" not in checked.error and "found found" not in first and "token" not in first


@pytest.mark.parametrize("name", END_TO_END)
def test_a_real_build_stops_with_one_line_and_leaves_the_previous_site(name: str, project_copy: Path) -> None:
    case = load_case(Path(__file__).parents[1] / "bad_data" / f"{name}.yml")
    apply_change(project_copy, case)
    site = project_copy / "site"
    before = previous_site(site)

    started = time.monotonic()
    result = run_build(project_copy, site)
    elapsed = time.monotonic() - started

    assert result.returncode != 0
    assert "Traceback" not in result.output
    errors = [line for line in result.output.splitlines() if line.startswith("ERROR")]
    assert len(errors) == 1, result.output
    assert errors[0].split("-  ", 1)[1] == case["message"]
    assert tree_digest(site) == before, "the previous site/ must be left as it was"
    assert leftovers(site) == []
    assert elapsed < 10


def test_every_case_names_a_file_a_change_and_a_message() -> None:
    assert len(CASES) >= 14
    for case_file in CASES:
        case = load_case(case_file)
        assert {"about", "file", "change", "message"} <= set(case) <= {"about", "file", "change", "message", "also"}, case_file.name
        assert case["message"].startswith(("data/", "docs/", "mkdocs.yml")), case_file.name
        assert "\n" not in case["message"], case_file.name
    assert all(name in {case.stem for case in CASES} for name in END_TO_END)
