"""What a shared link shows: each page's preview (title, description, card), its structured data,
and robots.txt. Python decides the words and addresses; overrides/partials/ decide the markup.

With `previews.discreet` on, every preview shows only the practice's name and a neutral line, so
a link in a chat list does not announce what the page is about.
"""

from __future__ import annotations

import datetime
import hashlib
import html
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from seen.content.guide import Guide
from seen.content.labels import fill
from seen.content.models import Entry
from seen.pages.cards import CARD_HEIGHT, CARD_WIDTH, CardCache, CardStyle, CardText

CARDS_DIR = "assets/cards"
# og:locale wants language_TERRITORY; where ui.yml names only a language, the usual territory.
DEFAULT_TERRITORY = {"en": "US", "es": "US"}


@dataclass(frozen=True)
class Card:
    """A card as a page points to it."""

    url: str
    alt: str
    width: int = CARD_WIDTH
    height: int = CARD_HEIGHT


@dataclass(frozen=True)
class Preview:
    """What a chat app, a search engine and the share button get for one page. Plain text:
    templates escape it."""

    title: str  # og:title, and the share sheet's title
    description: str  # og:description, and the share sheet's text
    url: str  # absolute, from site_url
    type: str  # og:type: "article" for an entry, "website" otherwise
    site_name: str
    locale: str
    card: Card
    structured_data: dict[str, Any]


def og_locale(language: str) -> str:
    """ui.yml's language (en, en-GB) as Open Graph wants it (en_US, en_GB)."""
    language, *rest = language.split("-")
    territory = next((part for part in rest if len(part) != 4), "")  # a script (zh-Hant) is no territory
    territory = territory or DEFAULT_TERRITORY.get(language, "")
    return f"{language}_{territory}" if territory else language


def site_address(site_url: str) -> str:
    """The site's address as a person reads it, for the card's foot: seen.example.org/guide."""
    parts = urlsplit(site_url)
    return (parts.netloc + parts.path).rstrip("/")


def robots_txt(site_url: str, prefixes: tuple[str, ...] = ("",)) -> str:
    """Everything may be read; the sitemap of each language's edition ("" at the root, "es/")."""
    sitemaps = "".join(f"Sitemap: {site_url}{prefix}sitemap.xml\n" for prefix in prefixes)
    return f"User-agent: *\nAllow: /\n\n{sitemaps}"


def breadcrumbs(trail: list[tuple[str, str]]) -> dict[str, Any]:
    """schema.org BreadcrumbList from (name, absolute URL) pairs, home first."""
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": n, "name": name, "item": url}
            for n, (name, url) in enumerate(trail, start=1)
        ],
    }


def structured_data(
    *,
    kind: str,
    title: str,
    description: str,
    url: str,
    image: str,
    language: str,
    site_name: str,
    site_url: str,
    trail: list[tuple[str, str]],
    modified: datetime.date | None = None,
) -> dict[str, Any]:
    """JSON-LD for a page: an Article (an entry) or a WebPage, and its breadcrumb trail."""
    organisation = {"@type": "Organization", "name": site_name, "url": site_url}
    page: dict[str, Any] = {
        "@type": kind,
        "@id": url,
        "url": url,
        "name": title,
        "description": description,
        "image": image,
        "inLanguage": language,
        "isPartOf": {"@type": "WebSite", "name": site_name, "url": site_url},
    }
    if kind == "Article":
        page |= {"headline": title, "mainEntityOfPage": url, "author": organisation, "publisher": organisation}
    if modified:
        page["dateModified"] = modified.isoformat()
    return {"@context": "https://schema.org", "@graph": [page, breadcrumbs(trail)]}


@dataclass
class Sharing:
    """The previews of one build, and the cards they need; made fresh at every on_config."""

    guide: Guide
    site_url: str
    cards: CardCache
    project: Path | None = None  # the project folder, where the practice's logo is
    published: dict[str, Path] = field(default_factory=dict)  # site path -> card in the cache

    @property
    def site_name(self) -> str:
        return self.guide.practice.name

    @cached_property
    def card_logo(self) -> dict[str, str]:
        """The practice's PNG logo for cards (logo and logo_digest of CardStyle), or nothing."""
        source = self.guide.practice.preview_logo
        if not source or self.project is None:
            return {}
        path = self.project / source
        return {"logo": str(path), "logo_digest": hashlib.sha256(path.read_bytes()).hexdigest()}

    @property
    def discreet(self) -> bool:
        return self.guide.practice.previews.discreet

    def _card(self, text: CardText) -> Card:
        colours = self.guide.practice.colours
        path = self.cards.card(text, CardStyle(primary=colours.primary, accent=colours.accent, **self.card_logo))
        # Named by content hash: a changed card gets a new address, so chat apps fetch it anew,
        # and the address never names the page's topic.
        site_path = f"{CARDS_DIR}/{path.name}"
        self.published[site_path] = path
        alt = fill(self.guide.ui.share.card_alt, title=text.title, site=self.site_name)
        if text.title == self.site_name:
            alt = f"{self.site_name}: {text.line}" if text.line else self.site_name
        return Card(url=self.site_url + site_path, alt=alt)

    def _preview(
        self,
        *,
        title: str,
        description: str,
        url: str,
        eyebrow: str,
        kind: str,
        trail: list[tuple[str, str]],
        modified: datetime.date | None = None,
    ) -> Preview:
        footer = site_address(self.site_url)
        if self.discreet:
            shown_title, shown_description = self.site_name, self.guide.ui.share.neutral
            card = self._card(
                CardText(site_name=self.site_name, title=self.site_name, line=shown_description, footer=footer)
            )
        else:
            shown_title, shown_description = title, description
            card = self._card(
                CardText(site_name=self.site_name, title=title, line=description, eyebrow=eyebrow, footer=footer)
            )
        language = self.guide.ui.language
        return Preview(
            title=shown_title,
            description=shown_description,
            url=url,
            type="article" if kind == "Article" else "website",
            site_name=self.site_name,
            locale=og_locale(language),
            card=card,
            structured_data=structured_data(
                kind=kind,
                title=title,
                description=description,
                url=url,
                image=card.url,
                language=language,
                site_name=self.site_name,
                site_url=self.site_url,
                trail=trail,
                modified=modified,
            ),
        )

    def entry_preview(self, entry: Entry, *, url: str, section_url: str) -> Preview:
        """An entry's preview, from its data: its title, and its summary as the description."""
        section = self.guide.ui.section(entry.kind).name
        return self._preview(
            title=entry.title,
            description=entry.summary,
            url=url,
            eyebrow=section,
            kind="Article",
            trail=[(self.site_name, self.site_url), (section, section_url), (entry.title, url)],
            modified=entry.reviewed,
        )

    def page_preview(self, *, title: str, description: str, url: str, homepage: bool) -> Preview:
        """A prose page's preview. `title` is MkDocs' page.title, which holds HTML entities
        when it came from the page's first heading; unescaped here, escaped once by the template."""
        title = self.site_name if homepage else html.unescape(title)
        trail = [(self.site_name, self.site_url)] + ([] if homepage else [(title, url)])
        return self._preview(title=title, description=description, url=url, eyebrow="", kind="WebPage", trail=trail)

    def publish(self, site_dir: Path) -> None:
        """Copy the cards this build's pages point to from the cache into the built site."""
        self.cards.finish()  # the cards still being drawn
        for site_path, cached in self.published.items():
            target = site_dir / site_path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(cached.read_bytes())
