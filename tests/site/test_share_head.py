"""What a shared link shows: every page's head, read from the build, with absolute addresses that
lead to real files; the sitemap and robots.txt; a permalink on every section heading."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from xml.etree import ElementTree

import pytest
import yaml
from bs4 import BeautifulSoup
from PIL import Image

from seen.content.practice import PLACEHOLDER_SITE_URL, Practice
from support import prebuild
from support.project import ROOT, BuildResult, Site, copy_project, edition_prefix, run_build

SITE_URL = PLACEHOLDER_SITE_URL  # data/practice.yml sets no site_url
KINDS = ("signs", "effects", "steps")
OG = (
    "og:type",
    "og:site_name",
    "og:locale",
    "og:title",
    "og:description",
    "og:url",
    "og:image",
    "og:image:width",
    "og:image:height",
    "og:image:alt",
)
# X (Twitter) falls back to og:title, og:description and og:image; its own tags would repeat them.
TWITTER = ("twitter:card", "twitter:image:alt")
TWITTER_FALLS_BACK = ("twitter:title", "twitter:description", "twitter:image")
NOT_SHARED = {"/404.html"}  # met at any broken address: no address of its own to share


def raw(name: str) -> object:
    return yaml.safe_load((ROOT / "data" / f"{name}.yml").read_text(encoding="utf-8"))


def meta(page: BeautifulSoup, key: str) -> str:
    """The content of a <meta property=...> or <meta name=...>; fails the test when missing."""
    tag = page.find("meta", attrs={"property": key}) or page.find("meta", attrs={"name": key})
    assert tag is not None and tag.get("content", "").strip(), f"no {key}"
    return tag["content"]


def json_ld(page: BeautifulSoup) -> dict:
    scripts = page.select('head script[type="application/ld+json"]')
    assert len(scripts) == 1
    return json.loads(scripts[0].string)


def shared_pages(site: Site) -> list[str]:
    return [url for url in site.html_pages() if url.removeprefix(edition_prefix(url)) not in NOT_SHARED]


def page_url(source: str) -> str:
    """docs/about.md -> /about/, docs/signs/index.md -> /signs/, docs/index.md -> /."""
    if source == "index.md" or source.endswith("/index.md"):
        return "/" + source.removesuffix("index.md")
    return "/" + source.removesuffix(".md") + "/"


def entries() -> list[tuple[str, dict]]:
    return [(kind, entry) for kind in KINDS for entry in raw(kind)]


def test_every_page_has_a_unique_title_and_description(site: Site) -> None:
    """Unique within its language (the home page of each is called by the site's name)."""
    titles, descriptions = Counter(), Counter()
    for url in site.html_pages():
        head = site.page(url).head
        titles[(edition_prefix(url), head.title.get_text(strip=True))] += 1
        descriptions[meta(head, "description")] += 1
    assert len(titles) >= 33
    assert not [t for t, n in titles.items() if n > 1], titles.most_common(3)
    assert not [d for d, n in descriptions.items() if n > 1], descriptions.most_common(3)


def test_every_page_has_canonical_open_graph_and_twitter_tags_with_absolute_urls(site: Site) -> None:
    for url in shared_pages(site):
        head = site.page(url).head
        canonical = head.select_one('link[rel="canonical"]')["href"]
        assert canonical == SITE_URL + url.lstrip("/"), url
        for key in OG + TWITTER:
            meta(head, key)
        assert meta(head, "og:url") == canonical, url
        assert meta(head, "og:site_name") == Practice().name  # data/practice.yml as shipped sets none
        assert meta(head, "og:locale") == ("es_US" if edition_prefix(url) else "en_US"), url
        assert meta(head, "twitter:card") == "summary_large_image"
        assert not any(head.find("meta", attrs={"name": key}) for key in TWITTER_FALLS_BACK), url
        assert meta(head, "og:image:alt") == meta(head, "twitter:image:alt"), url
        assert meta(head, "og:image").startswith(
            SITE_URL + edition_prefix(url).lstrip("/") + ("/" if edition_prefix(url) else "") + "assets/cards/"
        ), url


def test_every_preview_image_exists_at_its_stated_size_and_under_100_kb(site: Site) -> None:
    for url in shared_pages(site):
        head = site.page(url).head
        path = site.root / meta(head, "og:image").removeprefix(SITE_URL)
        assert path.is_file(), f"{url}: {path} missing"
        assert path.stat().st_size < 100_000, f"{url}: card is {path.stat().st_size} bytes"
        with Image.open(path) as image:
            assert image.format == "PNG"
            assert image.size == (int(meta(head, "og:image:width")), int(meta(head, "og:image:height"))) == (1200, 630)


def test_entry_previews_say_what_the_entry_is(site: Site) -> None:
    for kind, entry in entries():
        head = site.page(f"/{kind}/{entry['slug']}/").head
        assert head.title.get_text() == f"{entry['title']} - Seen"
        assert meta(head, "description") == entry["summary"]
        assert meta(head, "og:title") == entry["title"]
        assert meta(head, "og:description") == entry["summary"]
        assert meta(head, "og:type") == "article"
        assert entry["title"] in meta(head, "og:image:alt")


def test_prose_previews_use_their_description_front_matter(site: Site) -> None:
    for path in sorted((ROOT / "docs").rglob("*.md")):
        front = yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])
        url = page_url(path.relative_to(ROOT / "docs").as_posix())
        head = site.page(url).head
        assert meta(head, "description") == front["description"], url
        assert meta(head, "og:description") == front["description"], url
        assert meta(head, "og:type") == "website"
    assert meta(site.page("/").head, "og:title") == Practice().name  # data/practice.yml as shipped sets none


