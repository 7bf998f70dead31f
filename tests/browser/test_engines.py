"""The reader's flows in the two other engines most phones run: WebKit (every iPhone browser) and
Firefox, driven through WebDriver. Chromium runs the same flows in the other browser tests.

One session per engine for the whole file, at 390 x 844 (and 320 wide for sideways scrolling). The
site is built once with its exit address on a stand-in host that a local proxy answers, so nothing
leaves the machine. Under CI=true a missing engine fails; elsewhere it skips with the reason.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

from support import prebuild
from support.engines import ARRIVAL, LISTEN, NEUTRAL, firefox, outside_world, serve_reporting, webkit, workdir, xvfb
from support.project import KINDS, ROOT, BuildResult, Site, copy_project, raw, run_build
from support.search_box import _SETTLED

UI = {
    "en": yaml.safe_load((ROOT / "data" / "ui.yml").read_text(encoding="utf-8")),
    "es": yaml.safe_load((ROOT / "data" / "es" / "ui.yml").read_text(encoding="utf-8")),
}
SEARCHES = [
    ("en", "silent treatment", "/signs/silent-treatment/"),
    ("en", "he twists what happened and says I imagine it", "/signs/gaslighting/"),
    ("es", "ley del hielo", "/es/signs/silent-treatment/"),
    ("es", "que es gaslighting", "/es/signs/gaslighting/"),
]


def _build_engine_site(folder: Path) -> BuildResult:
    project = copy_project(folder / "project")
    settings = project / "data" / "practice.yml"
    practice = yaml.safe_load(settings.read_text(encoding="utf-8")) or {}  # as shipped: comments only
    practice.setdefault("quick_exit", {})["url"] = NEUTRAL
    settings.write_text(yaml.safe_dump(practice, allow_unicode=True), encoding="utf-8")
    return run_build(project)


prebuild.recipe("engine_site", _build_engine_site)  # started in the background (support/prebuild.py)


@pytest.fixture(scope="module")
def engine_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The guide built as it ships, but with the quick exit going to a host the local proxy answers."""
    result = prebuild.result("engine_site", tmp_path_factory)
    assert result.returncode == 0, result.output
    return result.site


@pytest.fixture(scope="module")
def served(engine_site: Path):
    with serve_reporting(engine_site) as (url, reports):
        yield url, reports


@pytest.fixture(scope="module")
def world() -> Iterator[tuple[int, list[str]]]:
    with outside_world() as (port, refused):
        yield port, refused


class Reader:
    """One engine's session, with the few moves the flows need."""

    def __init__(self, name: str, driver, base: str) -> None:
        self.name, self.driver, self.base = name, driver, base

    def size(self, width: int, height: int) -> None:
        if self.js("return innerWidth") != width:
            self.driver.set_window_size(width, height)
        try:  # the window manager answers a moment later
            self.wait(lambda: self.js("return innerWidth") == width, f"a {width} px wide page", timeout=5)
        except Exception:
            pytest.fail(
                f"{self.name}: asked for a {width} px wide page, got {self.js('return [innerWidth, innerHeight]')}"
            )

    def go(self, url: str) -> None:
        self.driver.get(url if "://" in url else self.base + url)
        self.listen()

    def listen(self) -> None:
        self.js(LISTEN, self.base + "__log")

    def js(self, script: str, *args):
        return self.driver.execute_script(script, *args)

    def find(self, css: str):
        from selenium.webdriver.common.by import By

        return self.driver.find_element(By.CSS_SELECTOR, css)

    def click(self, css: str) -> None:
        """Bring the element to the middle of the screen (clear of the bars), then click it."""
        element = self.find(css)
        self.js("arguments[0].scrollIntoView({block: 'center'})", element)
        element.click()

    def wait(self, condition, what: str, timeout: float = 10):
        from selenium.webdriver.support.ui import WebDriverWait

        return WebDriverWait(self.driver, timeout, poll_frequency=0.05).until(
            lambda _driver: condition(), f"{self.name}: {what}"
        )

    def path(self) -> str:
        return self.js("return location.pathname")


