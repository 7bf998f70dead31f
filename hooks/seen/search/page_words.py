"""Learned page words: which page a reader means, learned from the words readers used for each page.

Ten rounds of keywords and hand rules lifted the query sets they were tuned on and barely moved sets
written apart. The query sets in tests/queries/ hold thousands of reader queries with the page each
means; this module learns from them what the danger words (seen.search.learned) learn for the card:
a weight for each feature of a query (its words, each two side by side, each long word's start:
seen.search.learned.features) toward each page, by multinomial (softmax) logistic regression (`train`).
bench/page_words.py writes the strongest weights to data/page-words.yml (data/<language>/ for another
language). Each page's own document in the search index carries a short token of its own
(`page_token`, from its address); the search worker (the weights in search/seen-pages.js, which only it
loads; the code in search/seen-help.js: help.js `pageGuess`, the same sums as `guess` here, a test holds
them equal) adds the token of the page the weights find
likeliest to the query, boosted by how sure they are, so that page rises among lunr's results. A
query with no feature the weights know is left as lunr has it.
"""

from __future__ import annotations

import hashlib
import math
import random
from collections.abc import Iterable, Mapping, Sequence

from seen.content.models import PageWords
from seen.search.help import words
from seen.search.learned import features

# A page token: these two letters (no word of either language starts so, so no typed word's prefix
# search reaches one) and four consonants from the page's address (a Spanish stem keeps consonants).
TOKEN_START = "qx"
_LETTERS = "bcdfghjklmnpqrstvwxz"


def page_token(location: str) -> str:
    """The page's token in the search index, from its address ("signs/gaslighting/" -> "qx" + 4 letters)."""
    number = int.from_bytes(hashlib.sha256(location.strip("/").encode("utf-8")).digest()[:8], "big")
    letters = []
    for _ in range(4):
        number, at = divmod(number, len(_LETTERS))
        letters.append(_LETTERS[at])
    return TOKEN_START + "".join(letters)


def page_features(text: str, apart: int = 1) -> set[str]:
    """A query's features for the page words: seen.search.learned.features (words, each two side by side, long
    words' starts), and with `apart` above 1 also each two words up to that far apart as one pair ("cut me off"
    -> "cut_off", as "cut off" reads): neighbouring pages often differ by two words with a small one between."""
    found = features(text)
    if apart > 1:
        typed = words(text)
        for gap in range(2, apart + 1):
            found.update(f"{a}_{b}" for a, b in zip(typed, typed[gap:], strict=False))
    return found


def kept(found: PageWords | None, locations: Iterable[str]) -> PageWords | None:
    """The page words without the pages a guide does not have (`locations`: its pages' addresses, "signs/x/"),
    so a practice that took a page out sends no weights for it; None when no page is left."""
    if found is None:
        return None
    have = {"/" + location.removeprefix("/") for location in locations}
    bias = {page: value for page, value in found.bias.items() if page in have}
    if len(bias) == len(found.bias):
        return found
    weights = {}
    for feature, row in found.weights.items():
        left = {page: weight for page, weight in row.items() if page in have}
        if left:
            weights[feature] = left
    return found.model_copy(update={"bias": bias, "weights": weights}) if bias and weights else None


def train(
    examples: Sequence[tuple[str, str]],
    *,
    rounds: int = 12,
    rate: float = 0.2,
    shrink: float = 1e-4,
    seed: int = 1,
    apart: int = 1,
) -> tuple[list[str], dict[str, list[float]], list[float]]:
    """(pages, weights, biases) of a softmax regression over (query, page) examples: weights maps a
    feature to one weight per page (in the order of `pages`, sorted). Stochastic gradient descent over
    the examples in an order fixed by `seed`, each example's features in sorted order, so that the
    same examples give the same weights on any machine (as seen.search.learned.train)."""
    pages = sorted({page for _, page in examples})
    at = {page: i for i, page in enumerate(pages)}
    order = [(sorted(page_features(text, apart)), at[page]) for text, page in examples]
    shuffle = random.Random(seed).shuffle
    count = len(pages)
    weights: dict[str, list[float]] = {}
    bias = [0.0] * count
    for step in range(rounds):
        shuffle(order)
        pace = rate / (1 + 0.2 * step)
        for found, wanted in order:
            rows = [weights.setdefault(feature, [0.0] * count) for feature in found]
            sums = list(bias)
            for row in rows:
                sums = [s + w for s, w in zip(sums, row, strict=True)]
            top = max(sums)
            exps = [math.exp(s - top) for s in sums]
            whole = sum(exps)
            errors = [e / whole for e in exps]
            errors[wanted] -= 1.0
            for row in rows:
                for i in range(count):
                    row[i] -= pace * (errors[i] + shrink * row[i])
            for i in range(count):
                bias[i] -= pace * errors[i]
    return pages, weights, bias


