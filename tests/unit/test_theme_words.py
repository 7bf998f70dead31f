"""The theme's words for search leave every page for one cached script (seen.finish.theme_words)."""

from __future__ import annotations

import json

import pytest

from seen.finish.theme_fixes import ThemeMarkupChanged
from seen.finish.theme_words import lift_translations, words_script

WORDS = {"search.result.none": "No matching documents", "search.result.one": "1 <matching> & 'one'"}
CONFIG = {"base": "../..", "features": [], "search": "../../assets/x.js", "translations": WORDS, "version": None}


def page(settings: dict) -> str:
    body = json.dumps(settings, sort_keys=True).replace("<", "\\u003c").replace(">", "\\u003e")
    return f'<main></main><script id="__config" type="application/json">{body}</script><script src=seen.js></script>'


def test_the_words_leave_the_page_and_the_rest_of_the_settings_stay() -> None:
    html, words = lift_translations(page(CONFIG))
    assert words == WORDS
    kept = json.loads(html.split('type="application/json">')[1].split("</script>")[0])
    assert kept == {key: value for key, value in CONFIG.items() if key not in ("translations", "version")}
    assert html.startswith("<main></main>") and html.endswith("<script src=seen.js></script>")


def test_the_words_script_holds_them_safely() -> None:
    script = words_script(WORDS)
    assert "<" not in script.split("*/", 1)[1] and "&" not in script.split("*/", 1)[1]
    assert "\\u003c" in script
    value = script.split("window.__seenThemeWords = ", 1)[1].rstrip().removesuffix(";")
    assert json.loads(value) == WORDS


def test_a_page_without_the_theme_settings_is_a_changed_theme() -> None:
    with pytest.raises(ThemeMarkupChanged, match="theme_words"):
        lift_translations("<main></main>")
    with pytest.raises(ThemeMarkupChanged, match="translations"):
        lift_translations(page({"base": "."}))
