"""Which other word forms the index keeps: only those search could not reach through a longer word
of the same page (search matches a typed word as the start of an indexed one)."""

from __future__ import annotations

from seen.content.models import DangerWords, SearchWords
from seen.search.index import needed_forms, search_terms

WORDS = SearchWords(skip_words=["i", "my"], same_words=[], danger=DangerWords(phrases=["hit*+me"]))


def test_a_form_that_starts_another_word_of_the_page_is_left_out() -> None:
    # "care" starts "cares" (a keyword) and "cared": typing "care" finds them already.
    assert needed_forms({"care", "cared", "caring"}, ["cares"]) == ["cared", "caring"]
    # A form that no other word starts with is kept, and keywords are never forms.
    assert needed_forms({"stop", "stopped", "stopping", "stops"}, ["stop"]) == ["stopped", "stopping", "stops"]


def test_every_form_search_terms_drops_is_still_found_by_a_typed_prefix() -> None:
    full = set(search_terms(["he ignores my texts", "stopped caring"], WORDS).keywords.split())
    terms = search_terms(["he ignores my texts", "stopped caring"], WORDS)
    kept = set(terms.forms.split()) | full
    # Each plain form a reader may type ("ignore", "ignored", "stop", "care") still starts some kept word.
    for typed in ("ignore", "ignored", "ignoring", "text", "texting", "stop", "stops", "care", "cared", "cares"):
        assert any(word.startswith(typed) for word in kept), typed
    # ...and nothing kept is the start of another kept form.
    forms = terms.forms.split()
    assert not [f for f in forms if any(o != f and o.startswith(f) for o in kept)]
