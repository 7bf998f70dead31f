"""Every built page walked once per colour scheme, at both phone widths, with every per-page check.

Loading 72 pages is what costs time in the browser tier, so each page is loaded once per scheme, at
the narrow phone width, and resized to the wide one (what a reader turning a phone or widening a
window gets; seen.js refits the bar on a resize, and the walk waits for it); every check that reads
a page runs on that one load at each width: axe-core, reflow and target size, the keyboard walk
(skip link first, a visible ring on every stop, every stop reached, none off-screen), focus not
hidden by the fixed bar or header (WCAG 2.2 SC 2.4.11 and 2.4.12), taps beside the bar's buttons
reaching the page, the quick exit on top at every scroll position, console messages, requests to
other origins, cookies and Content Security Policy violations; in light also text at 200% (nothing
cut off, no sideways scroll, focus still not hidden). The dark scheme changes colours only: there
axe runs its colour rules, reflow and target size at both widths, the focus walk at DARK_FOCUS's.

Each check's failures are kept apart (`Walk.failures[check]`) by width and scheme, each line naming
the page, so every test in tests/browser/ that reads a walk fails with its own message. Other checks
of every page (without script, HTML_CodeSniffer) run in the same browsers after the walk (`also`).
"""

from __future__ import annotations

import inspect
import time
from collections import defaultdict
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from support.browser import AXE, AXE_TAGS, JS_CHECKS, PHONES, SCHEMES
from support.server import serve

CHECKS = (
    "axe",
    "reflow",
    "targets",
    "keyboard",
    "obscured",
    "tap",
    "zoom",
    "quick exit",
    "console",
    "other origin",
    "cookie",
    "csp",
)

# Text at 200%: the theme's base is 125%, doubled.
ZOOM_200 = "html { font-size: 250% !important; }"

# Elements that cut off their own text (overflow hidden/clip), at 200% text.
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

# The focus stops of the page in document order, the order Tab follows when no tabindex is positive.
STOPS = r"""
const focusCandidates = () => [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]')];
const focusStops = () => focusCandidates()
  .filter((el) => el.tabIndex >= 0 && !el.disabled && el.getClientRects().length > 0
    && el.checkVisibility({visibilityProperty: true, contentVisibilityAuto: true})
    && !el.closest('[inert], [hidden]')
    && !(el.closest('details:not([open])') && el.tagName !== 'SUMMARY'))
  // One stop per radio group, as Tab goes: the checked radio, or the first when none is checked.
  .filter((el, i, all) => {
    if (el.type !== 'radio') return true;
    const group = all.filter((o) => o.type === 'radio' && o.name === el.name);
    return el === (group.find((o) => o.checked) || group[0]);
  });
"""

