"""A practice's long name (40+ characters) and logo fit the header on phones (320-414 px), at normal
and 200% text, in both languages: every line of the name shows inside the header, nothing runs
under the buttons, nothing scrolls sideways, and the page starts below the header."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path

import pytest

from support import prebuild
from support.browser import open_page
from support.practice import SETTINGS, practice_project
from support.project import BuildResult, run_build
from support.server import serve

LONG_NAME = "Harbour Town Family and Couples Counseling Center"  # 49 characters
WIDTHS = (320, 360, 390, 414)

MEASURE = """() => {
  const header = document.querySelector(".md-header").getBoundingClientRect();
  const name = document.querySelector(".md-header__topic:first-child .md-ellipsis");
  const box = name.getBoundingClientRect();
  const range = document.createRange();
  range.selectNodeContents(name);
  const text = range.getBoundingClientRect();
  const buttons = [...document.querySelectorAll(".md-header__button, .md-header__option, .md-search")]
    .filter((el) => el.offsetParent !== null)
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0);
  const overlaps = buttons.filter((r) => !(r.right <= text.left + 1 || r.left >= text.right - 1 ||
    r.bottom <= text.top + 1 || r.top >= text.bottom - 1)).length;
  const h1 = document.querySelector("article h1, h1");
  return {
    text: name.textContent.trim(),
    inside: text.top >= header.top - 1 && text.bottom <= header.bottom + 1 && text.left >= -1 &&
      text.right <= document.documentElement.clientWidth + 1,
    clipped: name.scrollWidth > name.clientWidth + 1 || name.scrollHeight > box.height + 1,
    overlaps,
    sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    belowHeader: h1 ? h1.getBoundingClientRect().top >= header.bottom - 1 : true,
  };
}"""


def _build_long_name_url(folder: Path) -> BuildResult:
    settings = copy.deepcopy(SETTINGS) | {"name": LONG_NAME}
    return run_build(practice_project(folder / "project", settings))


prebuild.recipe("long_name_url", _build_long_name_url)  # started in the background (support/prebuild.py)


@pytest.fixture(scope="module")
def long_name_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    result = prebuild.result("long_name_url", tmp_path_factory)
    assert result.returncode == 0, result.output
    with serve(result.site) as url:
        yield url


@pytest.mark.parametrize("text_size", ["100%", "200%"])
def test_a_long_name_fits_the_header_on_phones(browser, long_name_url: str, text_size: str) -> None:
    failures = []
    for width in WIDTHS:
        context, page = open_page(browser, viewport={"width": width, "height": 800}, scheme="light")
        for url in ("", "signs/gaslighting/", "es/", "es/handout/"):
            page.goto(long_name_url + url, wait_until="load")
            if text_size == "200%":
                page.add_style_tag(content="html { font-size: 250% !important; }")  # theme's 125% base, doubled
            page.wait_for_timeout(50)
            found = page.evaluate(MEASURE)
            where = f"{width}px, {text_size} text, /{url}"
            if found["text"] != LONG_NAME:
                failures.append(f"{where}: the header shows {found['text']!r}")
            if not found["inside"]:
                failures.append(f"{where}: the name spills out of the header")
            if found["clipped"]:
                failures.append(f"{where}: the name is cut off")
            if found["overlaps"]:
                failures.append(f"{where}: the name runs under {found['overlaps']} header button(s)")
            if found["sideways"] > 0:
                failures.append(f"{where}: the page scrolls sideways by {found['sideways']}px")
            if not found["belowHeader"]:
                failures.append(f"{where}: the header covers the page's heading")
        context.close()
    assert not failures, "\n".join(failures)


def test_the_logo_is_named_and_links_back_to_the_practice(browser, long_name_url: str) -> None:
    context, page = open_page(browser, viewport={"width": 320, "height": 800}, scheme="dark")
    for url, words in (("", "Back to"), ("es/", "Volver a")):
        page.goto(long_name_url + url, wait_until="load")
        logo = page.locator(".md-header .md-logo")
        assert logo.is_visible()
        assert logo.get_attribute("href") == SETTINGS["website"]
        assert logo.locator("img").get_attribute("alt") == LONG_NAME
        back = page.locator(".seen-footer__website")
        assert back.get_attribute("href") == SETTINGS["website"] and back.inner_text() == f"{words} {LONG_NAME}"
    context.close()
