"""The README's two commands are the ones that work, and CI runs the test command verbatim."""

from __future__ import annotations

import re

from support.project import ROOT


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Two commands", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_readme_has_exactly_two_commands_serve_and_test() -> None:
    serve, test = readme_commands()
    assert serve.endswith("mkdocs serve")
    assert test.endswith("-m pytest")


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert readme_commands()[1] in ci
    assert ci[-1] == readme_commands()[1]
