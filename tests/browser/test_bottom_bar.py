"""The exit bar at the foot of the screen: one row at phone widths in every language, no taller than
a line of text at 100% and 200%, no taps swallowed by its empty part, nothing focused left behind it,
the last lines above it. (Every page's focus stops are walked in test_browser_quality.py; here the bar itself.)"""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page

from support.browser import PHONES

ZOOM = "html { font-size: 250% !important; }"  # the theme's 125% base, doubled: 200% text

BAR = """() => {
  const bar = document.querySelector('.seen-quick-exit');
  const links = [...bar.querySelectorAll('a')];
  const [exit, safety] = links.map((a) => a.getBoundingClientRect());
  const words = bar.querySelector('.seen-quick-exit__label');
  const text = document.querySelector('article p');
  const line = parseFloat(getComputedStyle(text).lineHeight);
  return {
    oneRow: exit.bottom > safety.top && safety.bottom > exit.top,
    onScreen: [exit, safety].every((r) => r.left >= 0 && r.right <= innerWidth && r.bottom <= innerHeight),
    compact: bar.classList.contains('seen-quick-exit--compact'),
    icons: bar.classList.contains('seen-quick-exit--icons'),
    // What covers the page: the two pills (the rest of the bar lets taps and eyes through).
    covers: Math.max(exit.bottom, safety.bottom) - Math.min(exit.top, safety.top),
    line,
    textSize: parseFloat(getComputedStyle(text).fontSize),
    wordsSize: parseFloat(getComputedStyle(words).fontSize),
    wordsLines: words.getClientRects().length,
    wordsInside: (() => { const style = getComputedStyle(links[0]); const w = words.getBoundingClientRect();
      const edge = parseFloat(style.paddingRight) + parseFloat(style.borderRightWidth);
      return w.right <= exit.right - edge + 1 && w.left >= exit.left; })(),
    target: Math.min(exit.width, exit.height, safety.width, safety.height),
    // What the page keeps clear: seen.css's estimate, or the height seen.js measured where it differs.
    measured: parseFloat(getComputedStyle(document.documentElement).scrollPaddingBottom) - 8,
    height: bar.getBoundingClientRect().height,
  };
}"""

# Labels a practice's further language could bring (tests/site/test_new_language.py adds a French
# edition from data the same way): ordinary ones, and an exit label too long for any phone.
LABELS = {
    "fr": ("Quitter cette page", "Conseils de sécurité"),
    "long": ("Verlasse diese Seite jetzt sofort und vollständig", "Sicherheitshinweise für dich"),
}


# seen.js fits and measures the bar one frame after a size change, and moves a focused element clear
# of the bars at once and again one frame later, after the browser's own scroll to it. So: two frames,
# then more until the scroll position, the bar's measured height and the focused element's place
# stay the same from one frame to the next (a fixed 100 ms wait here cost about 20 s a run).
STILL = """async () => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const bar = document.querySelector('.seen-quick-exit');
  const state = () => [scrollX, scrollY, getComputedStyle(document.documentElement).getPropertyValue('--seen-bar-height'),
    bar ? bar.getBoundingClientRect().height : 0,
    document.activeElement ? document.activeElement.getBoundingClientRect().top : 0].join(' ');
  await frame(); await frame();
  for (let last = state(), i = 0; i < 60; i++) { await frame(); const now = state(); if (now === last) return; last = now; }
}"""


def settle(page: Page) -> None:
    """Until what seen.js does after a size or focus change is done (STILL)."""
    page.evaluate(STILL)


def bar_on(browser: Browser, base_url: str, phone: str, url: str, zoom: int, labels: tuple[str, str] | None = None):
    context = browser.new_context(viewport=PHONES[phone])
    page = context.new_page()
    page.goto(base_url + url)
    if labels:  # the words as the build would print them for that language; the bar fits itself again
        page.evaluate(
            """([exit, safety]) => { document.querySelector('.seen-quick-exit__label').textContent = exit;
              document.querySelector('.seen-quick-exit__words').textContent = safety;
              dispatchEvent(new Event('resize')); }""",
            list(labels),
        )
    if zoom == 2:
        page.add_style_tag(content=ZOOM)
    settle(page)
    return context, page, page.evaluate(BAR)


