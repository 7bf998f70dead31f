"""In the browser: the share button shares or copies."""

from __future__ import annotations

import yaml
from playwright.sync_api import Browser, BrowserContext, Page, expect

from browser import PHONES
from conftest import ROOT

ENTRY = "signs/silent-treatment/"
SITE_URL = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["site_url"]
UI = yaml.safe_load((ROOT / "data" / "ui.yml").read_text(encoding="utf-8"))
SIGN = next(s for s in yaml.safe_load((ROOT / "data" / "signs.yml").read_text(encoding="utf-8"))
            if s["slug"] == "silent-treatment")

RECORD_SHARE = """
window.__shared = [];
Navigator.prototype.share = function (data) { window.__shared.push(data); return Promise.resolve(); };
Navigator.prototype.canShare = function () { return true; };
"""
NO_SHARE = "delete Navigator.prototype.share; delete Navigator.prototype.canShare;"
FAILING_CLIPBOARD = NO_SHARE + """
Object.defineProperty(navigator, 'clipboard', {value: {writeText: () => Promise.reject(new Error('denied'))}});
"""


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

