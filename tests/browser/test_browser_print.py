"""Printed from the browser: no screen controls, addresses after links, a QR code that scans, a two-sided handout."""

from __future__ import annotations

import io

import pypdfium2
import pytest
import zxingcpp
from PIL import Image
from playwright.sync_api import Browser, Page

from seen.content.practice import PLACEHOLDER_SITE_URL
from support.parallel import each_page
from support.project import Site

SITE_URL = PLACEHOLDER_SITE_URL  # data/practice.yml sets no site_url
PAPERS = ("A4", "Letter")
# The theme's and our own screen controls: header, navigation, search, table of contents, footer,
# skip link, pager, and anything that carries .seen-screen-only (share or quick-exit buttons to come).
SCREEN_CONTROLS = (
    ".md-header",
    ".md-sidebar--primary",
    ".md-sidebar--secondary",
    ".md-search",
    ".md-footer",
    ".md-skip",
    "[data-seen-search-open]",
    ".seen-pager",
    ".seen-screen-only",
)
SHOWN = """(selectors) => selectors.filter((selector) => [...document.querySelectorAll(selector)].some((el) =>
  el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden'))"""


def decode(image: Image.Image) -> list[str]:
    return [result.text for result in zxingcpp.read_barcodes(image)]


def pdf_pages(pdf: bytes) -> list[tuple[str, Image.Image]]:
    """Each printed page's text and its picture at 216 dpi."""
    document = pypdfium2.PdfDocument(pdf)
    pages = [(page.get_textpage().get_text_range(), page.render(scale=3).to_pil()) for page in document]
    document.close()
    return pages


def page_address(url: str) -> str:
    return SITE_URL + url.lstrip("/")


PRINTER = {"viewport": {"width": 800, "height": 1100}, "device_scale_factor": 2}


def print_media(page: Page) -> None:
    page.emulate_media(media="print")


@pytest.fixture()
def printing(browser: Browser) -> Page:
    context = browser.new_context(**PRINTER)
    page = context.new_page()
    print_media(page)
    yield page
    context.close()


def test_every_printed_page_hides_the_screen_controls_and_ends_with_a_qr_code_to_itself(
    base_url: str, site: Site
) -> None:
    def printed(printing: Page, url: str) -> list[str]:
        failures = []
        printing.goto(base_url + url.lstrip("/"), wait_until="load")
        for selector in printing.evaluate(SHOWN, list(SCREEN_CONTROLS)):
            failures.append(f"{url}: {selector} shows on paper")
        foot = printing.locator(".seen-print-foot")
        if not foot.is_visible():
            return [*failures, f"{url}: no address and QR code at the foot"]
        # The handout leads to the guide's home in its language.
        expected = page_address(url).removesuffix("handout/") if url.endswith("/handout/") else page_address(url)
        qr = Image.open(io.BytesIO(foot.locator("svg.seen-qr").screenshot()))
        if decode(qr) != [expected]:
            failures.append(f"{url}: the QR code reads {decode(qr)}, not {expected}")
        return failures

    urls = [url for url in site.html_pages() if not url.endswith("/404.html")]
    failures = [line for lines in each_page(urls, printed, setup=print_media, **PRINTER) for line in lines]
    assert not failures, "\n".join(failures)


def test_the_foot_and_the_qr_code_are_for_paper_only(browser: Browser, base_url: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    page.goto(base_url + "signs/", wait_until="load")
    hidden = page.locator(".seen-print-foot").is_hidden()
    context.close()
    assert hidden


def test_paper_is_white_with_dark_text_even_from_dark_mode(printing: Page, base_url: str) -> None:
    printing.emulate_media(media="print", color_scheme="dark")
    printing.goto(base_url + "signs/gaslighting/", wait_until="load")
    colour = printing.evaluate("getComputedStyle(document.querySelector('article p')).color")
    channels = [float(part) for part in colour[colour.index("(") + 1 : -1].split(",")[:3]]
    assert max(channels) < 80, colour


@pytest.mark.parametrize("paper", PAPERS)
def test_an_entry_page_prints_its_content_with_link_addresses_and_no_controls(
    printing: Page, base_url: str, guide, paper: str
) -> None:
    sign, following = guide.signs[0], guide.signs[1]
    printing.goto(base_url + f"signs/{sign.slug}/", wait_until="load")
    body_text = printing.evaluate(
        "() => { const a = document.querySelector('article').cloneNode(true);"
        " a.querySelectorAll('.seen-pager').forEach((el) => el.remove()); return a.textContent; }"
    )
    assert following.title not in body_text, "precondition: the next sign's title shows only in the pager"

    pages = pdf_pages(printing.pdf(format=paper))
    text = " ".join(" ".join(page_text.split()) for page_text, _ in pages)
    assert 1 <= len(pages) <= 3
    assert sign.title in text
    unbroken = "".join(text.split())  # an address may wrap at any character on paper
    assert f"({page_address('/steps/' + sign.try_this[0].step + '/')})" in unbroken
    assert page_address(f"/signs/{sign.slug}/") in unbroken
    assert following.title not in text, "the pager is a screen control"
    assert guide.ui.skip not in text
    assert decode(pages[-1][1]) == [page_address(f"/signs/{sign.slug}/")]


@pytest.mark.parametrize("paper", PAPERS)
def test_the_handout_fits_two_sides_and_its_qr_code_leads_to_the_guide(
    printing: Page, base_url: str, guide, paper: str
) -> None:
    printing.goto(base_url + "handout/", wait_until="load")
    pages = pdf_pages(printing.pdf(format=paper))
    text = " ".join(" ".join(page_text.split()) for page_text, _ in pages)
    assert len(pages) <= 2, f"{len(pages)} pages on {paper}"
    for entry in guide.signs + guide.steps:
        assert entry.title in text, entry.slug
    for emergency in guide.help.emergency:
        assert emergency.number in text, emergency.number
    for line in guide.help.lines:
        assert line.calls[0].label in text, line.calls[0].label
    assert guide.ui.handout.screen_note not in text
    assert decode(pages[-1][1]) == [SITE_URL]
