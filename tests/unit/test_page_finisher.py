"""A large build's pages are finished by worker processes (seen.finish.page.PageFinisher): each
finished page replaces what MkDocs wrote, in the order the pages were drawn, never before MkDocs has
written it; its compressed copies, made by the worker, are the finished page's and count as made."""

from __future__ import annotations

import gzip
import time
from pathlib import Path

import brotli
import pytest

from seen.finish.page import FinishedPage, Finishing, PageFinisher
from seen.finish.weight import CompressionCache, compress_into_cache, precompress

FINISHING = Finishing(
    language="en",
    site_url="https://example.org/",
    theme_worker="search.js",
    stemmed=False,
    offline=False,
    csp_cache=None,
)


def _finish(html: str, where: str, page_url: str | None, finishing: Finishing, compressed: Path | None) -> FinishedPage:
    """A stand-in for seen.finish.page.finish_html (which needs the theme's markup): visibly changes the page."""
    if "broken" in html:
        raise ValueError(f"{where}: expected the theme's markup, found none")
    done = html.replace("<p>", "<p class=done>") + f"<!-- {page_url} {finishing.language} -->"
    data = done.encode("utf-8")
    return FinishedPage(
        html=done,
        shapes={f"seen-i--{where[:4]}": "M0 0"},
        words={"search.result.none": "No results"},
        problems=[f"{where}: problem"] if "script" in html else [],
        compressed=compress_into_cache(compressed, data) if compressed else [],
    )


def test_pages_finished_by_workers_replace_what_was_written_in_order_with_their_compressed_copies(
    tmp_path: Path,
) -> None:
    site = tmp_path / "site"
    cache = CompressionCache(tmp_path / "cache")
    kept: list[tuple[str, list[str]]] = []
    finisher = PageFinisher(
        FINISHING, keep=lambda page, where: kept.append((where, page.problems)), workers=2, finish=_finish
    )
    drawn = {}
    try:
        for n in range(8):
            path = site / f"page-{n}" / "index.html"
            html = f"<!doctype html><p>Page {n} " + "words " * 200 + ("<script>x</script>" if n == 5 else "") + "</p>"
            finisher.submit(html, path=path, where=f"page-{n}/index.html", page_url=f"/p{n}/", compression=cache)
            path.parent.mkdir(parents=True)
            path.write_text(html, encoding="utf-8")  # as MkDocs writes the page on_post_page returned
            drawn[path] = html
            time.sleep(0.05)  # earlier pages are done meanwhile: written while the next are drawn
        finisher.collect()
    finally:
        finisher.close()
    assert [where for where, _ in kept] == [f"page-{n}/index.html" for n in range(8)]
    assert [problems for _, problems in kept if problems] == [["page-5/index.html: problem"]]
    for n, (path, html) in enumerate(drawn.items()):
        finished = html.replace("<p>", "<p class=done>") + f"<!-- /p{n}/ en -->"
        assert path.read_text(encoding="utf-8") == finished
    assert precompress(site, cache) == 2 * len(drawn)
    assert (cache.made, cache.reused) == (2 * len(drawn), 0)  # made by the workers in this build
    for path in drawn:
        assert gzip.decompress(path.with_name("index.html.gz").read_bytes()) == path.read_bytes()
        assert brotli.decompress(path.with_name("index.html.br").read_bytes()) == path.read_bytes()


def test_a_page_a_worker_cannot_finish_stops_the_build_with_its_message(tmp_path: Path) -> None:
    finisher = PageFinisher(FINISHING, keep=lambda page, where: None, workers=2, finish=_finish)
    path = tmp_path / "index.html"
    finisher.submit("<p>broken</p>", path=path, where="signs/x/index.html", page_url=None, compression=None)
    path.write_text("<p>broken</p>", encoding="utf-8")
    with pytest.raises(ValueError, match=r"^signs/x/index.html: expected the theme's markup, found none$"):
        finisher.collect()
    with pytest.raises(RuntimeError):
        finisher.submit("<p>late</p>", path=path, where="late", page_url=None, compression=None)
