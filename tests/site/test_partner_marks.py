"""Safety as data: partner-facing actions carry their mark, and help lines say when they were checked.

Plain functions, called with small values; one build proves that an old check warns without
failing a strict build.
"""

from __future__ import annotations

from pathlib import Path

from support.project import run_build


def test_an_old_check_warns_but_a_strict_build_still_succeeds(project_copy: Path) -> None:
    path = project_copy / "data" / "help-lines.yml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("date: 2026-11\n", "date: 2024-03-01\n", 1), encoding="utf-8"
    )
    settings = "languages: [en]\nsite_url: https://example.org/guide/\n"  # no placeholder reminder
    (project_copy / "data" / "practice.yml").write_text(settings, encoding="utf-8")
    result = run_build(project_copy)
    assert result.returncode == 0, result.output
    warnings = [line for line in result.output.splitlines() if line.startswith("WARNING")]
    assert warnings == [
        'WARNING -  data/help-lines.yml: lines[1] ("National Domestic Violence Hotline"), field "verified.date": '
        "expected a check within the last year, found 2024-03-01 (more than a year ago); check the details on "
        "https://www.thehotline.org and update the date"
    ]
