"""How long the urgent-help card's rule takes to read one query: the code a reader's browser runs at each key
they type (hooks/seen/search/help.js, `isDanger`), in Node, over every query of the read danger lists.

Run from the project root:

    .venv/bin/python bench/card_speed.py               # this checkout
    .venv/bin/python bench/card_speed.py --root ../x   # another checkout's data and help.js, to compare

Printed per language: the first query, which also pays for the rule's one-time preparation (its phrases
expanded, its slots indexed), then over the rest the mean, median, 95th and 99th percentile and the slowest
query, in milliseconds. Each query is read once, in the lists' order, after the first one has warmed the
rules; a reader's phone is slower than this machine by a factor this does not measure, and a query typed key
by key is read once per key.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from support.danger_variants import compiled_rules  # noqa: E402
from support.query_sets import DANGER_SETS, LANGUAGES, danger_path, load_danger  # noqa: E402

_NODE = """
const fs = require("fs");
const [file, rules, queries] = JSON.parse(fs.readFileSync(0, "utf8"));
const self = {};
new Function("self", fs.readFileSync(file, "utf8"))(self);
const help = self.seenSearchHelp;
const spent = queries.map((query) => {
  const start = process.hrtime.bigint();
  help.isDanger(rules, query);
  return Number(process.hrtime.bigint() - start) / 1e6;
});
console.log(JSON.stringify(spent));
"""


def queries_of(language: str) -> list[str]:
    """Every danger and ordinary query of the read danger lists, once each, in the lists' order."""
    found: list[str] = []
    for name in DANGER_SETS:
        path = danger_path(name, language)
        if path.is_file():
            lists = load_danger(path)
            found += lists.danger + lists.ordinary
    return list(dict.fromkeys(found))


def timed(root: Path, language: str, queries: list[str]) -> list[float]:
    """Milliseconds `root`'s rule took for each query, in order."""
    rules, logic = compiled_rules(root, language)
    result = subprocess.run(
        ["node", "-e", _NODE],
        input=json.dumps([str(logic), rules, queries]),
        capture_output=True,
        text=True,
        check=True,
        timeout=3600,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def report(language: str, queries: list[str], spent: list[float]) -> str:
    rest = sorted(spent[1:])
    slowest = max(range(1, len(spent)), key=spent.__getitem__)

    def share(fraction: float) -> float:
        return rest[min(len(rest) - 1, int(fraction * len(rest)))]

    return (
        f"{language}: {len(queries)} queries; first {spent[0]:.1f} ms (with the one-time preparation); then mean "
        f"{statistics.fmean(rest):.2f} ms, median {statistics.median(rest):.2f}, 95% {share(0.95):.2f}, "
        f"99% {share(0.99):.2f}, slowest {spent[slowest]:.1f} ms ({queries[slowest]!r})"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout whose data and help.js to run")
    args = parser.parse_args(argv)
    for language in LANGUAGES:
        queries = queries_of(language)
        print(report(language, queries, timed(args.root.resolve(), language, queries)), flush=True)


if __name__ == "__main__":
    main()
