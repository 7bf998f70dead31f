"""A practice makes the guide theirs in one file, and hosts it anywhere (a sub-path, or files)."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit
from urllib.request import urlopen

import pytest
import yaml
from bs4 import BeautifulSoup

from support.project import ROOT, copy_project, run_build
from support.server import serve

FIXTURE = Path(__file__).parents[1] / "fixtures" / "practice"
SETTINGS = yaml.safe_load((FIXTURE / "practice.yml").read_text(encoding="utf-8"))
BASE = "/resources/guide/"


def practice_project(target: Path) -> Path:
    project = copy_project(target)
    shutil.copy(FIXTURE / "practice.yml", project / "data" / "practice.yml")
    (project / "branding").mkdir()
    for name in ("logo.svg", "logo.png", "favicon.png"):
        shutil.copy(FIXTURE / name, project / "branding" / name)
    return project


@pytest.fixture(scope="module")
def branded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    result = run_build(practice_project(tmp_path_factory.mktemp("practice") / "project"))
    assert result.returncode == 0, result.output
    return result.site


def read(site: Path, url: str) -> BeautifulSoup:
    path = site / url.strip("/") / "index.html" if not url.endswith(".html") else site / url.strip("/")
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def pages(site: Path) -> list[str]:
    return ["/" + p.relative_to(site).as_posix().removesuffix("index.html") for p in sorted(site.rglob("*.html"))]


def test_name_logo_and_favicon_show_on_every_page(branded: Path) -> None:
    for url in pages(branded):
        page = read(branded, url)
        assert page.title.get_text().endswith("Harbour Counseling") or page.title.get_text() == "Harbour Counseling", url
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
    style = read(branded, "/").find("style", string=re.compile("--seen-primary")).string
    style = re.sub(r"\s+", "", style).replace('"', "")  # as written or minified (hooks/seen/finish/weight.py)
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


@pytest.mark.parametrize("content", [None, "", "# nothing set yet\n"])
def test_missing_or_empty_settings_give_a_neutral_guide(tmp_path: Path, content: str | None) -> None:
    project = copy_project(tmp_path / "project")
    settings = project / "data" / "practice.yml"
    if content is None:
        settings.unlink()
    else:
        settings.write_text(content, encoding="utf-8")
    result = run_build(project)
    assert result.returncode == 0, result.output
    page = read(result.site, "/signs/gaslighting/")
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


@pytest.fixture(scope="module")
def sub_path_url(branded: Path) -> Iterator[str]:
    with serve(branded, base=BASE) as url:
        yield url


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
            with urlopen(url) as response:  # noqa: S310 - our own test server
                body = response.read()
                kind = response.headers.get("Content-Type", "")
        except Exception as error:  # noqa: BLE001 - every failure is a finding
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


def test_search_and_redirect_free_navigation_work_under_a_sub_path(browser, sub_path_url: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(sub_path_url + "signs/")
    page.locator("[data-seen-search-open]").click()
    page.keyboard.type("silence")
    page.wait_for_selector(".md-search-result__item")
    page.locator(".md-search-result__link").first.click()
    page.wait_for_load_state("load")
    assert BASE in page.url and page.locator("article h1").is_visible()
    context.close()


def test_the_offline_edition_works_from_files_with_search(browser, tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    shutil.copy(ROOT / "mkdocs-offline.yml", project / "mkdocs-offline.yml")
    result = run_build(project, project / "site-offline", "-f", str(project / "mkdocs-offline.yml"))
    assert result.returncode == 0, result.output
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    elsewhere: list[str] = []
    page.on("request", lambda r: None if r.url.startswith(("file:", "data:", "blob:", "about:")) else elsewhere.append(r.url))
    page.goto((project / "site-offline" / "signs" / "index.html").as_uri())
    page.locator(".seen-cards a").first.click()
    page.wait_for_load_state("load")
    assert page.url.endswith("/signs/gaslighting.html")
    page.locator("[data-seen-search-open]").click()
    page.keyboard.type("silence")
    page.wait_for_selector(".md-search-result__item")
    page.locator(".md-search-result__link").first.click()
    page.wait_for_load_state("load")
    assert page.url.startswith("file:") and page.locator("article h1").is_visible()
    # The Spanish edition too: the switcher, then Spanish search (stemmed) from the files.
    page.goto((project / "site-offline" / "signs" / "silent-treatment.html").as_uri())
    page.locator("a.seen-lang").click()
    page.wait_for_load_state("load")
    assert page.url.endswith("/es/signs/silent-treatment.html")
    page.locator("[data-seen-search-open]").click()
    page.keyboard.type("escucha")
    page.wait_for_selector(".md-search-result__item")
    hrefs = page.eval_on_selector_all(".md-search-result__link", "links => links.map((a) => a.href)")
    assert hrefs and all("/es/" in href for href in hrefs)
    # The urgent-help card works from the files too (search/seen-help.js, loaded when search opened).
    page.locator(".md-search__input").fill("")
    page.keyboard.type("me pegó")
    page.wait_for_selector("[data-seen-search-help] a[href^='tel:']")
    assert not elsewhere, elsewhere
    context.close()
    assert not elsewhere, elsewhere
