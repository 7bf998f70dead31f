"""The plain functions behind the hooks, tested with values in and values out."""

from __future__ import annotations

import datetime
import time
from pathlib import Path

import pytest

from seen.content.guide import load_guide
from seen.content.loading import GuideDataError, read_yaml
from seen.content.models import Step
from seen.pages.generated import expand_nav, markdown_text
from support.project import ROOT


def test_an_alias_bomb_is_rejected_well_under_a_second(tmp_path: Path) -> None:
    lines = ['- &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"- &{c} [{', '.join(['*' + p] * 9)}]" for p, c in zip("abcdefgh", "bcdefghi", strict=False)]
    path = tmp_path / "signs.yml"
    path.write_text("\n".join(lines), encoding="utf-8")
    started = time.perf_counter()
    with pytest.raises(GuideDataError, match="aliases are not allowed"):
        read_yaml(path, label="data/signs.yml")
    assert time.perf_counter() - started < 0.2


def test_markdown_text_is_literal() -> None:
    assert str(markdown_text("*hi* <b>&</b>")) == r"\*hi\* &lt;b&gt;&amp;&lt;/b&gt;"
    assert str(markdown_text("1. one")) == r"1\. one"


def test_next_review_is_a_year_later_even_from_a_leap_day() -> None:
    step = Step(
        slug="x",
        icon="material/sprout-outline",
        title="X",
        summary="X.",
        keywords=["x"],
        reviewed=datetime.date(2028, 2, 29),
        why_it_helps="X.",
        how_to=["A.", "B."],
    )
    assert step.next_review == datetime.date(2029, 2, 28)


def test_nav_without_a_section_for_a_kind_is_an_error() -> None:
    guide = load_guide(ROOT / "data")
    with pytest.raises(ValueError, match="effects/index.md"):
        expand_nav(["index.md", {"Signs": ["signs/index.md"]}, {"Steps": ["steps/index.md"]}], guide)


def test_nav_gets_every_entry_after_its_section_index() -> None:
    guide = load_guide(ROOT / "data")
    nav = expand_nav([{"S": ["signs/index.md"]}, {"E": ["effects/index.md"]}, {"T": ["steps/index.md"]}], guide)
    signs = nav[0]["S"]
    assert signs[0] == "signs/index.md"
    assert [list(item.values())[0] for item in signs[1:]] == [f"signs/{s.slug}.md" for s in guide.signs]


def test_every_effect_and_step_is_reached_from_some_sign() -> None:
    guide = load_guide(ROOT / "data")
    for entry in guide.effects + guide.steps:
        assert guide.related(entry)["signs"], f"{entry.kind}/{entry.slug} has no sign leading to it"
