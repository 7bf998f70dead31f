"""Reading the map of the guide (overrides/entries/map.md) back as a reader would: its boxes, each a
link to its page, and in each box the links down to other boxes on the map."""

from __future__ import annotations

from urllib.parse import urljoin

from bs4 import BeautifulSoup, Tag


def page_path(href: str, base: str = "/map/") -> str:
    """A link's target as the source path of its page: "../signs/x/" on /map/ -> "signs/x.md"."""
    return urljoin("http://site.test" + base, href).removeprefix("http://site.test").strip("/") + ".md"


def boxes(page: BeautifulSoup) -> list[Tag]:
    """Every box on the map, in page order: the items of the sections' lists."""
    return page.select("article ul.seen-map > li")


def box_links(page: BeautifulSoup) -> list[str]:
    """Each box's own link (its first child: the link to its page), as written."""
    return [box.find("a", recursive=False)["href"] for box in boxes(page)]


def map_lines(page: BeautifulSoup) -> list[tuple[str, str]]:
    """Every link in a box down to another box, as (source page, target page), in page order. A link
    that leads to no box on the map raises AssertionError."""
    lines = []
    for box in boxes(page):
        source = page_path(box.find("a", recursive=False)["href"])
        for link in box.select(":scope ul a[href]"):
            assert link["href"].startswith("#"), f"{source}: {link['href']} is not a place on the map"
            target = page.find(id=link["href"][1:])
            assert target is not None and any(target.parent is box for box in boxes(page)), (
                f"{source}: {link['href']} leads to no box"
            )
            lines.append((source, page_path(target["href"])))
    return lines