@pytest.fixture(scope="module", params=["webkit", "firefox"])
def reader(request: pytest.FixtureRequest, served, world, tmp_path_factory) -> Iterator[Reader]:
    base, reports = served
    port, _refused = world
    folder = workdir()
    if request.param == "webkit":
        from support.browser import require
        from support.engines import XVFB

        require(XVFB, "Xvfb (Debian package xvfb)")
        with xvfb() as display:
            driver = webkit(display, port, folder, (390, 844))
            try:
                yield Reader("WebKit", driver, base)
            finally:
                driver.quit()
    else:
        driver = firefox(port, folder)
        try:
            driver.set_window_size(390, 844)
            yield Reader("Firefox", driver, base)
        finally:
            driver.quit()


def test_pages_fit_a_phone_without_sideways_scrolling(reader: Reader) -> None:
    failures = []
    for width, height in ((320, 640), (390, 844)):
        reader.size(width, height)
        for url in ("", "signs/silent-treatment/", "check-in/", "es/", "es/signs/silent-treatment/"):
            reader.go(url)
            overflow = reader.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
            if overflow > 0:
                failures.append(f"{reader.name} {width} px {url or 'home'}: scrolls sideways by {overflow} px")
            bar = reader.js(
                """const links = [...document.querySelectorAll('.seen-quick-exit a')].map((a) => a.getBoundingClientRect());
                return {oneRow: links[0].bottom > links[1].top && links[1].bottom > links[0].top,
                        inside: links.every((r) => r.left >= 0 && r.right <= innerWidth && r.bottom <= innerHeight)};"""
            )
            if not (bar["oneRow"] and bar["inside"]):
                failures.append(
                    f"{reader.name} {width} px {url or 'home'}: the exit bar is not one row on screen: {bar}"
                )
    assert not failures, "\n".join(failures)


def arrive_and_read(reader: Reader) -> int:
    """Come from another site, then read two guide pages by following links."""
    reader.go(ARRIVAL)
    reader.go("")
    reader.click("article a[href$='signs/']")
    reader.wait(lambda: reader.path().endswith("/signs/"), "the signs page opens")
    reader.listen()
    reader.click(".seen-cards a[href*='silent-treatment']")
    reader.wait(lambda: reader.path().endswith("/signs/silent-treatment/"), "the sign page opens")
    reader.wait(lambda: reader.js("return document.readyState") == "complete", "the sign page loads")
    reader.listen()
    time.sleep(0.5)  # WebKit's page learns the history's new length a moment after the page loads
    return reader.js("return history.length")


@pytest.mark.parametrize("how", ["button", "shift x3"])
def test_quick_exit_leaves_at_once_and_adds_no_history(reader: Reader, how: str) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    reader.size(390, 844)
    before = arrive_and_read(reader)
    if how == "button":
        reader.click("[data-seen-exit]")
    else:
        # The keys go to the page: a click on words that are no link first. (A click on the heading
        # once landed on its "¶" permalink in WebKit, where the heading wraps differently: that
        # added a #fragment entry of the same page before the presses, and the exit rightly
        # replaced only that one, so Back showed the guide. Not the exit's fault: a page that does
        # nothing but location.replace behaves the same, and without that click all three engines
        # replace the guide page.)
        reader.click("article .seen-lead")
        assert reader.js("return [location.hash, history.length]") == ["", before], (
            f"{reader.name}: the click that gives the page the keys navigated"
        )
        for _ in range(3):  # three separate presses, as a person makes them
            ActionChains(reader.driver).key_down(Keys.SHIFT).key_up(Keys.SHIFT).perform()
    reader.wait(lambda: reader.driver.current_url == NEUTRAL, "the neutral page opens")
    reader.wait(lambda: reader.js("return document.readyState") == "complete", "the neutral page loads")
    time.sleep(0.5)  # as above: the history's length reaches the page a moment later
    after = reader.js("return history.length")
    assert after == before, f"{reader.name}: the guide page was not replaced ({before} entries, then {after})"
    reader.driver.back()
    reader.wait(lambda: reader.driver.current_url != NEUTRAL, "Back leaves the neutral page")
    assert "silent-treatment" not in reader.driver.current_url, f"{reader.name}: Back returned to the exited page"


