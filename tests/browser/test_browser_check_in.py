"""The check-in as a reader uses it on a phone: tick, see, hear, clear; and nothing leaves the page."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page

from support.browser import JS_CHECKS, PHONES, SCHEMES, run_axe

STORAGE = """() => ({
  local: Object.fromEntries(Object.entries(localStorage)),
  session: Object.fromEntries(Object.entries(sessionStorage)),
  cookie: document.cookie,
  history: history.length,
})"""
VISIBLE_RESULTS = """() => [...document.querySelectorAll('[data-seen-results] li')]
  .filter((li) => li.getClientRects().length > 0)
  .map((li) => li.querySelector('a').getAttribute('href'))"""


@pytest.fixture()
def check_in(browser: Browser, base_url: str) -> Iterator[Page]:
    context = browser.new_context(viewport=PHONES["390x844"], color_scheme="light")
    page = context.new_page()
    page.goto(base_url + "check-in/", wait_until="networkidle")
    yield page
    context.close()


def question(page: Page, sign):
    return page.get_by_role("checkbox", name=sign.question, exact=True)


def expected_results(guide, signs) -> list[str]:
    """Hrefs that ticking `signs` should show, in page order: signs, effects, steps, then support."""
    slugs = {sign.slug for sign in signs}
    shown = [f"../signs/{s.slug}/" for s in guide.signs if s.slug in slugs]
    shown += [f"../effects/{e.slug}/" for e in guide.effects if any(e.slug in s.effects for s in signs)]
    shown += [f"../steps/{t.slug}/" for t in guide.steps if any(t.slug in s.steps for s in signs)]
    return shown


def test_ticking_shows_what_a_sign_connects_to_and_announces_it(check_in: Page, guide) -> None:
    ui = guide.ui.check_in
    status = check_in.locator('[role="status"][aria-live="polite"]')
    results = check_in.locator("[data-seen-results]")
    assert results.is_hidden() and status.inner_text() == ""

    first = guide.signs[0]
    question(check_in, first).check()
    assert results.is_visible()
    assert status.inner_text() == ui.status_one
    assert check_in.evaluate(VISIBLE_RESULTS) == expected_results(guide, [first])
    assert check_in.locator("[data-seen-support]").is_hidden()
    assert check_in.get_by_text(ui.not_a_diagnosis).is_visible()

    # The keyboard works too: Space on a focused box ticks it.
    second = guide.signs[-1]
    question(check_in, second).focus()
    check_in.keyboard.press("Space")
    assert question(check_in, second).is_checked()
    assert status.inner_text() == ui.status_many.format(count=2)
    assert check_in.evaluate(VISIBLE_RESULTS) == expected_results(guide, [first, second])


def test_four_ticks_add_a_gentle_pointer_to_support_and_clear_takes_it_all_away(check_in: Page, guide) -> None:
    ui = guide.ui.check_in
    ticked = guide.signs[2:6]
    for sign in ticked[:3]:
        question(check_in, sign).check()
    assert check_in.locator("[data-seen-support]").is_hidden()
    question(check_in, ticked[3]).check()
    support = check_in.locator("[data-seen-support]")
    assert support.is_visible()
    assert support.get_by_role("link", name=guide.get("steps", "professional-support").title).is_visible()
    status = check_in.locator("[data-seen-status]").inner_text()
    assert status == ui.status_many.format(count=4) + " " + ui.status_support

    check_in.get_by_role("button", name=ui.clear).click()
    check_in.wait_for_function("() => !document.querySelector('[data-seen-check-in] input:checked')")
    # The results follow the boxes a moment later (seen.js looks once the reset has cleared them), so wait for
    # them to go, as a reader's eye would, rather than look once: on a loaded machine that look came too soon.
    check_in.locator("[data-seen-results]").wait_for(state="hidden", timeout=10_000)
    assert check_in.locator("[data-seen-status]").inner_text() == ui.status_cleared
    assert check_in.evaluate(VISIBLE_RESULTS) == []


def test_answering_sends_nothing_stores_nothing_and_leaves_the_address_alone(check_in: Page, guide) -> None:
    requests = []
    check_in.on("request", lambda request: requests.append(request))
    address = check_in.url
    before = check_in.evaluate(STORAGE)
    cookies = check_in.context.cookies()

    for sign in guide.signs[:5]:
        question(check_in, sign).check()
    question(check_in, guide.signs[1]).uncheck()
    question(check_in, guide.signs[7]).focus()
    check_in.keyboard.press("Space")
    check_in.keyboard.press("Enter")  # no form to submit, by any key
    check_in.get_by_role("button", name=guide.ui.check_in.clear).click()
    question(check_in, guide.signs[3]).check()
    check_in.wait_for_timeout(500)

    after = check_in.evaluate(STORAGE)
    # The theme may still be fetching its own files (search worker, favicon) on a slow machine;
    # what must never happen is a request that carries anything: a method other than GET, a
    # query, a body, or a sign's slug in the address.
    sent = [r.url for r in requests if r.method != "GET" or "?" in r.url or r.post_data]
    sent += [r.url for r in requests for sign in guide.signs if sign.slug in r.url]
    assert sent == [], sent
    assert all(r.url.endswith((".js", ".json", ".css", ".png", ".svg", ".ico")) for r in requests), requests
    assert check_in.url == address
    assert after == before, "localStorage, sessionStorage, cookies and history are as they were"
    assert check_in.context.cookies() == cookies == []
    kept = str(after)
    assert not [sign.slug for sign in guide.signs if sign.slug in kept]


@pytest.mark.parametrize("scheme", SCHEMES)
def test_with_results_showing_the_page_passes_axe_and_fits_a_small_phone(
    browser: Browser, base_url: str, guide, scheme: str
) -> None:
    context = browser.new_context(
        viewport=PHONES["320x640"], color_scheme=scheme, bypass_csp=True
    )  # axe is injected inline
    page = context.new_page()
    page.goto(base_url + "check-in/", wait_until="load")
    for sign in guide.signs[:4]:
        question(page, sign).check()
    assert page.locator("[data-seen-support]").is_visible()
    violations = run_axe(page)
    checks = page.evaluate(JS_CHECKS)
    context.close()
    assert not violations, violations
    assert checks["overflow"] <= 0 and not checks["small"], checks


def test_without_javascript_it_is_a_list_of_questions_with_links_to_the_signs(
    browser: Browser, base_url: str, guide
) -> None:
    context = browser.new_context(viewport=PHONES["390x844"], java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + "check-in/", wait_until="load")
    try:
        # (Playwright turns scripts off without telling the HTML parser, so <noscript> stays unrendered
        # here; tests/site/test_check_in.py checks its words are in the page.)
        for sign in guide.signs:
            assert page.get_by_text(sign.question, exact=True).is_visible(), sign.slug
            assert page.locator(f'form a[href="../signs/{sign.slug}/"]').is_visible(), sign.slug
        # The boxes still tick and clear, with no script at all, and nothing else happens.
        box = page.get_by_role("checkbox", name=guide.signs[0].question)
        box.check()
        page.get_by_role("button", name=guide.ui.check_in.clear).click()
        assert not box.is_checked()
        assert page.locator("[data-seen-results]").is_hidden()
        assert page.url == base_url + "check-in/"
        assert page.locator('section.seen-help a[href^="tel:"]').first.is_visible()
    finally:
        context.close()
