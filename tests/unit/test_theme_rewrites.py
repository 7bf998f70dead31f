"""Every rewrite of the theme's output raises when it finds nothing to rewrite, naming itself and
the installed theme version: a theme update can never make one silently stop working."""

from __future__ import annotations

from pathlib import Path

import material
import pytest

from seen.finish.theme_fixes import _REPAIRS, ThemeMarkupChanged, repair_theme_markup, theme_version
from seen.finish.unused_css import trim_theme_css
from seen.pages.printing import add_print_addresses
from seen.search.lazy import LazySearchError, install
from seen.search.worker import WORKERS, ThemeConfigChanged, use_wrapper

THEME = Path(material.__file__).parent / "templates"
PAGE = (
    '<html><head><meta charset="utf-8"><meta name="generator" content="mkdocs-1.6.1, mkdocs-material-9.8.2">'
    "</head><body>" + "".join(_REPAIRS) + '<article class="md-content__inner"><a href="../a/">A</a></article>'
    "</body></html>"
)


def test_the_installed_theme_still_writes_what_the_repairs_mend() -> None:
    base = (THEME / "base.html").read_text(encoding="utf-8")
    for broken in _REPAIRS:
        assert broken in base, f"mkdocs-material {theme_version()} base.html: {broken} is gone; review theme_fixes.py"
    assert '<meta name="generator"' in base


def test_the_repairs_mend_the_page() -> None:
    repaired = repair_theme_markup(PAGE)
    assert 'autocomplete="off"' not in repaired and "generator" not in repaired
    assert '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer">' in repaired


@pytest.mark.parametrize(
    ("missing", "expected"),
    [(list(_REPAIRS)[0], 'the toggle id="__drawer"'), (list(_REPAIRS)[1], 'the toggle id="__search"')],
)
def test_a_repair_that_finds_nothing_raises(missing: str, expected: str) -> None:
    page = PAGE.replace(missing, missing.replace(' autocomplete="off"', ""))
    with pytest.raises(ThemeMarkupChanged, match=f"repair_theme_markup: expected {expected}") as error:
        repair_theme_markup(page)
    assert f"mkdocs-material {theme_version()}" in str(error.value) and "\n" not in str(error.value)


def test_a_page_without_the_generator_tag_raises() -> None:
    page = PAGE.replace('<meta name="generator" content="mkdocs-1.6.1, mkdocs-material-9.8.2">', "")
    with pytest.raises(ThemeMarkupChanged, match='repair_theme_markup: expected a <meta name="generator"> tag'):
        repair_theme_markup(page)


def test_print_addresses_need_the_pages_article() -> None:
    assert 'data-seen-print-url="https://g.example/a/"' in add_print_addresses(PAGE, page_url="https://g.example/p/")
    with pytest.raises(ThemeMarkupChanged, match="add_print_addresses: expected the page's <article>"):
        add_print_addresses(PAGE.replace("article", "div"), page_url="https://g.example/p/")


def test_a_site_without_the_themes_bundle_or_style_sheet_raises(tmp_path: Path) -> None:
    with pytest.raises(LazySearchError, match=r"lazy.install: expected the theme's assets/javascripts/bundle"):
        install(tmp_path)
    (tmp_path / "index.html").write_text(PAGE, encoding="utf-8")
    with pytest.raises(ThemeMarkupChanged, match=r"trim_theme_css: expected assets/stylesheets/main"):
        trim_theme_css(tmp_path)


def test_a_page_config_naming_the_worker_anew_raises() -> None:
    config = f'<script id="__config">{{"search": "{WORKERS}/search.abc.min.js"}}</script>'
    assert "seen-search." in use_wrapper(config, "search.abc.min.js", stemmed=False)
    with pytest.raises(ThemeConfigChanged, match=f"use_wrapper: .*mkdocs-material {theme_version()}"):
        use_wrapper(
            '<script id="__config">{"search": "elsewhere/worker.js"}</script>', "search.abc.min.js", stemmed=False
        )
    assert use_wrapper("<p>no search</p>", "search.abc.min.js", stemmed=False) == "<p>no search</p>"