def first_result(reader: Reader, page: str, query: str) -> str:
    reader.go(page)
    reader.click("[data-seen-search-open]")
    box = reader.find(".md-search__input")
    reader.wait(lambda: reader.js("return document.activeElement === arguments[0]", box), "search takes the focus")
    box.send_keys(query)
    reader.wait(lambda: reader.js("return document.querySelectorAll('.md-search-result__item').length > 0"), "results")
    reader.driver.execute_async_script(
        f"const done = arguments[arguments.length - 1]; ({_SETTLED})([400, 5000]).then(() => done());"
    )
    return reader.js(
        "const a = document.querySelector('.md-search-result__item a.md-search-result__link');"
        " return a ? new URL(a.href).pathname : null;"
    )


def test_search_finds_the_page_a_reader_means_in_both_languages(reader: Reader) -> None:
    reader.size(390, 844)
    failures = []
    for language, query, expected in SEARCHES:
        got = first_result(reader, "es/" if language == "es" else "", query)
        if got != expected:
            failures.append(f"{reader.name}: {query!r} first finds {got}, not {expected}")
    assert not failures, "\n".join(failures)


def test_check_in_shows_and_clears_results(reader: Reader) -> None:
    reader.size(390, 844)
    reader.go("check-in/")
    results = reader.find("[data-seen-results]")
    assert not results.is_displayed()
    boxes = reader.driver.find_elements("css selector", ".seen-check-in input[type=checkbox]")
    for box in (boxes[0], boxes[3]):
        reader.js("arguments[0].scrollIntoView({block: 'center'})", box)
        box.click()
    reader.wait(results.is_displayed, "results show after ticking")
    shown = reader.js(
        "return [...document.querySelectorAll('[data-seen-results] li')].filter((li) => li.getClientRects().length).length"
    )
    assert shown >= 2, f"{reader.name}: only {shown} results after two ticks"
    status = reader.find("[data-seen-status]").text
    assert status, f"{reader.name}: nothing announced after ticking"
    reader.click(".seen-check-in button[type=reset]")
    reader.wait(lambda: not results.is_displayed(), "results hide after clearing")
    assert not any(box.is_selected() for box in boxes)


def test_share_falls_back_to_copying_the_link(reader: Reader) -> None:
    reader.size(390, 844)
    for language, page in (("en", "signs/silent-treatment/"), ("es", "es/signs/silent-treatment/")):
        reader.go(page)
        if reader.js("return typeof navigator.share === 'function'"):
            pytest.skip(f"{reader.name} has a share sheet here: the copy fallback is not used")
        assert reader.find(".seen-share__button").is_displayed(), f"{reader.name}: no share button"
        reader.click(".seen-share__button")
        status = reader.find(".seen-share [role=status]")
        reader.wait(lambda: status.text == UI[language]["share"]["copied"], f"the copy is announced ({language})")  # noqa: B023


def test_language_switch_goes_to_the_same_page_in_the_other_language(reader: Reader) -> None:
    reader.size(390, 844)
    reader.go("signs/silent-treatment/")
    reader.click("a.seen-lang")
    reader.wait(lambda: reader.path() == "/es/signs/silent-treatment/", "the Spanish twin opens")
    assert reader.js("return document.documentElement.lang") == "es"
    reader.listen()
    reader.click("a.seen-lang")
    reader.wait(lambda: reader.path() == "/signs/silent-treatment/", "the English twin opens")


