"""The theme's icons drawn once, by the style sheet every page already has cached, not in every page.

mkdocs-material writes each icon of its header, search box and menu (and of our partials that
include its `.icons/` files) as a whole inline SVG in every page: about 1.5 KB of a page's gzip,
the same on every page (and the practice's colours, a <style> block, another 160 bytes). Here each such SVG keeps its element and its `viewBox` (so every rule that
sizes it still applies, and the page lays out exactly as before) but loses its drawing, and the
drawing becomes one rule of assets/seen.css: the element is painted in its text colour through the
icon as a mask. A second page then costs its own words only.

The icons stay decorative as they were (the controls around them carry the names); printed pages
keep them (print-color-adjust), and so do forced colours (the mask takes the forced text colour).
An entry's own icon (partials/seen-icon.html) goes the same way, as a <span> (its circle) whose
::before is the icon (on the map too: its boxes are list items, not a picture); pictures with more
than one shape, or another box, are left inline.

All the shapes are ONE picture, a strip (`--seen-icons`, on the root), and each class says where in
the strip its shape is (`--seen-i-at`, a mask position). A browser makes a small document of its
own for every SVG picture a page uses, on the main thread while it styles the page: with a picture
per shape, that was 20-33 documents a page and the longest task of a page's load; with the strip it
is one. Each shape sits in a square cell with an empty square after it, so an icon box a little
wider than tall still shows its shape alone (every icon box is square: the theme's and ours).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

# Exactly how the theme's `.icons/*.svg` files are written (one path, a 24-unit box): the form
# `{% include ".icons/..." %}` puts in a page.
THEME_ICON = re.compile(r'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="([^"<>]+)"/></svg>')
# An entry's icon (partials/seen-icon.html), as drawn in a soft circle: it becomes
# a <span> (the circle) whose ::before is the icon, as an <svg> cannot have one.
ENTRY_ICON = re.compile(
    r'<svg class="seen-icon(?P<classes>[^"]*)" viewBox="0 0 24 24" aria-hidden="true" focusable="false">'
    r'\s*<path d="(?P<path>[^"<>]+)"\s*/>\s*</svg>'
)
SHEET = "assets/seen.css"
START = "/*! Seen: added by the build (seen.finish.icons): the practice's colours, the theme's icons */"

CELL = 24  # a shape's square (the theme's icons are 24 units), followed by an empty one


def base_rule(count: int) -> str:
    """Every icon: painted in the text colour through its shape (its place in the strip; the strip
    as tall as the box and 2 * count boxes wide, said outright: WebKit does not size a picture that
    has only a viewBox by its shape); kept in print and forced colours."""
    mask = f"var(--seen-icons) var(--seen-i-at) 0/{200 * max(count, 1)}% 100% no-repeat"
    return (
        f".seen-i{{background-color:currentcolor;-webkit-mask:{mask};"
        f"mask:{mask};-webkit-print-color-adjust:exact;print-color-adjust:exact;"
        "forced-color-adjust:none}"
        ".seen-i-box::before{content:'';display:block;width:100%;height:100%;background-color:currentcolor;"
        f"-webkit-mask:{mask};mask:{mask};"
        "-webkit-print-color-adjust:exact;print-color-adjust:exact;forced-color-adjust:none}"
    )


def strip_position(index: int, count: int) -> str:
    """The mask position that shows shape `index` of `count` in a square box: the strip is 2 * count
    boxes wide, so the box moves (box - strip) * p = -2 * index boxes, p = 2 * index / (2 * count - 1)."""
    if count < 2:
        return "0%"
    return f"{round(200 * index / (2 * count - 1), 4):g}%"


def strip(shapes: list[str]) -> str:
    """One SVG with each shape in its cell, left to right."""
    cells = "".join(
        f"<path transform='translate({2 * CELL * index})' d='{path}'/>" if index else f"<path d='{path}'/>"
        for index, path in enumerate(shapes)
    )
    width = 2 * CELL * max(len(shapes), 1)
    return (
        f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{CELL}' viewBox='0 0 {width} {CELL}' "
        f"preserveAspectRatio='none'>{cells}</svg>"
    )


def icon_class(path: str) -> str:
    """A short, stable class name for one shape."""
    return "seen-i--" + hashlib.sha256(path.encode()).hexdigest()[:8]


@dataclass
class IconSheet:
    """The icons pages used (shape by class name), for the rules added to the style sheet."""

    shapes: dict[str, str] = field(default_factory=dict)

    def lift(self, html: str) -> str:
        """The page with each theme icon's drawing replaced by its class."""

        def empty(match: re.Match[str]) -> str:
            name = icon_class(match[1])
            self.shapes[name] = match[1]
            return f'<svg class="seen-i {name}" viewBox="0 0 24 24" aria-hidden="true"></svg>'

        def entry(match: re.Match[str]) -> str:
            name = icon_class(match["path"])
            self.shapes[name] = match["path"]
            classes = " ".join(["seen-icon", *match["classes"].split(), "seen-i-box", name])
            return f'<span class="{classes}" aria-hidden="true"></span>'

        return ENTRY_ICON.sub(entry, THEME_ICON.sub(empty, html))

    def rules(self, brand: str = "") -> str:
        """The CSS that draws every icon lifted so far, in a stable order, after `brand` (CSS)."""
        names = sorted(self.shapes)
        lines = [START, *([brand.strip()] if brand.strip() else []), base_rule(len(names))]
        if names:
            data = quote(strip([self.shapes[name] for name in names]), safe=" /'=:.,-<>()")
            lines.append(f':root{{--seen-icons:url("data:image/svg+xml,{data}")}}')
        for index, name in enumerate(names):
            lines.append(f".{name}{{--seen-i-at:{strip_position(index, len(names))}}}")
        return "\n".join(lines) + "\n"

    def write(self, site_dir: Path, *, brand: str = "") -> None:
        """Add the rules, after the practice's colours (`brand`, CSS), to the end of the site's style
        sheet (replacing any an earlier build added): last, so they win as the page's own would."""
        sheet = site_dir / SHEET
        text = sheet.read_text(encoding="utf-8")
        if START in text:
            text = text[: text.index(START)]
        sheet.write_text(text.rstrip("\n") + "\n" + self.rules(brand), encoding="utf-8")
