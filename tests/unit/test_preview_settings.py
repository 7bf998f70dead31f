"""Discreet previews are a practice's choice: off unless data/practice.yml turns them on. What they
show when on: tests/site/test_discreet_previews.py."""

from __future__ import annotations

import yaml

from seen.content.practice import Practice
from support.project import ROOT


def test_previews_are_not_discreet_by_default() -> None:
    assert Practice().previews.discreet is False
    practice = yaml.safe_load((ROOT / "data" / "practice.yml").read_text(encoding="utf-8")) or {}  # comments only
    assert (practice.get("previews") or {}).get("discreet", False) is False
