"""Entry pages are generated from data, never written by hand in docs/."""

from __future__ import annotations

from support.project import KINDS, ROOT


def test_no_entry_page_is_written_by_hand_in_docs() -> None:
    for kind in KINDS:
        assert sorted(p.name for p in (ROOT / "docs" / kind).iterdir()) == ["index.md"]
