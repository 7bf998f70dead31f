"""Language codes beyond two letters (pt-BR, zh-Hant, es-419): accepted in any case and read in
BCP 47's usual one; folders data/<code>/ and docs/<code>/, address /<code in lowercase>/, lunr's
stemmer by the base language; a malformed code, or one the theme has no words for, is one line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pydantic import ValidationError

from seen.content.languages import base_language, editions
from seen.content.models import standard_case
from seen.content.practice import Practice
from seen.finish.page_language import set_page_language
from seen.finish.theme_fixes import ThemeMarkupChanged
from seen.pages.settings import has_stemmer, language_settings
from seen.pages.social import og_locale
from support.project_check import check_project, data_copy

THEME = [str(Path(__import__("material").__file__).parent / "templates")]


@pytest.mark.parametrize(
    ("typed", "standard"),
    [
        ("pt-br", "pt-BR"),
        ("PT-BR", "pt-BR"),
        ("zh-hant", "zh-Hant"),
        ("ZH-tw", "zh-TW"),
        ("es-419", "es-419"),
        ("EN", "en"),
        ("sr-latn-rs", "sr-Latn-RS"),
    ],
)
def test_codes_are_read_in_their_usual_case(typed: str, standard: str) -> None:
    assert standard_case(typed) == standard
    practice = Practice.model_validate({"languages": ["de", typed], "by_language": {typed: {"contact_hours": "x"}}})
    assert practice.languages == ["de", standard] and list(practice.by_language) == [standard]


@pytest.mark.parametrize(
    "code", ["pt_BR", "portuguese", "p", "pt-", "pt-B", "pt-Brasil1", "zh-Hant-TW-x", "../es", "e s"]
)
def test_a_malformed_code_is_refused(code: str) -> None:
    with pytest.raises(ValidationError):
        Practice.model_validate({"languages": ["en", code]})


def test_each_edition_has_a_lowercase_address_and_its_folders_by_the_tag() -> None:
    first, second, third = editions(["en", "pt-BR", "zh-Hant"])
    assert (first.prefix, second.prefix, third.prefix) == ("", "pt-br/", "zh-hant/")
    assert second.data_label() == "data/pt-BR" and second.docs_label() == "docs/pt-BR"
    assert second.data_dir(Path("/p")) == Path("/p/data/pt-BR")


def test_the_theme_words_are_the_tags_and_the_stemmer_the_base_languages() -> None:
    assert base_language("pt-BR") == "pt" and base_language("zh-Hant") == "zh"
    settings = language_settings("pt-BR", THEME)
    assert settings.theme == {"language": "pt-BR"}
    assert settings.search == {"lang": ["pt"], "pipeline": ["stemmer"]}
    assert has_stemmer("pt-BR", THEME) and not has_stemmer("en-GB", THEME)
    with pytest.raises(ValueError, match=r'found "pt-PT"$'):
        language_settings("pt-PT", THEME)  # the theme has pt and pt-BR, not pt-PT


def test_open_graph_locales_keep_the_territory_and_drop_a_script() -> None:
    assert og_locale("pt-BR") == "pt_BR"
    assert og_locale("zh-Hant") == "zh"
    assert og_locale("zh-Hant-TW") == "zh_TW"
    assert og_locale("es") == "es_US"


def test_the_page_says_its_full_tag() -> None:
    page = '<!doctype html><html lang="pt" class="no-js"><head></head></html>'
    assert set_page_language(page, "pt-BR") == '<!doctype html><html lang="pt-BR" class="no-js"><head></head></html>'
    assert set_page_language(page, "pt") == page
    with pytest.raises(ThemeMarkupChanged):
        set_page_language("<html><head></head></html>", "pt-BR")


def test_the_edition_language_and_its_labels_agree(tmp_path: Path) -> None:
    project = data_copy(tmp_path / "project")
    shutil.copytree(project / "data" / "es", project / "data" / "pt-BR")
    shutil.copytree(project / "docs" / "es", project / "docs" / "pt-BR")
    ui = project / "data" / "pt-BR" / "ui.yml"
    ui.write_text(ui.read_text(encoding="utf-8").replace("language: es", "language: pt"), encoding="utf-8")
    (project / "data" / "practice.yml").write_text("languages: [en, pt-br]\n", encoding="utf-8")
    assert check_project(project).error == 'data/pt-BR/ui.yml: field "language": expected "pt-BR", found "pt"'
    ui.write_text(ui.read_text(encoding="utf-8").replace("language: pt", "language: pt-BR"), encoding="utf-8")
    checked = check_project(project)
    assert checked.error is None
    assert [guide.ui.language for guide in checked.guides] == ["en", "pt-BR"]
