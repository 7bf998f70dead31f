"""Safe to read, as a reader in a hurry meets it: quick exit, history, storage, CSP, in Chromium."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, BrowserContext, Page

from support.browser import PHONES, SCHEMES
from support.project import BuildResult, Site
from support.server import serve

NEUTRAL = "https://www.bbc.com/weather"
ARRIVAL = "https://arrived-from.test/"  # the page a reader was on before the guide


def phone(browser: Browser, **options) -> tuple[BrowserContext, Page]:
    context = browser.new_context(viewport=PHONES["320x640"], **options)
    # Stand-ins for the outside world, so the test never leaves this machine.
    context.route(
        NEUTRAL + "**", lambda route: route.fulfill(body="<title>Weather</title>neutral", content_type="text/html")
    )
    context.route(
        ARRIVAL + "**", lambda route: route.fulfill(body="<title>Elsewhere</title>", content_type="text/html")
    )
    return context, context.new_page()


def test_quick_exit_is_visible_on_top_and_big_enough_at_every_scroll_position(
    walks, browser: Browser, base_url: str
) -> None:
    """At the top, middle and end of every page at 320 px (checked in the walk of every page,
    support/walk.py: inside the screen, on top of everything, 44 x 44 or more)."""
    walk = walks("320x640", "light")
    failures = walk.of("quick exit")
    assert walk.pages >= 60
    context, page = phone(browser)
    page.goto(base_url + "signs/")
    assert page.get_by_role("link", name="Exit this page").count() == 1
    context.close()
    assert not failures, "\n".join(failures)


def test_tab_reaches_the_quick_exit_right_after_the_skip_link(browser: Browser, base_url: str) -> None:
    context, page = phone(browser)
    page.goto(base_url + "signs/silent-treatment/")
    page.keyboard.press("Tab")
    assert "md-skip" in page.evaluate("document.activeElement.className")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.hasAttribute('data-seen-exit')")
    context.close()


def arrive_and_read(page: Page, base_url: str) -> int:
    """Come from another site, then read three guide pages by following links."""
    page.goto(ARRIVAL)
    page.goto(base_url)
    page.locator("article a[href$='signs/']").first.click()
    page.wait_for_url("**/signs/")
    page.locator(".seen-cards a").nth(10).click()
    page.wait_for_url("**/signs/silent-treatment/")
    return page.evaluate("history.length")


@pytest.mark.parametrize("how", ["click", "shift x3"])
def test_quick_exit_lands_on_the_neutral_page_leaving_no_extra_history(
    browser: Browser, base_url: str, how: str
) -> None:
    context, page = phone(browser)
    before = arrive_and_read(page, base_url)
    if how == "click":
        page.locator("[data-seen-exit]").click()
    else:
        for _ in range(3):
            page.keyboard.press("Shift")
    page.wait_for_url(NEUTRAL)
    assert page.evaluate("history.length") == before, "the guide page was replaced, not pushed"
    page.go_back()
    assert "silent-treatment" not in page.url, "Back must not return to the page the reader exited"
    context.close()


def test_shift_pressed_twice_does_nothing(browser: Browser, base_url: str) -> None:
    context, page = phone(browser)
    page.goto(base_url + "signs/")
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    page.wait_for_timeout(300)
    assert page.url.endswith("/signs/")
    context.close()


def test_quick_exit_without_javascript_is_a_plain_link(browser: Browser, base_url: str) -> None:
    context, page = phone(browser, java_script_enabled=False)
    page.goto(base_url + "signs/")
    page.locator("[data-seen-exit]").click()
    page.wait_for_url(NEUTRAL)
    context.close()


@pytest.fixture(scope="module")
def discreet_site(discreet: BuildResult) -> Iterator[str]:
    """The guide of a practice that asks for discreet history (conftest.py: `discreet`), served."""
    with serve(discreet.site) as url:
        yield url


def test_discreet_history_leaves_no_guide_page_behind_a_quick_exit(browser: Browser, discreet_site: str) -> None:
    context, page = phone(browser)
    page.goto(ARRIVAL)
    page.goto(discreet_site)
    length = page.evaluate("history.length")
    page.locator("article a[href$='signs/']").first.click()
    page.wait_for_url("**/signs/")
    page.locator(".seen-cards a").nth(3).click()
    page.wait_for_url("**/signs/hurtful-jokes/")
    page.locator('.seen-pager a[rel="next"]').click()
    page.wait_for_url("**/signs/always-your-fault/")
    # A part of the same page (a heading's "¶" link, the skip link) replaces the entry too; the skip
    # link still moves where Tab goes next.
    page.locator("article .headerlink").nth(1).click()
    page.wait_for_url("**/signs/always-your-fault/#*")
    page.locator(".md-skip").focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/signs/always-your-fault/" + page.locator(".md-skip").get_attribute("href"))
    page.keyboard.press("Tab")
    assert page.evaluate("!!document.activeElement.closest('article')"), "Tab after the skip link goes on in the page"
    assert page.evaluate("history.length") == length, "in-guide navigation replaced the entry"
    page.locator("[data-seen-exit]").click()
    page.wait_for_url(NEUTRAL)
    page.go_back()
    assert page.url == ARRIVAL, f"Back went to {page.url}, not to where the reader came from"
    context.close()


def test_reading_and_searching_store_nothing_and_keep_words_out_of_the_url(
    browser: Browser, base_url: str, site: Site
) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    for url in site.html_pages()[:12]:
        page.goto(base_url + url.lstrip("/"))
    page.goto(base_url + "signs/")
    before = page.evaluate("history.length")
    page.locator(".md-search__input").click()
    page.keyboard.type("cold shoulder")
    page.wait_for_selector(".md-search-result__item")
    assert "cold" not in page.url and "?q=" not in page.url
    assert page.evaluate("history.length") == before, "typing a search adds no history entry"
    page.locator(".md-search-result__link").first.click()
    page.wait_for_load_state("load")
    assert "?h=" not in page.url and "?q=" not in page.url and "cold" not in page.url
    assert page.evaluate("history.length") == before + 1, "following a result adds one entry, as any link"
    storage = page.evaluate("() => [localStorage.length, sessionStorage.length]")
    assert storage == [0, 0]
    assert context.cookies() == []
    context.close()


def test_the_colour_switch_remembers_only_once_used(browser: Browser, base_url: str) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(base_url)
    assert page.evaluate("localStorage.length") == 0
    page.locator("label.md-header__button[for^='__palette']:visible").click()
    page.wait_for_timeout(200)
    assert page.evaluate("Object.keys(localStorage).some((k) => k.endsWith('__palette'))")
    context.close()


def test_no_page_breaks_its_content_security_policy(walks, browser: Browser, base_url: str) -> None:
    # Every page, loaded with its own policy on, in each walk (support/walk.py).
    failures = [line for phone in PHONES for scheme in SCHEMES for line in walks(phone, scheme).of("csp")]
    context, page = phone(browser)
    page.add_init_script(
        "window.__csp = []; document.addEventListener('securitypolicyviolation',"
        " (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));"
    )
    page.goto(base_url + "signs/")
    page.locator("[data-seen-search-open]").click()
    page.keyboard.type("silence")
    page.wait_for_selector(".md-search-result__item")
    # The urgent-help card (search/seen-help.js, loaded when search opened) breaks no policy either.
    page.locator(".md-search__input").fill("")
    page.keyboard.type("he hit me")
    page.wait_for_selector("[data-seen-search-help] a[href^='tel:']")
    failures += [f"search: {v}" for v in page.evaluate("window.__csp")]
    context.close()
    assert not failures, "\n".join(failures)
