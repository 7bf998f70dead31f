"""A practice's own pages ("About our practice", "Fees and insurance"): Markdown files in
branding/pages/ (the first language's edition) and branding/pages/<code>/ (another language's),
beside the practice's logo, so that everything a practice owns stays in data/practice.yml and
branding/.

Each file becomes a page of its edition at /<name>/, after the guide's own pages in the menu, in
file-name order, with the guide's look, search, sitemap and checks. A page with the same file name
in another language's folder is its twin (the language switch and hreflang link them); a page
in one language only has no twin. Every mistake is one line, before anything is written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from mkdocs.utils.meta import YAML_RE

from seen.content.checks import check_front_matter, check_markers, read_page, without_front_matter
from seen.content.loading import GuideDataError, _found, parse_yaml
from seen.content.rules import shown

PAGES_FOLDER = "branding/pages"
PAGE_NAME = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*\.md$")
EXAMPLE = "fees-and-insurance.md"
# Addresses at the site's root that belong to MkDocs or the theme (besides the guide's own pages).
RESERVED = frozenset({"index", "404", "assets", "search", "sitemap", "robots"})


@dataclass(frozen=True)
class PracticePage:
    """One of the practice's pages in one edition."""

    name: str  # the file name without .md: the page's address, /<name>/
    label: str  # the file as messages name it: branding/pages/es/about-us.md
    title: str  # from its front matter: the menu's and the tab's title
    markdown: str  # the whole file, front matter included (MkDocs reads it as a page)

    @property
    def path(self) -> str:
        """Where the page sits among the edition's pages (MkDocs' source path)."""
        return f"{self.name}.md"


def pages_folder(project: Path, language: str, *, first: bool) -> tuple[Path, str]:
    """(folder, label) of an edition's own pages: branding/pages/ for the first language."""
    if first:
        return project / PAGES_FOLDER, PAGES_FOLDER
    return project / PAGES_FOLDER / language, f"{PAGES_FOLDER}/{language}"


def guide_names(pages: set[str], languages: set[str]) -> dict[str, str]:
    """The first part of every address the guide uses -> what uses it (for messages): its pages
    (`pages`: source paths such as "about.md", "signs/index.md"), language folders, the theme's."""
    taken = dict.fromkeys(RESERVED, "a name the site uses itself")
    taken |= dict.fromkeys(languages, "the address of an edition (a language code)")
    for path in sorted(pages):
        first = path.split("/", 1)[0].removesuffix(".md")
        taken.setdefault(first, f"the address of the guide's own page /{first}/")
    return taken


def read_practice_page(path: Path, *, label: str, docs: Path) -> PracticePage:
    """One page: a Markdown file with front matter that gives its title and description."""
    text = read_page(path, label=label).replace("\r\n", "\n")
    match = YAML_RE.match(text)
    if match is None:
        found = "no closing ---" if text.startswith("---") else "no front matter"
        raise GuideDataError(
            f'{label}: front matter "title": expected the page\'s title and description between two lines of --- '
            f"at the top (---, title: Fees and insurance, description: One sentence., ---), found {found}"
        )
    meta = parse_yaml(match.group(1), label=label, first_line=2)
    title = meta.get("title") if isinstance(meta, dict) else None
    if not isinstance(title, str) or not title.strip():
        raise GuideDataError(
            f'{label}: front matter "title": expected the page\'s title, like "Fees and insurance" (the menu shows '
            f"it), found {_found(title)}"
        )
    check_front_matter(meta, label=label, docs=docs)  # description, keywords: as the guide's own pages
    check_markers(without_front_matter(text, match.end()), label=label)
    return PracticePage(name=path.stem, label=label, title=title.strip(), markdown=text)


def load_practice_pages(
    project: Path, docs: Path, *, language: str, first: bool, others: set[str], taken: dict[str, str]
) -> list[PracticePage]:
    """An edition's own pages, in file-name order; none when its folder does not exist.

    `others`: the codes a language folder may have in branding/pages/ (every language but the
    first); `taken`: the addresses the guide uses (see `guide_names`)."""
    folder, label = pages_folder(project, language, first=first)
    if not folder.is_dir():
        return []
    pages = []
    for path in sorted(folder.iterdir()):
        name, where = path.name, f"{label}/{path.name}"
        if name.startswith("."):  # .DS_Store and the like, which file managers leave behind
            continue
        if path.is_dir():
            if first and name in others:
                continue  # another language's pages: read by its own edition
            expected = (
                f"a folder named for one of your other languages ({', '.join(sorted(others))})"
                if first and others
                else "only Markdown pages (.md)"
            )
            raise GuideDataError(f'{where}/: expected {expected}, found a folder "{shown(name)}"')
        if path.suffix.lower() != ".md":
            raise GuideDataError(
                f'{where}: expected a Markdown page (.md), like "{EXAMPLE}", found a '
                f"{shown(path.suffix) + ' file' if path.suffix else 'file without .md'}"
            )
        if not PAGE_NAME.match(name):
            raise GuideDataError(
                f"{where}: expected a file name of lowercase words joined by hyphens (it is the page's address), "
                f'like "{EXAMPLE}", found "{shown(name)}"'
            )
        if path.stem in taken:
            raise GuideDataError(
                f'{where}: expected a name the guide does not use (the page would be at /{path.stem}/), found "{name}", '
                f"{taken[path.stem]}"
            )
        pages.append(read_practice_page(path, label=where, docs=docs))
    return pages
