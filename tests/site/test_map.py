"""The map of the guide at /map/, counted against the data: one box per entry, one link down the map
per cross-reference, all in one list a screen reader reads in order."""

from __future__ import annotations

import re
from collections import Counter

import yaml

from support.map_reading import box_links, boxes, map_lines, page_path
from support.project import KINDS, ROOT, Site, heading_text, raw


def data_references() -> list[tuple[str, str]]:
    """Every cross-reference written in the data files, as (source path, target path)."""
    pairs = []
    for sign in raw("signs"):
        pairs += [(f"signs/{sign['slug']}.md", f"effects/{slug}.md") for slug in sign["effects"]]
        pairs += [(f"signs/{sign['slug']}.md", f"steps/{slug}.md") for slug in sign["steps"]]
    for effect in raw("effects"):
        pairs += [(f"effects/{effect['slug']}.md", f"steps/{slug}.md") for slug in effect["steps"]]
    return pairs


def test_the_map_is_in_the_navigation_with_its_own_heading(site: Site) -> None:
    page = site.page("/map/")
    assert heading_text(page.select_one("article h1"))
    assert site.page("/").select_one('nav.md-nav--primary a[href="map/"]'), "the map is in the menu"


def test_one_box_per_entry_in_data_order_each_a_link_to_its_page(site: Site) -> None:
    page = site.page("/map/")
    assert [page_path(href) for href in box_links(page)] == [
        f"{kind}/{entry['slug']}.md" for kind in KINDS for entry in raw(kind)
    ]


def test_one_link_down_the_map_per_cross_reference(site: Site) -> None:
    lines = map_lines(site.page("/map/"))
    assert Counter(lines) == Counter(data_references())
    assert len(lines) == len(data_references())


def test_each_section_is_a_heading_then_its_boxes_read_in_one_order(site: Site) -> None:
    """Signs, then effects, then steps: each under its section's name, one list each, and every link a
    box leads to is grouped under the words its entry page uses for that kind."""
    for edition, name in (("", "ui.yml"), ("es/", "es/ui.yml")):
        words = yaml.safe_load((ROOT / "data" / name).read_text(encoding="utf-8"))
        page = site.page(f"/{edition}map/")
        lists = page.select("article ul.seen-map")
        assert [ul["class"] for ul in lists] == [["seen-map", f"seen-map--{kind}"] for kind in KINDS]
        for kind, section in zip(KINDS, lists, strict=True):
            heading = section.find_previous_sibling()
            assert heading.name == "h2" and heading_text(heading) == words[kind]["name"], (edition, kind)
            for box in section.find_all("li", recursive=False):
                labels = [p.get_text(strip=True) for p in box.find_all("p", recursive=False)]
                groups = [ul["class"][0].removeprefix("seen-map__") for ul in box.find_all("ul", recursive=False)]
                assert labels == [words[kind]["headings"][group] for group in groups], (edition, box.a["href"])


def test_every_box_is_named_by_its_anchor_shows_its_title_and_icon(site: Site) -> None:
    page = site.page("/map/")
    for kind in KINDS:
        for entry in raw(kind):
            link = page.find(id=f"{kind}-{entry['slug']}")
            assert link is not None and link.name == "a", f"no #{kind}-{entry['slug']} on the map"
            assert link.get_text().strip() == entry["title"], "the title, read as one line"
            icon = link.select_one(".seen-icon[aria-hidden=true]")
            assert icon is not None and icon.name == "span", "the icon is drawn by the cached style sheet"


def test_the_map_sends_no_picture_and_takes_its_look_from_the_cached_style_sheet(site: Site) -> None:
    """No drawing to download (issue 20: the map after another page at most 8 KB): the boxes are
    the lists themselves, drawn by assets/seen.css, which every page has cached."""
    css = (ROOT / "docs" / "assets" / "seen.css").read_text(encoding="utf-8")
    light, dark = css.split('[data-md-color-scheme="slate"] {', 1)
    for variable in ("--seen-map-effects", "--seen-map-steps", "--seen-map-sign-bg", "--seen-map-step-bg"):
        assert f"{variable}:" in light.split("}", 1)[0] and f"{variable}:" in dark.split("}", 1)[0], variable
        assert f"var({variable})" in css.split("/* ---- The map of the guide", 1)[1]
    for edition in ("", "es/"):
        page = site.page(f"/{edition}map/")
        assert not page.select("article svg:not(.seen-qr)"), "no picture"
        painted = [tag for box in boxes(page) for tag in box.find_all(style=True)]
        assert not painted, f"colours written into the map: {painted[:3]}"
        files = [tag.get("src") or tag.get("href") for tag in page.select("script[src], link[rel=stylesheet]")]
        other = site.page(f"/{edition}get-help/").select("script[src], link[rel=stylesheet]")
        assert files == [tag.get("src") or tag.get("href") for tag in other], "the same files as any page"
        assert ".seen-map>li" in re.sub(r"\s", "", (site.root / edition / "assets" / "seen.css").read_text("utf-8"))


def test_every_entry_page_links_to_its_place_on_the_map(site: Site) -> None:
    map_page = site.page("/map/")
    for kind in KINDS:
        for entry in raw(kind):
            url = f"/{kind}/{entry['slug']}/"
            links = [a["href"] for a in site.page(url).select("article .seen-map-link a[href]")]
            assert links == [f"../../map/#{kind}-{entry['slug']}"], url
            assert map_page.find(id=f"{kind}-{entry['slug']}").name == "a"
