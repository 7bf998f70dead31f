"""The real-browser gate: every built page, at phone sizes, light and dark, as readers meet it.

Each test walks every page (found from the build) and reports all failures at once. The `browser`
and `base_url` fixtures live in conftest.py, shared with the other browser tests (safety, check-in, print, map).
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser

from support.browser import JS_CHECKS, PHONES, SCHEMES, open_page, run_axe
from support.project import Site

CLIPPED = """
() => [...document.querySelectorAll('body *')].filter((el) => {
  const s = getComputedStyle(el);
  if (!['hidden', 'clip'].includes(s.overflowX) && !['hidden', 'clip'].includes(s.overflowY)) return false;
  if (!el.innerText || !el.innerText.trim()) return false;
  const r = el.getBoundingClientRect();
  if (r.width === 0 || r.height === 0 || s.visibility === 'hidden') return false;
  if (r.width <= 1 && r.height <= 1) return false;  // visually hidden on purpose: text for screen readers only
  if (el.closest('.md-sidebar, .md-search, [hidden], .md-header__topic + .md-header__topic')) return false;
  return el.scrollWidth > el.clientWidth + 1 || (s.overflowY !== 'visible' && el.scrollHeight > el.clientHeight + 1 && s.overflowY !== 'auto');
}).map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`).slice(0, 5)
"""


def page_urls(site: Site) -> list[str]:
    return [url.lstrip("/") for url in site.html_pages()]


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("phone", PHONES)
def test_every_page_passes_axe_reflow_and_target_size(
    browser: Browser, base_url: str, site: Site, phone: str, scheme: str
) -> None:
    failures: list[str] = []
    context, page = open_page(browser, viewport=PHONES[phone], scheme=scheme, bypass_csp=True)
    for url in page_urls(site):
        page.goto(base_url + url, wait_until="load")
        for violation in run_axe(page):
            failures.append(f"{url}: axe {violation['id']}: {violation['help']} at {violation['targets']}")
        checks = page.evaluate(JS_CHECKS)
        if checks["overflow"] > 0:
            failures.append(f"{url}: scrolls sideways by {checks['overflow']}px")
        for target in checks["small"]:
            failures.append(f"{url}: target under 24x24 without spacing: {target}")
    context.close()
    assert not failures, "\n".join(failures)


def test_text_zoomed_to_200_percent_is_not_cut_off(browser: Browser, base_url: str, site: Site) -> None:
    failures: list[str] = []
    context, page = open_page(browser, viewport=PHONES["320x640"], scheme="light")
    for url in page_urls(site):
        page.goto(base_url + url, wait_until="load")
        page.add_style_tag(content="html { font-size: 250% !important; }")  # theme's 125% base, doubled
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        if overflow > 0:
            failures.append(f"{url}: at 200% text, scrolls sideways by {overflow}px")
        for clipped in page.evaluate(CLIPPED):
            failures.append(f"{url}: at 200% text, {clipped} cuts off its text")
    context.close()
    assert not failures, "\n".join(failures)


def test_keyboard_reaches_skip_link_first_then_everything_with_a_visible_ring(
    browser: Browser, base_url: str, site: Site
) -> None:
    failures: list[str] = []
    context, page = open_page(browser, viewport=PHONES["390x844"], scheme="light")
    for url in page_urls(site):
        page.goto(base_url + url, wait_until="load")
        expected = page.evaluate(
            """() => [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]')]
              .filter((el) => el.tabIndex >= 0 && !el.disabled && el.getClientRects().length > 0
                && el.checkVisibility({visibilityProperty: true, contentVisibilityAuto: true})
                && !el.closest('[inert], [hidden]')
                && !(el.closest('details:not([open])') && el.tagName !== 'SUMMARY'))
              .filter((el, i, all) => !(el.type === 'radio' && all.some((o, j) => j < i && o.type === 'radio' && o.name === el.name)))
              .map((el, i) => { el.dataset.seenTab = String(i); return String(i); })"""
        )
        reached: list[str] = []
        for step in range(len(expected) + 5):
            page.keyboard.press("Tab")
            info = page.evaluate(
                """() => { const el = document.activeElement; if (!el || el === document.body) return null;
                  // A visually hidden input shows its focus on its label.
                  const label = el.nextElementSibling && el.nextElementSibling.tagName === 'LABEL' ? el.nextElementSibling : null;
                  const shown = (el.type === 'radio' || el.type === 'checkbox') && label ? label : el;
                  const s = getComputedStyle(shown), r = shown.getBoundingClientRect();
                  const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
                  const onScreen = r.width > 0 && r.height > 0 && r.right > 0 && r.left < innerWidth && r.bottom > 0 && r.top < innerHeight;
                  const radioPeer = el.type === 'radio' ? [...document.querySelectorAll(`input[name="${el.name}"]`)].map((o) => o.dataset.seenTab).find(Boolean) : null;
                  return {id: el.dataset.seenTab || radioPeer || null, cls: String(el.className), text: (el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30), ring, onScreen}; }"""
            )
            if info is None or (reached and info["id"] == reached[0]):
                break
            if step == 0 and "md-skip" not in str(info["cls"]):
                failures.append(f"{url}: first Tab reaches {info}, not the skip link")
            if not info["ring"]:
                failures.append(f"{url}: no visible focus ring on {info}")
            if not info["onScreen"]:
                failures.append(f"{url}: focus goes off-screen to {info}")
            if info["id"] is None:
                failures.append(f"{url}: Tab reaches an element that is not visible: {info}")
            reached.append(info["id"])
        missing = [i for i in expected if i not in reached]
        if missing:
            failures.append(f"{url}: {len(missing)} interactive elements never reached by Tab")
    context.close()
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_no_other_origin_no_cookie_no_console_message(browser: Browser, base_url: str, site: Site, scheme: str) -> None:
    failures: list[str] = []
    own = urlsplit(base_url).netloc
    context, page = open_page(browser, viewport=PHONES["390x844"], scheme=scheme)
    current = {"url": ""}
    page.on(
        "request",
        lambda r: (
            urlsplit(r.url).netloc != own
            and urlsplit(r.url).scheme not in {"data", "blob"}
            and failures.append(f"{current['url']}: request to {r.url}")
        ),
    )
    page.on(
        "console",
        lambda m: m.type in {"error", "warning"} and failures.append(f"{current['url']}: console {m.type}: {m.text}"),
    )
    page.on("pageerror", lambda e: failures.append(f"{current['url']}: script error: {e}"))
    for url in page_urls(site):
        current["url"] = url
        page.goto(base_url + url, wait_until="networkidle")
    cookies = context.cookies()
    context.close()
    assert not cookies, cookies
    assert not failures, "\n".join(failures)


def test_without_javascript_content_and_navigation_work(browser: Browser, base_url: str, site: Site) -> None:
    failures: list[str] = []
    context, page = open_page(browser, viewport=PHONES["390x844"], scheme="light", java_script_enabled=False)
    for url in page_urls(site):
        page.goto(base_url + url, wait_until="load")
        if not page.locator("article h1").first.is_visible():
            failures.append(f"{url}: no visible heading without JavaScript")
            continue
        if len(page.locator("article").inner_text()) < 100:
            failures.append(f"{url}: article text missing without JavaScript")
        page.locator('.md-header label[for="__drawer"]').click()
        nav_link = page.locator("nav.md-nav--primary a[href]:visible")
        if nav_link.count() < 5:
            failures.append(f"{url}: the menu does not open without JavaScript")
    # Follow the menu to another page, with no script at all.
    page.goto(base_url, wait_until="load")
    page.locator('.md-header label[for="__drawer"]').click()
    page.locator("nav.md-nav--primary a[href$='get-help/']:visible").first.click()
    page.wait_for_load_state("load")
    if not page.url.endswith("/get-help/"):
        failures.append(f"menu link without JavaScript went to {page.url}")
    context.close()
    assert not failures, "\n".join(failures)
