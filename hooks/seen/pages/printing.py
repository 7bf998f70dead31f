"""What a printed page needs that a screen does not: where each link goes, and a QR code home.

Paper cannot follow a link, so every link in a page's article gets its absolute address in a
data attribute; the print style sheet shows it after the link text. QR codes are drawn here at
build time, as inline SVG, with nothing fetched from anywhere.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urljoin

import segno
from markupsafe import Markup

from seen.finish.theme_fixes import ThemeMarkupChanged

PRINT_URL_ATTRIBUTE = "data-seen-print-url"
_ARTICLE = re.compile(r"(<article\b[^>]*>)(.*?)(</article>)", re.DOTALL)
_LINK = re.compile(r"<a\b(?P<attributes>[^>]*)>")
_HREF = re.compile(r'\bhref="(?P<href>[^"]*)"')
# Addresses that are already what they say (a phone number is its own text) or only move within the page.
_NOT_SHOWN = ("#", "tel:", "sms:", "mailto:", "javascript:")


def print_address(href: str, *, page_url: str) -> str | None:
    """The absolute address a link goes to, or None where printing it would not help the reader."""
    if not href or href.startswith(_NOT_SHOWN):
        return None
    return urljoin(page_url, href)


def add_print_addresses(html: str, *, page_url: str | None) -> str:
    """Give every link in the page's article its absolute address, for the print style sheet.

    A page without an absolute address (no site_url in mkdocs.yml) is left as it was; a page with
    no <article> raises ThemeMarkupChanged (the theme draws every page's content in one).
    """
    if not page_url:
        return html

    def link(match: re.Match[str]) -> str:
        attributes = match["attributes"]
        href = _HREF.search(attributes)
        if href is None or PRINT_URL_ATTRIBUTE in attributes:
            return match[0]
        address = print_address(href["href"].replace("&amp;", "&"), page_url=page_url)
        if address is None:
            return match[0]
        shown = address.replace("&", "&amp;").replace('"', "&quot;")
        return f'<a{attributes} {PRINT_URL_ATTRIBUTE}="{shown}">'

    def article(match: re.Match[str]) -> str:
        return match[1] + _LINK.sub(link, match[2]) + match[3]

    html, found = _ARTICLE.subn(article, html, count=1)
    if not found:
        raise ThemeMarkupChanged("seen.pages.printing.add_print_addresses", "the page's <article>")
    return html


def qr_svg(url: str, *, title: str) -> Markup:
    """A QR code of `url` as inline SVG, black on white, sized by the style sheet."""
    code = segno.make(url, error="m", micro=False)
    return Markup(
        code.svg_inline(
            scale=1, border=4, dark="#000", light="#fff", title=title, svgclass="seen-qr", lineclass=None, omitsize=True
        )
    )


def cached_qr_svg(folder: Path) -> Callable[..., Markup]:
    """qr_svg, with each code kept in `folder` under a hash of what shapes it: choosing a QR code's
    mask is slow (about 20 ms a page), and a page's address rarely changes."""

    def svg(url: str, *, title: str) -> Markup:
        key = hashlib.sha256(json.dumps([segno.__version__, url, title]).encode("utf-8")).hexdigest()[:32]
        path = folder / f"{key}.svg"
        if path.is_file():
            return Markup(path.read_text(encoding="utf-8"))
        made = qr_svg(url, title=title)
        folder.mkdir(parents=True, exist_ok=True)
        temp = path.with_name(f".{key}.{os.getpid()}.tmp")
        temp.write_text(str(made), encoding="utf-8")
        os.replace(temp, path)
        return made

    return svg
