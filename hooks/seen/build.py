"""One build of the guide: the data loaded at on_config, and what each later event asks of it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation

from seen.guide import Guide, load_guide
from seen.icons import Icons, theme_icon_dirs
from seen.loading import GuideDataError
from seen.models import Entry
from seen.pages import entry_markdown, entry_path, expand_nav, has_map, insert_cards, insert_map, markdown_env


def project_dir(config: MkDocsConfig) -> Path:
    """Paths come from the config file, never from the working directory."""
    return Path(config.config_file_path).resolve().parent


@dataclass
class GuideBuild:
    guide: Guide
    icons: Icons
    env: jinja2.Environment
    nav: list[Any]
    entries_by_path: dict[str, Entry] = field(init=False)

    def __post_init__(self) -> None:
        self.entries_by_path = {entry_path(entry): entry for entry in self.guide.all_entries()}

    def generated_pages(self) -> dict[str, str]:
        """Source path -> Markdown of every entry page, made in memory."""
        return {path: entry_markdown(self.env, self.guide, entry) for path, entry in self.entries_by_path.items()}

    def page_markdown(self, markdown: str, page_file: File, files: Files) -> str:
        """A docs page's Markdown with its markers replaced: section cards, the map of the guide."""
        src_uri = page_file.src_uri
        try:
            markdown = insert_cards(markdown, env=self.env, guide=self.guide, src_uri=src_uri)
            if has_map(markdown):
                hrefs = self.entry_urls(page_file, files)
                markdown = insert_map(markdown, env=self.env, guide=self.guide, src_uri=src_uri, hrefs=hrefs)
            return markdown
        except ValueError as error:
            raise PluginError(str(error)) from None

    def entry_urls(self, page_file: File, files: Files) -> dict[str, str]:
        """Each entry's source path -> its page's URL relative to `page_file`, as MkDocs writes links."""
        urls = {}
        for path in self.entries_by_path:
            file = files.get_file_from_path(path)
            if file is None:
                raise ValueError(f"{path}: expected a generated page for this entry, found none")
            urls[path] = file.url_relative_to(page_file)
        return urls

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
    icons = Icons(tuple(theme_icon_dirs(config.theme.dirs)))
    try:
        guide = load_guide(root / "data", icons=icons)
        nav = expand_nav(config.nav or [], guide)
    except (GuideDataError, ValueError) as error:
        raise PluginError(str(error)) from None
    return GuideBuild(guide=guide, icons=icons, env=markdown_env(config.theme.dirs, icons=icons), nav=nav)
