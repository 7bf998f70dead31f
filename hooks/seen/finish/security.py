"""What every finished page carries so nothing leaks or runs that we did not write: a strict
Content-Security-Policy with the hashes of the inline scripts the guide ships (a reviewed list,
below), a check that no other code is in the page, and external links that send no referrer."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

_EXTERNAL_LINK = re.compile(r'<a\s(?P<attrs>[^>]*?href="(?P<href>https?://[^"]+)"[^>]*)>', re.IGNORECASE)
_REL = re.compile(r'\srel="(?P<rel>[^"]*)"', re.IGNORECASE)
_CHARSET = re.compile(r"<meta charset=[\"']?utf-8[\"']?>", re.IGNORECASE)


@dataclass(frozen=True)
class ShippedScript:
    """An inline script the guide ships on purpose: where it comes from, and its exact text."""

    source: str
    body: re.Pattern[str]  # matched in full


def _exactly(text: str, **parts: str) -> re.Pattern[str]:
    """`text` as written, except each `{part}`, which may be what the given pattern allows."""
    pattern = re.escape(text)
    for name, allowed in parts.items():
        pattern = pattern.replace(re.escape("{" + name + "}"), allowed)
    return re.compile(pattern, re.DOTALL)


# The reviewed list: every inline script a page may hold, and nothing else. A theme update that
# changes one of these stops the build (see unexpected_code) until the new text is read and put here.
SHIPPED_SCRIPTS = (
    ShippedScript(
        "the theme's storage helpers (mkdocs-material base.html); the scope is the page's way to the site's root",
        _exactly(
            '__md_scope=new URL("{scope}",location),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),'
            '__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e)),'
            '__md_set=(e,_,t=localStorage,a=__md_scope)=>{try{t.setItem(a.pathname+"."+e,JSON.stringify(_))}catch(e){}}',
            scope=r"[A-Za-z0-9./_~%-]*",  # a relative or absolute path: no quote, no backslash
        ),
    ),
)
# The theme's tab restore scripts are left out of the pages (overrides/partials/javascripts/content.html);
# its colour scheme restore, with Seen's guard, is a file (assets/seen-palette.js: partials/javascripts/palette.html).

# Script types a browser runs; other types (the theme's JSON __config, JSON-LD) are data.
_RUNNABLE = {"", "text/javascript", "application/javascript", "module", "text/ecmascript", "application/ecmascript"}
# Attributes holding an address, and the schemes that would run code from one.
_URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "ping"}
_CODE_SCHEMES = ("javascript:", "vbscript:", "data:text/html", "data:image/svg", "data:application")


class UnexpectedCode(ValueError):
    """Code in a finished page that the guide does not ship: text from data or docs/ became markup."""


# A start tag that cannot hold code, seen from its text alone: no attribute name starting with "on"
# (a name follows a space, a quote or a slash), no srcdoc, no ":" or "&" (so no address can name a
# scheme, even written as a character reference), and not a <script>, <style> or <meta>.
_MAYBE_CODE = re.compile(r"""[\s"'/]on|srcdoc|[:&]""", re.IGNORECASE)
_TAG_NAME = re.compile(r"<([a-zA-Z][^\t\n\r\f />\x00]*)")  # as Python's parser reads a tag's name
_READ_IN_FULL = {"script", "style", "meta"}


class _CodeFinder(HTMLParser):
    """Reads a page as a browser would and notes everything in it that can run.

    Python's parser, with one shortcut: a start tag whose text shows it cannot hold code
    (_MAYBE_CODE) is stepped over without reading its attributes one by one (most tags of a page;
    the parse is what a large guide's build spends most time on after MkDocs' own work). Every
    other tag is read in full, as before."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts: list[str] = []  # bodies of inline scripts a browser would run
        self.problems: list[str] = []
        self._script: list[str] | None = None

    def parse_starttag(self, i: int) -> int:
        end = self.check_for_whole_start_tag(i)
        if end < 0 or _MAYBE_CODE.search(self.rawdata, i, end):
            return super().parse_starttag(i)
        tag = _TAG_NAME.match(self.rawdata, i)[1].lower()  # type: ignore[index]
        if tag in _READ_IN_FULL:
            return super().parse_starttag(i)
        self.lasttag = tag
        return end

    def updatepos(self, i: int, j: int) -> int:
        return j  # no line numbers are needed: counting them is work for nothing

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"an event attribute {name}= on <{tag}>")
            elif name == "srcdoc":
                self.problems.append(f"a srcdoc= document on <{tag}>")
            elif name in _URL_ATTRIBUTES and _runs_code(value or ""):
                self.problems.append(f"a {_short(value or '')} address in <{tag} {name}=>")
        values = dict(attrs)
        if tag == "meta" and (values.get("http-equiv") or "").lower() == "refresh":
            target = (values.get("content") or "").partition("url=")[2]
            if _runs_code(target):
                self.problems.append(f"a {_short(target)} address in <meta http-equiv=refresh>")
        if tag == "script" and not values.get("src") and (values.get("type") or "").strip().lower() in _RUNNABLE:
            self._script = []

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._script.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._script is not None:
            self.scripts.append("".join(self._script))
            self._script = None


def _runs_code(url: str) -> bool:
    """Whether an address runs code when followed (browsers ignore spaces and control characters in the scheme)."""
    squeezed = re.sub(r"[\x00-\x20]", "", url).lower()
    return squeezed.startswith(_CODE_SCHEMES)


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def _scan(html: str) -> tuple[list[str], list[str]]:
    """(the page's shipped inline scripts, what else in it can run: one phrase each)."""
    finder = _CodeFinder()
    finder.feed(html)
    finder.close()
    shipped = []
    for body in finder.scripts:
        if any(known.body.fullmatch(body) for known in SHIPPED_SCRIPTS):
            shipped.append(body)
        else:
            finder.problems.append(f"an inline script that is not one the guide ships: {_short(body)}")
    return shipped, finder.problems


# What decides a page's scan besides the page: this file (the reviewed list, the rules) and Python's parser.
_RULES = hashlib.sha256(Path(__file__).read_bytes() + sys.version.encode()).hexdigest()


def _scan_kept(html: str, cache: Path | None) -> tuple[list[str], list[str]]:
    """`_scan`, kept in `cache` for a page found clean, under a hash of the page and of _RULES: a
    rebuild reads the same pages again, and the parse is slow (about 6 ms a page)."""
    if cache is None:
        return _scan(html)
    key = hashlib.sha256(_RULES.encode() + html.encode("utf-8", errors="surrogatepass")).hexdigest()[:32]
    path = cache / f"{key}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8")), []
    except (OSError, ValueError):
        pass
    shipped, problems = _scan(html)
    if not problems:
        cache.mkdir(parents=True, exist_ok=True)
        temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        temp.write_text(json.dumps(shipped), encoding="utf-8")
        os.replace(temp, path)
    return shipped, problems


