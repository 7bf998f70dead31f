"""The swap that publishes a build (seen.finish.staging), without a build: a new site replaces the
previous one whole, a discarded one leaves it as it was, leftovers of killed builds are removed, and
strict warnings are counted from MkDocs' own counter. Real builds: tests/site/test_atomic.py."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from seen.finish.staging import Staging, remove_leftovers, strict_warnings
from support.project_check import leftovers, previous_site, tree_digest


def test_publish_replaces_the_previous_site_whole(tmp_path: Path) -> None:
    site = tmp_path / "site"
    previous_site(site)
    staging = Staging.begin(site)
    (staging.folder / "index.html").write_text("new", encoding="utf-8")
    staging.publish()
    assert sorted(p.name for p in site.iterdir()) == ["index.html"]
    assert (site / "index.html").read_text(encoding="utf-8") == "new"
    assert leftovers(site) == []


def test_publish_works_when_there_is_no_previous_site(tmp_path: Path) -> None:
    site = tmp_path / "deeper" / "site"
    staging = Staging.begin(site)
    (staging.folder / "index.html").write_text("first", encoding="utf-8")
    staging.publish()
    assert (site / "index.html").read_text(encoding="utf-8") == "first"
    assert leftovers(site) == []


def test_discard_leaves_the_previous_site_and_no_staging(tmp_path: Path) -> None:
    site = tmp_path / "site"
    before = previous_site(site)
    staging = Staging.begin(site)
    (staging.folder / "half").mkdir()
    (staging.folder / "half" / "written.html").write_text("half", encoding="utf-8")
    staging.discard()
    assert tree_digest(site) == before
    assert leftovers(site) == []


def test_a_site_set_aside_by_an_interrupted_swap_comes_back(tmp_path: Path) -> None:
    site = tmp_path / "site"
    before = previous_site(site)
    staging = Staging.begin(site)
    os.rename(site, staging.aside)  # interrupted between the two renames
    staging.discard()
    assert tree_digest(site) == before
    assert leftovers(site) == []


def test_folders_left_by_a_killed_build_are_removed_by_the_next(tmp_path: Path) -> None:
    site = tmp_path / "site"
    before = previous_site(site)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    pid = int(dead.stdout)
    (tmp_path / f".site.building-{pid}" / "x").mkdir(parents=True)
    (tmp_path / ".other.building-1").mkdir()  # another site's: not ours to remove
    removed = remove_leftovers(site)
    assert [p.name for p in removed] == [f".site.building-{pid}"]
    assert tree_digest(site) == before
    assert (tmp_path / ".other.building-1").is_dir()


def test_strict_warnings_are_counted_from_mkdocs_own_counter() -> None:
    import logging

    from mkdocs.utils import CountHandler

    counter = CountHandler()
    counter.setLevel(logging.WARNING)
    logger = logging.getLogger("mkdocs")
    logger.addHandler(counter)
    try:
        assert strict_warnings() == 0
        logging.getLogger("mkdocs.plugins.test").warning("a broken link")
        assert strict_warnings() == 1
    finally:
        logger.removeHandler(counter)