# The keyboard walk, in the page, in one call: every focus stop in document order (the order Tab
# follows when no tabindex is positive, which is checked too), focused as Tab would focus it
# (element.focus() scrolls it into view the same way), and for each stop: did it take focus, does
# it show a ring, is it on screen, and how much of it the fixed layers (the quick-exit bar at the
# foot, the header at the top) cover. A fixed layer covers with what it paints: an element with a
# background, border or picture; a transparent wrapper covers nothing. Then taps: points in the
# bar's box that are not on one of its controls, and not on a part of the bar that is painted,
# must reach the page under it.
FOCUS_WALK = (
    STOPS
    + r"""
(() => {
  const painted = (el) => {
    const s = getComputedStyle(el);
    const colour = (c) => c && c !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(c);
    return colour(s.backgroundColor) || s.backgroundImage !== 'none'
      || (parseFloat(s.borderTopWidth) > 0 && colour(s.borderTopColor))
      || ['IMG', 'SVG', 'svg', 'VIDEO', 'CANVAS'].includes(el.tagName);
  };
  const shown = (el) => el.checkVisibility({opacityProperty: true, visibilityProperty: true});
  const z = (el) => { const v = parseInt(getComputedStyle(el).zIndex, 10); return Number.isNaN(v) ? 0 : v; };
  // Fixed and sticky layers (the outermost of each), as they are now.
  const layers = [...document.body.querySelectorAll('*')].filter((el) => {
    const p = getComputedStyle(el).position;
    return (p === 'fixed' || p === 'sticky') && shown(el);
  }).filter((el, _, all) => !all.some((o) => o !== el && o.contains(el)));
  // The stop's own layer: its nearest fixed or sticky ancestor (or itself, like the skip link).
  const layerOf = (el) => {
    for (let a = el; a && a !== document.body; a = a.parentElement)
      if (['fixed', 'sticky'].includes(getComputedStyle(a).position)) return a;
    return null;
  };
  const paints = new Map(layers.map((l) => [l, [l, ...l.querySelectorAll('*')].filter((el) => shown(el) && painted(el))]));
  const paintedBoxes = (layer) => paints.get(layer)
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth);
  const name = (el) => {
    const words = el.getAttribute('aria-label') || (el.labels && el.labels[0] ? el.labels[0].textContent : el.textContent) || el.getAttribute('title') || '';
    return `${el.tagName.toLowerCase()} "${words.trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
  };
  const layerName = (l) => l.matches('[data-seen-quick-exit]') ? 'the quick-exit bar' : l.matches('.md-header') ? 'the header' : `a fixed ${name(l)}`;

  const positive = focusCandidates().filter((el) => el.tabIndex > 0).map(name);
  const stops = focusStops();

  const results = [];
  for (const el of stops) {
    el.focus();
    const took = document.activeElement === el;
    // A visually hidden box shows its focus on its label.
    const label = el.nextElementSibling && el.nextElementSibling.tagName === 'LABEL' ? el.nextElementSibling : null;
    const target = (el.type === 'radio' || el.type === 'checkbox') && label ? label : el;
    const s = getComputedStyle(target), r = target.getBoundingClientRect();
    const hasRing = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
    const onScreen = r.width > 0 && r.height > 0 && r.right > 0 && r.left < innerWidth && r.bottom > 0 && r.top < innerHeight;
    // Covered: by a layer that is not the stop's own and paints above it.
    const own = layerOf(el);
    let covered = 0, by = [];
    if (onScreen) {
      const boxes = [];
      for (const layer of layers) {
        if (layer === own || layer.contains(el) || el.contains(layer) || (own && own.contains(layer))) continue;
        if (own && z(layer) <= z(own)) continue;
        for (const b of paintedBoxes(layer)) boxes.push([b, layer]);
      }
      // The share of the stop (each of its boxes: a link that wraps has one per line, clipped to
      // the screen) under painted boxes, on a 6 x 3 grid per box.
      const parts = [...target.getClientRects()]
        .map((q) => ({left: Math.max(q.left, 0), right: Math.min(q.right, innerWidth), top: Math.max(q.top, 0), bottom: Math.min(q.bottom, innerHeight)}))
        .filter((q) => q.right - q.left > 0.5 && q.bottom - q.top > 0.5);
      const points = [];
      for (const q of parts) for (let i = 0; i < 6; i++) for (let j = 0; j < 3; j++)
        points.push([q.left + (q.right - q.left) * (i + 0.5) / 6, q.top + (q.bottom - q.top) * (j + 0.5) / 3]);
      let hit = 0;
      for (const [x, y] of points) {
        const over = boxes.find(([b]) => x >= b.left && x <= b.right && y >= b.top && y <= b.bottom);
        if (over) { hit++; if (!by.includes(over[1])) by.push(over[1]); }
      }
      // Any overlap at all (even a sliver the grid misses) counts as partly covered.
      const overlaps = ([b]) => parts.some((q) => b.left < q.right - 0.5 && b.right > q.left + 0.5 && b.top < q.bottom - 0.5 && b.bottom > q.top + 0.5);
      if (!hit && boxes.some(overlaps)) {
        hit = 0.5;
        by = boxes.filter(overlaps).map(([, l]) => l);
      }
      covered = points.length ? hit / points.length : 0;
      // A stop taller than the room the layers leave (a long label at 200% text) cannot show whole
      // anywhere: for it only SC 2.4.11 holds (not completely hidden).
      const topRoom = Math.max(0, ...boxes.map(([b]) => b.bottom).filter((y) => y < innerHeight / 2));
      const bottomRoom = Math.min(innerHeight, ...boxes.map(([b]) => b.top).filter((y) => y >= innerHeight / 2));
      if (covered < 1 && r.height > bottomRoom - topRoom) covered = 0;
    }
    results.push({name: name(el), took, ring: hasRing, onScreen, covered, by: [...new Set(by)].map(layerName),
                  top: Math.round(r.top), bottom: Math.round(r.bottom)});
  }
  if (document.activeElement) document.activeElement.blur();

  // Taps beside the bar's controls, in its box: they must reach the page, unless that part of the
  // bar is painted (then the reader sees they are tapping the bar).
  const swallowed = [];
  const bar = document.querySelector('[data-seen-quick-exit]');
  if (bar && shown(bar)) {
    window.scrollTo(0, 0);
    const box = bar.getBoundingClientRect();
    const controls = [...bar.querySelectorAll('a, button, input, label, summary, [tabindex]')].map((c) => c.getBoundingClientRect());
    for (let x = box.left + 2; x < box.right - 1; x += 6) {
      for (const y of [box.top + 2, box.top + box.height / 2, box.bottom - 2]) {
        if (y < 0 || y >= innerHeight || x < 0 || x >= innerWidth) continue;
        if (controls.some((c) => x >= c.left - 1 && x <= c.right + 1 && y >= c.top - 1 && y <= c.bottom + 1)) continue;
        const hit = document.elementFromPoint(x, y);
        if (!hit || !bar.contains(hit)) continue;
        let part = hit, visible = false;
        for (; part && part !== bar.parentElement; part = part.parentElement) if (painted(part)) { visible = true; break; }
        if (!visible) swallowed.push(`(${Math.round(x)}, ${Math.round(y)})`);
      }
    }
  }
  return {stops: results, positive, swallowed};
})
"""
)

