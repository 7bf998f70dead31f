"""Every entry's icon: named in data, drawn inline from mkdocs-material's own SVG, decorative, in the text colour."""

from __future__ import annotations

from bs4 import BeautifulSoup, Tag

from seen.content.icons import Icons, shipped_icon_dirs
from support.project import KINDS, Site, raw

ICONS = Icons(tuple(shipped_icon_dirs()))


def shapes_of_file(name: str) -> list[str]:
    """The path data of an icon's SVG file, read independently of the code under test."""
    svg = BeautifulSoup(ICONS.path(name).read_text(encoding="utf-8"), "html.parser").svg
    return [path["d"] for path in svg.find_all("path")]


def assert_is_the_icon(svg: Tag | None, name: str, where: str) -> None:
    assert svg is not None, f"{where}: no icon"
    assert svg.get("aria-hidden") == "true", f"{where}: the icon is not hidden from screen readers"
    assert svg.get("focusable") == "false", f"{where}: the icon can take focus"
    assert [path["d"] for path in svg.find_all("path")] == shapes_of_file(name), f"{where}: not {name}"


def test_every_entry_has_its_icon_on_its_card_and_at_the_top_of_its_page(site: Site) -> None:
    for kind in KINDS:
        cards = site.page(f"/{kind}/").select(".seen-cards li")
        for card, entry in zip(cards, raw(kind), strict=True):
            assert_is_the_icon(card.select_one("svg.seen-icon"), entry["icon"], f"/{kind}/ card {entry['slug']}")
            page = site.page(f"/{kind}/{entry['slug']}/")
            top = page.select_one("article .seen-entry-top svg.seen-icon")
            assert_is_the_icon(top, entry["icon"], f"/{kind}/{entry['slug']}/")


def test_icons_are_pictures_only_hidden_from_screen_readers_and_in_the_text_colour(site: Site) -> None:
    count = 0
    for url in site.html_pages():
        for svg in site.page(url).select("svg.seen-icon"):
            count += 1
            assert svg.get("aria-hidden") == "true" and svg.get("focusable") == "false", url
            assert not svg.get_text(strip=True), f"{url}: an icon holds text"
            assert not svg.find(attrs={"fill": True}) and not svg.find(attrs={"style": True}), (
                f"{url}: an icon has a fixed colour; it must take the text's (currentColor)"
            )
    assert count >= 2 * sum(len(raw(kind)) for kind in KINDS)
