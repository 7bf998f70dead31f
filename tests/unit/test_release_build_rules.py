"""A release build (SEEN_RELEASE=1 mkdocs build, the folder a practice uploads) refuses the
placeholder address with one line, before anything is written; an ordinary build only warns."""

from __future__ import annotations

from pathlib import Path

import pytest

from seen.content.reminders import RELEASE_SETTING, release_build, release_problem
from support.project_check import check_project, data_copy

PLACEHOLDER = "https://seen.example.org/"


@pytest.mark.parametrize(
    ("value", "release"), [("1", True), ("true", True), (" YES ", True), ("0", False), ("", False), ("no", False)]
)
def test_the_setting_says_release_or_preview(value: str, release: bool) -> None:
    assert release_build({RELEASE_SETTING: value}) is release
    assert release_build({}) is False


def test_a_value_that_says_neither_is_one_line() -> None:
    with pytest.raises(ValueError) as caught:
        release_build({RELEASE_SETTING: "maybe"})
    assert (
        str(caught.value)
        == 'SEEN_RELEASE: expected 1 for a release build (or 0, or nothing, for a preview), found "maybe"'
    )


def test_only_the_placeholder_is_refused() -> None:
    assert release_problem("https://example.org/resources/guide/") is None
    message = release_problem(PLACEHOLDER)
    assert message == (
        'data/practice.yml: field "site_url": expected your guide\'s address for a release build (SEEN_RELEASE=1), '
        'like "https://example.org/resources/guide/", found none (the placeholder https://seen.example.org/): '
        "link previews, QR codes and the sitemap would point nowhere"
    )


def test_the_build_stops_at_its_first_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = data_copy(tmp_path / "project")
    monkeypatch.setenv(RELEASE_SETTING, "1")
    assert check_project(project).error == release_problem(PLACEHOLDER)
    (project / "data" / "practice.yml").write_text("site_url: https://example.org/guide\n", encoding="utf-8")
    assert check_project(project).error is None
    monkeypatch.setenv(RELEASE_SETTING, "soon")
    assert (check_project(project).error or "").startswith("SEEN_RELEASE: expected 1 for a release build")
