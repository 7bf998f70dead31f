"""The practice's settings, read as a practice writes them: the site's address, and the template
that shows every setting (data/practice.yml)."""

from __future__ import annotations

import re
import shutil
import typing
from pathlib import Path

import pytest
from pydantic import BaseModel

from seen.content.loading import GuideDataError, load_practice, parse_record, parse_yaml
from seen.content.practice import PLACEHOLDER_SITE_URL, Practice
from seen.content.reminders import placeholder_message
from support.project import ROOT


@pytest.mark.parametrize(
    "written",
    ["https://example.org/resources/guide", "https://example.org/resources/guide/"],
)
def test_site_url_gets_its_final_slash(written: str) -> None:
    assert Practice(site_url=written).site_url == "https://example.org/resources/guide/"


def test_a_host_alone_gets_its_slash() -> None:
    assert Practice(site_url="https://example.org").site_url == "https://example.org/"


@pytest.mark.parametrize(
    ("written", "found"),
    [
        ("http://example.org/guide/", '"http://example.org/guide/"'),
        ("example.org/guide/", '"example.org/guide/"'),
        ("https://example.org/guide/?x=1", '"https://example.org/guide/?x=1"'),
    ],
)
def test_site_url_needs_https_and_says_so_in_one_line(written: str, found: str) -> None:
    with pytest.raises(GuideDataError) as error:
        parse_record({"site_url": written}, Practice, label="data/practice.yml", what="a group of settings")
    message = str(error.value)
    assert "\n" not in message
    assert message.startswith('data/practice.yml: field "site_url": expected the guide')
    assert '"https://example.org/resources/guide/"' in message and message.endswith(f"found {found}")


def test_only_the_placeholder_address_is_reminded() -> None:
    message = placeholder_message(PLACEHOLDER_SITE_URL)
    assert message and "previews, QR codes and the sitemap point nowhere" in message
    assert placeholder_message(PLACEHOLDER_SITE_URL + "es/") == message
    assert placeholder_message("https://example.org/resources/guide/") is None
    assert placeholder_message(None) is None


# --- data/practice.yml: the complete, commented template ------------------------------------

TEMPLATE = ROOT / "data" / "practice.yml"


def _switched_on(text: str) -> str:
    """The template with every example setting switched on, as its header tells a practice to."""
    lines = text.splitlines()[1:]  # after the editor's schema line
    return "\n".join(line[2:] if line.startswith("# ") else line for line in lines)


def _fields(model: type[BaseModel]) -> set[str]:
    """Every field of `model` and of the groups inside it, as "Group.field" (a help line's fields
    once, wherever help lines are used)."""
    found, todo = set(), [model]
    while todo:
        current = todo.pop()
        for name, info in current.model_fields.items():
            if f"{current.__name__}.{name}" not in found:
                found.add(f"{current.__name__}.{name}")
                todo += _models_in(info.annotation)
    return found


def _models_in(annotation: object) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [model for arg in typing.get_args(annotation) for model in _models_in(arg)]


def _written(value: object) -> set[str]:
    """Every field written in a validated model, as "Group.field" (list items and dict values too)."""
    found: set[str] = set()
    if isinstance(value, BaseModel):
        for name in value.model_fields_set:
            found.add(f"{type(value).__name__}.{name}")
            found |= _written(getattr(value, name))
    elif isinstance(value, list):
        for item in value:
            found |= _written(item)
    elif isinstance(value, dict):
        for item in value.values():
            found |= _written(item)
    return found


def test_the_template_as_shipped_sets_nothing(tmp_path: Path) -> None:
    shutil.copy(TEMPLATE, tmp_path / "practice.yml")
    assert load_practice(tmp_path) == Practice()


def test_the_template_shows_every_setting_with_an_example_that_parses() -> None:
    text = TEMPLATE.read_text(encoding="utf-8")
    switched_on = parse_yaml(_switched_on(text), label="data/practice.yml (examples switched on)")
    practice = parse_record(switched_on, Practice, label="data/practice.yml", what="a group of settings")
    missing = _fields(Practice) - _written(practice)
    assert not missing, f"data/practice.yml has no example for: {', '.join(sorted(missing))}"


def test_every_setting_in_the_template_is_explained() -> None:
    """Each top-level example follows a ## note (a setting with no words is a puzzle)."""
    lines = TEMPLATE.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines):
        if re.match(r"^# [a-z_]+:", line):
            before = next(other for other in reversed(lines[:number]) if other.strip())
            assert before.startswith("##"), f"line {number + 1}: {line!r} has no ## note above it"
