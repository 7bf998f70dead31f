"""Reading level of a built page, measured on what a reader reads (the article), offline."""

from __future__ import annotations

import textstat
from bs4 import BeautifulSoup

BLOCKS = ("h1", "h2", "h3", "h4", "p", "li", "td", "th", "dt", "dd")


def page_text(page: BeautifulSoup) -> str:
    """The article's text, one sentence-ending per block, so headings and list items count as sentences."""
    article = page.select_one("article")
    parts = []
    for block in article.find_all(BLOCKS):
        if block.find(BLOCKS):  # a list item holding paragraphs: its paragraphs are counted instead
            continue
        text = block.get_text(" ", strip=True).removesuffix("¶").strip()
        if text:
            parts.append(text if text[-1] in ".?!:" else text + ".")
    return " ".join(parts)


def grade(page: BeautifulSoup) -> float:
    textstat.set_lang("en_US")
    return textstat.flesch_kincaid_grade(page_text(page))


def fernandez_huerta(page: BeautifulSoup) -> float:
    """Fernández-Huerta reading ease of a Spanish page (higher is easier; 60 and up is plain)."""
    textstat.set_lang("es")
    try:
        return textstat.fernandez_huerta(page_text(page))
    finally:
        textstat.set_lang("en_US")
