"""Search's learned page words: learn which page readers mean from their words, measure it honestly, write it.

Run from the project root:

    .venv/bin/python bench/page_words.py --write            # learn from every set, write the data
    .venv/bin/python bench/page_words.py --cross-validate   # leave each set out in turn, measure it in the worker

Examples, per language: every ranking query of every set in SETS (tests/support/query_sets.py) with
the page it expects. seen.search.page_words trains on them.
--write: learns from every set and writes data/page-words.yml and data/es/page-words.yml (the KEEP
heaviest weights, one decimal (or a multiple of STEP), with the settings below; KEEP is FILL: as many as fit BUDGET). Run it after adding queries to tests/queries/;
the build checks the files and a test fails until they are current.
--cross-validate: builds the site once, serves it, opens search in Chromium; then for each ranking set
in turn, learns without it and answers its queries with the page's own search worker (as bench/search.py
--worker does), the worker's seen-pages.js served with that fold's weights and each setting in turn
(--keep, --sure, --scale, --pages: every combination), and once without learned page words (today's
search). Each fold is learned once; only the weights kept and the settings change between its runs.
Prints, per language and setting, the expected page first and in the top three over all sets, each
measured by weights that never saw it. --fill tries byte budgets for "fill", each with a rounding step of
the weights and a USE ("16", "24", "12:0.2": 12 KB, each weight a multiple of 0.2; "24:0:0.5": the weights
kept by most_used), each fold's weights learned once. --train tries train's options ("apart=2,shrink=3e-5"; "" for
TRAINING's), each learned once per fold; --languages and --sets measure only those; --misses prints each miss
of the first setting (the set, where the page came, the page, the three first, the query).
The settings written by --write (SETTINGS) are the best so measured (most first, then most top three).
"""

from __future__ import annotations

import argparse
import gzip
import sys
import tempfile
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

from seen.content.models import PageWords  # noqa: E402
from seen.search.help import PAGES_SCRIPT, pages_script  # noqa: E402
from seen.search.page_words import page_features, ranked, strongest_of, train  # noqa: E402
from support.query_sets import LANGUAGES, ranking_path, ranking_sets  # noqa: E402

FILL = -1  # for KEEP: as many weights as fit BUDGET (the strongest first)
# Weights kept per language, chosen by --cross-validate (--keep): all that fit BUDGET, in seen-pages.js's layout.
KEEP = {"en": FILL, "es": FILL}
BUDGET = 24 * 1024  # bytes gzip of the weights in seen-pages.js (only the search worker loads it), per language;
# chosen by --cross-validate (--fill): 12, 16, 20 and 24 KB, each more found more pages first (BENCHMARKS.md, the
# sixteenth round). The page never loads the file; the worker fetches it after seen-help.js.
# Each weight kept is rounded to a multiple of STEP (0: to one decimal), measured by --cross-validate (--fill 12:0.2):
# steps of 0.2 fit 4-5% more weights in 12 KB and found no more pages first.
STEP = {"en": 0.0, "es": 0.0}
# Which weights are kept first: the heaviest (0), or by weight times how many queries have the feature to the
# power USE (most_used), measured by --cross-validate (--fill 24:0:0.5).
USE = {"en": 0.0, "es": 0.0}
# The settings (seen.search.page_words.guess), chosen by --cross-validate: sure, scale, pages. Scale 32 ranked a
# few more English pages first, but a learned page beside the help page then came above it for more danger queries
# than the browser floors allow (BENCHMARKS.md, the fourteenth round): --cross-validate measures ranking sets only.
# With 24 KB of weights, 3 pages found 3 more in the top three in each language and none fewer first (the sixteenth
# round): a third page now reaches a chance of 0.1 more often.
SETTINGS = {"en": (0.1, 24, 3), "es": (0.1, 24, 3)}
# train's options per language (seen.search.page_words.train; "apart" also goes to the data, for the search worker),
# chosen by --cross-validate (--train).
TRAINING: dict[str, dict[str, float]] = {"en": {}, "es": {}}
# What --cross-validate tries by default (each of --sure, --scale and --pages may be given instead).
SURE, SCALE, PAGES = (0.1, 0.2, 0.3), (16, 24, 32), (1, 2)
FOLDERS = {"en": ROOT / "data", "es": ROOT / "data" / "es"}
PREFIX = {"en": "", "es": "es/"}
HEADER = """\
# yaml-language-server: $schema={schema}schema/page-words.schema.json
# Learned page words for search (seen.search.page_words): for each word, word pair ("silent_treatment")
# and word start ("gasli*"), how much it weighs toward each page; search lifts the likeliest page when
# its chance is at least `sure`, by `scale` times that chance. Written by `.venv/bin/python
# bench/page_words.py --write` from every ranking query in tests/queries/; do not edit by hand: add
# queries there and run it again.
"""


