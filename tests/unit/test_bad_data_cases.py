"""Each mistake a practice is likely to make is refused with one clear line, checked in-process
through the build's early checks (the loader, as `mkdocs build` runs it at on_config), fast.

The cases are files in tests/bad_data/: which file to change in a copy of the project (a data file,
a prose page or mkdocs.yml), how, and the exact message that must come out. Two of them also go
through a real `mkdocs build`: tests/site/test_bad_data.py.
"""

from __future__ import annotations

import datetime
import time
from pathlib import Path

import pytest
import yaml

from seen.content.rules import REVIEW_MAX_AGE_YEARS
from support.project_check import apply_change, case_path, check_project, data_copy

CASES = sorted((Path(__file__).parents[1] / "bad_data").glob("*.yml"))

END_TO_END = ("practice-unknown-field", "front-matter-keywords-not-a-list")


def load_case(case_file: Path) -> dict:
    return yaml.safe_load(case_file.read_text(encoding="utf-8"))


def expected_message(message: str, today: datetime.date, line: int | None = None) -> str:
    """A case's message with what moves filled in: {today}, and {five_years_ago} (the earliest review date the
    loader accepts), so the cases pass on any day; and {line}, the line where the text the case replaces stands,
    so a case on a page does not break when the page gains a line above it."""
    try:
        earliest = today.replace(year=today.year - REVIEW_MAX_AGE_YEARS)
    except ValueError:  # 29 February
        earliest = today.replace(year=today.year - REVIEW_MAX_AGE_YEARS, day=28)
    filled = message.replace("{today}", today.isoformat()).replace("{five_years_ago}", earliest.isoformat())
    return filled if line is None else filled.replace("{line}", str(line))


def replaced_line(project: Path, case: dict) -> int | None:
    """The 1-based line of the untouched file where the case's replaced text starts (None without one)."""
    old = (case["change"].get("replace") or {}).get("old") if isinstance(case["change"], dict) else None
    if not old or "{line}" not in case["message"]:
        return None
    text = case_path(project, case["file"]).read_text(encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1 if old in text else None


@pytest.mark.parametrize("case_file", CASES, ids=[case.stem for case in CASES])
def test_bad_data_is_one_clear_line(case_file: Path, tmp_path: Path) -> None:
    case = load_case(case_file)
    project = data_copy(tmp_path / "project")
    replaced_at = replaced_line(project, case)
    apply_change(project, case)
    started = time.monotonic()
    today = datetime.date.today()
    checked = check_project(project)
    assert time.monotonic() - started < 10
    assert checked.error is not None, f"{case_file.name}: the project was accepted"
    first, *rest = checked.error.splitlines()
    assert first == expected_message(case["message"], today, replaced_at)
    assert all(line.startswith("    ") for line in rest), "after the line, only the quoted line and its pointer"
    assert "Traceback" not in checked.error and "found found" not in first and "token" not in first


def test_every_case_names_a_file_a_change_and_a_message() -> None:
    assert len(CASES) >= 14
    for case_file in CASES:
        case = load_case(case_file)
        assert {"about", "file", "change", "message"} <= set(case) <= {"about", "file", "change", "message", "also"}, (
            case_file.name
        )
        assert case["message"].startswith(("data/", "docs/", "mkdocs.yml")), case_file.name
        assert "\n" not in case["message"], case_file.name
    assert all(name in {case.stem for case in CASES} for name in END_TO_END)
