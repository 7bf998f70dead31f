"""A practice makes the guide theirs in one file, and hosts it anywhere (a sub-path, or files).

The practice's guide is built once per session (conftest.py: `branded`); in a browser, under a
sub-path and as files: tests/browser/test_practice_browser.py."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit
from urllib.request import urlopen

import pytest
import yaml
from bs4 import BeautifulSoup

from support import prebuild
from support.practice import BASE, FIXTURE
from support.project import BuildResult, copy_project, run_build
from support.project_check import check_project, data_copy

SETTINGS = yaml.safe_load((FIXTURE / "practice.yml").read_text(encoding="utf-8"))


def read(site: Path, url: str) -> BeautifulSoup:
    path = site / url.strip("/") / "index.html" if not url.endswith(".html") else site / url.strip("/")
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def pages(site: Path) -> list[str]:
    return ["/" + p.relative_to(site).as_posix().removesuffix("index.html") for p in sorted(site.rglob("*.html"))]


def test_name_logo_and_favicon_show_on_every_page(branded: Path) -> None:
    for url in pages(branded):
        page = read(branded, url)
        assert page.title.get_text().endswith("Harbour Counseling") or page.title.get_text() == "Harbour Counseling", (
            url
        )
        assert "Harbour Counseling" in page.select_one(".md-header__topic").get_text(), url
        # 404.html links from the site's root path, so that it works at any depth.
        prefix = "es/" if url.startswith("/es/") else ""
        root = "http://x" + (BASE + prefix if url.endswith("/404.html") else "/" + prefix)
        logo = page.select_one(".md-header .md-logo img")
        assert logo and urljoin("http://x" + url, logo["src"]) == root + "assets/practice/logo.svg", url
        icon = page.select_one('link[rel="icon"]')
        assert urljoin("http://x" + url, icon["href"]) == root + "assets/practice/favicon.png", url
    assert (branded / "assets/practice/logo.svg").read_bytes() == (FIXTURE / "logo.svg").read_bytes()
    assert (branded / "assets/practice/favicon.png").read_bytes() == (FIXTURE / "favicon.png").read_bytes()


def test_footer_lines_on_every_page(branded: Path) -> None:
    footer = SETTINGS["footer"]
    for url in pages(branded):
        text = read(branded, url).select_one(".md-footer").get_text(" ", strip=True)
        lines = footer["lines"] if not url.startswith("/es/") else SETTINGS["by_language"]["es"]["footer_lines"]
        for line in [footer["legal_name"], footer["registration"], *lines]:
            assert line in text, f"{url}: {line}"


def test_spanish_pages_get_the_practices_spanish_settings(branded: Path) -> None:
    """by_language: es: replaces the hours, footer lines and help lines on Spanish pages only."""
    spanish = SETTINGS["by_language"]["es"]
    page = read(branded, "/es/signs/gaslighting/")
    assert spanish["contact_hours"] in page.select_one(".seen-talk").get_text()
    help_text = page.select_one(".seen-help").get_text(" ", strip=True)
    assert "Llama al 988 y marca 2" in help_text and "Call 988" not in help_text
    assert page.select_one('.seen-help a[href^="sms:988"]')["href"].endswith("AYUDA")
    english = read(branded, "/signs/gaslighting/")
    assert "Monday to Friday" in english.select_one(".seen-talk").get_text()
    assert "Llama al 988" not in english.get_text()


def test_talk_to_us_on_entry_pages_and_get_help(branded: Path) -> None:
    for url in ["/signs/gaslighting/", "/effects/exhaustion/", "/steps/ask-clearly/", "/get-help/"]:
        block = read(branded, url).select_one(".seen-talk")
        assert block, url
        assert "Talk to Harbour Counseling" in block.get_text()
        assert block.select_one('a[href="tel:+15550104477"]').get_text() == "(555) 010-4477"
        assert block.select_one('a[href="mailto:hello@example-counseling.com"]')
        assert block.select_one('a[href="https://example-counseling.com/book"]')  # the practice's own site
        assert "Monday to Friday" in block.get_text()


def test_colours_reach_the_theme_in_light_and_dark(branded: Path) -> None:
    # At the end of the cached style sheet, after the theme's (seen.finish.icons), not in every page.
    assert not read(branded, "/").find("style", string=re.compile("--seen-primary"))
    sheet = (branded / "assets" / "seen.css").read_text(encoding="utf-8")
    style = sheet[sheet.rindex(":root,") :].split(".seen-i{")[0]
    style = re.sub(r"\s+", "", style).replace('"', "")
    light, dark = style.split("[data-md-color-scheme=slate]")
    assert "--md-primary-fg-color:#5b2a86" in light and "--md-accent-fg-color:#9c2d12" in light
    assert "--md-primary-fg-color:#5b2a86" in dark
    assert "#5b2a86" not in dark.split("--md-typeset-a-color:")[1].split(";")[0], "dark links use a light tint"


def test_help_lines_and_quick_exit_come_from_the_practice(branded: Path) -> None:
    page = read(branded, "/signs/gaslighting/")
    numbers = {a["href"] for a in page.select(".seen-help a[href^='tel:']")}
    assert numbers == {"tel:911", "tel:988"}
    assert page.select_one("[data-seen-exit]")["href"] == "https://www.weather.gov/"
    assert page.select_one("[data-seen-quick-exit]")["data-seen-discreet-history"] == "true"


def test_addresses_are_absolute_under_the_practice_site_url(branded: Path) -> None:
    page = read(branded, "/signs/gaslighting/")
    assert page.select_one('link[rel="canonical"]')["href"] == SETTINGS["site_url"] + "signs/gaslighting/"
    sitemap = (branded / "sitemap.xml").read_text(encoding="utf-8")
    locations = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    assert locations and all(loc.startswith(SETTINGS["site_url"]) for loc in locations)


def _build_neutral(folder: Path) -> BuildResult:
    project = copy_project(folder / "project")
    (project / "data" / "practice.yml").unlink()
    return run_build(project)


prebuild.recipe("neutral", _build_neutral)  # started in the background (support/prebuild.py)


@pytest.fixture(scope="module")
def neutral(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The guide built with no data/practice.yml at all."""
    result = prebuild.result("neutral", tmp_path_factory)
    assert result.returncode == 0, result.output
    return result.site


