"""A large build hands its preview cards to the workers a batch at a time (fewer hand-overs in the
drawing process); the cards, the last short batch's too, are those one process draws."""

from __future__ import annotations

from pathlib import Path

from seen.pages.cards import CARD_BATCH, CardCache, CardStyle, CardText, draw_card

STYLE = CardStyle(primary="#1d5f5b", accent="#8a3a14")


def test_cards_go_to_workers_in_batches_and_the_last_short_batch_is_drawn_at_finish(tmp_path: Path) -> None:
    texts = [
        CardText(site_name="Seen", title=f"Effect {n}", footer="seen.example.org") for n in range(2 * CARD_BATCH + 3)
    ]
    cache = CardCache(tmp_path / "cards", workers=2)
    try:
        paths = [cache.card(text, STYLE) for text in texts]
        assert len(cache._pending) == 2  # two full batches handed over; three cards wait for finish()
        cache.finish()
    finally:
        cache.close()
    assert all(path.is_file() for path in paths)
    for n in (0, CARD_BATCH, len(texts) - 1):  # one of each batch
        assert paths[n].read_bytes() == draw_card(texts[n], STYLE)


def test_a_card_asked_for_before_the_workers_are_stopped_is_still_drawn_at_finish(tmp_path: Path) -> None:
    # The safety net in finish(): if the card workers were stopped (close()) before every card was handed
    # over, the cards asked for must still be on disk when the build publishes them.
    texts = [CardText(site_name="Seen", title=f"Sign {n}", footer="seen.example.org") for n in range(3)]
    cache = CardCache(tmp_path / "cards", workers=2)
    try:
        paths = [cache.card(text, STYLE) for text in texts]
        cache.close()
        cache.finish()
    finally:
        cache.close()
    assert all(path.is_file() for path in paths)
    assert paths[1].read_bytes() == draw_card(texts[1], STYLE)
