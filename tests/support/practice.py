"""A practice's own guide: the example practice (tests/fixtures/practice/: settings, logo, card logo,
favicon and its own pages) poured into a copy of the project as a practice would, built once per session
(conftest.py: `branded`, `sub_path_url`); and a practice that asks for discretion (conftest.py:
`discreet`)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import yaml

from support.project import copy_project

FIXTURE = Path(__file__).parents[1] / "fixtures" / "practice"
SETTINGS: dict[str, Any] = yaml.safe_load((FIXTURE / "practice.yml").read_text(encoding="utf-8"))

# Where the practice hosts the guide on its own site: a sub-path, not the root.
BASE = "/resources/guide/"


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
    # its own pages: "About our practice" in both languages, "Fees and insurance" in English only
    shutil.copytree(FIXTURE / "pages", project / "branding" / "pages", dirs_exist_ok=True)
    return project


DISCREET_NAME = "Riverside Counselling"


def discreet_project(target: Path) -> Path:
    """A copy of the project whose practice asks for discretion everywhere: previews of shared links
    show only its name and a neutral line (previews.discreet), and moving around the guide leaves no
    page in the browser's history (quick_exit.discreet_history)."""
    project = copy_project(target)
    path = project / "data" / "practice.yml"
    practice = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    practice["name"] = DISCREET_NAME
    practice["previews"] = {"discreet": True}
    practice.setdefault("quick_exit", {})["discreet_history"] = True
    path.write_text(yaml.safe_dump(practice, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return project
