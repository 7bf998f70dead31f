"""Each mistake a practice is likely to make stops the build before anything is written, with one
clear line.

The cases are files in tests/bad_data/: which file to change in a copy of the project (a data file,
a prose page or mkdocs.yml), how, and the exact message that must come out. Every case is checked
in-process through the build's early checks (fast); two also go through a real `mkdocs build`, over
a previous site that must come out byte for byte as it was.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from support.project import run_build
from support.project_check import apply_change, leftovers, previous_site, tree_digest

END_TO_END = ("practice-unknown-field", "front-matter-keywords-not-a-list")


def load_case(case_file: Path) -> dict:
    return yaml.safe_load(case_file.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", END_TO_END)
def test_a_real_build_stops_with_one_line_and_leaves_the_previous_site(name: str, project_copy: Path) -> None:
    case = load_case(Path(__file__).parents[1] / "bad_data" / f"{name}.yml")
    apply_change(project_copy, case)
    site = project_copy / "site"
    before = previous_site(site)

    result = run_build(project_copy, site)

    assert result.returncode != 0
    assert "Traceback" not in result.output
    errors = [line for line in result.output.splitlines() if line.startswith("ERROR")]
    assert len(errors) == 1, result.output
    assert errors[0].split("-  ", 1)[1] == case["message"]
    assert tree_digest(site) == before, "the previous site/ must be left as it was"
    assert leftovers(site) == []
    # It stopped at the early checks (on_config), before MkDocs cleans or writes a site folder: MkDocs
    # logs these lines only after them. (A clock said the same more loosely, and failed on a busy machine.)
    assert "Cleaning site directory" not in result.output
    assert "Building documentation to directory" not in result.output
