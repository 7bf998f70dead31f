"""A first build (no caches) does its slow work in two processes: preview cards and compressed
copies come out exactly as one process makes them, and are kept for the next build."""

from __future__ import annotations

import gzip
from pathlib import Path

import brotli
import pytest

from seen.finish.weight import CompressionCache, precompress
from seen.pages.cards import CardCache, CardStyle, CardText, draw_card
from seen.pages.theme_script import ThemeScriptError, theme_bundle

STYLE = CardStyle(primary="#1d5f5b", accent="#8a3a14")
TEXTS = [
    CardText(site_name="Seen", title=f"Sign number {n}", line="A line under it.", footer="seen.example.org")
    for n in range(4)
]


def test_cards_drawn_by_workers_are_the_cards_one_process_draws(tmp_path: Path) -> None:
    cache = CardCache(tmp_path / "cards", workers=2)
    paths = [cache.card(text, STYLE) for text in TEXTS]
    assert cache.card(TEXTS[0], STYLE) == paths[0]  # asked twice, drawn once
    cache.finish()
    assert [path.read_bytes() for path in paths] == [draw_card(text, STYLE) for text in TEXTS]
    assert len(cache.drawn) == len(TEXTS) and not list((tmp_path / "cards").glob("*.tmp"))
    later = CardCache(tmp_path / "cards", workers=2)  # the next build draws none
    [later.card(text, STYLE) for text in TEXTS]
    later.finish()
    assert (len(later.drawn), len(later.reused)) == (0, len(TEXTS))


def test_a_card_that_cannot_be_drawn_stops_the_build_at_finish(tmp_path: Path) -> None:
    cache = CardCache(tmp_path / "cards", workers=2)
    cache.card(CardText(site_name="Seen", title="Fine"), CardStyle(primary="#zzzzzz", accent="#8a3a14"))
    with pytest.raises(ValueError):
        cache.finish()


def test_compressed_copies_made_in_workers_match_and_are_cached(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    pages = {site / f"page-{n}.html": (f"<p>Page {n} " + "words " * 400 + "</p>").encode() for n in range(40)}
    for path, data in pages.items():
        path.write_bytes(data)
    cache = CompressionCache(tmp_path / "cache", workers=2)
    assert precompress(site, cache) == 2 * len(pages)
    assert cache.made == 2 * len(pages) and cache.reused == 0
    for path, data in pages.items():
        assert gzip.decompress(path.with_name(path.name + ".gz").read_bytes()) == data
        assert brotli.decompress(path.with_name(path.name + ".br").read_bytes()) == data
    for copy in site.glob("*.gz"):
        copy.unlink()
    again = CompressionCache(tmp_path / "cache", workers=2)
    precompress(site, again)
    assert (again.made, again.reused) == (0, len(pages))


def test_the_theme_bundle_is_found_in_the_installed_theme_or_the_build_says_why(tmp_path: Path) -> None:
    assert theme_bundle().startswith("assets/javascripts/bundle.") and theme_bundle().endswith(".min.js")
    (tmp_path / "assets" / "javascripts").mkdir(parents=True)
    with pytest.raises(ThemeScriptError, match="expected one bundle"):
        theme_bundle(tmp_path)
