"""A second accessibility engine beside axe-core: HTML_CodeSniffer (npm html_codesniffer, run inside
the page like axe, nothing fetched), WCAG 2 AA errors, on every page at 390 px in light mode.
Its known false alarms are listed, with the reason for each, in tests/support/a11y_false_alarms.yml."""

from __future__ import annotations

from pathlib import Path

import yaml
from playwright.sync_api import Page

from support.browser import PHONES, require
from support.project import Site
from support.walk import also

HTMLCS = Path(__file__).resolve().parents[2] / "node_modules" / "html_codesniffer" / "build" / "HTMLCS.js"
FALSE_ALARMS = Path(__file__).resolve().parents[1] / "support" / "a11y_false_alarms.yml"

# Errors only (warnings and notices ask a person to look); each finding with the false alarm it matches.
RUN = """(alarms) => new Promise((resolve) => {
  HTMLCS.process('WCAG2AA', document, () => {
    resolve(HTMLCS.getMessages().filter((m) => m.type === HTMLCS.ERROR).map((m) => {
      const el = m.element && m.element.nodeType === 1 ? m.element : null;
      const alarm = alarms.findIndex((a) => a.code === m.code && el && el.matches(a.selector));
      return {code: m.code, message: m.msg.slice(0, 160), element: el ? el.outerHTML.slice(0, 120) : String(m.element), alarm};
    }));
  });
})"""


ALARMS = yaml.safe_load(FALSE_ALARMS.read_text(encoding="utf-8"))


def sniffed(page: Page, base_url: str, url: str, every: list[str]) -> list[dict]:
    page.goto(base_url + url.lstrip("/"), wait_until="load")
    return page.evaluate(RUN, ALARMS)


def with_sniffer(page: Page) -> None:
    # Into every page as it loads (once per browser, not a script tag sent after each load).
    if HTMLCS.exists():
        page.add_init_script(HTMLCS.read_text(encoding="utf-8"))


# Every page, in the walks' browsers once they have walked (in the background).
also("html_codesniffer", sniffed, setup=with_sniffer, viewport=PHONES["390x844"], color_scheme="light", bypass_csp=True)


def test_html_codesniffer_finds_no_wcag_aa_error_on_any_page(page_checks, site: Site) -> None:
    require(HTMLCS, "HTML_CodeSniffer (npm ci installs it)")
    assert all(alarm.get("reason", "").strip() for alarm in ALARMS), "every false alarm says why"
    failures: list[str] = []
    used: set[int] = set()
    urls = site.html_pages()
    found = page_checks.results("html_codesniffer")
    for url, findings in zip(urls, found, strict=True):
        for finding in findings:
            if finding["alarm"] >= 0:
                used.add(finding["alarm"])
            else:
                failures.append(f"{url}: {finding['code']}: {finding['message']} at {finding['element']}")
    stale = [alarm["code"] + " " + alarm["selector"] for i, alarm in enumerate(ALARMS) if i not in used]
    assert not stale, f"false alarms listed that no page raises any more, remove them: {stale}"
    assert not failures, "\n".join(failures)
