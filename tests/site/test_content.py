"""The words: plain enough (grade 8 or lower), and our own (nothing copied from the source article)."""

from __future__ import annotations

import os
import subprocess

import pytest

from support.project import ROOT, Site
from support.readability import fernandez_huerta, grade, page_text

MAX_GRADE = 8.0
MIN_FERNANDEZ_HUERTA = 60.0
ORIGINALITY_CHECK = ROOT.parent / "shared" / "tools" / "originality-check"


def reader_pages(site: Site, language: str = "en") -> list[str]:
    """The pages a reader reads in one language (English at the root, Spanish under /es/)."""
    pages = [url for url in site.html_pages() if not url.endswith("/404.html")]
    return [url for url in pages if url.startswith("/es/") == (language == "es")]


def test_every_page_reads_at_grade_8_or_lower(site: Site) -> None:
    grades = {url: grade(site.page(url)) for url in reader_pages(site)}
    assert len(grades) >= 32
    too_hard = {url: round(g, 1) for url, g in grades.items() if g > MAX_GRADE}
    assert not too_hard, f"Flesch-Kincaid grade over {MAX_GRADE}: {too_hard}"


def test_every_spanish_page_scores_60_or_more_on_fernandez_huerta(site: Site) -> None:
    scores = {url: fernandez_huerta(site.page(url)) for url in reader_pages(site, "es")}
    assert len(scores) >= 32
    too_hard = {url: round(score, 1) for url, score in scores.items() if score < MIN_FERNANDEZ_HUERTA}
    assert not too_hard, f"Fernández-Huerta under {MIN_FERNANDEZ_HUERTA}: {too_hard}"
    print(
        f"Fernández-Huerta: lowest {min(scores.values()):.1f}, median {sorted(scores.values())[len(scores) // 2]:.1f}"
    )


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
