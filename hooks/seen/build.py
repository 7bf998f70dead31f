"""One build of the guide: the data loaded at on_config, and what each later event asks of it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from seen.cards import CardCache
from seen.guide import Guide, load_guide
from seen.loading import GuideDataError
from seen.models import Entry
from seen.pages import entry_markdown, entry_path, expand_nav, insert_cards, markdown_env
from seen.redirects import redirects
from seen.social import Preview, Sharing, robots_txt

log = get_plugin_logger(__name__)


def project_dir(config: MkDocsConfig) -> Path:
    """Paths come from the config file, never from the working directory."""
    return Path(config.config_file_path).resolve().parent


@dataclass
class GuideBuild:
    guide: Guide
    env: jinja2.Environment
    nav: list[Any]
    sharing: Sharing
    entries_by_path: dict[str, Entry] = field(init=False)

    def __post_init__(self) -> None:
        self.entries_by_path = {entry_path(entry): entry for entry in self.guide.all_entries()}

    def generated_pages(self) -> dict[str, str]:
        """Source path -> Markdown of every entry page, made in memory."""
        return {path: entry_markdown(self.env, self.guide, entry) for path, entry in self.entries_by_path.items()}

    def page_markdown(self, markdown: str, src_uri: str) -> str:
        try:
            return insert_cards(markdown, env=self.env, guide=self.guide, src_uri=src_uri)
        except ValueError as error:
            raise PluginError(str(error)) from None

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

    def preview(self, page: Page, *, fallback_description: str) -> Preview:
        """What a shared link to `page` shows: an entry's from its data, a prose page's from its
        title and its `description` front matter."""
        entry = self.entries_by_path.get(page.file.src_uri)
        url = page.canonical_url or self.sharing.site_url + page.url
        if entry is not None:
            return self.sharing.entry_preview(entry, url=url, section_url=self.sharing.site_url + f"{entry.kind}/")
        description = page.meta.get("description")
        if not description:
            log.warning("docs/%s: expected a description in the front matter (for previews), found none",
                        page.file.src_uri)
            description = fallback_description
        return self.sharing.page_preview(title=page.title or "", description=description, url=url,
                                         homepage=page.is_homepage)

    def made_files(self, files: Files, *, directory_urls: bool) -> dict[str, str]:
        """Files the guide adds to the site besides its pages: robots.txt, and a page at each
        entry's old address (see seen.redirects) that sends the reader to the new one."""
        made = {"robots.txt": robots_txt(self.sharing.site_url)}
        for redirect in redirects(self.guide.all_entries()):
            target = files.get_file_from_path(entry_path(redirect.entry))
            old_path = redirect.old_path(directory_urls=directory_urls)
            old_url = old_path.removesuffix("index.html") if directory_urls else old_path
            made[old_path] = self.env.get_template("moved.html").render(
                ui=self.guide.ui,
                entry=redirect.entry,
                target=get_relative_url(target.url, old_url),
                preview=self.sharing.entry_preview(
                    redirect.entry,
                    url=self.sharing.site_url + target.url,
                    section_url=self.sharing.site_url + f"{redirect.entry.kind}/",
                ),
            )
        return made

    def publish_cards(self, site_dir: str) -> None:
        """Put the cards the pages point to into the built site, and say how many were drawn."""
        self.sharing.publish(Path(site_dir))
        cards = self.sharing.cards
        log.info("drew %d preview cards, took %d from .cache/cards/", len(cards.drawn), len(cards.reused))


def start_build(config: MkDocsConfig) -> GuideBuild:
    """Load and check the data before anything is written; bad data stops here with one line."""
    root = project_dir(config)
    try:
        guide = load_guide(root / "data")
        nav = expand_nav(config.nav or [], guide)
    except (GuideDataError, ValueError) as error:
        raise PluginError(str(error)) from None
    if not config.site_url:
        raise PluginError(
            "mkdocs.yml: site_url: expected the guide's full address, like https://example.org/guide/ "
            "(previews and permanent links need it), found nothing"
        )
    sharing = Sharing(guide=guide, site_url=config.site_url, cards=CardCache(root / ".cache" / "cards"))
    return GuideBuild(guide=guide, env=markdown_env(config.theme.dirs), nav=nav, sharing=sharing)
