"""The real search box of a built site, as a reader on a phone uses it; shared by tests and bench/search.py."""

from __future__ import annotations

import gzip
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

if TYPE_CHECKING:  # Playwright is imported by the tests that drive a browser
    from playwright.sync_api import Page

QUERIES = Path(__file__).resolve().parents[1] / "queries" / "tuning-en.yml"
QUERIES_ES = Path(__file__).resolve().parents[1] / "queries" / "tuning-es.yml"  # for the Spanish edition, /es/
INDEX = Path("search") / "search_index.json"

# How long to wait for the theme's worker to answer, in ms. An answer that comes later is the same
# answer, so a longer wait changes no result, only how long a very busy machine may take:
# bench/search.py raises it with SEEN_SEARCH_WAIT_MS (its --wait) when it is run beside other work.
ANSWER_WAIT_MS = int(os.environ.get("SEEN_SEARCH_WAIT_MS", "5000"))

# Resolves once the result area has not changed for `quiet` ms: the theme's worker answers every
# keystroke in order, so the last change is the answer to the whole query.
_SETTLED = """
([quiet, limit]) => new Promise((resolve) => {
  const area = document.querySelector('.md-search-result');
  const started = Date.now();
  let last = Date.now();
  const observer = new MutationObserver(() => { last = Date.now(); });
  observer.observe(area, {childList: true, subtree: true, characterData: true, attributes: true});
  const check = () => {
    if (Date.now() - last >= quiet || Date.now() - started > limit) { observer.disconnect(); resolve(); }
    else setTimeout(check, 25);
  };
  setTimeout(check, 25);
})
"""

# Watches the theme's search worker from the page's side, so a test knows when the results shown
# are the answer to what is in the box: every query the theme posts to the worker (type 2) is
# answered by one result message (type 3), in order, and the theme draws the results while it
# handles that message. Installed before search opens (open_search), so before the theme's script
# creates its worker; a page whose worker was made before (none counted) falls back to _SETTLED.
_PROBE = """
() => {
  if (window.__seenSearchProbe) return;
  const Original = window.Worker;
  const probe = window.__seenSearchProbe = {workers: 0, sent: 0, answered: 0, Worker: Original};
  window.Worker = class extends Original {
    constructor(...args) {
      super(...args);
      probe.workers += 1;
      probe.url = args[0];
      // Counted in a task after this message's own listeners (the theme's drawing) have all run;
      // the answer itself is kept for answer_all.
      this.addEventListener('message', (event) => {
        if (event.data && event.data.type === 3) {
          probe.answer = event.data.data;
          setTimeout(() => { probe.answered += 1; }, 0);
        }
      });
    }
    postMessage(message, ...rest) {
      if (message && message.type === 2) probe.sent += 1;
      if (message && message.type === 0) probe.setup = message;  // the index, for worker_answers
      return super.postMessage(message, ...rest);
    }
  };
}
"""

# Resolves once every query the theme posted has been answered and drawn (two animation frames
# later, for anything the theme draws on the next frame), or after `quiet` ms without a change
# when the page's worker was not watched (_PROBE). The theme holds back a query typed while one is
# being answered and posts it with that answer (its worker is throttled), so "all answered" is
# reached only once the query for what is in the box now has been answered.
_ANSWERED = """
([quiet, limit]) => new Promise((resolve, reject) => {
  const probe = window.__seenSearchProbe;
  if (!probe || !probe.workers) {
    (SETTLED)([quiet, limit]).then(resolve);
    return;
  }
  const started = Date.now();
  const frames = (then) => requestAnimationFrame(() => requestAnimationFrame(then));
  const check = () => {
    if (probe.answered >= probe.sent) frames(() => probe.answered >= probe.sent ? resolve() : setTimeout(check, 5));
    else if (Date.now() - started > limit) reject(new Error(`search: ${probe.sent - probe.answered} queries unanswered after ${limit} ms`));
    else setTimeout(check, 5);
  };
  check();
})
""".replace("SETTLED", _SETTLED.strip())

_RESULT_PAGES = """
() => [...document.querySelectorAll('.md-search-result__item')].map((item) =>
  new URL(item.querySelector('a.md-search-result__link').href).pathname)
"""


# The result pages once every query is answered and drawn (_ANSWERED), in one call.
_ANSWERED_PAGES = f"""
async (limits) => {{ await ({_ANSWERED.strip()})(limits); return ({_RESULT_PAGES.strip()})(); }}
"""


@dataclass(frozen=True)
class Case:
    query: str
    expect: str  # the page that should come first, e.g. /signs/silent-treatment/


@dataclass(frozen=True)
class Outcome:
    case: Case
    pages: list[str]  # result pages in the order shown, as paths from the site root

    @property
    def first(self) -> bool:
        return self.pages[:1] == [self.case.expect]

    @property
    def top3(self) -> bool:
        return self.case.expect in self.pages[:3]


