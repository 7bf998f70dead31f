"""Printed addresses and the QR code (seen.pages.print), as functions. On the built pages:
tests/site/test_print.py; printed by Chromium: tests/browser/test_browser_print.py."""

from __future__ import annotations

from seen.pages.printing import PRINT_URL_ATTRIBUTE, add_print_addresses, print_address, qr_svg


def test_print_addresses_skip_what_paper_does_not_need() -> None:
    page = "https://seen.example.org/signs/x/"
    assert print_address("../../steps/y/", page_url=page) == "https://seen.example.org/steps/y/"
    assert print_address("https://other.example/", page_url=page) == "https://other.example/"
    for href in ("#part", "tel:988", "sms:988", "mailto:a@example.org", ""):
        assert print_address(href, page_url=page) is None


def test_only_the_article_is_touched_and_nothing_without_a_site_url() -> None:
    html = '<nav><a href="../a/">A</a></nav><article class="x"><a class="c" href="../b/?q=1&amp;r=2">B</a></article>'
    out = add_print_addresses(html, page_url="https://seen.example.org/p/")
    assert out.startswith('<nav><a href="../a/">A</a></nav>')
    assert (
        f'<a class="c" href="../b/?q=1&amp;r=2" {PRINT_URL_ATTRIBUTE}="https://seen.example.org/b/?q=1&amp;r=2">' in out
    )
    assert add_print_addresses(html, page_url=None) == html


def test_qr_code_is_inline_svg_with_a_name_and_no_outside_reference() -> None:
    svg = str(qr_svg("https://seen.example.org/", title="A <code> & more"))
    assert svg.startswith("<svg") and 'class="seen-qr"' in svg
    assert "<title>A &lt;code&gt; &amp; more</title>" in svg
    assert "http" not in svg.replace("https://seen.example.org/", "")  # no xlink or xmlns URL to fetch
