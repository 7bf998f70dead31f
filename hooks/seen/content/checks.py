"""Checks made before anything is written (at on_config), so a mistake stops the build in seconds,
with one line naming the file, the entry or field, what was expected and what was found.

- prose pages' front matter in docs/ and docs/<language>/ (title, description, keywords, styles),
  and the guide's markers in them;
- mkdocs.yml: nav entries that point to no page, and the site's address;
- the guide as a whole: slugs that would take a section page's address, effects and steps no sign
  leads to, review dates out of range, "Talk to us" with nothing to talk through, missing labels,
  and logos that are not real SVG or PNG images inside the project.
"""

from __future__ import annotations

import datetime
import difflib
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from mkdocs.utils.meta import YAML_RE

from seen.content.languages import SOURCE_LANGUAGE
from seen.content.loading import GuideDataError, _found, parse_yaml
from seen.content.rules import KEYWORD_MAX, TITLE_MAX, plausible_review, shown, visible_text
from seen.content.yaml_words import MAX_FILE_BYTES, undecodable

if TYPE_CHECKING:
    from seen.content.guide import Guide
    from seen.content.models import Entry

KINDS = ("signs", "effects", "steps")

# An entry's page is <kind>/<slug>/: these slugs would take a section's own page.
RESERVED_SLUGS = frozenset({"index"})

# What each section's `headings` in ui.yml must hold (the entry templates use every one).
HEADINGS = {
    "signs": ("looks_like", "why", "try", "related", "effects", "steps"),
    "effects": ("feels_like", "why", "try", "related", "signs", "steps"),
    "steps": ("why", "how_to", "say", "related", "signs", "effects"),
}

# Front matter a prose page may have: ours, and the theme's that the guide's templates honour.
DESCRIPTION_MAX = 200
# `labels`: names readers give the whole pattern ("toxic"), searched with a low weight (seen.search.index).
FRONT_MATTER = ("title", "description", "keywords", "labels", "styles", "hide", "search", "icon", "subtitle", "status")

MARKER = re.compile(r"<!--\s*guide\s*:(?P<body>.*?)-->", re.DOTALL)
KNOWN_MARKERS = re.compile(r"^(?:help|map|cards (?:signs|effects|steps)|name)$")


# --- prose pages -------------------------------------------------------------------------------


def _text_error(value: Any, *, max_length: int) -> str | None:
    """Why `value` is not visible text of at most `max_length` characters (None when it is)."""
    if not isinstance(value, str):
        return f"text; found {_found(value)}"
    if len(value.strip()) > max_length:
        return f"at most {max_length} characters; found {len(value.strip())} characters"
    try:
        visible_text(value)
    except ValueError as error:
        return str(error)
    if not value.strip():
        return "text; found blank text"
    return None


def check_front_matter(meta: Any, *, label: str, docs: Path) -> None:
    """A prose page's front matter: a description (for previews and search), optional keywords."""

    def fail(field: str, problem: str) -> None:
        expected, _, found = problem.partition("; found ")
        raise GuideDataError(f'{label}: front matter "{field}": expected {expected}, found {found or "nothing"}')

    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise GuideDataError(f"{label}: front matter: expected fields like description: ..., found {_found(meta)}")
    for name in meta:
        if name not in FRONT_MATTER:
            close = difflib.get_close_matches(str(name), FRONT_MATTER, n=1)
            hint = f' (did you mean "{close[0]}"?)' if close else ""
            raise GuideDataError(
                f'{label}: front matter "{shown(str(name))[:80]}": expected one of the known fields ({", ".join(FRONT_MATTER)}), '
                f"found an unknown field{hint}"
            )
    if "description" not in meta or meta["description"] is None:
        fail("description", "one sentence for previews and search results; found nothing")
    problem = _text_error(meta["description"], max_length=DESCRIPTION_MAX)
    if problem:
        fail("description", problem)
    if "title" in meta:
        problem = _text_error(meta["title"], max_length=TITLE_MAX)
        if problem:
            fail("title", problem)
    for key in ("keywords", "labels"):
        keywords = meta.get(key, [])
        if not isinstance(keywords, list):
            fail(key, f"a list of everyday phrases (lines starting with -); found {_found(keywords)}")
        seen: set[str] = set()
        for index, keyword in enumerate(keywords, start=1):
            problem = _text_error(keyword, max_length=KEYWORD_MAX)
            if problem:
                fail(f"{key}[{index}]", problem)
            if keyword.strip().lower() in seen:
                fail(f"{key}[{index}]", f'each phrase once; found "{shown(keyword.strip())}" twice')
            seen.add(keyword.strip().lower())
    styles = meta.get("styles", [])
    if not isinstance(styles, list) or not all(isinstance(sheet, str) for sheet in styles):
        fail("styles", f"a list of style sheets in docs/, like [assets/handout.css]; found {_found(styles)}")
    for index, sheet in enumerate(styles, start=1):
        path = (docs / sheet).resolve()
        if not path.is_relative_to(docs.resolve()) or not path.is_file():
            fail(f"styles[{index}]", f'a style sheet in docs/, like "assets/handout.css"; found no file at "{sheet}"')


