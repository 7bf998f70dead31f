"""One build of the guide: the MkDocs events in the order they run, each handed to its stage.

Like a small MkDocs plugin: `start_build` is on_config (it loads and checks the data, and returns
the GuideBuild that answers the later events); each GuideBuild method is one event and only
dispatches: what the guide decides is in plain functions in content/, pages/, search/ and finish/.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import jinja2
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from seen.content.checks import check_nav, check_prose, check_site_url
from seen.content.guide import Guide, load_edition
from seen.content.icons import Icons, theme_icon_dirs
from seen.content.languages import (
    Edition,
    building,
    current_edition,
    editions,
    in_language_folder,
    language_folders,
    missing_language_folder,
    prose_pages,
)
from seen.content.loading import GuideDataError, keep_parses_in, load_practice, load_ui
from seen.content.models import Entry
from seen.content.practice import help_fallback_message, words_fallback_message
from seen.content.practice_pages import PracticePage, guide_names, load_practice_pages
from seen.content.reminders import (
    release_build,
    release_problem,
    remind_placeholder_address,
    remind_stale_help_lines,
)
from seen.finish.css import minify_own_sheets
from seen.finish.icons import IconSheet
from seen.finish.page import (
    FINISH_IN_WORKERS_FROM,
    FINISH_WORKERS,
    FinishedPage,
    Finishing,
    PageFinisher,
    finish_kept,
)
from seen.finish.security import add_content_security_policy, unexpected_code_message
from seen.finish.theme_fixes import ThemeMarkupChanged
from seen.finish.theme_words import WORDS_SCRIPT, words_script
from seen.finish.weight import COMPRESS_WORKERS, CompressionCache, compress_site, lighten_site
from seen.pages.cards import CARD_WORKERS, CardCache
from seen.pages.check_in import CheckIn, plan_check_in
from seen.pages.context import alternates, page_context, page_preview, theme_front_matter
from seen.pages.generated import (
    MADE_PAGES,
    entry_path,
    expand_nav,
    generated_pages,
    has_map,
    insert_cards,
    insert_help,
    insert_map,
    insert_name,
    theme_text,
    translate_nav,
)
from seen.pages.printing import QrCodes
from seen.pages.redirects import moved_pages
from seen.pages.settings import (
    Settings,
    brand_assets,
    has_stemmer,
    label_settings,
    language_settings,
    practice_settings,
)
from seen.pages.social import Sharing, robots_txt
from seen.pages.templates import help_html, markdown_env, prepare_html_env, template_cache
from seen.pages.theme_script import ThemeScriptError, theme_bundle
from seen.search.index import PageSearch, SearchIndexError, page_search
from seen.search.lazy import LazySearchError
from seen.search.site import finish_search
from seen.search.worker import (
    ThemeWorkerNotFound,
    query_path,
    query_script,
    theme_worker,
    wrapper_path,
    wrapper_script,
)

log = get_plugin_logger(__name__)


def project_dir(config: MkDocsConfig) -> Path:
    """Paths come from the config file, never from the working directory."""
    return Path(config.config_file_path).resolve().parent


# ---- on_config ----


def start_build(config: MkDocsConfig) -> GuideBuild:
    """on_config: load and check the data before anything is written; bad data stops here with one line.

    The first edition's build checks every edition's data, so a mistake in any language stops
    `mkdocs build` before it writes anything."""
    root = project_dir(config)
    docs = Path(config.docs_dir).resolve()
    icons = Icons(tuple(theme_icon_dirs(config.theme.dirs)))
    keep_parses_in(root / ".cache" / "yaml")  # the data files as parsed, for the next build (seen.content.loading)
    try:
        practice = load_practice(root / "data")  # as written: the guide below holds it as this edition sees it
        published = published_editions(root, practice.languages)
        edition = current_edition(published)
        nested = edition != published[0]
        folders = language_folders(root)
        if not nested:
            _checked_guides.clear()  # nothing passes from one `mkdocs build` (or serve rebuild) to the next
        guide = _checked_guides.pop(_guide_key(root, docs, edition, icons, folders), None)
        if guide is None:
            guide = load_edition(root, docs, edition, icons, folders)
        if not nested:
            check_every_edition(
                config.nav or [], root=root, docs=docs, editions=published, guide=guide, icons=icons, folders=folders
            )
            for other in published:  # the theme has words for every language (else one line, before writing)
                language_settings(other.language, config.theme.dirs)
            for other in published:  # a note, not a warning: those pages are right, only not the practice's own
                notes = (
                    help_fallback_message(
                        practice, other.language, checked_label=f"{other.data_label()}/help-lines.yml"
                    ),
                    words_fallback_message(practice, other.language),
                )
                for note in filter(None, notes):
                    log.info("%s", note)
        check_in = plan_check_in(guide)
        worker = theme_worker(config.theme.dirs)
        nav = translate_nav(
            expand_nav(config.nav or [], guide), guide.ui.nav_titles, label=f"{edition.data_label()}/ui.yml"
        )
        # the practice's own pages (branding/pages/), every edition's read and checked now
        own_pages = every_editions_pages(root, docs, editions=published, guide=guide, folders=folders)
        nav += [{theme_text(page.title): page.path} for page in own_pages[edition.language]]
        if guide.local_help is not None:
            remind_stale_help_lines(guide.local_help, label="data/practice.yml (local_help_lines)")
            remind_stale_help_lines(
                guide.help.model_copy(update={"lines": guide.help.lines[len(guide.local_help.lines) :]}),
                label=guide.help_label,
            )
        else:
            remind_stale_help_lines(guide.help, label=guide.help_label)
        configure(config, guide, language=edition.language, nested=nested)
        stemmed = has_stemmer(edition.language, config.theme.dirs)
        check_site_url(
            config.site_url,
            label='data/practice.yml: field "site_url"' if guide.practice.site_url else "mkdocs.yml: site_url",
        )
        if not nested and release_build(os.environ):  # SEEN_RELEASE=1: the folder to upload
            problem = release_problem(config.site_url)
            if problem:
                raise GuideDataError(problem)
    except (GuideDataError, ThemeWorkerNotFound, ValueError) as error:
        raise PluginError(str(error)) from None
    if not nested:
        remind_placeholder_address(config.site_url)
    branding = root / "branding"  # `mkdocs serve` rebuilds when the practice edits its own pages too
    if branding.is_dir() and str(branding) not in config.watch:
        config.watch.append(str(branding))
    html_env = config.theme.get_env()  # draws HTML; the guide's templates in it autoescape (seen.pages.templates)
    bundle = _theme_bundle()  # the theme's script, loaded by assets/seen.js when first needed
    prepare_html_env(html_env, guide=guide, icons=icons, edition=edition, project=root, theme_bundle=bundle)
    return GuideBuild(
        guide=guide,
        edition=edition,
        editions=published,
        root_url=config.site_url.removesuffix(edition.prefix) if nested else config.site_url,
        site_url=config.site_url,
        project=root,
        docs_dir=edition.docs_dir(docs),
        icons=icons,
        # draws Markdown, autoescaped (seen.pages.templates)
        markdown_env=markdown_env(config.theme.dirs, icons=icons, bytecode_cache=template_cache(root, "markdown")),
        html_env=html_env,
        nav=nav,
        check_in=check_in,
        sharing=Sharing(
            guide=guide,
            site_url=config.site_url,
            cards=CardCache(root / ".cache" / "cards", workers=CARD_WORKERS),
            project=root,
        ),
        offline=any(name in config.plugins for name in ("offline", "material/offline")),
        theme_worker=worker,
        stemmed_search=stemmed,
        language_folders=folders,
        practice_pages=own_pages[edition.language],
        practice_twins={language: {page.path for page in pages} for language, pages in own_pages.items()},
    )


def published_editions(root: Path, languages: list[str]) -> list[Edition]:
    """The practice's editions, each named in its own language (its ui.yml's language_name), so the
    language switch and hreflang list every one. A language without its data folder stops here."""
    problem = missing_language_folder(root, languages)
    if problem:
        raise GuideDataError(problem)
    names = {}
    for edition in editions(languages):
        ui = load_ui(edition.data_dir(root), label_root=edition.data_label())
        names[edition.language] = (ui.language_name, ui.language)
    return editions(languages, names)


def every_editions_pages(
    root: Path, docs: Path, *, editions: list[Edition], guide: Guide, folders: set[str]
) -> dict[str, list[PracticePage]]:
    """The practice's own pages of every edition (seen.content.practice_pages), by language: each
    checked, and none at an address the guide uses."""
    pages = set(prose_pages(docs, folders)) | {entry_path(entry) for entry in guide.all_entries()} | set(MADE_PAGES)
    codes = {edition.language for edition in editions}
    taken = guide_names(pages, folders | codes)
    others = (folders | codes) - {editions[0].language}
    return {
        edition.language: load_practice_pages(
            root, docs, language=edition.language, first=edition == editions[0], others=others, taken=taken
        )
        for edition in editions
    }


# Each other edition's guide, loaded and checked by the first edition's on_config (check_every_edition),
# for that edition's own build, which comes next in the same `mkdocs build` (build_other_editions):
# its data is read and checked once, not twice. Emptied at every first edition's on_config.
_checked_guides: dict[tuple[Any, ...], Guide] = {}


def _guide_key(root: Path, docs: Path, edition: Edition, icons: Icons, folders: set[str]) -> tuple[Any, ...]:
    """Everything load_edition is given: an edition's guide is handed on only to a build that would load the same."""
    return (root, docs, edition, icons.dirs, frozenset(folders))


