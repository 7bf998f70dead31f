"""The map page's hand-written parts and its marker (seen.pages.generated.insert_map), without a build.
The map on the built page: tests/site/test_map.py; what leads to what: tests/unit/test_map_references.py."""

from __future__ import annotations

import re

import pytest

from seen.content.guide import load_guide
from seen.content.icons import Icons, shipped_icon_dirs
from seen.pages.generated import has_map, insert_map
from seen.pages.templates import markdown_env
from support.project import KINDS, ROOT, raw


def test_the_map_template_holds_no_words_of_its_own() -> None:
    for name in ("map.md",):
        template = (ROOT / "overrides" / "entries" / name).read_text(encoding="utf-8")
        without_comments = re.sub(r"\{#.*?#\}", "", template, flags=re.DOTALL)
        text = re.sub(r"\{\{.*?\}\}|\{%.*?%\}|<[^>]+>", "", without_comments, flags=re.DOTALL)
        assert not re.search(r"[A-Za-z]{3,}", text), f"{name}: English words outside data/ui.yml: {text.strip()[:80]}"


def test_the_map_page_is_written_by_hand_only_around_its_marker() -> None:
    text = (ROOT / "docs" / "map.md").read_text(encoding="utf-8")
    assert text.count("<!-- guide:map -->") == 1
    assert "<svg" not in text and "](signs/" not in text, "the map itself comes from data, not from docs/"


def test_the_map_marker_is_replaced_once_with_links_from_where_the_page_sits() -> None:
    guide = load_guide(ROOT / "data")
    icon_dirs = shipped_icon_dirs()
    env = markdown_env([str(ROOT / "overrides"), str(icon_dirs[0].parent)], icons=Icons(tuple(icon_dirs)))
    hrefs = {f"{kind}/{e['slug']}.md": f"/{kind}/{e['slug']}/" for kind in KINDS for e in raw(kind)}
    page = "# Map\n\n<!-- guide:map -->\n\nAfter.\n"
    assert has_map(page) and not has_map("# No map\n<!-- guide:cards signs -->\n")
    assert insert_map("# No map\n", env=env, guide=guide, src_uri="x.md", hrefs=hrefs) == "# No map\n"
    nested = insert_map(page, env=env, guide=guide, src_uri="guide/map.md", hrefs=hrefs)
    assert "<!-- guide:map -->" not in nested and nested.endswith("\nAfter.\n")
    assert f'href="/signs/{raw("signs")[0]["slug"]}/"' in nested, "a box links its page by the resolved URL"
    assert f'href="#effects-{raw("effects")[0]["slug"]}"' in nested, "a link in a box leads to a box on the map"
    with pytest.raises(ValueError, match=r"^docs/map.md: expected one <!-- guide:map --> marker, found 2$"):
        insert_map(page + page, env=env, guide=guide, src_uri="map.md", hrefs=hrefs)
