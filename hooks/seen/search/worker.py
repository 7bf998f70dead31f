"""Our search worker, in front of the theme's: it reads what a reader types more kindly.

The theme starts its search worker as soon as a page loads, and that worker fetches lunr and the
theme's code. Ours is small: on its first message (sent when search opens) it loads the theme's
worker and seen-query.js (hooks/seen/search/query.js), then hands each message on, changed so:
- the index (the first message): seen-query.js learns the guide's words from it;
- each query is lowercased (the separator knows only a first capital: seen.search.index);
- each query: words the guide does not have are searched with the words a reader may have meant
  (the same word with accents, or a typo: one letter away, two in long words);
- each typed word is also searched whole, with a boost ("ignored^2", "escucha^3"), which the theme
  leaves whole. The theme turns every typed word into a prefix search ("house" -> "house*"), and a
  prefix search counts every word it starts: "house" found "housemates" on one page and "housed"
  and "houses" (word forms) on another, and so outweighed a page that has the reader's own word
  once. The whole word, weighted above its prefix, lets the page with the very word come first;
  the prefix still finds longer words and words being typed. In a language with a stemmer
  (Spanish) the whole word is also what reaches its page at all: lunr leaves prefix searches
  unstemmed, and the index holds stems ("escucha", "escuchó" and "escuchar" are all "escuch"),
  so there the whole word is weighted higher still. English has no stemmer (seen.search.index
  adds word forms instead): the whole word is matched as typed;
- a query that a danger phrase reads as danger (the same phrases, the same code, that show the
  urgent-help card: search/seen-help.js, loaded here too) also searches the help page's own token
  (seen.search.index.HELP_TOKEN), so the help page is the first result as well as the card;
- a query only the learned danger words (seen.search.learned) read as danger also searches the help
  page's token, boosted by how far their sum comes above its cut (help.js `reading`; LEARNED_LIFT),
  with the learned page beside it: their guesses are less sure, and a wrong one, at full boost, pushed
  the page an ordinary query means below the help page. Well above the cut the help page comes first
  for most (English 15 -> 103 of 127 such danger queries, every danger list; Spanish 36 -> 137 of 153;
  far above it, more than 4, a stronger boost: English 166 -> 188 of 210, Spanish 225 -> 243 of 252),
  and no ranking query lost its page; a query barely above the cut (0.5 or less) shows the card only;
- each query that does not read as danger: the learned page words (seen.search.page_words, in
  search/seen-pages.js, which only this worker loads; the code that reads them, help.js `pageGuess`,
  is seen-help.js's) add the token of the page or pages they find likeliest, boosted by how sure they are
  ("qxbcdf^7"), so that page rises among lunr's results. A query with no word they know gets nothing
  added. A query a phrase reads as danger gets the help page's token only: with a learned page beside it,
  the help page came first for 7% fewer danger queries (English 2116 -> 1965 of 2792, Spanish
  1667 -> 1516 of 2568, every danger list).

The worker imports its scripts one after the other: seen-query.js and seen-help.js (which the page asks for
at the same moment: the worker's copy comes from the browser's cache), then the theme's worker and the page
words. The page words are asked for only once seen-help.js is in, so that on a slow connection they do not
share it with the script the urgent-help card waits for; and they are asked for at once then (a fetch into
the cache, beside the theme's worker), since over http each import is a wait of its own: imported one after
the other, they held search's first results back by one more wait (about 2 seconds on a "Slow 3G"
connection).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path

from seen.finish.theme_fixes import theme_version
from seen.search.help import PAGES_SCRIPT, SCRIPT
from seen.search.index import HELP_TOKEN

WORKERS = "assets/javascripts/workers"

# How much a typed word searched whole counts beside its prefix search (which counts 1), in a language
# searched as typed (English) and in one with a stemmer. Measured on every query set in tests/queries/:
# 2 and 3 find the expected page first more often than 1 (or than 5) in both languages.
WHOLE_WORD_BOOST = {False: 2, True: 3}
# How much the help page's token counts in a query that reads as danger. Measured on every ranking set:
# at 8 the help page stayed out of the top three for "i dont want to live anymore"; at 20 it also came
# above the page a query the card reads as danger is about ("is couples therapy safe if im scared of
# him": counselling); 16 does both (the card shows either way). Spanish, searched through its stemmer
# with whole words at ^3, needs less: at 16 the help page also came above the pages two queries the
# card reads as danger are about; 8 keeps those and still lifts the help page for readers in danger.
HELP_BOOST = {False: 16, True: 8}
# A query only the learned danger words read as danger: (how far their sum comes above its cut, boost of the help
# page's token), the largest first; a query no more than 0.5 above the cut gets no lift. The learned page's token
# goes beside it, so a page an ordinary query means can still come first when the words misread it. Measured with
# bench/help_first.py on every danger list and ranking list (BENCHMARKS.md, "the twelfth round"): one boost for
# all (2 to 32) lifted the help page less, or cost ranking queries their page ("he missed the flight and it was
# somehow because of me", 0.46 above the cut, lost its page at 4); well above the cut (more than 2) learned
# danger is seldom an ordinary query, and 24 puts the help page first for most; nearer the cut, 8 keeps every
# ranking query's page first. The same in both languages: in Spanish no ranking query is misread at all.
# Far above the cut (more than 4) the help page's token counts 64 (the fifteenth round): no ranking query the words
# misread comes so far above it (the furthest, English 3.7, Spanish 1.8), and the help page comes first for more of
# the danger queries only the learned words read (English 166 -> 188 of 210, Spanish 225 -> 243 of 252), every
# ranking query keeping its place. More there (96, 128) lifts no more; more from 2 up (32, 48, 64), or less of the
# learned page beside it (a half, a quarter: LEARNED_PAGE_SHARE), put the help page above the page of English ranking
# queries the words misread between 2 and 4 ("my bf roasts me in the group chat ...": hurtful jokes).
LEARNED_LIFT: dict[bool, tuple[tuple[float, int], ...]] = {
    False: ((4, 64), (2, 24), (0.5, 8)),
    True: ((4, 64), (2, 24), (0.5, 8)),
}
LEARNED_WITH_PAGE = True
# How much of its own boost the learned page keeps beside the help page for such a query (1: all of it; the boost
# never goes below 1).
LEARNED_PAGE_SHARE = 1.0
# The edition's help script (seen.search.help.SCRIPT) and its page words (PAGES_SCRIPT), from the worker's folder.
HELP_FROM_WORKER = "../" * (WORKERS.count("/") + 1) + SCRIPT
PAGES_FROM_WORKER = "../" * (WORKERS.count("/") + 1) + PAGES_SCRIPT


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


QUERY_SOURCE = Path(__file__).with_name("query.js")


def query_script() -> str:
    return QUERY_SOURCE.read_text(encoding="utf-8")


def query_path() -> str:
    """Where seen-query.js goes in the site, named by its content."""
    digest = hashlib.sha256(query_script().encode("utf-8")).hexdigest()[:8]
    return f"{WORKERS}/seen-query.{digest}.js"


def wrapper_script(
    worker_name: str,
    *,
    stemmed: bool,
    learned_lift: tuple[tuple[float, int], ...] | None = None,
    with_page: bool | None = None,
    page_share: float | None = None,
) -> str:
    """The worker of ours that rewrites queries, then loads the theme's worker beside it.

    In the offline edition (file://) the theme runs its worker in an iframe (iframe-worker), where
    importScripts loads scripts by adding script elements: asynchronously, and relative to the page,
    so the theme's worker is found from this script's own address, and messages wait until it is in."""
    query_name = query_path().rsplit("/", 1)[1]
    tiers = LEARNED_LIFT[stemmed] if learned_lift is None else learned_lift
    beside = LEARNED_WITH_PAGE if with_page is None else with_page
    share = LEARNED_PAGE_SHARE if page_share is None else page_share
    return f"""/* Seen: the theme's search worker, with what readers type read more kindly.
   Made by hooks/seen/search/worker.py; see there why. */
(function () {{
  "use strict";
  var own = new WeakSet();
  // A word without lunr's syntax (+ - * ~ ^ :) once the punctuation around it is gone ("sola?" -> "sola").
  var plain = /^[\\p{{L}}\\p{{N}}]+$/u;
  var edges = /^[^\\p{{L}}\\p{{N}}+\\-]+|[^\\p{{L}}\\p{{N}}*~^]+$/gu;
  // In a stemmed edition the whole word is searched as its stem ("nunca" -> "nunc"; lunr stems it the
  // same way): the theme counts a typed word as found on a page only when a word the page matched
  // starts with it, and the index holds stems, so "nunca" counted as found only where a longer
  // word happened to start with it. With the stem, pages that match more of the words come first.
  function searched(core) {{
    var stem = stemmed && self.seenQuery && self.seenQuery.stem ? self.seenQuery.stem(core.toLowerCase()) : null;
    return stem && self.seenQuery.stem(stem) === stem ? stem : core;
  }}
  // In a stemmed edition a word of one or two letters ("no") is searched whole only, unless it is the last
  // word typed (perhaps still being typed): as a prefix, "no" reached every word and word pair that starts
  // so ("normal", "noche", "nohabl"), counting for pages that only happen to have many of them.
  function short(core, typed) {{
    return stemmed && core.length <= 2 && core.toLowerCase() !== typed;
  }}
  function whole(query, typed) {{
    var words = typed.split(/\\s+/).filter(Boolean);
    var last = words.length ? words[words.length - 1].replace(edges, "").toLowerCase() : "";
    return query.split(/\\s+/).filter(Boolean).map(function (word) {{
      var core = word.replace(edges, "");
      if (!plain.test(core)) return word;
      return searched(core) + "^" + boost + (short(core, last) ? "" : " " + word);
    }}).join(" ");
  }}
  var stemmed = {json.dumps(stemmed)};
  var boost = stemmed ? {WHOLE_WORD_BOOST[True]} : {WHOLE_WORD_BOOST[False]};  // a word searched whole; its prefix counts 1
  // What is typed reads as danger to a phrase: the rule and the code that show the urgent-help card (seen-help.js).
  var help = {json.dumps(f"{HELP_TOKEN}^{HELP_BOOST[stemmed]}")};
  // A query the learned danger words alone read as danger: the help page's token, boosted by how far their sum
  // comes above its cut ([margin above the cut, boost], the largest margin first), and beside it the learned page.
  var learnedLift = {json.dumps([[margin, f"{HELP_TOKEN}^{boost}"] for margin, boost in tiers])};
  var besidePage = {json.dumps(beside)};
  var pageShare = {json.dumps(share)};  // of the learned page's boost, beside the help page
  // The help page's token for what is typed, and whether the learned page goes beside it; null when it is not danger.
  function danger(query) {{
    var rule = self.seenSearchHelp, data = self.SEEN_SEARCH;
    if (!(rule && data && data.danger)) return null;
    var read = rule.reading(data.danger, query);
    if (read.phrase) return {{ token: help, page: false, share: 1 }};
    if (read.margin === null || read.margin <= 0) return null;
    for (var i = 0; i < learnedLift.length; i++) {{
      if (read.margin > learnedLift[i][0]) return {{ token: learnedLift[i][1], page: besidePage, share: pageShare }};
    }}
    return null;
  }}
  // The pages the learned page words (seen-pages.js) find likeliest (seen.search.page_words), by their index
  // tokens: " qxbcdf^7", each boost times `share` (at least 1).
  function lifted(query, share) {{
    var rule = self.seenSearchHelp, learned = self.SEEN_PAGE_WORDS;
    if (!(rule && rule.pageGuess && learned)) return "";
    return rule.pageGuess(learned, query).map(function (guess) {{
      return " " + guess[0] + "^" + Math.max(1, Math.round(guess[1] * share));
    }}).join("");
  }}
  function deliver(data) {{
    if (data && data.type === 0 && data.data && self.seenQuery) self.seenQuery.learn(data.data);
    if (data && data.type === 2 && typeof data.data === "string") {{
      // Lowercase first: the separator knows a skip word's first letter in either case only ("He", not "HE";
      // seen.search.index), and search matches lowercase words anyway.
      var typed = data.data.toLowerCase();
      var query = self.seenQuery ? self.seenQuery.rewrite(typed) : typed;
      // A phrase's danger lifts the help page only (a learned page beside it would come above it); danger the learned
      // words alone read lifts it with the learned page beside it, so an ordinary query they misread keeps its page.
      var lift = danger(data.data);
      data = {{ type: data.type, data: whole(query, typed) + (lift ? " " + lift.token : "") + (!lift ? lifted(data.data, 1) : lift.page ? lifted(data.data, lift.share) : "") }};
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
    then(importScripts(new URL({json.dumps(query_name)}, here).href, new URL({json.dumps(HELP_FROM_WORKER)}, here).href), function () {{
      // The page words once the card's script is in (so they never share a slow connection with it), asked for
      // at once and read from the cache after the theme's worker: over http each import is a wait of its own.
      // From files (the offline edition: no real worker) there is nothing to wait for, and fetch cannot read them.
      var pages = new URL({json.dumps(PAGES_FROM_WORKER)}, here).href;
      if (typeof document === "undefined" && self.fetch) self.fetch(pages).catch(function () {{}});
      then(importScripts(new URL({json.dumps(worker_name)}, here).href, pages), start);
    }});
  }});
  // A real worker's importScripts is done when it returns; the offline edition's gives a promise.
  function then(ready, next) {{
    if (ready && typeof ready.then === "function") ready.then(next); else next();
  }}
}})();
"""


def wrapper_path(worker_name: str, *, stemmed: bool) -> str:
    """Where our worker goes in the site, named by its content so a changed one is fetched anew."""
    digest = hashlib.sha256(wrapper_script(worker_name, stemmed=stemmed).encode("utf-8")).hexdigest()[:8]
    return f"{WORKERS}/seen-search.{digest}.js"


class ThemeConfigChanged(ValueError):
    """The theme's page config no longer names its search worker as this module expects."""


def use_wrapper(html: str, worker_name: str, *, stemmed: bool) -> str:
    """Point the page's theme config at our worker instead of the theme's. A page without search
    passes through; one whose config names the worker in a way we do not know stops the build
    (the theme's worker would start at once, and queries would not be read kindly)."""
    ours = html.replace(f"{WORKERS}/{worker_name}", wrapper_path(worker_name, stemmed=stemmed))
    if ours == html and '"search": "' in html:
        raise ThemeConfigChanged(
            f"seen.search.worker.use_wrapper: the theme's page config names its search worker in a new way "
            f"(expected .../{WORKERS}/{worker_name}, mkdocs-material {theme_version()}): "
            "update hooks/seen/search/worker.py for this theme version"
        )
    return ours
