"""Labels are small templates: `{name}` placeholders, checked per label when ui.yml loads, and
filled without Python's format strings (no attribute or index access)."""

from __future__ import annotations

import datetime

import pytest
import yaml

from seen.content.labels import PLACEHOLDERS, LabelError, check_template, fill, label_problems
from seen.content.loading import GuideDataError, parse_ui
from support.project import ROOT


def ui_with(path: str, value: str) -> dict:
    """data/ui.yml as loaded, with the label at `path` (dotted) set to `value`."""
    ui = yaml.safe_load((ROOT / "data" / "ui.yml").read_text(encoding="utf-8"))
    *parents, last = path.split(".")
    target = ui
    for part in parents:
        target = target[part]
    target[last] = value
    return ui


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (
            "talk_to_us.title",
            "Talk to {name.__class__}",
            'data/ui.yml: field "talk_to_us.title": placeholder {name.__class__} is not a plain name '
            "(no dots, brackets or spaces); this label may use {name}",
        ),
        (
            "talk_to_us.title",
            "Talk to {nmae}",
            'data/ui.yml: field "talk_to_us.title": unknown placeholder {nmae} (did you mean {name}?); '
            "this label may use {name}",
        ),
        (
            "share.card_alt",
            "{titel}, from {site}",
            'data/ui.yml: field "share.card_alt": unknown placeholder {titel} (did you mean {title}?); '
            "this label may use {title}, {site}",
        ),
        (
            "pager",
            "{",
            'data/ui.yml: field "pager": unmatched "{" at character 1; this label may use {section}',
        ),
        (
            "signs.position",
            "Sign {n} of {total",
            'data/ui.yml: field "signs.position": unmatched "{" at character 13; this label may use {n}, {total}',
        ),
        (
            "signs.position",
            "Sign {n[0]} of {total}",
            'data/ui.yml: field "signs.position": placeholder {n[0]} is not a plain name (no dots, brackets or '
            "spaces); this label may use {n}, {total}",
        ),
        (
            "moved.title",
            "Moved to {name}",
            'data/ui.yml: field "moved.title": unknown placeholder {name}; this label takes no placeholders '
            "(write braces only around a placeholder)",
        ),
        (
            "date_format",
            "{day}} {month} {year}",
            'data/ui.yml: field "date_format": unmatched "}" at character 6; this label may use {day}, {month}, {year}',
        ),
    ],
)
def test_a_broken_label_is_one_line_naming_it_and_its_placeholders(path: str, value: str, message: str) -> None:
    with pytest.raises(GuideDataError) as caught:
        parse_ui(ui_with(path, value), label="data/ui.yml")
    assert str(caught.value) == message
    assert "\n" not in str(caught.value)


def test_every_label_of_both_languages_keeps_its_rule() -> None:
    for folder in (ROOT / "data", ROOT / "data" / "es"):
        ui = yaml.safe_load((folder / "ui.yml").read_text(encoding="utf-8"))
        assert list(label_problems(ui)) == [], folder
    for path in PLACEHOLDERS:  # every listed label exists, so the list cannot drift from ui.yml
        node = yaml.safe_load((ROOT / "data" / "ui.yml").read_text(encoding="utf-8"))
        for part in path.split("."):
            node = node[part]
        assert isinstance(node, str), path


def test_fill_puts_values_in_as_text_and_looks_into_nothing() -> None:
    assert fill("Talk to {name}", name="Smith & <Jones>") == "Talk to Smith & <Jones>"
    assert fill("{n} of {total}", n=3, total=13) == "3 of 13"
    assert fill("{a}{a}", a="{b}", b="x") == "{b}{b}", "a value's braces are not filled again"
    with pytest.raises(LabelError, match="not a plain name"):
        fill("Talk to {name.__class__}", name="x")
    with pytest.raises(LabelError, match="unknown placeholder {nmae}"):
        fill("Talk to {nmae}", name="x")


def test_check_template_accepts_the_allowed_placeholders_in_any_order_or_none() -> None:
    check_template("{total} and {n}", ("n", "total"))
    check_template("no placeholders", ("n", "total"))
    check_template("", ())


def test_dates_are_filled_from_the_label() -> None:
    ui = parse_ui(ui_with("date_format", "{month} {day}, {year}"), label="data/ui.yml")
    assert ui.format_date(datetime.date(2026, 11, 30)) == f"{ui.months[10]} 30, 2026"
