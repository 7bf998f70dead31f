"""The map's own style sheet in every edition: without it the drawing's boxes are filled black."""

from __future__ import annotations

from support.project import Site


def test_every_editions_map_loads_the_maps_style_sheet(site: Site) -> None:
    for url in ("/map/", "/es/map/"):
        page = site.page(url)
        sheets = [link["href"] for link in page.select("link[rel=stylesheet]")]
        assert "../assets/map.css" in sheets, (url, sheets)
        assert (site.path_for(url).parent.parent / "assets" / "map.css").is_file(), url
