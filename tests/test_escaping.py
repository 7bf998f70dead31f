"""Text from data shows as text wherever it lands: a `<script>` in a title never runs."""

from __future__ import annotations

from pathlib import Path

import yaml
from bs4 import BeautifulSoup

from conftest import run_build

HOSTILE_TITLE = '<script>alert("title")</script> *Not emphasis* & [not a link](x)'
HOSTILE_SUMMARY = "<img src=x onerror=alert(1)> a summary {: #id }"


def test_markup_in_data_is_shown_literally(project_copy: Path) -> None:
    path = project_copy / "data" / "signs.yml"
    signs = yaml.safe_load(path.read_text(encoding="utf-8"))
    signs[0]["title"] = HOSTILE_TITLE
    signs[0]["summary"] = HOSTILE_SUMMARY
    signs[0]["looks_like"][0] = "<b>bold?</b> 1. not a list"
    path.write_text(yaml.safe_dump(signs, allow_unicode=True, sort_keys=False), encoding="utf-8")

    result = run_build(project_copy)
    assert result.returncode == 0, result.output
    for html in result.site.rglob("*.html"):
        text = html.read_text(encoding="utf-8")
        assert '<script>alert("title")' not in text, html
        assert "<img src=x" not in text, html
        assert "<b>bold?</b>" not in text, html

    page = BeautifulSoup((result.site / "signs/gaslighting/index.html").read_text(encoding="utf-8"), "html.parser")
    assert page.select_one("article h1").get_text(strip=True).removesuffix("¶") == HOSTILE_TITLE
    assert page.select_one(".seen-lead").get_text(strip=True) == HOSTILE_SUMMARY
    assert page.select_one("#what-it-can-look-like + ul li").get_text() == "<b>bold?</b> 1. not a list"
    card = BeautifulSoup((result.site / "signs/index.html").read_text(encoding="utf-8"), "html.parser")
    assert card.select_one(".seen-cards li a").get_text() == HOSTILE_TITLE
    nav_titles = [a.get_text(" ", strip=True) for a in page.select("nav.md-nav--primary a")]
    assert HOSTILE_TITLE in nav_titles
    map_page = BeautifulSoup((result.site / "map/index.html").read_text(encoding="utf-8"), "html.parser")
    box = map_page.select_one("#signs-gaslighting text")
    assert box.get_text(strip=False).strip() == HOSTILE_TITLE, "the map's box shows the title as written"
    assert map_page.select_one(".seen-map-list a").get_text() == HOSTILE_TITLE
