"""The README speaks to a practice first and to maintainers after, with one command each: the
practice's sets up and serves the guide, the maintainers' sets up and passes every check, and CI
runs that one verbatim."""

from __future__ import annotations

import re

from support.project import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def sections() -> list[str]:
    """The README's top-level section titles, in order."""
    return re.findall(r"^## (.+)$", README, flags=re.MULTILINE)


def commands(title: str) -> list[str]:
    section = README.split(f"\n## {title}\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_a_practice_comes_first_and_maintainers_after() -> None:
    titles = sections()
    assert titles.index("For a practice") < titles.index("For maintainers")
    assert titles[0] == "For a practice"


def test_each_part_has_one_command_serve_and_test() -> None:
    assert len(re.findall(r"```sh\n", README)) == 2, "two commands in the whole README"
    (serve,) = commands("For a practice")
    (test,) = commands("For maintainers")
    assert serve.startswith("python3 -m venv .venv && ") and serve.endswith(".venv/bin/mkdocs serve")
    assert test.startswith("python3 -m venv .venv && ") and test.endswith("-m pytest")


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    (test,) = commands("For maintainers")
    assert ci[-1] == test


def test_the_readme_names_nothing_outside_the_repository() -> None:
    for address in re.findall(r"https?://[^\s)>`]+", README):
        assert re.match(r"https?://(127\.0\.0\.1|localhost|example\.com|(\w+\.)*example\.(com|org))\b", address), (
            f"README.md: {address} is outside the repository (examples use example.com)"
        )
    for path in re.findall(r"(?<![\w.])/(?:work|home|tmp|usr|etc|opt)/\S+", README):
        raise AssertionError(f"README.md: {path} is a path outside the repository")
    for link in re.findall(r"\]\(([^)#]+)\)", README):
        assert (ROOT / link).exists(), f"README.md: the link {link} names no file in the repository"
