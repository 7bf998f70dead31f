"""Every page says its edition's language in full BCP 47 form (<html lang="pt-BR">).

mkdocs-material prints the `language` of its translation file, which for some languages is less
than the edition's tag (its pt-BR.html says "pt", its ku-IQ.html "ku"): the page's own language
would then lose its territory, and screen readers their voice. The finished page is mended here.
"""

from __future__ import annotations

import re

from seen.finish.theme_fixes import ThemeMarkupChanged

_HTML_LANG = re.compile(r'<html lang="([^"]*)"')


def set_page_language(html: str, language: str) -> str:
    """`html` with <html lang> set to `language` (already a checked tag). Raises
    ThemeMarkupChanged when the page has no <html lang="..."> to set and needs one set."""
    match = _HTML_LANG.search(html)
    if match is None:
        raise ThemeMarkupChanged("seen.finish.page_language.set_page_language", '<html lang="...">')
    if match.group(1) == language:
        return html
    return html[: match.start(1)] + language + html[match.end(1) :]
