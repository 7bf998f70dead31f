"""Our copies of the theme's partials cannot drift silently: each was reviewed against one file of
mkdocs-material, and any change to that file in the installed theme fails here, naming the partial."""

from __future__ import annotations

import hashlib
import shutil
from importlib.metadata import version
from pathlib import Path

import material

from seen.pages.templates import THEME_COPIES, THEME_COPIES_REVIEWED, unreviewed_copies
from support.project import ROOT

THEME = Path(material.__file__).parent / "templates"


def test_every_copied_partial_matches_the_theme_file_it_was_reviewed_against() -> None:
    problems = unreviewed_copies(THEME, version=version("mkdocs-material"))
    assert not problems, problems[0]


def test_each_copy_says_which_theme_file_it_copies() -> None:
    for name in THEME_COPIES:
        head = (ROOT / "overrides" / name).read_text(encoding="utf-8")[:200]
        assert f"mkdocs-material 9.x {name}" in head, f"overrides/{name}: its first comment names the theme's file"


def test_a_changed_or_missing_upstream_partial_is_named(tmp_path: Path) -> None:
    for name in THEME_COPIES:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(THEME / name, tmp_path / name)
    assert unreviewed_copies(tmp_path, version="9.9.0") == []
    header = tmp_path / "partials" / "header.html"
    header.write_text(header.read_text(encoding="utf-8") + "\n<!-- upstream change -->\n", encoding="utf-8")
    (tmp_path / "partials" / "search.html").unlink()
    problems = unreviewed_copies(tmp_path, version="9.9.0")
    assert problems == [
        f"overrides/partials/header.html: mkdocs-material's partials/header.html changed since "
        f"{THEME_COPIES_REVIEWED} (installed: 9.9.0); review the upstream diff, carry it into the copy, then update its "
        "hash in seen.pages.templates",
        f"overrides/partials/search.html: mkdocs-material's partials/search.html is gone since "
        f"{THEME_COPIES_REVIEWED} (installed: 9.9.0); review the upstream diff, carry it into the copy, then update its "
        "hash in seen.pages.templates",
    ]
    assert hashlib.sha256(header.read_bytes()).hexdigest() != THEME_COPIES["partials/header.html"]
