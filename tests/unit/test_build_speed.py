"""Work a build does once per page costs the same however large the guide is: looking an entry up
does not scan its section, and compressing can start as soon as a page is final, in workers, with
the same copies as compressing at the end."""

from __future__ import annotations

import gzip
from pathlib import Path

import brotli

from seen.content.guide import KINDS, load_guide
from seen.finish.weight import CompressionCache, precompress
from seen.pages.printing import QR_BATCH, QrCodes, qr_svg
from support.project import ROOT


def test_lookups_by_slug_agree_with_reading_every_entry() -> None:
    guide = load_guide(ROOT / "data")
    for kind in KINDS:
        siblings = guide.entries(kind)
        for n, entry in enumerate(siblings):
            assert guide.get(kind, entry.slug) is entry
            assert guide.position(entry) == n
            before, after = guide.neighbours(entry)
            assert before is (siblings[n - 1] if n else None)
            assert after is (siblings[n + 1] if n + 1 < len(siblings) else None)
    for effect in guide.effects:
        assert guide.related(effect)["signs"] == [sign for sign in guide.signs if effect.slug in sign.effects]
    for step in guide.steps:
        related = guide.related(step)
        assert related["signs"] == [sign for sign in guide.signs if step.slug in sign.steps]
        assert related["effects"] == [effect for effect in guide.effects if step.slug in effect.steps]
    assert any(guide.related(step)["signs"] for step in guide.steps)  # the comparison above compared something


def test_pages_handed_over_early_are_compressed_by_workers_exactly_as_at_the_end(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    pages = {site / f"page-{n}.html": (f"<p>Page {n} " + "words " * 300 + "</p>").encode() for n in range(12)}
    cache = CompressionCache(tmp_path / "cache", workers=2)
    for path, data in pages.items():
        path.write_bytes(data)
        cache.submit(data)  # as the build does at on_post_page, before the rest of the site exists
    (site / "late.css").write_bytes(b"p{color:red}" * 200)  # never handed over: compressed at the end
    try:
        assert precompress(site, cache) == 2 * (len(pages) + 1)
    finally:
        cache.close()
    assert (cache.made, cache.reused) == (2 * (len(pages) + 1), 0)
    for path, data in pages.items():
        assert gzip.decompress(path.with_name(path.name + ".gz").read_bytes()) == data
        assert path.with_name(path.name + ".gz").read_bytes() == gzip.compress(data, compresslevel=9, mtime=0)
        assert brotli.decompress(path.with_name(path.name + ".br").read_bytes()) == data
    assert not list((tmp_path / "cache").glob(".tmp-*"))
    again = CompressionCache(tmp_path / "cache", workers=2)
    for data in pages.values():
        again.submit(data)  # already kept: nothing starts
    assert again._executor is None


def test_qr_codes_drawn_by_workers_are_the_codes_one_process_draws(tmp_path: Path) -> None:
    urls = [f"https://seen.example.org/signs/sign-{n}/" for n in range(2 * QR_BATCH + 3)]
    codes = QrCodes(tmp_path / "qr", workers=2)
    codes.prefetch(urls, title="QR code with the address of this page")
    try:
        drawn = [codes(url, title="QR code with the address of this page") for url in urls]
    finally:
        codes.close()
    assert drawn == [qr_svg(url, title="QR code with the address of this page") for url in urls]
    assert len(list((tmp_path / "qr").glob("*.svg"))) == len(urls) and not list((tmp_path / "qr").glob(".*.tmp"))
    again = QrCodes(tmp_path / "qr", workers=2)
    again.prefetch(urls, title="QR code with the address of this page")  # all kept: no worker starts
    assert again._executor is None
    assert again(urls[0], title="another title") == qr_svg(urls[0], title="another title")  # not kept: drawn here