def load_cases(path: Path = QUERIES) -> list[Case]:
    return [
        Case(query=item["query"], expect=item["expect"]) for item in yaml.safe_load(path.read_text(encoding="utf-8"))
    ]


# Search is ready when the theme swaps its "Initializing search" line for its prompt to type.
_READY = """() => {
  const words = JSON.parse(document.getElementById("__config").textContent).translations;  // put back on loading
  const prompt = words && words["search.result.placeholder"];
  const meta = document.querySelector(".md-search-result__meta");
  return !!prompt && !!meta && meta.textContent.trim() === prompt;
}"""


def watch_search(page: Page) -> None:
    """Watch the theme's search worker from now on (_PROBE), so search() waits for its answers and
    not for a quiet moment: call it before search opens, since opening it creates the worker."""
    page.evaluate(_PROBE)


def wait_until_ready(page: Page) -> None:
    """Wait until the opened search has its index and worker (they load only when search opens)."""
    page.locator(".md-search__input").wait_for(state="visible")
    page.wait_for_function(_READY, timeout=20_000)


def open_search(page: Page) -> None:
    """Open search as a phone reader does (the header's search button), and wait until it is ready:
    the index and the worker load only when search opens (hooks/seen/search/lazy.py)."""
    watch_search(page)
    page.locator("[data-seen-search-open]").click()
    wait_until_ready(page)


def search(page: Page, query: str, *, base_path: str = "/", typed: bool = True) -> list[str]:
    """Type `query` into the open search box, key by key; the result pages in order (site-root paths).

    `typed=False`: the words are put in at once and one key (End) is pressed, which the theme
    answers as it answers the last key typed; the same results, faster, for long query sets."""
    box = page.locator(".md-search__input")
    if not typed:  # filling focuses the box; the answer and the results come back in one call
        box.fill(query)
        page.keyboard.press("End")
        return ["/" + path[len(base_path) :] for path in page.evaluate(_ANSWERED_PAGES, [250, ANSWER_WAIT_MS])]
    box.focus()
    if box.input_value():
        page.keyboard.press("Control+A")
        page.keyboard.press("Backspace")
        page.evaluate(_ANSWERED, [150, ANSWER_WAIT_MS])
    page.keyboard.type(query)
    page.evaluate(_ANSWERED, [300, ANSWER_WAIT_MS])
    return ["/" + path[len(base_path) :] for path in page.evaluate(_RESULT_PAGES)]


def run_cases(page: Page, cases: list[Case], *, base_path: str = "/", typed: bool = True) -> list[Outcome]:
    return [Outcome(case, search(page, case.query, base_path=base_path, typed=typed)) for case in cases]


# A whole list of queries through the open box in one call: for each, the words are put in the box
# and the key the theme listens for is sent (as search(typed=False) does with Playwright's fill and
# End), and the answer is read from the theme's worker's own reply (the items it draws, in the order
# it draws them: each item's first link, resolved against the site's base as the theme does), not
# from the page once drawn, so no query waits for the drawing's animation frames. Every `drawn`-th
# query, and every query the theme did not send to its worker, is also read from the page once drawn
# (_ANSWERED_PAGES); a drawn list that differs from the worker's reply is reported, so the shortcut
# cannot quietly stop being what the reader sees.
_ANSWER_ALL = f"""
async ([queries, drawn, limits]) => {{
  const probe = window.__seenSearchProbe;
  const box = document.querySelector('.md-search__input');
  const config = JSON.parse(document.getElementById('__config').textContent);
  const base = new URL(config.base, location.href);
  const answered = {_ANSWERED.strip()};
  const shown = {_RESULT_PAGES.strip()};
  const pages = (answer) => answer.items.map((item) => new URL(item[0].location, base).pathname);
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const results = [], differ = [];
  box.focus();
  for (const [i, query] of queries.entries()) {{
    const sent = probe.sent;
    box.value = query;
    box.dispatchEvent(new Event('input', {{bubbles: true}}));
    box.dispatchEvent(new KeyboardEvent('keyup', {{key: 'End', bubbles: true}}));
    const started = Date.now();
    while (probe.sent === sent && Date.now() - started < limits[0]) await sleep(2);
    if (probe.sent === sent) {{  // nothing new was asked (the same words again): what is drawn
      await answered(limits);
      results.push(shown());
      continue;
    }}
    while (probe.answered < probe.sent) {{
      if (Date.now() - started > limits[1]) throw new Error(`search: no answer to ${{JSON.stringify(query)}} after ${{limits[1]}} ms`);
      await sleep(1);
    }}
    const got = pages(probe.answer);
    if (i % drawn === 0) {{
      await answered(limits);
      const seen = shown();
      if (seen.join(' ') !== got.slice(0, seen.length).join(' ')) differ.push([query, got.slice(0, 3), seen.slice(0, 3)]);
    }}
    results.push(got);
  }}
  return [results, differ];
}}
"""


class DrawnDiffers(AssertionError):
    """The results drawn on the page differ from the worker's reply that answer_all reads."""


