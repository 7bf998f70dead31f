"""What the build decides for each page, checked through the plain functions it calls (no build):
front matter as the theme prints it, template variables, alternates, previews, search, moved pages."""

from __future__ import annotations

import dataclasses
import html
from types import SimpleNamespace

import pytest
from markupsafe import Markup, escape

from seen.content.languages import editions
from seen.pages.cards import CardCache
from seen.pages.check_in import plan_check_in
from seen.pages.context import alternates, page_context, page_preview, theme_front_matter
from seen.pages.generated import MADE_PAGES, entry_path, generated_pages, section_index_path
from seen.pages.redirects import moved_pages
from seen.pages.social import Sharing
from seen.pages.templates import markdown_env, prepare_html_env
from seen.search.index import PageSearch, SearchIndexError, page_search
from support.project import ROOT

HOSTILE = '<script>alert("x")</script> & "quotes"'
SITE = "https://guide.example/"


# ---- on_page_markdown: front matter ----


def test_a_prose_pages_printed_front_matter_is_escaped_once() -> None:
    meta = {"title": HOSTILE, "description": "a < b", "subtitle": "&amp;", "keywords": ["x"], "template": "y"}
    printed = theme_front_matter(meta, made_from_data=False)
    assert printed == {"title": escape(HOSTILE), "description": "a &lt; b", "subtitle": "&amp;amp;"}
    assert all(isinstance(value, Markup) for value in printed.values())


def test_a_page_made_from_data_arrives_escaped_and_is_only_marked() -> None:
    escaped = html.escape(HOSTILE)
    printed = theme_front_matter({"title": escaped, "description": 3}, made_from_data=True)
    assert printed == {"title": escaped}, "values that are not text are left alone"
    assert isinstance(printed["title"], Markup)


# ---- on_page_context: what each page's template gets ----


def test_an_entry_gets_its_section_position_and_neighbours(guide) -> None:
    first, second = guide.signs[:2]
    pages = {path: f"page:{path}" for path in [entry_path(e) for e in guide.all_entries()]}
    pages |= {section_index_path(kind): f"page:{kind}" for kind in ("signs", "effects", "steps")}
    context = page_context(entry_path(second), entry=second, guide=guide, check_in=plan_check_in(guide), pages=pages)
    assert context["entry"] is second and context["section"] == guide.ui.section("signs")
    assert context["section_page"] == "page:signs"
    assert (context["position"], context["total"]) == (2, len(guide.signs))
    assert context["previous"] == (first, f"page:{entry_path(first)}")
    assert context["next"] == (guide.signs[2], f"page:{entry_path(guide.signs[2])}")
    first_context = page_context(entry_path(first), entry=first, guide=guide, check_in=None, pages=pages)
    assert first_context["previous"] is None


def test_made_pages_get_their_data_and_prose_pages_nothing(guide) -> None:
    check_in = plan_check_in(guide)
    assert set(MADE_PAGES) == {"check-in.md", "handout.md"}
    assert page_context("check-in.md", entry=None, guide=guide, check_in=check_in, pages={}) == {"check_in": check_in}
    handout = page_context("handout.md", entry=None, guide=guide, check_in=check_in, pages={})
    assert handout == {"signs": guide.signs, "steps": guide.steps}
    assert page_context("about.md", entry=None, guide=guide, check_in=check_in, pages={}) == {}


def test_alternates_point_to_the_same_page_in_every_edition() -> None:
    english, spanish = editions(["en", "es"], {"en": ("English", "en"), "es": ("Español", "es-MX")})
    found = alternates("signs/x/", edition=spanish, editions=[english, spanish], root_url=SITE)
    assert [(a["language"], a["url"], a["href"], a["current"]) for a in found] == [
        ("en", SITE + "signs/x/", "../../../signs/x/", False),
        ("es", SITE + "es/signs/x/", "./", True),
    ]
    home = alternates("", edition=english, editions=[english, spanish], root_url=SITE)
    assert [(a["href"], a["name"], a["og_locale"]) for a in home] == [
        (".", "English", "en_US"),
        ("es/", "Español", "es_MX"),
    ]


def test_one_edition_has_one_alternate_itself() -> None:
    (english,) = editions(["en"])
    assert [a["current"] for a in alternates("about/", edition=english, editions=[english], root_url=SITE)] == [True]


def _sharing(guide, tmp_path) -> Sharing:
    return Sharing(guide=guide, site_url=SITE, cards=CardCache(tmp_path / "cards"))