MAP_BOXES = """const boxes = [...document.querySelectorAll('ul.seen-map > li')];
const placed = boxes.filter((box) => {
  const icon = box.querySelector('.seen-map__icon'), r = box.getBoundingClientRect(), i = icon.getBoundingClientRect();
  const t = box.firstElementChild.getBoundingClientRect();
  return i.width >= 27 && i.height >= 27 && i.left >= r.left && i.right <= t.right && i.top >= r.top
    && i.bottom <= r.bottom && [getComputedStyle(icon, '::before')].some((m) => (m.maskImage || m.webkitMaskImage) !== 'none');
});
const box = document.getElementById(arguments[0]).parentElement;
return {boxes: boxes.length, placed: placed.length, overflow: document.documentElement.scrollWidth - innerWidth,
        lit: getComputedStyle(box).borderTopColor, plain: getComputedStyle(boxes[0]).borderTopColor,
        ringed: document.querySelectorAll('ul.seen-map > li.seen-map__near').length};"""


def test_the_map_draws_its_boxes_with_their_icons_and_lights_the_one_pointed_at(reader: Reader) -> None:
    """WebKit once misplaced the map's icons (drawn by the cached style sheet inside a picture): now
    each box is a list item, and its icon sits inside it, at its title's left, in every engine."""
    for width, height in ((320, 640), (390, 844)):
        reader.size(width, height)
        reader.go("map/#effects-low-mood")
        reader.wait(lambda: reader.js("return document.readyState") == "complete", "the map loads")
        found = reader.js(MAP_BOXES, "effects-low-mood")
        assert found["boxes"] == sum(len(raw(kind)) for kind in KINDS) and found["placed"] == found["boxes"], (
            reader.name,
            width,
            found,
        )
        assert found["overflow"] <= 0, (reader.name, width, found)
        assert found["lit"] != found["plain"] and found["ringed"] > 0, (reader.name, width, found)
    reader.size(390, 844)


_POLICY = re.compile(r'http-equiv="Content-Security-Policy" content="([^"]*)"')


def pages_to_visit(site: Site) -> list[str]:
    """Every page, but of the entry pages only one of each kind, language and Content-Security-Policy:
    the entry pages of a kind are drawn by one template with the same scripts, so another engine meets
    nothing new on the next one (an entry page with a policy of its own, an inline script the others do
    not have, is visited too). The Chromium walks load every page (tests/support/walk.py)."""
    kept, met = [], set()
    for url in site.html_pages():
        parts = url.strip("/").split("/")
        if url.endswith("/") and len(parts) >= 2 and parts[-2] in KINDS:
            policy = _POLICY.search(site.path_for(url).read_text(encoding="utf-8"))
            key = (tuple(parts[:-2]), parts[-2], policy.group(1) if policy else None)
            if key in met:
                continue
            met.add(key)
        kept.append(url)
    return kept


def test_every_page_loads_without_script_error_or_csp_violation(
    reader: Reader, served, world, engine_site: Path
) -> None:
    """Last in the file: the listener's and the browser's reports from every flow above, and from a
    visit to every page (pages_to_visit); nothing went to another site except the two stand-ins."""
    _base, reports = served
    _port, refused = world
    reader.size(390, 844)
    failures = []
    for url in pages_to_visit(Site(engine_site)):
        reader.go(url.lstrip("/"))
        # seen.js ran to its end: its last part shows one of the colour switch's buttons (the page
        # is sent with both hidden; a script error stops it sooner).
        if not reader.js("return !!document.querySelector('[data-md-component=palette] label:not([hidden])')"):
            failures.append(f"{reader.name} {url}: assets/seen.js did not finish")
    time.sleep(0.5)  # the last reports are on their way
    failures += [f"{reader.name} {item}" for item in reports.take()]
    # Firefox asks its maker's servers for settings whatever the page does (the proxy refuses them,
    # so nothing leaves); what a page asks for elsewhere is listed, and blocked by its CSP anyway.
    own = ("mozilla.com", "mozilla.net", "mozilla.org", "firefox.com")
    failures += [
        f"{reader.name}: request to another site: {address}"
        for address in refused
        if not urlsplit("//" + address.split("://")[-1]).hostname.endswith(own)
    ]
    refused.clear()
    assert not failures, "\n".join(failures)
