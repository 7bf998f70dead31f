"""One escaping rule for templates: ours autoescape (no hand |e, no |safe, no str.format on
labels); the copies of the theme's partials keep the theme's habits and get escaped text."""

from __future__ import annotations

import re

from seen.pages.templates import THEME_COPIES, escapes_html
from support.project import ROOT

OVERRIDES = ROOT / "overrides"
OURS = sorted(
    path
    for path in OVERRIDES.rglob("*")
    if path.suffix in (".html", ".md") and path.relative_to(OVERRIDES).as_posix() not in THEME_COPIES
)


def test_our_html_templates_autoescape_and_the_theme_copies_do_not() -> None:
    rule = escapes_html(OVERRIDES)
    for name in ("main.html", "404.html", "moved.html", "check-in.html", "partials/talk-to-us.html"):
        assert rule(name), name
    for name in (*THEME_COPIES, "base.html", "partials/toc.html", "sitemap.xml", None):
        assert not rule(name), name
    assert all((OVERRIDES / name).is_file() for name in THEME_COPIES)


def test_our_templates_leave_escaping_to_autoescape_and_fill_labels_with_fill() -> None:
    assert len(OURS) > 20
    for path in OURS:
        source = path.read_text(encoding="utf-8")
        where = path.relative_to(ROOT).as_posix()
        assert not re.search(r"\|\s*e\b(?!\w)", source), f"{where}: hand escaping (|e) in an autoescaped template"
        assert not re.search(r"\|\s*safe\b", source), f"{where}: |safe (mark markup as Markup in Python instead)"
        assert ".format(" not in source, f"{where}: a label filled with str.format (use |fill)"
