"""The map as a phone shows it: one column that fits without pinching, words inside their boxes, lit
where it is pointed at, with the boxes joined to it ringed, and every link working without script."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

from support.browser import PHONES, SCHEMES, open_page
from support.project import KINDS, raw

MEASURE = """
() => {
  const boxes = [...document.querySelectorAll('ul.seen-map > li')];
  const spill = [];
  for (const box of boxes) {
    const r = box.getBoundingClientRect();
    for (const el of box.querySelectorAll('a, p, .seen-map__icon')) {
      const e = el.getBoundingClientRect();
      if (e.left < r.left || e.right > r.right || e.top < r.top || e.bottom > r.bottom) spill.push(el.textContent || el.className);
    }
    if (r.left < 0 || r.right > innerWidth) spill.push('box ' + box.firstElementChild.id);
  }
  const smallest = Math.min(...[...document.querySelectorAll('ul.seen-map a, ul.seen-map p')]
    .map((el) => parseFloat(getComputedStyle(el).fontSize)));
  const line = document.querySelector('ul.seen-map li li');
  return {
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    widest: Math.max(...boxes.map((b) => b.getBoundingClientRect().width)) / innerWidth,
    smallest, spill,
    line: getComputedStyle(line).borderLeftColor,
    box: getComputedStyle(boxes[0]).backgroundColor,
    links: document.querySelectorAll('ul.seen-map a[href]').length,
  };
}
"""

LIT = """
(id) => {
  const box = document.getElementById(id).parentElement;
  const r = box.getBoundingClientRect();
  const header = document.querySelector('.md-header').getBoundingClientRect();
  const probe = document.createElement('span');
  probe.style.color = 'var(--seen-accent)';
  document.body.append(probe);
  const accent = getComputedStyle(probe).color;
  probe.remove();
  const ringed = [...document.querySelectorAll('ul.seen-map > li')]
    .filter((b) => getComputedStyle(b).outlineStyle !== 'none').map((b) => b.firstElementChild.id);
  return {
    onScreen: r.top >= header.bottom && r.top < innerHeight,
    border: getComputedStyle(box).borderTopColor, accent,
    ringed: ringed.sort(),
    marked: [...document.querySelectorAll('a.seen-map__near')].map((a) => a.getAttribute('href')).sort(),
  };
}
"""


def references() -> list[tuple[str, str]]:
    pairs = []
    for sign in raw("signs"):
        pairs += [(f"signs-{sign['slug']}", f"effects-{slug}") for slug in sign["effects"]]
        pairs += [(f"signs-{sign['slug']}", f"steps-{slug}") for slug in sign["steps"]]
    for effect in raw("effects"):
        pairs += [(f"effects-{effect['slug']}", f"steps-{slug}") for slug in effect["steps"]]
    return pairs


def joined(anchor: str) -> list[str]:
    """The boxes a line joins to `anchor`, either way."""
    return sorted({b for a, b in references() if a == anchor} | {a for a, b in references() if b == anchor})


@pytest.mark.parametrize("phone", PHONES)
def test_the_map_fits_a_phone_with_readable_words_inside_every_box(browser: Browser, base_url: str, phone: str) -> None:
    seen = {}
    for scheme in SCHEMES:
        context, page = open_page(browser, viewport=PHONES[phone], scheme=scheme)
        page.goto(base_url + "map/", wait_until="load")
        measured = page.evaluate(MEASURE)
        page.evaluate("document.documentElement.style.fontSize = '200%'")  # text at 200% still reflows
        larger = page.evaluate(MEASURE)
        context.close()
        assert measured["overflow"] <= 0 and larger["overflow"] <= 0, (phone, scheme, measured, larger)
        assert measured["widest"] >= 0.85, "the boxes use the phone's width"
        assert measured["smallest"] >= 12.5, f"words on the map are drawn at {measured['smallest']:.1f}px"
        assert not measured["spill"] and not larger["spill"], f"{phone} {scheme}: outside its box: {measured['spill']}"
        assert measured["links"] == sum(len(raw(kind)) for kind in KINDS) + len(references())
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
    assert lit["border"] == lit["accent"], "the box is outlined in the accent colour"
    assert lit["ringed"] == joined(f"{kind}-{slug}"), "the boxes joined to it, either way, are ringed"
    return lit


def test_a_sign_pointed_at_from_its_page_is_lit_with_what_it_leads_to(browser: Browser, base_url: str) -> None:
    sign = raw("signs")[10]
    lit = visit_from_its_page(browser, base_url, "signs", sign["slug"])
    assert len(lit["ringed"]) == len(set(sign["effects"]) | set(sign["steps"]))
    assert lit["marked"] == sorted([f"#effects-{s}" for s in sign["effects"]] + [f"#steps-{s}" for s in sign["steps"]])


def test_an_effect_pointed_at_rings_the_signs_that_lead_to_it(browser: Browser, base_url: str) -> None:
    effect = raw("effects")[4]
    lit = visit_from_its_page(browser, base_url, "effects", effect["slug"])
    signs = [s for s in raw("signs") if effect["slug"] in s["effects"]]
    assert len(lit["ringed"]) == len(signs) + len(effect["steps"])
    # In each sign's box, its link to this effect is marked; in the effect's box, its links to steps.
    assert lit["marked"].count(f"#effects-{effect['slug']}") == len(signs)


def test_a_link_in_a_box_leads_down_to_its_box_which_is_then_lit(browser: Browser, base_url: str) -> None:
    sign, effect = raw("signs")[0], raw("signs")[0]["effects"][0]
    context, page = open_page(browser, viewport=PHONES["390x844"], scheme="light")
    page.goto(base_url + f"map/#signs-{sign['slug']}", wait_until="load")
    page.locator(f"#signs-{sign['slug']} ~ ul a[href='#effects-{effect}']").click()
    page.wait_for_timeout(300)
    assert page.url.endswith(f"/map/#effects-{effect}")
    lit = page.evaluate(LIT, f"effects-{effect}")
    context.close()
    assert lit["onScreen"] and lit["border"] == lit["accent"]
    assert lit["ringed"] == joined(f"effects-{effect}")


def test_without_javascript_the_map_is_whole_and_every_box_opens_its_page(browser: Browser, base_url: str) -> None:
    context, page = open_page(browser, viewport=PHONES["320x640"], scheme="light", java_script_enabled=False)
    page.goto(base_url + "map/#effects-" + raw("effects")[0]["slug"], wait_until="load")
    assert page.locator("ul.seen-map > li").count() == sum(len(raw(kind)) for kind in KINDS)
    lit = page.evaluate(LIT, "effects-" + raw("effects")[0]["slug"])
    assert lit["border"] == lit["accent"] and lit["ringed"] == [], "the box pointed at is outlined, by CSS alone"
    effect = raw("effects")[0]["slug"]
    page.locator(f"#effects-{effect}").click()
    page.wait_for_load_state("load")
    assert page.url.endswith(f"/effects/{effect}/")
    context.close()


def test_the_map_reads_by_keyboard_in_page_order(browser: Browser, base_url: str) -> None:
    """Tab goes through each box's title, then the links in it, box after box, and the box whose
    link has focus is outlined."""
    context, page = open_page(browser, viewport=PHONES["390x844"], scheme="light")
    page.goto(base_url + "map/", wait_until="load")
    page.focus(f"#signs-{raw('signs')[0]['slug']}")
    order = [page.evaluate("document.activeElement.getAttribute('href')")]
    for _ in range(6):
        page.keyboard.press("Tab")
        order.append(page.evaluate("document.activeElement.getAttribute('href')"))
    outlined = page.evaluate("getComputedStyle(document.activeElement.closest('ul.seen-map > li')).boxShadow")
    context.close()
    sign = raw("signs")[0]
    expected = [f"../signs/{sign['slug']}/"] + [f"#effects-{s}" for s in sign["effects"]]
    expected += [f"#steps-{s}" for s in sign["steps"]]
    expected.append(f"../signs/{raw('signs')[1]['slug']}/")
    assert order == expected[:7], order
    assert outlined != "none"