def test_a_prose_pages_preview_comes_from_its_title_and_description(guide, tmp_path, caplog) -> None:
    sharing = _sharing(guide, tmp_path)
    kwargs = {
        "entry": None,
        "src_uri": "about.md",
        "url": SITE + "about/",
        "title": "About &amp; us",
        "homepage": False,
    }
    preview = page_preview(sharing, meta={"description": "Who &lt;we&gt; are."}, fallback_description="F", **kwargs)
    assert (preview.title, preview.description, preview.type) == ("About & us", "Who <we> are.", "website")
    fallback = page_preview(sharing, meta={}, fallback_description="The site.", **kwargs)
    assert fallback.description == "The site."
    assert "docs/about.md: expected a description in the front matter" in caplog.text


def test_an_entrys_preview_comes_from_its_data(guide, tmp_path) -> None:
    sign = guide.signs[0]
    preview = page_preview(
        _sharing(guide, tmp_path),
        entry=sign,
        src_uri=entry_path(sign),
        url=SITE + f"signs/{sign.slug}/",
        title="ignored",
        meta={},
        homepage=False,
        fallback_description="",
    )
    if guide.practice.previews.discreet:
        assert preview.title == guide.practice.name
    else:
        assert (preview.title, preview.description) == (sign.title, sign.summary)
    assert preview.type == "article" and preview.url.endswith(f"/signs/{sign.slug}/")


# ---- search ----


def test_an_entry_is_found_by_its_data_as_one_result(guide) -> None:
    sign = guide.signs[0]
    found = page_search(entry_path(sign), entry=sign, meta={"keywords": "ignored"})
    assert found == PageSearch(keywords=tuple(sign.keywords), summary=sign.summary, whole_page=True)


def test_prose_keywords_must_be_a_list_of_phrases() -> None:
    found = page_search("about.md", entry=None, meta={"keywords": [" a phrase "], "description": "D &amp; E."})
    assert found == PageSearch(keywords=("a phrase",), summary="D & E.")
    assert page_search("about.md", entry=None, meta={}) == PageSearch()
    for bad in ("one, two", ["fine", ""], [3]):
        with pytest.raises(SearchIndexError, match='docs/about.md: front matter "keywords": expected a list'):
            page_search("about.md", entry=None, meta={"keywords": bad})


# ---- on_files: generated pages and moved pages ----


@pytest.fixture(scope="module")
def theme_dirs() -> list[str]:
    from mkdocs.config import load_config

    return load_config(str(ROOT / "mkdocs.yml")).theme.dirs


def test_every_entry_and_made_page_gets_markdown(guide, theme_dirs) -> None:
    from seen.content.icons import Icons, theme_icon_dirs

    env = markdown_env(theme_dirs, icons=Icons(tuple(theme_icon_dirs(theme_dirs))))
    pages = generated_pages(env, guide)
    assert set(pages) == {entry_path(e) for e in guide.all_entries()} | set(MADE_PAGES)
    sign = guide.signs[0]
    assert pages[entry_path(sign)].startswith(f"---\ntitle: {html.escape(sign.title)}\n")
    assert "template: check-in.html" in pages["check-in.md"]


def test_a_moved_page_sends_on_and_keeps_a_hostile_title_escaped(guide, theme_dirs, tmp_path) -> None:
    from mkdocs.config import load_config

    from seen.content.icons import Icons, theme_icon_dirs

    config = load_config(str(ROOT / "mkdocs.yml"))
    env = config.theme.get_env()
    icons = Icons(tuple(theme_icon_dirs(theme_dirs)))
    prepare_html_env(
        env,
        guide=guide,
        icons=icons,
        edition=editions(["en"])[0],
        project=ROOT,
        theme_bundle="assets/javascripts/bundle.min.js",
    )
    hostile = guide.signs[0].model_copy(update={"title": HOSTILE, "aliases": ["old-name"]})
    hostile_guide = dataclasses.replace(guide, signs=[hostile, *guide.signs[1:]])
    urls = {entry_path(hostile): f"signs/{hostile.slug}/"}
    for directory_urls, old in ((True, "signs/old-name/index.html"), (False, "signs/old-name.html")):
        pages = moved_pages(
            [hostile],
            env=env,
            sharing=_sharing(hostile_guide, tmp_path),
            urls=urls,
            directory_urls=directory_urls,
        )
        assert list(pages) == [old]
        page = pages[old]
        assert "<script>alert" not in page and f">{escape(HOSTILE)}</a>" in page
        target = f"../{hostile.slug}/" if directory_urls else f"{hostile.slug}/"
        assert f'content="0; url={target}"' in page, page


def test_entries_without_old_slugs_get_no_moved_page(guide, tmp_path) -> None:
    plain = [entry.model_copy(update={"aliases": []}) for entry in guide.signs]
    env = SimpleNamespace(get_template=lambda name: pytest.fail("nothing to draw"))
    assert moved_pages(plain, env=env, sharing=_sharing(guide, tmp_path), urls={}, directory_urls=True) == {}
