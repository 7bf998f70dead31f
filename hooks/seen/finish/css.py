"""The guide's own style sheets without their comments and spaces: what a first visit waits for.

assets/seen.css and the pages' own sheets are written to be read, with a comment for every rule:
about half of their gzip is words no browser needs. Here they lose comments and runs of white
space (a comment that starts `/*!` is kept: it marks what the build added, seen.finish.icons), and
the spaces around `{ } ; ,`; nothing else changes (no rule is merged or rewritten, so
every browser reads them exactly as before), and text in quotes is kept as it is.
"""

from __future__ import annotations

import re
from pathlib import Path

# One token at a time: a quoted string (kept), a comment (dropped), white space, or anything else.
_TOKEN = re.compile(
    r"""(?P<string>"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|(?P<comment>/\*.*?\*/)|(?P<space>\s+)|(?P<other>[^"'/\s]+|/(?!\*))""",
    re.DOTALL,
)
_AROUND = re.compile(r"\s*([{};,])\s*")
# The guide's own sheets in a built site (the theme's come minified; vendor files are left alone).
OWN_SHEETS = ("assets/seen.css", "assets/handout.css")


def minify_css(css: str) -> str:
    """`css` without comments and needless white space; quoted text unchanged. Raises ValueError
    on an unclosed comment or string (the sheet would be broken as written, too)."""
    parts: list[str] = []
    position = 0
    for match in _TOKEN.finditer(css):
        if match.start() != position:
            break
        position = match.end()
        if match["string"]:
            parts.append("\0" + match["string"] + "\0")
        elif match["comment"] and match["comment"].startswith("/*!"):
            parts.append(match["comment"])
        elif match["space"]:
            parts.append(" ")
        elif match["other"]:
            parts.append(match["other"])
    if position != len(css):
        raise ValueError(f"expected CSS with closed comments and strings, found {css[position : position + 40]!r}")
    # Spacing is tidied only outside the strings (each wrapped in \0 above).
    pieces = "".join(parts).split("\0")
    for index in range(0, len(pieces), 2):
        pieces[index] = _AROUND.sub(r"\1", pieces[index]).replace(";}", "}")
    return "".join(pieces).strip() + "\n"


def minify_own_sheets(site_dir: Path) -> dict[Path, tuple[int, int]]:
    """Minify the guide's own sheets in a built site; returns each one's size before and after."""
    sizes = {}
    for name in OWN_SHEETS:
        sheet = site_dir / name
        if not sheet.is_file():
            continue
        text = sheet.read_text(encoding="utf-8")
        small = minify_css(text)
        sheet.write_text(small, encoding="utf-8")
        sizes[sheet] = (len(text), len(small))
    return sizes
