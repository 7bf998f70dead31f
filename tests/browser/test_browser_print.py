"""Printed from the browser: no screen controls, addresses after links, a QR code that scans, a two-sided handout."""

from __future__ import annotations

import io
import re

import pypdfium2
import pytest
import zxingcpp
from PIL import Image, ImageDraw
from playwright.sync_api import Browser, Page

from seen.content.practice import PLACEHOLDER_SITE_URL
from support.project import Site
from support.walk import also

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


# On paper, in one call: which screen controls show, whether the foot shows, and the QR code as drawn
# (its size on paper and its SVG), brought into view for a photograph.
PRINTED = """(selectors) => {
  const shown = selectors.filter((selector) => [...document.querySelectorAll(selector)].some((el) =>
    el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden'));
  const foot = document.querySelector('.seen-print-foot');
  const qr = foot && foot.querySelector('svg.seen-qr');
  if (!foot || !foot.checkVisibility({visibilityProperty: true, opacityProperty: true}) || !qr) return {shown, qr: null};
  qr.scrollIntoView({block: 'center'});
  const r = qr.getBoundingClientRect();
  return {shown, qr: {svg: qr.outerHTML, box: {x: r.x, y: r.y, width: r.width, height: r.height}}};
}"""
MODULE = 8  # pixels a QR module is drawn with, from its SVG
QR_MM = 28  # the printed code's side (seen.css), at 96 CSS px to the inch
_STEP = re.compile(r"([MmHhVvZz])\s*([-\d.\s]*)")


def svg_modules(svg: str) -> Image.Image:
    """The QR code an inline SVG draws (segno: a white square, then each row's dark runs as `h`
    strokes one module high, moved between with `m`), as a picture, black on white."""
    size = int(float(re.search(r'viewbox="0 0 ([\d.]+)', svg, re.IGNORECASE)[1]))
    image = Image.new("L", (size * MODULE, size * MODULE), 255)
    draw = ImageDraw.Draw(image)
    dark = [d for d in re.findall(r'<path d="([^"]+)"', svg) if not d.startswith("M0 0h")]
    assert len(dark) == 1, f"the QR code's SVG has {len(dark)} dark paths"
    x = y = 0.0
    for command, numbers in _STEP.findall(dark[0]):
        values = [float(n) for n in numbers.split()]
        if command in "Mm":
            x, y = (values[0], values[1]) if command == "M" else (x + values[0], y + values[1])
        elif command == "h":
            row = int(y)  # the stroke is one module high, centred on the row's middle (y = row + 0.5)
            draw.rectangle([x * MODULE, row * MODULE, (x + values[0]) * MODULE - 1, (row + 1) * MODULE - 1], fill=0)
            x += values[0]
        else:
            raise AssertionError(f"unexpected path command {command!r} in the QR code's SVG")
    return image


def scanned_pages(urls: list[str]) -> set[str]:
    """The pages whose printed QR code is photographed and scanned too: the first of each kind, in
    each language (the home page, a prose page, the check-in, the map, the handout, and an entry of
    each section)."""
    first: dict[tuple[str, str], str] = {}
    for url in urls:
        parts = url.strip("/").split("/")
        language = parts.pop(0) if parts[0] == "es" else ""
        if not parts or not parts[0]:
            kind = "home"
        elif len(parts) > 1 or parts[0] in ("check-in", "map", "handout"):
            kind = parts[0]
        else:
            kind = "page"
        first.setdefault((language, kind), url)
    return set(first.values())


def printed(printing: Page, base_url: str, url: str, every: list[str]) -> list[str] | None:
    """A page with print media: the screen controls that show, a missing foot, and its QR code as
    drawn (and, on the photographed pages, as painted) when it does not read the page's address or
    print 28 mm square. None for the 404 page (it has no address to lead back to)."""
    if url.endswith("/404.html"):
        return None
    printing.goto(base_url + url.lstrip("/"), wait_until="load")
    found = printing.evaluate(PRINTED, list(SCREEN_CONTROLS))
    failures = [f"{url}: {selector} shows on paper" for selector in found["shown"]]
    if found["qr"] is None:
        return [*failures, f"{url}: no address and QR code at the foot"]
    # The handout leads to the guide's home in its language.
    expected = page_address(url).removesuffix("handout/") if url.endswith("/handout/") else page_address(url)
    box = found["qr"]["box"]
    if abs(box["width"] - QR_MM * 96 / 25.4) > 1 or abs(box["height"] - box["width"]) > 1:
        failures.append(f"{url}: the QR code prints {box['width']:.0f} x {box['height']:.0f} px, not {QR_MM} mm square")
    if decode(svg_modules(found["qr"]["svg"])) != [expected]:
        failures.append(f"{url}: the QR code reads {decode(svg_modules(found['qr']['svg']))}, not {expected}")
    if url in scanned_pages([other for other in every if not other.endswith("/404.html")]):
        painted = decode(Image.open(io.BytesIO(printing.screenshot(clip=box))))
        if painted != [expected]:
            failures.append(f"{url}: the QR code as printed scans as {painted}, not {expected}")
    return failures


# Every page printed, in the walks' browsers once they have walked (in the background).
also("printed", printed, setup=print_media, **PRINTER)


def test_every_printed_page_hides_the_screen_controls_and_ends_with_a_qr_code_to_itself(
    page_checks, site: Site
) -> None:
    """Every page, with print media (a PDF of each cost a minute and proves nothing more here):
    no screen control shows, the foot shows, and its QR code, as drawn, reads the page's address and
    prints 28 mm wide. On one page of each kind the code is also photographed as the browser paints
    it on paper and scanned (the PDFs themselves are checked below, for an entry and the handout)."""
    urls = [url for url in site.html_pages() if not url.endswith("/404.html")]
    assert len(scanned_pages(urls)) >= 10, sorted(scanned_pages(urls))
    found = [lines for lines in page_checks.results("printed") if lines is not None]
    assert len(found) == len(urls)
    failures = [line for lines in found for line in lines]
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