# Marks each focus stop with its place in document order, for a walk with the real Tab key.
MARK_STOPS = (
    STOPS
    + r"""
(() => focusStops().map((el, i) => { el.dataset.seenStop = String(i); return String(i); }))
"""
)
# Where the real Tab key put focus: the stop's mark, or its tag and words when it is not a stop.
FOCUSED = r"""
() => { const el = document.activeElement; if (!el || el === document.body) return null;
  return el.dataset.seenStop || `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30)}"`; }
"""


def tab_order(page, base_url: str, url: str) -> list[str]:
    """Where the real Tab key goes on a page, compared with the document order FOCUS_WALK uses:
    failure lines when they differ."""
    page.goto(base_url + url.lstrip("/"), wait_until="load")
    expected = page.evaluate(MARK_STOPS)
    reached: list[str | None] = []
    for _ in range(len(expected) + 3):
        page.keyboard.press("Tab")
        where = page.evaluate(FOCUSED)
        if where is None or (reached and where == reached[0]):
            break
        reached.append(where)
    if reached == expected:
        return []
    differ = next(
        (i for i, (a, b) in enumerate(zip(reached, expected, strict=False)) if a != b), min(len(reached), len(expected))
    )
    return [
        f"{url}: Tab goes {reached[differ : differ + 3]} at stop {differ}, document order says"
        f" {expected[differ : differ + 3]} ({len(reached)} stops reached by Tab, {len(expected)} in the page)"
    ]


