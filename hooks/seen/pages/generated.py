"""Decide the guide's generated pages: their paths, their Markdown, the cards and the navigation."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping
from typing import Any

import jinja2
import yaml
from markupsafe import Markup, escape

from seen.content.guide import KINDS, Guide
from seen.content.labels import fill
from seen.content.models import Entry
from seen.pages.guide_map import outgoing_references

# The guide's name in a prose page (e.g. the home page's heading): the practice's `name`, or "Seen".
NAME_MARKER = "<!-- guide:name -->"
HELP_MARKER = re.compile(r"^<!-- guide:help -->[ \t]*$", re.MULTILINE)
CARDS_MARKER = re.compile(r"^<!-- guide:cards (?P<kind>[a-z]+) -->[ \t]*$", re.MULTILINE)
MAP_MARKER = re.compile(r"^<!-- guide:map -->[ \t]*$", re.MULTILINE)
# The characters Python-Markdown lets a backslash escape (Markdown.ESCAPED_CHARS); `<`, `>` and `&`
# are HTML-escaped instead.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!])")


# Pages made from data that are not entries: source path -> name of their templates
# (overrides/pages/<name>.md for the opening Markdown, overrides/<name>.html for the rest).
MADE_PAGES = {"check-in.md": "check-in", "handout.md": "handout"}


def entry_path(entry: Entry) -> str:
    """The Markdown source path of an entry's page; MkDocs serves it at /<kind>/<slug>/."""
    return f"{entry.kind}/{entry.slug}.md"


def section_index_path(kind: str) -> str:
    return f"{kind}/index.md"


def markdown_text(value: str) -> Markup:
    """Data text as literal Markdown: HTML escaped, Markdown punctuation backslash-escaped.

    A title such as `<script>` or `*not emphasis*` shows exactly as written.
    """
    return escape(_MARKDOWN_SPECIAL.sub(r"\\\1", value).replace("\n", " "))


def paragraphs(value: str) -> list[str]:
    """Split a text field into paragraphs on blank lines."""
    return [part.strip() for part in re.split(r"\n\s*\n", value) if part.strip()]


# libyaml's writer where installed (the same YAML, several times faster: every entry's page has front matter)
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def front_matter(meta: dict[str, Any]) -> str:
    return "---\n" + yaml.dump(meta, Dumper=_DUMPER, allow_unicode=True, sort_keys=False, width=1000) + "---\n\n"


def theme_text(value: str) -> str:
    """Data text for places where mkdocs-material prints a value as HTML without escaping it
    (navigation titles, page.title, page.meta.description): escape it once, here."""
    return html.escape(value, quote=True)


def plain_text(value: str) -> str:
    """Text that was escaped for the theme (theme_text, or an escaped front matter value), as text again."""
    return html.unescape(str(value))


def entry_markdown(env: jinja2.Environment, guide: Guide, entry: Entry) -> str:
    """The full Markdown source of one entry's page."""
    body = env.get_template(f"entries/{entry.kind}.md").render(
        entry=entry,
        related=guide.related(entry),
        ui=guide.ui,
        section=guide.ui.section(entry.kind),
        step_titles={step.slug: step.title for step in guide.steps},
        help_lines=guide.help,
    )
    return front_matter({"title": theme_text(entry.title), "description": theme_text(entry.summary)}) + body


def made_page_markdown(env: jinja2.Environment, guide: Guide, name: str) -> str:
    """The Markdown of a page made from data that is not an entry (the check-in, the handout).

    It holds the title and opening lines, so search finds the page and the theme gives it a skip
    link; the rest comes from the page's own HTML template, `overrides/<name>.html`.
    """
    labels = getattr(guide.ui, name.replace("-", "_"))
    title = fill(labels.title, name=guide.practice.name) if name == "handout" else labels.title
    meta = {
        "title": theme_text(title),
        "description": theme_text(labels.description),
        "template": f"{name}.html",
    }
    if labels.keywords:  # what readers type for it; search only (seen.search.index.page_search)
        meta["keywords"] = list(labels.keywords)
    return front_matter(meta) + env.get_template(f"pages/{name}.md").render(ui=guide.ui, title=title)


def generated_pages(env: jinja2.Environment, guide: Guide) -> dict[str, str]:
    """Source path -> Markdown of every page made from data (entries, check-in, handout), in memory."""
    pages = {entry_path(entry): entry_markdown(env, guide, entry) for entry in guide.all_entries()}
    pages.update({path: made_page_markdown(env, guide, name) for path, name in MADE_PAGES.items()})
    return pages


def cards_markdown(env: jinja2.Environment, guide: Guide, kind: str) -> str:
    return env.get_template("entries/cards.md").render(entries=guide.entries(kind))


