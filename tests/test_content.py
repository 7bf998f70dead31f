"""The words: plain enough (grade 8 or lower), and our own (nothing copied from the source article)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT, Site
from readability import grade, page_text

MAX_GRADE = 8.0
ORIGINALITY_CHECK = ROOT.parent / "shared" / "tools" / "originality-check"


def reader_pages(site: Site) -> list[str]:
    return [url for url in site.html_pages() if url not in {"/404.html"}]


def test_every_page_reads_at_grade_8_or_lower(site: Site) -> None:
    grades = {url: grade(site.page(url)) for url in reader_pages(site)}
    assert len(grades) >= 32
    too_hard = {url: round(g, 1) for url, g in grades.items() if g > MAX_GRADE}
    assert not too_hard, f"Flesch-Kincaid grade over {MAX_GRADE}: {too_hard}"


def test_readability_is_measured_on_real_text(site: Site) -> None:
    text = page_text(site.page("/signs/silent-treatment/"))
    assert len(text.split()) > 150
    assert "What it can look like." in text


def test_nothing_is_copied_from_the_source_article() -> None:
    if not ORIGINALITY_CHECK.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{ORIGINALITY_CHECK} is missing on CI")
        pytest.skip("the shared originality check is not beside this checkout")
    result = subprocess.run([str(ORIGINALITY_CHECK)], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