@pytest.mark.parametrize("phone", PHONES)
@pytest.mark.parametrize("edition", ["", "es/", "fr", "long"])
@pytest.mark.parametrize("zoom", [1, 2])
def test_the_bar_is_one_row_no_taller_than_a_line_of_text(
    browser: Browser, base_url: str, phone: str, edition: str, zoom: int
) -> None:
    labels = LABELS.get(edition)
    context, page, bar = bar_on(
        browser, base_url, phone, "check-in/" if labels else edition + "check-in/", zoom, labels
    )
    assert bar["oneRow"] and bar["onScreen"], bar
    # Never more than one line of the text under it (or a 44 px target, where text is smaller).
    assert bar["covers"] <= max(44, bar["line"]) + 0.5, f"the bar covers more than one line of text: {bar}"
    assert bar["target"] >= 44, f"each button stays a 44 px target: {bar}"
    if not bar["icons"]:
        assert bar["wordsLines"] == 1 and bar["wordsInside"], f"the exit's words are on one line, inside it: {bar}"
    if edition in ("", "es/") and zoom == 1:
        assert not bar["compact"], f"both labels fit at {phone} in English and Spanish at 100% text: {bar}"
    if edition != "long":
        # Smaller only where they must be, and never below 14 px: no exit shrinks to its icon.
        assert not bar["icons"] and bar["wordsSize"] >= 14, bar
        if zoom == 1:
            assert bar["wordsSize"] >= 0.75 * bar["textSize"] - 0.5, f"the exit's words are smaller at 100%: {bar}"
    else:  # too long for any phone even at 14 px: the cross alone, its words kept as its name
        assert bar["icons"], bar
    # Whatever is shown, each link is named by its words.
    names = LABELS[edition] if labels else None
    if names:
        assert page.get_by_role("link", name=names[0], exact=True).count() == 1
        assert page.get_by_role("link", name=names[1], exact=True).count() == 1
    assert abs(bar["measured"] - bar["height"]) <= 1, "the bar's height that keeps focus clear is its real one"
    assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0
    context.close()


@pytest.mark.parametrize(("phone", "zoom"), [("390x844", 1), ("320x640", 2)])
@pytest.mark.parametrize("edition", ["", "es/"])
def test_a_tap_beside_the_bars_buttons_reaches_the_page(
    browser: Browser, base_url: str, edition: str, phone: str, zoom: int
) -> None:
    """A check box brought under the bar, clear of its two buttons: left of the exit where there is
    room (390 px), or in the strip above the buttons (320 px, 200% text, where they fill the row)."""
    context = browser.new_context(viewport=PHONES[phone], has_touch=True)
    page = context.new_page()
    page.goto(base_url + edition + "check-in/")
    if zoom == 2:
        page.add_style_tag(content=ZOOM)
    settle(page)
    box = page.locator(".seen-check-in input[type=checkbox]").nth(2)
    box.scroll_into_view_if_needed()
    bar = page.evaluate(
        """() => { const r = (el) => el.getBoundingClientRect();
          const pills = [...document.querySelectorAll('.seen-quick-exit a')].map(r);
          return {top: r(document.querySelector('.seen-quick-exit')).top, pillsTop: Math.min(...pills.map((p) => p.top)),
                  exitLeft: r(document.querySelector('[data-seen-exit]')).left}; }"""
    )
    spot = box.bounding_box()
    beside = spot["x"] + spot["width"] < bar["exitLeft"]
    # Where to tap: the middle of the buttons' height if the box lies left of them, else just above them.
    y = bar["pillsTop"] + 22 if beside else (bar["top"] + bar["pillsTop"]) / 2
    assert bar["pillsTop"] - bar["top"] >= 4 or beside, f"the bar has room beside its buttons: {bar}"
    page.evaluate("(dy) => window.scrollBy(0, dy)", spot["y"] + spot["height"] / 2 - y)
    spot = box.bounding_box()
    assert abs(spot["y"] + spot["height"] / 2 - y) < 2, "the box lies under the bar"
    x = spot["x"] + spot["width"] / 2
    tapped = page.evaluate("([x, y]) => document.elementFromPoint(x, y).closest('.seen-quick-exit a') === null", [x, y])
    assert tapped, "the tap is beside the buttons, not on one"
    page.touchscreen.tap(x, y)
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
