"""The plain functions behind hostile-input handling: text rules, YAML messages, linear wrapping."""

from __future__ import annotations

import datetime
import time
from pathlib import Path

import pytest

from seen.content.checks import check_front_matter, check_markers, check_nav, check_site_url
from seen.content.loading import GuideDataError, parse_yaml
from seen.content.rules import plausible_review, visible_text, words
from seen.pages.cards import BOLD, CardStyle, CardText, _font, _wrap, draw_card
from seen.pages.wrapping import cut_word, longest_prefix
from support.project import ROOT

# --- text a reader can see ------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["\u200b", "\u2800", "\u3164", " \u200d\u200c ", "\u034f", "\ufeff"])
def test_invisible_text_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="invisible"):
        visible_text(text)


@pytest.mark.parametrize("text", ["a\x00b", "bell\x07", "\x1b[31mred", "next\x85line"])
def test_control_characters_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="control character"):
        visible_text(text)


def test_visible_text_in_any_script_passes() -> None:
    for text in ("Worn out", "Agotada", "¿Te sientes sola?", "مرحبا", "疲れた", "🙂", "line\nbreak", "«…»"):
        assert visible_text(text) == text
    with pytest.raises(ValueError, match="direction controls"):
        visible_text("\u202edrawkcab")


def test_a_question_needs_words() -> None:
    assert words("Do you?") == "Do you?"
    for text in ("?", "¿?", "…?"):
        with pytest.raises(ValueError, match="at least one letter"):
            words(text)


def test_review_dates_in_range() -> None:
    today = datetime.date(2026, 11, 30)
    assert plausible_review(datetime.date(2026, 12, 1), today=today)  # a day's grace for time zones
    assert plausible_review(datetime.date(2021, 11, 30), today=today)
    for date, words_ in ((datetime.date(2026, 12, 2), "in the future"), (datetime.date(2021, 11, 29), "last 5 years")):
        with pytest.raises(ValueError, match=words_):
            plausible_review(date, today=today)
    assert plausible_review(datetime.date(2024, 2, 29), today=datetime.date(2029, 2, 28))


# --- YAML in plain words ----------------------------------------------------------------------------

BROKEN = {
    "tab": ("name: Seen\ncolours:\n\tprimary: '#123456'\n", "line 3: expected spaces for indenting, found a tab"),
    "missing colon": ("name: Seen\nsite_url https://x.org/\ntalk_to_us: true\n", 'line 2: expected "field: value"'),
    "missing colon, last line": ("name: Seen\ntalk_to_us true\n", 'line 2: expected "field: value"'),
    "unclosed quote": ('- slug: a\n  title: "Worn out\n  summary: x\n', 'line 2: expected a closing "'),
    "unclosed single quote": ("- slug: a\n  title: 'Worn out\n", "line 2: expected a closing '"),
    "colour without quotes": (
        "colours:\n  primary: #1d5f5b\n",
        'field "colours.primary" (line 2): expected a colour in quotes, like "#1d5f5b", found #1d5f5b without quotes',
    ),
    "second colon": ("- slug: a\n  title: Note: this\n", 'found a second ": "'),
    "indented too far": ("- slug: a\n  title: b\n   summary: c\n", "line 3: expected this line to start where"),
    "stray at sign": ("name: @home\n", "found @ where a value cannot start"),
    "stray backquote": ("name: `x`\n", "found ` where a value cannot start"),
    "NUL": ("name: a\x00b\n", "line 1: expected plain text, found a NUL byte"),
}


@pytest.mark.parametrize(("text", "says"), BROKEN.values(), ids=BROKEN.keys())
def test_yaml_mistakes_in_plain_words(text: str, says: str) -> None:
    with pytest.raises(GuideDataError) as caught:
        parse_yaml(text, label="data/practice.yml")
    first, *rest = str(caught.value).splitlines()
    assert first.startswith("data/practice.yml: ") and says in first
    assert "found found" not in first and "token" not in first
    if rest:  # the line quoted, and a pointer under the column
        assert len(rest) == 2 and rest[0].startswith("    ") and rest[1].strip() == "^"


def test_front_matter_line_numbers_count_from_the_page() -> None:
    with pytest.raises(GuideDataError, match=r"^docs/about.md: line 3: "):
        parse_yaml("description: x\n\ttitle: y\n", label="docs/about.md", first_line=2)