def insert_cards(markdown: str, *, env: jinja2.Environment, guide: Guide, src_uri: str) -> str:
    """Replace each `<!-- guide:cards KIND -->` marker with the cards of that section."""

    def replace(match: re.Match[str]) -> str:
        kind = match["kind"]
        if kind not in KINDS:
            raise ValueError(f"docs/{src_uri}: expected a cards marker for one of {', '.join(KINDS)}, found {kind!r}")
        return cards_markdown(env, guide, kind)

    return CARDS_MARKER.sub(replace, markdown)


def insert_name(markdown: str, name: str) -> str:
    """Replace each `<!-- guide:name -->` with the guide's name, as literal Markdown text."""
    return markdown.replace(NAME_MARKER, str(markdown_text(name)))


def insert_help(markdown: str, *, render_help: Callable[[], str]) -> str:
    """Replace a `<!-- guide:help -->` marker with the urgent-help block (HTML from a template)."""
    return HELP_MARKER.sub(lambda _: "\n" + render_help().strip() + "\n", markdown)


def has_map(markdown: str) -> bool:
    return MAP_MARKER.search(markdown) is not None


def insert_map(markdown: str, *, env: jinja2.Environment, guide: Guide, src_uri: str, hrefs: Mapping[str, str]) -> str:
    """Replace a `<!-- guide:map -->` marker with the map of the guide (one list per section).

    `hrefs` maps each entry's source path to its URL as seen from this page: the boxes are raw
    HTML, which MkDocs does not resolve.
    """
    markers = len(MAP_MARKER.findall(markdown))
    if markers == 0:
        return markdown
    if markers > 1:
        raise ValueError(f"docs/{src_uri}: expected one <!-- guide:map --> marker, found {markers}")
    content = env.get_template("entries/map.md").render(
        guide=guide,
        ui=guide.ui,
        kinds=KINDS,
        outgoing=lambda entry: outgoing_references(guide, entry),
        hrefs=hrefs,
    )
    return MAP_MARKER.sub(lambda _: content, markdown)


def expand_nav(nav: list[Any], guide: Guide) -> list[Any]:
    """Add every entry, in data order, to the nav section that holds `<kind>/index.md`.

    Raises ValueError when mkdocs.yml's nav lacks a section for a kind, so no entry silently
    goes missing from navigation.
    """
    found: set[str] = set()

    def walk(items: list[Any]) -> list[Any]:
        result = []
        for item in items:
            if isinstance(item, dict):  # mkdocs.yml's titles, escaped once like those from data
                item = {
                    theme_text(title) if isinstance(title, str) else title: walk(value)
                    if isinstance(value, list)
                    else value
                    for title, value in item.items()
                }
            result.append(item)
        for kind in KINDS:
            index = section_index_path(kind)
            if any(_points_to(item, index) for item in result):
                found.add(kind)
                result += [{theme_text(entry.title): entry_path(entry)} for entry in guide.entries(kind)]
        return result

    expanded = walk(nav)
    missing = [kind for kind in KINDS if kind not in found]
    if missing:
        raise ValueError(
            "mkdocs.yml: nav: expected a section holding "
            + " and ".join(section_index_path(kind) for kind in missing)
            + ", found none"
        )
    return expanded


def _points_to(item: Any, path: str) -> bool:
    return item == path or (isinstance(item, dict) and path in item.values())


def translate_nav(nav: list[Any], titles: dict[str, str], *, label: str) -> list[Any]:
    """mkdocs.yml's nav with its titles in another language: a page's by its path, a section's by the
    path of the page it opens with. With no titles (the source language), the nav is as it was."""
    if not titles:
        return nav

    def first_path(value: Any) -> str | None:
        if isinstance(value, str):
            return value
        if isinstance(value, list) and value:
            item = value[0]
            return first_path(next(iter(item.values())) if isinstance(item, dict) else item)
        return None

    def walk(items: list[Any]) -> list[Any]:
        result = []
        for item in items:
            if not isinstance(item, dict):
                result.append(item)
                continue
            translated = {}
            for title, value in item.items():
                path = first_path(value)
                if isinstance(value, str) and value.endswith(".md") and _is_entry_path(value):
                    translated[title] = value  # entries are titled from their own data already
                    continue
                if path is None or path not in titles:
                    raise ValueError(
                        f'{label}: field "nav_titles": expected a title for mkdocs.yml\'s nav entry "{title}" '
                        f'(a line like "{path}: ..."), found none'
                    )
                translated[theme_text(titles[path])] = walk(value) if isinstance(value, list) else value
            result.append(translated)
        return result

    return walk(nav)


def _is_entry_path(path: str) -> bool:
    kind, _, name = path.partition("/")
    return kind in KINDS and name != "index.md"
