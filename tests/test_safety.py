"""Safe to read, checked on the built files: CSP, referrer, external links, help on every page."""

from __future__ import annotations

import base64
import hashlib
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
import yaml

from conftest import ROOT, Site, edition_prefix, ui_for

HELP_LINES_SOURCE = ROOT.parent / "shared" / "source" / "help-lines.md"


def entries(kind: str) -> list[dict]:
    return yaml.safe_load((ROOT / "data" / f"{kind}.yml").read_text(encoding="utf-8"))


def test_every_page_has_a_strict_csp_with_the_hash_of_each_inline_script(site: Site) -> None:
    for url in site.html_pages():
        page = site.page(url)
        meta = page.select_one('meta[http-equiv="Content-Security-Policy"]')
        assert meta, url
        policy = dict(part.strip().split(" ", 1) for part in meta["content"].split(";"))
        assert policy["default-src"] == "'self'"
        assert "unsafe-inline" not in policy["script-src"] and "unsafe-eval" not in policy["script-src"]
        for script in page.select("script:not([src])"):
            if script.get("type") not in (None, "text/javascript", "module"):
                continue
            digest = base64.b64encode(hashlib.sha256(script.string.encode("utf-8")).digest()).decode()
            assert f"'sha256-{digest}'" in policy["script-src"], f"{url}: inline script without its hash"
        head = str(page.head)
        assert head.index("Content-Security-Policy") < head.index("<script"), f"{url}: CSP must come first"


def test_every_page_sends_no_referrer_and_external_links_are_protected(site: Site) -> None:
    for url in site.html_pages():
        page = site.page(url)
        assert page.select_one('meta[name="referrer"]')["content"] == "no-referrer", url
        for link in page.select('a[href^="http"]'):
            if urlsplit(link["href"]).netloc == "seen.example.org":
                continue
            assert {"noopener", "noreferrer"} <= set(link.get("rel", [])), f"{url}: {link}"


def test_quick_exit_comes_first_after_the_skip_link_on_every_page(site: Site) -> None:
    for url in site.html_pages():
        page = site.page(url)
        # The theme's .md-toggle checkboxes are display:none, never focusable.
        focusable = page.select("a[href], button, input:not(.md-toggle), select, textarea, summary, [tabindex]")
        exit_link = page.select_one("[data-seen-exit]")
        assert exit_link is not None, url
        assert exit_link["href"] == "https://www.bbc.com/weather"
        names = [el.get("class", []) for el in focusable[:2]]
        assert "md-skip" in names[0], url
        assert focusable[1] is exit_link, f"{url}: the quick exit must follow the skip link"
        safety = exit_link.find_next("a")
        expected = f"http://x{edition_prefix(url)}/browsing-safety/"
        assert urljoin("http://x" + url, safety["href"]) == expected, f"{url}: safety link"


def test_help_block_on_every_entry_page_and_get_help(site: Site) -> None:
    urls = [f"/{kind}/{e['slug']}/" for kind in ("signs", "effects", "steps") for e in entries(kind)]
    for url in urls + ["/get-help/"]:
        block = site.page(url).select_one(".seen-help")
        assert block, url
        assert block.select_one(".seen-help__emergency a[href^='tel:']"), url
        assert len(block.select("a[href^='tel:']")) >= 8, url
        assert block.select("a[href^='sms:']"), url


def test_every_number_shown_is_from_the_verified_list(site: Site) -> None:
    if not HELP_LINES_SOURCE.exists():
        pytest.skip("shared/source/help-lines.md is not beside this checkout")
    verified = re.sub(r"\D", "", HELP_LINES_SOURCE.read_text(encoding="utf-8"))
    for url in site.html_pages():
        for link in site.page(url).select("a[href^='tel:'], a[href^='sms:']"):
            digits = re.sub(r"\D", "", link["href"].split("?")[0].removeprefix("tel:+44").removeprefix("tel:+1"))
            digits = digits.removeprefix("1") if link["href"].startswith("tel:+1") else digits
            if link["href"].startswith("tel:+44"):
                digits = "0" + digits
            assert digits in verified, f"{url}: {link['href']} is not in help-lines.md"


def test_entries_that_touch_on_abuse_carry_a_content_note() -> None:
    noted = {e["slug"] for e in entries("signs") if e.get("content_note")}
    assert {"gaslighting", "feeling-worthless", "silent-treatment"} <= noted


def test_every_page_says_once_that_this_is_education_not_diagnosis(site: Site) -> None:
    for url in site.html_pages():
        assert site.page(url).get_text().count(ui_for(url)["education"]) == 1, url


def test_browsing_safety_page_is_linked_from_the_footer(site: Site) -> None:
    assert site.page("/browsing-safety/").select_one("article h1")
    for url in site.html_pages():
        hrefs = [urljoin("http://x" + url, a["href"]) for a in site.page(url).select(".md-footer a[href]")]
        assert f"http://x{edition_prefix(url)}/browsing-safety/" in hrefs, url


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


def test_nginx_snippet_parses(tmp_path: Path) -> None:
    nginx = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
    if nginx is None:
        from browser import require

        require("nginx", "nginx (to check the example config)")
    snippet = ROOT / "deploy" / "nginx" / "seen.conf"
    (tmp_path / "logs").mkdir()
    config = tmp_path / "nginx.conf"
    config.write_text(
        f"pid {tmp_path}/nginx.pid; error_log {tmp_path}/logs/error.log;\n"
        "events {}\n"
        f"http {{ access_log off; server {{ listen 127.0.0.1:8099; location /guide/ {{ alias {ROOT}/site/; "
        f"include {snippet}; }} }} }}\n",
        encoding="utf-8",
    )
    result = subprocess.run([nginx, "-t", "-c", str(config), "-p", str(tmp_path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
