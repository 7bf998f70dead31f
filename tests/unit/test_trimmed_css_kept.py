"""The theme's trimmed style sheets of a site exactly like an earlier build's are taken from the cache
(seen.finish.unused_css): no reading for class names again; any changed page, script or sheet trims anew."""

from __future__ import annotations

from pathlib import Path

import pytest

import seen.finish.unused_css as unused_css
from seen.finish.unused_css import trim_theme_css

SHEET = ".md-used{color:red}.md-unused{color:blue}.md-typeset p{margin:0}"


def _site(folder: Path, page_class: str) -> Path:
    (folder / "assets" / "stylesheets").mkdir(parents=True)
    (folder / "assets" / "stylesheets" / "main.abc.min.css").write_text(SHEET, encoding="utf-8")
    (folder / "assets" / "seen.js").write_text("document.body.dataset.x = 1;", encoding="utf-8")
    (folder / "index.html").write_text(f'<p class="{page_class} md-typeset">x</p>', encoding="utf-8")
    return folder


def _trimmed(site: Path) -> str:
    return (site / "assets" / "stylesheets" / "main.abc.min.css").read_text(encoding="utf-8")


def test_an_unchanged_site_takes_its_trimmed_sheets_from_the_cache_and_a_changed_one_trims_anew(
    tmp_path: Path, monkeypatch
) -> None:
    cache = tmp_path / "cache"
    first = _site(tmp_path / "one", "md-used")
    trim_theme_css(first, cache)
    assert ".md-used" in _trimmed(first) and ".md-unused" not in _trimmed(first)

    same = _site(tmp_path / "two", "md-used")
    monkeypatch.setattr(unused_css, "used_names", lambda **kw: pytest.fail("a kept site was read for class names"))
    sizes = trim_theme_css(same, cache)
    assert _trimmed(same) == _trimmed(first)
    assert sizes == {same / "assets" / "stylesheets" / "main.abc.min.css": (len(SHEET), len(_trimmed(first)))}
    monkeypatch.undo()

    changed = _site(tmp_path / "three", "md-unused")  # another page: its classes decide again
    trim_theme_css(changed, cache)
    assert ".md-unused" in _trimmed(changed) and ".md-used" not in _trimmed(changed)


def test_without_a_cache_nothing_is_kept(tmp_path: Path) -> None:
    site = _site(tmp_path / "one", "md-used")
    trim_theme_css(site, None)
    assert ".md-unused" not in _trimmed(site)
    assert not (tmp_path / "cache").exists()
