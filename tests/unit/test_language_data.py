"""A language is data (seen.content.languages): its folder data/<code>/ makes it an edition."""

from __future__ import annotations

from seen.content.languages import editions, in_language_folder, language_folders, missing_language_folder, prose_pages
from support.project import ROOT


def test_the_projects_language_folders_are_the_data_folders_with_a_ui_yml(tmp_path) -> None:
    assert language_folders(ROOT) == {"es"}  # data/schema/ has no ui.yml
    (tmp_path / "data" / "fr").mkdir(parents=True)
    (tmp_path / "data" / "fr" / "ui.yml").write_text("language: fr\n", encoding="utf-8")
    (tmp_path / "data" / "brand").mkdir()
    assert language_folders(tmp_path) == {"fr"}
    assert in_language_folder("fr/about.md", {"fr"}) and not in_language_folder("signs/fr.md", {"fr"})


def test_the_source_editions_prose_leaves_every_language_folder_out() -> None:
    pages = prose_pages(ROOT / "docs", {"es"})
    assert "about.md" in pages and not any(page.startswith("es/") for page in pages)


def test_a_language_without_its_data_folder_is_one_line_naming_the_setting(tmp_path) -> None:
    assert missing_language_folder(ROOT, ["en", "es"]) is None
    assert missing_language_folder(tmp_path, ["en"]) is None  # the source language's data is data/ itself
    line = missing_language_folder(ROOT, ["en", "es", "fr"])
    assert line == (
        'data/practice.yml: field "languages": expected a folder data/fr/ for "fr" (ui.yml, signs.yml, effects.yml, '
        "steps.yml, safety.yml, search.yml, help-lines.yml, as in data/es/) and its pages in docs/fr/, "
        "found no such folder"
    )
    (tmp_path / "data" / "fr").mkdir(parents=True)
    assert missing_language_folder(tmp_path, ["fr"]).endswith("found a folder without ui.yml")  # type: ignore[union-attr]


def test_editions_carry_each_languages_own_name_and_locale() -> None:
    first, second = editions(["es", "fr"], {"es": ("Español", "es"), "fr": ("Français", "fr-FR")})
    assert (first.prefix, first.name, second.prefix, second.name, second.locale) == (
        "",
        "Español",
        "fr/",
        "Français",
        "fr-FR",
    )
