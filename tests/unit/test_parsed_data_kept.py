"""A data file's text parsed once is not parsed again (seen.content.loading.parse_yaml): in the same
build (several checks read the same file) and, through .cache/yaml/, in the next build. Each caller
gets its own copy; a changed text is parsed anew; a text with a mistake is never kept."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

import seen.content.loading as loading
from seen.content.loading import GuideDataError, keep_parses_in, parse_yaml

TEXT = "- slug: silent-treatment\n  title: Silent treatment\n  reviewed: 2026-01-05\n  keywords: [quiet, cold]\n"


@pytest.fixture
def kept(tmp_path: Path):
    keep_parses_in(tmp_path / "yaml")
    loading._parsed.clear()
    yield tmp_path / "yaml"
    keep_parses_in(None)
    loading._parsed.clear()


def _no_parsing(monkeypatch) -> None:
    monkeypatch.setattr(loading, "_load_fast", lambda text: pytest.fail("a kept text was parsed again"))
    monkeypatch.setattr(loading.yaml, "load", lambda *a, **k: pytest.fail("a kept text was parsed again"))


def test_a_text_parsed_before_is_not_parsed_again_and_each_caller_gets_its_own_copy(kept, monkeypatch) -> None:
    first = parse_yaml(TEXT, label="data/signs.yml")
    assert first[0]["reviewed"] == datetime.date(2026, 1, 5)
    assert len(list(kept.glob("*.pickle"))) == 1
    first[0]["title"] = "changed by its caller"
    with monkeypatch.context() as patch:
        _no_parsing(patch)
        again = parse_yaml(TEXT, label="data/signs.yml")
    assert again == [
        {
            "slug": "silent-treatment",
            "title": "Silent treatment",
            "reviewed": datetime.date(2026, 1, 5),
            "keywords": ["quiet", "cold"],
        }
    ]
    loading._parsed.clear()  # a later build: only what .cache/yaml/ kept
    with monkeypatch.context() as patch:
        _no_parsing(patch)
        assert parse_yaml(TEXT, label="data/signs.yml") == again
    changed = parse_yaml(TEXT.replace("cold", "distant"), label="data/signs.yml")
    assert changed[0]["keywords"] == ["quiet", "distant"]


def test_a_text_with_a_mistake_is_never_kept_and_says_so_every_time(kept) -> None:
    for text in ("- slug: a\n  slug: b\n", "primary: #1d5f5b\n"):
        for _ in range(2):
            with pytest.raises(GuideDataError):
                parse_yaml(text, label="data/signs.yml")
    assert not kept.exists() or not list(kept.glob("*.pickle"))


def test_a_damaged_kept_parse_is_parsed_again(kept) -> None:
    parse_yaml(TEXT, label="data/signs.yml")
    (path,) = kept.glob("*.pickle")
    path.write_bytes(b"not a pickle")
    loading._parsed.clear()
    assert parse_yaml(TEXT, label="data/signs.yml")[0]["slug"] == "silent-treatment"


def test_this_process_keeps_a_bounded_number_of_parses(kept) -> None:
    for n in range(loading._PARSED_IN_MEMORY + 10):
        parse_yaml(f"value: {n}\n", label="data/ui.yml")
    assert len(loading._parsed) == loading._PARSED_IN_MEMORY
    assert parse_yaml("value: 0\n", label="data/ui.yml") == {"value": 0}  # forgotten here, kept on disk


def test_a_kept_parse_holding_anything_but_plain_data_is_refused_and_parsed_again(kept) -> None:
    import pickle

    parse_yaml(TEXT, label="data/signs.yml")
    (path,) = kept.glob("*.pickle")
    path.write_bytes(pickle.dumps([Path("/")]))  # a class safe YAML never makes: could as well run code
    loading._parsed.clear()
    assert parse_yaml(TEXT, label="data/signs.yml")[0]["slug"] == "silent-treatment"
    with pytest.raises(pickle.UnpicklingError):
        loading._PlainData(__import__("io").BytesIO(pickle.dumps([Path("/")]))).load()
