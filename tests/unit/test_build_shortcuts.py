"""The shortcuts that make a large guide's first build fast change nothing a reader or a host gets:
the CSP check's quick step over plain tags finds what reading every tag finds, pages' .br copies
decompress to the page, and cards drawn from a palette keep their colours and stay small."""

from __future__ import annotations

import io
from html.parser import HTMLParser

import brotli
import pytest
from PIL import Image

from seen.finish import security
from seen.finish.weight import PAGE_QUALITY, _compress, brotli_settings
from seen.pages.cards import INK, PAPER, CardStyle, CardText, draw_card


class _EveryTag(security._CodeFinder):
    parse_starttag = HTMLParser.parse_starttag  # no shortcut: every tag's attributes read


TAGS = [
    '<a href="../signs/x/" class="md-nav__link">x</a>',
    "<a/onclick=x()>x</a>",
    "<A ONCLICK=x>x</A>",
    "<a\tonmouseover=x>x</a>",
    '<a title="x"onclick="y">x</a>',
    "<a href=java&#115;cript:x>x</a>",
    '<a href="javascript&colon;x">x</a>',
    '<a href="JAVASCRIPT:x">x</a>',
    '<iframe SRCDOC="&lt;b&gt;"></iframe>',
    "<META http-equiv=refresh content='0;url=javascript:x'>",
    "<style>p{color:red}</style><p onclick=x>",
    "<style>a<b onclick=x></style>",
    "<ScRiPt>alert(1)</ScRiPt>",
    "<script/>",
    "<scripts onclick=x>",
    "<p>one only on=<b>onion</b></p>",
    '<img alt="on the road" src="a.png">',
    "<a href=x>",
    "<p <a onclick=x>",
]


HARMLESS = {TAGS[0], "<style>a<b onclick=x></style>", "<p>one only on=<b>onion</b></p>", TAGS[-3], TAGS[-2]}


@pytest.mark.parametrize("tag", TAGS)
def test_the_csp_checks_shortcut_finds_what_reading_every_tag_finds(tag: str, monkeypatch) -> None:
    html = f"<!doctype html><html><head><meta charset=utf-8></head><body>{tag}</body></html>"
    quick = security._scan(html)
    monkeypatch.setattr(security, "_CodeFinder", _EveryTag)
    assert quick == security._scan(html)
    assert bool(quick[1]) == (tag not in HARMLESS), "code is found where there is some"


def test_a_plain_tag_is_stepped_over_and_a_tag_that_may_hold_code_is_read() -> None:
    assert not security._MAYBE_CODE.search('<a href="../signs/x/" class="md-nav__link">')
    for tag in ("<a/onclick=x>", "<a href=java&#115;cript:x>", "<a href=javascript:x>", "<iframe srcdoc=x>"):
        assert security._MAYBE_CODE.search(tag), tag


PAGE = ("<!doctype html><html><head><title>x</title></head><body>" + "<p>words of a page</p>" * 900).encode()


def test_pages_get_a_quick_brotli_setting_and_shared_files_a_thorough_one() -> None:
    assert brotli_settings(PAGE) == {"quality": PAGE_QUALITY, "lgwin": 16}  # 20 KB: the smallest window
    assert brotli_settings(b"p{color:red}" * 10_000)["quality"] == 10  # a style sheet, 120 KB
    assert brotli_settings(b"p{color:red}" * 10_000)["lgwin"] == 17
    assert brotli_settings(b"x" * 300_000)["quality"] == 5  # very large
    packed = _compress(PAGE, ".br")
    assert brotli.decompress(packed) == PAGE and len(packed) < 200


def test_a_card_drawn_from_a_palette_keeps_its_colours_few_and_its_text_dark() -> None:
    text = CardText(site_name="Seen", title="A title", line="A line under it.", eyebrow="Signs", footer="x.org")
    image = Image.open(io.BytesIO(draw_card(text, CardStyle(primary="#123456", accent="#abcdef"))))
    assert image.mode == "P"
    colours = {colour for _, colour in image.convert("RGB").getcolors(256)}
    assert len(colours) <= 64
    hexes = {"#{:02x}{:02x}{:02x}".format(*colour) for colour in colours}
    assert {PAPER, INK, "#123456", "#abcdef", "#ffffff"} <= hexes  # paper, title, band, its line, the band's words


def test_a_clean_page_is_scanned_once_and_a_page_with_code_every_time(tmp_path, monkeypatch) -> None:
    clean = "<!doctype html><html><head><meta charset=utf-8></head><body><p>x</p></body></html>"
    first = security.content_security_policy(clean, cache=tmp_path)
    assert len(list(tmp_path.glob("*.json"))) == 1
    monkeypatch.setattr(security, "_scan", lambda html: pytest.fail("a kept page was parsed again"))
    assert security.content_security_policy(clean, cache=tmp_path) == first
    monkeypatch.undo()
    bad = clean.replace("<p>x</p>", "<img src=x onerror=alert(1)>")
    for _ in range(2):  # never kept: stops the build every time
        with pytest.raises(security.UnexpectedCode):
            security.content_security_policy(bad, cache=tmp_path)
    assert len(list(tmp_path.glob("*.json"))) == 1