def settings_read(target: Path, content: str | None):
    """The practice settings the build's early checks read from `content` (None: no file), in a
    project copy made in `target`."""
    project = data_copy(target)
    settings = project / "data" / "practice.yml"
    if content is None:
        settings.unlink()
    else:
        settings.write_text(content, encoding="utf-8")
    checked = check_project(project)
    assert checked.error is None, checked.error
    return [guide.practice for guide in checked.guides]


@pytest.mark.parametrize("content", [None, "", "# nothing set yet\n"])
def test_missing_or_empty_settings_give_a_neutral_guide(neutral: Path, tmp_path: Path, content: str | None) -> None:
    """An empty file, or one with only a comment, reads exactly as no file (in-process, through the
    build's early checks); the guide built with no file (once per module) is neutral."""
    assert settings_read(tmp_path / "given", content) == settings_read(tmp_path / "missing", None)
    page = read(neutral, "/signs/gaslighting/")
    assert "Seen" in page.select_one(".md-header__topic").get_text()
    assert page.select_one(".seen-talk") is None
    assert len(page.select(".seen-help a[href^='tel:']")) >= 8


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        wanted = {"a": "href", "link": "href", "script": "src", "img": "src"}.get(tag)
        for name, value in attrs:
            if name == wanted and value:
                self.found.append(value)


def test_every_link_and_asset_works_under_a_sub_path(sub_path_url: str) -> None:
    """Crawl from the guide's root, following every same-site link and asset."""
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(sub_path_url))
    queue, seen, broken = [sub_path_url], set(), []
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        if not url.startswith(sub_path_url):
            broken.append(f"{url} is outside {BASE}")
            continue
        try:
            with urlopen(url) as response:
                body = response.read()
                kind = response.headers.get("Content-Type", "")
        except Exception as error:
            broken.append(f"{url}: {error}")
            continue
        if "text/html" in kind:
            parser = _Links()
            parser.feed(body.decode("utf-8"))
            for link in parser.found:
                absolute = urljoin(url, link).split("#")[0]
                if absolute.startswith(origin):
                    queue.append(absolute)
    assert len(seen) > 35
    assert not broken, "\n".join(broken)
