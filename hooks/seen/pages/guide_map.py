"""The map of the guide's connections, for overrides/entries/map.md: which entry leads to which.

The map is the guide's entries in one list per section (signs, then effects, then steps), each box
holding what it leads down to; the template draws it and assets/seen.css styles it as the diagram.
Every cross-reference in the data is one link, in data order. Nothing here writes HTML.
"""

from __future__ import annotations

from seen.content.guide import Guide
from seen.content.models import Effect, Entry, Sign


def map_anchor(entry: Entry) -> str:
    """The id of an entry's place on the map page, e.g. "signs-silent-treatment"."""
    return f"{entry.kind}-{entry.slug}"


def cross_references(guide: Guide) -> list[tuple[Entry, Entry]]:
    """Every (source, target) pair the data names, in data order: sign effects, sign steps, effect steps."""
    pairs: list[tuple[Entry, Entry]] = []
    for entry in guide.signs + guide.effects:
        if isinstance(entry, Sign):
            pairs += [(entry, guide.get("effects", slug)) for slug in entry.effects]
        if isinstance(entry, (Sign, Effect)):
            pairs += [(entry, guide.get("steps", slug)) for slug in entry.steps]
    return pairs


def outgoing_references(guide: Guide, entry: Entry) -> dict[str, list[Entry]]:
    """What one entry points to, by kind of target, in data order: the lines it sends out on the map."""
    result: dict[str, list[Entry]] = {}
    for source, target in cross_references(guide):
        if source is entry:
            result.setdefault(target.kind, []).append(target)
    return result
