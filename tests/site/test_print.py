"""Printed pages: every content link carries its absolute address, every page its own address and QR code."""

from __future__ import annotations

from urllib.parse import urljoin

from seen.content.practice import PLACEHOLDER_SITE_URL
from seen.pages.printing import PRINT_URL_ATTRIBUTE
from support.project import Site

SITE_URL = PLACEHOLDER_SITE_URL  # data/practice.yml sets no site_url
NOT_SHOWN = ("#", "tel:", "sms:", "mailto:")


def reader_pages(site: Site) -> list[str]:
    return [url for url in site.html_pages() if not url.endswith("/404.html")]


def test_every_content_link_carries_its_absolute_address(site: Site) -> None:
    checked = 0
    for url in reader_pages(site):
        for link in site.page(url).select("article a[href]"):
            href = link["href"]
            if href.startswith(NOT_SHOWN):
                assert not link.has_attr(PRINT_URL_ATTRIBUTE), f"{url}: {href}"
                continue
            assert link.get(PRINT_URL_ATTRIBUTE) == urljoin(SITE_URL + url.lstrip("/"), href), f"{url}: {href}"
            assert link[PRINT_URL_ATTRIBUTE].startswith(SITE_URL)
            checked += 1
    assert checked > 200


def test_links_outside_the_article_are_left_alone(site: Site) -> None:
    page = site.page("/signs/gaslighting/")
    assert not page.select(f"header a[{PRINT_URL_ATTRIBUTE}], nav.md-nav--primary a[{PRINT_URL_ATTRIBUTE}]")


def test_every_page_has_its_address_and_a_qr_code_at_the_printed_foot(site: Site) -> None:
    for url in reader_pages(site):
        foot = site.page(url).select("article .seen-print-foot.seen-print-only")
        assert len(foot) == 1, url
        # The handout leads to the guide itself (its home in the handout's language).
        expected = (
            SITE_URL + url.lstrip("/").removesuffix("handout/")
            if url.endswith("/handout/")
            else SITE_URL + url.lstrip("/")
        )
        assert foot[0].select_one(".seen-print-foot__address").get_text(strip=True) == expected, url
        svg = foot[0].select_one("svg.seen-qr")
        assert svg is not None and svg.select_one("title").get_text(strip=True), url
