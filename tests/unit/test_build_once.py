"""Work a bilingual build does once, not once per edition: each other language's data is read and
checked by the first edition's on_config and handed to that edition's own build, never to a later build."""

from __future__ import annotations

import seen.build
from seen.content.languages import building
from support.project import ROOT


def test_each_other_editions_guide_is_loaded_once_and_only_for_this_build(monkeypatch) -> None:
    from mkdocs.config import load_config

    loaded = []
    real = seen.build.load_edition

    def load_edition(root, docs, edition, icons, folders):
        loaded.append(edition.language)
        return real(root, docs, edition, icons, folders)

    monkeypatch.setattr(seen.build, "load_edition", load_edition)
    first = seen.build.start_build(load_config(str(ROOT / "mkdocs.yml")))
    other = first.editions[1]
    assert loaded == [first.edition.language, other.language]  # its own, then the other's check
    with building(other):
        nested = seen.build.start_build(load_config(str(ROOT / "mkdocs.yml"), site_url=first.root_url + other.prefix))
    assert nested.edition == other
    assert loaded == [first.edition.language, other.language]  # handed on, not read again
    assert nested.guide.ui.language == other.locale or nested.guide.ui.language.startswith(other.language)

    seen.build.start_build(load_config(str(ROOT / "mkdocs.yml")))  # the next build checks afresh...
    with building(other):  # ... and its other edition takes that check's guide, never this one's
        again = seen.build.start_build(load_config(str(ROOT / "mkdocs.yml"), site_url=first.root_url + other.prefix))
    assert again.guide is not nested.guide
    assert loaded == [first.edition.language, other.language] * 2
    with building(other):  # a guide is handed on once: a second build of that edition reads its data
        seen.build.start_build(load_config(str(ROOT / "mkdocs.yml"), site_url=first.root_url + other.prefix))
    assert loaded == [first.edition.language, other.language] * 2 + [other.language]
