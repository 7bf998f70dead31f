"""The guide under a practice's sub-path: every absolute address in the built site (canonical,
hreflang, og:url, og:image, JSON-LD, share links, printed addresses and QR codes, sitemaps and
robots.txt) starts with `site_url`, in both languages, whether or not it was written with its final /."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import segno
from bs4 import BeautifulSoup

from support import prebuild
from support.practice import SETTINGS, practice_project
from support.project import BuildResult, Site, run_build

BASE = "https://example.org/resources/guide/"
EDITIONS = ("", "es/")


def _build_sub_path(folder: Path) -> BuildResult:
    settings = copy.deepcopy(SETTINGS) | {"site_url": BASE.removesuffix("/")}
    return run_build(practice_project(folder / "project", settings))


prebuild.recipe("sub_path", _build_sub_path)  # started in the background (support/prebuild.py)


@pytest.fixture(scope="module")
def sub_path(tmp_path_factory: pytest.TempPathFactory) -> Site:
    """Written without its final /; with it, the settings are the same (tests/unit/test_practice_settings.py)."""
    result = prebuild.result("sub_path", tmp_path_factory)
    assert result.returncode == 0, result.output
    assert "placeholder" not in result.output
    return Site(result.site)


def _pages(site: Site) -> list[tuple[str, BeautifulSoup, str]]:
    """(path within the site, parsed page, raw HTML) of every page, the pages at old addresses included."""
    found = []
    for path in sorted(site.root.rglob("*.html")):
        html = path.read_text(encoding="utf-8")
        rel = path.relative_to(site.root).as_posix()
        found.append((rel.removesuffix("index.html"), BeautifulSoup(html, "html.parser"), html))
    return found


def _qr_path(address: str) -> str:
    """The dark modules of the QR code that holds `address`, as the guide draws it (seen.pages.printing)."""
    svg = segno.make(address, error="m", micro=False).svg_inline(
        scale=1, border=4, dark="#000", light="#fff", lineclass=None, omitsize=True
    )
    return re.findall(r'<path[^>]* d="([^"]+)"', svg)[-1]


def _located(site: Site, url: str) -> bool:
    """Whether an absolute address under BASE is a file of the built site."""
    assert url.startswith(BASE), url
    path = site.root / url.removeprefix(BASE)
    return (path / "index.html").is_file() if url.endswith("/") else path.is_file()


def test_no_address_misses_the_slash_after_the_sub_path(sub_path: Site) -> None:
    joined = re.compile(r"example\.org/resources/guide(?!/)")
    broken = [
        f"{path.relative_to(sub_path.root)}: {match.group(0)}"
        for path in sub_path.root.rglob("*")
        if path.suffix in {".html", ".xml", ".txt", ".json", ".js"}
        for match in joined.finditer(path.read_text(encoding="utf-8"))
    ]
    assert not broken, broken[:10]


def test_every_page_points_at_itself_under_the_sub_path(sub_path: Site) -> None:
    pages = _pages(sub_path)
    assert len(pages) > 70
    checked = 0
    for rel, page, html in pages:
        canonical = page.select_one('link[rel="canonical"]')
        if canonical is None:  # the pages at old addresses send the reader on; their preview is the new page's
            assert '<meta http-equiv="refresh"' in html or rel.endswith("404.html"), rel
            continue
        here = BASE + rel
        assert canonical["href"] == here, rel
        assert page.select_one('meta[property="og:url"]')["content"] == here, rel
        image = page.select_one('meta[property="og:image"]')["content"]
        edition = "es/" if rel.startswith("es/") else ""
        assert image.startswith(BASE + edition + "assets/cards/") and _located(sub_path, image), rel
        within = rel.removeprefix(edition)
        alternates = {link["hreflang"]: link["href"] for link in page.select('link[rel~="alternate"][hreflang]')}
        twins = {"en": BASE + within, "es": BASE + "es/" + within}
        if not all(_located(sub_path, href) for href in twins.values()):
            twins = {}  # a practice's own page in one language only (tests/fixtures/practice/pages/)
        assert alternates == twins, rel
        assert all(_located(sub_path, href) for href in alternates.values()), rel
        share = page.select_one("[data-share-url]")
        if share is not None:
            assert share["data-share-url"] == here, rel
        data = json.loads(page.find("script", type="application/ld+json").string)
        urls = re.findall(r'"(?:url|@id|item|image)": "([^"]+)"', json.dumps(data))
        assert urls and all(url.startswith(BASE) for url in urls), rel
        checked += 1
    assert checked > 70


def test_printed_addresses_and_qr_codes_hold_the_page_address(sub_path: Site) -> None:
    qr_pages = 0
    for rel, page, html in _pages(sub_path):
        for link in page.select("[data-seen-print-url]"):
            address = link["data-seen-print-url"]
            if urlsplit(address).hostname == "example.org":
                assert _located(sub_path, address.split("#")[0]), f"{rel}: {address}"
        foot = page.select_one(".seen-print-foot__address")
        if foot is None:
            continue
        address = foot.get_text(strip=True)
        assert address.startswith(BASE) and _located(sub_path, address), rel
        drawn = re.search(r"<svg[^>]*seen-qr.*?</svg>", html, re.DOTALL).group(0)
        assert _qr_path(address) in drawn, f"{rel}: the QR code does not hold {address}"
        qr_pages += 1
    assert qr_pages > 70


def test_sitemaps_and_robots_txt_list_the_sub_path(sub_path: Site) -> None:
    robots = (sub_path.root / "robots.txt").read_text(encoding="utf-8")
    assert re.findall(r"^Sitemap: (\S+)$", robots, re.MULTILINE) == [BASE + e + "sitemap.xml" for e in EDITIONS]
    for edition in EDITIONS:
        sitemap = (sub_path.root / edition / "sitemap.xml").read_text(encoding="utf-8")
        locations = re.findall(r"<loc>([^<]+)</loc>", sitemap)
        assert len(locations) > 35
        assert all(loc.startswith(BASE + edition) and _located(sub_path, loc) for loc in locations), edition
