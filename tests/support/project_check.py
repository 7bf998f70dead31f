"""In-process checks of a project copy, for the bad-data cases and the fuzz tests: what `mkdocs build`
checks at on_config (seen.build.start_build), without building pages. Fast: a few per second."""

from __future__ import annotations

import hashlib
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from support.project import ROOT

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


@dataclass(frozen=True)
class Checked:
    """How a project's check ended: `error` is the one-line message (None when accepted)."""

    error: str | None
    guides: tuple[Any, ...] = ()


def check_project(project: Path, config_file: str = "mkdocs.yml") -> Checked:
    """Run the build's early checks on `project`, as `mkdocs build` would at on_config.

    Returns the message of the PluginError a build would stop with, or the guide of each edition."""
    from mkdocs.config import load_config
    from mkdocs.exceptions import PluginError

    from seen.build import start_build
    from seen.content.guide import load_guide
    from seen.content.icons import Icons, theme_icon_dirs
    from seen.content.languages import editions

    config = load_config(str(project / config_file))
    try:
        build = start_build(config)
    except PluginError as error:
        return Checked(error=str(error))
    icons = Icons(tuple(theme_icon_dirs(config.theme.dirs)))
    guides = tuple(
        load_guide(
            project / "data",
            icons=icons,
            language=edition.language,
            language_dir=edition.data_dir(project),
            language_label=edition.data_label(),
        )
        for edition in editions(build.guide.practice.languages)
    )
    return Checked(error=None, guides=guides)


def case_path(project: Path, name: str) -> Path:
    """Where a bad-data case's `file` is in a project copy: a data file (signs.yml) in data/, or a path from the
    project folder (docs/about.md, mkdocs.yml)."""
    return project / name if name.startswith(("docs/", "mkdocs")) else project / "data" / name


def apply_change(project: Path, case: dict[str, Any]) -> None:
    """Make a bad-data case's mistake in a project copy (its `file` as `case_path` finds it); `also` lists
    changes to make first."""
    for other in case.get("also", []):  # a mistake that spans two files: the other one first
        apply_change(project, other)
    name = case["file"]
    path = case_path(project, name)
    change = case["change"]
    if "delete_file" in change:
        path.unlink()
        return
    if "text" in change:
        text = change["text"] * change.get("repeat", 1)
        path.write_bytes(text.encode(change.get("encoding", "utf-8")))
        return
    if "replace" in change:
        old, new = change["replace"]["old"], change["replace"]["new"]
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{name}: the case expects to find {old!r}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
        return
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))
    if entries is None:  # a file of comments only, like data/practice.yml as shipped
        entries = {}
    target = entries[change["entry"] - 1] if "entry" in change else entries
    if "set" in change:
        target.update(change["set"])
    for field in change.get("delete", []):
        del target[field]
    for old, new in change.get("rename", {}).items():
        target[new] = target.pop(old)
    path.write_text(yaml.safe_dump(entries, allow_unicode=True, sort_keys=False), encoding="utf-8")


def tree_digest(folder: Path) -> dict[str, str]:
    """Every file under `folder` (relative path -> SHA-256), to compare a site byte for byte."""
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def previous_site(site: Path) -> dict[str, str]:
    """A stand-in for an earlier build: several files, nested, one binary; returns its digest."""
    (site / "signs" / "silent-treatment").mkdir(parents=True)
    (site / "assets" / "practice").mkdir(parents=True)
    (site / "index.html").write_text("<!doctype html><title>Previous build</title>", encoding="utf-8")
    (site / "signs" / "index.html").write_text("signs, as published before", encoding="utf-8")
    (site / "signs" / "silent-treatment" / "index.html").write_text("a sign, as published", encoding="utf-8")
    (site / "assets" / "practice" / "logo.png").write_bytes(bytes(range(256)) * 4)
    (site / "sitemap.xml.gz").write_bytes(b"\x1f\x8b" + b"\x00" * 30)
    return tree_digest(site)


def leftovers(site: Path) -> list[str]:
    """Staging folders (or set-aside sites) a build left beside `site`."""
    return sorted(p.name for p in site.parent.iterdir() if p.name.startswith(f".{site.name}."))


def data_copy(target: Path) -> Path:
    """A project copy for in-process checks: its own mkdocs.yml, docs/ and data/ to change."""
    target.mkdir(parents=True, exist_ok=True)
    for part in ("mkdocs.yml", "mkdocs-offline.yml", "docs", "data"):
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part)
        else:
            shutil.copy2(source, target / part)
    for part in ("hooks", "overrides"):  # read, never changed: the real ones
        (target / part).symlink_to(ROOT / part, target_is_directory=True)
    return target