def test_bom_and_crlf_are_read_as_plain_text(tmp_path: Path) -> None:
    from seen.content.loading import read_yaml

    path = tmp_path / "practice.yml"
    path.write_bytes(b"\xef\xbb\xbfname: Harbour\r\ntalk_to_us: false\r\n")
    assert read_yaml(path, label="data/practice.yml") == {"name": "Harbour", "talk_to_us": False}


# --- early checks -----------------------------------------------------------------------------------


def test_front_matter_checks(tmp_path: Path) -> None:
    docs = ROOT / "docs"
    check_front_matter(
        {"description": "A page.", "keywords": ["a", "b"], "styles": ["assets/handout.css"]}, label="x", docs=docs
    )
    for meta, says in (
        ({}, 'front matter "description": expected one sentence'),
        ({"description": "\u200b"}, "invisible"),
        ({"description": "x" * 201}, "at most 200 characters"),
        ({"description": "A.", "keywords": "a, b"}, 'front matter "keywords": expected a list'),
        ({"description": "A.", "keywords": ["a", "A"]}, "each phrase once"),
        (
            {"description": "A.", "styles": ["../../etc/passwd"]},
            r'front matter "styles\[1\]": expected a style sheet in docs/',
        ),
        ({"description": "A.", "descripton": "B."}, 'did you mean "description"'),
    ):
        with pytest.raises(GuideDataError, match=says):
            check_front_matter(meta, label="docs/x.md", docs=docs)


def test_markers_are_checked() -> None:
    check_markers("<!-- guide:help -->\n\n<!-- guide:cards steps -->\n<!-- an ordinary comment -->", label="x")
    for text, says in (
        ("<!-- guide:card signs -->", "expected a marker like"),
        ("<!-- guide:map -->\n<!-- guide:map -->", "one <!-- guide:map --> marker, found 2"),
        ("Text <!-- guide:help -->", "alone on its line"),
    ):
        with pytest.raises(GuideDataError, match=says):
            check_markers(text, label="docs/x.md")


def test_nav_entries_must_point_to_pages() -> None:
    check_nav(
        ["index.md", {"A": "a.md"}, {"B": ["b.md", {"Out": "https://example.org/"}]}],
        pages={"index.md", "a.md", "b.md"},
    )
    with pytest.raises(
        GuideDataError, match=r'^mkdocs.yml: nav entry "Team": expected a page in docs/, found no page "team.md"$'
    ):
        check_nav([{"Team": "team.md"}], pages={"index.md"})


@pytest.mark.parametrize(
    "url", ['https://x.org/"', "https://x.org/<b>", "javascript:alert(1)", "https:///x", "https://x.org/a b"]
)
def test_odd_site_urls_are_refused(url: str) -> None:
    with pytest.raises(GuideDataError, match="expected the guide's full address"):
        check_site_url(url, label="mkdocs.yml: site_url")


# --- wrapping in linear time ----------------------------------------------------------------------------


def test_longest_prefix_matches_a_plain_search() -> None:
    for width in range(1, 30):
        for word in ("a", "abc", "x" * 57):
            fits = lambda part, w=width: len(part) <= w  # noqa: E731
            assert longest_prefix(word, fits) == min(len(word), width)
    assert cut_word("abcdefg", lambda part: len(part) <= 3) == ["abc", "def", "g"]
    assert cut_word("abc", lambda part: False) == ["a", "b", "c"]  # a piece of one character at the least


def test_long_words_wrap_as_before() -> None:
    font = _font(BOLD, 60)
    lines = _wrap("Supercalifragilisticexpialidocious" * 3 + " and more", font, 400)
    assert all(font.getlength(line) <= 400 for line in lines)
    assert "".join(line.replace(" ", "") for line in lines) == ("Supercalifragilisticexpialidocious" * 3 + "andmore")


@pytest.mark.parametrize("text", ["x" * 10_000, "word " * 2_000])
def test_a_10000_character_title_wraps_in_well_under_a_few_seconds(text: str) -> None:
    started = time.process_time()
    draw_card(
        CardText(site_name=text, title=text, line=text, eyebrow=text), CardStyle(primary="#1d5f5b", accent="#8a3a14")
    )
    assert time.process_time() - started < 4
