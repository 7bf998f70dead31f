"""Debian's Chromium, driven by Playwright: launched once, with this machine's safe flags."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # Playwright is imported by the fixture that launches the browser
    from playwright.sync_api import Browser, Page

CHROMIUM = os.environ.get("SEEN_CHROMIUM", "/usr/bin/chromium")
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
PHONES = {"320x640": {"width": 320, "height": 640}, "390x844": {"width": 390, "height": 844}}
SCHEMES = ("light", "dark")


def require(path: Path | str, what: str) -> None:
    """Missing tools fail under CI=true and skip elsewhere."""
    if Path(path).exists() or shutil.which(str(path)):
        return
    message = f"{what} is missing ({path}); install it as .ci/run does"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


def launch(playwright):
    require(CHROMIUM, "Chromium")
    return playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)


def run_axe(page) -> list[dict]:
    """axe-core's violations on the current page, WCAG 2.0-2.2 A/AA and best practices."""
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    result = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        AXE_TAGS,
    )
    return [
        {"id": v["id"], "help": v["help"], "targets": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"]
    ]


# Reflow and target size (WCAG 1.4.10, 2.5.8), measured in the page: sideways overflow and small targets.
JS_CHECKS = """
() => {
  const visible = (el) => {
    const r = el.getBoundingClientRect(), s = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && r.right > 0 && r.left < innerWidth && s.visibility !== 'hidden'
      && s.display !== 'none' && !el.closest('[inert]');
  };
  const targets = [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary, label[for][tabindex]')]
    .filter(visible);
  const rects = targets.map((el) => el.getBoundingClientRect());
  const inline = (el) => {
    // WCAG 2.5.8 exception: a link inside a sentence, sized by the line of text around it.
    const block = el.closest('p, li, td, dd');
    return el.tagName === 'A' && block && block.textContent.trim().length > el.textContent.trim().length + 1;
  };
  const small = [];
  targets.forEach((el, i) => {
    const r = rects[i];
    if ((r.width >= 24 && r.height >= 24) || inline(el)) return;
    const cx = r.left + r.width / 2, cy = r.top + r.height / 2;
    const clash = rects.some((o, j) => {
      if (j === i) return false;
      const dx = Math.max(o.left - cx, 0, cx - o.right), dy = Math.max(o.top - cy, 0, cy - o.bottom);
      return Math.hypot(dx, dy) < 12;
    });
    if (clash) small.push(`${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40)}" ${Math.round(r.width)}x${Math.round(r.height)}`);
  });
  return {
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    small,
  };
}
"""


def open_page(browser: Browser, *, viewport: dict, scheme: str, **options) -> tuple[object, Page]:
    context = browser.new_context(viewport=viewport, color_scheme=scheme, **options)
    return context, context.new_page()
