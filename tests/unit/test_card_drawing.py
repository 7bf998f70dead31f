"""Preview cards drawn as pictures (seen.pages.cards): size, weight, colours, readable words, and the
cache that draws each card once. A rebuild that reuses the cache: tests/site/test_cards.py."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

from seen.pages import cards
from seen.pages.cards import CardCache, CardStyle, CardText, card_key, contrast, draw_card, readable_on

STYLE = CardStyle(primary="#1d5f5b", accent="#8a3a14")

LONGEST = CardText(
    site_name="Riverside Counselling and Family Therapy Practice of Springfield",
    title="A title far longer than any in the guide, so that it has to be made smaller and then cut short at the end",
    line="x" * 40
    + " a summary of the full 160 characters allowed, which wraps over three lines of the card "
    + "y" * 30,
    eyebrow="How it can affect you",
    footer="guide.riverside-counselling.example.com/seen",
)


def drawn(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def test_a_card_is_a_1200_by_630_png_under_100_kb_even_with_the_longest_words() -> None:
    for text in (LONGEST, CardText(site_name="Seen", title="Seen")):
        data = draw_card(text, STYLE)
        assert len(data) < 100_000
        image = drawn(data)
        assert (image.format, image.size) == ("PNG", (1200, 630))


def test_the_card_wears_the_practice_colours() -> None:
    image = drawn(draw_card(LONGEST, CardStyle(primary="#123456", accent="#abcdef"))).convert("RGB")
    assert image.getpixel((5, 5)) == (0x12, 0x34, 0x56)  # the band
    assert image.getpixel((5, 124)) == (0xAB, 0xCD, 0xEF)  # the line under it


def test_words_on_the_band_stay_readable_on_a_light_practice_colour() -> None:
    for primary in ("#1d5f5b", "#f2c94c", "#ffffff", "#000000", "#8a3a14"):
        assert contrast(readable_on(primary), primary) >= 4.5, primary


def test_the_cache_key_changes_with_words_colours_and_version(monkeypatch) -> None:
    key = card_key(LONGEST, STYLE)
    assert key == card_key(LONGEST, STYLE)
    assert key != card_key(CardText(**{**LONGEST.__dict__, "title": "Another"}), STYLE)
    assert key != card_key(LONGEST, CardStyle(primary="#1d5f5c", accent=STYLE.accent))
    monkeypatch.setattr(cards, "CARD_VERSION", "next")
    assert key != card_key(LONGEST, STYLE)


def test_the_cache_draws_a_card_once(tmp_path: Path, monkeypatch) -> None:
    calls: list[CardText] = []
    monkeypatch.setattr(cards, "draw_card", lambda text, style: calls.append(text) or b"png")
    first = CardCache(tmp_path)
    assert first.card(LONGEST, STYLE) == first.card(LONGEST, STYLE)
    second = CardCache(tmp_path)  # the next build
    second.card(LONGEST, STYLE)
    assert len(calls) == 1
    assert (len(first.drawn), len(second.drawn), len(second.reused)) == (1, 0, 1)
