"""The urgent-help card's rule on wording nobody wrote down: variants a reader would type (a typo in
a content word, voice typing or texting spellings, filler words, another partner word, another tense
or person, a friend's behalf) of every danger and ordinary query in tests/queries/danger-*.yml, and
the ordinary reader queries of the ranking sets (all but those meant for /get-help/). Prints, per
language and kind, the share of danger variants that still show the card and of ordinary variants
that raise it. Variants are made deterministically (tests/support/danger_variants.py), so two runs
compare. Writes nothing.

    .venv/bin/python bench/danger_variants.py            # this checkout
    .venv/bin/python bench/danger_variants.py --misses 5 # and a few variants per kind that miss
    .venv/bin/python bench/danger_variants.py --root ../other-checkout   # its data and help.js
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from support.danger_variants import KINDS, alarms, card_rule, measure  # noqa: E402
from support.query_sets import FOLDER, LANGUAGES, load_danger  # noqa: E402


def ranking_ordinary(language: str) -> list[str]:
    """Reader queries of every ranking set not meant for /get-help/ (they are about the guide's topics)."""
    found: list[str] = []
    for path in sorted(FOLDER.glob(f"*-{language}.yml")):
        if path.name.startswith("danger-"):
            continue
        for case in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            if case["expect"] not in ("/get-help/",) and case["query"] not in found:
                found.append(str(case["query"]))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout whose rule is measured")
    parser.add_argument("--misses", type=int, default=0, help="print this many missing variants per kind")
    args = parser.parse_args()
    for language in LANGUAGES:
        shown = card_rule(args.root.resolve(), language)
        danger: list[str] = []
        ordinary: list[str] = []
        for path in sorted(FOLDER.glob(f"danger-*-{language}.yml")):
            queries = load_danger(path)
            danger += [q for q in queries.danger if q not in danger]
            ordinary += [q for q in queries.ordinary if q not in ordinary]
        reader = ranking_ordinary(language)
        base_d = sum(shown(danger))
        base_o = sum(shown(ordinary))
        base_r = shown(reader)
        print(
            f"== {language}: as written: card for {base_d}/{len(danger)} danger queries; "
            f"false alarms {base_o}/{len(ordinary)} ordinary, {sum(base_r)}/{len(reader)} ranking queries"
        )
        for q, r in zip(reader, base_r, strict=True):
            if r:
                print(f"   ranking query with the card: {q!r}")
        held = measure(shown, danger, language)
        raised = alarms(shown, ordinary + reader, language)
        total = [0, 0, 0, 0]
        print(f"   {'kind':8} {'danger variants with the card':>32} {'ordinary variants with it':>28}")
        for kind in KINDS:
            ok, made, missed = held[kind]
            bad, tried, wrong = raised[kind]
            total = [total[0] + ok, total[1] + made, total[2] + bad, total[3] + tried]
            print(
                f"   {kind:8} {ok:>14}/{made:<6} ({ok / max(made, 1):6.1%}) {bad:>12}/{tried:<6} ({bad / max(tried, 1):5.1%})"
            )
            for v in missed[: args.misses]:
                print(f"      miss  {v}")
            for v in wrong[: args.misses]:
                print(f"      alarm {v}")
        print(
            f"   {'all':8} {total[0]:>14}/{total[1]:<6} ({total[0] / max(total[1], 1):6.1%}) "
            f"{total[2]:>12}/{total[3]:<6} ({total[2] / max(total[3], 1):5.1%})"
        )


if __name__ == "__main__":
    main()
