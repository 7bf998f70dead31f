"""seen-query.js (hooks/seen/search/query.js) run in Node: what it hands on to lunr for what a reader typed."""

from __future__ import annotations

import json
import subprocess

from seen.content.models import DangerWords, SearchWords
from seen.search.index import separator
from seen.search.worker import QUERY_SOURCE
from support.browser import require

WORDS = SearchWords(
    skip_words=["i", "me", "he", "the", "my"],
    same_words=[],
    danger=DangerWords(phrases=["hit*+me"]),
)

_REWRITE = """
const seenQuery = require(ARGS[0]);
const [index, queries] = ARGS.slice(1);
seenQuery.learn(index);
console.log(JSON.stringify(queries.map((q) => seenQuery.rewrite(q))));
"""


def rewritten(
    text: str, queries: list[str], lang: str = "en", *, title: str = "A", words: SearchWords = WORDS
) -> list[str]:
    """Each query as seen-query.js hands it on, for a guide whose only page has `title` and `text`
    (and `words`' skip words)."""
    require("node", "Node")
    index = {
        "config": {"separator": separator(words.skip_words), "lang": [lang]},
        "docs": [{"location": "a/", "title": title, "text": text}],
    }
    code = "const ARGS = " + json.dumps([str(QUERY_SOURCE), index, queries]) + ";\n" + _REWRITE
    result = subprocess.run(["node", "-e", code], capture_output=True, text=True, check=True, timeout=60)
    return json.loads(result.stdout.strip().splitlines()[-1])
