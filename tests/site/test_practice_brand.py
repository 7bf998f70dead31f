"""A practice's name replaces the guide's everywhere a reader sees it; only the credit line the
content licence asks for (CC BY 4.0) still names the original guide."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from support.practice import SETTINGS
from support.project import Site

NAME = SETTINGS["name"]
GUIDE_NAME = re.compile(r"\bSeen\b")
CREDIT = ".seen-footer__credit"


@pytest.fixture(scope="module")
def branded(branded: Path) -> Site:
    """The example practice's guide, built once per session (conftest.py `branded`)."""
    return Site(branded)


def _html_words(path: Path) -> list[str]:
    """Everything a reader, a screen reader, a chat app or a search engine reads in a page, without
    the credit line: the text, the attributes that hold words, and the JSON-LD."""
    page = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    for credit in page.select(CREDIT):
        credit.decompose()
    words = [page.get_text(" ")]
    for tag in page.find_all(True):
        words += [" ".join(value) if isinstance(value, list) else value for value in tag.attrs.values()]
    return words


def test_the_guide_is_not_named_outside_the_credit_line(branded: Site) -> None:
    """Every page (404s and both languages), the search index, the sitemaps and robots.txt."""
    found = []
    files = [p for p in branded.root.rglob("*") if p.suffix in {".html", ".json", ".xml", ".txt", ".webmanifest"}]
    assert len([p for p in files if p.suffix == ".html"]) > 70
    for path in files:
        texts = _html_words(path) if path.suffix == ".html" else [path.read_text(encoding="utf-8")]
        for text in texts:
            found += [
                f"{path.relative_to(branded.root)}: ...{text[max(0, m.start() - 40) : m.end() + 40]}..."
                for m in GUIDE_NAME.finditer(text)
            ]
    assert not found, "\n".join(found[:20])


@pytest.mark.parametrize("prefix", ["", "/es"])
def test_the_practice_name_shows_where_the_guide_name_did(branded: Site, prefix: str) -> None:
    home = branded.page(prefix + "/")
    assert home.select_one("article h1").get_text().startswith(NAME + ":")
    assert home.title.get_text().strip() == NAME
    handout = branded.page(prefix + "/handout/")
    assert handout.select_one("article h1").get_text().startswith(NAME + ":")
    assert handout.title.get_text().endswith(" - " + NAME)
    for url in [prefix + "/", prefix + "/signs/gaslighting/", prefix + "/404.html"]:
        page = branded.page(url)
        assert page.title.get_text().strip().endswith(NAME), url
        assert NAME in page.select_one(".md-header__topic").get_text(), url
        assert page.select_one(CREDIT).get_text().count("Seen") == 1, url
        assert "CC BY 4.0" in page.select_one(CREDIT).get_text(), url
    entry = branded.page(prefix + "/signs/gaslighting/")
    assert entry.select_one('meta[property="og:site_name"]')["content"] == NAME
    data = json.loads(entry.find("script", type="application/ld+json").string)
    names = {part["isPartOf"]["name"] for part in data["@graph"] if "isPartOf" in part}
    assert names == {NAME}
    assert data["@graph"][0]["publisher"]["name"] == NAME
    alt = entry.select_one('meta[property="og:image:alt"]')["content"]
    assert NAME in alt and "Seen" not in alt


@pytest.mark.parametrize("prefix", ["", "/es"])
def test_without_settings_the_guide_is_seen_and_credits_no_one(site: Site, prefix: str) -> None:
    assert site.page(prefix + "/").select_one("article h1").get_text().startswith("Seen:")
    assert site.page(prefix + "/handout/").select_one("article h1").get_text().startswith("Seen:")
    for url in [prefix + "/", prefix + "/signs/gaslighting/", prefix + "/404.html"]:
        page = site.page(url)
        assert page.title.get_text().strip().endswith("Seen"), url
        assert page.select_one(CREDIT) is None, url


@pytest.mark.parametrize("prefix", ["", "/es"])
def test_the_logo_is_on_the_handout_printed_pages_and_header_named_by_the_practice(branded: Site, prefix: str) -> None:
    handout = branded.page(prefix + "/handout/")
    assert handout.select_one(".seen-handout__logo")["alt"] == NAME
    for url in branded.html_pages():
        if not url.startswith(prefix + "/") or (not prefix and url.startswith("/es/")):
            continue
        page = branded.page(url)
        assert page.select_one(".md-header .md-logo img")["alt"] == NAME, url
        if page.select_one(".seen-print-foot") is not None:
            assert page.select_one(".seen-print-foot__logo")["alt"] == NAME, url


@pytest.mark.parametrize(("prefix", "words"), [("", "Back to"), ("/es", "Volver a")])
def test_every_page_links_back_to_the_practice_website(branded: Site, prefix: str, words: str) -> None:
    pages = [url for url in branded.html_pages() if url.startswith("/es/") == bool(prefix)]
    assert len(pages) > 35
    for url in pages:
        page = branded.page(url)
        back = page.select_one(".md-footer .seen-footer__website")
        assert back is not None and back["href"] == SETTINGS["website"], url
        assert back.get_text(strip=True) == f"{words} {NAME}", url
        assert page.select_one(".md-header a.md-logo")["href"] == SETTINGS["website"], url


def test_preview_cards_carry_the_logo(branded: Site) -> None:
    from PIL import Image

    from seen.pages.cards import MARGIN, PAPER

    page = branded.page("/signs/gaslighting/")
    card = branded.root / page.select_one('meta[property="og:image"]')["content"].split("/resources/guide/")[1]
    with Image.open(card) as image:
        rgb = image.convert("RGB")
        tile = rgb.getpixel((MARGIN + 4, 60))  # the logo's white tile, at the band's start
        band = rgb.getpixel((4, 60))
    assert "#{:02x}{:02x}{:02x}".format(*tile) == PAPER
    assert "#{:02x}{:02x}{:02x}".format(*band) == SETTINGS["colours"]["primary"].lower()


def test_without_a_website_there_is_no_link_back(site: Site) -> None:
    page = site.page("/signs/gaslighting/")
    assert page.select_one(".seen-footer__website") is None
    assert page.select_one(".md-header a.md-logo")["href"] in {"../..", "../../", "../../."}
