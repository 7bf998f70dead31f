"""Preview cards: the right size, small, readable in any practice's colours, and drawn only once."""

from __future__ import annotations

import io
import re
from pathlib import Path

import yaml
from PIL import Image

from support.project import run_build
from seen.pages import cards
from seen.pages.cards import CardCache, CardStyle, CardText, card_key, contrast, draw_card, readable_on

STYLE = CardStyle(primary="#1d5f5b", accent="#8a3a14")
LONGEST = CardText(
    site_name="Riverside Counselling and Family Therapy Practice of Springfield",
    title="A title far longer than any in the guide, so that it has to be made smaller and then cut short at the end",
    line="x" * 40 + " a summary of the full 160 characters allowed, which wraps over three lines of the card " + "y" * 30,
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


def cache_state(project: Path) -> dict[str, int]:
    return {path.name: path.stat().st_mtime_ns for path in (project / ".cache" / "cards").glob("*.png")}


def drew(output: str) -> int:
    """Cards drawn by the whole build: each language's edition says how many it drew."""
    return sum(int(count) for count in re.findall(r"drew (\d+) preview cards", output))


def test_a_rebuild_with_nothing_changed_draws_no_card_and_a_changed_title_draws_one(project_copy: Path) -> None:
    first = run_build(project_copy)
    assert first.returncode == 0, first.output
    before = cache_state(project_copy)
    assert drew(first.output) == len(before) >= 32
    for name in before:  # the site gets the cached cards themselves (each language's in its edition)
        cached = project_copy / ".cache" / "cards" / name
        published = [first.site / "assets" / "cards" / name, first.site / "es" / "assets" / "cards" / name]
        assert [path.read_bytes() for path in published if path.exists()] == [cached.read_bytes()]

    again = run_build(project_copy)
    assert again.returncode == 0, again.output
    assert drew(again.output) == 0
    assert cache_state(project_copy) == before, "no card was redrawn or rewritten"

    path = project_copy / "data" / "signs.yml"
    signs = yaml.safe_load(path.read_text(encoding="utf-8"))
    signs[4]["title"] = "A new title for one sign"
    path.write_text(yaml.safe_dump(signs, allow_unicode=True, sort_keys=False), encoding="utf-8")
    changed = run_build(project_copy)
    assert changed.returncode == 0, changed.output
    assert drew(changed.output) == 1
    after = cache_state(project_copy)
    assert len(after) == len(before) + 1 and all(after[name] == mtime for name, mtime in before.items())
