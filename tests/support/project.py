"""The project on disk, its builds and its built sites: what every tier of tests reads."""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parents[2]
PROJECT_PARTS = ("mkdocs.yml", "docs", "data", "hooks", "overrides")


@dataclass(frozen=True)
class BuildResult:
    returncode: int
    output: str
    site: Path


@dataclass(frozen=True)
class Site:
    """A built site on disk, read as a reader's browser would get it."""

    root: Path

    def path_for(self, url: str) -> Path:
        """The file served for a site-relative URL such as /signs/ or /signs/x/."""
        path = self.root / url.lstrip("/")
        return path / "index.html" if url.endswith("/") or path.is_dir() else path

    def page(self, url: str) -> BeautifulSoup:
        """The page parsed, once per session for each version of its file (read it, do not change it)."""
        path = self.path_for(url)
        stat = path.stat()
        return _parsed(str(path), stat.st_mtime_ns, stat.st_size)

    def html_pages(self) -> list[str]:
        """Every built HTML page, as a site-relative URL, found from the build itself.

        Not the pages at old addresses (an entry's aliases): they only send the reader on, at once,
        and tests/test_share_browser.py checks them."""
        urls = []
        for path in sorted(self.root.rglob("*.html")):
            if '<meta http-equiv="refresh"' in path.read_text(encoding="utf-8"):
                continue
            rel = path.relative_to(self.root).as_posix()
            urls.append("/" + (rel[: -len("index.html")] if rel.endswith("index.html") else rel))
        return urls


@functools.cache
def _parsed(path: str, mtime_ns: int, size: int) -> BeautifulSoup:
    """A built page parsed (about a megabyte each in memory; a few hundred pages per session)."""
    return BeautifulSoup(Path(path).read_text(encoding="utf-8"), "html.parser")


def edition_prefix(url: str) -> str:
    """ "/es" for a page of the Spanish edition, "" for the English one at the site's root."""
    return "/es" if url.startswith("/es/") else ""


def ui_for(url: str) -> dict:
    """The labels (data/ui.yml or data/es/ui.yml) of the language `url` is in."""
    folder = ROOT / "data" / ("es" if edition_prefix(url) else "")
    return yaml.safe_load((folder / "ui.yml").read_text(encoding="utf-8"))


def copy_project(target: Path) -> Path:
    """A working copy of the project (no site/, no caches) in `target`."""
    target.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target / part)
    return target


# A build that takes longer than this has hung; a machine busy with other work may raise it.
BUILD_TIMEOUT = int(os.environ.get("SEEN_BUILD_TIMEOUT", "300"))


def run_build(project: Path, site_dir: Path | None = None, *extra: str) -> BuildResult:
    """`mkdocs build --strict` in a project folder, as a practice would run it."""
    site = site_dir or project / "site"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONDONTWRITEBYTECODE": "1"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "-f",
            str(project / "mkdocs.yml"),
            "-d",
            str(site),
            *extra,
        ],
        cwd=project,
        capture_output=True,
        text=True,
        env=env,
        timeout=BUILD_TIMEOUT,
    )
    return BuildResult(result.returncode, result.stdout + result.stderr, site)


KINDS = ("signs", "effects", "steps")


def raw(kind: str) -> list[dict]:
    """The data files read plainly, independent of the code under test."""
    return yaml.safe_load((ROOT / "data" / f"{kind}.yml").read_text(encoding="utf-8"))


def heading_text(tag) -> str:
    return tag.get_text(" ", strip=True).removesuffix("¶").strip()
