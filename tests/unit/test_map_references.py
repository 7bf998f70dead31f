"""What the map of the guide says leads to what, as plain data: a guide in, cross-references out,
without building a site. The map as drawn: tests/site/test_map.py and tests/browser/test_map_browser.py."""

from __future__ import annotations

import datetime

from seen.content.guide import Guide, load_guide
from seen.content.models import Effect, Sign, Step
from seen.pages.guide_map import cross_references, map_anchor, outgoing_references
from support.project import ROOT

COMMON = {
    "summary": "S.",
    "keywords": ["k"],
    "reviewed": datetime.date(2026, 11, 26),
    "icon": "material/sprout-outline",
}


def small_guide() -> Guide:
    """Two signs, two effects, two steps: enough for every kind of line."""
    real = load_guide(ROOT / "data")
    steps = [
        Step(slug=f"step-{n}", title=f"Step {n}", why_it_helps="W.", how_to=["A.", "B."], **COMMON) for n in (1, 2)
    ]
    effects = [
        Effect(
            slug="effect-1",
            title="Effect one",
            feels_like=["A.", "B."],
            why_it_happens="W.",
            try_this=[{"text": "T.", "step": "step-2"}],
            steps=["step-2"],
            **COMMON,
        ),
        Effect(
            slug="effect-2",
            title="Effect two",
            feels_like=["A.", "B."],
            why_it_happens="W.",
            try_this=[{"text": "T.", "step": "step-1"}],
            steps=["step-1", "step-2"],
            **COMMON,
        ),
    ]
    signs = [
        Sign(
            slug="sign-1",
            title="A sign with a rather long title that needs more than one line",
            question="Q?",
            looks_like=["A.", "B."],
            why_it_matters="W.",
            try_this=[{"text": "T.", "step": "step-1"}],
            effects=["effect-2"],
            steps=["step-1"],
            **COMMON,
        ),
        Sign(
            slug="sign-2",
            title="Sign two",
            question="Q?",
            looks_like=["A.", "B."],
            why_it_matters="W.",
            try_this=[{"text": "T.", "step": "step-2"}],
            effects=["effect-1", "effect-2"],
            steps=["step-2", "step-1"],
            **COMMON,
        ),
    ]
    return Guide(
        signs=signs,
        effects=effects,
        steps=steps,
        ui=real.ui,
        practice=real.practice,
        help=real.help,
        search_words=real.search_words,
    )


def test_outgoing_references_are_what_each_entry_points_to() -> None:
    guide = small_guide()
    sign, effect, step = guide.signs[1], guide.effects[1], guide.steps[0]
    assert {k: [e.slug for e in v] for k, v in outgoing_references(guide, sign).items()} == {
        "effects": ["effect-1", "effect-2"],
        "steps": ["step-2", "step-1"],
    }
    assert {k: [e.slug for e in v] for k, v in outgoing_references(guide, effect).items()} == {
        "steps": ["step-1", "step-2"]
    }
    assert outgoing_references(guide, step) == {}


def test_cross_references_are_every_pair_the_data_names_in_data_order() -> None:
    guide = small_guide()
    assert [(source.slug, target.slug) for source, target in cross_references(guide)] == [
        ("sign-1", "effect-2"),
        ("sign-1", "step-1"),
        ("sign-2", "effect-1"),
        ("sign-2", "effect-2"),
        ("sign-2", "step-2"),
        ("sign-2", "step-1"),
        ("effect-1", "step-2"),
        ("effect-2", "step-1"),
        ("effect-2", "step-2"),
    ]
    real = load_guide(ROOT / "data")
    named = sum(len(s.effects) + len(s.steps) for s in real.signs) + sum(len(e.steps) for e in real.effects)
    assert len(cross_references(real)) == named


def test_an_entrys_anchor_on_the_map_is_its_kind_and_slug() -> None:
    guide = small_guide()
    assert [map_anchor(e) for e in guide.all_entries()][:3] == ["signs-sign-1", "signs-sign-2", "effects-effect-1"]
