"""A page drawn exactly as in an earlier build is not finished again (seen.finish.page.finish_kept):
it gets the page finish_html makes, kept under a hash of the page, where it goes, its settings and the
guide's code; anything different is finished anew, and a page with unexpected code is never kept."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

import seen.finish.page
from seen.finish.page import Finishing, finish_html, finish_kept, finished_key
from seen.finish.theme_fixes import _REPAIRS

PAGE = (
    '<!doctype html><html lang="en" class="no-js"><head><meta charset="utf-8">'
    '<meta name="generator" content="mkdocs-1.6.1, mkdocs-material-9.8.2"></head><body>'
    + "".join(_REPAIRS)
    + '<article class="md-content__inner"><h1>Silent   treatment</h1>\n\n<p>Words &amp; more</p>'
    '<a href="https://other.example/">away</a></article>'
    '<script id="__config" type="application/json">{"base": "..", "search": "assets/javascripts/workers/'
    'search.abc.min.js", "translations": {"search.result.none": "No matching documents"}}</script>'
    "</body></html>"
)


@pytest.fixture
def finishing(tmp_path: Path) -> Finishing:
    return Finishing(
        language="en",
        site_url="https://seen.example.org/",
        theme_worker="search.abc.min.js",
        stemmed=False,
        offline=False,
        csp_cache=None,
        finished_cache=tmp_path / "finished",
    )


def test_a_page_finished_before_is_taken_from_the_cache_as_finish_html_makes_it(finishing, monkeypatch) -> None:
    args = {"where": "signs/a/index.html", "page_url": "https://seen.example.org/signs/a/"}
    fresh = finish_html(PAGE, finishing=finishing, **args)
    first = finish_kept(PAGE, finishing=finishing, **args)
    assert first == fresh and fresh.words == {"search.result.none": "No matching documents"}
    assert len(list(finishing.finished_cache.glob("*.json"))) == 1
    monkeypatch.setattr(seen.finish.page, "finish_html", lambda *a, **k: pytest.fail("a kept page was finished again"))
    assert finish_kept(PAGE, finishing=finishing, **args) == fresh


def test_anything_that_shapes_a_finished_page_gives_it_another_name(finishing, monkeypatch) -> None:
    args = {"where": "signs/a/index.html", "page_url": "https://seen.example.org/signs/a/"}
    key = finished_key(PAGE, finishing=finishing, **args)
    others = [
        finished_key(PAGE.replace("Words", "Word"), finishing=finishing, **args),
        finished_key(PAGE, finishing=finishing, where="signs/b/index.html", page_url=args["page_url"]),
        finished_key(PAGE, finishing=finishing, where=args["where"], page_url=None),
        *(
            finished_key(PAGE, finishing=replace(finishing, **change), **args)
            for change in ({"language": "es"}, {"offline": True}, {"stemmed": True}, {"theme_worker": "search.x.js"})
        ),
    ]
    assert len({key, *others}) == 1 + len(others)
    assert finished_key(PAGE, finishing=replace(finishing, finished_cache=None), **args) == key  # where kept: no matter
    monkeypatch.setattr(seen.finish.page, "_finishing_code", lambda: "the code changed")
    assert finished_key(PAGE, finishing=finishing, **args) != key


def test_the_code_hash_covers_the_scripts_the_finishing_reads() -> None:
    seen.finish.page._finishing_code.cache_clear()
    read = []
    original = Path.read_bytes

    def reading(path: Path) -> bytes:
        read.append(path.relative_to(seen.finish.page.SEEN_PACKAGE).as_posix())
        return original(path)

    try:
        Path.read_bytes = reading  # type: ignore[method-assign]
        seen.finish.page._finishing_code()
    finally:
        Path.read_bytes = original  # type: ignore[method-assign]
        seen.finish.page._finishing_code.cache_clear()
    assert {"finish/page.py", "finish/security.py", "search/worker.py", "search/query.js", "pages/printing.py"} <= set(
        read
    )


def test_a_page_with_unexpected_code_is_finished_every_time_and_never_kept(finishing) -> None:
    bad = PAGE.replace("<p>Words", '<p><img src=x onerror="alert(1)">Words')
    for _ in range(2):
        page = finish_kept(bad, where="signs/a/index.html", page_url=None, finishing=finishing)
        assert page.problems
    assert not finishing.finished_cache.exists() or not list(finishing.finished_cache.glob("*.json"))
