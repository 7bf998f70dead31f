"""Editions: the guide in each language a practice publishes, and where each one lives.

One MkDocs build makes one edition. The first language in `data/practice.yml` (`languages`) is
built at the site's root by `mkdocs build` itself; each other language is built afterwards into
`<site>/<code>/` by a second MkDocs build of the same project (see `build_other_editions`), with
its own theme language, search language, data and prose pages.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

from seen.content.loading import GuideDataError


@dataclass(frozen=True)
class LanguageInfo:
    code: str  # <html lang>, hreflang, the theme's and search's language
    name: str  # in its own language, for the switcher
    english_name: str  # for messages to whoever edits the project
    og_locale: str  # Open Graph locale (language_TERRITORY)


LANGUAGES = {
    "en": LanguageInfo(code="en", name="English", english_name="English", og_locale="en_US"),
    # Written for a general Latin American and US Hispanic audience.
    "es": LanguageInfo(code="es", name="Español", english_name="Spanish", og_locale="es_US"),
}
SOURCE_LANGUAGE = "en"  # the language whose data holds what no translation repeats (icons, aliases)


@dataclass(frozen=True)
class Edition:
    """The guide in one language, at one place in the site."""

    language: str
    prefix: str  # "" at the site's root, "es/" under it

    @property
    def info(self) -> LanguageInfo:
        return LANGUAGES[self.language]

    def data_dir(self, project: Path) -> Path:
        """The edition's entries, labels, search words and help lines."""
        return project / "data" if self.language == SOURCE_LANGUAGE else project / "data" / self.language

    def data_label(self) -> str:
        return "data" if self.language == SOURCE_LANGUAGE else f"data/{self.language}"

    def docs_dir(self, docs: Path) -> Path:
        """Where the edition's prose pages are: docs/ itself, or docs/<code>/ with the same paths."""
        return docs if self.language == SOURCE_LANGUAGE else docs / self.language

    def docs_label(self) -> str:
        return "docs" if self.language == SOURCE_LANGUAGE else f"docs/{self.language}"


def editions(languages: list[str]) -> list[Edition]:
    """The practice's languages as editions: the first at the root, the others under /<code>/."""
    return [
        Edition(language=code, prefix="" if position == 0 else f"{code}/") for position, code in enumerate(languages)
    ]


# Which edition the MkDocs build under way makes: unset for `mkdocs build` (the first language),
# set by `building()` around the build of each other edition.
_current: ContextVar[Edition | None] = ContextVar("seen_edition", default=None)


def current_edition(all_editions: list[Edition]) -> Edition:
    edition = _current.get()
    return all_editions[0] if edition is None else edition


@contextmanager
def building(edition: Edition) -> Iterator[None]:
    token = _current.set(edition)
    try:
        yield
    finally:
        _current.reset(token)


def prose_pages(docs: Path) -> list[str]:
    """The Markdown pages of the first edition, as paths relative to docs/ (other languages' folders left out)."""
    return sorted(
        path.relative_to(docs).as_posix()
        for path in docs.rglob("*.md")
        if path.relative_to(docs).parts[0] not in LANGUAGES
    )


def check_twins(docs: Path, edition: Edition) -> None:
    """Every prose page has its twin in the edition's language, and no twin is left over."""
    if edition.language == SOURCE_LANGUAGE:
        return
    own = docs / edition.language
    source = set(prose_pages(docs))
    twins = {path.relative_to(own).as_posix() for path in own.rglob("*.md")} if own.is_dir() else set()
    missing, extra = sorted(source - twins), sorted(twins - source)
    if missing:
        raise GuideDataError(
            f"{edition.docs_label()}/{missing[0]}: expected the {edition.info.english_name} twin of docs/{missing[0]}, "
            f"found no file ({len(missing)} page{'s' if len(missing) != 1 else ''} missing)"
        )
    if extra:
        raise GuideDataError(
            f"{edition.docs_label()}/{extra[0]}: expected a twin of a page in docs/, found a page docs/ does not have"
        )
