"""A practice's own guide: the fixture settings, logo and favicon (tests/fixtures/practice) in a
copy of the project, built once per session (conftest.py: `branded`, `sub_path_url`)."""

from __future__ import annotations

import shutil
from pathlib import Path

from support.project import copy_project

FIXTURE = Path(__file__).parents[1] / "fixtures" / "practice"
# Where the practice hosts the guide on its own site: a sub-path, not the root.
BASE = "/resources/guide/"


def practice_project(target: Path) -> Path:
    project = copy_project(target)
    shutil.copy(FIXTURE / "practice.yml", project / "data" / "practice.yml")
    (project / "branding").mkdir()
    for name in ("logo.svg", "favicon.png"):
        shutil.copy(FIXTURE / name, project / "branding" / name)
    return project