def test_structured_data_names_the_page_its_breadcrumbs_and_when_it_was_reviewed(site: Site) -> None:
    for url in shared_pages(site):
        graph = json_ld(site.page(url))
        assert graph["@context"] == "https://schema.org"
        page, trail = graph["@graph"]
        assert page["url"] == SITE_URL + url.lstrip("/")
        assert page["image"].startswith(SITE_URL)
        assert trail["@type"] == "BreadcrumbList"
        items = trail["itemListElement"]
        home = SITE_URL + ("es/" if edition_prefix(url) else "")
        assert items[0]["item"] == home and items[-1]["item"] == page["url"]
        assert [item["position"] for item in items] == list(range(1, len(items) + 1))
    for kind, entry in entries():
        page, trail = json_ld(site.page(f"/{kind}/{entry['slug']}/"))["@graph"]
        assert page["@type"] == "Article"
        assert page["headline"] == entry["title"]
        assert page["dateModified"] == entry["reviewed"].isoformat()
        assert [item["item"] for item in trail["itemListElement"]] == [
            SITE_URL,
            f"{SITE_URL}{kind}/",
            f"{SITE_URL}{kind}/{entry['slug']}/",
        ]
    assert json_ld(site.page("/about/"))["@graph"][0]["@type"] == "WebPage"


SCRIPT_IN_TITLE = "</script><script>alert(1)</script> & more"


