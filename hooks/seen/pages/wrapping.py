"""Cutting a word too long for a line, in time that grows with the line, not with the word.

A pasted 10,000-character "word" used to be cut by trying every shorter prefix from the longest:
each try measured the whole prefix, so the time grew with the cube of its length.
"""

from __future__ import annotations

from collections.abc import Callable


def longest_prefix(word: str, fits: Callable[[str], bool]) -> int:
    """The length of the longest start of `word` that `fits` (at least 1, so every cut makes
    progress). `fits` must hold for every start shorter than one that fits. It is asked about
    starts at most about twice as long as the answer, O(log answer) times."""
    if len(word) <= 1 or not fits(word[:1]):
        return 1
    low, high = 1, None  # word[:low] fits; word[:high] does not
    while high is None:
        probe = min(low * 2, len(word))
        if fits(word[:probe]):
            low = probe
            if probe == len(word):
                return probe
        else:
            high = probe
    while high - low > 1:
        middle = (low + high) // 2
        if fits(word[:middle]):
            low = middle
        else:
            high = middle
    return low


def cut_word(word: str, fits: Callable[[str], bool]) -> list[str]:
    """`word` in pieces that each fit (a piece of one character when even that does not fit)."""
    pieces = []
    while word:
        cut = longest_prefix(word, fits)
        pieces.append(word[:cut])
        word = word[cut:]
    return pieces
