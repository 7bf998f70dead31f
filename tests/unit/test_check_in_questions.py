"""The check-in's questions, read from the data: one per sign, asked in plain words. The page built
from them: tests/site/test_check_in.py; in a browser: tests/browser/test_browser_check_in.py."""

from __future__ import annotations

import re

from support.project import ROOT, raw


def test_every_sign_has_a_question_on_the_line_after_its_summary() -> None:
    lines = (ROOT / "data" / "signs.yml").read_text(encoding="utf-8").splitlines()
    summaries = [i for i, line in enumerate(lines) if line.startswith("  summary:")]
    assert len(summaries) == len(raw("signs"))
    for i in summaries:
        assert lines[i + 1].startswith("  question: "), f"data/signs.yml line {i + 2}: expected the question"


def test_questions_ask_the_reader_in_plain_words() -> None:
    for sign in raw("signs"):
        question = sign["question"]
        assert question.endswith("?"), sign["slug"]
        assert re.search(r"\byou\b", question, re.IGNORECASE), f"{sign['slug']}: ask the reader, in the second person"
        assert len(question.split()) <= 16, f"{sign['slug']}: keep the question short"
    assert len({sign["question"] for sign in raw("signs")}) == len(raw("signs"))
