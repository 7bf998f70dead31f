"""Pages made from data get their front matter from libyaml's writer where it is installed (faster):
the same text PyYAML's own writer gives, for every entry and for awkward values."""

from __future__ import annotations

import yaml

from seen.pages.generated import front_matter, theme_text

AWKWARD = ["b: c", "- d", "it's", '"q"', "ñandú", "", " lead", "trail ", "yes", "no", "1.0", "@x", "*y", "&z"]
AWKWARD += ["!w", "%p", "`b", "|", ">", "{", "[", "\t", "a\nb", "é" * 1200, "A &amp; B", "¿Qué?", "x" * 2000]


def _python_writer(meta: dict) -> str:
    return "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000) + "---\n\n"


def test_front_matter_is_what_pyyamls_own_writer_writes(guide) -> None:
    metas = [
        {"title": theme_text(entry.title), "description": theme_text(entry.summary)} for entry in guide.all_entries()
    ]
    metas += [{"title": value, "description": "x: y # z", "keywords": AWKWARD} for value in AWKWARD]
    for meta in metas:
        assert front_matter(meta) == _python_writer(meta)
    assert yaml.safe_load(front_matter(metas[-1]).strip("-\n")) == metas[-1]
