"""Actions that speak to the partner carry a mark, so their page always adds the safety line.

Some readers live with a partner who reacts to being asked or told things with anger or worse.
An action like "tell them which jokes hurt" must never reach the page without "only if it feels
safe" beside it. The mark is data (`partner: true`); these checks make sure no such action is
left unmarked: its words are compared with the edition's cues (data/safety.yml).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from seen.content.loading import GuideDataError
from seen.content.models import Action, Entry, HowTo, Step


def cue_in(text: str, cues: Sequence[str]) -> str | None:
    """The first cue found in `text` as whole words (any case, any spacing), or None."""
    for cue in cues:
        words = r"\s+".join(re.escape(word) for word in cue.split())
        if re.search(rf"(?<!\w){words}(?!\w)", text, flags=re.IGNORECASE):
            return cue
    return None


def actions(entry: Entry) -> Iterator[tuple[str, Action | HowTo]]:
    """An entry's actions with the field each is written in, e.g. ("try_this[2]", action)."""
    field = "how_to" if isinstance(entry, Step) else "try_this"
    for index, action in enumerate(getattr(entry, field, []), start=1):
        yield f"{field}[{index}]", action


def check_partner_marks(entries: dict[str, Sequence[Entry]], cues: Sequence[str], *, label_root: str) -> None:
    """Every action whose words speak to the partner says whether it does: partner true, or false once checked."""
    for kind, kind_entries in entries.items():
        for position, entry in enumerate(kind_entries, start=1):
            for field, action in actions(entry):
                cue = cue_in(action.text, cues) if action.partner is None else None
                if cue is not None:
                    raise GuideDataError(
                        f'{label_root}/{kind}.yml: entry {position} ("{entry.slug}"), field "{field}.partner": '
                        f'expected true (its words speak to the partner: "{cue}"), or false once checked that '
                        f"it does not, found nothing"
                    )


def check_marks_agree(
    source: dict[str, Sequence[Entry]], translated: dict[str, Sequence[Entry]], *, label_root: str, source_label: str
) -> None:
    """A translated action speaks to the partner exactly when its source does, so both pages show the safety line."""
    for kind, kind_entries in translated.items():
        for position, (entry, twin) in enumerate(zip(kind_entries, source[kind], strict=False), start=1):
            theirs = dict(actions(twin))
            for field, action in actions(entry):
                other = theirs.get(field)
                if other is not None and bool(other.partner) != bool(action.partner):
                    expected = "true" if other.partner else "false or nothing"
                    found = "nothing" if action.partner is None else str(action.partner).lower()
                    raise GuideDataError(
                        f'{label_root}/{kind}.yml: entry {position} ("{entry.slug}"), field "{field}.partner": '
                        f"expected {expected}, as in {source_label}/{kind}.yml, found {found}"
                    )
