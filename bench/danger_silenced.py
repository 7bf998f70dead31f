"""Whether an everyday phrase can silence harm said next to it: each ordinary query of every danger list in
tests/queries/, with a plain clause of harm said after it and before it ("... and he hit me", "i want to kill
myself ..."). A clause shows the card alone; joined to an ordinary query it should still. Only the phrases are
read (not the learned words, which weigh the ordinary query too), so a miss here is an `ordinary` phrase taking
words a danger phrase needs: give it a "~" (data/search.yml) or write it tighter. Writes nothing.

    .venv/bin/python bench/danger_silenced.py              # this checkout
    .venv/bin/python bench/danger_silenced.py --root ../x  # another checkout's data and help.js

Some joins are no longer harm once joined: Spanish word order reads "... y me golpeó su silencio" as a figure.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from support.danger_variants import card_rule  # noqa: E402
from support.query_sets import FOLDER, LANGUAGES, load_danger  # noqa: E402

HARM = {
    "en": ["and he hit me", "then he choked me", "so i cut myself", "and he hurts me", "and he punched me",
           "then she slapped me", "and he threatened to kill me", "and he pushed me down the stairs",
           "so i took all my pills", "i want to kill myself", "he kicks me", "he beats me", "he strangled me",
           "he raped me", "and i want to die"],
    "es": ["y quiero morirme", "y me pegó", "y me ahorcó", "y me corto", "y me lastima", "y me golpeó",
           "y me dio una cachetada", "me amenazó con matarme", "me empujó por las escaleras",
           "me tomé todas las pastillas", "me quiero matar", "me patea", "me violó", "me golpea"],
}  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout whose data and help.js to run")
    parser.add_argument("--show", type=int, default=20, help="joins without the card to print per language")
    args = parser.parse_args(argv)
    for language in LANGUAGES:
        rule = card_rule(args.root.resolve(), language, learned=False)
        ordinary: list[str] = []
        for path in sorted(FOLDER.glob(f"danger-*-{language}.yml")):
            ordinary += load_danger(path).ordinary
        ordinary = list(dict.fromkeys(ordinary))
        harm = [clause for clause, shown in zip(HARM[language], rule(HARM[language]), strict=True) if shown]
        joins = [(f"{query} {clause}", clause) for query in ordinary for clause in harm]
        joins += [(f"{clause} {query}", clause) for query in ordinary for clause in harm]
        shown = rule([text for text, _ in joins])
        missed = [(text, clause) for (text, clause), hit in zip(joins, shown, strict=True) if not hit]
        print(f"== {language}: {len(missed)}/{len(joins)} joins of {len(ordinary)} ordinary queries and "
              f"{len(harm)} clauses of harm without the card")  # fmt: skip
        for clause, count in Counter(clause for _, clause in missed).most_common():
            print(f"   {count:5}  {clause!r}")
        for text, _ in missed[: args.show]:
            print(f"   - {text!r}")


if __name__ == "__main__":
    main()
