"""Search costs nothing until a reader opens it.

The theme starts its search worker (about 12 KB gzip) and fetches the index (about 30 KB) as soon
as any page loads over http, whether or not anyone searches. Two small changes defer both:

- the worker: each page's theme config names a small loader worker of ours, in the same folder
  as the theme's, that imports the theme's worker on its first message (sent when search opens)
  and hands that message on. Relative imports in the theme's worker still resolve.
- the index: the theme already waits for search to open when the page is a file (the offline
  edition); its copy in the built site is told to do the same on http.

Both are exact substitutions into a pinned theme version; if the theme changes and a pattern is
not found, the build stops and says so instead of shipping search that loads at once.
"""

from __future__ import annotations

import re
from pathlib import Path

# The theme's worker, as each page's __config names it (the path is relative to the site's base).
_WORKER_IN_CONFIG = re.compile(r'("search": "(?:[^"]*/)?workers/)search\.([0-9a-f]+)\.min\.js"')
# In the theme's bundle: fetch the index at load unless the page is a file (then: when search opens).
INDEX_AT_LOAD = '$(location.protocol!=="file:")'
INDEX_WHEN_OPENED = "$(!1)"
DEFERRED_MARK = "\n/* Seen: the search index loads when search opens (hooks/seen/lazy_search.py) */\n"
LOADER_TEMPLATE = """\
/* Seen: loads the theme's search worker only when a reader opens search (its first message). */
addEventListener("message", function load(event) {{
  removeEventListener("message", load);
  importScripts("search.{digest}.min.js");
  dispatchEvent(new MessageEvent("message", {{ data: event.data }}));
}});
"""


class LazySearchError(ValueError):
    """The theme's code no longer looks as this module expects."""


def loader_name(digest: str) -> str:
    return f"search-on-open.{digest}.js"


def point_to_loader(html: str) -> str:
    """A page whose theme config starts the loader worker instead of the theme's worker.

    A page without search (no __config, or no search in it) passes through unchanged."""
    html, count = _WORKER_IN_CONFIG.subn(lambda m: f'{m[1]}{loader_name(m[2])}"', html)
    if count == 0 and re.search(r'"search": "[^"]', html):
        raise LazySearchError(
            "the theme's page config names its search worker in a new way: search would load at once; "
            "update hooks/seen/lazy_search.py for this mkdocs-material version"
        )
    return html


def defer_index(bundle: str) -> str:
    """The theme's bundle, fetching the search index only once search is opened."""
    if bundle.endswith(DEFERRED_MARK):
        return bundle
    if bundle.count(INDEX_AT_LOAD) == 1:
        return bundle.replace(INDEX_AT_LOAD, INDEX_WHEN_OPENED) + DEFERRED_MARK
    if "search/search_index.json" in bundle:
        raise LazySearchError(
            f"the theme's bundle no longer contains {INDEX_AT_LOAD!r}: search would load at once; "
            "update hooks/seen/lazy_search.py for this mkdocs-material version"
        )
    return bundle


def install(site_dir: Path, *, loaders: bool = True) -> list[Path]:
    """Defer the index in the build's bundle and write a loader beside each theme worker; returns
    the loaders written (none when the build has no search, or with `loaders=False`: the offline
    edition runs its worker in an iframe, where importing on demand cannot work)."""
    scripts = site_dir / "assets" / "javascripts"
    for bundle in scripts.glob("bundle.*.min.js"):
        bundle.write_text(defer_index(bundle.read_text(encoding="utf-8")), encoding="utf-8")
    if not loaders:
        return []
    written = []
    for worker in (scripts / "workers").glob("search.*.min.js"):
        digest = worker.name.split(".")[1]
        loader = worker.with_name(loader_name(digest))
        loader.write_text(LOADER_TEMPLATE.format(digest=digest), encoding="utf-8")
        written.append(loader)
    return written
