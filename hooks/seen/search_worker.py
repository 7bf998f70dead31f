"""Search in a language with a stemmer (Spanish): each typed word is also searched whole, stemmed.

The theme's search worker turns every typed word into a prefix search ("escucha" -> "escucha*"),
and lunr leaves prefix searches unstemmed. The index holds stems ("escucha", "escuchó" and
"escuchar" are all indexed as "escuch"), so a whole typed word would never reach its own page.
A small worker of ours sits in front of the theme's: it adds each plain word again with a boost
("escucha^1"), which the theme leaves whole and lunr stems, then hands the message on unchanged
otherwise. English search has no stemmer (seen.search adds word forms instead) and is left as it is.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path

WORKERS = "assets/javascripts/workers"


class ThemeWorkerNotFound(ValueError):
    pass


def theme_worker(theme_dirs: Iterable[str]) -> str:
    """The file name of the theme's search worker (it carries a content hash, e.g. search.a7633da7.min.js)."""
    for folder in theme_dirs:
        found = sorted((Path(folder) / WORKERS).glob("search.*.min.js"))
        if found:
            return found[0].name
    raise ThemeWorkerNotFound(
        f"mkdocs-material: expected its search worker in {WORKERS}/search.*.min.js, found none "
        "(a theme version this guide does not know: check requirements.lock)"
    )


def wrapper_script(worker_name: str) -> str:
    """The worker of ours that rewrites queries, then loads the theme's worker beside it.

    In the offline edition (file://) the theme runs its worker in an iframe (iframe-worker), where
    importScripts loads scripts by adding script elements: asynchronously, and relative to the page,
    so the theme's worker is found from this script's own address, and messages wait until it is in."""
    return f"""/* Seen: the theme's search worker, with each typed word also searched whole and stemmed.
   Made by hooks/seen/search_worker.py; see there why. */
(function () {{
  "use strict";
  var own = new WeakSet();
  // A word without lunr's syntax (+ - * ~ ^ :) once the punctuation around it is gone ("sola?" -> "sola").
  var plain = /^[\\p{{L}}\\p{{N}}]+$/u;
  var edges = /^[^\\p{{L}}\\p{{N}}+\\-]+|[^\\p{{L}}\\p{{N}}*~^]+$/gu;
  function whole(query) {{
    return query.split(/\\s+/).filter(Boolean).map(function (word) {{
      var core = word.replace(edges, "");
      return plain.test(core) ? core + "^1 " + word : word;
    }}).join(" ");
  }}
  function deliver(data) {{
    if (data && data.type === 2 && typeof data.data === "string") {{
      data = {{ type: data.type, data: whole(data.data) }};
    }}
    var copy = new MessageEvent("message", {{ data: data }});
    own.add(copy);
    self.dispatchEvent(copy);
  }}
  // The theme's worker is loaded with the first message, which the theme sends when search opens.
  var here = typeof document !== "undefined" && document.currentScript ? document.currentScript.src : self.location.href;
  var waiting = null;
  var loaded = false;
  function start() {{
    loaded = true;
    waiting.splice(0).forEach(deliver);
  }}
  self.addEventListener("message", function (event) {{
    if (own.has(event)) return;
    event.stopImmediatePropagation();
    if (loaded) return deliver(event.data);
    if (waiting) return waiting.push(event.data);
    waiting = [event.data];
    var ready = importScripts(new URL({json.dumps(worker_name)}, here).href);
    if (ready && typeof ready.then === "function") ready.then(start); else start();
  }});
}})();
"""


def wrapper_path(worker_name: str) -> str:
    """Where our worker goes in the site, named by its content so a changed one is fetched anew."""
    digest = hashlib.sha256(wrapper_script(worker_name).encode("utf-8")).hexdigest()[:8]
    return f"{WORKERS}/seen-search.{digest}.js"


def use_wrapper(html: str, worker_name: str) -> str:
    """Point the page's theme config at our worker instead of the theme's."""
    return html.replace(f"{WORKERS}/{worker_name}", wrapper_path(worker_name))
