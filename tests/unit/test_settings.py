"""What MkDocs and the theme are told at on_config (seen.pages.settings): data in, settings out."""

from __future__ import annotations

from pathlib import Path

import material
import pytest
from markupsafe import Markup

from seen.pages.settings import brand_assets, has_stemmer, label_settings, language_settings, practice_settings

HOSTILE = "<b>Anna & Co</b>"


def test_the_practices_name_is_escaped_once_and_its_address_kept_unless_nested(guide) -> None:
    practice = guide.practice.model_copy(update={"name": HOSTILE, "site_url": "https://p.example/"})
    settings = practice_settings(practice, nested=False)
    assert settings.config == {
        "site_name": Markup("&lt;b&gt;Anna &amp; Co&lt;/b&gt;"),
        "site_url": "https://p.example/",
    }
    assert "site_url" not in practice_settings(practice, nested=True).config


def test_the_logo_and_favicon_go_under_assets_practice(guide) -> None:
    practice = guide.practice.model_copy(update={"logo": "data/brand/logo.svg", "favicon": "data/brand/icon.png"})
    assert practice_settings(practice, nested=False).theme == {
        "logo": "assets/practice/logo.svg",
        "favicon": "assets/practice/favicon.png",
    }
    assert brand_assets(practice) == {
        "assets/practice/logo.svg": "data/brand/logo.svg",
        "assets/practice/favicon.png": "data/brand/icon.png",
    }
    bare = guide.practice.model_copy(update={"logo": None, "favicon": None})
    assert practice_settings(bare, nested=False).theme == {} and brand_assets(bare) == {}


def test_english_search_has_no_stemmer_and_other_languages_do() -> None:
    dirs = [str(Path(material.__file__).parent / "templates")]
    english, spanish = language_settings("en", dirs), language_settings("es", dirs)
    assert (english.theme, english.search) == ({"language": "en"}, {"lang": ["en"]})
    assert (spanish.theme, spanish.search) == ({"language": "es"}, {"lang": ["es"], "pipeline": ["stemmer"]})


def test_a_new_language_gets_the_themes_words_and_lunrs_stemmer_where_the_theme_has_them(tmp_path) -> None:
    theme = Path(material.__file__).parent / "templates"
    french = language_settings("fr", [str(theme)])
    assert (french.theme, french.search) == ({"language": "fr"}, {"lang": ["fr"], "pipeline": ["stemmer"]})
    assert has_stemmer("fr", [theme]) and not has_stemmer("en", [theme])
    # Icelandic: the theme has its words but lunr no stemmer, so search is plain (never a failed build).
    assert (theme / "partials/languages/is.html").is_file() and not has_stemmer("is", [theme])
    assert language_settings("is", [theme]).search == {"lang": ["en"], "pipeline": []}
    # A language the theme has no words for: its own translation in overrides/, else one line.
    with pytest.raises(ValueError) as error:
        language_settings("xx", [theme])
    assert str(error.value) == (
        'data/practice.yml: field "languages": expected a language mkdocs-material has words for (its '
        'partials/languages/<code>.html, or your own in overrides/partials/languages/xx.html), found "xx"'
    )
    (tmp_path / "partials/languages").mkdir(parents=True)
    (tmp_path / "partials/languages/xx.html").write_text("{% macro t(key) %}{% endmacro %}", encoding="utf-8")
    assert language_settings("xx", [tmp_path, theme]).theme == {"language": "xx"}


def test_labels_come_from_ui_yml_else_mkdocs_yml_escaped_once(guide) -> None:
    palette = [
        {"scheme": "default", "toggle": {"icon": "x", "name": "Switch to dark mode"}},
        {"scheme": "slate", "toggle": {"icon": "y", "name": "Switch to light mode"}},
    ]
    ui = guide.ui.model_copy(
        update={"site_description": HOSTILE, "copyright": None, "dark_mode": "Oscuro & más", "light_mode": None}
    )
    settings = label_settings(ui, site_description="ignored", copyright="CC <BY>", permalink=True, palette=palette)
    assert settings.config == {
        "site_description": Markup("&lt;b&gt;Anna &amp; Co&lt;/b&gt;"),
        "copyright": "CC &lt;BY&gt;",
    }
    names = [scheme["toggle"]["name"] for scheme in settings.theme["palette"]]
    assert names == ["Oscuro &amp; más", "Switch to light mode"]
    assert palette[0]["toggle"]["name"] == "Switch to dark mode", "mkdocs.yml's palette is not changed in place"
    assert settings.toc == {"permalink_title": ui.permalink}


def test_without_a_palette_permalink_or_texts_nothing_is_set(guide) -> None:
    ui = guide.ui.model_copy(update={"site_description": None, "copyright": None})
    settings = label_settings(ui, site_description=None, copyright=None, permalink=False, palette=[])
    assert (settings.config, settings.theme, settings.toc) == ({"site_description": None, "copyright": None}, {}, {})