def strongest(
    pages: Sequence[str], weights: Mapping[str, Sequence[float]], keep: int, *, digits: int = 1, step: float = 0
) -> dict[str, dict[str, float]]:
    """The `keep` weights furthest from zero, rounded, as feature -> {page: weight}, in a fixed order
    (features by their heaviest weight, then by name; pages within a feature by weight, then name). With a
    `step` (0.2), each is rounded to the nearest multiple of it instead: fewer different weights, so more
    features share a group in seen-pages.js (seen.search.help.page_words_data) and more fit its bytes."""
    return strongest_of(ranked(pages, weights), keep, digits=digits, step=step)


def ranked(pages: Sequence[str], weights: Mapping[str, Sequence[float]]) -> list[tuple[str, str, float]]:
    """Every weight as (feature, page, weight), furthest from zero first (then by feature and page), for
    `strongest_of`: sorted once when many `keep` are tried (bench/page_words.py fills a byte budget)."""
    every = [(feature, pages[i], weight) for feature, row in weights.items() for i, weight in enumerate(row) if weight]
    every.sort(key=lambda item: (-abs(item[2]), item[0], item[1]))
    return every


def strongest_of(
    every: Sequence[tuple[str, str, float]], keep: int, *, digits: int = 1, step: float = 0
) -> dict[str, dict[str, float]]:
    """`strongest` from the weights `ranked` gives."""
    kept: dict[str, dict[str, float]] = {}
    for feature, page, weight in every[:keep]:
        rounded = round(round(weight / step) * step, digits) if step else round(weight, digits)
        if rounded:
            kept.setdefault(feature, {})[page] = rounded
    return {
        feature: dict(sorted(row.items(), key=lambda item: (-abs(item[1]), item[0]))) for feature, row in kept.items()
    }


def chances(
    bias: Mapping[str, float], weights: Mapping[str, Mapping[str, float]], text: str, *, apart: int = 1
) -> dict[str, float]:
    """Each page's chance that a query means it (softmax of the bias plus the query's features' weights),
    or nothing when the query has no feature the weights know: then lunr's results stand alone."""
    known = [feature for feature in sorted(page_features(text, apart)) if feature in weights]
    if not known:
        return {}
    sums = dict(bias)
    for feature in known:
        for page, weight in weights[feature].items():
            sums[page] = sums.get(page, 0.0) + weight
    top = max(sums.values())
    exps = {page: math.exp(value - top) for page, value in sums.items()}
    whole = sum(exps.values())
    return {page: value / whole for page, value in exps.items()}


def guess(
    bias: Mapping[str, float],
    weights: Mapping[str, Mapping[str, float]],
    text: str,
    *,
    sure: float,
    scale: float,
    pages: int,
    apart: int = 1,
) -> list[tuple[str, int]]:
    """The pages to lift for a query, with the boost of each: the `pages` likeliest whose chance is at
    least `sure`, each boosted by `scale` times its chance, rounded (lunr reads whole boosts only), at least 1."""
    found = chances(bias, weights, text, apart=apart)
    ranked = sorted(found.items(), key=lambda item: (-item[1], item[0]))[:pages]
    return [(page, max(1, math.floor(scale * chance + 0.5))) for page, chance in ranked if chance >= sure]
