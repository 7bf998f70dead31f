"""Partner marks and help-line checks, as rules on the data (seen.content), without a build. A strict
build with an old check date: tests/site/test_partner_marks.py."""

from __future__ import annotations

import datetime
import logging
from pathlib import Path

import pytest
import yaml

from seen.content.guide import load_guide
from seen.content.loading import GuideDataError, load_help_lines, load_partner_cues
from seen.content.models import Action, HowTo, Sign, Step
from seen.content.partner import check_marks_agree, check_partner_marks, cue_in
from seen.content.practice import HelpLines, Practice
from seen.content.reminders import remind_stale_help_lines, stale_help_messages
from support.project import ROOT

CUES = ["your partner", "ask", "tell them", "talk to", "agree"]

SPANISH_CUES = ["tu pareja", "pídele", "dile", "habla con"]


def sign(*actions: Action) -> Sign:
    return Sign(
        slug="quiet-sign",
        icon="material/volume-off",
        title="A quiet sign",
        summary="A summary.",
        question="Do you often feel this?",
        keywords=["quiet"],
        reviewed=datetime.date(2026, 11, 30),
        looks_like=["One moment.", "Another moment."],
        why_it_matters="Why.",
        try_this=list(actions),
        effects=["low-mood"],
        steps=["ask-clearly"],
    )


def step(*how_to: str | dict) -> Step:
    return Step.model_validate(
        {
            "slug": "ask-clearly",
            "icon": "material/format-list-checks",
            "title": "Ask clearly",
            "summary": "A summary.",
            "keywords": ["ask"],
            "reviewed": "2026-11-30",
            "why_it_helps": "Why.",
            "how_to": list(how_to),
        }
    )


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Tell them which jokes hurt.", "tell them"),
        ("ASK for ten minutes at a set time.", "ask"),
        ("Share one feeling with your\npartner.", "your partner"),
        ("Take a minute to notice how you feel.", None),
        ("A task list is not a cue.", None),  # "ask" inside "task" is not the word
        ("Agreeing is another word.", None),
    ],
)
def test_cues_are_found_as_whole_words_in_any_case(text: str, cue: str | None) -> None:
    assert cue_in(text, CUES) == cue


def test_spanish_cues_keep_their_accents() -> None:
    assert cue_in("Pídele a tu pareja una cosa clara.", SPANISH_CUES) == "tu pareja"
    assert cue_in("Pídele una cosa clara.", SPANISH_CUES) == "pídele"
    assert cue_in("Dile lo que sientes.", SPANISH_CUES) == "dile"
    assert cue_in("Tómate un minuto para ti.", SPANISH_CUES) is None
    assert cue_in("pidele sin tilde no es pídele", ["pídele"]) == "pídele"


def test_an_unmarked_partner_action_stops_with_one_line_naming_entry_field_and_item() -> None:
    entry = sign(Action(text="Keep notes.", step="ask-clearly"), Action(text="Ask for a set time.", step="ask-clearly"))
    with pytest.raises(GuideDataError) as raised:
        check_partner_marks({"signs": [entry]}, CUES, label_root="data")
    assert str(raised.value) == (
        'data/signs.yml: entry 1 ("quiet-sign"), field "try_this[2].partner": expected true (its words speak to '
        'the partner: "ask"), or false once checked that it does not, found nothing'
    )


def test_true_and_false_marks_both_pass_the_check() -> None:
    marked = sign(
        Action(text="Ask for a set time.", step="ask-clearly", partner=True),
        Action(text="Ask yourself which part was yours.", step="ask-clearly", partner=False),
    )
    check_partner_marks({"signs": [marked]}, CUES, label_root="data")


def test_a_steps_how_to_may_be_plain_text_or_marked() -> None:
    entry = step("Choose two things.", {"text": "Ask for what you want.", "partner": True})
    assert entry.how_to == [HowTo(text="Choose two things."), HowTo(text="Ask for what you want.", partner=True)]
    check_partner_marks({"steps": [entry]}, CUES, label_root="data")
    with pytest.raises(GuideDataError, match=r'entry 1 \("ask-clearly"\), field "how_to\[2\].partner"'):
        check_partner_marks(
            {"steps": [step("Choose two things.", "Talk to them after a week.")]}, CUES, label_root="data"
        )