# The quick exit at the top, middle and end of the page: inside the screen, on top, 44 x 44 or more.
QUICK_EXIT = """
(fraction) => {
  window.scrollTo(0, (document.body.scrollHeight - innerHeight) * fraction);
  const b = document.querySelector('[data-seen-exit]'); const r = b.getBoundingClientRect();
  const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  return {w: r.width, h: r.height, inside: r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth,
          onTop: b.contains(hit)};
}
"""

# axe-core: every rule of AXE_TAGS in the light passes (at both widths: a media query at 22.4em
# changes the header's language link between them); in the dark passes only the rules whose outcome
# depends on colours, since the dark scheme changes nothing but colours.
COLOUR_RULES = ["color-contrast", "link-in-text-block"]
# Colours are checked as they end, not halfway through a transition (a link fading to its hover or
# scheme colour): axe runs once the page's running transitions and animations have finished (at most 2 s).
AXE_RUN = """
async ({tags, rules}) => {
  await Promise.race([Promise.all(document.getAnimations().map((a) => a.finished.catch(() => null))),
                      new Promise((resolve) => setTimeout(resolve, 2000))]);
  return await axe.run(document, {
  runOnly: rules ? {type: 'rule', values: rules} : {type: 'tag', values: tags}, resultTypes: ['violations']});
}
"""

CSP_LISTENER = (
    "window.__csp = []; document.addEventListener('securitypolicyviolation',"
    " (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));"
)


class Requests:
    """The page's requests still under way (each added when it starts, taken away when it ends,
    answered or failed), and how many have started."""

    def __init__(self, page) -> None:
        self.pending: set = set()
        self.started = 0
        page.on("request", self._start)
        page.on("requestfinished", self._end)
        page.on("requestfailed", self._end)

    def _start(self, request) -> None:
        self.started += 1
        self.pending.add(request)

    def _end(self, request) -> None:
        self.pending.discard(request)


# Runs once the tasks the page queued before it (a CSP violation's event among them) have run, and
# the next frame: what the checks set off has happened.
FLUSHED = "() => new Promise((resolve) => setTimeout(() => requestAnimationFrame(() => setTimeout(resolve, 0)), 0))"


def settle(page, requests: Requests, limit: float = 15.0) -> None:
    """Wait until nothing the page asked for is still loading (what the checks set off: pictures
    scrolled into view, the theme's script on first use) and a flush of its queued tasks starts
    nothing new, so every request, console message and CSP violation is counted for this page.
    Fails naming what is still loading after `limit` seconds."""
    deadline = time.monotonic() + limit
    while True:
        started = requests.started
        if not requests.pending:
            page.evaluate(FLUSHED)
            if not requests.pending and requests.started == started:
                return
        elif time.monotonic() > deadline:
            loading = sorted(request.url for request in requests.pending)[:5]
            raise AssertionError(f"{page.url}: still loading after {limit:.0f} s: {loading}")
        else:
            page.wait_for_timeout(10)


@dataclass
class Walk:
    """What one pass over every page found, by check; and how many focus stops it looked at."""

    phone: str
    scheme: str
    pages: int = 0
    stops: int = 0
    failures: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def count(self, check: str) -> int:
        return len(self.failures.get(check, []))

    def of(self, check: str) -> list[str]:
        assert check in CHECKS, check
        return [f"[{self.phone} {self.scheme}] {line}" for line in self.failures.get(check, [])]