def examples(language: str, *, leave_out: str | None = None) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for name, lang in ranking_sets():
        if lang != language or name == leave_out:
            continue
        cases = yaml.safe_load(ranking_path(name, language).read_text(encoding="utf-8"))
        found += [(str(case["query"]), str(case["expect"])) for case in cases]
    return found


def learn(
    language: str,
    *,
    leave_out: str | None = None,
    settings: tuple[float, int, int] | None = None,
    keep: int | None = None,
    trained: tuple[list[str], dict[str, list[float]], list[float]] | None = None,
    training: dict[str, float] | None = None,
    budget: int = BUDGET,
    step: float | None = None,
    use: float | None = None,
) -> dict:
    """The page words as data/page-words.yml holds them, learned without `leave_out` (or from `trained`,
    train's answer, when given), the `keep` strongest weights (KEEP for the language; FILL: as many as fit
    `budget`), each rounded to a multiple of `step` (STEP for the language)."""
    training = TRAINING[language] if training is None else training
    pages, weights, bias = trained or train(examples(language, leave_out=leave_out), **training)
    sure, scale, count = settings or SETTINGS[language]
    data = {
        "sure": sure,
        "scale": scale,
        "pages": count,
        "apart": int(training.get("apart", 1)),
        "bias": {page: round(value, 2) for page, value in zip(pages, bias, strict=True)},
        "weights": {},
    }
    keep = KEEP[language] if keep is None else keep
    step = STEP[language] if step is None else step
    use = USE[language] if use is None else use
    every = ranked(pages, weights)
    if use:
        every = most_used(every, examples(language, leave_out=leave_out), int(training.get("apart", 1)), use)
    if keep == FILL:
        keep = most_that_fit(data, every, budget, step)
    data["weights"] = strongest_of(every, keep, step=step)
    return data


def most_used(every: list[tuple[str, str, float]], found: list[tuple[str, str]], apart: int, use: float) -> list:
    """The weights `ranked` gives, reordered by how much each moves over the examples `found`: its size times
    the number of queries with its feature to the power `use` (0: by size alone). A heavy weight on a pair
    one query had takes the bytes of a lighter one on a word hundreds have. Weights that round to nothing
    are left out."""
    counts: Counter[str] = Counter()
    for text, _ in found:
        counts.update(page_features(text, apart))
    kept = [item for item in every if abs(item[2]) >= 0.05]
    return sorted(kept, key=lambda item: (-abs(item[2]) * counts[item[0]] ** use, item[0], item[1]))


def most_that_fit(data: dict, every: list[tuple[str, str, float]], budget: int = BUDGET, step: float = 0) -> int:
    """How many of the first weights of `every` fit `budget` with the rest of `data`, by halving (the file
    grows with each weight kept)."""
    # No weight takes less than a byte gzip (its feature is written whole), so no more than `budget` fit.
    low, high = 1, min(len(every), budget)
    while low < high:
        middle = (low + high + 1) // 2
        if gzip_size({**data, "weights": strongest_of(every, middle, step=step)}) <= budget:
            low = middle
        else:
            high = middle - 1
    return low


