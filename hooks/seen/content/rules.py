"""Rules for odd values that YAML and plain types let through: text a reader cannot see, control
characters, review dates out of range, a list that names the same slug twice.

Each rule raises ValueError("what is expected; found what"), which seen.content.loading turns into one line.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from pathlib import Path
from typing import TypeVar

# Lengths, in characters (the schema says them too). The longest text in the guide today is about
# 310 characters; a pasted page, or 10,000 characters, is a mistake.
TEXT_MAX = 1000  # a paragraph or a label
TITLE_MAX = 80  # an entry's title, the practice's name: they must fit a card, the map and a tab
KEYWORD_MAX = 80

# Review dates: not in the future (a day's grace for time zones), and not older than this.
REVIEW_MAX_AGE_YEARS = 5

# Characters that draw nothing, though Unicode does not call them spaces or format characters.
BLANK_LOOKING = frozenset("\u2800\u3164\u115f\u1160\uffa0\u180e\u034f\u17b4\u17b5\u2062\u2063\u2064")
# Direction controls: they reorder the letters around them without showing (a name could read backwards).
DIRECTION_OVERRIDES = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Cn", "Co", "Cs", "Mn", "Me", "Zs", "Zl", "Zp"})


def shown(text: str) -> str:
    """Text as it can stand in a one-line message: line breaks, tabs and other invisible
    characters written as escapes (\\n, \\u200b), so the message stays one line and says what is there."""
    return "".join(char if char.isprintable() else repr(char)[1:-1] for char in text)


def character_name(char: str) -> str:
    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X}" + (f" ({name})" if name else "")


def shows(char: str) -> bool:
    """Whether a character draws something a reader can see."""
    return not char.isspace() and char not in BLANK_LOOKING and unicodedata.category(char) not in _INVISIBLE_CATEGORIES


# Control characters (but tab and line breaks) and direction controls: found fast, named one by one.
_REFUSED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_PLAINLY_VISIBLE = re.compile("[0-9A-Za-z]")


def visible_text(value: str) -> str:
    """Text with at least one character a reader sees, and no control characters or direction controls."""
    if not _REFUSED.search(value) and _PLAINLY_VISIBLE.search(value):
        return value  # the common case, without looking at each character
    for char in value:
        if char in "\n\t":
            continue
        if unicodedata.category(char) == "Cc":
            raise ValueError(f"text without control characters; found the control character {character_name(char)}")
        if char in DIRECTION_OVERRIDES:
            raise ValueError(
                f"text without direction controls (they reorder letters without showing); found {character_name(char)}"
            )
    if not any(shows(char) for char in value):
        raise ValueError("text a reader can see; found only invisible characters (like a zero-width space)")
    return value


def words(value: str) -> str:
    """Visible text with at least one letter or digit (a question that is only "?" says nothing)."""
    visible_text(value)
    if not any(unicodedata.category(char)[0] in "LN" for char in value):
        raise ValueError(f'words (at least one letter); found "{shown(value)}"')
    return value


def plausible_review(value: datetime.date, *, today: datetime.date | None = None) -> datetime.date:
    """A review date that has happened, within the last REVIEW_MAX_AGE_YEARS years."""
    today = today or datetime.date.today()
    latest = today + datetime.timedelta(days=1)
    try:
        earliest = today.replace(year=today.year - REVIEW_MAX_AGE_YEARS)
    except ValueError:  # 29 February
        earliest = today.replace(year=today.year - REVIEW_MAX_AGE_YEARS, day=28)
    if value > latest:
        raise ValueError(
            f"a review date that has happened (at the latest {today.isoformat()}); found {value.isoformat()}, in the future"
        )
    if value < earliest:
        raise ValueError(
            f"a review date in the last {REVIEW_MAX_AGE_YEARS} years (from {earliest.isoformat()}), "
            f"so the entry is checked again; found {value.isoformat()}"
        )
    return value


T = TypeVar("T")


def each_once(values: list[T]) -> list[T]:
    """A list that names each value once (a slug listed twice would show its card twice)."""
    seen: set[T] = set()
    for value in values:
        if value in seen:
            raise ValueError(f'each slug once; found "{value}" twice')
        seen.add(value)
    return values


PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
BRAND_FILE_MAX = 1_000_000


def brand_file_problem(project: Path, value: str) -> str | None:
    """What is wrong with a logo or favicon path (None when it is a real SVG or PNG image inside
    the project folder, of at most 1 MB)."""
    path = (project / value).resolve()
    if not path.is_relative_to(project.resolve()):
        return f'"{value}", which is outside the project folder'
    if not path.is_file():
        return f'no file at "{value}"'
    size = path.stat().st_size
    if size > BRAND_FILE_MAX:
        return f'"{value}" of {size / 1_000_000:.1f} MB (at most 1 MB)'
    head = path.read_bytes()[:4096]
    if value.lower().endswith(".png"):
        return None if head.startswith(PNG_SIGNATURE) else f'"{value}", which is not a PNG image inside'
    text = head.decode("utf-8", errors="ignore").lstrip("\ufeff \t\r\n")
    text = re.sub(r"^(?:<\?xml[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>\[]*>|\s)+", "", text, flags=re.DOTALL)
    if not re.match(r"<svg[\s>]", text) or "<!ENTITY" in text:
        return f'"{value}", which is not an SVG image inside'
    return None