def focus_failures(url: str, result: dict, *, zoomed: bool, first_is_skip: bool | None) -> dict[str, list[str]]:
    """Turn one FOCUS_WALK result into failure lines by check."""
    out: dict[str, list[str]] = defaultdict(list)
    at = f"{url} (text 200%)" if zoomed else url
    if not zoomed:
        if first_is_skip is False:
            out["keyboard"].append(f"{url}: the first Tab does not reach the skip link")
        for name in result["positive"]:
            out["keyboard"].append(f"{url}: {name} has a positive tabindex, so Tab leaves document order")
    for stop in result["stops"]:
        if not zoomed:
            if not stop["took"]:
                out["keyboard"].append(f"{url}: {stop['name']} is in the Tab order but does not take focus")
            elif not stop["ring"]:
                out["keyboard"].append(f"{url}: no visible focus ring on {stop['name']}")
        if stop["took"] and not stop["onScreen"]:
            out["keyboard"].append(f"{at}: focus goes off-screen to {stop['name']}")
        if stop["covered"] >= 1:
            out["obscured"].append(
                f"{at}: focus on {stop['name']} is completely hidden by {', '.join(stop['by'])}"
                f" (SC 2.4.11; box {stop['top']}..{stop['bottom']}px)"
            )
        elif stop["covered"] > 0:
            out["obscured"].append(
                f"{at}: focus on {stop['name']} is partly hidden by {', '.join(stop['by'])}"
                f" (SC 2.4.12; about {stop['covered']:.0%} of it, box {stop['top']}..{stop['bottom']}px)"
            )
    if result["swallowed"]:
        points = ", ".join(result["swallowed"][:4])
        out["tap"].append(
            f"{at}: {len(result['swallowed'])} taps beside the bar's buttons land on its empty area, not the page: {points}"
        )
    return out


# seen.js fits the bar one frame after a size change and measures it again: after a resize, two
# frames, then more until the bar's size and the page's scroll padding stay the same for a frame.
RESIZED = """async () => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const bar = document.querySelector('.seen-quick-exit');
  const state = () => [innerWidth, innerHeight, getComputedStyle(document.documentElement).scrollPaddingBottom,
    getComputedStyle(document.documentElement).getPropertyValue('--seen-bar-height'),
    bar ? bar.getBoundingClientRect().height : 0, bar ? bar.className : ''].join(' ');
  await frame(); await frame();
  for (let last = state(), i = 0; i < 60; i++) { await frame(); const now = state(); if (now === last) return; last = now; }
}"""

# The first focus stop in document order is the skip link (where the first Tab goes: the real key
# is pressed at the width the page is loaded at; tab_order holds Tab to document order).
FIRST_IS_SKIP = (
    STOPS + "(() => { const first = focusStops()[0]; return !!first && first.classList.contains('md-skip'); })"
)

NARROW, WIDE = tuple(PHONES)  # each page is loaded at the narrow width and resized to the wide one
# In the dark scheme the focus walk (keyboard, focus hidden, taps) runs at these widths: the scheme
# changes colours only, and the narrow width is where the bar and header cover the most.
DARK_FOCUS = (NARROW,)


