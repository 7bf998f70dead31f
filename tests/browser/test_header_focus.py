"""The focus ring on the controls a keyboard meets first (skip link, the exit bar, the header: menu,
colour switch, language, search) can be seen: in both schemes, at 320 and 390 px, its colour stands
out 3:1 from what lies behind it (WCAG 1.4.11 for focus indicators; 2.4.7). The colour switch's
radio is visually hidden, so its ring is drawn on the label beside it, which must be on screen.
(The walk of every page checks that each stop has a ring; here, that the ring shows.)"""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

from support.browser import PHONES, SCHEMES, open_page

RING = """() => {
  const el = document.activeElement;
  if (!el || el === document.body || el.closest('article')) return null;
  const label = el.nextElementSibling;
  const target = el.type === 'radio' && label && label.tagName === 'LABEL' ? label : el;
  const rgb = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
  const solid = (c) => { const v = rgb(c); return v.length === 3 || (v.length === 4 && v[3] >= 0.99); };
  const lum = ([r, g, b]) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
  let behind = 'rgb(255, 255, 255)';
  for (let a = target.parentElement; a; a = a.parentElement) {
    const bg = getComputedStyle(a).backgroundColor;
    if (solid(bg)) { behind = bg; break; }
  }
  const s = getComputedStyle(target), r = target.getBoundingClientRect();
  const [x, y] = [lum(rgb(s.outlineColor)), lum(rgb(behind))];
  return {name: (el.getAttribute('aria-label') || el.textContent || el.title || el.id).trim().slice(0, 30),
          tag: el.tagName, ring: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2, colour: s.outlineColor, behind,
          contrast: Math.round(100 * (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05)) / 100,
          onScreen: r.width > 0 && r.height > 0 && r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth};
}"""


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("phone", PHONES)
def test_the_first_controls_show_a_ring_that_stands_out(
    browser: Browser, base_url: str, phone: str, scheme: str
) -> None:
    failures, names = [], []
    for url in ("", "es/signs/silent-treatment/"):
        context, page = open_page(browser, viewport=PHONES[phone], scheme=scheme)
        page.goto(base_url + url)
        for _ in range(12):
            page.keyboard.press("Tab")
            stop = page.evaluate(RING)
            if stop is None:
                break
            names.append(stop["name"])
            if not (stop["ring"] and stop["onScreen"] and stop["contrast"] >= 3):
                failures.append(f"{phone} {scheme} /{url}: {stop}")
        context.close()
    assert any(name.startswith(("Switch to", "Cambiar a")) for name in names), f"Tab reached the colour switch: {names}"
    assert not failures, "\n".join(failures)
