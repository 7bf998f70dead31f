"""A practice's own pages (tests/fixtures/practice/pages/, laid in branding/pages/ as the README
says): built into the right edition, in the menu after the guide's pages, found by search, in the
sitemap, in the practice's look; a page in one language only has no twin link. Read from the
example practice's site built once per session (conftest.py: `branded`). One more build proves
that an inline script in such a page stops the build with one line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from support.practice import SETTINGS, practice_project
from support.project import Site, heading_text, run_build

ABOUT, SOBRE, FEES = "About our practice", "Sobre nuestra consulta", "Fees and insurance"


@pytest.fixture(scope="module")
def practice_site(branded: Path) -> Site:
    return Site(branded)


def _menu(site: Site, url: str) -> list[str]:
    page = site.page(url)
    return [a.get_text(" ", strip=True) for a in page.select("nav.md-nav--primary > ul > li > a")]


@pytest.mark.parametrize(
    ("url", "title"), [("/about-us/", ABOUT), ("/fees-and-insurance/", FEES), ("/es/about-us/", SOBRE)]
)
def test_each_page_is_built_into_its_edition_with_the_practices_look(practice_site: Site, url: str, title: str) -> None:
    page = practice_site.page(url)
    assert heading_text(page.select_one("article h1")) == title
    assert page.title.get_text() == f"{title} - {SETTINGS['name']}"
    assert page.select_one(".md-header .md-logo img")["src"].endswith("assets/practice/logo.svg")
    # The practice's colours are in the cached style sheet every page links (seen.finish.icons).
    sheets = [link["href"] for link in page.select('link[rel="stylesheet"]')]
    assert any(href.split("?")[0].endswith("assets/seen.css") for href in sheets), sheets
    sheet = (practice_site.root / "assets" / "seen.css").read_text(encoding="utf-8")
    assert SETTINGS["colours"]["primary"].lower() in sheet.lower()
    assert page.select_one('meta[http-equiv="Content-Security-Policy"]') is not None
    assert page.select_one(".seen-footer") is not None or page.select_one("footer") is not None
    assert page.select_one('meta[property="og:description"]')["content"]
    assert page.html["lang"] == ("es" if url.startswith("/es/") else "en")


def test_a_page_in_one_language_is_only_in_that_edition(practice_site: Site) -> None:
    assert not practice_site.path_for("/es/fees-and-insurance/").exists()
    page = practice_site.page("/fees-and-insurance/")
    assert not page.select('link[rel~="alternate"][hreflang]') and not page.select("a.seen-lang")
    assert not page.select('meta[property="og:locale:alternate"]')


def test_twins_link_to_each_other(practice_site: Site) -> None:
    base = SETTINGS["site_url"]
    for url, other in (("/about-us/", "es"), ("/es/about-us/", "en")):
        page = practice_site.page(url)
        hreflang = {link["hreflang"]: link["href"] for link in page.select('link[rel~="alternate"][hreflang]')}
        assert hreflang == {"en": base + "about-us/", "es": base + "es/about-us/"}, url
        (switch,) = page.select("a.seen-lang")
        assert switch["hreflang"] == other and switch["href"] in ("../es/about-us/", "../../about-us/"), url


@pytest.mark.parametrize(
    ("url", "expected"), [("/", [ABOUT, FEES]), ("/signs/gaslighting/", [ABOUT, FEES]), ("/es/", [SOBRE])]
)
def test_the_pages_close_the_menu_of_their_edition(practice_site: Site, url: str, expected: list[str]) -> None:
    menu = _menu(practice_site, url)
    assert menu[-len(expected) :] == expected, menu
    assert len(menu) > len(expected) + 5  # after every page of the guide's own
    assert (FEES in menu) is (not url.startswith("/es/"))


@pytest.mark.parametrize(
    ("prefix", "url", "keyword"),
    [
        ("", "about-us/", "first appointment"),
        ("es/", "about-us/", "primera cita"),
        ("", "fees-and-insurance/", "sliding scale"),
    ],
)
def test_search_finds_each_page_by_its_words(practice_site: Site, prefix: str, url: str, keyword: str) -> None:
    index = json.loads((practice_site.root / prefix / "search" / "search_index.json").read_text(encoding="utf-8"))
    docs = {doc["location"]: doc for doc in index["docs"]}
    assert url in docs, sorted(docs)[:20]
    assert keyword in json.dumps(docs[url], ensure_ascii=False)


def test_the_sitemaps_list_the_pages_of_their_edition(practice_site: Site) -> None:
    base = SETTINGS["site_url"]
    english = (practice_site.root / "sitemap.xml").read_text(encoding="utf-8")
    spanish = (practice_site.root / "es" / "sitemap.xml").read_text(encoding="utf-8")
    assert f"<loc>{base}about-us/</loc>" in english and f"<loc>{base}fees-and-insurance/</loc>" in english
    assert f"<loc>{base}es/about-us/</loc>" in spanish and "fees-and-insurance" not in spanish


def test_links_in_a_page_lead_into_the_guide(practice_site: Site) -> None:
    link = practice_site.page("/es/about-us/").select_one("article a[href*='get-help']")
    assert link["href"] == "../get-help/"
    assert practice_site.path_for("/es/get-help/").is_file()


def test_an_inline_script_in_a_practice_page_stops_the_build_in_one_line(tmp_path: Path) -> None:
    settings = {key: value for key, value in SETTINGS.items() if key != "by_language"} | {"languages": ["en"]}
    project = practice_project(tmp_path / "project", settings)
    page = project / "branding" / "pages" / "fees-and-insurance.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n<script>alert(1)</script>\n", encoding="utf-8")
    site = project / "site"
    result = run_build(project, site)
    assert result.returncode != 0
    errors = [line for line in result.output.splitlines() if line.startswith("ERROR")]
    assert len(errors) == 1, result.output
    assert errors[0].startswith(
        "ERROR   -  branding/pages/fees-and-insurance.md: expected only the guide's own scripts"
    ), errors[0]
    assert "Traceback" not in result.output and not site.exists()
