"""The real-browser gate: every built page, at phone sizes, light and dark, as readers meet it.

Every page is loaded once per colour scheme, at the narrow phone width, and resized to the wide one;
every per-page check runs on that load at each width (support/walk.py); each test here reads its own
checks from those walks and reports all its failures at once, each naming the page, the width and the
check. The `walks`, `browser` and `base_url`
fixtures live in conftest.py, shared with tests/browser/test_safety_browser.py.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

from support.browser import PHONES, SCHEMES, open_page
from support.walk import DARK_FOCUS, tab_order

PASSES = [(phone, scheme) for scheme in SCHEMES for phone in PHONES]
# The passes with the focus walk (keyboard, focus hidden, taps): both widths in light, DARK_FOCUS's in dark.
FOCUS_PASSES = [(phone, scheme) for phone, scheme in PASSES if scheme == "light" or phone in DARK_FOCUS]
# Pages walked with the real Tab key too, to hold the walks' document order to what Tab does:
# the check-in (checkboxes in a form) and a Spanish entry page (share button, language link),
# in the dark scheme (the colour switch's radio group with nothing checked).
TAB_PAGES = ("check-in/", "es/signs/silent-treatment/")
LISTED = 300  # failure lines shown in full; the count says how many more


def report(walks, checks: tuple[str, ...], passes=PASSES) -> list[str]:
    return [line for phone, scheme in passes for check in checks for line in walks(phone, scheme).of(check)]


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("phone", PHONES)
def test_every_page_passes_axe_reflow_and_target_size(walks, phone: str, scheme: str) -> None:
    walk = walks(phone, scheme)
    assert walk.pages >= 60, f"only {walk.pages} pages walked"
    failures = walk.of("axe") + walk.of("reflow") + walk.of("targets")
    assert not failures, "\n".join(failures)


def test_text_zoomed_to_200_percent_is_not_cut_off(walks) -> None:
    failures = report(walks, ("zoom",), [(phone, "light") for phone in PHONES])
    assert not failures, "\n".join(failures)


def test_keyboard_reaches_skip_link_first_then_everything_with_a_visible_ring(
    walks, browser: Browser, base_url: str
) -> None:
    failures = report(walks, ("keyboard",))
    assert all(walks(phone, scheme).stops > 20 * walks(phone, scheme).pages for phone, scheme in FOCUS_PASSES)
    context, page = open_page(browser, viewport=PHONES["390x844"], scheme="dark")
    for url in TAB_PAGES:
        failures += tab_order(page, base_url, url)
    context.close()
    assert not failures, "\n".join(failures)


def test_focus_is_never_hidden_behind_the_fixed_bar_or_header(walks) -> None:
    """WCAG 2.2 SC 2.4.11 (not completely hidden) and 2.4.12 (no part hidden): every focus stop of
    every page, in both languages, at 320 and 390 px, at 100% text (light; dark at DARK_FOCUS's widths)
    and 200% (light)."""
    failures = report(walks, ("obscured",))
    hidden = sum("completely hidden" in line for line in failures)
    counts = ", ".join(f"{phone} {scheme}: {walks(phone, scheme).count('obscured')}" for phone, scheme in FOCUS_PASSES)
    assert not failures, (
        f"{hidden} focus stops completely hidden, {len(failures) - hidden} partly (by pass: {counts}):\n"
        + "\n".join(failures[:LISTED])
        + (f"\n... and {len(failures) - LISTED} more" if len(failures) > LISTED else "")
    )


def test_a_tap_beside_the_bar_buttons_reaches_the_page(walks) -> None:
    failures = report(walks, ("tap",))
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_no_other_origin_no_cookie_no_console_message(walks, scheme: str) -> None:
    failures = report(walks, ("other origin", "cookie", "console"), [(phone, scheme) for phone in PHONES])
    assert not failures, "\n".join(failures)