def answer_all(page: Page, queries: list[str], *, base_path: str = "/", drawn: int = 10) -> list[list[str]]:
    """The result pages for each query, put into the open box one after another, in one call
    (_ANSWER_ALL): the same answers search(typed=False) reads from the page, without waiting for
    each to be drawn. Every `drawn`-th answer is compared with what the page drew: a difference
    raises DrawnDiffers naming the queries."""
    results, differ = page.evaluate(_ANSWER_ALL, [queries, drawn, [250, ANSWER_WAIT_MS]])
    if differ:
        raise DrawnDiffers(
            "search_box.answer_all: the page drew other results than its worker's reply: "
            + "; ".join(f"{query!r}: reply {reply}, drawn {seen}" for query, reply, seen in differ)
        )
    return [["/" + path[len(base_path) :] for path in pages] for pages in results]


def rates(outcomes: list[Outcome]) -> tuple[float, float]:
    """(share first, share in the top three)."""
    total = len(outcomes)
    return sum(o.first for o in outcomes) / total, sum(o.top3 for o in outcomes) / total


def report(outcomes: list[Outcome]) -> str:
    first, top3 = rates(outcomes)
    lines = [f"{len(outcomes)} queries: expected page first {first:.0%}, in the top three {top3:.0%}"]
    for o in outcomes:
        if not o.first:
            mark = "top 3" if o.top3 else "MISSED"
            lines.append(f"  {mark}: {o.case.query!r} -> {o.case.expect}; got {', '.join(o.pages[:3]) or 'nothing'}")
    return "\n".join(lines)


def index_size(site_root: Path) -> tuple[int, int]:
    """(bytes, gzip bytes) of the search index, gzip at level 6 as the test server and most hosts send it."""
    data = (site_root / INDEX).read_bytes()
    return len(data), len(gzip.compress(data, compresslevel=6, mtime=0))


# The page's own search worker (the same script, from the same address) started a second time beside
# the theme's and given the very message the theme set it up with (the index, kept by _PROBE when
# search opened); then each query is sent to it as the theme sends what is in the box (the box's
# value, as it is: the worker reads it), one after another. Nothing is drawn, so a few hundred
# queries take seconds. The answer is what the theme would draw, item by item (_ANSWER_ALL says how).
_WORKER_ANSWERS = """
async ([queries, limit, url]) => {
  const probe = window.__seenSearchProbe;
  if (!probe || !probe.setup || !probe.url) throw new Error('search: open search (open_search) before worker_answers');
  const config = JSON.parse(document.getElementById('__config').textContent);
  const base = new URL(config.base, location.href);
  const worker = new probe.Worker(url ? new URL(url, new URL(probe.url, location.href)).href : probe.url);
  let next = null;
  worker.addEventListener('message', (event) => { if (next) next(event.data); });
  const reply = (type, message) => new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`search: the worker did not answer ${JSON.stringify(message.data).slice(0, 80)} in ${limit} ms`)), limit);
    next = (data) => { if (data && data.type === type) { clearTimeout(timer); next = null; resolve(data.data); } };
    worker.postMessage(message);
  });
  try {
    await reply(1, probe.setup);  // ready
    const results = [];
    for (const query of queries) {
      const answer = await reply(3, {type: 2, data: query});
      results.push(answer.items.map((item) => new URL(item[0].location, base).pathname));
    }
    return results;
  } finally {
    worker.terminate();
  }
}
"""


def worker_answers(
    page: Page, queries: list[str], *, base_path: str = "/", worker: str | None = None
) -> list[list[str]]:
    """The result pages for each query as the page's search worker answers the search box
    (_WORKER_ANSWERS), without drawing them: search must be open (open_search). Whether what is
    drawn is the same is answer_all's check; a test using this compares a share of its queries
    with answer_all. `worker`: another worker script, by its address from the page's own (a variant
    written beside it, for bench/help_first.py), given the same index."""
    results = page.evaluate(_WORKER_ANSWERS, [queries, ANSWER_WAIT_MS * 4, worker])
    return [["/" + path[len(base_path) :] for path in pages] for pages in results]


def answer_cases(
    page: Page, cases: list[Case], *, base_path: str = "/", sample: int = 10
) -> tuple[list[Outcome], list[str]]:
    """Every case answered by the page's own search worker (worker_answers), and every `sample`-th
    also put into the box and read from the page as drawn (answer_all, which checks the drawing
    against the worker's reply too): the outcomes, and a line for each sampled query whose box
    results differ from the worker's answer (none expected)."""
    answers = worker_answers(page, [case.query for case in cases], base_path=base_path)
    picked = list(range(0, len(cases), sample))
    drawn = answer_all(page, [cases[i].query for i in picked], base_path=base_path, drawn=1)
    differ = [
        f"{cases[i].query!r}: worker {answers[i][:3]}, box {pages[:3]}"
        for i, pages in zip(picked, drawn, strict=True)
        if pages != answers[i]
    ]
    return [Outcome(case, pages) for case, pages in zip(cases, answers, strict=True)], differ
