"""Links never break: an entry's old slugs (`aliases`) keep answering, and send the reader on.

Each old address gets a small HTML page: a meta refresh with no delay (no script, so the browser
replaces the old address in its history instead of adding to it), a visible link for when the
refresh does not run, a canonical link to the new address, and noindex.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from seen.content.loading import GuideDataError
from seen.content.models import Entry


@dataclass(frozen=True)
class Redirect:
    """One old address of an entry."""

    entry: Entry
    alias: str

    def old_path(self, *, directory_urls: bool) -> str:
        """Where the page is written in the site: where the entry's page lived under its old slug."""
        return (
            f"{self.entry.kind}/{self.alias}/index.html" if directory_urls else f"{self.entry.kind}/{self.alias}.html"
        )


def check_aliases(entries: Sequence[Entry], *, label: str) -> None:
    """Within one section, an old slug may be no live slug and may be listed only once."""
    live = {entry.slug: position for position, entry in enumerate(entries, start=1)}
    listed: dict[str, str] = {}
    for position, entry in enumerate(entries, start=1):
        name = f'entry {position} ("{entry.slug}")'
        for index, alias in enumerate(entry.aliases, start=1):
            where = f'{label}: {name}, field "aliases[{index}]"'
            if alias in live:
                raise GuideDataError(
                    f'{where}: expected an old slug that no page uses now, found "{alias}", '
                    f"the slug of entry {live[alias]}"
                )
            if alias in listed:
                raise GuideDataError(
                    f'{where}: expected an old slug listed once, found "{alias}" already listed by {listed[alias]}'
                )
            listed[alias] = name


def redirects(entries: Sequence[Entry]) -> list[Redirect]:
    return [Redirect(entry, alias) for entry in entries for alias in entry.aliases]