def _build_script_in_title(folder: Path) -> BuildResult:
    project = copy_project(folder / "project")
    path = project / "data" / "signs.yml"
    signs = yaml.safe_load(path.read_text(encoding="utf-8"))
    signs[0]["title"] = SCRIPT_IN_TITLE
    path.write_text(yaml.safe_dump(signs, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return run_build(project)


prebuild.recipe("script_in_title", _build_script_in_title)  # started in the background (support/prebuild.py)


@pytest.fixture(scope="module")
def script_in_title(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    return prebuild.result("script_in_title", tmp_path_factory)


def test_structured_data_cannot_end_its_script_early(script_in_title: BuildResult) -> None:
    result = script_in_title
    assert result.returncode == 0, result.output
    signs = raw("signs")
    signs[0]["title"] = SCRIPT_IN_TITLE
    page = BeautifulSoup(
        (result.site / "signs" / signs[0]["slug"] / "index.html").read_text(encoding="utf-8"), "html.parser"
    )
    assert "<script>alert(1)" not in str(page)
    assert json_ld(page)["@graph"][0]["headline"] == signs[0]["title"]
    assert meta(page, "og:title") == signs[0]["title"]
    assert page.select_one(".seen-share")["data-share-title"] == signs[0]["title"]


@pytest.mark.parametrize("prefix", ["", "/es"])
def test_the_sitemap_lists_every_real_page_by_its_absolute_url(site: Site, prefix: str) -> None:
    """Each language's edition has its sitemap, and robots.txt names both."""
    tree = ElementTree.parse(site.root / prefix.lstrip("/") / "sitemap.xml")
    locations = [loc.text for loc in tree.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    pages = [url for url in shared_pages(site) if edition_prefix(url) == prefix]
    assert sorted(locations) == sorted(SITE_URL + url.lstrip("/") for url in pages)
    robots = (site.root / "robots.txt").read_text(encoding="utf-8").splitlines()
    assert f"Sitemap: {SITE_URL}{prefix.lstrip('/')}{'/' if prefix else ''}sitemap.xml" in robots


def test_robots_txt_points_at_the_sitemap(site: Site) -> None:
    lines = (site.root / "robots.txt").read_text(encoding="utf-8").splitlines()
    assert "User-agent: *" in lines
    assert f"Sitemap: {SITE_URL}sitemap.xml" in lines
    assert not [line for line in lines if line.startswith("Disallow: /") and line != "Disallow: "]


def test_every_section_heading_has_a_permalink(site: Site) -> None:
    for url in site.html_pages():
        for heading in site.page(url).select("article h2[id], article h3[id]"):
            link = heading.select_one("a.headerlink")
            assert link is not None and link["href"] == f"#{heading['id']}", f"{url}: {heading}"


def test_only_entry_pages_have_the_share_button(site: Site) -> None:
    """Its script is part of seen.js (cached from the first page), and does nothing without the button."""
    assert "[data-seen-share]" in (site.root / "assets" / "seen.js").read_text(encoding="utf-8")
    entry_urls = {f"{prefix}/{kind}/{entry['slug']}/" for kind, entry in entries() for prefix in ("", "/es")}
    for url in site.html_pages():
        page = site.page(url)
        assert not page.select('script[src*="share"], link[href*="share"]'), url
        buttons = page.select("button.seen-share__button")
        assert len(buttons) == (1 if url in entry_urls else 0), url
        for button in buttons:
            assert button["type"] == "button"
            assert "seen-screen-only" in button["class"]


def test_a_prose_page_without_a_description_stops_the_strict_build(project_copy: Path) -> None:
    about = project_copy / "docs" / "about.md"
    text = about.read_text(encoding="utf-8")
    about.write_text(text.replace(text.split("---\n")[1], "title: About\n", 1), encoding="utf-8")
    result = run_build(project_copy)
    assert result.returncode != 0
    # Checked before anything is written (seen.content.checks), not a strict warning after every page.
    errors = [line for line in result.output.splitlines() if line.startswith("ERROR")]
    assert errors == [
        'ERROR   -  docs/about.md: front matter "description": expected one sentence for previews and search '
        "results, found nothing"
    ], result.output


def test_a_guide_without_site_url_builds_for_the_placeholder_and_says_so_once(built) -> None:
    """data/practice.yml sets no site_url: a preview build succeeds (strict), with one warning."""
    warnings = [line for line in built.output.splitlines() if "placeholder" in line]
    assert len(warnings) == 1, built.output
    assert warnings[0].startswith("WARNING") and 'data/practice.yml: field "site_url"' in warnings[0]
    assert "previews, QR codes and the sitemap point nowhere" in warnings[0]
