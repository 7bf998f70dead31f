"""The whole guide: entries of every kind, checked against each other, with back-links derived."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from seen.content.checks import check_aliases, check_guide, check_slugs
from seen.content.icons import ICON_EXAMPLE, Icons, shipped_icon_dirs
from seen.content.languages import Edition, check_twins
from seen.content.loading import (
    GuideDataError,
    load_entries,
    load_help_lines,
    load_partner_cues,
    load_practice,
    load_search_words,
    load_translated_entries,
    load_ui,
)
from seen.content.models import Effect, Entry, SearchWords, Sign, Step, UiText
from seen.content.partner import check_marks_agree, check_partner_marks
from seen.content.practice import HelpLines, Practice

KINDS = ("signs", "effects", "steps")


@dataclass(frozen=True)
class Guide:
    signs: list[Sign]
    effects: list[Effect]
    steps: list[Step]
    ui: UiText
    practice: Practice
    help: HelpLines  # what readers see: the practice's local lines first, then its own or the guide's defaults
    search_words: SearchWords
    help_label: str = "data/help-lines.yml"  # where `help`'s lines after the local ones came from, for messages
    local_help: HelpLines | None = None  # the practice's local lines alone (shown first in `help`), for reminders

    def entries(self, kind: str) -> list[Entry]:
        return getattr(self, kind)

    def all_entries(self) -> list[Entry]:
        return [entry for kind in KINDS for entry in self.entries(kind)]

    @cached_property
    def _positions(self) -> dict[str, dict[str, int]]:
        """Each kind's slugs -> their place in data order (slugs are unique in a kind: checked at
        loading), so looking an entry up costs the same in a guide of 20 entries or of 2,000."""
        return {kind: {entry.slug: n for n, entry in reversed(list(enumerate(self.entries(kind))))} for kind in KINDS}

    @cached_property
    def _back_links(self) -> dict[tuple[str, str], dict[str, list[Entry]]]:
        """(kind, slug) -> the signs and effects that point to it, in data order."""
        links: dict[tuple[str, str], dict[str, list[Entry]]] = {}
        for source in ("signs", "effects"):
            for entry in self.entries(source):
                for target in ("effects", "steps"):
                    for slug in dict.fromkeys(getattr(entry, target, [])):
                        links.setdefault((target, slug), {}).setdefault(source, []).append(entry)
        return links

    def get(self, kind: str, slug: str) -> Entry:
        return self.entries(kind)[self._positions[kind][slug]]

    def position(self, entry: Entry) -> int:
        """The entry's place in its section, from 0, in data order."""
        return self._positions[entry.kind][entry.slug]

    def neighbours(self, entry: Entry) -> tuple[Entry | None, Entry | None]:
        """The previous and next entry within the same section, in data order."""
        siblings = self.entries(entry.kind)
        index = self.position(entry)
        return (siblings[index - 1] if index > 0 else None, siblings[index + 1] if index + 1 < len(siblings) else None)

    def related(self, entry: Entry) -> dict[str, list[Entry]]:
        """What an entry connects to, both ways: its own cross-references and the back-links to it."""
        if isinstance(entry, Sign):
            return {
                "effects": [self.get("effects", slug) for slug in entry.effects],
                "steps": [self.get("steps", slug) for slug in entry.steps],
            }
        back = self._back_links.get((entry.kind, entry.slug), {})
        if isinstance(entry, Effect):
            return {
                "signs": list(back.get("signs", [])),
                "steps": [self.get("steps", slug) for slug in entry.steps],
            }
        return {
            "signs": list(back.get("signs", [])),
            "effects": list(back.get("effects", [])),
        }


def check_references(guide: Guide, *, label_root: str = "data") -> None:
    """Every slug an entry points to must exist, and every action's step must be one of the entry's steps."""
    known = {kind: [entry.slug for entry in guide.entries(kind)] for kind in KINDS}
    for kind in ("signs", "effects"):
        for position, entry in enumerate(guide.entries(kind), start=1):
            name = f'{label_root}/{kind}.yml: entry {position} ("{entry.slug}")'
            for target in ("effects", "steps"):
                for index, slug in enumerate(getattr(entry, target, []), start=1):
                    if slug not in known[target]:
                        raise GuideDataError(
                            f'{name}, field "{target}[{index}]": expected the slug of an entry in '
                            f'{label_root}/{target}.yml ({", ".join(known[target])}), found "{slug}"'
                        )
            for index, action in enumerate(entry.try_this, start=1):
                if action.step not in entry.steps:
                    raise GuideDataError(
                        f'{name}, field "try_this[{index}].step": expected one of this entry\'s steps '
                        f'({", ".join(entry.steps)}), found "{action.step}"'
                    )


