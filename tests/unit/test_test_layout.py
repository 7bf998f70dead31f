"""The tests' own layout: pytest imports each test file by its name, so a name used in two tiers
stops the whole run at collection."""

from __future__ import annotations

from collections import Counter

from support.project import ROOT


def test_every_test_file_name_is_used_once_across_the_tiers() -> None:
    names = Counter(path.name for path in (ROOT / "tests").rglob("test_*.py"))
    assert [name for name, count in names.items() if count > 1] == []


def test_tests_live_in_a_tier() -> None:
    stray = [path.relative_to(ROOT).as_posix() for path in (ROOT / "tests").glob("test_*.py")]
    assert stray == [], "put each test file in tests/unit, tests/site or tests/browser"
