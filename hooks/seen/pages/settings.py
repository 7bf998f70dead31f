"""At on_config: what MkDocs and the theme are told, decided from data (data in, settings out).

The practice's name, address, logo and favicon; the edition's language for the theme and search;
and the words mkdocs.yml gives in English, in the edition's language. The theme prints the texts
as they are, so each is handed on escaped once (a markupsafe.Markup, which our own templates,
autoescaping, leave as it is). seen.build applies these to the config.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from markupsafe import escape

from seen.content.languages import base_language
from seen.content.models import UiText
from seen.content.practice import PLACEHOLDER_SITE_URL, Practice, with_final_slash


@dataclass(frozen=True)
class Settings:
    """Values to set, by where they go in the MkDocs config."""

    config: dict[str, Any] = field(default_factory=dict)  # top level: site_name, site_url, ...
    theme: dict[str, Any] = field(default_factory=dict)  # theme: language, logo, favicon, palette
    toc: dict[str, Any] = field(default_factory=dict)  # markdown_extensions: toc (when configured)
    search: dict[str, Any] = field(default_factory=dict)  # the search plugin's config (when enabled)


def brand_asset_path(kind: str, source: str) -> str:
    """Where the practice's logo or favicon goes in the site."""
    return f"assets/practice/{kind}{Path(source).suffix}"


def brand_assets(practice: Practice) -> dict[str, str]:
    """The practice's logo and favicon: site path -> file in the project (as practice.yml names it)."""
    return {
        brand_asset_path(kind, source): source
        for kind, source in (("logo", practice.logo), ("favicon", practice.favicon))
        if source
    }


def practice_settings(practice: Practice, *, nested: bool, site_url: str | None = None) -> Settings:
    """The practice's name, address, logo and favicon, where MkDocs and the theme look for them.
    (An edition built under the first one, `nested`, has its address from that build.)

    data/practice.yml is the one place for the address; an older copy's mkdocs.yml (or `mkdocs
    serve`'s own address, `site_url`) is still heard, and without either the placeholder stands in."""
    config: dict[str, Any] = {"site_name": escape(practice.name)}  # printed as it is: escaped once, here
    if not nested:
        config["site_url"] = with_final_slash(practice.site_url or site_url or PLACEHOLDER_SITE_URL)
    theme = {
        kind: brand_asset_path(kind, source)
        for kind, source in (("logo", practice.logo), ("favicon", practice.favicon))
        if source
    }
    return Settings(config=config, theme=theme)


THEME_WORDS = "partials/languages/{code}.html"  # mkdocs-material's words in one language
LUNR_LANGUAGE = "assets/javascripts/lunr/min/lunr.{code}.min.js"  # lunr's stemmer for one language


def theme_file(theme_dirs: Sequence[str | Path], relative: str) -> Path | None:
    """A file as the theme finds it: in overrides/ first, then in mkdocs-material."""
    return next((Path(folder) / relative for folder in theme_dirs if (Path(folder) / relative).is_file()), None)


def has_stemmer(language: str, theme_dirs: Sequence[str | Path]) -> bool:
    """Whether search stems words in `language`: lunr has a stemmer for it that the theme ships.
    English has one too, but it is left off (seen.search.index adds English word forms itself)."""
    base = base_language(language)  # lunr stems a language (pt), whatever its territory (pt-BR)
    return base != "en" and theme_file(theme_dirs, LUNR_LANGUAGE.format(code=base)) is not None


def language_settings(language: str, theme_dirs: Sequence[str | Path]) -> Settings:
    """The theme's words and the search's stemmer in the edition's language.

    The theme's words are mkdocs-material's own translation (partials/languages/<code>.html), or
    one in overrides/partials/languages/ for a language it lacks; without either the build stops.
    (MkDocs' `theme.locale` is for its built-in themes and stays as it is.) Search uses lunr's
    stemmer where the theme ships one for the language (lunr.<code>.min.js), plain search otherwise."""
    if theme_file(theme_dirs, THEME_WORDS.format(code=language)) is None:
        raise ValueError(
            f'data/practice.yml: field "languages": expected a language mkdocs-material has words for '
            f"(its partials/languages/<code>.html, or your own in overrides/partials/languages/{language}.html), "
            f'found "{language}"'
        )
    if has_stemmer(language, theme_dirs):
        search: dict[str, Any] = {"lang": [base_language(language)], "pipeline": ["stemmer"]}
    elif base_language(language) == "en":
        search = {"lang": ["en"]}
    else:  # plain search: words as typed, without English stop words or stems
        search = {"lang": ["en"], "pipeline": []}
    return Settings(theme={"language": language}, search=search)


def label_settings(
    ui: UiText,
    *,
    site_description: str | None,
    copyright: str | None,
    permalink: bool,
    palette: Sequence[Any],
) -> Settings:
    """Words that mkdocs.yml gives in English (`site_description`, `copyright`, the colour switch's
    names in `palette`), in the edition's language where its ui.yml has them, escaped once;
    and the headings' link title when mkdocs.yml's toc has `permalink`."""
    description = ui.site_description or site_description
    licence = ui.copyright or copyright
    config = {
        "site_description": escape(description) if description else description,
        "copyright": escape(licence) if licence else licence,
    }
    schemes = copy.deepcopy(list(palette))
    for scheme in schemes:
        toggle = scheme.get("toggle") if isinstance(scheme, Mapping) else None
        name = {"default": ui.dark_mode, "slate": ui.light_mode}.get(scheme.get("scheme", "")) if toggle else None
        if toggle and (name or toggle.get("name")):
            toggle["name"] = escape(name or toggle["name"])
    return Settings(
        config=config,
        theme={"palette": schemes} if schemes else {},
        toc={"permalink_title": ui.permalink} if permalink else {},  # as our templates write it
    )
