"""In the browser: the share button shares or copies, and an old address lands on the renamed page."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup
from playwright.sync_api import Browser, BrowserContext, Page, expect

from seen.content.practice import PLACEHOLDER_SITE_URL
from support import prebuild
from support.browser import PHONES, require
from support.project import ROOT, BuildResult, Site, copy_project, run_build
from support.server import serve

ENTRY = "signs/silent-treatment/"
SITE_URL = PLACEHOLDER_SITE_URL  # data/practice.yml sets no site_url
UI = yaml.safe_load((ROOT / "data" / "ui.yml").read_text(encoding="utf-8"))
SIGN = next(
    s
    for s in yaml.safe_load((ROOT / "data" / "signs.yml").read_text(encoding="utf-8"))
    if s["slug"] == "silent-treatment"
)

RECORD_SHARE = """
window.__shared = [];
Navigator.prototype.share = function (data) { window.__shared.push(data); return Promise.resolve(); };
Navigator.prototype.canShare = function () { return true; };
"""
NO_SHARE = "delete Navigator.prototype.share; delete Navigator.prototype.canShare;"
FAILING_CLIPBOARD = (
    NO_SHARE
    + """
Object.defineProperty(navigator, 'clipboard', {value: {writeText: () => Promise.reject(new Error('denied'))}});
"""
)


def open_entry(browser: Browser, base_url: str, script: str, **options) -> tuple[BrowserContext, Page, list[str]]:
    """The entry page, with `script` run before the page's own; also the page's script errors."""
    context = browser.new_context(viewport=PHONES["390x844"], **options)
    context.add_init_script(script)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.goto(base_url + ENTRY, wait_until="load")
    return context, page, errors


def test_the_share_button_opens_the_share_sheet_with_title_summary_and_address(browser: Browser, base_url: str) -> None:
    context, page, errors = open_entry(browser, base_url, RECORD_SHARE)
    button = page.get_by_role("button", name=UI["share"]["button"])
    expect(button).to_be_visible()
    box = button.bounding_box()
    assert box["width"] >= 44 and box["height"] >= 44
    button.focus()
    page.keyboard.press("Enter")
    page.wait_for_function("window.__shared.length === 1")
    assert page.evaluate("window.__shared") == [
        {"title": SIGN["title"], "text": SIGN["summary"], "url": SITE_URL + ENTRY}
    ]
    assert page.get_by_role("status").inner_text() == "", "the share sheet speaks for itself"
    assert not errors
    context.close()


def test_without_a_share_sheet_the_link_is_copied_and_the_copy_is_announced(browser: Browser, base_url: str) -> None:
    context, page, errors = open_entry(browser, base_url, NO_SHARE)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url.rstrip("/"))
    page.get_by_role("button", name=UI["share"]["button"]).click()
    status = page.get_by_role("status")
    expect(status).to_have_text(UI["share"]["copied"])
    expect(status).to_be_visible()
    assert status.get_attribute("aria-live") in (None, "polite")  # role=status is a polite live region
    assert page.evaluate("navigator.clipboard.readText()") == SITE_URL + ENTRY
    assert not errors
    context.close()


def test_when_copying_fails_the_reader_is_told_where_the_link_is(browser: Browser, base_url: str) -> None:
    context, page, errors = open_entry(browser, base_url, FAILING_CLIPBOARD)
    page.get_by_role("button", name=UI["share"]["button"]).click()
    expect(page.get_by_role("status")).to_have_text(UI["share"]["not_copied"])
    expect(page.locator(".seen-share__link a")).to_have_text(SITE_URL + ENTRY)
    context.close()


def test_without_javascript_the_address_is_shown_and_no_dead_button(browser: Browser, base_url: str) -> None:
    context, page, errors = open_entry(browser, base_url, "", java_script_enabled=False)
    expect(page.locator(".seen-share__button")).to_be_hidden()
    link = page.locator(".seen-share__link a")
    expect(link).to_be_visible()
    expect(link).to_have_text(SITE_URL + ENTRY)
    context.close()


def _build_renamed(folder: Path) -> BuildResult:
    project = copy_project(folder / "project")
    path = project / "data" / "signs.yml"
    signs = yaml.safe_load(path.read_text(encoding="utf-8"))
    sign = next(s for s in signs if s["slug"] == "silent-treatment")
    sign["slug"], sign["aliases"] = "silence-as-punishment", ["silent-treatment", "cold-shoulder"]
    path.write_text(yaml.safe_dump(signs, allow_unicode=True, sort_keys=False), encoding="utf-8")
    spanish = project / "data" / "es" / "signs.yml"  # its twin takes the new slug; the aliases come from English
    spanish.write_text(
        spanish.read_text(encoding="utf-8").replace("- slug: silent-treatment\n", "- slug: silence-as-punishment\n"),
        encoding="utf-8",
    )
    return run_build(project)


prebuild.recipe("renamed", _build_renamed)  # started in the background (support/prebuild.py)


@pytest.fixture(scope="module")
def renamed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the guide in which silent-treatment was renamed, its old slug kept as an alias."""
    result = prebuild.result("renamed", tmp_path_factory)
    assert result.returncode == 0, result.output
    return result.site


def test_an_old_address_is_a_quiet_page_pointing_at_the_new_one(renamed: Path) -> None:
    for alias in ("silent-treatment", "cold-shoulder"):
        html = (renamed / "signs" / alias / "index.html").read_text(encoding="utf-8")
        page = BeautifulSoup(html, "html.parser")
        assert page.select_one('link[rel="canonical"]')["href"] == SITE_URL + "signs/silence-as-punishment/"
        assert page.select_one('meta[http-equiv="refresh"]')["content"] == "0; url=../silence-as-punishment/"
        assert page.select_one('meta[name="robots"]')["content"] == "noindex"
        assert page.select_one('main a[href="../silence-as-punishment/"]').get_text() == SIGN["title"]
        assert page.find("script") is None, "no script: a meta refresh leaves no history entry"
        assert page.find("meta", property="og:url")["content"] == SITE_URL + "signs/silence-as-punishment/"
    pages = Site(renamed).html_pages()  # what the browser gate walks: real pages only
    assert "/signs/silence-as-punishment/" in pages and "/signs/silent-treatment/" not in pages
    sitemap = (renamed / "sitemap.xml").read_text(encoding="utf-8")
    assert f"{SITE_URL}signs/silence-as-punishment/" in sitemap
    assert "silent-treatment" not in sitemap and "cold-shoulder" not in sitemap


def test_an_old_address_page_is_valid_html(renamed: Path) -> None:
    vnu = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
    require(vnu, "The Nu HTML checker (npm ci)")
    require("java", "Java")
    result = subprocess.run(
        [
            shutil.which("java") or "java",
            "-jar",
            str(vnu),
            "--errors-only",
            str(renamed / "signs" / "silent-treatment" / "index.html"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


def test_following_an_old_link_lands_on_the_renamed_page_and_back_skips_it(browser: Browser, renamed: Path) -> None:
    with serve(renamed) as base:
        context = browser.new_context(viewport=PHONES["390x844"])
        page = context.new_page()
        page.goto(base, wait_until="load")
        page.goto(base + "signs/silent-treatment/")
        page.wait_for_url(base + "signs/silence-as-punishment/")
        expect(page.locator("article h1")).to_contain_text(SIGN["title"])
        page.go_back(wait_until="load")
        assert page.url == base, "Back returns to where the reader was, not to the old address"
        context.close()
