"""Repairs to markup that mkdocs-material writes where no block or partial can reach it, and the
rule every rewrite of the theme's output follows: a rewrite that finds nothing to rewrite raises
ThemeMarkupChanged, naming the rewrite and the installed theme version, so a theme update can never
make one silently stop working.

base.html puts `autocomplete="off"` on its two toggle checkboxes, outside any block; HTML allows
`autocomplete` only on text-like inputs, so the Nu checker rejects every page. Copying base.html
to fix one attribute would fork the theme, so the finished page is mended here instead.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.metadata import PackageNotFoundError, version

_REPAIRS = {
    '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">': '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer">',
    '<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" autocomplete="off">': '<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search">',
}
_GENERATOR = re.compile(r'<meta name="generator" content="[^"]*">\s*')


@cache
def theme_version() -> str:
    """The installed mkdocs-material's version, for messages."""
    try:
        return version("mkdocs-material")
    except PackageNotFoundError:
        return "(not installed)"


class ThemeMarkupChanged(ValueError):
    """A rewrite of the theme's output found nothing to rewrite: the theme changed."""

    def __init__(self, rewrite: str, expected: str) -> None:
        super().__init__(
            f"{rewrite}: expected {expected} as mkdocs-material {theme_version()} writes it, found none; "
            "review this rewrite against the theme's new markup"
        )


def repair_theme_markup(html: str) -> str:
    """Remove the theme's invalid attributes, and its generator tag: it names the exact software
    versions, and no reader needs it. Raises ThemeMarkupChanged if any of them is not found."""
    for broken, fixed in _REPAIRS.items():
        if broken not in html:
            raise ThemeMarkupChanged(
                "seen.finish.theme_fixes.repair_theme_markup", f"the toggle {broken[broken.index('id=') : -1]}"
            )
        html = html.replace(broken, fixed)
    html, found = _GENERATOR.subn("", html, count=1)
    if not found:
        raise ThemeMarkupChanged("seen.finish.theme_fixes.repair_theme_markup", 'a <meta name="generator"> tag')
    return html
