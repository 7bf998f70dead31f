"""Only code the guide ships runs: inline scripts from a reviewed list, no event attributes, no
javascript: addresses; and addresses from data use a known scheme and cannot leave their quotes."""

from __future__ import annotations

import re

import pytest

from seen.finish.security import (
    SHIPPED_SCRIPTS,
    UnexpectedCode,
    check_no_unexpected_code,
    check_url,
    content_security_policy,
    script_hash,
    shipped_scripts,
)
from support.project import ROOT

OUR_PALETTE = (ROOT / "overrides" / "partials" / "javascripts" / "palette.html").read_text(encoding="utf-8")
PALETTE_SCRIPTS = re.findall(r"<script>(.*?)</script>", OUR_PALETTE, re.DOTALL)
# The colour scheme restore with Seen's guard is a cached file now, not inline (issue 20).
PALETTE_FILE = (ROOT / "docs" / "assets" / "seen-palette.js").read_text(encoding="utf-8").strip()
STORAGE = (
    '__md_scope=new URL("{scope}",location),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),'
    '__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e)),'
    '__md_set=(e,_,t=localStorage,a=__md_scope)=>{try{t.setItem(a.pathname+"."+e,JSON.stringify(_))}catch(e){}}'
)


def page(body: str) -> str:
    return f"<!doctype html><html><head><meta charset=utf-8><title>t</title></head><body>{body}</body></html>"


def test_the_guides_own_scripts_are_on_the_reviewed_list() -> None:
    assert PALETTE_SCRIPTS == [] and "src=\"{{ 'assets/seen-palette.js' | url }}\"" in OUR_PALETTE
    assert "__md_set" in PALETTE_FILE and 'setAttribute("data-md-color-"+key,value)' in PALETTE_FILE
    scripts = [STORAGE.replace("{scope}", scope) for scope in ("..", "../..", ".", "/", "/es/", "/resources/guide/")]
    html = page("".join(f"<script>{body}</script>" for body in scripts))
    assert shipped_scripts(html) == scripts


def test_data_blocks_are_not_scripts() -> None:
    html = page(
        '<script type=application/json id=__config>{"a": "<b>"}</script>'
        '<script type="application/ld+json">{"name": "x"}</script>'
    )
    assert shipped_scripts(html) == []


@pytest.mark.parametrize(
    ("body", "found"),
    [
        ("<script>alert(1)</script>", "an inline script that is not one the guide ships: 'alert(1)'"),
        ("<SCRIPT type=module>alert(1)</SCRIPT>", "an inline script that is not one the guide ships"),
        ("<script>" + STORAGE.replace("{scope}", '.",alert(1),"') + "</script>", "an inline script that is not one"),
        (f"<script>{PALETTE_FILE}</script>", "an inline script that is not one"),  # only as a file
        ("<img src=x onerror=alert(1)>", "an event attribute onerror= on <img>"),
        ('<svg><a onclick="x()"></a></svg>', "an event attribute onclick= on <a>"),
        ('<a href="javascript:alert(1)">x</a>', "a 'javascript:alert(1)' address in <a href=>"),
        ('<a href=" JaVa&#x09;Script:alert(1)">x</a>', "address in <a href=>"),
        ('<form action="vbscript:x"></form>', "address in <form action=>"),
        ('<iframe srcdoc="<script>alert(1)</script>"></iframe>', "a srcdoc= document on <iframe>"),
        ('<meta http-equiv="refresh" content="0; url=javascript:alert(1)">', "address in <meta http-equiv=refresh>"),
    ],
)
def test_any_other_code_stops_the_build_naming_the_page(body: str, found: str) -> None:
    with pytest.raises(UnexpectedCode) as caught:
        check_no_unexpected_code(page(body), page="signs/x/index.html")
    message = str(caught.value)
    assert message.startswith("signs/x/index.html: expected only the guide's own scripts"), message
    assert found in message
    assert "\n" not in message


def test_text_that_only_looks_like_code_is_fine() -> None:
    html = page(
        '<p title="onerror=alert(1) javascript:x">&lt;script&gt;alert(1)&lt;/script&gt; onload=x</p>'
        '<a href="https://example.com/?q=javascript:x">x</a><a href="tel:+15550104477">call</a>'
    )
    assert shipped_scripts(html) == []


def test_the_policy_lists_the_shipped_scripts_in_the_page_and_nothing_else() -> None:
    storage = STORAGE.replace("{scope}", "..")
    html = page(f"<script>{storage}</script><script type=application/json>{{}}</script>")
    sources = content_security_policy(html).split("; ")[1].split()
    assert sources == ["script-src", "'self'", script_hash(storage)]
    with pytest.raises(UnexpectedCode):
        content_security_policy(page("<script>alert(1)</script>"), offline=True)
    assert all(known.source for known in SHIPPED_SCRIPTS)


@pytest.mark.parametrize(
    "url", ["https://example.com/book?x=1&y=2", "http://example.com", "tel:+15550104477", "mailto:a@b.co", "sms:988"]
)
def test_addresses_with_a_known_scheme_pass_unchanged(url: str) -> None:
    assert check_url(url) == url


@pytest.mark.parametrize(
    ("url", "message"),
    [
        (
            "javascript:alert(1)",
            'an address starting with https:// or http:// or tel: or mailto: or sms:; found "javascript:alert(1)"',
        ),
        ("data:text/html,<script>", "an address starting with"),
        ("vbscript:x", "an address starting with"),
        ("example.com/book", "an address starting with"),
        ('https://x/"><script>alert(1)</script>', "found the character '\"' in"),
        ("https://x/'", 'found the character "\'" in'),
        ("https://exa mple.com/", "found a space in"),
        ("https://x/\nnext", "found a line break in"),
        ("https://x/<b>", "found the character '<' in"),
        ("https:///path", "a web address with a site after https://"),
    ],
)
def test_other_addresses_are_refused_in_words(url: str, message: str) -> None:
    with pytest.raises(ValueError) as caught:
        check_url(url)
    assert message in str(caught.value)
    assert "; found " in str(caught.value), "worded as data messages are: expected ...; found ..."
