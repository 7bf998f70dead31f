"""Every page without JavaScript: its heading and text show, its menu opens and leads on.

The pages are loaded in the background, in the walks' browsers once they have walked every page
(support/walk.py `also`); this file sorts last in the browser tier, so they are done by then.
"""

from __future__ import annotations

from playwright.sync_api import Browser, Page

from support.browser import PHONES, open_page
from support.walk import also


def without_script(page: Page, base_url: str, url: str, every: list[str]) -> list[str]:
    """A page without JavaScript: its heading and text show, and its menu opens."""
    url = url.lstrip("/")
    page.goto(base_url + url, wait_until="load")
    if not page.locator("article h1").first.is_visible():
        return [f"{url}: no visible heading without JavaScript"]
    failures = []
    if len(page.locator("article").inner_text()) < 100:
        failures.append(f"{url}: article text missing without JavaScript")
    page.locator('.md-header label[for="__drawer"]').click()
    nav_link = page.locator("nav.md-nav--primary a[href]:visible")
    if nav_link.count() < 5:
        failures.append(f"{url}: the menu does not open without JavaScript")
    return failures


# Every page without script, in the walks' browsers once they have walked (in the background).
NO_SCRIPT = {"viewport": PHONES["390x844"], "color_scheme": "light", "java_script_enabled": False}
also("without script", without_script, **NO_SCRIPT)


def test_without_javascript_content_and_navigation_work(page_checks, browser: Browser, base_url: str) -> None:
    failures = [line for lines in page_checks.results("without script") for line in lines]
    assert len(page_checks.results("without script")) >= 60
    context, page = open_page(browser, viewport=PHONES["390x844"], scheme="light", java_script_enabled=False)
    # Follow the menu to another page, with no script at all.
    page.goto(base_url, wait_until="load")
    page.locator('.md-header label[for="__drawer"]').click()
    page.locator("nav.md-nav--primary a[href$='get-help/']:visible").first.click()
    page.wait_for_load_state("load")
    if not page.url.endswith("/get-help/"):
        failures.append(f"menu link without JavaScript went to {page.url}")
    context.close()
    assert not failures, "\n".join(failures)
