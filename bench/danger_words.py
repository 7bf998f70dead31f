"""The urgent-help card's learned word weights: measure how they carry to a set they never saw, and write them.

Run from the project root:

    .venv/bin/python bench/danger_words.py --leave-out held-out-8   # learn without that set, measure on it
    .venv/bin/python bench/danger_words.py --write                  # learn from every set, write the data

Examples, per language, from every file in tests/queries/: each `danger` query of a danger-*.yml file
is danger, each `ordinary` query is not, and each ranking query (a reader looking for a page) is not,
unless it expects /get-help/ (those are left out), or its set is held out (MEASURED_ONLY: not learned from). seen.search.learned trains on them.
--leave-out NAME: learns without that set's files, then shows, on that set, how often the card shows
with the phrases alone (the rule as data/search.yml has it, run by help.js in Node), the learned
weights alone, and both (what the reader gets), for danger and for ordinary queries. Only a set that
was written apart and never tuned on says anything honest; once a set's misses have been read, the
phrases have been widened for them, and the measure flatters.
--write: learns from every set and writes data/danger-words.yml and data/es/danger-words.yml (the
KEEP heaviest weights). Run it after adding queries to tests/queries/; the build checks the files
and the tests hold every set's card with them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))
sys.path.insert(0, str(ROOT / "tests"))

from seen.search.learned import shown, strongest, train  # noqa: E402
from support.danger_variants import card_rule  # noqa: E402
from support.query_sets import MEASURED_ONLY  # noqa: E402

QUERIES = ROOT / "tests" / "queries"
LANGUAGES = ("en", "es")
KEEP = 3000  # weights kept per language (the rest are near zero)
CUT = 0.0  # the card shows when the sum is above this: a learned chance of danger above one half
HEADER = """\
# yaml-language-server: $schema={schema}schema/danger-words.schema.json
# Learned word weights for the urgent-help card (seen.search.learned), beside the phrases of search.yml:
# a query shows the card when `bias` plus the weights of its words, word pairs ("held_down") and word
# starts ("stran*") is above `cut`. Written by `.venv/bin/python bench/danger_words.py --write` from every
# danger and ordinary query in tests/queries/; do not edit by hand: add queries there and run it again.
"""


def set_name(path: Path, language: str) -> str:
    name = path.name.removesuffix(f"-{language}.yml")
    return name.removeprefix("danger-")


def examples(language: str, *, leave_out: str | None = None) -> list[tuple[str, bool]]:
    found: list[tuple[str, bool]] = []
    for path in sorted(QUERIES.glob(f"*-{language}.yml")):
        if set_name(path, language) == leave_out:
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if path.name.startswith("danger-"):
            found += [(query, True) for query in data["danger"]] + [(query, False) for query in data["ordinary"]]
        elif set_name(path, language) not in MEASURED_ONLY:  # a held-out ranking list is never learned from
            found += [(case["query"], False) for case in data if case["expect"] != "/get-help/"]
    return list(dict.fromkeys(found))


def held(language: str, name: str) -> tuple[list[str], list[str]]:
    """The danger queries of a set, and those that are not (ordinary, and ranking ones not expecting /get-help/)."""
    danger, ordinary = [], []
    path = QUERIES / f"danger-{name}-{language}.yml"
    if path.is_file():
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        danger, ordinary = list(data["danger"]), list(data["ordinary"])
    path = QUERIES / f"{name}-{language}.yml"
    if path.is_file():
        cases = yaml.safe_load(path.read_text(encoding="utf-8"))
        ordinary += [case["query"] for case in cases if case["expect"] != "/get-help/"]
        ordinary = [q for q in ordinary if q not in danger]
    return danger, ordinary


def leave_out(name: str, keep: int = KEEP) -> None:
    for language in LANGUAGES:
        danger, ordinary = held(language, name)
        if not danger:
            print(f"{language} {name}: no danger queries in this checkout")
            continue
        weights, bias = train(examples(language, leave_out=name))
        weights = strongest(weights, keep)
        rule = card_rule(ROOT, language, learned=False)  # the phrases as shipped, without learned weights
        phrases_danger, phrases_ordinary = rule(danger), rule(ordinary)
        learned_danger = shown(weights, bias, CUT, danger)  # the weights alone (no ordinary phrase applied)
        learned_ordinary = shown(weights, bias, CUT, ordinary)
        # What the reader gets: the shipped rule (help.js in Node) with the weights learned without the set.
        both = card_rule(ROOT, language, learned={"bias": round(bias, 2), "cut": CUT, "weights": weights})
        both_danger, both_ordinary = both(danger), both(ordinary)
        print(f"{language} {name}: {len(danger)} danger, {len(ordinary)} other queries (ordinary and ranking)")
        for label, d, o in (
            ("phrases", phrases_danger, phrases_ordinary),
            ("learned", learned_danger, learned_ordinary),
            ("both", both_danger, both_ordinary),
        ):
            print(f"  {label:8} card for danger {sum(d)}/{len(d)}, for others {sum(o)}/{len(o)}")
        for query, hit in zip(danger, both_danger, strict=True):
            if not hit:
                print(f"  - no card: {query!r}")
        for query, hit in zip(ordinary, both_ordinary, strict=True):
            if hit:
                print(f"  - card for another query: {query!r}")


def write(keep: int = KEEP) -> None:
    for language in LANGUAGES:
        found = examples(language)
        weights, bias = train(found)
        weights = strongest(weights, keep)
        danger = [q for q, d in found if d]
        other = [q for q, d in found if not d]
        print(
            f"{language}: {len(weights)} weights from {len(danger)} danger and {len(other)} other queries; on them "
            f"the weights alone show the card for {sum(shown(weights, bias, CUT, danger))}/{len(danger)} danger "
            f"and {sum(shown(weights, bias, CUT, other))}/{len(other)} others"
        )
        folder = ROOT / "data" if language == "en" else ROOT / "data" / language
        body = yaml.safe_dump(
            {"bias": round(bias, 2), "cut": CUT, "weights": weights}, sort_keys=False, allow_unicode=True, width=120
        )
        schema = "" if language == "en" else "../"
        (folder / "danger-words.yml").write_text(HEADER.format(schema=schema) + body, encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leave-out", metavar="SET", help="learn without this set and measure on it")
    parser.add_argument("--write", action="store_true", help="learn from every set and write the data files")
    parser.add_argument("--keep", type=int, default=KEEP, help=f"weights kept per language (default {KEEP})")
    args = parser.parse_args(argv)
    if args.leave_out:
        leave_out(args.leave_out, args.keep)
    if args.write:
        write(args.keep)
    if not (args.leave_out or args.write):
        parser.print_help()


if __name__ == "__main__":
    main()
