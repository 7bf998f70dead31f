"""Editions: the guide in each language a practice publishes, and where each one lives.

A language is data: its folder data/<code>/ (ui.yml, entries, search words, help lines) and its
prose twins in docs/<code>/, published when `languages` names its code (README, "Adding a language").
One MkDocs build makes one edition. The first language in `data/practice.yml` (`languages`) is
built at the site's root by `mkdocs build` itself; each other language is built afterwards into
`<site>/<code>/` by a second MkDocs build of the same project (see `build_other_editions`), with
its own theme language, search language, data and prose pages.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

from seen.content.loading import GuideDataError

SOURCE_LANGUAGE = "en"  # the language of data/ and docs/ themselves, whose data holds what no translation repeats


def base_language(code: str) -> str:
    """The language of a tag without its script or territory (pt-BR -> pt): lunr's stemmers are per language."""
    return code.split("-", 1)[0].lower()


@dataclass(frozen=True)
class Edition:
    """The guide in one language, at one place in the site."""

    language: str  # a BCP 47 tag (es, pt-BR): <html lang>, hreflang, the theme's language, its folders
    prefix: str  # "" at the site's root, "es/" or "pt-br/" (lowercase) under it
    name: str = ""  # in its own language, for the language switch (ui.yml's language_name)
    locale: str = ""  # ui.yml's language, which may name a territory (es-MX)

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


def editions(languages: list[str], names: Mapping[str, tuple[str, str]] | None = None) -> list[Edition]:
    """The practice's languages as editions: the first at the root, the others under /<code>/.
    `names`: each language's own name and ui.yml language (see `edition_names`)."""
    found = names or {}
    return [
        Edition(
            language=code,
            prefix="" if position == 0 else f"{code.lower()}/",
            name=found.get(code, (code, code))[0],
            locale=found.get(code, (code, code))[1],
        )
        for position, code in enumerate(languages)
    ]


def language_folders(project: Path) -> set[str]:
    """The languages the project holds besides the source language: each folder data/<code>/ with a
    ui.yml. Their prose twins, docs/<code>/, are never pages of another edition."""
    data = project / "data"
    return {folder.name for folder in data.iterdir() if (folder / "ui.yml").is_file()} if data.is_dir() else set()


def missing_language_folder(project: Path, languages: list[str]) -> str | None:
    """One line for the first language in `languages` that has no data folder, else None."""
    for code in languages:
        if code == SOURCE_LANGUAGE:
            continue
        folder = project / "data" / code
        if not (folder / "ui.yml").is_file():
            found = "a folder without ui.yml" if folder.is_dir() else "no such folder"
            return (
                f'data/practice.yml: field "languages": expected a folder data/{code}/ for "{code}" '
                f"(ui.yml, signs.yml, effects.yml, steps.yml, safety.yml, search.yml, help-lines.yml, as in data/es/) "
                f"and its pages in docs/{code}/, found {found}"
            )
    return None


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


def in_language_folder(src_uri: str, folders: set[str]) -> bool:
    """Whether a path under docs/ is in another language's folder (docs/<code>/...)."""
    return src_uri.split("/", 1)[0] in folders


def prose_pages(docs: Path, folders: set[str]) -> list[str]:
    """The Markdown pages of the source edition, as paths relative to docs/, other languages'
    folders (`folders`, see `language_folders`) left out."""
    return sorted(
        path.relative_to(docs).as_posix()
        for path in docs.rglob("*.md")
        if not in_language_folder(path.relative_to(docs).as_posix(), folders)
    )


def check_twins(docs: Path, edition: Edition, folders: set[str]) -> None:
    """Every prose page has its twin in the edition's language, and no twin is left over."""
    if edition.language == SOURCE_LANGUAGE:
        return
    own = docs / edition.language
    source = set(prose_pages(docs, folders))
    twins = {path.relative_to(own).as_posix() for path in own.rglob("*.md")} if own.is_dir() else set()
    missing, extra = sorted(source - twins), sorted(twins - source)
    if missing:
        raise GuideDataError(
            f"{edition.docs_label()}/{missing[0]}: expected a twin of docs/{missing[0]} "
            f'for the "{edition.language}" edition, '
            f"found no file ({len(missing)} page{'s' if len(missing) != 1 else ''} missing)"
        )
    if extra:
        raise GuideDataError(
            f"{edition.docs_label()}/{extra[0]}: expected a twin of a page in docs/, found a page docs/ does not have"
        )
