"""One build of the guide: the data loaded at on_config, and what each later event asks of it."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup, escape
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from seen.content.checks import check_nav, check_prose, check_site_url
from seen.content.colours import palette
from seen.content.guide import Guide, load_guide
from seen.content.icons import Icons, theme_icon_dirs
from seen.content.labels import fill
from seen.content.languages import Edition, building, check_twins, current_edition, editions, prose_pages
from seen.content.loading import GuideDataError, load_practice
from seen.content.models import Entry, UiText
from seen.content.practice import Practice
from seen.content.reminders import remind_stale_help_lines
from seen.finish.security import add_content_security_policy, protect_external_links
from seen.finish.theme_fixes import repair_theme_markup
from seen.finish.weight import compress_site, lighten_site, minify_page
from seen.pages.cards import CARD_WORKERS, CardCache
from seen.pages.check_in import CheckIn, plan_check_in
from seen.pages.generated import (
    entry_markdown,
    entry_path,
    escapes_html,
    expand_nav,
    has_map,
    insert_cards,
    insert_help,
    insert_map,
    made_page_markdown,
    markdown_env,
    plain_text,
    translate_nav,
)
from seen.pages.printing import add_print_addresses, cached_qr_svg
from seen.pages.redirects import redirects
from seen.pages.social import Preview, Sharing, robots_txt
from seen.pages.theme_script import ThemeScriptError, theme_bundle
from seen.search.help import SCRIPT as SEARCH_HELP_SCRIPT
from seen.search.help import closest_pages, help_script
from seen.search.index import PageSearch, SearchIndexError, shape_index
from seen.search.lazy import LazySearchError
from seen.search.worker import (
    ThemeWorkerNotFound,
    query_path,
    query_script,
    theme_worker,
    use_wrapper,
    wrapper_path,
    wrapper_script,
)

log = get_plugin_logger(__name__)

# Pages made from data that are not entries: source path -> name of their templates
# (overrides/pages/<name>.md for the opening Markdown, overrides/<name>.html for the rest).
MADE_PAGES = {"check-in.md": "check-in", "handout.md": "handout"}


def project_dir(config: MkDocsConfig) -> Path:
    """Paths come from the config file, never from the working directory."""
    return Path(config.config_file_path).resolve().parent


@dataclass
class GuideBuild:
    guide: Guide
    icons: Icons
    markdown_env: jinja2.Environment  # draws Markdown from overrides/entries/ and overrides/pages/
    nav: list[Any]
    site_url: str | None
    html_env: jinja2.Environment  # MkDocs' theme environment: draws HTML (made at on_config)
    project: Path
    offline: bool
    check_in: CheckIn
    sharing: Sharing
    edition: Edition
    editions: list[Edition]  # every edition the practice publishes, this one included
    root_url: str  # the site's root: the first edition's address
    docs_dir: Path
    theme_worker: str  # the theme's search worker's file name
    entries_by_path: dict[str, Entry] = field(init=False)
    search_pages: dict[str, PageSearch] = field(init=False, default_factory=dict)  # by page URL
    unexpected_code: list[str] = field(init=False, default_factory=list)  # one line per page (seen.finish.security)

    def __post_init__(self) -> None:
        self.entries_by_path = {entry_path(entry): entry for entry in self.guide.all_entries()}
        self.theme_globals(self.html_env)

    def generated_pages(self) -> dict[str, str]:
        """Source path -> Markdown of every page made from data (entries, check-in, handout), in memory."""
        env, guide = self.markdown_env, self.guide
        pages = {path: entry_markdown(env, guide, entry) for path, entry in self.entries_by_path.items()}
        pages.update({path: made_page_markdown(env, guide, name) for path, name in MADE_PAGES.items()})
        return pages

    def theme_globals(self, env: jinja2.Environment) -> None:
        """What every HTML template may use, the 404 page included; our own templates autoescape."""
        env.autoescape = escapes_html(self.project / "overrides")
        env.bytecode_cache = template_cache(self.project, "html")
        colours = self.guide.practice.colours
        env.globals.update(
            ui=self.guide.ui,
            practice=self.guide.practice,
            help_lines=self.guide.help,
            brand=palette(colours.primary, colours.accent),
            qr_svg=cached_qr_svg(self.project / ".cache" / "qr"),  # drawn once, kept between builds
            edition=self.edition,
            theme_bundle=_theme_bundle(),  # loaded by assets/seen.js when first needed (seen.pages.theme_script)
        )
        env.filters["icon"] = self.icons.svg  # an entry's icon, drawn by partials/seen-icon.html
        env.filters["fill"] = fill  # a label's placeholders (seen.content.labels), never str.format

    def render_help(self) -> str:
        """The urgent-help block (and the practice's "Talk to us") for a Markdown page.

        Pages are read before MkDocs' on_env, so this uses an environment made at on_config."""
        return self.html_env.get_template("partials/help.html").render(open_regions=True) + (
            self.html_env.get_template("partials/talk-to-us.html").render()
        )

    def asset_files(self) -> dict[str, Path]:
        """The practice's logo and favicon, copied into the site: site path -> file in the project."""
        practice = self.guide.practice
        return {
            brand_asset_path(kind, source): self.project / source
            for kind, source in (("logo", practice.logo), ("favicon", practice.favicon))
            if source
        }

    def page_markdown(self, markdown: str, page_file: File, files: Files) -> str:
        """A docs page's Markdown with its markers replaced: section cards, the map, urgent help."""
        src_uri = page_file.src_uri
        try:
            markdown = insert_cards(markdown, env=self.markdown_env, guide=self.guide, src_uri=src_uri)
            if has_map(markdown):
                hrefs = self.entry_urls(page_file, files)
                markdown = insert_map(markdown, env=self.markdown_env, guide=self.guide, src_uri=src_uri, hrefs=hrefs)
        except ValueError as error:
            raise PluginError(str(error)) from None
        return insert_help(markdown, render_help=self.render_help)

    def entry_urls(self, page_file: File, files: Files) -> dict[str, str]:
        """Each entry's source path -> its page's URL relative to `page_file`, as MkDocs writes links."""
        urls = {}
        for path in self.entries_by_path:
            file = files.get_file_from_path(path)
            if file is None:
                raise ValueError(f"{path}: expected a generated page for this entry, found none")
            urls[path] = file.url_relative_to(page_file)
        return urls

    def finish_page(self, html: str, *, where: str, page_url: str | None = None) -> str:
        """Last touches to a rendered page; the CSP comes last, once every inline script is final.
        `where` is the page's file in the site (for messages)."""
        html = repair_theme_markup(html)
        if page_url:
            html = add_print_addresses(html, page_url=page_url)
        html = protect_external_links(html, site_url=self.site_url)
        try:
            # Search's worker is ours (seen.search.worker): it loads the theme's when search opens.
            html = use_wrapper(html, self.theme_worker, stemmed=self.stemmed_search)
            html = minify_page(html)  # seen.finish.weight
            return add_content_security_policy(
                html, offline=self.offline, page=self.edition.prefix + where, report=self.unexpected_code.append
            )
        except ValueError as error:
            raise PluginError(str(error)) from None

    def stop_on_unexpected_code(self) -> None:
        """Once every page is drawn: if any holds code the guide does not ship, stop with one line."""
        if self.unexpected_code:
            more = len(self.unexpected_code) - 1
            also = f" (and {more} more page{'s' if more > 1 else ''})" if more else ""
            raise PluginError(self.unexpected_code[0] + also)

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
            summary=plain_text(description) if isinstance(description, str) else None,
        )

    def escape_front_matter(self, src_uri: str, meta: dict[str, Any]) -> None:
        """A page's title and description as the theme prints them (as they are): escaped once.

        A prose page's come from its front matter as written; a page made from data has them
        escaped already (seen.pages.generated.theme_text). Read them back as text with plain_text()."""
        made = src_uri in self.entries_by_path or src_uri in MADE_PAGES
        for key in ("title", "description", "subtitle"):  # what the theme prints from front matter
            value = meta.get(key)
            if isinstance(value, str):
                meta[key] = Markup(value) if made else escape(value)

    def finish_search_index(self, site_dir: Path) -> None:
        """Add keywords, forms and summaries to the index the search plugin wrote (if it wrote one)."""
        path = site_dir / "search" / "search_index.json"
        if not path.is_file():
            return
        index = json.loads(path.read_text(encoding="utf-8"))
        try:
            shaped = shape_index(
                index, pages=self.search_pages, words=self.guide.search_words, language=self.edition.language
            )
        except SearchIndexError as error:
            raise PluginError(str(error)) from None
        path.write_text(json.dumps(shaped, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        words = self.guide.search_words
        script = help_script(
            danger=words.danger,
            card=self.html_env.get_template("partials/search-help.html").render(),
            closest=self.guide.ui.search.no_results.closest,
            pages=closest_pages(shaped["docs"], words.skip_words),
            skip_words=words.skip_words,
        )
        (site_dir / SEARCH_HELP_SCRIPT).write_text(script, encoding="utf-8")

    @property
    def stemmed_search(self) -> bool:
        """Search stems words in every language but English (see seen.search.worker)."""
        return self.edition.language != "en"

    def prose_markdown(self, files: Files, config: MkDocsConfig) -> Files:
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

    def alternates(self, page_url: str) -> list[dict[str, Any]]:
        """The same page in every published edition: for the language switcher and hreflang links.

        `page_url` is the page's URL within its edition (e.g. "signs/silent-treatment/")."""
        here = self.edition.prefix + page_url
        return [
            {
                "language": other.language,
                "name": other.info.name,
                "og_locale": other.info.og_locale,
                "url": self.root_url + other.prefix + page_url,
                "href": get_relative_url(other.prefix + page_url or ".", here or "."),
                "current": other == self.edition,
            }
            for other in self.editions
        ]

    def lighten_site(self, site_dir: Path) -> None:
        """Less to download: see seen.finish.weight. Raises if the pinned theme's search code changed."""
        try:
            lighten_site(site_dir, offline=self.offline, cache_dir=self.project / ".cache" / "css")
        except LazySearchError as error:
            raise PluginError(f"Seen: {error}") from None

    def compress_site(self, site_dir: Path) -> None:
        compress_site(site_dir, self.project / ".cache" / "compressed")

    def page_context(self, src_uri: str, nav: Navigation) -> dict[str, Any]:
        """Template variables of a page made from data: an entry with its section and neighbours,
        the check-in's questions and results, or the handout's lists."""
        context: dict[str, Any] = {}
        if MADE_PAGES.get(src_uri) == "check-in":
            context.update(check_in=self.check_in)
        if MADE_PAGES.get(src_uri) == "handout":
            context.update(signs=self.guide.signs, steps=self.guide.steps)
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
            log.warning(
                "docs/%s: expected a description in the front matter (for previews), found none", page.file.src_uri
            )
            description = fallback_description
        description = plain_text(description)
        return self.sharing.page_preview(
            title=page.title or "", description=description, url=url, homepage=page.is_homepage
        )

    def made_files(self, files: Files, *, directory_urls: bool) -> dict[str, str]:
        """Files the guide adds to the site besides its pages: robots.txt, and a page at each
        entry's old address (see seen.pages.redirects) that sends the reader to the new one."""
        # robots.txt counts only at the host's root: the first edition's build writes it.
        prefixes = tuple(edition.prefix for edition in self.editions)
        made = {} if self.edition.prefix else {"robots.txt": robots_txt(self.sharing.site_url, prefixes)}
        made[wrapper_path(self.theme_worker, stemmed=self.stemmed_search)] = wrapper_script(
            self.theme_worker, stemmed=self.stemmed_search
        )
        made[query_path()] = query_script()
        for redirect in redirects(self.guide.all_entries()):
            target = files.get_file_from_path(entry_path(redirect.entry))
            old_path = redirect.old_path(directory_urls=directory_urls)
            old_url = old_path.removesuffix("index.html") if directory_urls else old_path
            html = self.html_env.get_template("moved.html").render(
                ui=self.guide.ui,
                entry=redirect.entry,
                target=get_relative_url(target.url, old_url),
                preview=self.sharing.entry_preview(
                    redirect.entry,
                    url=self.sharing.site_url + target.url,
                    section_url=self.sharing.site_url + f"{redirect.entry.kind}/",
                ),
            )
            made[old_path] = add_content_security_policy(
                html, offline=self.offline, page=self.edition.prefix + old_path, report=self.unexpected_code.append
            )
        return made

    def publish_cards(self, site_dir: str) -> None:
        """Put the cards the pages point to into the built site, and say how many were drawn."""
        self.sharing.publish(Path(site_dir))
        cards = self.sharing.cards
        log.info("drew %d preview cards, took %d from .cache/cards/", len(cards.drawn), len(cards.reused))


def template_cache(project: Path, kind: str) -> jinja2.BytecodeCache:
    """Compiled templates, kept between builds: compiling the theme's takes longer than rendering pages.

    One folder per environment (`kind`): a template compiled with autoescaping differs from the same
    file compiled without, and the cache knows a template only by its name and source."""
    folder = project / ".cache" / "templates" / kind
    folder.mkdir(parents=True, exist_ok=True)
    return jinja2.FileSystemBytecodeCache(str(folder))


def brand_asset_path(kind: str, source: str) -> str:
    return f"assets/practice/{kind}{Path(source).suffix}"


def apply_practice(config: MkDocsConfig, practice: Practice, *, nested: bool = False) -> None:
    """The practice's name, address, logo and favicon, where MkDocs and the theme look for them.
    (An edition built under the first one has its address from that build.)"""
    config.site_name = escape(practice.name)  # the theme prints it as it is: escaped once, here
    if practice.site_url and not nested:
        config.site_url = practice.site_url
    if practice.logo:
        config.theme["logo"] = brand_asset_path("logo", practice.logo)
    if practice.favicon:
        config.theme["favicon"] = brand_asset_path("favicon", practice.favicon)


def _load_edition(root: Path, docs: Path, edition: Edition, icons: Icons) -> Guide:
    check_twins(docs, edition)
    return load_guide(
        root / "data",
        icons=icons,
        language=edition.language,
        language_dir=edition.data_dir(root),
        language_label=edition.data_label(),
    )


def set_language(config: MkDocsConfig, language: str) -> None:
    """The theme's words and the search's stemmer in the edition's language."""
    # (Material's own translations; MkDocs' `theme.locale` is for its built-in themes and stays as it is.)
    config.theme["language"] = language
    for name in ("search", "material/search"):
        if name in config.plugins:
            search = config.plugins[name].config
            search["lang"] = [language]
            # English: no stemmer (seen.search.index adds word forms itself); other languages: lunr's stemmer.
            if language != "en":
                search["pipeline"] = ["stemmer"]


def apply_labels(config: MkDocsConfig, ui: UiText) -> None:
    """Words that mkdocs.yml gives in English, in the edition's language where its ui.yml has them.

    The theme prints these as they are, so each is handed on escaped once (markupsafe.Markup:
    our own templates, which autoescape, leave it as it is)."""
    description = ui.site_description or config.site_description
    config.site_description = escape(description) if description else description
    licence = ui.copyright or config.copyright
    config.copyright = escape(licence) if licence else licence
    toc = config.mdx_configs.get("toc")
    if isinstance(toc, dict) and toc.get("permalink"):
        toc["permalink_title"] = ui.permalink  # the headings' link, as our templates write it
    for scheme in config.theme.get("palette") or []:
        toggle = scheme.get("toggle") if isinstance(scheme, dict) else None
        name = {"default": ui.dark_mode, "slate": ui.light_mode}.get(scheme.get("scheme", "")) if toggle else None
        if toggle and (name or toggle.get("name")):
            toggle["name"] = escape(name or toggle["name"])


def start_build(config: MkDocsConfig) -> GuideBuild:
    """Load and check the data before anything is written; bad data stops here with one line.

    The first edition's build checks every edition's data, so a mistake in any language stops
    `mkdocs build` before it writes anything."""
    root = project_dir(config)
    docs = Path(config.docs_dir).resolve()
    icons = Icons(tuple(theme_icon_dirs(config.theme.dirs)))
    try:
        published = editions(load_practice(root / "data").languages)
        edition = current_edition(published)
        nested = edition != published[0]
        guide = _load_edition(root, docs, edition, icons)
        if not nested:  # seen.content.checks: what can be checked before anything is written, every edition's
            check_prose(docs, [other.language for other in published], prose_pages(docs))
            made = {entry_path(entry) for entry in guide.all_entries()} | set(MADE_PAGES)
            check_nav(config.nav, pages=set(prose_pages(docs)) | made)
            for other in published[1:]:
                other_guide = _load_edition(root, docs, other, icons)
                translate_nav(
                    expand_nav(config.nav or [], other_guide),
                    other_guide.ui.nav_titles,
                    label=f"{other.data_label()}/ui.yml",
                )
        check_in = plan_check_in(guide)
        worker = theme_worker(config.theme.dirs)
        nav = expand_nav(config.nav or [], guide)
        nav = translate_nav(nav, guide.ui.nav_titles, label=f"{edition.data_label()}/ui.yml")
    except (GuideDataError, ThemeWorkerNotFound, ValueError) as error:
        raise PluginError(str(error)) from None
    remind_stale_help_lines(guide.help, label=guide.help_label)
    apply_practice(config, guide.practice, nested=nested)
    set_language(config, edition.language)
    apply_labels(config, guide.ui)
    try:
        check_site_url(
            config.site_url,
            label='data/practice.yml: field "site_url"' if guide.practice.site_url else "mkdocs.yml: site_url",
        )
    except GuideDataError as error:
        raise PluginError(str(error)) from None
    if not config.site_url:
        raise PluginError(
            "mkdocs.yml: site_url: expected the guide's full address, like https://example.org/guide/ "
            "(previews and permanent links need it), found nothing"
        )
    root_url = config.site_url.removesuffix(edition.prefix) if nested else config.site_url
    sharing = Sharing(
        guide=guide, site_url=config.site_url, cards=CardCache(root / ".cache" / "cards", workers=CARD_WORKERS)
    )
    return GuideBuild(
        edition=edition,
        editions=published,
        root_url=root_url,
        docs_dir=edition.docs_dir(docs),
        theme_worker=worker,
        sharing=sharing,
        project=root,
        check_in=check_in,
        offline=any(name in config.plugins for name in ("offline", "material/offline")),
        guide=guide,
        icons=icons,
        markdown_env=markdown_env(config.theme.dirs, icons=icons, bytecode_cache=template_cache(root, "markdown")),
        nav=nav,
        site_url=config.site_url,
        html_env=config.theme.get_env(),
    )


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
        log.info("building the %s edition into %s", edition.info.name, edition.prefix)
        with building(edition):
            mkdocs_build(nested)


def _theme_bundle() -> str:
    try:
        return theme_bundle()
    except ThemeScriptError as error:
        raise PluginError(str(error)) from error
