"""Links never break: an entry's old slugs (`aliases`) keep answering, and send the reader on.

Each old address gets a small HTML page: a meta refresh with no delay (no script, so the browser
replaces the old address in its history instead of adding to it), a visible link for when the
refresh does not run, a canonical link to the new address, and noindex.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import jinja2
from mkdocs.utils import get_relative_url

from seen.content.models import Entry
from seen.pages.generated import entry_path
from seen.pages.social import Sharing


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


def redirects(entries: Sequence[Entry]) -> list[Redirect]:
    return [Redirect(entry, alias) for entry in entries for alias in entry.aliases]


def moved_pages(
    entries: Sequence[Entry],
    *,
    env: jinja2.Environment,
    sharing: Sharing,
    urls: Mapping[str, str],
    directory_urls: bool,
) -> dict[str, str]:
    """A page at each entry's old address that sends the reader to the new one: site path -> HTML
    (drawn by overrides/moved.html, autoescaped). `urls` maps each entry's source path to its URL."""
    pages = {}
    for redirect in redirects(entries):
        entry = redirect.entry
        target = urls[entry_path(entry)]
        old_path = redirect.old_path(directory_urls=directory_urls)
        old_url = old_path.removesuffix("index.html") if directory_urls else old_path
        pages[old_path] = env.get_template("moved.html").render(
            ui=sharing.guide.ui,
            entry=entry,
            target=get_relative_url(target, old_url),
            preview=sharing.entry_preview(
                entry, url=sharing.site_url + target, section_url=sharing.site_url + f"{entry.kind}/"
            ),
        )
    return pages