class _Pass:
    """One browser context of one scheme, with its listeners: console messages, script errors and
    requests to other origins go to the walk of the width the page is at when they happen."""

    def __init__(self, browser, base_url: str, scheme: str, walks: dict[tuple[str, str], Walk]) -> None:
        self.base_url, self.scheme, self.walks = base_url, scheme, walks
        own = urlsplit(base_url).netloc
        self.context = browser.new_context(viewport=PHONES[NARROW], color_scheme=scheme)
        self.page = page = self.context.new_page()
        page.add_init_script(CSP_LISTENER)
        # axe-core goes into every page as it loads (run through the DevTools protocol, like the CSP
        # listener, so the page's CSP stays on for everything else): sending and compiling its 500 KB
        # with an evaluate after each load cost about 0.2 s a page.
        page.add_init_script(AXE.read_text(encoding="utf-8"))
        self.requests = Requests(page)
        self.url, self.phone = "", NARROW
        page.on(
            "request",
            lambda r: (
                urlsplit(r.url).netloc != own
                and urlsplit(r.url).scheme not in {"data", "blob"}
                and self.add("other origin", f"{self.url}: request to {r.url}")
            ),
        )
        page.on(
            "console",
            lambda m: m.type in {"error", "warning"} and self.add("console", f"{self.url}: console {m.type}: {m.text}"),
        )
        page.on("pageerror", lambda e: self.add("console", f"{self.url}: script error: {e}"))

    @property
    def walk(self) -> Walk:
        return self.walks[(self.phone, self.scheme)]

    def add(self, check: str, line: str) -> None:
        self.walk.failures[check].append(line)

    def load(self, url: str) -> None:
        self.url = url
        self.resize(NARROW)
        self.page.goto(self.base_url + url.lstrip("/"), wait_until="load")

    def resize(self, phone: str) -> None:
        """The page at this phone's size (a resize if it is not), refitted, at the top."""
        if self.phone != phone:
            self.page.set_viewport_size(PHONES[phone])
            self.phone = phone
            self.page.evaluate(RESIZED)
        self.page.evaluate("window.scrollTo(0, 0)")

    def zoom_text(self) -> None:
        """Text at 200% from now on (the theme's base doubled), the bar refitted to it."""
        self.page.add_style_tag(content=ZOOM_200)
        self.page.evaluate(RESIZED)
        self.page.evaluate("window.scrollTo(0, 0)")

    def axe_and_fit(self, rules: list[str] | None) -> None:
        """axe-core (every rule of AXE_TAGS, or only `rules`), reflow and target size, at this width."""
        self.walk.pages += 1
        result = self.page.evaluate(AXE_RUN, {"tags": AXE_TAGS, "rules": rules})
        for v in result["violations"]:
            targets = [n["target"] for n in v["nodes"]][:5]
            self.add("axe", f"{self.url}: axe {v['id']}: {v['help']} at {targets}")
        checks = self.page.evaluate(JS_CHECKS)
        if checks["overflow"] > 0:
            self.add("reflow", f"{self.url}: scrolls sideways by {checks['overflow']}px")
        for target in checks["small"]:
            self.add("targets", f"{self.url}: target under 24x24 without spacing: {target}")

    def quick_exit(self) -> None:
        for fraction in (0, 0.5, 1):
            state = self.page.evaluate(QUICK_EXIT, fraction)
            if not (state["inside"] and state["onTop"] and state["w"] >= 44 and state["h"] >= 44):
                self.add("quick exit", f"{self.url} at {fraction:.0%} scroll: {state}")
        self.page.evaluate("window.scrollTo(0, 0)")

    def focus(self, *, first_tab: bool = False, zoomed: bool = False) -> None:
        """The focus walk at this width (keyboard, focus hidden, taps). `first_tab`: press the real
        Tab first (right after the load: it also puts the page in keyboard mode, as a reader's would);
        otherwise the first stop in document order must be the skip link."""
        if zoomed:
            first_is_skip = None
        elif first_tab:
            self.page.keyboard.press("Tab")
            first_is_skip = self.page.evaluate(
                "() => !!document.activeElement && document.activeElement.classList.contains('md-skip')"
            )
        else:
            first_is_skip = self.page.evaluate(FIRST_IS_SKIP)
        walked = self.page.evaluate(FOCUS_WALK)
        self.walk.stops += len(walked["stops"])
        for check, lines in focus_failures(self.url, walked, zoomed=zoomed, first_is_skip=first_is_skip).items():
            self.walk.failures[check] += lines
        self.page.evaluate("window.scrollTo(0, 0)")

    def zoom(self) -> None:
        """Text at 200% (the style already added): no sideways scroll, nothing cut off, focus walk."""
        overflow = self.page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        if overflow > 0:
            self.add("zoom", f"{self.url}: at 200% text, scrolls sideways by {overflow}px")
        for clipped in self.page.evaluate(CLIPPED):
            self.add("zoom", f"{self.url}: at 200% text, {clipped} cuts off its text")
        self.focus(zoomed=True)

    def settled(self) -> None:
        """Everything the checks set off has loaded or run: the CSP violations so far are this width's."""
        settle(self.page, self.requests)
        for violation in self.page.evaluate("() => window.__csp.splice(0)"):
            self.add("csp", f"{self.url}: {violation}")

    def close(self) -> None:
        self.phone = NARROW
        for cookie in self.context.cookies():
            self.add("cookie", f"after every page: cookie {cookie['name']} for {cookie['domain']}")
        self.context.close()


