"""How soon the urgent-help card shows, and search's first results, on a slow connection.

Run from the project root:

    .venv/bin/python bench/card_time.py                 # build the site, then measure it
    .venv/bin/python bench/card_time.py --site DIR      # measure a site already built (e.g. main's, to compare)

The site is served as a host would (gzip, deploy/'s caching: support.server), and opened in Chromium at phone
size with an empty cache; once a page has loaded, the connection is slowed as Chromium's DevTools do for
"Slow 3G" (2 s latency, 50,000 bytes a second each way: Network.emulateNetworkConditions). Then search is
opened with the header button and a danger query put in at once, as a reader in a hurry would. Printed per
language: seconds from the tap to the card's first phone link shown, and to the first result shown, each run
and the median; and for the first run, what the server sent while search opened, by file, largest first.
The throttling slows each request alike; a real weak connection varies more, and loses packets.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))

from playwright.sync_api import sync_playwright  # noqa: E402

from support.browser import PHONES, launch  # noqa: E402
from support.server import Wire, serve  # noqa: E402

PREFIX = {"en": "", "es": "es/"}
QUERY = {"en": "he hit me", "es": "me pegó"}
SLOW_3G = {"offline": False, "latency": 2000, "downloadThroughput": 50_000, "uploadThroughput": 50_000}


def measure(site: Path, runs: int) -> None:
    wire = Wire()
    with serve(site, host_caching=True, wire=wire) as base, sync_playwright() as playwright:
        chromium = launch(playwright)
        for language, prefix in PREFIX.items():
            card: list[float] = []
            results: list[float] = []
            for run in range(runs):
                context = chromium.new_context(viewport=PHONES["390x844"])
                page = context.new_page()
                page.goto(base + prefix + "signs/", wait_until="networkidle")
                session = context.new_cdp_session(page)
                session.send("Network.enable")
                session.send("Network.emulateNetworkConditions", SLOW_3G)
                mark = wire.mark()
                start = time.monotonic()
                page.locator("[data-seen-search-open]").click()
                page.locator(".md-search__input").fill(QUERY[language])
                page.locator("[data-seen-search-help] a[href^='tel:']").first.wait_for(timeout=120_000)
                card.append(time.monotonic() - start)
                page.locator(".md-search-result__item").first.wait_for(timeout=120_000)
                results.append(time.monotonic() - start)
                if run == 0:
                    page.wait_for_timeout(10_000)  # the rest of what search loads, to list it
                    sent = sorted(wire.since(mark).items(), key=lambda item: -item[1])
                    print(f"{language}: sent while search opened: " + ", ".join(f"{p} {n}" for p, n in sent))
                context.close()
            print(
                f"{language}: card after {', '.join(f'{t:.2f}' for t in card)} s "
                f"(median {statistics.median(card):.2f}); first results after "
                f"{', '.join(f'{t:.2f}' for t in results)} s (median {statistics.median(results):.2f})",
                flush=True,
            )
        chromium.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="a built site to measure (default: build this checkout's)")
    parser.add_argument("--runs", type=int, default=5, help="runs per language (default 5)")
    args = parser.parse_args(argv)
    if args.site:
        measure(args.site, args.runs)
        return
    from search import build

    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        build(site)
        measure(site, args.runs)


if __name__ == "__main__":
    main()
