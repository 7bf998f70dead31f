"""Help lines written without a language are the first language's. Every other edition shows the
guide's checked lines in its own language, and the build says so in one line (a note, not a
warning: the pages are right, only not the practice's own lines)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from seen.content.practice import Practice, help_fallback_message, words_fallback_message
from support.project_check import check_project, data_copy

CITY = {
    "region": "Harbour Town",
    "name": "Harbour Town crisis line",
    "calls": [{"label": "Call 555 0100", "number": "5550100"}],
    "hours": "24/7",
}
OWN = {"emergency": [{"region": "UK", "number": "999"}], "lines": [CITY]}


def _note(settings: dict, language: str) -> str | None:
    practice = Practice.model_validate(settings)
    return help_fallback_message(practice, language, checked_label=f"data/{language}/help-lines.yml")


@pytest.mark.parametrize("language", ["es", "fr"])
def test_an_edition_without_lines_in_its_language_is_told_which_lines_it_shows(language: str) -> None:
    settings = {"languages": ["en", "es", "fr"], "local_help_lines": [CITY]}
    assert _note(settings, language) == (
        f'data/practice.yml: the "{language}" edition shows the guide\'s checked lines '
        f"(data/{language}/help-lines.yml) where your local_help_lines would be: those are written for "
        f'"en", your first language; to show your own, add them in {language} under by_language: {language}:'
    )


def test_the_first_language_and_an_edition_with_its_own_lines_get_no_note() -> None:
    settings = {
        "languages": ["en", "es", "fr"],
        "help_lines": OWN,
        "local_help_lines": [CITY],
        "by_language": {"es": {"help_lines": OWN, "local_help_lines": [CITY]}},
    }
    assert _note(settings, "en") is None
    assert _note(settings, "es") is None
    assert "your local_help_lines and help_lines would be" in (_note(settings, "fr") or "")


def test_each_missing_setting_is_named_and_none_without_lines() -> None:
    settings = {"help_lines": OWN, "by_language": {"es": {"local_help_lines": [CITY]}}}
    note = _note(settings, "es") or ""
    assert "where your help_lines would be" in note and "local_help_lines" not in note
    assert _note({}, "es") is None


def test_a_spanish_first_practice_writes_its_top_level_lines_in_spanish() -> None:
    settings = {"languages": ["es", "en"], "local_help_lines": [CITY]}
    assert _note(settings, "es") is None
    assert 'written for "es", your first language' in (_note(settings, "en") or "")


def test_the_build_prints_the_note_as_information_not_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    project = data_copy(tmp_path / "project")
    (project / "data" / "practice.yml").write_text(
        "local_help_lines:\n  - region: Harbour Town\n    name: Harbour Town crisis line\n"
        "    calls:\n      - label: Call 555 0100\n        number: '5550100'\n    hours: 24/7\n",
        encoding="utf-8",
    )
    with caplog.at_level(logging.INFO):
        checked = check_project(project)
    assert checked.error is None
    notes = [record for record in caplog.records if "edition shows the guide's checked lines" in record.getMessage()]
    assert len(notes) == 1 and notes[0].levelno == logging.INFO, [r.getMessage() for r in notes]
    assert '"es" edition' in notes[0].getMessage()


def test_contact_hours_and_footer_lines_in_the_first_language_are_noted_per_edition() -> None:
    settings = {
        "languages": ["en", "es", "fr"],
        "contact": {"email": "a@b.org", "hours": "Monday to Friday"},
        "footer": {"lines": ["Since 2010."]},
        "by_language": {"es": {"contact_hours": "Lunes a viernes", "footer_lines": ["Desde 2010."]}},
    }
    practice = Practice.model_validate(settings)
    assert words_fallback_message(practice, "en") is None
    assert words_fallback_message(practice, "es") is None
    assert words_fallback_message(practice, "fr") == (
        'data/practice.yml: the "fr" edition shows your contact_hours and footer_lines as written for "en", your '
        "first language; to give them in fr, add them under by_language: fr:"
    )
    assert words_fallback_message(Practice(), "es") is None