def light_page(run: _Pass, url: str) -> None:
    """A page in the light scheme: every check at the narrow width, then resized to the wide one and
    every check a width can change again (all of axe: a media query at 22.4em changes the header),
    then text at 200% at both widths."""
    run.load(url)
    run.axe_and_fit(None)
    run.quick_exit()
    run.focus(first_tab=True)
    run.settled()
    run.resize(WIDE)
    run.axe_and_fit(None)
    run.focus()
    run.zoom_text()
    run.zoom()
    run.settled()
    run.resize(NARROW)
    run.zoom()
    run.settled()


def dark_page(run: _Pass, url: str) -> None:
    """A page in the dark scheme, which changes colours only: axe's colour rules, reflow and target
    size at both widths, the focus walk at DARK_FOCUS's."""
    run.load(url)
    run.axe_and_fit(COLOUR_RULES)
    run.focus(first_tab=True)
    run.settled()
    run.resize(WIDE)
    run.axe_and_fit(COLOUR_RULES)
    if WIDE in DARK_FOCUS:
        run.focus()
    run.settled()


def walk_every_page(browser, base_url: str, urls: list[str]) -> dict[tuple[str, str], Walk]:
    """Load each page once per scheme, with the page's own CSP enforced, and run every per-page check
    on it at both phone widths (a resize, not a second load). The walks by (phone, scheme)."""
    walks = {(phone, scheme): Walk(phone, scheme) for scheme in SCHEMES for phone in PHONES}
    for scheme, visit in (("light", light_page), ("dark", dark_page)):
        run = _Pass(browser, base_url, scheme, walks)
        try:
            for url in urls:
                visit(run, url)
        finally:
            run.close()
    return walks


@dataclass(frozen=True)
class PageCheck:
    """Another check run in the walks' browsers after the walk (support.walk.also)."""

    visit: Callable[[Any, str, Any, list[str]], Any]  # (page, base_url, item, every url) -> the item's result
    setup: Callable[[Any], None] | None  # given the page once, before the first visit
    options: dict  # the browser context's options (viewport, JavaScript off, ...)
    module: str  # the test file that registered it: its tests read it
    items: tuple | None  # what it visits: every page (None), or these (query sets, say)


_checks: dict[str, PageCheck] = {}


def also(
    name: str, visit: Callable[[Any, str, Any, list[str]], Any], *, items=None, setup=None, **options: Any
) -> None:
    """Register another check under `name`, run in the background in the walks' browsers once they
    have walked their pages: `visit(page, base_url, item, every)` for each item (every page's url,
    or each of `items`; `every`: all the pages walked, for a check that treats some apart), in a
    context made with `options`, its page given to `setup` first. A test of the registering file
    takes the results, in the items' order, with the `page_checks` fixture: `page_checks.results(name)`."""
    caller = inspect.currentframe().f_back.f_code.co_filename
    _checks[name] = PageCheck(
        visit, setup, options, str(Path(caller).resolve()), None if items is None else tuple(items)
    )


def checks_for(items) -> list[str]:
    """The registered checks the selected tests read (a test of the registering file asks for the
    `page_checks` fixture), in the order the tests come."""
    names: list[str] = []
    for item in items:
        if "page_checks" in item.fixturenames:
            module = str(Path(item.path).resolve())
            names += [name for name, check in _checks.items() if check.module == module and name not in names]
    return names


def run_check(check: PageCheck, browser, base_url: str, items: list, every: list[str]) -> list:
    context = browser.new_context(**check.options)
    try:
        page = context.new_page()
        if check.setup:
            check.setup(page)
        return [check.visit(page, base_url, item, every) for item in items]
    finally:
        context.close()


