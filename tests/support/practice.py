"""The example practice (tests/fixtures/practice/) poured into a copy of the project, as a practice would."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import yaml

from support.project import copy_project

FIXTURE = Path(__file__).parents[1] / "fixtures" / "practice"
SETTINGS: dict[str, Any] = yaml.safe_load((FIXTURE / "practice.yml").read_text(encoding="utf-8"))


def practice_project(target: Path, settings: dict[str, Any] | None = None) -> Path:
    """A copy of the project with the example practice's settings (or `settings`), logo and favicon."""
    project = copy_project(target)
    if settings is None:
        shutil.copy(FIXTURE / "practice.yml", project / "data" / "practice.yml")
    else:
        # JSON is YAML, and never writes anchors (which the guide refuses)
        (project / "data" / "practice.yml").write_text(json.dumps(settings), encoding="utf-8")
    (project / "branding").mkdir(exist_ok=True)
    for name in ("logo.svg", "logo.png", "favicon.png"):
        shutil.copy(FIXTURE / name, project / "branding" / name)
    return project
