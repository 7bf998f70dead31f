"""The menu by keyboard at every width: on a phone the theme's menu <label> is a named button that
Tab reaches, Enter and Space open and close, and Escape closes with focus back on it."""

from __future__ import annotations

import pytest
import yaml
from playwright.sync_api import Browser, Page

from support.browser import PHONES
from support.project import ROOT

MENU = {
    "": yaml.safe_load((ROOT / "data" / "ui.yml").read_text(encoding="utf-8"))["menu"],
    "es/": yaml.safe_load((ROOT / "data" / "es" / "ui.yml").read_text(encoding="utf-8"))["menu"],
}
DRAWER_LINK_FOCUSED = """() => { const el = document.activeElement;
  if (!el || !el.closest('.md-sidebar--primary') || el.tagName !== 'A') return false;
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.left >= 0 && r.right <= innerWidth && r.top >= 0 && r.bottom <= innerHeight; }"""


def tab_to(page: Page, selector: str, limit: int = 40) -> int:
    """Press Tab until `selector` has the focus; the number of presses."""
    for presses in range(1, limit + 1):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return presses
    raise AssertionError(f"Tab never reached {selector}")


def drawer_open(page: Page) -> bool:
    return page.evaluate("document.getElementById('__drawer').checked")


@pytest.mark.parametrize("edition", ["", "es/"])
@pytest.mark.parametrize("key", ["Enter", " "])
def test_phone_menu_opens_by_keyboard_and_escape_brings_focus_back(
    browser: Browser, base_url: str, edition: str, key: str
) -> None:
    context = browser.new_context(viewport=PHONES["390x844"])
    page = context.new_page()
    page.goto(base_url + edition + "signs/silent-treatment/")
    button = page.get_by_role("button", name=MENU[edition], exact=True)
    assert button.count() == 1 and button.is_visible()
    assert button.get_attribute("aria-expanded") == "false"

    tab_to(page, "[data-seen-menu]")
    page.keyboard.press(key)
    assert drawer_open(page)
    assert button.get_attribute("aria-expanded") == "true"
    page.wait_for_timeout(300)  # the drawer slides in
    for _ in range(15):  # the drawer's links come next in the Tab order, on screen
        page.keyboard.press("Tab")
        if page.evaluate(DRAWER_LINK_FOCUSED):
            break
    else:
        raise AssertionError("Tab never reached a visible link in the open menu")

    page.keyboard.press("Escape")
    assert not drawer_open(page)
    assert button.get_attribute("aria-expanded") == "false"
    assert page.evaluate("document.activeElement.hasAttribute('data-seen-menu')"), "focus went back to the menu button"

    page.keyboard.press(key)  # and the same key closes it again after opening
    assert drawer_open(page)
    page.keyboard.press(key)
    assert not drawer_open(page)
    context.close()


def test_phone_menu_works_without_the_theme_script(browser: Browser, base_url: str) -> None:
    """The keyboard handling is the guide's own (assets/seen.js), not the theme's bundle."""
    context = browser.new_context(viewport=PHONES["320x640"])
    page = context.new_page()
    page.route("**/assets/javascripts/bundle.*.js", lambda route: route.abort())
    page.goto(base_url + "get-help/")
    tab_to(page, "[data-seen-menu]")
    page.keyboard.press("Enter")
    assert drawer_open(page)
    page.keyboard.press("Escape")
    assert not drawer_open(page)
    context.close()


def test_wide_screen_menu_links_are_in_the_tab_order(browser: Browser, base_url: str) -> None:
    """At desktop width the page list is always shown; its links are reached by Tab."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(base_url + "signs/")
    assert not page.locator("[data-seen-menu]").is_visible()
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate(DRAWER_LINK_FOCUSED):
            break
    else:
        raise AssertionError("Tab never reached a link of the page list")
    context.close()
