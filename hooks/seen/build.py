"""One build of the guide: the data loaded at on_config, and what each later event asks of it."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.nav import Navigation

from seen.guide import Guide, load_guide
from seen.loading import GuideDataError
from seen.models import Entry
from seen.pages import entry_markdown, entry_path, expand_nav, insert_cards, insert_help, markdown_env
from seen.search import PageSearch, SearchIndexError, shape_index
from seen.security import add_content_security_policy, protect_external_links
from seen.theme_fixes import repair_theme_markup


def project_dir(config: MkDocsConfig) -> Path:
    """Paths come from the config file, never from the working directory."""
    return Path(config.config_file_path).resolve().parent


@dataclass
class GuideBuild:
    guide: Guide
    env: jinja2.Environment
    nav: list[Any]
    site_url: str | None
    theme_env: jinja2.Environment
    entries_by_path: dict[str, Entry] = field(init=False)
    search_pages: dict[str, PageSearch] = field(init=False, default_factory=dict)  # by page URL

    def __post_init__(self) -> None:
        self.entries_by_path = {entry_path(entry): entry for entry in self.guide.all_entries()}
        self.theme_globals(self.theme_env)

    def generated_pages(self) -> dict[str, str]:
        """Source path -> Markdown of every entry page, made in memory."""
        return {path: entry_markdown(self.env, self.guide, entry) for path, entry in self.entries_by_path.items()}

    def theme_globals(self, env: jinja2.Environment) -> None:
        """What every HTML template may use, the 404 page included."""
        env.globals.update(ui=self.guide.ui, practice=self.guide.practice, help_lines=self.guide.help)

    def render_help(self) -> str:
        """The urgent-help block for a Markdown page (pages are read before MkDocs' on_env)."""
        return self.theme_env.get_template("partials/help.html").render(open_regions=True)

    def page_markdown(self, markdown: str, src_uri: str) -> str:
        try:
            markdown = insert_cards(markdown, env=self.env, guide=self.guide, src_uri=src_uri)
        except ValueError as error:
            raise PluginError(str(error)) from None
        return insert_help(markdown, render_help=self.render_help)

    def finish_page(self, html: str) -> str:
        """Last touches to a rendered page; the CSP comes last, once every inline script is final."""
        html = repair_theme_markup(html)
        html = protect_external_links(html, site_url=self.site_url)
        try:
            return add_content_security_policy(html)
        except ValueError as error:
            raise PluginError(str(error)) from None

    def note_page_search(self, *, url: str, src_uri: str, meta: dict[str, Any]) -> None:
        """Remember how a page is found: an entry by its data, a prose page by its front matter."""
        entry = self.entries_by_path.get(src_uri)
        if entry is not None:
            self.search_pages[url] = PageSearch(keywords=tuple(entry.keywords), summary=entry.summary, whole_page=True)
            return
        keywords = meta.get("keywords", [])
        if not isinstance(keywords, list) or not all(isinstance(k, str) and k.strip() for k in keywords):
            raise PluginError(
                f'docs/{src_uri}: front matter "keywords": expected a list of everyday phrases (lines starting '
                f"with -), found {keywords!r}"
            )
        description = meta.get("description")
        self.search_pages[url] = PageSearch(
            keywords=tuple(keyword.strip() for keyword in keywords),
            summary=description if isinstance(description, str) else None,
        )

    def finish_search_index(self, site_dir: Path) -> None:
        """Add keywords, forms and summaries to the index the search plugin wrote (if it wrote one)."""
        path = site_dir / "search" / "search_index.json"
        if not path.is_file():
            return
        index = json.loads(path.read_text(encoding="utf-8"))
        try:
            shaped = shape_index(index, pages=self.search_pages, words=self.guide.search_words)
        except SearchIndexError as error:
            raise PluginError(str(error)) from None
        path.write_text(json.dumps(shaped, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")

    def page_context(self, src_uri: str, nav: Navigation) -> dict[str, Any]:
        """Template variables of an entry page: the entry, its section and its neighbours."""
        context: dict[str, Any] = {}
        entry = self.entries_by_path.get(src_uri)
        if entry is None:
            return context
        pages = {page.file.src_uri: page for page in nav.pages}
        previous, following = self.guide.neighbours(entry)
        siblings = self.guide.entries(entry.kind)
        context.update(
            entry=entry,
            section=self.guide.ui.section(entry.kind),
            section_page=pages[f"{entry.kind}/index.md"],
            position=siblings.index(entry) + 1,
            total=len(siblings),
            previous=(previous, pages[entry_path(previous)]) if previous else None,
            next=(following, pages[entry_path(following)]) if following else None,
        )
        return context


def start_build(config: MkDocsConfig) -> GuideBuild:
    """Load and check the data before anything is written; bad data stops here with one line."""
    root = project_dir(config)
    try:
        guide = load_guide(root / "data")
        nav = expand_nav(config.nav or [], guide)
    except (GuideDataError, ValueError) as error:
        raise PluginError(str(error)) from None
    return GuideBuild(
        guide=guide,
        env=markdown_env(config.theme.dirs),
        nav=nav,
        site_url=config.site_url,
        theme_env=config.theme.get_env(),
    )
