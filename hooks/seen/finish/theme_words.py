"""The theme's words for search ("1 matching document", ...) in one cached file, not in every page.

mkdocs-material writes its settings into every page as JSON (`<script id="__config">`), with ten
translated phrases that only its script uses, and three empty settings: about 230 bytes of every page's gzip, the same on
every page of an edition. Pages are read without the theme's script (it loads when a reader first
opens search, see assets/seen.js), so the phrases leave the pages for assets/seen-words.js, which
assets/seen.js loads just before the theme's script and puts back into the settings.
"""

from __future__ import annotations

import json
import re

from seen.finish.theme_fixes import ThemeMarkupChanged

WORDS_SCRIPT = "assets/seen-words.js"
_CONFIG = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.DOTALL)


def html_safe_json(value: object, *, ascii_only: bool = True) -> str:
    """JSON as Jinja's tojson writes it (sorted keys, no character that could end the script), without
    spaces; with `ascii_only=False`, letters as written (`señal`, not `se\\u00f1al`)."""
    text = json.dumps(value, sort_keys=True, ensure_ascii=ascii_only, separators=(",", ":"))
    for character, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("'", "\\u0027")):
        text = text.replace(character, escape)
    return text


def lift_translations(html: str) -> tuple[str, dict[str, str]]:
    """The page without the translations in its theme settings, and those translations.
    Raises ThemeMarkupChanged if the page has no settings block, or one without translations."""
    match = _CONFIG.search(html)
    settings = json.loads(match[2]) if match else {}
    if not match or not isinstance(settings.get("translations"), dict):
        raise ThemeMarkupChanged(
            "seen.finish.theme_words.lift_translations", '<script id="__config"> with its "translations"'
        )
    words = settings.pop("translations")
    # Settings the guide leaves empty (annotate, tags, version): the theme's script reads a missing
    # one as it reads null.
    settings = {key: value for key, value in settings.items() if value is not None}
    return html[: match.start(2)] + html_safe_json(settings) + html[match.end(2) :], words


def words_script(words: dict[str, str]) -> str:
    """assets/seen-words.js: the translations, for assets/seen.js to put back before the theme loads
    (and any words of Seen's own that assets/seen.js says only after a reader acts, keyed `seen.*`)."""
    return (
        "/* Seen: the theme's words for search, put back into its settings by assets/seen.js, and the "
        "share button's results (seen.finish.theme_words). */\n"
        f"window.__seenThemeWords = {html_safe_json(words)};\n"
    )
