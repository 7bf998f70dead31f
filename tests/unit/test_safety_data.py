"""Safety settings read without a build: every help line says what it is for and when it was checked,
and the Netlify headers protect every page. On the built pages: tests/site/test_safety.py."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import yaml

from support.project import ROOT


def test_every_help_line_says_what_it_is_for_and_where_and_when_it_was_checked() -> None:
    for folder in (ROOT / "data", ROOT / "data" / "es"):
        for line in yaml.safe_load((folder / "help-lines.yml").read_text(encoding="utf-8"))["lines"]:
            assert line["topic"] in ("crisis", "domestic-abuse"), line["name"]
            assert urlsplit(line["verified"]["source"]).scheme == "https", line["name"]
            if line.get("website"):
                assert urlsplit(line["verified"]["source"]).netloc.removeprefix("www.") == line["website"], line["name"]


def parse_netlify_headers(text: str) -> dict[str, dict[str, str]]:
    """Netlify's _headers format: a path line, then indented `Name: value` lines."""
    rules: dict[str, dict[str, str]] = {}
    current = None
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line[0].isspace():
            assert line.startswith("/"), f"line {number}: a rule starts with a path"
            current = rules.setdefault(line.strip(), {})
            continue
        assert current is not None, f"line {number}: a header before any path"
        name, sep, value = line.strip().partition(": ")
        assert sep and re.fullmatch(r"[A-Za-z-]+", name) and value, f"line {number}: expected 'Name: value'"
        current[name] = value
    return rules


def test_netlify_headers_parse_and_protect_every_page() -> None:
    rules = parse_netlify_headers((ROOT / "deploy" / "netlify" / "_headers").read_text(encoding="utf-8"))
    every = rules["/*"]
    assert every["Referrer-Policy"] == "no-referrer"
    assert every["X-Content-Type-Options"] == "nosniff"
    assert "frame-ancestors 'none'" in every["Content-Security-Policy"]
