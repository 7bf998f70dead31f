"""Search costs nothing until a reader opens it.

The theme's script itself loads only when a reader first needs it (seen.pages.theme_script); once
loaded, it would start its search worker (about 12 KB gzip) and fetch the index (about 30 KB) at
once over http, whether or not anyone searches. Two small changes defer both:

- the worker: each page's theme config names a small worker of ours (seen.search.worker), in the
  same folder as the theme's, that imports the theme's worker on its first message (sent when
  search opens) and hands that message on. Relative imports in the theme's worker still resolve.
- the index: the theme already waits for search to open when the page is a file (the offline
  edition); its copy in the built site is told to do the same on http (this module).

Both are exact substitutions into a pinned theme version; if the theme changes and a pattern is
not found, the build stops and says so instead of shipping search that loads at once.
"""

from __future__ import annotations

from pathlib import Path

from seen.finish.theme_fixes import theme_version

# In the theme's bundle: fetch the index at load unless the page is a file (then: when search opens).
INDEX_AT_LOAD = '$(location.protocol!=="file:")'
INDEX_WHEN_OPENED = "$(!1)"
DEFERRED_MARK = "\n/* Seen: the search index loads when search opens (hooks/seen/search/lazy.py) */\n"


class LazySearchError(ValueError):
    """The theme's code no longer looks as this module expects."""


def defer_index(bundle: str) -> str:
    """The theme's bundle, fetching the search index only once search is opened."""
    if bundle.endswith(DEFERRED_MARK):
        return bundle
    if bundle.count(INDEX_AT_LOAD) == 1:
        return bundle.replace(INDEX_AT_LOAD, INDEX_WHEN_OPENED) + DEFERRED_MARK
    if "search/search_index.json" in bundle:
        raise LazySearchError(
            f"seen.search.lazy.defer_index: the theme's bundle (mkdocs-material {theme_version()}) no longer "
            f"contains {INDEX_AT_LOAD!r}: search would load at once; update hooks/seen/search/lazy.py for it"
        )
    return bundle


def install(site_dir: Path) -> None:
    """Defer the index in the build's bundle (a build without search has nothing to defer).
    Raises LazySearchError when the site has no bundle where the theme writes it."""
    bundles = sorted((site_dir / "assets" / "javascripts").glob("bundle.*.min.js"))
    if not bundles:
        raise LazySearchError(
            f"seen.search.lazy.install: expected the theme's assets/javascripts/bundle.*.min.js as "
            f"mkdocs-material {theme_version()} writes it, found none; update hooks/seen/search/lazy.py for it"
        )
    for bundle in bundles:
        bundle.write_text(defer_index(bundle.read_text(encoding="utf-8")), encoding="utf-8")
