"""A failed build leaves the previous site byte for byte as it was, with no staging folder behind;
a build that succeeds replaces it whole (seen.finish.staging)."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from support import prebuild
from support.project import ROOT, BuildResult, copy_project, run_build
from support.project_check import leftovers, previous_site, tree_digest

# --- the swap itself, no build --------------------------------------------------------------------


# --- real builds --------------------------------------------------------------------------------


def add_hook(project: Path, code: str) -> None:
    (project / "hooks" / "extra_hook.py").write_text(code, encoding="utf-8")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(
        text.replace("  - hooks/main.py\n", "  - hooks/main.py\n  - hooks/extra_hook.py\n"), encoding="utf-8"
    )


def bad_front_matter(project: Path) -> None:
    page = project / "docs" / "about.md"
    page.write_text(page.read_text(encoding="utf-8").replace("keywords:\n", "keywords: 5\nx:\n", 1), encoding="utf-8")


def bad_data(project: Path) -> None:
    path = project / "data" / "signs.yml"
    text, changed = re.subn(
        r"reviewed: \d{4}-\d{2}-\d{2}", "reviewed: 9999-12-31", path.read_text(encoding="utf-8"), count=1
    )
    assert changed == 1, "signs.yml has no review date to break"
    path.write_text(text, encoding="utf-8")


def broken_link(project: Path) -> None:
    # A strict-mode warning: MkDocs aborts only after every page, and on_post_build, ran.
    page = project / "docs" / "es" / "about.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n[Otra página](no-existe.md)\n", encoding="utf-8")


def missing_template(project: Path) -> None:
    (project / "overrides" / "check-in.html").unlink()


def exception_in_a_hook(project: Path) -> None:
    add_hook(project, "def on_post_build(config):\n    raise RuntimeError('a plugin failed at the very end')\n")


# Each mistake, and what the build's output says about it (so the test fails for the right reason).
FAILURES = {
    "bad data": (bad_data, "9999-12-31"),
    "bad front matter": (bad_front_matter, "docs/about.md: front matter"),
    "a broken link (strict warning)": (broken_link, "no-existe.md"),
    "a missing template": (missing_template, "check-in.html"),
    "an exception in a hook": (exception_in_a_hook, "a plugin failed at the very end"),
}


def _failed_build(make_mistake):
    """A copy of the project over an earlier site, the mistake made, built: the build's result, and
    the earlier site's digest before and after, and what the build left beside it."""

    def build(folder: Path) -> tuple[BuildResult, dict[str, str], dict[str, str], list[str]]:
        project = copy_project(folder / "project")
        site = project / "site"
        before = previous_site(site)
        make_mistake(project)
        result = run_build(project, site)
        return result, before, tree_digest(site), leftovers(site)

    return build


# Each failed build runs in the background (support/prebuild.py), before the test reads it.
for _name, (_mistake, _said) in FAILURES.items():
    prebuild.recipe(f"failed build: {_name}", _failed_build(_mistake), fixture="failed_build")


@pytest.fixture(params=list(FAILURES))
def failed_build(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    return request.param, prebuild.result(f"failed build: {request.param}", tmp_path_factory)


def test_a_failed_build_leaves_the_previous_site_byte_for_byte(failed_build) -> None:
    name, (result, before, after, left) = failed_build
    assert result.returncode != 0, result.output
    assert FAILURES[name][1] in result.output
    assert after == before, result.output
    assert left == []


def test_ctrl_c_leaves_the_previous_site_byte_for_byte(project_copy: Path) -> None:
    site = project_copy / "site"
    before = previous_site(site)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONDONTWRITEBYTECODE": "1"}
    build = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site)],
        cwd=project_copy,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        # A shell without job control starts background jobs with Ctrl-C ignored, and a child
        # inherits that: give the build the default handler, as a terminal would.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    # Wait until the build writes into its staging folder, then press Ctrl-C.
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not any(
        (p / "assets").exists() for p in project_copy.glob(".site.building-*")
    ):
        time.sleep(0.05)
    assert build.poll() is None, "the build ended before it could be interrupted"
    build.send_signal(signal.SIGINT)
    output = build.communicate(timeout=120)[0].decode("utf-8", "replace")
    assert build.returncode != 0, output
    assert tree_digest(site) == before, output
    assert leftovers(site) == []


def _successful_build(folder: Path) -> BuildResult:
    project = copy_project(folder / "project")
    site = project / "site"
    previous_site(site)
    (project / f".site.building-{2**22 + 7}").mkdir()  # left by a build that was killed (no such process)
    return run_build(project, site)


prebuild.recipe("successful_build", _successful_build)  # in the background (support/prebuild.py)


@pytest.fixture()
def successful_build(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    return prebuild.result("successful_build", tmp_path_factory)


def test_a_successful_build_replaces_the_site_and_leaves_no_staging(successful_build: BuildResult) -> None:
    result, site = successful_build, successful_build.site
    assert result.returncode == 0, result.output
    assert (site / "index.html").read_text(encoding="utf-8").startswith("<!doctype html>")
    assert not (site / "signs" / "silent-treatment" / "index.html").read_text(encoding="utf-8").startswith("a sign")
    assert not (site / "assets" / "practice" / "logo.png").exists(), "nothing of the previous site is left"
    assert (site / "es" / "index.html").is_file()
    assert leftovers(site) == []


def _failed_offline_build(
    folder: Path,
) -> tuple[subprocess.CompletedProcess, dict[str, str], dict[str, str], list[str]]:
    """The offline edition built over an earlier one with a broken link: the build, and the earlier
    site's digest before and after, and what the build left beside it."""
    project = copy_project(folder / "project")
    shutil.copy(ROOT / "mkdocs-offline.yml", project)
    site = project / "site-offline"  # its own site_dir, from mkdocs-offline.yml (no -d)
    before = previous_site(site)
    broken_link(project)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONDONTWRITEBYTECODE": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", "mkdocs-offline.yml"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return result, before, tree_digest(site), leftovers(site)


prebuild.recipe("failed_offline_build", _failed_offline_build)  # in the background (support/prebuild.py)


@pytest.fixture()
def failed_offline_build(tmp_path_factory: pytest.TempPathFactory):
    return prebuild.result("failed_offline_build", tmp_path_factory)


def test_the_offline_edition_is_atomic_too(failed_offline_build) -> None:
    result, before, after, left = failed_offline_build
    assert result.returncode != 0, result.stdout + result.stderr
    assert "no-existe.md" in result.stdout + result.stderr
    assert after == before
    assert left == []
