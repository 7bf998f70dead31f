"""What every finished page carries so nothing leaks: a strict Content-Security-Policy with
hashes of the page's own inline scripts, and external links that send no referrer."""

from __future__ import annotations

import base64
import hashlib
import re
from urllib.parse import urlsplit

# Inline scripts that run (not JSON data blocks such as the theme's __config).
_INLINE_SCRIPT = re.compile(r"<script(?P<attrs>(?:\s[^>]*)?)>(?P<body>.*?)</script>", re.DOTALL | re.IGNORECASE)
_EXTERNAL_LINK = re.compile(r'<a\s(?P<attrs>[^>]*?href="(?P<href>https?://[^"]+)"[^>]*)>', re.IGNORECASE)
_REL = re.compile(r'\srel="(?P<rel>[^"]*)"', re.IGNORECASE)
_CHARSET = re.compile(r"<meta charset=[\"']?utf-8[\"']?>", re.IGNORECASE)


def inline_script_hashes(html: str) -> list[str]:
    """CSP sources ('sha256-...') for each inline script that a browser would run."""
    hashes = []
    for match in _INLINE_SCRIPT.finditer(html):
        attrs = match["attrs"] or ""
        if "src=" in attrs:
            continue
        kind = re.search(r'type="([^"]*)"', attrs)
        if kind and kind.group(1) not in ("text/javascript", "module", "application/javascript"):
            continue
        digest = hashlib.sha256(match["body"].encode("utf-8")).digest()
        hashes.append(f"'sha256-{base64.b64encode(digest).decode()}'")
    return sorted(set(hashes))


def content_security_policy(html: str, *, offline: bool = False) -> str:
    """The page's policy. The offline edition (opened from files) runs search in an iframe whose
    inline script embeds each page's own path, so there scripts may be inline; every other source
    stays the site's own."""
    sources = ["'unsafe-inline'"] if offline else inline_script_hashes(html)
    scripts = " ".join(["'self'", *sources])
    return "; ".join(
        [
            "default-src 'self'",
            f"script-src {scripts}",
            "style-src 'self' 'unsafe-inline'",  # the theme sets style attributes in its markup
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "worker-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
        ]
    )


def add_content_security_policy(html: str, *, offline: bool = False) -> str:
    """Put the page's CSP right after <meta charset>, before any script it governs."""
    tag = f'<meta http-equiv="Content-Security-Policy" content="{content_security_policy(html, offline=offline)}">'
    result, count = _CHARSET.subn(lambda m: m.group(0) + "\n    " + tag, html, count=1)
    if count != 1:
        raise ValueError("expected a <meta charset=utf-8> in the page's head, found none: no CSP could be added")
    return result


def protect_external_links(html: str, *, site_url: str | None) -> str:
    """Links to other sites open with rel="noopener noreferrer"."""
    own_host = urlsplit(site_url).netloc if site_url else None

    def fix(match: re.Match[str]) -> str:
        attrs = match["attrs"]
        if own_host and urlsplit(match["href"]).netloc == own_host:
            return match.group(0)
        rel = _REL.search(attrs)
        values = set(rel["rel"].split()) if rel else set()
        values |= {"noopener", "noreferrer"}
        joined = " ".join(sorted(values))
        attrs = _REL.sub(f' rel="{joined}"', attrs) if rel else f'{attrs} rel="{joined}"'
        return f"<a {attrs}>"

    return _EXTERNAL_LINK.sub(fix, html)
