"""The lightening steps as plain functions: a string in, a string out, no build."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from seen.finish.unused_css import UsedNames, drop_unused_properties, possible, trim_stylesheet, used_names
from seen.finish.weight import CompressionCache, minify_page, precompress, remove_source_maps
from seen.search.lazy import INDEX_AT_LOAD, LazySearchError, defer_index
from seen.search.worker import ThemeConfigChanged, use_wrapper

USED = UsedNames(frozenset({"md-header", "md-nav", "seen-card"}), prefixes=("md-tag--",))


@pytest.mark.parametrize(
    ("selector", "kept"),
    [
        (".md-header", True),
        (".md-banner", False),
        (".md-header .md-banner", False),
        ("a:hover", True),
        ("[data-md-state=lock] .md-header", True),
        ('[href$=".pdf"]', True),  # a dot in an attribute value is no class
        (".md-header:not(.md-banner)", True),  # :not never causes a drop
        (":is(.md-banner,.md-nav) a", True),  # one possible alternative is enough
        (":is(.md-banner,.md-post) a", False),
        (".md-nav:has(>.md-banner)", False),
        (".md-tag--pink", True),  # a class the theme builds at run time from "md-tag--"
        (".md-header\\:x", True),  # escaped: not read, kept
    ],
)
def test_a_selector_is_dropped_only_when_it_needs_a_missing_class(selector: str, kept: bool) -> None:
    assert possible(selector, USED) is kept


def test_rules_media_and_keyframes() -> None:
    css = (
        ".md-header{color:red}.md-banner,.md-nav{margin:0}@media screen{.md-banner{x:y}.md-nav{a:b}}"
        "@keyframes pulse{0%{opacity:0}}@media print{.md-post{a:b}}"
    )
    assert trim_stylesheet(css, USED) == (
        ".md-header{color:red}.md-nav{margin:0}@media screen{.md-nav{a:b}}@keyframes pulse{0%{opacity:0}}"
    )


def test_custom_properties_nothing_reads_are_dropped() -> None:
    css = ":root{--a:1px;--b:var(--c);--c:2px;--d:3px}.x{width:var(--b)}"
    assert (
        drop_unused_properties(css, elsewhere=".y{height:var(--d)}")
        == ":root{--b:var(--c);--c:2px;--d:3px}.x{width:var(--b)}"
    )
    # an unused property that reads another one frees it too
    assert drop_unused_properties(":root{--a:var(--b);--b:1px}", elsewhere="") == ""


def test_used_names_come_from_class_attributes_and_script_words() -> None:
    used = used_names(html=['<p class="a b"><i class=c>'], scripts=['x.classList.add("md-x");t=`md-tag--${n}`'])
    assert {"a", "b", "c", "md-x"} <= used.classes
    assert used.has("md-tag--pink")


def test_the_page_config_names_our_worker_or_the_build_stops() -> None:
    html = '<script id="__config" type="application/json">{"search": "../assets/javascripts/workers/search.a7633da7.min.js"}</script>'
    ours = use_wrapper(html, "search.a7633da7.min.js", stemmed=False)
    assert '"search": "../assets/javascripts/workers/seen-search.' in ours
    assert use_wrapper("<p>no search</p>", "search.a7633da7.min.js", stemmed=False) == "<p>no search</p>"
    with pytest.raises(ThemeConfigChanged):
        use_wrapper('{"search": "assets/search-worker.js"}', "search.a7633da7.min.js", stemmed=False)


def test_the_bundle_waits_for_search_to_open_or_the_build_stops() -> None:
    bundle = f"L({INDEX_AT_LOAD},Je(\"search\"));fetch('search/search_index.json')"
    deferred = defer_index(bundle)
    assert INDEX_AT_LOAD not in deferred and "$(!1)" in deferred
    assert defer_index(deferred) == deferred  # twice is once
    with pytest.raises(LazySearchError):
        defer_index("a new theme version; fetch('search/search_index.json')")


def test_minified_pages_keep_escapes_and_scripts() -> None:
    page = (
        "<html>\n  <head>\n    <title>&lt;/title&gt; &amp; more</title>\n  </head>\n  <body>\n"
        '    <p title="&quot;x&quot;">a  &lt;b&gt;</p>\n    <script>if (a < b)  { x(); }</script>\n  </body>\n</html>'
    )
    small = minify_page(page)
    assert "<title>&lt;/title&gt; &amp; more</title>" in small
    assert "&lt;b&gt;" in small and "<script>if (a < b)  { x(); }</script>" in small
    assert "\n" not in small


def test_source_maps_and_compressed_copies(tmp_path: Path) -> None:
    (tmp_path / "a.js").write_text("var a=1;\n//# sourceMappingURL=a.js.map\n", encoding="utf-8")
    (tmp_path / "a.js.map").write_text("{}", encoding="utf-8")
    (tmp_path / "b.css").write_text("p{x:y}" * 400 + "\n/*# sourceMappingURL=b.css.map*/", encoding="utf-8")
    remove_source_maps(tmp_path)
    assert not (tmp_path / "a.js.map").exists()
    assert (tmp_path / "a.js").read_text(encoding="utf-8") == "var a=1;\n"
    assert "sourceMappingURL" not in (tmp_path / "b.css").read_text(encoding="utf-8")

    cache = CompressionCache(tmp_path / "cache")
    precompress(tmp_path / ".", cache)
    assert gzip.decompress((tmp_path / "b.css.gz").read_bytes()) == (tmp_path / "b.css").read_bytes()
    assert not (tmp_path / "a.js.gz").exists()  # too small to shrink
    made = cache.made
    (tmp_path / "b.css.gz").unlink()
    precompress(tmp_path, cache)
    assert cache.made == made and cache.reused >= 1  # taken from the cache, not compressed again
    assert not list(tmp_path.rglob("*.gz.gz"))