def test_a_translation_marks_the_same_actions_as_its_source() -> None:
    english = sign(Action(text="Ask for a set time.", step="ask-clearly", partner=True))
    spanish = sign(Action(text="Pide una hora fija.", step="ask-clearly"))
    with pytest.raises(GuideDataError) as raised:
        check_marks_agree({"signs": [english]}, {"signs": [spanish]}, label_root="data/es", source_label="data")
    assert str(raised.value) == (
        'data/es/signs.yml: entry 1 ("quiet-sign"), field "try_this[1].partner": expected true, as in '
        "data/signs.yml, found nothing"
    )
    agreeing = sign(Action(text="Pide una hora fija.", step="ask-clearly", partner=True))
    check_marks_agree({"signs": [english]}, {"signs": [agreeing]}, label_root="data/es", source_label="data")


def test_the_real_data_marks_every_partner_action_in_both_languages() -> None:
    english = load_guide(ROOT / "data")
    spanish = load_guide(ROOT / "data", language="es", language_dir=ROOT / "data" / "es", language_label="data/es")
    for guide in (english, spanish):
        marked = [
            a for e in guide.all_entries() for a in getattr(e, "try_this", []) + getattr(e, "how_to", []) if a.partner
        ]
        assert len(marked) >= 25
    assert load_partner_cues(ROOT / "data").partner_cues
    assert "tu pareja" in load_partner_cues(ROOT / "data" / "es").partner_cues


def help_lines(date: str) -> HelpLines:
    return HelpLines.model_validate(
        {
            "emergency": [{"region": "US", "number": "911"}],
            "lines": [
                {
                    "region": "US",
                    "name": "A line",
                    "calls": [{"label": "Call 988", "number": "988"}],
                    "hours": "24/7",
                    "verified": {"source": "https://988lifeline.org", "date": date},
                },
                {
                    "region": "US",
                    "name": "A practice's own line",
                    "calls": [{"label": "Call", "number": "5550100"}],
                    "hours": "9 to 5",
                },
            ],
        }
    )


def test_a_check_older_than_a_year_is_named_with_where_to_check_again() -> None:
    lines = help_lines("2026-11")  # a month alone counts as its first day
    assert stale_help_messages(lines, label="data/help-lines.yml", today=datetime.date(2027, 11, 1)) == []
    assert stale_help_messages(lines, label="data/help-lines.yml", today=datetime.date(2027, 11, 2)) == [
        'data/help-lines.yml: lines[1] ("A line"), field "verified.date": expected a check within the last year, '
        "found 2026-11 (more than a year ago); check the details on https://988lifeline.org and update the date"
    ]
    assert stale_help_messages(help_lines("2024-02-29"), label="x", today=datetime.date(2025, 2, 28)) == []
    assert len(stale_help_messages(help_lines("2024-02-29"), label="x", today=datetime.date(2025, 3, 1))) == 1


def test_the_reminder_goes_to_a_logger_that_strict_mode_does_not_count(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="seen.content.reminders"):
        messages = remind_stale_help_lines(
            help_lines("2020-01-05"), label="data/help-lines.yml", today=datetime.date(2026, 11, 30)
        )
    assert [record.getMessage() for record in caplog.records] == messages
    assert len(messages) == 1
    assert all(not record.name.startswith("mkdocs") for record in caplog.records)


def test_the_guides_own_lines_must_say_what_they_are_for_and_when_they_were_checked(tmp_path: Path) -> None:
    raw = yaml.safe_load((ROOT / "data" / "help-lines.yml").read_text(encoding="utf-8"))
    assert all(line["verified"]["source"].startswith("https://") for line in raw["lines"])
    del raw["lines"][0]["verified"]
    (tmp_path / "help-lines.yml").write_text(yaml.safe_dump(raw), encoding="utf-8")
    with pytest.raises(GuideDataError, match=r'field "lines\[1\].verified": expected a value'):
        load_help_lines(tmp_path)


def test_a_practices_own_lines_need_no_check_date() -> None:
    practice = Practice.model_validate({"help_lines": help_lines("2026-11").model_dump(exclude_none=True)})
    assert practice.help_lines is not None and practice.help_lines.lines[1].verified is None
