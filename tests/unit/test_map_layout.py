"""The map's layout as plain numbers: a guide in, boxes and lines out, without building a site."""

from __future__ import annotations

import datetime

import pytest

from seen.content.guide import Guide, load_guide
from seen.content.models import Effect, Sign, Step
from seen.pages.guide_map import (
    LANE_SIDE,
    MapLayout,
    MapStyle,
    cross_references,
    layout_map,
    line_joins,
    map_anchor,
    outgoing_references,
    text_width,
    wrap_text,
)
from support.project import ROOT

HEADINGS = {"signs": "The 13 signs", "effects": "How it can affect you", "steps": "Steps toward repair"}
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


def assert_sound(layout: MapLayout, guide: Guide) -> None:
    """What must hold for any guide: every entry once, every reference once, all inside, nothing crossed."""
    style = layout.style
    assert [node.anchor for node in layout.nodes] == [map_anchor(e) for e in guide.all_entries()]
    assert [(e.source, e.target) for e in layout.edges] == cross_references(guide)
    for above, below in zip(layout.nodes, layout.nodes[1:], strict=False):
        assert above.y + above.height < below.y, f"{above.anchor} overlaps {below.anchor}"
    for node in layout.nodes:
        assert node.x > 0 and node.x + node.width < layout.width
        assert node.y + node.height <= layout.height
        room = node.x + node.width - style.padding - node.text_x
        for line in node.lines:
            assert text_width(line, style.font_size) <= room, f"{node.anchor}: {line!r} is wider than its box"
        assert (
            "".join(line + join for line, join in zip(node.lines, node.joins + [""], strict=False)) == node.entry.title
        )
        assert node.y <= node.icon_y and node.icon_y + style.icon_size <= node.y + node.height
    for edge in layout.edges:
        assert 0 < edge.lane < layout.width
        assert edge.y1 > edge.y0, "lines run downwards"
        source = next(n for n in layout.nodes if n.entry is edge.source)
        target = next(n for n in layout.nodes if n.entry is edge.target)
        assert edge.y0 == source.middle and edge.y1 == target.middle
        assert edge.x0 in (source.x, source.x + source.width) and edge.x1 in (target.x, target.x + target.width)
        outside = (edge.lane - edge.x0) * edge.side > 0
        assert outside, "a lane runs beside the boxes, never through them"
    # One lane per target, and a nearer lane always ends higher up: a line turning into its box
    # never crosses a lane that is still running.
    for kind, side in LANE_SIDE.items():
        ends = {}
        for edge in layout.edges:
            if edge.target.kind == kind:
                assert ends.setdefault(edge.lane, edge.y1) == edge.y1, "two targets share a lane"
        by_nearness = [ends[lane] for lane in sorted(ends, key=lambda lane: lane * side)]
        assert by_nearness == sorted(by_nearness)


def test_the_real_guide_lays_out_soundly_at_phone_width() -> None:
    guide = load_guide(ROOT / "data")
    layout = layout_map(guide, HEADINGS)
    assert_sound(layout, guide)
    assert layout.width == 300
    references = sum(len(s.effects) + len(s.steps) for s in guide.signs) + sum(len(e.steps) for e in guide.effects)
    assert len(layout.edges) == references


def test_a_small_guide_lays_out_soundly_and_arrows_mark_only_targets() -> None:
    guide = small_guide()
    layout = layout_map(guide, HEADINGS)
    assert_sound(layout, guide)
    arrows = {node.anchor: node.arrow for node in layout.nodes}
    assert arrows["signs-sign-1"] is None and arrows["signs-sign-2"] is None
    assert (
        arrows["effects-effect-1"].side == 1
        and arrows["effects-effect-1"].x == layout.nodes[0].x + layout.nodes[0].width
    )
    assert arrows["steps-step-1"].side == -1 and arrows["steps-step-1"].x == layout.nodes[0].x
    assert len(layout.nodes[0].lines) > 1
    assert layout.nodes[0].height > layout.nodes[1].height


def test_more_targets_make_more_lanes_and_narrower_boxes() -> None:
    guide = small_guide()
    narrow = layout_map(guide, HEADINGS)
    real = layout_map(load_guide(ROOT / "data"), HEADINGS)
    assert real.nodes[0].width < narrow.nodes[0].width
    assert len({e.lane for e in real.edges}) == len(real.nodes) - len(load_guide(ROOT / "data").signs)


def test_too_many_lanes_for_the_width_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="too many lanes"):
        layout_map(small_guide(), HEADINGS, MapStyle(width=120))


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


@pytest.mark.parametrize(
    "text",
    ["They go quiet to punish you", "Notice small steps and know your limits", "Supercalifragilisticexpialidocious x"],
)
def test_wrapped_lines_fit_keep_every_word_and_stay_balanced(text: str) -> None:
    lines = wrap_text(text, max_width=110, font_size=13.5)
    assert all(text_width(line, 13.5) <= 110 for line in lines)
    assert "".join(line + join for line, join in zip(lines, line_joins(text, lines) + [""], strict=False)) == text
    if len(lines) == 2 and " " in text:
        assert len(lines[-1].split()) > 1 or len(text.split()) == 2, f"a lonely last word: {lines}"


def test_text_width_grows_with_letters_and_size() -> None:
    assert text_width("mm", 10) > text_width("ii", 10)
    assert text_width("abc", 20) == pytest.approx(2 * text_width("abc", 10))
    assert text_width("é", 10) > 0 and text_width("中", 10) >= text_width("m", 10)


def test_a_line_is_written_as_short_relative_steps_that_end_where_its_numbers_say() -> None:
    from support.map_drawing import path_points

    layout = layout_map(load_guide(ROOT / "data"), HEADINGS)
    for edge in layout.edges:
        points = path_points(edge.d)
        assert points[0] == (edge.x0, edge.y0) and points[-1] == (edge.x1, edge.y1), edge.d
        assert (edge.lane, edge.y0 + edge.corner) in points and (edge.lane, edge.y1 - edge.corner) in points, edge.d
        assert ".0 " not in edge.d + " " and " -" not in edge.d, edge.d
