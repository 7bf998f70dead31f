"""What each page's templates get, decided from data: plain functions, data in and data out.

In event order: a page's front matter as the theme prints it (on_page_markdown), then its template
variables, its preview and its twins in the other editions (on_page_context).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from markupsafe import Markup, escape
from mkdocs.plugins import get_plugin_logger
from mkdocs.utils import get_relative_url

from seen.content.guide import Guide
from seen.content.languages import Edition
from seen.content.models import Entry
from seen.pages.check_in import CheckIn
from seen.pages.generated import MADE_PAGES, entry_path, plain_text, section_index_path
from seen.pages.social import Preview, Sharing, og_locale

log = get_plugin_logger(__name__)

# What the theme prints from a page's front matter, as it is (no escaping).
PRINTED_FRONT_MATTER = ("title", "description", "subtitle")


def theme_front_matter(meta: Mapping[str, Any], *, made_from_data: bool) -> dict[str, Any]:
    """The front matter values the theme prints, escaped once: the ones to set in page.meta.

    A prose page's come as written, so they are escaped here; a page made from data has them
    escaped already (seen.pages.generated.theme_text), so they are only marked as markup.
    Read them back as text with plain_text()."""
    return {
        key: Markup(value) if made_from_data else escape(value)
        for key in PRINTED_FRONT_MATTER
        if isinstance(value := meta.get(key), str)
    }


def page_context(
    src_uri: str, *, entry: Entry | None, guide: Guide, check_in: CheckIn, pages: Mapping[str, Any]
) -> dict[str, Any]:
    """Template variables of a page made from data: an entry with its section and neighbours,
    the check-in's questions and results, or the handout's lists. Other pages get none.

    `entry` is the page's entry (None for other pages); `pages` maps each page's source path to its MkDocs page (for links to the section and neighbours)."""
    made = MADE_PAGES.get(src_uri)
    if made == "check-in":
        return {"check_in": check_in}
    if made == "handout":
        return {"signs": guide.signs, "steps": guide.steps}
    if entry is None:
        return {}
    previous, following = guide.neighbours(entry)
    siblings = guide.entries(entry.kind)
    return {
        "entry": entry,
        "section": guide.ui.section(entry.kind),
        "section_page": pages[section_index_path(entry.kind)],
        "position": guide.position(entry) + 1,
        "total": len(siblings),
        "previous": (previous, pages[entry_path(previous)]) if previous else None,
        "next": (following, pages[entry_path(following)]) if following else None,
    }


def alternates(page_url: str, *, edition: Edition, editions: list[Edition], root_url: str) -> list[dict[str, Any]]:
    """The same page in every published edition: for the language switcher and hreflang links.

    `page_url` is the page's URL within its edition (e.g. "signs/silent-treatment/"); `root_url`
    is the site's root, the first edition's address."""
    here = edition.prefix + page_url
    return [
        {
            "language": other.language,
            "name": other.name,
            "og_locale": og_locale(other.locale),
            "url": root_url + other.prefix + page_url,
            "href": get_relative_url(other.prefix + page_url or ".", here or "."),
            "current": other == edition,
        }
        for other in editions
    ]


def page_preview(
    sharing: Sharing,
    *,
    entry: Entry | None,
    src_uri: str,
    url: str,
    title: str,
    meta: Mapping[str, Any],
    homepage: bool,
    fallback_description: str,
) -> Preview:
    """What a shared link to a page shows: an entry's from its data, a prose page's from its
    title and its `description` front matter (missing: a warning, and the site's description)."""
    if entry is not None:
        return sharing.entry_preview(entry, url=url, section_url=sharing.site_url + f"{entry.kind}/")
    description = meta.get("description")
    if not description:
        log.warning("docs/%s: expected a description in the front matter (for previews), found none", src_uri)
        description = fallback_description
    return sharing.page_preview(title=title, description=plain_text(description), url=url, homepage=homepage)
