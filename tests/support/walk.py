"""One walk of every built page per phone width and colour scheme, with every per-page check.

Loading 72 pages is what costs time in the browser tier, so each page is loaded once per
(width x scheme) pass and every check that reads a page runs on that one load: axe-core, reflow and
target size, the keyboard walk (skip link first, a visible ring on every stop, every stop reached,
none off-screen), focus not hidden by the fixed bar or header (WCAG 2.2 SC 2.4.11 and 2.4.12), taps
beside the bar's buttons reaching the page, the quick exit on top at every scroll position, console
messages, requests to other origins, cookies and Content Security Policy violations; in the light
passes also text at 200% (nothing cut off, no sideways scroll, focus still not hidden).

Each check's failures are kept apart (`Walk.failures[check]`), each line naming the page, so every
test in tests/browser/ that reads a walk fails with its own message.
"""

from __future__ import annotations

import time
from collections import defaultdict
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
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
AXE_RUN = """
async ({tags, rules}) => await axe.run(document, {
  runOnly: rules ? {type: 'rule', values: rules} : {type: 'tag', values: tags}, resultTypes: ['violations']})
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


def walk_every_page(browser, base_url: str, urls: list[str], *, phone: str, scheme: str) -> Walk:
    """Load each page once at this phone size and scheme, with the page's own CSP enforced, and run
    every per-page check on it."""
    walk = Walk(phone, scheme)
    own = urlsplit(base_url).netloc
    axe = AXE.read_text(encoding="utf-8")
    context = browser.new_context(viewport=PHONES[phone], color_scheme=scheme)
    page = context.new_page()
    page.add_init_script(CSP_LISTENER)
    # axe-core goes into every page as it loads (run through the DevTools protocol, like the CSP
    # listener, so the page's CSP stays on for everything else): sending and compiling its 500 KB
    # with an evaluate after each load cost about 0.2 s a page, a quarter of a dark pass.
    page.add_init_script(axe)
    current = {"url": ""}
    requests = Requests(page)

    def add(check: str, line: str) -> None:
        walk.failures[check].append(line)

    page.on(
        "request",
        lambda r: (
            urlsplit(r.url).netloc != own
            and urlsplit(r.url).scheme not in {"data", "blob"}
            and add("other origin", f"{current['url']}: request to {r.url}")
        ),
    )
    page.on(
        "console",
        lambda m: m.type in {"error", "warning"} and add("console", f"{current['url']}: console {m.type}: {m.text}"),
    )
    page.on("pageerror", lambda e: add("console", f"{current['url']}: script error: {e}"))
    light = scheme == "light"
    try:
        for url in urls:
            current["url"] = url
            page.goto(base_url + url.lstrip("/"), wait_until="load")
            walk.pages += 1

            result = page.evaluate(AXE_RUN, {"tags": AXE_TAGS, "rules": None if light else COLOUR_RULES})
            for v in result["violations"]:
                targets = [n["target"] for n in v["nodes"]][:5]
                add("axe", f"{url}: axe {v['id']}: {v['help']} at {targets}")
            checks = page.evaluate(JS_CHECKS)
            if checks["overflow"] > 0:
                add("reflow", f"{url}: scrolls sideways by {checks['overflow']}px")
            for target in checks["small"]:
                add("targets", f"{url}: target under 24x24 without spacing: {target}")

            if phone == "320x640" and light:
                for fraction in (0, 0.5, 1):
                    state = page.evaluate(QUICK_EXIT, fraction)
                    if not (state["inside"] and state["onTop"] and state["w"] >= 44 and state["h"] >= 44):
                        add("quick exit", f"{url} at {fraction:.0%} scroll: {state}")
                page.evaluate("window.scrollTo(0, 0)")

            # The first real Tab (which also puts the page in keyboard mode, as a reader's would).
            page.keyboard.press("Tab")
            first_is_skip = page.evaluate(
                "() => !!document.activeElement && document.activeElement.classList.contains('md-skip')"
            )
            walked = page.evaluate(FOCUS_WALK)
            walk.stops += len(walked["stops"])
            for check, lines in focus_failures(url, walked, zoomed=False, first_is_skip=first_is_skip).items():
                walk.failures[check] += lines

            if light:  # text at 200%: at both widths, once (the scheme does not move anything)
                page.evaluate("window.scrollTo(0, 0)")
                page.add_style_tag(content=ZOOM_200)
                overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
                if overflow > 0:
                    add("zoom", f"{url}: at 200% text, scrolls sideways by {overflow}px")
                for clipped in page.evaluate(CLIPPED):
                    add("zoom", f"{url}: at 200% text, {clipped} cuts off its text")
                zoomed = page.evaluate(FOCUS_WALK)
                walk.stops += len(zoomed["stops"])
                for check, lines in focus_failures(url, zoomed, zoomed=True, first_is_skip=None).items():
                    walk.failures[check] += lines

            settle(page, requests)
            for violation in page.evaluate("window.__csp"):
                add("csp", f"{url}: {violation}")
        for cookie in context.cookies():
            add("cookie", f"after every page: cookie {cookie['name']} for {cookie['domain']}")
    finally:
        context.close()
    return walk


def walk_in_own_browser(root: Path, urls: list[str], phone: str, scheme: str) -> Walk:
    """One pass in a Chromium of its own, started in this thread (Playwright's sync API drives a
    browser from the thread that started it), served as the deploy/ recipes host the site: the
    theme's fingerprinted files kept a year, the rest checked with a short 304, so the walk spends
    its time on the pages, not on the theme's files."""
    from playwright.sync_api import sync_playwright

    from support.browser import launch

    with sync_playwright() as playwright, serve(root, host_caching=True) as base_url:
        browser = launch(playwright)
        try:
            return walk_every_page(browser, base_url, urls, phone=phone, scheme=scheme)
        finally:
            browser.close()


class Walks:
    """Each (phone, scheme) pass run once per session.

    `start()` (or the first pass a test asks for) starts every pass of PHONES x SCHEMES, `parallel`
    at a time, each in its own thread and Chromium: a pass is one page at a time, so two passes side
    by side keep both cores of a small machine busy. A pass asked for that is not among those runs
    alone.
    `close()` (the fixture's teardown) drops the passes not started and waits for the others."""

    def __init__(self, root: Path, urls: list[str], *, parallel: int = 2) -> None:
        self._root, self._urls = root, urls
        self._pool = ThreadPoolExecutor(max_workers=parallel, thread_name_prefix="walk")
        self._passes: dict[tuple[str, str], Future] = {}

    def _start(self, key: tuple[str, str]) -> None:
        if key not in self._passes:
            self._passes[key] = self._pool.submit(walk_in_own_browser, self._root, self._urls, *key)

    def start(self) -> None:
        """Start every pass of PHONES x SCHEMES (in the order the tests read them), not waiting."""
        for each in [(p, s) for s in SCHEMES for p in PHONES]:
            self._start(each)

    def __call__(self, phone: str, scheme: str) -> Walk:
        if not self._passes:
            self.start()
        self._start((phone, scheme))
        return self._passes[(phone, scheme)].result()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
