"""Is the help page first in the results for danger queries? And do ordinary queries keep their page?

Run from the project root:

    .venv/bin/python bench/help_first.py                          # no lift, the shipped rule, and a grid
    .venv/bin/python bench/help_first.py --lift none shipped 0:8+page  # each a rule for learned-only danger

It builds the site once, serves it, opens search at phone size in each language and answers, with the page's
own search worker (as `bench/search.py --worker` does) and with each variant of it written beside it
(hooks/seen/search/worker.py wrapper_script, other settings for a query only the learned danger words read
as danger), every danger query of every danger list in tests/queries/ and every ranking query. A danger
query is counted by what reads it (search/seen-help.js `reading`, the code the card and the worker use): a
phrase, the learned words alone, or neither (no card). A variant "M:B,M2:B2" lifts the help page's token
with boost B when the learned sum is more than M above its cut, else B2 when more than M2; "+page" after it
adds the learned page's token beside the help page's (as for an ordinary query), and "*S" after that (or after
"shipped") keeps S of the learned page's boost (LEARNED_PAGE_SHARE). "none" lifts nothing (the
worker before the twelfth round); "shipped" is hooks/seen/search/worker.py's LEARNED_LIFT. Changes are listed
against the first variant. The help-seeking batch in bench/queries/ is reported apart (--also).
Prints, per language and variant: the help page first / in the top three for each kind of danger query, the
expected page first / in the top three on every ranking list, on the queries that expect /get-help/, and
on ranking queries the learned words alone read as danger (their false alarms), and which ranking queries
changed from the first variant.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "hooks"))

from playwright.sync_api import sync_playwright  # noqa: E402
from search import PREFIX, build  # noqa: E402

from seen.search.worker import WORKERS, theme_worker, wrapper_script  # noqa: E402
from support.browser import CHROMIUM, FLAGS, PHONES  # noqa: E402
from support.query_sets import DANGER_SETS, LANGUAGES, danger_path, load_danger, ranking_path, ranking_sets  # noqa: E402
from support.search_box import load_cases, open_search, worker_answers  # noqa: E402

HELP = "/get-help/"
# Help-seeking queries in a reader's own words (someone to talk to, a line to call, text or chat), written in the
# twelfth round apart from tests/queries/ and measured before the help page's keywords were changed for them: a
# batch outside the query sets, so that neither the learned danger words nor the learned page words learn it.
QUERIES = ROOT / "bench" / "queries"
GRID = ["none", "shipped", "0:2", "0:4", "0:8", "0:16", "0:4+page", "0:8+page", "0:16+page", "2:16,0:4", "4:16,0:4"]
_READ = """(queries) => queries.map((q) => {
  const read = self.seenSearchHelp.reading(SEEN_SEARCH.danger, q);
  return read.phrase ? 'phrase' : read.margin !== null && read.margin > 0 ? 'learned' : 'neither';
})"""

_MARGIN = "(queries) => queries.map((q) => self.seenSearchHelp.reading(SEEN_SEARCH.danger, q).margin)"


def parse(spec: str) -> tuple[tuple[tuple[float, int], ...] | None, bool | None, float | None]:
    spec, _, share = spec.partition("*")
    page_share = float(share) if share else None
    if spec == "shipped":
        return None, None, page_share
    rule, page = spec.removesuffix("+page"), spec.endswith("+page")
    if rule == "none":
        return (), True, page_share
    tiers = tuple((float(margin), int(boost)) for margin, boost in (tier.split(":") for tier in rule.split(",")))
    return tiers, page, page_share


def share(part: int, whole: int) -> str:
    return f"{part}/{whole} ({part / whole:.1%})" if whole else "0/0"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lift", nargs="+", default=GRID, help=f"variants to measure (default {' '.join(GRID)})")
    parser.add_argument("--languages", nargs="+", default=list(LANGUAGES), choices=LANGUAGES)
    parser.add_argument(
        "--also",
        nargs="+",
        default=[f"{language}:{QUERIES / f'help-seeking-{language}.yml'}" for language in LANGUAGES],
        metavar="LANGUAGE:PATH",
        help="ranking lists outside tests/queries/ to report apart (default: the help-seeking batch in bench/queries/)",
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        build(site)
        with sync_playwright() as playwright:
            from support.server import serve

            with serve(site) as base:
                chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
                for language in args.languages:
                    extra = [Path(spec.split(":", 1)[1]) for spec in args.also if spec.startswith(language + ":")]
                    measure(chromium, base, site, language, args.lift, extra)
                chromium.close()


def measure(chromium, base: str, site: Path, language: str, variants: list[str], extra: list[Path]) -> None:
    folder = site / PREFIX[language] / WORKERS
    worker_name = theme_worker([str(site / PREFIX[language])])
    danger: list[str] = []
    ordinary: list[str] = []
    for name in DANGER_SETS:
        if danger_path(name, language).is_file():
            danger += load_danger(danger_path(name, language)).danger
            ordinary += load_danger(danger_path(name, language)).ordinary
    cases = [case for name, lang in ranking_sets() if lang == language for case in load_cases(ranking_path(name, lang))]
    page = chromium.new_page(viewport=PHONES["390x844"])
    page.goto(base + PREFIX[language])
    open_search(page)
    kinds = page.evaluate(_READ, danger)
    ranking_kinds = page.evaluate(_READ, [case.query for case in cases])
    # The danger lists' ordinary queries the learned words alone misread (false alarms of the card): no page is
    # expected, but the help page should not come first for them.
    misread_ordinary = [q for q, k in zip(ordinary, page.evaluate(_READ, ordinary), strict=True) if k == "learned"]
    print(
        f"\n{language}: {len(danger)} danger queries (phrase {kinds.count('phrase')}, learned words alone "
        f"{kinds.count('learned')}, neither {kinds.count('neither')}); {len(cases)} ranking queries "
        f"({sum(c.expect == HELP for c in cases)} expect {HELP}; the learned words alone read "
        f"{ranking_kinds.count('learned')} as danger, a phrase {ranking_kinds.count('phrase')})",
        flush=True,
    )
    margins = sorted(page.evaluate(_MARGIN, [q for q, k in zip(danger, kinds, strict=True) if k == "learned"]))
    misread = [c.query for c, k in zip(cases, ranking_kinds, strict=True) if k == "learned" and c.expect != HELP]
    print(
        "  learned-only danger, margin above the cut by quartile: "
        + ", ".join(f"{margins[int(q * (len(margins) - 1))]:.2f}" for q in (0, 0.25, 0.5, 0.75, 1))
        + "; ranking queries misread: "
        + ", ".join(f"{m:.2f}" for m in sorted(page.evaluate(_MARGIN, misread))),
        flush=True,
    )
    baseline: list[list[str]] | None = None
    for i, spec in enumerate(variants):
        tiers, beside, page_share = parse(spec)
        script = f"seen-variant-{i}.js"
        (folder / script).write_text(
            wrapper_script(
                worker_name, stemmed=language != "en", learned_lift=tiers, with_page=beside, page_share=page_share
            ),
            encoding="utf-8",
        )
        got = worker_answers(page, danger, base_path="/" + PREFIX[language], worker=script)
        ranked = worker_answers(page, [c.query for c in cases], base_path="/" + PREFIX[language], worker=script)
        alarms = worker_answers(page, misread_ordinary, base_path="/" + PREFIX[language], worker=script)
        parts = []
        for kind in ("phrase", "learned", "neither"):
            picked = [pages for pages, k in zip(got, kinds, strict=True) if k == kind]
            first = sum(pages[:1] == [HELP] for pages in picked)
            top3 = sum(HELP in pages[:3] for pages in picked)
            parts.append(f"{kind} {first}/{top3}/{len(picked)}")

        def rate(keep, ranked=ranked) -> str:
            chosen = [(c, pages) for j, (c, pages) in enumerate(zip(cases, ranked, strict=True)) if keep(j, c)]
            first = sum(pages[:1] == [c.expect] for c, pages in chosen)
            top3 = sum(c.expect in pages[:3] for c, pages in chosen)
            return f"{first}/{top3}/{len(chosen)}"

        print(
            f"  {spec:>14}: help first/top3/of danger: {', '.join(parts)} | ranking first/top3/of: all "
            f"{rate(lambda j, c: True)}, expect help {rate(lambda j, c: c.expect == HELP)}, "
            f"learned-only misreads {rate(lambda j, c: ranking_kinds[j] == 'learned' and c.expect != HELP)} | "
            f"ordinary queries of the danger lists the learned words misread: help first "
            f"{sum(a[:1] == [HELP] for a in alarms)}/{len(alarms)}",
            flush=True,
        )
        for path in extra:
            batch = load_cases(path)
            answers = worker_answers(page, [c.query for c in batch], base_path="/" + PREFIX[language], worker=script)
            print(
                f"      {path.name}: first {sum(a[:1] == [c.expect] for c, a in zip(batch, answers, strict=True))}, "
                f"top three {sum(c.expect in a[:3] for c, a in zip(batch, answers, strict=True))}, of {len(batch)}",
                flush=True,
            )
            for c, a in zip(batch, answers, strict=True):
                if a[:1] != [c.expect]:
                    print(f"        not first: {c.query!r}: {a[:3]}", flush=True)
        if baseline is None:
            baseline = ranked
            continue
        for c, before, after in zip(cases, baseline, ranked, strict=True):
            was, now = before[:1] == [c.expect], after[:1] == [c.expect]
            if was != now or (c.expect in before[:3]) != (c.expect in after[:3]):
                print(
                    f"      {'won' if now and not was else 'lost' if was and not now else 'top3'}: {c.query!r} -> "
                    f"{c.expect}; {before[:3]} -> {after[:3]}"
                )
    page.close()


if __name__ == "__main__":
    main()
