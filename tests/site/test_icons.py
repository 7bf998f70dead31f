"""Every entry's icon: named in data, drawn from mkdocs-material's own SVG, decorative, in the text colour.

An icon of one shape is a <span> (its circle) that assets/seen.css paints with the shape
(seen.finish.icons), on the map too; with more shapes, it is the inline SVG."""

from __future__ import annotations

import re
from urllib.parse import unquote

from bs4 import BeautifulSoup, Tag

from seen.content.icons import Icons, shipped_icon_dirs
from support.project import KINDS, Site, raw

ICONS = Icons(tuple(shipped_icon_dirs()))


def shapes_of_file(name: str) -> list[str]:
    """The path data of an icon's SVG file, read independently of the code under test."""
    svg = BeautifulSoup(ICONS.path(name).read_text(encoding="utf-8"), "html.parser").svg
    return [path["d"] for path in svg.find_all("path")]


def sheet_shapes(site: Site) -> dict[str, str]:
    """Class -> the shape assets/seen.css paints for it: the cell of the one strip of shapes that its
    mask position shows (seen.finish.icons: shape i is 2 * i cells along; a square box moved by p
    shows cell 2 * i when (1 - 2 * count) * p = -2 * i)."""
    css = (site.root / "assets" / "seen.css").read_text(encoding="utf-8")
    picture = unquote(re.search(r'--seen-icons:url\("data:image/svg\+xml,([^"]+)"\)', css)[1])
    cells = re.findall(r"<path(?: transform='translate\((\d+)\)')? d='([^']+)'/>", picture)
    by_start = {int(start or 0): f"<path d='{path}'/>" for start, path in cells}
    positions = dict(re.findall(r"\.(seen-i--[0-9a-f]+)\{--seen-i-at:([\d.]+)%\}", css))
    count = len(positions)
    shapes = {}
    for name, at in positions.items():
        cell = round(float(at) / 100 * (2 * count - 1))  # the strip moved by 2 * i boxes: shape i's start
        shapes[name] = by_start.get(24 * cell, "")
    return shapes


def drawn_shapes(icon: Tag, shapes: dict[str, str]) -> list[str]:
    if icon.name == "svg":
        assert icon.get("focusable") == "false", "the icon can take focus"
        return [path["d"] for path in icon.find_all("path")]
    assert icon.name == "span" and "seen-i-box" in icon["class"] and not icon.contents, icon
    painted = [shapes[name] for name in icon["class"] if name in shapes]
    assert len(painted) == 1, icon
    return re.findall(r"<path d='([^']+)'/>", painted[0])


def assert_is_the_icon(icon: Tag | None, name: str, where: str, shapes: dict[str, str]) -> None:
    assert icon is not None, f"{where}: no icon"
    assert icon.get("aria-hidden") == "true", f"{where}: the icon is not hidden from screen readers"
    assert drawn_shapes(icon, shapes) == shapes_of_file(name), f"{where}: not {name}"


def test_every_entry_has_its_icon_on_its_card_and_at_the_top_of_its_page(site: Site) -> None:
    shapes = sheet_shapes(site)
    for kind in KINDS:
        cards = site.page(f"/{kind}/").select(".seen-cards li")
        for card, entry in zip(cards, raw(kind), strict=True):
            where = f"/{kind}/ card {entry['slug']}"
            assert_is_the_icon(card.select_one(".seen-icon"), entry["icon"], where, shapes)
            page = site.page(f"/{kind}/{entry['slug']}/")
            top = page.select_one("article .seen-entry-top .seen-icon")
            assert_is_the_icon(top, entry["icon"], f"/{kind}/{entry['slug']}/", shapes)


def test_icons_are_pictures_only_hidden_from_screen_readers_and_in_the_text_colour(site: Site) -> None:
    count = 0
    shapes = sheet_shapes(site)
    assert all("fill" not in shape and "style" not in shape for shape in shapes.values())
    for url in site.html_pages():
        for icon in site.page(url).select(".seen-icon"):
            count += 1
            assert icon.get("aria-hidden") == "true", url
            assert drawn_shapes(icon, shapes), f"{url}: an icon draws nothing"
            assert not icon.get_text(strip=True), f"{url}: an icon holds text"
            assert not icon.find(attrs={"fill": True}) and not icon.find(attrs={"style": True}), (
                f"{url}: an icon has a fixed colour; it must take the text's (currentColor)"
            )
    assert count >= 2 * sum(len(raw(kind)) for kind in KINDS)