def check_every_edition(
    nav: list[Any], *, root: Path, docs: Path, editions: list[Edition], guide: Guide, icons: Icons, folders: set[str]
) -> None:
    """What can be checked before anything is written, in every edition (seen.content.checks):
    the prose pages, mkdocs.yml's nav, and each other edition's data and nav titles."""
    check_prose(docs, [edition.language for edition in editions], prose_pages(docs, folders))
    made = {entry_path(entry) for entry in guide.all_entries()} | set(MADE_PAGES)
    check_nav(nav, pages=set(prose_pages(docs, folders)) | made)
    for other in editions[1:]:
        other_guide = load_edition(root, docs, other, icons, folders)
        _checked_guides[_guide_key(root, docs, other, icons, folders)] = other_guide  # for its own build
        translate_nav(expand_nav(nav, other_guide), other_guide.ui.nav_titles, label=f"{other.data_label()}/ui.yml")


def configure(config: MkDocsConfig, guide: Guide, *, language: str, nested: bool) -> None:
    """Apply what seen.pages.settings decides to MkDocs' config."""
    toc = config.mdx_configs.get("toc")
    palette = config.theme.get("palette")
    labels = label_settings(
        guide.ui,
        site_description=config.site_description,
        copyright=config.copyright,
        permalink=isinstance(toc, dict) and bool(toc.get("permalink")),
        palette=palette if isinstance(palette, list) else [],
    )
    for settings in (
        practice_settings(guide.practice, nested=nested, site_url=config.site_url),
        language_settings(language, config.theme.dirs),
        labels,
    ):
        apply_settings(config, settings)


