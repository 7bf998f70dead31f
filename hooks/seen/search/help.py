"""What search adds when a reader opens it: the urgent-help card for danger, and closest pages.

The rules are data (data/search.yml `danger`); this module compiles them for the browser, with the
card (drawn by a template at build time) and each page's words for "closest pages", into one small
script beside the search index (`search/seen-help.js`). assets/seen.js loads it only when search
opens, so pages that never open search do not pay for it. The matching itself is in help.js, the
code the reader's browser runs (and the tests run in Node).

The learned page words (seen.search.page_words), which only our search worker uses, are a file of
their own beside it (`search/seen-pages.js`, data alone: the worker runs them with help.js
`pageGuess`, from seen-help.js, which it loads too). The page never loads them: a reader in danger
on a weak connection waits for seen-help.js before the card can show, and the page words were a
fifth of it (then about 12 KB gzip of 64; their budget is 24 KB since the sixteenth round: BUDGET in
bench/page_words.py).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from seen.content.models import DangerWords, PageWords

SCRIPT = "search/seen-help.js"
# The learned page words, for the search worker alone (seen.search.worker loads it beside SCRIPT).
PAGES_SCRIPT = "search/seen-pages.js"
LOGIC = Path(__file__).with_name("help.js")

_NOT_A_WORD = re.compile(r"[^\w]+|_+")


_APOSTROPHES = re.compile(r"['\u2018\u2019`\u00b4]")


def fold(text: str) -> str:
    """Lowercase, without accents and apostrophes: as search_help.js reads what is typed."""
    text = text.lower()
    if not text.isascii():  # plain ASCII has no accents to take off (most words, in a build that folds thousands)
        text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return _APOSTROPHES.sub("", text)


def words(text: str) -> list[str]:
    return [word for word in _NOT_A_WORD.split(fold(text)) if word]


def danger_rules(danger: DangerWords) -> dict[str, Any]:
    """The danger phrases as search_help.js reads them: each phrase a list of groups (separated by
    spaces in the data), each group a list of slots side by side (joined by "+"), each slot a list
    of choices (joined by "|"; a family "@name" is kept as its name, its words sent once in `families`),
    folded as typed words are;
    the ordinary phrases alike (with `ordinary_unless`: by an ordinary phrase's place, the words after its "~"),
    and the fillers, readings and sounds where the data has them."""

    def choices(slot: str) -> list[str]:
        found: list[str] = []
        for choice in slot.split("|"):
            word = choice if choice.startswith("@") else fold(choice)  # a family is named, sent once below
            if word not in found:
                found.append(word)
        return found

    def compiled(phrase: str) -> list[list[list[str]]]:
        return [[choices(slot) for slot in group.split("+")] for group in phrase.split(" ")]

    # An ordinary phrase's words, and after " ~" the words it must not silence (sent apart, by its place).
    ordinary = [phrase.partition(" ~") for phrase in danger.ordinary]
    used = sorted(
        {
            name
            for phrase in [*danger.phrases, *danger.ordinary, *(danger.lone.named if danger.lone else [])]
            for name in re.findall(r"@([a-z_]+)", phrase)
        }
    )
    rules: dict[str, Any] = {
        "gap": danger.gap,
        "families": {name: list(dict.fromkeys(fold(word) for word in danger.families[name])) for name in used},
        "unless": [fold(word) for word in danger.unless_after],
        "phrases": [compiled(phrase) for phrase in danger.phrases],
    }
    # Only what the data has, so an edition without them loads no more than before.
    if danger.ordinary:
        rules["ordinary"] = [compiled(phrase) for phrase, _, _ in ordinary]
        guards = {str(at): choices(guard) for at, (_, _, guard) in enumerate(ordinary) if guard}
        if guards:
            rules["ordinary_unless"] = guards
    if danger.fillers:
        rules["fillers"] = [fold(word) for word in danger.fillers]
    if danger.read_as:
        rules["read_as"] = {fold(word): [fold(other) for other in others] for word, others in danger.read_as.items()}
    if danger.laughs:
        rules["laughs"] = [fold(word) for word in danger.laughs]
    if danger.laugh_margin:
        rules["laugh_margin"] = danger.laugh_margin
    if danger.lone:  # a phrase of one word alone decides only in a query about someone
        lone = danger.lone
        rules["lone"] = {
            "named": [word if word.startswith("@") else fold(word) for word in lone.named],
            "endings": [fold(ending) for ending in lone.endings],
            "short": lone.short,
            "margin": lone.margin,
        }
    if danger.apart_with:
        rules["apart_with"] = [fold(word) for word in danger.apart_with]
    if danger.apart_first:
        rules["apart_first"] = True
    if danger.held_short:
        rules["held_short"] = [fold(word) for word in danger.held_short]
    if danger.alone:
        rules["alone"] = [fold(word) for word in danger.alone]
        if danger.alone_with:
            rules["alone_with"] = [fold(word) for word in danger.alone_with]
    if danger.sounds:
        rules["sounds"] = [[fold(heard), fold(meant)] for heard, meant in danger.sounds]
    if danger.learned:  # seen.search.learned: word weights beside the phrases
        rules["learned"] = {"bias": danger.learned.bias, "cut": danger.learned.cut, "weights": danger.learned.weights}
    return rules


def page_words_data(found: PageWords) -> dict[str, Any]:
    """The learned page words as help.js `pageGuess` reads them: the pages in order (by address, the order
    seen.search.page_words.guess breaks ties in), each by its index token and bias, and each page's weights
    as one line of groups, a weight then the features that weigh so toward it ("0.6 hits partn*|1.4 hit_me").

    Weights by page, not by feature: most features weigh toward one page only, and a group's weight is written
    once for all its features, so neither the page's number nor the weight is sent again for each feature; the
    features of a group in order of their letters, which gzip reads as runs. The same weights in 29% fewer
    bytes gzip than one list of page numbers and weights per feature ({"hits": [3, 0.6]}), so more fit the
    budget (bench/page_words.py). The weight is written as the data holds it ("0.6"), so the browser reads the
    very number the build sums."""
    # Imported here, not at the top: seen.search.page_words needs seen.search.learned, which needs this module's
    # `words`, so a top-level import would be circular.
    from seen.search.page_words import page_token

    pages = sorted(found.bias)
    groups: dict[str, dict[float, list[str]]] = {page: {} for page in pages}
    for feature, row in found.weights.items():
        for page, weight in row.items():
            groups[page].setdefault(weight, []).append(feature)
    return {
        "sure": found.sure,
        "scale": found.scale,
        "pages": found.pages,
        **({"apart": found.apart} if found.apart != 1 else {}),  # help.js reads none as 1: no bytes for the usual
        "tokens": [page_token(page) for page in pages],
        "bias": [found.bias[page] for page in pages],
        "weights": [
            "|".join(f"{weight!r} " + " ".join(sorted(features)) for weight, features in sorted(groups[page].items()))
            for page in pages
        ],
    }


def closest_pages(docs: Iterable[Mapping[str, Any]], skip_words: Iterable[str]) -> list[dict[str, Any]]:
    """Each whole page of the index (not its sections) with the words it is found by most: its
    title, its keywords and its labels ("narcissist": seen.search.index.PageSearch.labels)."""
    skip = {fold(word) for word in skip_words}
    pages = []
    for doc in docs:
        if "#" in doc["location"] or not doc.get("title"):
            continue
        found: list[str] = []
        for word in words(f"{doc['title']} {doc.get('keywords', '')} {doc.get('labels', '')}"):
            if len(word) >= 3 and word not in skip and word not in found:
                found.append(word)
        pages.append({"url": doc["location"], "title": doc["title"], "words": found})
    return pages


def help_script(
    *,
    danger: DangerWords,
    card: str,
    closest: str,
    pages: Sequence[Mapping[str, Any]],
    skip_words: Iterable[str],
) -> str:
    """The script written to `SCRIPT`: this edition's data, then the shared code. `card` is HTML
    drawn by a template (escaped there); `closest` is plain text, set as text in the browser."""
    data = {
        "danger": danger_rules(danger),
        "card": card,
        "closest": closest,
        "pages": list(pages),
        "skip": sorted({fold(word) for word in skip_words}),
    }
    return f"var SEEN_SEARCH = {_encoded(data)};\n" + LOGIC.read_text(encoding="utf-8")


def pages_script(page_words: PageWords | None) -> str:
    """The script written to `PAGES_SCRIPT`: the learned page words as help.js `pageGuess` reads them, or
    null for an edition without them. The file is there all the same: the worker imports it, and a worker
    cannot import a file that is missing (it stops; in the offline edition's iframe, it waits for ever)."""
    data = None if page_words is None else page_words_data(page_words)
    return f"var SEEN_PAGE_WORDS = {_encoded(data)};\n"


def _encoded(data: object) -> str:
    # "</" never appears in a script's text in a way a browser could read as its end.
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
