"""Each mistake in data/ stops the build before anything is written, with one clear line.

The cases are files in tests/bad_data/: what to change in a copy of the real data, and the exact
message that must come out.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import ROOT, run_build

CASES = sorted((Path(__file__).parent / "bad_data").glob("*.yml"))


def apply_change(data_dir: Path, case: dict[str, Any]) -> None:
    """Make the case's mistake in a copy of the data."""
    path = data_dir / case["file"]
    change = case["change"]
    if "text" in change:
        path.write_text(change["text"], encoding="utf-8")
        return
    if "replace" in change:
        old, new = change["replace"]["old"], change["replace"]["new"]
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{case['file']}: the case expects to find {old!r}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
        return
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))
    target = entries[change["entry"] - 1] if "entry" in change else entries
    if "set" in change:
        target.update(change["set"])
    for field in change.get("delete", []):
        del target[field]
    for old, new in change.get("rename", {}).items():
        target[new] = target.pop(old)
    path.write_text(yaml.safe_dump(entries, allow_unicode=True, sort_keys=False), encoding="utf-8")


@pytest.mark.parametrize("case_file", CASES, ids=[case.stem for case in CASES])
def test_bad_data_stops_the_build_with_one_clear_line(case_file: Path, project_copy: Path) -> None:
    case = yaml.safe_load(case_file.read_text(encoding="utf-8"))
    apply_change(project_copy / "data", case)
    site = project_copy / "site"
    site.mkdir()
    (site / "index.html").write_text("previous build", encoding="utf-8")

    started = time.monotonic()
    result = run_build(project_copy, site)
    elapsed = time.monotonic() - started

    assert result.returncode != 0
    assert "Traceback" not in result.output
    errors = [line for line in result.output.splitlines() if line.startswith("ERROR")]
    assert len(errors) == 1, result.output
    assert errors[0].split("-  ", 1)[1] == case["message"]
    assert [p.name for p in site.iterdir()] == ["index.html"], "the previous site/ must be left as it was"
    assert (site / "index.html").read_text(encoding="utf-8") == "previous build"
    assert elapsed < 30


def test_every_case_names_a_file_a_change_and_a_message() -> None:
    assert len(CASES) >= 14
    for case_file in CASES:
        case = yaml.safe_load(case_file.read_text(encoding="utf-8"))
        assert set(case) == {"about", "file", "change", "message"}, case_file.name
        assert case["message"].startswith(f"data/{case['file']}: "), case_file.name
