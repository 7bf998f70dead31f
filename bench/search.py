"""Search hit rates and index size, measured the way readers search; writes a block to BENCHMARKS.md.

Run from the project root:

    .venv/bin/python bench/search.py

It builds the site, serves it with gzip on 127.0.0.1, opens it in Chromium at phone size, opens
search with the header button and types each query of tests/search_queries.yml into the real
search box, key by key, then reads the results in the order shown. Needs Debian's Chromium at
/usr/bin/chromium (or SEEN_CHROMIUM).
"""

from __future__ import annotations

import datetime
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from playwright.sync_api import sync_playwright  # noqa: E402

from browser import CHROMIUM, FLAGS, PHONES  # noqa: E402
from search_box import QUERIES, index_size, load_cases, open_search, rates, report, run_cases  # noqa: E402
from server import serve  # noqa: E402

START, END = "<!-- search:start -->", "<!-- search:end -->"
COMMAND = ".venv/bin/python bench/search.py"


def build(site: Path) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)], cwd=ROOT, check=True, env=env)


def record(text: str) -> None:
    """Replace (or add) this benchmark's own block; other blocks, such as Lighthouse's, stay as they are."""
    path = ROOT / "BENCHMARKS.md"
    current = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    block = f"{START}\n{text}\n{END}"
    if START in current:
        before, rest = current.split(START, 1)
        current = before + block + rest.split(END, 1)[1]
    else:
        current = current.rstrip() + "\n\n" + block + "\n"
    path.write_text(current, encoding="utf-8")


def main() -> None:
    cases = load_cases()
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        build(site)
        raw, gzipped = index_size(site)
        with serve(site) as base, sync_playwright() as playwright:
            chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
            page = chromium.new_page(viewport=PHONES["390x844"])
            page.goto(base)
            open_search(page)
            outcomes = run_cases(page, cases)
            version = chromium.version
            chromium.close()
    first, top3 = rates(outcomes)
    missed = [line for line in report(outcomes).splitlines()[1:]]
    text = "\n".join(
        [
            "## Search (reader queries, phone size)",
            "",
            f"Measured {datetime.date.today().isoformat()} on Chromium {version}, the build served with gzip on "
            f"127.0.0.1. Command: `{COMMAND}`. Each of the {len(cases)} queries in "
            f"`{QUERIES.relative_to(ROOT).as_posix()}` is typed key by key into the real search box (opened with the "
            "header button at 390×844); the results are read in the order shown. Goal: the expected page first for "
            "at least 90% of queries, in the top three for all; the index at most 40 KB gzip. These queries were "
            "in view while the keywords were written, so they flatter: query sets written later and not tuned on "
            "found their page first about 80% of the time, and in the top three 94-97%.",
            "",
            "| measure | value |",
            "|---|---|",
            f"| expected page first | {sum(o.first for o in outcomes)} of {len(cases)} ({first:.0%}) |",
            f"| expected page in the top three | {sum(o.top3 for o in outcomes)} of {len(cases)} ({top3:.0%}) |",
            f"| search index (`search/search_index.json`) | {raw / 1024:.1f} KB, {gzipped / 1024:.1f} KB gzip (level 6) |",
            "",
            "Queries whose page was not first:" if missed else "Every expected page came first.",
            *(["", *[f"- {line.strip()}" for line in missed]] if missed else []),
        ]
    )
    record(text)
    print(report(outcomes))
    print(f"search index: {raw / 1024:.1f} KB, {gzipped / 1024:.1f} KB gzip")


if __name__ == "__main__":
    main()
