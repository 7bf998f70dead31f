"""The map as a phone shows it: fits without pinching, words inside their boxes, lit where it is pointed at."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

from support.browser import PHONES, SCHEMES, open_page
from support.project import KINDS, raw

MEASURE = """
() => {
  const svg = document.querySelector('svg.seen-map__drawing');
  const drawn = svg.getBoundingClientRect();
  const scale = drawn.width / svg.viewBox.baseVal.width;
  const spill = [];
  for (const group of svg.querySelectorAll('g.seen-map__node')) {
    const box = group.querySelector('rect.seen-map__box').getBoundingClientRect();
    const words = group.querySelector('text.seen-map__title').getBoundingClientRect();
    if (words.left < box.left || words.right > box.right - 4 * scale || words.top < box.top || words.bottom > box.bottom) {
      spill.push(group.id);
    }
  }
  const style = getComputedStyle(svg.querySelector('text.seen-map__title'));
  return {
    width: drawn.width, left: drawn.left, viewport: innerWidth,
    textPx: parseFloat(style.fontSize) * scale, spill,
    line: getComputedStyle(svg.querySelector('path.seen-map__edge')).stroke,
    box: getComputedStyle(svg.querySelector('rect.seen-map__box')).fill,
    links: svg.querySelectorAll('a[href]').length,
  };
}
"""

LIT = """
(id) => {
  const node = document.getElementById(id).closest('g.seen-map__node');
  const r = node.querySelector('rect.seen-map__box').getBoundingClientRect();
  const header = document.querySelector('.md-header').getBoundingClientRect();
  const shown = (el) => getComputedStyle(el).display !== 'none';
  const others = [...document.querySelectorAll('path.seen-map__edge')].filter((p) => !node.contains(p));
  return {
    onScreen: r.top >= header.bottom && r.bottom <= innerHeight,
    stroke: getComputedStyle(node.querySelector('rect.seen-map__box')).stroke,
    accent: (() => { const probe = document.createElement('span'); probe.style.color = 'var(--seen-accent)';
      document.body.append(probe); const colour = getComputedStyle(probe).color; probe.remove(); return colour; })(),
    rings: [...node.querySelectorAll('.seen-map__halo')].filter(shown).length,
    ringsElsewhere: [...document.querySelectorAll('.seen-map__halo')].filter((h) => !node.contains(h) && shown(h)).length,
    ownLines: [...node.querySelectorAll('path.seen-map__edge')].map((p) => getComputedStyle(p).opacity),
    otherLines: [...new Set(others.map((p) => getComputedStyle(p).opacity))],
  };
}
"""


def entry_count() -> int:
    return sum(len(raw(kind)) for kind in KINDS)


@pytest.mark.parametrize("phone", PHONES)
def test_the_map_fits_a_phone_with_readable_words_inside_every_box(browser: Browser, base_url: str, phone: str) -> None:
    seen = {}
    for scheme in SCHEMES:
        context, page = open_page(browser, viewport=PHONES[phone], scheme=scheme)
        page.goto(base_url + "map/", wait_until="load")
        measured = page.evaluate(MEASURE)
        context.close()
        assert measured["left"] >= 0 and measured["left"] + measured["width"] <= measured["viewport"]
        assert measured["width"] >= 0.85 * measured["viewport"], "the drawing uses the phone's width"
        assert measured["textPx"] >= 12.5, f"words on the map are drawn at {measured['textPx']:.1f}px"
        assert not measured["spill"], f"{phone} {scheme}: words spill out of {measured['spill']}"
        assert measured["links"] == entry_count()
        seen[scheme] = (measured["line"], measured["box"])
    assert seen["light"][0] != seen["dark"][0] and seen["light"][1] != seen["dark"][1], "colours follow the scheme"


def visit_from_its_page(browser: Browser, base_url: str, kind: str, slug: str) -> dict:
    """Follow an entry page's map link, as a reader would, and see what the map shows."""
    context, page = open_page(browser, viewport=PHONES["320x640"], scheme="dark")
    page.goto(base_url + f"{kind}/{slug}/", wait_until="load")
    page.locator(".seen-map-link a").click()
    page.wait_for_load_state("load")
    assert page.url.endswith(f"/map/#{kind}-{slug}")
    page.wait_for_timeout(300)  # the browser scrolls to the fragment
    lit = page.evaluate(LIT, f"{kind}-{slug}")
    context.close()
    assert lit["onScreen"], f"{kind}/{slug}: the box is scrolled into view, below the header"
    assert lit["ringsElsewhere"] == 0
    assert lit["stroke"] == lit["accent"], "the box is outlined in the accent colour"
    return lit


def test_a_sign_pointed_at_from_its_page_is_lit_with_its_lines_and_neighbours(browser: Browser, base_url: str) -> None:
    sign = raw("signs")[10]
    lit = visit_from_its_page(browser, base_url, "signs", sign["slug"])
    assert lit["rings"] == len(set(sign["effects"]) | set(sign["steps"]))
    assert set(lit["ownLines"]) == {"1"} and len(lit["ownLines"]) == len(sign["effects"]) + len(sign["steps"])
    assert lit["otherLines"] == ["0.3"], "the other lines fade"


def test_an_effect_pointed_at_is_in_view_with_the_signs_that_lead_to_it_ringed(browser: Browser, base_url: str) -> None:
    effect = raw("effects")[4]
    lit = visit_from_its_page(browser, base_url, "effects", effect["slug"])
    signs = [s for s in raw("signs") if effect["slug"] in s["effects"]]
    assert lit["rings"] == len(signs) + len(effect["steps"])


def test_without_javascript_the_map_is_drawn_and_every_box_opens_its_page(browser: Browser, base_url: str) -> None:
    context, page = open_page(browser, viewport=PHONES["390x844"], scheme="light", java_script_enabled=False)
    page.goto(base_url + "map/", wait_until="load")
    assert page.locator("svg.seen-map__drawing").is_visible()
    assert page.locator("svg.seen-map__drawing a[href]").count() == entry_count()
    effect = raw("effects")[0]["slug"]
    page.locator(f"#effects-{effect}").click()
    page.wait_for_load_state("load")
    assert page.url.endswith(f"/effects/{effect}/")
    context.close()