def check_icons(guide: Guide, icons: Icons, *, label_root: str = "data") -> None:
    """Every entry's icon must be a file in one of the build's icon sets."""
    for kind in KINDS:
        for position, entry in enumerate(guide.entries(kind), start=1):
            if icons.path(entry.icon) is not None:
                continue
            close = icons.suggestion(entry.icon)
            hint = f' (did you mean "{close}"?)' if close else ""
            raise GuideDataError(
                f'{label_root}/{kind}.yml: entry {position} ("{entry.slug}"), field "icon": expected the name of '
                f'an icon that ships with mkdocs-material, like "{ICON_EXAMPLE}", found "{entry.icon}"{hint}'
            )


def load_guide(
    data_dir: Path,
    *,
    label_root: str = "data",
    icons: Icons | None = None,
    language: str | None = None,
    language_dir: Path | None = None,
    language_label: str | None = None,
) -> Guide:
    """Load and check every data file; after this, the rest of the code trusts the data.

    `data_dir` holds the practice's settings and the source language's entries. For another
    `language`, `language_dir` holds its entries (twins of the source's), labels, search words
    and help lines. `icons` are the icon sets of the build's theme (by default, mkdocs-material's).
    """
    entries = {kind: load_entries(data_dir, kind, label_root=label_root) for kind in KINDS}
    for kind, kind_entries in entries.items():
        check_slugs(kind_entries, kind=kind, label=f"{label_root}/{kind}.yml")
        check_aliases(kind_entries, label=f"{label_root}/{kind}.yml")
    practice = load_practice(data_dir, label_root=label_root)
    check_partner_marks(entries, load_partner_cues(data_dir, label_root=label_root).partner_cues, label_root=label_root)
    text_dir, text_label = data_dir, label_root
    if language is not None and language_dir is not None and language_dir != data_dir:
        text_dir, text_label = language_dir, language_label or str(language_dir)
        source = entries
        entries = {
            kind: load_translated_entries(text_dir, kind, entries[kind], label_root=text_label, source_label=label_root)
            for kind in KINDS
        }
        cues = load_partner_cues(text_dir, label_root=text_label).partner_cues
        check_partner_marks(entries, cues, label_root=text_label)
        check_marks_agree(source, entries, label_root=text_label, source_label=label_root)
    if language is not None:
        practice = practice.in_language(language)
    ui = load_ui(text_dir, label_root=text_label)
    if language is not None and not (ui.language.lower() + "-").startswith(language.lower() + "-"):
        raise GuideDataError(f'{text_label}/ui.yml: field "language": expected "{language}", found "{ui.language}"')
    if practice.help_lines is not None:
        help_lines, help_label = practice.help_lines, f"{label_root}/practice.yml (help_lines)"
    else:
        help_lines, help_label = load_help_lines(text_dir, label_root=text_label), f"{text_label}/help-lines.yml"
    local_help = None
    if practice.local_help_lines:
        local_help = HelpLines(emergency=help_lines.emergency, lines=practice.local_help_lines)
        help_lines = help_lines.model_copy(update={"lines": [*practice.local_help_lines, *help_lines.lines]})
    guide = Guide(
        **entries,  # type: ignore[arg-type]
        ui=ui,
        practice=practice,
        help=help_lines,
        search_words=load_search_words(text_dir, label_root=text_label),
        help_label=help_label,
        local_help=local_help,
    )
    check_references(guide, label_root=text_label)
    check_icons(guide, icons or Icons(tuple(shipped_icon_dirs())), label_root=label_root)
    check_guide(guide, label_root=text_label)  # seen.content.checks: odd values the types let through
    return guide


def load_edition(root: Path, docs: Path, edition: Edition, icons: Icons, folders: set[str]) -> Guide:
    """One edition's guide: its prose twins checked (docs/<code>/), then its data loaded and checked.
    `folders`: every language's folder (seen.content.languages.language_folders)."""
    check_twins(docs, edition, folders)
    return load_guide(
        root / "data",
        icons=icons,
        language=edition.language,
        language_dir=edition.data_dir(root),
        language_label=edition.data_label(),
    )