def _message(page: str, problem: str) -> str:
    return (
        f"{page}: expected only the guide's own scripts (listed in hooks/seen/finish/security.py), found {problem} "
        "(text from data/ or docs/ front matter must never become code: is a template missing its escaping?)"
    )


def shipped_scripts(html: str) -> list[str]:
    """The page's inline scripts, each one of SHIPPED_SCRIPTS. Raises UnexpectedCode (without the
    page's name) for any other inline script, event attribute or javascript: address."""
    shipped, problems = _scan(html)
    if problems:
        raise UnexpectedCode(problems[0])
    return shipped


def check_no_unexpected_code(html: str, *, page: str) -> list[str]:
    """`shipped_scripts`, with a one-line message that names the page."""
    shipped, problems = _scan(html)
    if problems:
        raise UnexpectedCode(_message(page, problems[0]))
    return shipped


def unexpected_code_message(problems: list[str]) -> str | None:
    """The one line a build stops with when pages held code the guide does not ship: the first
    page's problem, and how many more pages had one. None when there were none."""
    if not problems:
        return None
    more = len(problems) - 1
    return problems[0] + (f" (and {more} more page{'s' if more > 1 else ''})" if more else "")


def script_hash(body: str) -> str:
    digest = hashlib.sha256(body.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


def content_security_policy(
    html: str,
    *,
    offline: bool = False,
    page: str = "the page",
    report: Callable[[str], None] | None = None,
    cache: Path | None = None,
) -> str:
    """The page's policy: the hashes of the shipped inline scripts it holds, never of anything else.

    Other code in the page raises UnexpectedCode naming `page`; with `report`, it is passed there
    instead (the build stops once every page is drawn) and the policy leaves that code blocked.
    The offline edition (opened from files) runs search in an iframe whose inline script embeds
    each page's own path, so there scripts may be inline, in a page found clean. With `cache`, a
    page read before is not read again (_scan_kept)."""
    shipped, problems = _scan_kept(html, cache)
    if problems:
        if report is None:
            raise UnexpectedCode(_message(page, problems[0]))
        report(_message(page, problems[0]))
    hashes = sorted({script_hash(body) for body in shipped})
    sources = ["'unsafe-inline'"] if offline and not problems else hashes
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


def add_content_security_policy(
    html: str,
    *,
    offline: bool = False,
    page: str = "the page",
    report: Callable[[str], None] | None = None,
    cache: Path | None = None,
) -> str:
    """Put the page's CSP right after <meta charset>, before any script it governs."""
    policy = content_security_policy(html, offline=offline, page=page, report=report, cache=cache)
    tag = f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
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


# The only kinds of address data may hold: web pages, phone calls, emails and texts.
URL_SCHEMES = ("https", "http", "tel", "mailto", "sms")
_NOT_IN_URL = re.compile(r"[\s\"'<>\\`\x00-\x1f\x7f]")


def check_url(value: str, *, schemes: tuple[str, ...] = URL_SCHEMES) -> str:
    """An address from data, unchanged when it is safe to put in a link: one of `schemes`, a host for
    web addresses, and no character that could end the attribute it is written in. Raises
    ValueError worded as data messages are ("what is expected; found what") otherwise."""
    allowed = " or ".join(f"{scheme}://" if scheme.startswith("http") else f"{scheme}:" for scheme in schemes)
    shown = _short(value, 60)[1:-1]
    scheme, colon, _ = value.partition(":")
    if not colon or not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*", scheme) or scheme.lower() not in schemes:
        raise ValueError(f'an address starting with {allowed}; found "{shown}"')
    bad = _NOT_IN_URL.search(value)
    if bad:
        character = {" ": "a space", "\t": "a tab", "\n": "a line break", "\r": "a line break"}.get(
            bad.group(0), f"the character {bad.group(0)!r}" if bad.group(0).isprintable() else "a control character"
        )
        raise ValueError(
            "an address without spaces, quotes, <, > or backslashes (write a space as %20, a quote as %22); "
            f'found {character} in "{shown}"'
        )
    if scheme.lower() in ("http", "https") and not urlsplit(value).netloc:
        raise ValueError(f'a web address with a site after {scheme}://, like "https://example.com/"; found "{shown}"')
    return value
