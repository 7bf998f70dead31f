"""Hostile and odd input: how the fuzz tests' cases ended; writes a block to BENCHMARKS.md.

Run from the project root:

    .venv/bin/python bench/fuzz.py

It runs tests/site/test_fuzz.py (Hypothesis, fixed seed, so the same cases every time; with
SEEN_FUZZ_SCALE=2.5, 2.5 times the examples a test run makes, unless set otherwise) and counts how
each mutated data file ended: accepted with sane data, or refused with one clear line; anything
else is a failure (the goal is zero). The few mutants built for real are counted apart.
"""

from __future__ import annotations

import datetime
import os
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from benchmarks_md import record  # noqa: E402

# The tests' generated examples times this: 180, 50 and 80, more than a test run needs (each class
# of mutation is an explicit example there too), for a fuller count here.
SCALE = "2.5"


def main() -> None:
    os.environ.setdefault("SEEN_FUZZ_SCALE", SCALE)
    started = time.monotonic()
    code = pytest.main(["-q", "-p", "no:cacheprovider", str(ROOT / "tests" / "site" / "test_fuzz.py")])
    elapsed = time.monotonic() - started
    outcomes = sys.modules["test_fuzz"].OUTCOMES
    total = sum(outcomes.values())
    lines = [
        "## Hostile and odd input (fuzzing)",
        "",
        f"Measured {datetime.date.today().isoformat()} with `.venv/bin/python bench/fuzz.py` "
        f"(runs `pytest tests/site/test_fuzz.py`: Hypothesis, fixed seed; {elapsed:.0f} s here, on 2 shared cores).",
        "Every data file and `practice.yml`, English and Spanish, mutated: wrong types, missing and unknown fields,",
        "empty, invisible and 10,000-character text, control characters, NUL, right-to-left marks, HTML, Markdown",
        "and Jinja, duplicate and self-referencing slugs, alias bombs, 5 MB files, binary garbage, BOM and CRLF,",
        "other encodings, files cut short or deleted. Each case loaded in-process, as `mkdocs build` loads it",
        "(the placeholders of `ui.yml` labels are left to their own check: braces are kept out of its values).",
        "",
        "| Outcome | Cases |",
        "|---|---:|",
        f"| Accepted, and the data is sane (its pages' Markdown renders) | {outcomes['accepted, correct']} |",
        f"| Refused with one clear line (file, entry, field, expected, found) | {outcomes['one clear line']} |",
        f"| Anything else: another exception, an unclear or multi-line message, a hang (goal: 0) | {outcomes['anything else']} |",
        f"| **Total** | **{total}** |",
        "",
        "Besides: accepted mutants (BOM and CRLF files, a right-to-left mark in a title, Markdown- and",
        "HTML-looking text, a long paragraph) built for real into a correct site: "
        + ("yes." if code == 0 else "**no: see the test run**."),
    ]
    record("fuzz", "\n".join(lines))
    print("\n".join(lines))
    sys.exit(code)


if __name__ == "__main__":
    main()
