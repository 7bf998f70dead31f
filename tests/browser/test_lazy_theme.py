"""The theme's script loads when a reader first needs it (assets/seen.js, hooks/seen/pages/theme_script.py).

Until then the page works as it did with the script: the colour switch (the device's setting, a
choice, its storage), search opened by its button or a key, quick exit. Then the script loads and
the page is the same.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page

from support.browser import PHONES
from support.search_box import open_search, search, wait_until_ready, watch_search

BUNDLE = "/assets/javascripts/bundle."


class Watched:
    """A page, and every script the browser asked for since it opened."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.requests: list[str] = []
        page.on("request", lambda request: self.requests.append(request.url))

    @property
    def theme_loaded(self) -> bool:
        return any(BUNDLE in url for url in self.requests)

    def scheme(self) -> str:
        return self.page.evaluate("document.body.getAttribute('data-md-color-scheme')")


@pytest.fixture()
def open_page(browser: Browser, base_url: str) -> Iterator:
    contexts = []

    def opener(path: str, *, viewport: dict | None = None, color_scheme: str = "light") -> Watched:
        phone = viewport is None  # a phone has a touch screen: no mouse, so no tooltips to load
        context = browser.new_context(
            viewport=viewport or PHONES["390x844"], color_scheme=color_scheme, has_touch=phone, is_mobile=phone
        )
        contexts.append(context)
        watched = Watched(context.new_page())
        watched.page.goto(base_url + path, wait_until="load")
        watched.page.wait_for_load_state("networkidle")
        return watched

    yield opener
    for context in contexts:
        context.close()


def test_a_page_read_and_scrolled_never_loads_the_theme_script(open_page) -> None:
    watched = open_page("signs/silent-treatment/")
    watched.page.mouse.wheel(0, 2000)
    watched.page.wait_for_timeout(300)
    assert not watched.theme_loaded, watched.requests
    assert watched.page.evaluate("!document.documentElement.classList.contains('no-js')")


@pytest.mark.parametrize(("device", "expected"), [("light", "default"), ("dark", "slate")])
def test_the_colours_follow_the_device_before_the_script(open_page, device: str, expected: str) -> None:
    watched = open_page("", color_scheme=device)
    assert watched.scheme() == expected
    visible = watched.page.locator("form[data-md-component=palette] label:visible")
    assert visible.count() == 1  # the switch to the other scheme, and only it
    assert not watched.theme_loaded


@pytest.mark.parametrize(("device", "expected"), [("light", "default"), ("dark", "slate")])
def test_the_first_drawing_already_has_the_devices_colours(
    browser: Browser, base_url: str, device: str, expected: str
) -> None:
    """Before the script at the end of the page runs (here: never), the page is in the device's
    scheme: a reader in the dark never sees the light colours first, and links do not fade from one
    colour to the other while they are read (or checked for contrast)."""
    context = browser.new_context(viewport=PHONES["390x844"], color_scheme=device)
    try:
        context.route("**/assets/seen.js", lambda route: route.abort())
        page = context.new_page()
        page.goto(base_url + "es/signs/", wait_until="load")
        assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == expected
        assert page.evaluate("document.body.getAttribute('data-md-color-media')") == f"(prefers-color-scheme: {device})"
    finally:
        context.close()


def test_the_colour_switch_works_at_once_is_kept_and_the_script_agrees(open_page, base_url: str) -> None:
    watched = open_page("signs/")
    assert watched.page.evaluate("Object.keys(localStorage).length") == 0  # nothing stored before a choice
    watched.page.locator("form[data-md-component=palette] label:visible").tap()
    assert watched.scheme() == "slate"
    assert not watched.theme_loaded
    assert watched.page.evaluate("Object.keys(localStorage).some((k) => k.endsWith('__palette'))")
    watched.page.goto(base_url + "get-help/", wait_until="load")
    assert watched.scheme() == "slate"  # the choice, kept for the next page
    open_search(watched.page)  # loads the theme's script, which reads the same choice
    assert watched.theme_loaded
    watched.page.wait_for_function("() => document.documentElement.classList.contains('js')")
    assert watched.scheme() == "slate"
    watched.page.keyboard.press("Escape")
    watched.page.locator("form[data-md-component=palette] label:visible").tap()
    assert watched.scheme() == "default"


def test_the_keyboard_switches_colours_before_the_script(open_page) -> None:
    watched = open_page("")
    watched.page.focus("#__palette_0")
    watched.page.keyboard.press("Enter")
    assert watched.scheme() == "slate"
    assert watched.page.evaluate("document.activeElement.id") == "__palette_1"
    assert not watched.theme_loaded


def test_the_search_key_opens_search_and_finds_pages(open_page) -> None:
    watched = open_page("signs/", viewport={"width": 1280, "height": 800})
    watch_search(watched.page)
    watched.page.keyboard.press("/")
    assert watched.page.evaluate("document.getElementById('__search').checked")
    assert watched.page.evaluate("document.activeElement.classList.contains('md-search__input')")
    # The key loads the theme's script, then the index: a busy machine may take longer than a quiet
    # moment between them, so the words are typed once search is ready (typing before that: below).
    wait_until_ready(watched.page)
    assert search(watched.page, "cold shoulder after a fight")[:1] == ["/signs/silent-treatment/"]
    assert watched.theme_loaded


def test_words_typed_before_the_script_arrives_are_searched(open_page) -> None:
    watched = open_page("")
    watched.page.route("**/bundle.*.min.js", lambda route: (watched.page.wait_for_timeout(800), route.continue_()))
    watched.page.locator("[data-seen-search-open]").click()
    watched.page.keyboard.type("silent treatment", delay=20)
    watched.page.wait_for_function(
        "() => document.querySelectorAll('.md-search-result__item').length > 0", timeout=20_000
    )
    first = watched.page.locator(".md-search-result__item a").first.get_attribute("href")
    assert "silent-treatment" in first


def test_the_next_page_key_is_handed_to_the_script(open_page) -> None:
    watched = open_page("signs/gaslighting/", viewport={"width": 1280, "height": 800})
    next_page = watched.page.evaluate("document.querySelector('link[rel=next]').href")
    watched.page.keyboard.press("n")
    watched.page.wait_for_url(next_page, timeout=20_000)


def test_a_mouse_over_the_wide_sidebar_loads_the_script(open_page) -> None:
    watched = open_page("signs/gaslighting/", viewport={"width": 1280, "height": 800})
    assert not watched.theme_loaded
    watched.page.hover(".md-sidebar--primary .md-nav__link >> nth=2")
    watched.page.wait_for_function("() => document.documentElement.classList.contains('js')", timeout=20_000)
    assert watched.theme_loaded


def test_quick_exit_works_before_the_script(open_page, base_url: str) -> None:
    watched = open_page("signs/gaslighting/")
    target = watched.page.evaluate("document.querySelector('[data-seen-exit]').href")
    watched.page.route(
        lambda url: not url.startswith(base_url),
        lambda route: route.fulfill(body="<title>Elsewhere</title>", content_type="text/html"),
    )
    for _ in range(3):
        watched.page.keyboard.press("Shift")
    watched.page.wait_for_url(target + "*", timeout=20_000)
    assert not watched.theme_loaded
