"""The map of the guide at /map/, counted against the data: one box per entry, one line per cross-reference."""

from __future__ import annotations

from collections import Counter
from urllib.parse import urljoin

from bs4 import BeautifulSoup, Tag

from support.map_drawing import boxes, drawn_lines
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


def drawing(page: BeautifulSoup) -> Tag:
    svgs = page.select("article svg.seen-map__drawing")
    assert len(svgs) == 1, "one drawing on the map page"
    return svgs[0]


def resolve(href: str, base: str = "/map/") -> str:
    return urljoin("http://site.test" + base, href).removeprefix("http://site.test")


def map_counts(page: BeautifulSoup) -> tuple[list[str], Counter]:
    """What a reader's script would count: the drawing's links, and its lines by (from, to)."""
    svg = drawing(page)
    links = [resolve(a["href"]) for a in svg.select("a[href]")]
    edges = Counter((source, target) for source, target, _, _ in drawn_lines(svg))
    return links, edges


def test_the_map_is_in_the_navigation_with_its_own_heading(site: Site) -> None:
    page = site.page("/map/")
    assert heading_text(page.select_one("article h1"))
    assert site.page("/").select_one('nav.md-nav--primary a[href="map/"]'), "the map is in the menu"


def test_the_drawing_has_one_link_per_entry_and_one_line_per_cross_reference(site: Site) -> None:
    links, edges = map_counts(site.page("/map/"))
    entries = [f"/{kind}/{entry['slug']}/" for kind in KINDS for entry in raw(kind)]
    assert links == entries, "one box per entry, in data order, each a link to its page"
    assert edges == Counter(data_references())
    assert sum(edges.values()) == len(data_references())


def test_every_box_is_a_link_named_by_its_anchor_with_the_entry_title(site: Site) -> None:
    svg = drawing(site.page("/map/"))
    for kind in KINDS:
        for entry in raw(kind):
            link = svg.find("a", id=f"{kind}-{entry['slug']}")
            assert link is not None, f"no #{kind}-{entry['slug']} on the map"
            assert link.parent.name == "g" and link.parent.find_all("a") == [link], "one link per box"
            assert link.select_one("text").get_text().strip() == entry["title"], "the title, read as one line"
            assert link.select_one("svg.seen-icon[aria-hidden=true]"), "the box shows the entry's icon"


def test_each_line_runs_from_its_source_box_into_its_target_box(site: Site) -> None:
    svg = drawing(site.page("/map/"))
    placed = boxes(svg)
    lines = drawn_lines(svg)
    assert len(lines) == len(data_references())
    for source, target, (x0, y0), _ in lines:
        left, middle, right = placed[source]
        assert x0 in (left, right) and y0 == middle, f"{source}: the line does not leave its box"
        assert target, f"{source}: a line ends on no box"


def test_the_drawing_takes_its_colours_from_the_stylesheet(site: Site) -> None:
    svg = drawing(site.page("/map/"))
    painted = svg.find_all(lambda tag: tag.has_attr("fill") or tag.has_attr("stroke") or tag.has_attr("style"))
    assert not painted, f"colours written into the drawing: {painted[:3]}"
    css = (ROOT / "docs" / "assets" / "seen.css").read_text(encoding="utf-8")
    map_css = (ROOT / "docs" / "assets" / "map.css").read_text(encoding="utf-8")  # the map page's own rules
    light, dark = css.split('[data-md-color-scheme="slate"] {', 1)
    for variable in ("--seen-map-effects", "--seen-map-steps", "--seen-map-sign-bg", "--seen-map-step-bg"):
        assert f"{variable}:" in light.split("}", 1)[0] and f"{variable}:" in dark.split("}", 1)[0], variable
        assert f"var({variable})" in map_css


def test_the_lines_and_rings_are_hidden_from_screen_readers_and_the_drawing_is_named(site: Site) -> None:
    svg = drawing(site.page("/map/"))
    assert svg.get("aria-label")
    for group in svg.select("g.seen-map__node"):
        for shape in group.select("path, circle, rect.seen-map__halo"):
            assert shape.find_parent(attrs={"aria-hidden": "true"}) is not None, shape
    assert len(svg.select("a[href]")) == len(svg.select("a[href] text")), "every box says its title"


def test_the_map_in_words_lists_the_same_connections(site: Site) -> None:
    page = site.page("/map/")
    lists = page.select("article .seen-map-list > ul")
    assert len(lists) == len(KINDS)
    found: list[tuple[str, str]] = []
    for kind, section in zip(KINDS, lists, strict=False):
        items = section.find_all("li", recursive=False)
        assert [resolve(li.a["href"]) for li in items] == [f"/{kind}/{e['slug']}/" for e in raw(kind)]
        for li in items:
            source = resolve(li.a["href"]).strip("/") + ".md"
            for target in li.select("ul ul a[href]"):
                found.append((source, resolve(target["href"]).strip("/") + ".md"))
    assert Counter(found) == Counter(data_references())


def test_every_entry_page_links_to_its_place_on_the_map(site: Site) -> None:
    map_page = site.page("/map/")
    for kind in KINDS:
        for entry in raw(kind):
            url = f"/{kind}/{entry['slug']}/"
            links = [resolve(a["href"], url) for a in site.page(url).select("article .seen-map-link a[href]")]
            assert links == [f"/map/#{kind}-{entry['slug']}"], url
            assert map_page.find(id=f"{kind}-{entry['slug']}").name == "a"