def apply_settings(config: MkDocsConfig, settings: Settings) -> None:
    for key, value in settings.config.items():
        setattr(config, key, value)
    for key, value in settings.theme.items():
        config.theme[key] = value
    if settings.toc:
        config.mdx_configs["toc"].update(settings.toc)
    for name in ("search", "material/search"):
        if settings.search and name in config.plugins:
            config.plugins[name].config.update(settings.search)


# ---- the later events ----


@dataclass
class GuideBuild:
    """The guide of one build (made at on_config by start_build), answering the later events."""

    guide: Guide
    edition: Edition
    editions: list[Edition]  # every edition the practice publishes, this one included
    root_url: str  # the site's root: the first edition's address
    site_url: str
    project: Path
    docs_dir: Path  # this edition's prose: docs/, or docs/<code>/
    icons: Icons
    markdown_env: jinja2.Environment  # draws Markdown from overrides/entries/ and overrides/pages/
    html_env: jinja2.Environment  # MkDocs' theme environment: draws HTML (made at on_config)
    nav: list[Any]
    check_in: CheckIn
    sharing: Sharing
    offline: bool
    theme_worker: str  # the theme's search worker's file name
    stemmed_search: bool  # lunr stems this edition's words (seen.pages.settings.has_stemmer; see seen.search.worker)
    language_folders: set[str]  # docs/<code>/ of every language: never pages of this edition themselves
    practice_pages: list[PracticePage]  # the practice's own pages in this edition (branding/pages/)
    practice_twins: dict[str, set[str]]  # each edition's language -> the source paths of its practice pages
    entries_by_path: dict[str, Entry] = field(init=False)
    search_pages: dict[str, PageSearch] = field(init=False, default_factory=dict)  # by page URL
    unexpected_code: list[str] = field(init=False, default_factory=list)  # one line per page (seen.finish.security)
    _nav_pages: tuple[Navigation, dict[str, Page]] | None = field(init=False, default=None, repr=False)
    qr_codes: QrCodes | None = field(init=False, default=None)  # the templates' qr_svg (made at on_env)
    icon_sheet: IconSheet = field(init=False, default_factory=IconSheet)  # the theme's icons, drawn by seen.css
    theme_words: dict[str, str] = field(init=False, default_factory=dict)  # seen.finish.theme_words
    finisher: PageFinisher | None = field(init=False, default=None)  # a large build's pages, finished by workers

    def __post_init__(self) -> None:
        self.entries_by_path = {entry_path(entry): entry for entry in self.guide.all_entries()}

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        """Add the pages made from data, the practice's logo and favicon, and the other files the guide makes."""
        for file in list(files):  # docs/<code>/: each language's twins, read by its own edition
            if in_language_folder(file.src_uri, self.language_folders):
                files.remove(file)
        files = self.prose_in_language(files, config)
        for path, content in generated_pages(self.markdown_env, self.guide).items():
            if files.get_file_from_path(path) is not None:
                raise PluginError(
                    f"docs/{path}: expected no Markdown file here (this page is made from data), found one"
                )
            files.append(File.generated(config, path, content=content))
        for page in self.practice_pages:  # the practice's own pages (seen.content.practice_pages)
            if files.get_file_from_path(page.path) is not None:
                raise PluginError(f"{page.label}: expected a name no page of the guide has, found {page.path}")
            files.append(File.generated(config, page.path, content=page.markdown))
        for path, source in brand_assets(self.guide.practice).items():
            files.append(File.generated(config, path, abs_src_path=str(self.project / source)))
        for path, content in self.made_files(files, directory_urls=config.use_directory_urls).items():
            if files.get_file_from_path(path) is not None:
                raise PluginError(f"docs/{path}: expected no file here (the guide makes this one from data), found one")
            files.append(File.generated(config, path, content=content))
        return files

    def prose_in_language(self, files: Files, config: MkDocsConfig) -> Files:
        """In an edition in another language, each prose page's Markdown comes from its twin in
        docs/<code>/ (same path), so links, nav and markers stay the same in every language."""
        if self.docs_dir == Path(config.docs_dir).resolve():
            return files
        for file in list(files.documentation_pages()):
            twin = self.docs_dir / file.src_uri
            if file.generated_by or not twin.is_file():
                continue
            files.remove(file)
            files.append(File.generated(config, file.src_uri, content=twin.read_text(encoding="utf-8")))
        return files

    def made_files(self, files: Files, *, directory_urls: bool) -> dict[str, str]:
        """Files the guide adds besides its pages: robots.txt, our search worker, and a page at each
        entry's old address (seen.pages.redirects)."""
        # robots.txt counts only at the host's root: the first edition's build writes it.
        prefixes = tuple(edition.prefix for edition in self.editions)
        made = {} if self.edition.prefix else {"robots.txt": robots_txt(self.sharing.site_url, prefixes)}
        stemmed = self.stemmed_search
        made[wrapper_path(self.theme_worker, stemmed=stemmed)] = wrapper_script(self.theme_worker, stemmed=stemmed)
        made[query_path()] = query_script()
        urls = {path: file.url for path, file in self.entry_files(files).items()}
        moved = moved_pages(
            self.guide.all_entries(), env=self.html_env, sharing=self.sharing, urls=urls, directory_urls=directory_urls
        )
        for path, html in moved.items():
            made[path] = add_content_security_policy(
                html,
                offline=self.offline,
                page=self.edition.prefix + path,
                report=self.unexpected_code.append,
                cache=self.project / ".cache" / "csp",
            )
        return made

    def entry_files(self, files: Files) -> dict[str, File]:
        """Each entry's source path -> its generated page's file."""
        found = {path: files.get_file_from_path(path) for path in self.entries_by_path}
        missing = next((path for path, file in found.items() if file is None), None)
        if missing:
            raise PluginError(f"{missing}: expected a generated page for this entry, found none")
        return found  # type: ignore[return-value]

    def on_env(self, env: jinja2.Environment, files: Files) -> jinja2.Environment:
        prepare_html_env(
            env,
            guide=self.guide,
            icons=self.icons,
            edition=self.edition,
            project=self.project,
            theme_bundle=self.html_env.globals["theme_bundle"],
        )
        # Every page prints a QR code of its address (partials/print-foot.html): the missing ones are
        # drawn by workers while the pages are written (seen.pages.printing.QrCodes). Only an earlier
        # environment's page workers are stopped here: this build's preview cards, asked for since
        # on_files (the moved pages' previews), go on being drawn in parallel.
        self.close_page_workers()
        self.qr_codes = env.globals["qr_svg"]
        pages = [file.page for file in files.documentation_pages() if file.page is not None]
        addresses = [page.canonical_url for page in pages]
        self.qr_codes.prefetch([url for url in addresses if url], title=self.guide.ui.print.qr)
        # A large build's pages are finished by workers while MkDocs draws the next (seen.finish.page).
        if len(pages) >= FINISH_IN_WORKERS_FROM:
            self.finisher = PageFinisher(self.finishing, keep=self.keep_finished, workers=FINISH_WORKERS)
        return env

    def close_workers(self) -> None:
        """Stop every process drawing for this build, its preview cards' too: it stops early."""
        self.sharing.cards.close()
        self.close_page_workers()

    def close_page_workers(self) -> None:
        """Stop the QR codes' and the page finisher's processes (not the preview cards', which
        `Sharing.publish` waits for): when a new environment's pages start, or the build stops."""
        if self.qr_codes is not None:
            self.qr_codes.close()
        if self.finisher is not None:
            self.finisher.close()
            self.finisher = None

    def on_page_markdown(self, markdown: str, page: Page, files: Files) -> str:
        """The page's printed front matter escaped once, then its markers replaced: cards, the map, urgent help."""
        src_uri = page.file.src_uri
        made = src_uri in self.entries_by_path or src_uri in MADE_PAGES
        page.meta.update(theme_front_matter(page.meta, made_from_data=made))  # before any template prints them
        try:
            markdown = insert_cards(markdown, env=self.markdown_env, guide=self.guide, src_uri=src_uri)
            if has_map(markdown):
                # the map's drawing is raw HTML, which MkDocs does not resolve: links as MkDocs writes them
                hrefs = {path: file.url_relative_to(page.file) for path, file in self.entry_files(files).items()}
                markdown = insert_map(markdown, env=self.markdown_env, guide=self.guide, src_uri=src_uri, hrefs=hrefs)
        except ValueError as error:
            raise PluginError(str(error)) from None
        markdown = insert_name(markdown, self.guide.practice.name)
        return insert_help(markdown, render_help=lambda: help_html(self.html_env))

    def on_page_context(self, context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
        """How the page is found in search, and what its template gets: entry, preview, alternates."""
        src_uri = page.file.src_uri
        entry = self.entries_by_path.get(src_uri)
        try:
            self.search_pages[page.url] = page_search(src_uri, entry=entry, meta=page.meta)
        except SearchIndexError as error:
            raise PluginError(str(error)) from None
        pages = self.pages_by_source(nav)
        context.update(page_context(src_uri, entry=entry, guide=self.guide, check_in=self.check_in, pages=pages))
        context["preview"] = page_preview(
            self.sharing,
            entry=entry,
            src_uri=src_uri,
            url=page.canonical_url or self.sharing.site_url + page.url,
            title=page.title or "",
            meta=page.meta,
            homepage=page.is_homepage,
            fallback_description=config.site_description or "",
        )
        editions = self.editions
        if src_uri in self.practice_twins[self.edition.language]:  # a practice's page may be in one language only
            editions = [other for other in editions if src_uri in self.practice_twins[other.language]]
        context["alternates"] = alternates(page.url, edition=self.edition, editions=editions, root_url=self.root_url)
        return context

    def pages_by_source(self, nav: Navigation) -> dict[str, Page]:
        """Each page's source path -> its MkDocs page, made once per navigation (not once per page)."""
        if self._nav_pages is None or self._nav_pages[0] is not nav:
            self._nav_pages = (nav, {nav_page.file.src_uri: nav_page for nav_page in nav.pages})
        return self._nav_pages[1]

    def on_post_page(self, output: str, page: Page, *, compression: CompressionCache | None = None) -> str:
        """The finished page; with `compression`, its compressed copies are started too. In a large
        build the page is finished by a worker instead: MkDocs writes it as drawn, and the finished
        page replaces it before on_post_build goes on (seen.finish.page)."""
        own = next((own for own in self.practice_pages if own.path == page.file.src_uri), None)
        where = own.label if own else self.edition.prefix + page.file.dest_uri  # a practice's page: its file
        if self.finisher is not None:
            path = Path(page.file.abs_dest_path)
            try:
                self.finisher.submit(
                    output, path=path, where=where, page_url=page.canonical_url, compression=compression
                )
            except ValueError as error:  # an earlier page's, raised in its worker
                raise PluginError(str(error)) from None
            return output
        html = self.finish_page(output, where=where, page_url=page.canonical_url)
        if compression is not None:
            # the bytes MkDocs writes (mkdocs.commands.build); a page changed later is compressed again at the end
            compression.submit(html.encode("utf-8", errors="xmlcharrefreplace"))
        return html

    def on_post_template(self, output: str, template_name: str) -> str:
        if not template_name.endswith(".html"):
            return output
        return self.finish_page(output, where=self.edition.prefix + template_name)

    @cached_property
    def finishing(self) -> Finishing:
        """What every page of this edition is finished with: the same for each, so made once."""
        return Finishing(
            language=self.edition.language,
            site_url=self.site_url,
            theme_worker=self.theme_worker,
            stemmed=self.stemmed_search,
            offline=self.offline,
            csp_cache=self.project / ".cache" / "csp",  # a page read in an earlier build is not read again
            finished_cache=self.project / ".cache" / "finished",  # nor a page finished the same before
        )

    def finish_page(self, html: str, *, where: str, page_url: str | None = None) -> str:
        """Last touches to a rendered page (seen.finish.page.finish_html). `where` is the page's
        file in the site, or its source (for messages)."""
        try:
            page = finish_kept(html, where=where, page_url=page_url, finishing=self.finishing)
        except ValueError as error:  # ThemeMarkupChanged names the theme version
            raise PluginError(str(error)) from None
        self.keep_finished(page, where)
        return page.html

    def keep_finished(self, page: FinishedPage, where: str) -> None:
        """What the site keeps of a finished page: its icons, the theme's words, any unexpected code."""
        if self.theme_words and page.words != self.theme_words:
            raise PluginError(f"{where}: expected the theme's words of the other pages, found {page.words}")
        self.theme_words = page.words
        self.icon_sheet.shapes.update(page.shapes)
        self.unexpected_code.extend(page.problems)

    def on_post_build(self, config: MkDocsConfig) -> None:
        """The whole site, once MkDocs and the search plugin have written it, before it is compressed."""
        site_dir = Path(config.site_dir)
        if self.finisher is not None:  # every page finished and written (seen.finish.page)
            finisher, self.finisher = self.finisher, None
            try:
                finisher.collect()
            except ValueError as error:
                raise PluginError(str(error)) from None
        if self.qr_codes is not None:
            self.qr_codes.close()  # every page is written: no code is still needed
        self.stop_on_unexpected_code()  # a page held code the guide does not ship (seen.finish.security)
        self.sharing.publish(site_dir)  # the preview cards the pages point to
        cards = self.sharing.cards
        log.info("drew %d preview cards, took %d from .cache/cards/", len(cards.drawn), len(cards.reused))
        try:
            finish_search(
                site_dir,
                pages=self.search_pages,
                words=self.guide.search_words,
                language=self.edition.language,
                card=self.html_env.get_template("partials/search-help.html").render(),
                closest=self.guide.ui.search.no_results.closest,
            )
            lighten_site(
                site_dir, offline=self.offline, cache_dir=self.project / ".cache" / "css"
            )  # seen.finish.weight
            # The practice's colours and the icons the pages no longer carry (seen.finish.icons).
            self.icon_sheet.write(site_dir, brand=self.html_env.get_template("partials/brand.html").render())
            minify_own_sheets(site_dir)  # seen.finish.css: no comments or spaces in what a first visit waits for
            share = self.guide.ui.share  # the share button's results, said after a copy (assets/seen.js)
            words = {**self.theme_words, "seen.share.copied": share.copied, "seen.share.not_copied": share.not_copied}
            (site_dir / WORDS_SCRIPT).write_text(words_script(words), encoding="utf-8")
        except SearchIndexError as error:
            raise PluginError(str(error)) from None
        except (LazySearchError, ThemeMarkupChanged) as error:  # the pinned theme's code changed
            raise PluginError(f"Seen: {error}") from None
        build_other_editions(config, self)  # then each other language, into <site>/<code>/

    def stop_on_unexpected_code(self) -> None:
        """Once every page is drawn: if any holds code the guide does not ship, stop with one line."""
        message = unexpected_code_message(self.unexpected_code)
        if message:
            raise PluginError(message)

    def compression(self) -> CompressionCache:
        """Where the .gz and .br copies are kept between builds; one for a build and its other editions."""
        return CompressionCache(self.project / ".cache" / "compressed", workers=COMPRESS_WORKERS)

    def compress(self, config: MkDocsConfig, cache: CompressionCache) -> None:
        """Last of all: the .gz and .br copies (seen.finish.weight)."""
        compress_site(Path(config.site_dir), cache)


def build_other_editions(config: MkDocsConfig, build: GuideBuild) -> None:
    """After the first edition is written, build each other one into <site>/<code>/ with the same
    project: its own pages, theme language, search index and cards."""
    if build.edition != build.editions[0]:
        return
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    for edition in build.editions[1:]:
        nested = load_config(
            config.config_file_path,
            site_dir=str(Path(config.site_dir) / edition.prefix),
            site_url=build.root_url + edition.prefix,
            strict=config.strict,
        )
        log.info("building the %s edition into %s", edition.name, edition.prefix)
        with building(edition):
            mkdocs_build(nested)


def _theme_bundle() -> str:
    try:
        return theme_bundle()
    except ThemeScriptError as error:
        raise PluginError(str(error)) from None
