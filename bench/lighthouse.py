"""Lighthouse 12.2.3 (mobile, default throttling) on the gzip-served build; writes a table to BENCHMARKS.md.

Run from the project root (installs Lighthouse into bench/node_modules on first use):

    .venv/bin/python bench/lighthouse.py

Needs Debian's Chromium at /usr/bin/chromium (or CHROME_PATH) and Node 20.
"""

from __future__ import annotations

import datetime
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))

from benchmarks_md import PAGES, record  # noqa: E402

from support.server import serve  # noqa: E402

BENCH = ROOT / "bench"
LIGHTHOUSE = BENCH / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run "
    "--disable-background-networking --disable-component-update --disable-sync"
)


def ensure_lighthouse() -> None:
    if not LIGHTHOUSE.exists():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=BENCH, check=True)


def build(site: Path) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)], cwd=ROOT, check=True, env=env
    )


def audit(url: str, out: Path) -> dict:
    env = {**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")}
    subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            "--quiet",
            "--output=json",
            f"--output-path={out}",
            f"--only-categories={','.join(CATEGORIES)}",
            f"--chrome-flags={CHROME_FLAGS}",
        ],
        check=True,
        env=env,
    )
    report = json.loads(out.read_text(encoding="utf-8"))
    audits = report["audits"]
    failing = sorted(
        f"{ref['id']}"
        for category in CATEGORIES
        if category != "performance"
        for ref in report["categories"][category]["auditRefs"]
        if ref["weight"] > 0 and (audits[ref["id"]].get("score") is not None) and audits[ref["id"]]["score"] < 1
    )
    return {
        "load": os.getloadavg()[0],  # at the end of this page's run: what else the machine was doing
        "scores": {c: round(report["categories"][c]["score"] * 100) for c in CATEGORIES},
        "fcp": audits["first-contentful-paint"]["numericValue"] / 1000,
        "lcp": audits["largest-contentful-paint"]["numericValue"] / 1000,
        "tbt": audits["total-blocking-time"]["numericValue"],
        "cls": audits["cumulative-layout-shift"]["numericValue"],
        "bytes": audits["total-byte-weight"]["numericValue"],
        "failing": failing,
    }


def table(results: dict[str, dict]) -> str:
    lines = [
        "| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS | total bytes | load |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, r in results.items():
        s = r["scores"]
        lines.append(
            f"| {name} | {s['performance']} | {s['accessibility']} | {s['best-practices']} | {s['seo']} "
            f"| {r['fcp']:.1f} s | {r['lcp']:.1f} s | {r['tbt']:.0f} ms | {r['cls']:.3f} | {r['bytes'] / 1024:.1f} KB "
            f"| {r['load']:.1f} |"
        )
    failing = sorted({audit for r in results.values() for audit in r["failing"]})
    if failing:
        lines.append("")
        lines.append("Audits not passed (accessibility, best practices, SEO): " + ", ".join(failing))
    return "\n".join(lines)


def machine_load() -> str:
    """The 1-minute load average: what else the machine was doing."""
    return f"{os.getloadavg()[0]:.1f}"


def main() -> None:
    ensure_lighthouse()
    load_before = machine_load()
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        build(site)
        with serve(site) as base:
            results = {
                name: audit(base + path, Path(tmp) / f"{i}.json") for i, (name, path) in enumerate(PAGES.items())
            }
    chromium = subprocess.run(["/usr/bin/chromium", "--version"], capture_output=True, text=True).stdout.strip()
    text = (
        f"## Lighthouse (mobile, default throttling)\n\n"
        f"Measured {datetime.date.today().isoformat()} with Lighthouse 12.2.3 on {chromium}, the build served "
        f"with gzip on 127.0.0.1, {os.cpu_count()} cores, load average {load_before} before and "
        f"{machine_load()} after (Lighthouse's simulated throttling multiplies the CPU time it sees, so other "
        f"work on the machine inflates TBT; the last column is the load average as each page's run ended). Command: `.venv/bin/python bench/lighthouse.py`. Goal: performance "
        f"100 on every page type with total blocking time under 50 ms; 100 for accessibility, best practices and "
        f"SEO.\n\n{table(results)}"
    )
    record("lighthouse", text)
    print(table(results))


if __name__ == "__main__":
    main()
