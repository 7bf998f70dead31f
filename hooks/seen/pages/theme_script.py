"""The theme's script loads when a reader first needs it, not with every page.

mkdocs-material's bundle (about 35 KB gzip) is most of what a first visit costs, yet every page is
read, and its menu used, without it: search, tooltips and the wide-screen sidebar's scrolling are
what need it. overrides/main.html leaves the bundle's <script> out and names the bundle in a small
JSON block; assets/seen.js loads it on the first use of one of those (and does the colour switch
itself). Its file name carries the theme's content hash, so it is read from the installed theme.
"""

from __future__ import annotations

from pathlib import Path

import material

THEME_TEMPLATES = Path(material.__file__).parent / "templates"


class ThemeScriptError(ValueError):
    """The installed theme's scripts are not laid out as this module expects."""


def theme_bundle(templates: Path = THEME_TEMPLATES) -> str:
    """The bundle's path in a built site, e.g. `assets/javascripts/bundle.a5f9d56c.min.js`."""
    found = sorted((templates / "assets" / "javascripts").glob("bundle.*.min.js"))
    if len(found) != 1:
        raise ThemeScriptError(
            f"{templates}/assets/javascripts: expected one bundle.*.min.js, found {len(found)}; "
            "update hooks/seen/pages/theme_script.py for this mkdocs-material version"
        )
    return found[0].relative_to(templates).as_posix()
