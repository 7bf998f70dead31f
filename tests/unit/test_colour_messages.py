"""A colour written without quotes is a YAML comment, so the setting comes out empty: the one line
names the setting (not only the line), shows the colour in quotes as the example, and what was found."""

from __future__ import annotations

import pytest

from seen.content.loading import GuideDataError, parse_yaml
from seen.content.yaml_words import setting_path, unquoted_colour

LABEL = "data/practice.yml"


@pytest.mark.parametrize("name", ["primary", "accent"])
def test_every_colour_setting_is_named(name: str) -> None:
    other = "accent" if name == "primary" else "primary"
    text = f'name: Harbour\ncolours:\n  {other}: "#1d5f5b"\n  {name}: #5b2a86\n'
    with pytest.raises(GuideDataError) as caught:
        parse_yaml(text, label=LABEL)
    first, quoted, pointer = str(caught.value).splitlines()
    assert first == (
        f'{LABEL}: field "colours.{name}" (line 4): expected a colour in quotes, like "#5b2a86", found #5b2a86 '
        "without quotes, which YAML reads as a comment, so the setting is empty"
    )
    assert quoted.strip() == f"{name}: #5b2a86" and pointer.index("^") == quoted.index("#")


def test_a_colour_that_is_no_full_colour_gets_a_full_example() -> None:
    message = unquoted_colour(LABEL, "colours:\n  primary: #abc\n")
    assert message is not None and 'like "#5b2a86", found #abc without quotes' in message


def test_quoted_colours_and_comments_pass() -> None:
    text = '## colours: #5b2a86 in a note\n# colours:\n#   primary: #5b2a86\ncolours:\n  primary: "#5b2a86"  # purple\n'
    assert unquoted_colour(LABEL, text) is None
    assert parse_yaml(text, label=LABEL) == {"colours": {"primary": "#5b2a86"}}


@pytest.mark.parametrize(
    ("text", "line", "path"),
    [
        ("colours:\n  primary: x\n", 1, "colours.primary"),
        ("colours:\n\n  # a note\n  accent: x\n", 3, "colours.accent"),
        ("a:\n  b:\n    c: 1\n  d: 2\n", 3, "a.d"),
        (
            "by_language:\n  es:\n    local_help_lines:\n      - region: X\n        hours: y\n",
            4,
            "by_language.es.local_help_lines.hours",
        ),
        ("name: x\n", 0, "name"),
    ],
)
def test_the_setting_is_found_by_its_indentation(text: str, line: int, path: str) -> None:
    assert setting_path(text.splitlines(), line) == path