def check_markers(markdown: str, *, label: str) -> None:
    """The guide's markers (<!-- guide:help -->, <!-- guide:map -->, <!-- guide:cards KIND -->, and
    <!-- guide:name --> inside a line): a misspelt one would silently stay an HTML comment."""
    maps = 0
    for match in MARKER.finditer(markdown):
        body = " ".join(match["body"].split())
        line = markdown.count("\n", 0, match.start()) + 1
        if not KNOWN_MARKERS.match(body):
            raise GuideDataError(
                f"{label}: line {line}: expected a marker like <!-- guide:help -->, <!-- guide:map -->, <!-- guide:name --> or "
                f"<!-- guide:cards signs --> (effects, steps), found {shown(' '.join(match[0].split()))[:120]}"
            )
        if body == "name":  # the guide's name, inside a sentence or heading
            continue
        start = markdown.rfind("\n", 0, match.start()) + 1
        end = markdown.find("\n", match.end())
        if markdown[start : match.start()].strip() or markdown[match.end() : end if end >= 0 else None].strip():
            raise GuideDataError(
                f"{label}: line {line}: expected the marker alone on its line, found other text beside it"
            )
        maps += body == "map"
    if maps > 1:
        raise GuideDataError(f"{label}: expected one <!-- guide:map --> marker, found {maps}")


def read_page(path: Path, *, label: str) -> str:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise GuideDataError(
                f"{label}: expected a page of at most 1 MB, found {path.stat().st_size / 1_000_000:.1f} MB"
            )
        data = path.read_bytes()
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        raise GuideDataError(undecodable(label, data, error)) from None


def without_front_matter(text: str, end: int) -> str:
    """A page's text after its front matter (which ends at `end`), the front matter's lines kept
    as empty lines, so that a marker's line number is its line in the file."""
    return "\n" * text.count("\n", 0, end) + text[end:]


def check_prose_page(path: Path, *, label: str, docs: Path) -> None:
    text = read_page(path, label=label).replace("\r\n", "\n")
    match = YAML_RE.match(text)
    if match is None:
        if text.startswith("---"):
            raise GuideDataError(
                f"{label}: line 1: expected front matter between two lines of ---, found no closing ---"
            )
        raise GuideDataError(
            f'{label}: front matter "description": expected one sentence for previews and search results, '
            "found no front matter (start the page with ---, description: ..., ---)"
        )
    check_front_matter(parse_yaml(match.group(1), label=label, first_line=2), label=label, docs=docs)
    check_markers(without_front_matter(text, match.end()), label=label)


def check_prose(docs: Path, languages: list[str], prose: list[str]) -> None:
    """Every prose page of every edition: docs/<page> and docs/<language>/<page>."""
    for language in languages:
        folder, prefix = (docs, "docs") if language == SOURCE_LANGUAGE else (docs / language, f"docs/{language}")
        for page in prose:
            path = folder / page
            if path.is_file():
                check_prose_page(path, label=f"{prefix}/{page}", docs=docs)


# --- mkdocs.yml ---------------------------------------------------------------------------------


def nav_paths(nav: Any) -> list[tuple[str, str]]:
    """(title, path) of every page in mkdocs.yml's nav (links to other sites left out)."""
    found: list[tuple[str, str]] = []

    def walk(items: Any, title: str) -> None:
        if isinstance(items, str):
            if "://" not in items and not items.startswith(("mailto:", "tel:", "/")):
                found.append((title, items))
        elif isinstance(items, list):
            for item in items:
                walk(item, title)
        elif isinstance(items, dict):
            for key, value in items.items():
                walk(value, str(key))

    walk(nav or [], "")
    return found


