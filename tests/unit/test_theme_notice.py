"""The README's commands keep the theme's end-of-life notice (which reads like an error) quiet."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from support.project import ROOT

# Imports the theme as `mkdocs` does (the notice is printed once, when the theme loads).
LOAD_THEME = "import sys; sys.argv[0] = 'mkdocs'; import material.templates"


def _theme_output(**env: str) -> str:
    clean = {name: value for name, value in os.environ.items() if "MKDOCS_2_WARNING" not in name}
    result = subprocess.run(
        [sys.executable, "-c", LOAD_THEME], env=clean | env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return result.stdout + result.stderr


def test_the_setting_the_readme_uses_silences_the_notice() -> None:
    assert "end of life" in _theme_output()  # the theme prints it when nothing is set
    assert _theme_output(NO_MKDOCS_2_WARNING="1") == ""


def test_every_mkdocs_command_in_the_readme_sets_it() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    # a command: `.venv/bin/mkdocs ...`, or `mkdocs ...` after `&&` (prose names `mkdocs build` alone)
    commands = re.findall(
        r"(\S*) (?:\.venv/bin/mkdocs|(?<=&& )mkdocs|(?<=WARNING=1 )mkdocs) (?:serve|build|gh-deploy)", text
    )
    assert len(commands) >= 5
    assert all(before.lstrip("`") == "NO_MKDOCS_2_WARNING=1" for before in commands), commands
