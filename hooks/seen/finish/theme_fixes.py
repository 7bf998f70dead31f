"""Repairs to markup that mkdocs-material writes where no block or partial can reach it.

base.html puts `autocomplete="off"` on its two toggle checkboxes, outside any block; HTML allows
`autocomplete` only on text-like inputs, so the Nu checker rejects every page. Copying base.html
to fix one attribute would fork the theme, so the finished page is mended here instead.
"""

from __future__ import annotations

import re

_REPAIRS = {
    '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">': '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer">',
    '<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" autocomplete="off">': '<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search">',
}


_GENERATOR = re.compile(r'<meta name="generator" content="[^"]*">\s*')


def repair_theme_markup(html: str) -> str:
    """Remove the theme's invalid attributes; a theme version without them passes through unchanged.
    Also drops its generator tag: it names the exact software versions, and no reader needs it."""
    for broken, fixed in _REPAIRS.items():
        html = html.replace(broken, fixed)
    return _GENERATOR.sub("", html, count=1)
