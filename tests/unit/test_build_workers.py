"""A build's worker processes: when its pages start (on_env), the preview cards it has asked for so
far go on being drawn by its card workers; the page settings every page is finished with are made
once per edition."""

from __future__ import annotations

from pathlib import Path

import pytest

from seen.pages.cards import CARD_BATCH, CardCache, CardStyle, CardText, draw_card
from support.project import ROOT

STYLE = CardStyle(primary="#1d5f5b", accent="#8a3a14")


@pytest.fixture
def build():
    from mkdocs.config import load_config

    from seen.build import start_build

    config = load_config(str(ROOT / "mkdocs.yml"))
    made = start_build(config)
    try:
        yield made, config
    finally:
        made.close_workers()


def test_pages_starting_leave_the_cards_asked_for_before_to_the_card_workers(
    build, tmp_path: Path, monkeypatch
) -> None:
    from mkdocs.structure.files import Files

    import seen.pages.cards

    made, config = build
    cards = CardCache(tmp_path / "cards", workers=2)
    made.sharing.cards = cards
    texts = [CardText(site_name="Seen", title=f"Moved {n}", footer="seen.example.org") for n in range(CARD_BATCH + 2)]
    paths = [cards.card(text, STYLE) for text in texts]  # as the moved pages' previews are, at on_files
    assert (len(cards._pending), len(cards._batch)) == (1, 2)

    made.on_env(config.theme.get_env(), Files([]))

    assert (len(cards._pending), len(cards._batch)) == (1, 2)  # nothing dropped, the workers still there
    assert cards._executor is not None

    def drawn_here(*args, **kwargs):  # the safety net in finish(): a card the workers did not draw
        raise AssertionError("a preview card was drawn in the main process after on_env")

    monkeypatch.setattr(seen.pages.cards, "store_card", drawn_here)  # the workers, forked before, keep theirs
    cards.finish()
    assert all(path.is_file() for path in paths)
    assert paths[-1].read_bytes() == draw_card(texts[-1], STYLE)


def test_the_finishing_settings_are_made_once_per_edition(build) -> None:
    made, _ = build
    assert made.finishing is made.finishing
    assert made.finishing.language == made.edition.language
    assert made.finishing.site_url == made.site_url
