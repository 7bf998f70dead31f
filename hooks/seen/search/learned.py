"""A second reading of danger, beside the phrases: word weights learned from the query sets.

The danger phrases (data/search.yml `danger`) find the kinds of harm they were written for; each query
set written apart has found a few percent of its danger queries in kinds no phrase named ("i was held
down", "no reason to live"). A query is also read as danger when the words it uses weigh enough toward
danger: each word, each pair of words side by side and each long word's start (`features`) has a weight
(a setting may also learn one for each of the phrases' word families a word belongs to, "@hurt" from
search.yml `families`; measured in the fourteenth round and not shipped: BENCHMARKS.md), learned by
logistic regression (`train`) from every danger and ordinary query in tests/queries/ (bench/danger_words.py;
it writes data/danger-words.yml and data/<language>/danger-words.yml). The weights are data the build
checks and sends to the browser with the phrases; hooks/seen/search/help.js reads a query's features the
same way, with the families the phrases send (a test holds the two equal).
"""

from __future__ import annotations

import math
import random
from collections.abc import Collection, Iterable, Mapping, Sequence

from seen.search.help import words

START = 5  # a word longer than this also counts as its first START letters ("strangled" -> "stran*")

# Word families as features read them: (name, its whole words, its word starts without the "*").
Kin = tuple[tuple[str, frozenset[str], tuple[str, ...]], ...]


def kin(families: Mapping[str, Sequence[str]]) -> Kin:
    """The danger phrases' word families (folded, as seen.search.help.danger_rules sends them) in the form
    `features` reads: a word of a family adds "@name", so a verb of harm no set has used yet ("walloped")
    weighs what the family learned from the others ("punched", "slapped")."""
    return tuple(
        (
            name,
            frozenset(word for word in family if not word.endswith("*")),
            tuple(word[:-1] for word in family if word.endswith("*")),
        )
        for name, family in sorted(families.items())
    )


def features(text: str, families: Kin = ()) -> set[str]:
    """What a query's weight is the sum of: its words, each two side by side, each long word's start, and
    each word family (`kin`) one of its words belongs to, as a whole word or by a start ("punch*")."""
    typed = words(text)
    found = set(typed)
    found.update(f"{a}_{b}" for a, b in zip(typed, typed[1:], strict=False))
    found.update(word[:START] + "*" for word in typed if len(word) > START)
    for name, whole, starts in families:
        if any(word in whole or word.startswith(starts) for word in typed):
            found.add("@" + name)
    return found


def total(weights: Mapping[str, float], bias: float, text: str, families: Kin = ()) -> float:
    # fsum: the exact sum, whatever the set's order (which changes with Python's hash seed): a query whose
    # weights add up to the cut exactly would otherwise fall either side of it from one run to the next.
    return math.fsum([bias, *(weights.get(feature, 0.0) for feature in features(text, families))])


def train(
    examples: Sequence[tuple[str, bool]],
    *,
    rounds: int = 25,
    rate: float = 0.3,
    shrink: float = 1e-4,
    seed: int = 1,
    lean: float = 1.0,
    average: int = 0,
    near: float = 1.0,
    near_misses: Collection[str] = (),
    families: Kin = (),
    common: Collection[str] = (),
    common_shrink: float = 0.0,
    family_shrink: float | None = None,
    only: Collection[str] | None = None,
) -> tuple[dict[str, float], float]:
    """Weights and bias of a logistic regression (danger = True), by stochastic gradient descent over
    the examples in an order fixed by `seed`, each example's features in sorted order (a set's order
    changes with Python's hash seed, and so would the last digits of every sum): the same examples give
    the same weights, on any machine.

    `lean`: a danger example counts this many times an ordinary one (a missed danger query costs a reader
    more than a false alarm). `average`: the weights are the mean of those at the end of each of the last
    `average` rounds (0: the last round's alone); a mean moves less when a few examples are added, so the
    card keeps more of what it showed before.

    `near`: an ordinary example in `near_misses` (a danger list's own ordinary queries: near misses written to
    look like danger, "he leaves me hanging") counts this many times another ordinary one. Words every query
    uses ("me", "my", "quiero") otherwise learn to lean toward danger, since danger queries use them more than
    a reader looking for a page does; near misses use them as much, and weighed more they pull them back.

    `families`: the word families (`kin`) whose "@name" features are learned beside the words.

    `common`: features (words every reader uses: "me", "my") held nearer zero, by `common_shrink` in place of
    `shrink`: they say little about danger by themselves, and weighed much they drive false alarms.

    `family_shrink`: the families' "@name" features held nearer zero by this in place of `shrink` (None: by
    `shrink`): a family's weight should grow only where many of its words agree, not from one word's
    examples, which its own word feature learns already.

    `only`: the features learned (None: every one); the others are left out of each example, as if the query
    did not have them. Learning again on the features a first learning kept (`strongest`) lets the kept weights
    carry what the dropped ones did."""
    held = dict.fromkeys(common, common_shrink)
    if family_shrink is not None:
        held.update(dict.fromkeys(("@" + name for name, _, _ in families), family_shrink))
    heavier = set(near_misses) if near != 1.0 else set()
    order = [
        (
            sorted(feature for feature in features(text, families) if only is None or feature in only),
            1.0 if danger else 0.0,
            near if not danger and text in heavier else 1.0,
        )
        for text, danger in examples
    ]
    shuffle = random.Random(seed).shuffle
    weights: dict[str, float] = {}
    bias = 0.0
    summed: dict[str, float] = {}
    summed_bias = 0.0
    for step in range(rounds):
        shuffle(order)
        pace = rate / (1 + 0.2 * step)
        for found, wanted, counts in order:
            z = max(-30.0, min(30.0, bias + sum(weights.get(feature, 0.0) for feature in found)))
            error = (1 / (1 + math.exp(-z)) - wanted) * counts
            if wanted:
                error *= lean
            for feature in found:
                weight = weights.get(feature, 0.0)
                weights[feature] = weight - pace * (error + held.get(feature, shrink) * weight)
            bias -= pace * error
        if step >= rounds - average:
            for feature, weight in weights.items():
                summed[feature] = summed.get(feature, 0.0) + weight
            summed_bias += bias
    if average:
        kept = min(average, rounds)
        return {feature: weight / kept for feature, weight in summed.items()}, summed_bias / kept
    return weights, bias


def mean(learned: Sequence[tuple[Mapping[str, float], float]]) -> tuple[dict[str, float], float]:
    """The mean of several learned weights and biases (say, of several seeds): steadier than any one."""
    weights: dict[str, float] = {}
    for found, _ in learned:
        for feature, weight in found.items():
            weights[feature] = weights.get(feature, 0.0) + weight
    count = len(learned)
    return {feature: weight / count for feature, weight in weights.items()}, sum(b for _, b in learned) / count


def strongest(weights: Mapping[str, float], keep: int, *, digits: int = 1) -> dict[str, float]:
    """The `keep` weights furthest from zero, rounded, in a fixed order (heaviest first, then by name)."""
    ranked = sorted(weights.items(), key=lambda item: (-abs(item[1]), item[0]))[:keep]
    return {feature: round(weight, digits) for feature, weight in ranked if round(weight, digits)}


def shown(
    weights: Mapping[str, float], bias: float, cut: float, queries: Iterable[str], families: Kin = ()
) -> list[bool]:
    return [total(weights, bias, query, families) > cut for query in queries]
