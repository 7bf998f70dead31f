"""Atomic builds: a build writes into a staging folder beside site_dir, and the staging folder
replaces site_dir only when the whole build succeeded (strict-mode warnings included).

A failed or interrupted build leaves the previous site_dir byte for byte as it was, and removes
its staging folder; a staging folder left by a build that was killed outright is removed by the
next build. The swap is two renames in the same folder (the old site aside, the new one in), then
the old one is deleted.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from mkdocs.utils import CountHandler

# <parent>/.<site name>.building-<process id> and <parent>/.<site name>.previous-<process id>
_LEFTOVER = re.compile(r"^\.(?P<site>.+)\.(?:building|previous)-(?P<pid>\d+)$")


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: leave its folders alone
        return True
    return True


def _remove(path: Path) -> None:
    if path.is_symlink() or path.is_file():
        path.unlink(missing_ok=True)
    elif path.is_dir():
        shutil.rmtree(path, ignore_errors=True)


def remove_leftovers(site_dir: Path) -> list[Path]:
    """Remove staging folders (and set-aside old sites) that earlier builds of `site_dir` left
    behind when they were killed. Folders of a build still running are left alone."""
    parent = site_dir.parent
    if not parent.is_dir():
        return []
    removed = []
    for path in parent.iterdir():
        match = _LEFTOVER.match(path.name)
        if match and match["site"] == site_dir.name and not _alive(int(match["pid"])):
            if path.name.startswith(f".{site_dir.name}.previous-") and not site_dir.exists():
                os.rename(path, site_dir)  # killed in the middle of a swap: put the old site back
                continue
            _remove(path)
            removed.append(path)
    return removed


@dataclass
class Staging:
    """One build's staging folder for `target` (the site_dir the build was asked to write)."""

    target: Path
    folder: Path
    published: bool = False

    @classmethod
    def begin(cls, target: Path) -> Staging:
        target = target.absolute()
        remove_leftovers(target)
        folder = target.parent / f".{target.name}.building-{os.getpid()}"
        _remove(folder)
        folder.mkdir(parents=True)
        return cls(target=target, folder=folder)

    @property
    def aside(self) -> Path:
        return self.target.parent / f".{self.target.name}.previous-{os.getpid()}"

    def publish(self) -> None:
        """Put the staged site in place of the previous one: as close to atomic as renames get."""
        aside = self.aside
        _remove(aside)
        had_previous = self.target.exists() or self.target.is_symlink()
        if had_previous:
            os.rename(self.target, aside)
        try:
            os.rename(self.folder, self.target)
        except BaseException:
            if had_previous and not self.target.exists():
                os.rename(aside, self.target)
            raise
        self.published = True
        if had_previous:
            _remove(aside)

    def discard(self) -> None:
        """A failed build: remove what it wrote; the previous site stays (or comes back) as it was."""
        if not self.published:
            _remove(self.folder)
        aside = self.aside
        if aside.exists() and not self.target.exists():
            os.rename(aside, self.target)
        _remove(aside)


def strict_warnings(logger_name: str = "mkdocs") -> int:
    """Warnings counted so far by MkDocs' strict-mode counter (it aborts the build after
    on_post_build when this is not zero); 0 when the build is not strict."""
    handlers = logging.getLogger(logger_name).handlers
    return sum(sum(handler.counts.values()) for handler in handlers if isinstance(handler, CountHandler))