def gzip_size(data: dict) -> int:
    """Bytes gzip of seen-pages.js with `data` (the whole file: it holds nothing else)."""
    script = pages_script(PageWords.model_validate(data))
    return len(gzip.compress(script.encode(), 6, mtime=0))


def write() -> None:
    for language in LANGUAGES:
        data = learn(language)
        kept = sum(len(row) for row in data["weights"].values())
        print(
            f"{language}: {kept} weights over {len(data['weights'])} features and {len(data['bias'])} pages, "
            f"{gzip_size(data)} bytes gzip in seen-pages.js (budget {BUDGET})"
        )
        body = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=120)
        schema = "" if language == "en" else "../"
        (FOLDERS[language] / "page-words.yml").write_text(HEADER.format(schema=schema) + body, encoding="utf-8")


def with_page_words(data: dict | None) -> str:
    """seen-pages.js with the page words `data` (or none, for None: today's search)."""
    return pages_script(None if data is None else PageWords.model_validate(data))


def training_options(training: str) -> dict[str, float]:
    """train's options from "rounds=20,shrink=3e-5" ("" for train's own)."""
    return {
        name: (int(value) if name in ("rounds", "seed", "apart") else float(value))
        for name, value in (part.split("=") for part in training.split(",") if part)
    }


def cross_validate(
    grid: list[tuple[float, int, int]],
    keeps: list[int | None],
    languages: tuple[str, ...] = LANGUAGES,
    misses: bool = False,
    trainings: tuple[str, ...] = ("",),
    only: tuple[str, ...] = (),
    fills: tuple[tuple[int, float | None, float | None], ...] = ((BUDGET, None, None),),
) -> None:
    from playwright.sync_api import sync_playwright
    from search import build

    from support.browser import CHROMIUM, FLAGS, PHONES
    from support.search_box import load_cases, open_search, worker_answers
    from support.server import serve

    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        build(site)
        with serve(site) as base, sync_playwright() as playwright:
            chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
            served: dict[str, str] = {}  # what the route below answers for seen-pages.js, set before each run
            for language in languages:
                served["script"] = (site / PREFIX[language] / PAGES_SCRIPT).read_text(encoding="utf-8")
                context = chromium.new_context(viewport=PHONES["390x844"])
                context.route(
                    f"**/{PREFIX[language]}{PAGES_SCRIPT}",
                    lambda route: route.fulfill(body=served["script"], content_type="text/javascript"),
                )
                page = context.new_page()
                page.goto(base + PREFIX[language])
                open_search(page)
                totals: dict[object, list[int]] = {}
                for name, lang in ranking_sets():
                    if lang != language or (only and name not in only):
                        continue
                    cases = load_cases(ranking_path(name, language))
                    queries = [case.query for case in cases]
                    runs: list[tuple[object, dict | None]] = [("today", None)]
                    for training in trainings:
                        options = training_options(training)
                        trained = train(examples(language, leave_out=name), **options)
                        for keep in keeps:
                            for budget, step, use in fills if keep == FILL else fills[:1]:
                                fold = learn(
                                    language,
                                    leave_out=name,
                                    keep=keep,
                                    trained=trained,
                                    training=options,
                                    budget=budget,
                                    step=step,
                                    use=use,
                                )
                                kept = sum(len(row) for row in fold["weights"].values())
                                print(
                                    f"  {name} keep {keep} budget {budget} step {step} use {use}: {kept} weights, "
                                    f"{gzip_size(fold)} bytes",
                                    flush=True,
                                )
                                runs += [
                                    (
                                        (training or "as shipped", keep, budget, step, use, *setting),
                                        {**fold, "sure": setting[0], "scale": setting[1], "pages": setting[2]},
                                    )
                                    for setting in grid
                                ]
                    line = []
                    for run, (key, data) in enumerate(runs):
                        served["script"] = with_page_words(data)
                        answers = worker_answers(page, queries, base_path="/" + PREFIX[language])
                        first = sum(got[:1] == [case.expect] for case, got in zip(cases, answers, strict=True))
                        top3 = sum(case.expect in got[:3] for case, got in zip(cases, answers, strict=True))
                        total = totals.setdefault(key, [0, 0, 0])
                        total[0] += first
                        total[1] += top3
                        total[2] += len(cases)
                        line.append(f"{first}/{top3}")
                        if misses and run == 1:  # the first setting's misses: the query, the page, what came first
                            for case, got in zip(cases, answers, strict=True):
                                if got[:1] != [case.expect]:
                                    where = got.index(case.expect) + 1 if case.expect in got else 0
                                    print(f"  miss {name} @{where} {case.expect} <- {got[:3]} {case.query!r}")
                    print(
                        f"{language} {name} ({len(cases)}, first/top three): today {line[0]}; settings "
                        + " ".join(line[1:]),
                        flush=True,
                    )
                context.close()
                print(f"{language}: expected page first / in the top three, each set measured by weights without it")
                for key, (first, top3, count) in sorted(totals.items(), key=lambda item: (-item[1][0], -item[1][1])):
                    label = (
                        "today (no page words)"
                        if key == "today"
                        else "training {}, keep {}, budget {}, step {}, use {}, sure {}, scale {}, pages {}".format(
                            *key
                        )
                    )
                    print(
                        f"  {label}: {first}/{count} ({first / count:.1%}) first, {top3}/{count} ({top3 / count:.1%}) top three"
                    )
            chromium.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="learn from every set and write the data files")
    parser.add_argument("--cross-validate", action="store_true", help="leave each set out in turn and measure it")
    parser.add_argument("--sure", type=float, nargs="+", default=SURE, help=f"chances to try (default {SURE})")
    parser.add_argument("--scale", type=int, nargs="+", default=SCALE, help=f"scales to try (default {SCALE})")
    parser.add_argument("--pages", type=int, nargs="+", default=PAGES, help=f"page counts to try (default {PAGES})")
    parser.add_argument("--languages", nargs="+", default=LANGUAGES, help="languages to cross-validate")
    parser.add_argument(
        "--train", nargs="+", default=[""], help='training options to try, each as "rounds=20,shrink=3e-5"'
    )
    parser.add_argument("--sets", nargs="+", default=[], help="the ranking sets to leave out (default: every one)")
    parser.add_argument("--misses", action="store_true", help="print the first setting's misses, query by query")
    parser.add_argument(
        "--keep",
        nargs="+",
        default=["shipped"],
        help='weights kept to try: a number, "shipped" (KEEP) or "fill" (as many as fit BUDGET); default shipped',
    )
    parser.add_argument(
        "--fill",
        nargs="+",
        default=[],
        help='budgets for "fill" to try, each KB gzip, a rounding step and a USE ("16", "12:0.2", "24:0:0.5"); '
        "default BUDGET, STEP and USE",
    )
    args = parser.parse_args(argv)
    if args.cross_validate:
        keeps = [None if keep == "shipped" else FILL if keep == "fill" else int(keep) for keep in args.keep]
        grid = [(sure, scale, pages) for pages in args.pages for sure in args.sure for scale in args.scale]
        fills = tuple(
            (int(float(budget) * 1024), float(step) if step else None, float(use) if use else None)
            for budget, step, use in ((fill.split(":") + ["", ""])[:3] for fill in args.fill)
        ) or ((BUDGET, None, None),)
        cross_validate(grid, keeps, tuple(args.languages), args.misses, tuple(args.train), tuple(args.sets), fills)
    if args.write:
        write()
    if not (args.write or args.cross_validate):
        parser.print_help()


if __name__ == "__main__":
    main()
