"""Labels are small templates, not Python format strings: `{name}` is replaced by a value, and
nothing else. Which placeholders each label of ui.yml may use is listed here, and checked when the
data loads, so a misspelt one is a one-line message, never a half-written site."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Mapping
from typing import Any

# Every label that takes values, by its place in ui.yml, and the names it may use.
# Any other label takes none. A new label with a placeholder is added here.
PLACEHOLDERS: dict[str, tuple[str, ...]] = {
    "date_format": ("day", "month", "year"),
    "last_reviewed": ("reviewed", "next_review"),
    "in_section": ("section",),
    "pager": ("section",),
    "talk_to_us.title": ("name",),
    "handout.title": ("name",),
    "website_link": ("name",),
    "check_in.status_many": ("count",),  # filled in the reader's browser by assets/seen.js
    "share.card_alt": ("title", "site"),
    "signs.position": ("n", "total"),
    "effects.position": ("n", "total"),
    "steps.position": ("n", "total"),
}

# A placeholder, or a brace that belongs to none.
_TOKEN = re.compile(r"\{(?P<inside>[^{}]*)\}|[{}]")
_NAME = re.compile(r"[a-z][a-z_]*")


class LabelError(ValueError):
    """A label that cannot be filled: what is wrong with it, in words (without the label's name)."""


def _may_use(allowed: tuple[str, ...]) -> str:
    if not allowed:
        return "this label takes no placeholders (write braces only around a placeholder)"
    return "this label may use " + ", ".join("{" + name + "}" for name in allowed)


def check_template(template: str, allowed: tuple[str, ...]) -> None:
    """Raise LabelError unless every `{...}` in `template` is one of `allowed`, and every brace is paired."""
    for match in _TOKEN.finditer(template):
        inside = match["inside"]
        if inside is None:
            raise LabelError(f'unmatched "{match.group(0)}" at character {match.start() + 1}; {_may_use(allowed)}')
        if not _NAME.fullmatch(inside):
            raise LabelError(
                f"placeholder {{{inside}}} is not a plain name (no dots, brackets or spaces); {_may_use(allowed)}"
            )
        if inside not in allowed:
            close = difflib.get_close_matches(inside, allowed, n=1)
            hint = f" (did you mean {{{close[0]}}}?)" if close else ""
            raise LabelError(f"unknown placeholder {{{inside}}}{hint}; {_may_use(allowed)}")


def fill(template: str, **values: Any) -> str:
    """The label with each `{name}` replaced by its value, as text (templates escape it).

    Values are never looked into: `{name.__class__}` is refused, not evaluated."""
    check_template(template, tuple(values))

    def replace(match: re.Match[str]) -> str:
        return str(values[match["inside"]])

    return _TOKEN.sub(replace, template)


def _texts(value: Any, path: str) -> Iterator[tuple[str, str]]:
    """(place in the file, text) for every text in a group of labels."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield from _texts(item, f"{path}.{key}" if path else str(key))
    elif isinstance(value, (list, tuple)):
        for position, item in enumerate(value, start=1):
            yield from _texts(item, f"{path}[{position}]")


def label_problems(labels: Mapping[str, Any]) -> Iterator[str]:
    """One line per label that breaks its placeholder rule: 'field "x.y": what is wrong'."""
    for path, text in _texts(labels, ""):
        try:
            check_template(text, PLACEHOLDERS.get(path, ()))
        except LabelError as error:
            yield f'field "{path}": {error}'