def check_nav(nav: Any, *, pages: set[str]) -> None:
    """Every page mkdocs.yml's nav names exists, in docs/ or made from data."""
    for title, path in nav_paths(nav):
        if path not in pages:
            close = difflib.get_close_matches(path, sorted(pages), n=1, cutoff=0.8)
            hint = f' (did you mean "{close[0]}"?)' if close else ""
            name = f'nav entry "{shown(title)}"' if title else "nav entry"
            raise GuideDataError(f'mkdocs.yml: {name}: expected a page in docs/, found no page "{shown(path)}"{hint}')


_URL_UNSAFE = re.compile(r"[\s\"'<>\\^`{|}]")


def check_site_url(url: str | None, *, label: str) -> None:
    """The site's address goes into every page's links and previews: a plain http(s) address."""
    if not url:
        return
    parts = urlsplit(url)
    bad = _URL_UNSAFE.search(url)
    if bad or parts.scheme not in ("http", "https") or not parts.hostname or any(ord(c) < 32 for c in url):
        found = f'"{shown(url)}", which holds {bad.group()!r}' if bad else f'"{shown(url)}"'
        raise GuideDataError(
            f"{label}: expected the guide's full address, like https://example.org/guide/ (no spaces, quotes "
            f"or < >), found {found}"
        )


# --- the guide as a whole ----------------------------------------------------------------------


def check_slugs(entries: list[Any], *, kind: str, label: str) -> None:
    """No slug (or old slug) takes the address of the section's own page."""
    for position, entry in enumerate(entries, start=1):
        for field, values in (("slug", [entry.slug]), ("aliases", entry.aliases)):
            for index, slug in enumerate(values, start=1):
                if slug in RESERVED_SLUGS:
                    where = field if field == "slug" else f"{field}[{index}]"
                    raise GuideDataError(
                        f'{label}: entry {position} ("{entry.slug}"), field "{where}": expected a slug other than '
                        f'{", ".join(sorted(RESERVED_SLUGS))} (the address of the section\'s own page, {kind}/), found "{slug}"'
                    )


def check_guide(guide: Guide, *, label_root: str = "data", today: datetime.date | None = None) -> None:
    for kind in KINDS:
        signs_leading = {slug for sign in guide.signs for slug in getattr(sign, kind, [])}
        for position, entry in enumerate(guide.entries(kind), start=1):
            name = f'{label_root}/{kind}.yml: entry {position} ("{entry.slug}")'
            try:
                plausible_review(entry.reviewed, today=today)
            except ValueError as error:
                expected, _, found = str(error).partition("; found ")
                raise GuideDataError(f'{name}, field "reviewed": expected {expected}, found {found}') from None
            keywords = [keyword.lower() for keyword in entry.keywords]
            for index, keyword in enumerate(keywords, start=1):
                if keyword in keywords[: index - 1]:
                    raise GuideDataError(
                        f'{name}, field "keywords[{index}]": expected each phrase once, found "{shown(entry.keywords[index - 1])}" twice'
                    )
            if kind != "signs" and entry.slug not in signs_leading and not getattr(entry, "standalone", False):
                raise GuideDataError(
                    f'{name}: expected at least one sign in {label_root}/signs.yml that lists it under "{kind}" '
                    f"(or standalone: true when no sign leads here on purpose), found none"
                )
    check_labels(guide, label=f"{label_root}/ui.yml")


def check_labels(guide: Guide, *, label: str) -> None:
    for kind, needed in HEADINGS.items():
        headings = guide.ui.section(kind).headings
        for name in needed:
            if name not in headings:
                raise GuideDataError(
                    f'{label}: field "{kind}.headings.{name}": expected a value (a heading of every {kind} page), '
                    "found nothing (the field is missing)"
                )
        for name in headings:
            if name not in needed:
                raise GuideDataError(
                    f'{label}: field "{kind}.headings.{shown(name)}": expected one of the known headings '
                    f"({', '.join(needed)}), found an unknown heading"
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
