"""previews.discreet: a shared link shows only the practice's name and a neutral line, never its topic."""

from __future__ import annotations

import yaml
from bs4 import BeautifulSoup

from support.practice import DISCREET_NAME
from support.project import ROOT, BuildResult

KINDS = ("signs", "effects", "steps")
PREVIEW_KEYS = (
    "og:title",
    "og:description",
    "og:image:alt",
    "twitter:image:alt",
)


def content(page: BeautifulSoup, key: str) -> str:
    tag = page.find("meta", attrs={"property": key}) or page.find("meta", attrs={"name": key})
    return tag["content"]


def test_discreet_previews_show_only_the_name_and_a_neutral_line(discreet: BuildResult) -> None:
    """The discreet practice's guide (support.practice.discreet_project), built once per session."""
    result = discreet
    neutral = {
        language: yaml.safe_load((ROOT / "data" / folder / "ui.yml").read_text(encoding="utf-8"))["share"]["neutral"]
        for language, folder in (("en", ""), ("es", "es"))
    }
    topics = [
        entry[field]
        for folder in ("", "es")
        for kind in KINDS
        for entry in yaml.safe_load((ROOT / "data" / folder / f"{kind}.yml").read_text(encoding="utf-8"))
        for field in ("title", "summary")
    ]

    images, titles = set(), set()
    pages = list(result.site.rglob("index.html"))
    assert len(pages) >= 32
    for path in pages:
        page = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        language = page.html["lang"]
        titles.add((language, page.title.get_text()))
        assert content(page, "og:title") == DISCREET_NAME, path  # X reads og:title and og:description too
        assert content(page, "og:description") == neutral[language], path
        assert content(page, "og:site_name") == DISCREET_NAME
        images.add(content(page, "og:image"))
        shown = " ".join(content(page, key) for key in PREVIEW_KEYS)
        assert not [topic for topic in topics if topic in shown], path
        share = page.select_one("[data-seen-share]")
        if share is not None:  # the share sheet gets the same neutral words; the address stays
            assert (share["data-share-title"], share["data-share-text"]) == (DISCREET_NAME, neutral[language])
            assert share["data-share-url"] == content(page, "og:url")

    assert len(images) == 2, "every page shares one neutral card in its language"
    published = [p.name for folder in ("", "es") for p in (result.site / folder / "assets" / "cards").iterdir()]
    assert sorted(published) == sorted(image.rsplit("/", 1)[1] for image in images)
    assert len(titles) == len(pages), "the pages' own titles stay unique for readers and screen readers"