class Walks:
    """Every page walked once per session, in both schemes at both widths, then the other checks
    the selected tests read (`also`).

    `start()` (or the first result a test asks for) starts `parallel` threads, each with its own
    Chromium and server, and deals out the pages (and each check's items) to them: every
    `parallel`-th one (heavy pages sit together in the list). One page at a time keeps one core
    busy, so two side by side keep both cores of a small machine busy. Each thread walks its pages,
    then runs each check on its share, in the order given.
    `close()` (the fixture's teardown) drops what has not started and waits for the rest."""

    def __init__(
        self, root: Path, urls: list[str], *, parallel: int = 2, walk: bool = True, checks: list[str] | None = None
    ) -> None:
        self._root, self._urls, self._parallel = root, urls, parallel
        self._steps = (["walk"] if walk else []) + list(_checks if checks is None else checks)
        self._pool = ThreadPoolExecutor(max_workers=parallel, thread_name_prefix="walk")
        self._threads: list[dict[str, Future]] = []
        self._walks: dict[tuple[str, str], Walk] | None = None

    def _items(self, step: str) -> list:
        items = _checks[step].items if step != "walk" else None
        return self._urls if items is None else list(items)

    def start(self) -> None:
        """Start walking every page, not waiting."""
        if self._threads:
            return
        for i in range(self._parallel):
            self._threads.append({step: Future() for step in self._steps})
            self._pool.submit(self._run, i, self._threads[-1])

    def _run(self, i: int, steps: dict[str, Future]) -> None:
        """Thread `i`: its pages walked, then each check on its share, each step's result set as it is done."""
        from playwright.sync_api import sync_playwright

        from support.browser import launch

        try:
            # Served as the deploy/ recipes host the site: the theme's fingerprinted files kept a
            # year, the rest checked with a short 304, so the walk spends its time on the pages.
            with sync_playwright() as playwright, serve(self._root, host_caching=True) as base_url:
                browser = launch(playwright)
                try:
                    for step, future in steps.items():
                        if not future.set_running_or_notify_cancel():
                            continue
                        share = self._items(step)[i :: self._parallel]
                        try:
                            if step == "walk":
                                future.set_result(walk_every_page(browser, base_url, share))
                            else:
                                future.set_result(run_check(_checks[step], browser, base_url, share, self._urls))
                        except BaseException as error:  # handed to the test that reads it
                            future.set_exception(error)
                finally:
                    browser.close()
        except BaseException as error:  # the browser did not start: every step fails
            for future in steps.values():
                if not future.done():
                    future.set_exception(error)

    def _results(self, step: str) -> list:
        if step not in self._steps:
            raise AssertionError(f"{step!r} was not started: its test file reads it through `page_checks`")
        self.start()
        return [steps[step].result() for steps in self._threads]

    def __call__(self, phone: str, scheme: str) -> Walk:
        if self._walks is None:
            merged = {key: Walk(*key) for key in [(p, s) for s in SCHEMES for p in PHONES]}
            for walks in self._results("walk"):
                for key, walk in walks.items():
                    merged[key].pages += walk.pages
                    merged[key].stops += walk.stops
                    for check, lines in walk.failures.items():
                        merged[key].failures[check] += lines
            self._walks = merged
        return self._walks[(phone, scheme)]

    def results(self, name: str) -> list:
        """Check `name`'s result for each of its items (every page, in the order the walks were
        given them, or its own items in their order)."""
        items = self._items(name)
        found = {}
        for i, results in enumerate(self._results(name)):
            found.update(zip(items[i :: self._parallel], results, strict=True))
        return [found[item] for item in items]

    def close(self) -> None:
        for steps in self._threads:
            for future in steps.values():
                future.cancel()
        self._pool.shutdown(wait=True)
