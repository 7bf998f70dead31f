"""Pages holding code the guide does not ship stop the build with one line (seen.finish.security)."""

from __future__ import annotations

from seen.finish.security import unexpected_code_message


def test_pages_with_unexpected_code_stop_the_build_in_one_line() -> None:
    assert unexpected_code_message([]) is None
    assert unexpected_code_message(["a.html: x"]) == "a.html: x"
    assert unexpected_code_message(["a.html: x", "b.html: y"]) == "a.html: x (and 1 more page)"
    assert unexpected_code_message(["a.html: x", "b.html: y", "c.html: z"]) == "a.html: x (and 2 more pages)"
