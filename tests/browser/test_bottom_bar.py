"""The exit bar at the foot of the screen: one row at phone widths in both languages, small at 200%
text, no taps swallowed by its empty part, nothing focused left behind it, the last lines above it.
(Every page's focus stops are walked in test_browser_quality.py; here the bar itself.)"""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page

from support.browser import PHONES

ZOOM = "html { font-size: 250% !important; }"  # the theme's 125% base, doubled: 200% text

BAR = """() => {
  const bar = document.querySelector('.seen-quick-exit');
  const [exit, safety] = [...bar.querySelectorAll('a')].map((a) => a.getBoundingClientRect());
  const line = parseFloat(getComputedStyle(document.querySelector('article p')).lineHeight);
  return {
    oneRow: exit.bottom > safety.top && safety.bottom > exit.top,
    onScreen: [exit, safety].every((r) => r.left >= 0 && r.right <= innerWidth && r.bottom <= innerHeight),
    compact: bar.classList.contains('seen-quick-exit--compact'),
    tallest: Math.max(exit.height, safety.height),
    line,
    measured: parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--seen-bar-height')),
    height: bar.getBoundingClientRect().height,
  };
}"""


def settle(page: Page) -> None:
    """Two frames: seen.js measures the bar again one frame after a size change."""
    page.evaluate("() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))")
    page.wait_for_timeout(100)


@pytest.mark.parametrize("phone", PHONES)
@pytest.mark.parametrize("edition", ["", "es/"])
@pytest.mark.parametrize("zoom", [1, 2])
def test_the_bar_is_one_row_and_small(browser: Browser, base_url: str, phone: str, edition: str, zoom: int) -> None:
    context = browser.new_context(viewport=PHONES[phone])
    page = context.new_page()
    page.goto(base_url + edition + "check-in/")
    if zoom == 2:
        page.add_style_tag(content=ZOOM)
    settle(page)
    bar = page.evaluate(BAR)
    assert bar["oneRow"] and bar["onScreen"], bar
    if zoom == 1:
        assert not bar["compact"], f"both labels fit at {phone} in every language at 100% text: {bar}"
    # About one line of the text it covers: never more than one and a half.
    assert bar["tallest"] <= max(44, 1.5 * bar["line"]), bar
    assert abs(bar["measured"] - bar["height"]) <= 1, "the bar's height that keeps focus clear is its real one"
    assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0
    context.close()


def test_a_tap_on_the_bars_empty_part_reaches_the_page(browser: Browser, base_url: str) -> None:
    context = browser.new_context(viewport=PHONES["390x844"], has_touch=True)
    page = context.new_page()
    page.goto(base_url + "es/check-in/")
    box = page.locator(".seen-check-in input[type=checkbox]").nth(2)
    box.scroll_into_view_if_needed()
    exit_left = page.evaluate("document.querySelector('[data-seen-exit]').getBoundingClientRect().left")
    spot = box.bounding_box()
    assert spot["x"] + spot["width"] < exit_left, "the box lies left of the exit button, under the bar's empty part"
    bar_middle = page.evaluate(
        "(() => { const r = document.querySelector('[data-seen-exit]').getBoundingClientRect(); return r.top + r.height / 2; })()"
    )
    # Bring the box to the height of the bar, then tap it there.
    page.evaluate("(dy) => window.scrollBy(0, dy)", spot["y"] + spot["height"] / 2 - bar_middle)
    spot = box.bounding_box()
    assert abs(spot["y"] + spot["height"] / 2 - bar_middle) < 2
    page.touchscreen.tap(spot["x"] + spot["width"] / 2, bar_middle)
    assert box.is_checked(), "the tap under the bar's empty part was swallowed"
    context.close()


@pytest.mark.parametrize("edition", ["", "es/"])
def test_the_last_lines_scroll_above_the_bar(browser: Browser, base_url: str, edition: str) -> None:
    context = browser.new_context(viewport=PHONES["320x640"])
    page = context.new_page()
    page.goto(base_url + edition + "about/")
    page.add_style_tag(content=ZOOM)
    settle(page)
    page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
    covered = page.evaluate(
        """() => { const pills = [...document.querySelectorAll('.seen-quick-exit a')].map((a) => a.getBoundingClientRect());
          return [...document.querySelectorAll('.md-footer a')].filter((a) => { const r = a.getBoundingClientRect();
            return pills.some((p) => r.left < p.right && p.left < r.right && r.top < p.bottom && p.top < r.bottom); })
            .map((a) => a.textContent.trim()); }"""
    )
    assert not covered, f"at the end of the page the bar still covers {covered}"
    context.close()


@pytest.mark.parametrize("edition", ["", "es/"])
def test_keyboard_focus_on_the_check_in_never_ends_behind_the_bar_or_header(
    browser: Browser, base_url: str, edition: str
) -> None:
    """The page with the most focus stops near the foot (boxes, help lines), at 320 px and 200% text.
    A stop taller than the room between the header and the bar shows its start."""
    context = browser.new_context(viewport=PHONES["320x640"])
    page = context.new_page()
    page.goto(base_url + edition + "check-in/")
    page.add_style_tag(content=ZOOM)
    settle(page)
    failures, seen = [], set()
    for _ in range(200):
        page.keyboard.press("Tab")
        settle(page)
        state = page.evaluate(
            """() => { const el = document.activeElement; if (!el || el === document.body) return null;
              if (el.closest('.seen-quick-exit, .md-header, .md-skip')) return {key: el.outerHTML.slice(0, 120), bad: false};
              let r = el.getBoundingClientRect(); let top = r.top, bottom = r.bottom;
              const words = el.nextElementSibling;
              if (el.type === 'checkbox' && words && words.tagName === 'LABEL') {
                top = Math.min(top, words.getBoundingClientRect().top); bottom = Math.max(bottom, words.getBoundingClientRect().bottom); }
              const upper = document.querySelector('.md-header').getBoundingClientRect().bottom;
              const lower = Math.min(...[...document.querySelectorAll('.seen-quick-exit a')].map((a) => a.getBoundingClientRect().top));
              const tall = bottom - top > lower - upper;
              const bad = tall ? (top < upper - 0.5 || top > lower) : (top < upper - 0.5 || bottom > lower + 0.5);
              return {key: el.outerHTML.slice(0, 80) + Math.round(top + scrollY), bad, text: (el.textContent || '').trim().slice(0, 40),
                      top: Math.round(top), bottom: Math.round(bottom), upper: Math.round(upper), lower: Math.round(lower)}; }"""
        )
        if state is None or state["key"] in seen:
            break
        seen.add(state["key"])
        if state["bad"]:
            failures.append(str(state))
    context.close()
    assert len(seen) > 20, "the walk reached the check-in's focus stops"
    assert not failures, "\n".join(failures)
