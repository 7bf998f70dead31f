"""A rendered page's last touches (theme repairs, print addresses, smaller, CSP), as one plain
function, and the workers that run it while MkDocs draws the next pages.

`finish_html` takes everything it needs as arguments and returns what the build keeps of each
page (its icons, the theme's words, any unexpected code), so it gives the same page in the main
process or in a worker. A large build (the 1,000-entry guide) hands its pages to `PageFinisher`:
MkDocs writes each page as drawn, and the finished page replaces it once its worker is done
(all of them before the site is finished: `PageFinisher.collect`). A worker also makes the
finished page's compressed copies, so they are not waited for at the end.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from functools import cache
from importlib.metadata import version
from pathlib import Path

from seen.finish.icons import IconSheet
from seen.finish.page_language import set_page_language
from seen.finish.security import add_content_security_policy, protect_external_links
from seen.finish.theme_fixes import repair_theme_markup
from seen.finish.theme_words import lift_translations
from seen.finish.weight import CompressionCache, compress_into_cache, minify_page
from seen.pages.printing import add_print_addresses
from seen.search.worker import use_wrapper

FINISH_WORKERS = 2  # processes finishing pages in a large build (the measured machine has 2 cores)
FINISH_IN_WORKERS_FROM = 200  # pages: a smaller build finishes each page itself (a worker costs more than it saves)


@dataclass(frozen=True)
class Finishing:
    """What every page of one edition is finished with."""

    language: str
    site_url: str
    theme_worker: str  # the theme's search worker's file name (seen.search.worker)
    stemmed: bool
    offline: bool
    csp_cache: Path | None  # .cache/csp: a page found clean in an earlier build is not read again
    # .cache/finished: a page drawn the same as in an earlier build is not finished again (finish_kept)
    finished_cache: Path | None = None


@dataclass(frozen=True)
class FinishedPage:
    html: str
    shapes: dict[str, str]  # the theme icons it uses (seen.finish.icons), by class name
    words: dict[str, str]  # the theme's words lifted from it (seen.finish.theme_words)
    problems: list[str]  # code in it the guide does not ship, one line each (seen.finish.security)
    compressed: list[Path] = field(default_factory=list)  # compressed copies a worker made (in the cache)


def finish_html(html: str, *, where: str, page_url: str | None, finishing: Finishing) -> FinishedPage:
    """Last touches to a rendered page (seen.finish); the CSP comes last, once every inline script
    is final. `where` is the page's file in the site, or its source (for messages). Raises
    ValueError (ThemeMarkupChanged names the theme version) when the theme's markup changed."""
    html = repair_theme_markup(html)
    html = set_page_language(html, finishing.language)  # pt-BR, where the theme says "pt"
    if page_url:
        html = add_print_addresses(html, page_url=page_url)
    html = protect_external_links(html, site_url=finishing.site_url)
    # Search's worker is ours (seen.search.worker): it loads the theme's when search opens.
    html = use_wrapper(html, finishing.theme_worker, stemmed=finishing.stemmed)
    icons = IconSheet()
    html = icons.lift(html)  # seen.finish.icons: drawn by the cached style sheet
    html, words = lift_translations(html)  # seen.finish.theme_words: in assets/seen-words.js
    html = minify_page(html)  # seen.finish.weight
    problems: list[str] = []
    html = add_content_security_policy(
        html, offline=finishing.offline, page=where, report=problems.append, cache=finishing.csp_cache
    )
    return FinishedPage(html=html, shapes=icons.shapes, words=words, problems=problems)


# The guide's code (every finishing step, and what they read: seen.search's scripts among them).
SEEN_PACKAGE = Path(__file__).resolve().parent.parent


@cache
def _finishing_code() -> str:
    """A hash of what decides a finished page besides the page and its settings: the seen package's
    code (the finishing steps and all they import), Python, and the minifier."""
    digest = hashlib.sha256(f"{sys.version}\0minify-html {version('minify_html')}\0".encode())
    for path in sorted(SEEN_PACKAGE.rglob("*")):
        if path.suffix in (".py", ".js") and "__pycache__" not in path.parts:
            digest.update(f"{path.relative_to(SEEN_PACKAGE).as_posix()}\0".encode())
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def finished_key(html: str, *, where: str, page_url: str | None, finishing: Finishing) -> str:
    """The name a finished page is kept under: changes with the page, where it goes, its settings and the code."""
    settings = {name: value for name, value in asdict(finishing).items() if not name.endswith("_cache")}
    digest = hashlib.sha256(_finishing_code().encode())
    digest.update(json.dumps([where, page_url, settings], sort_keys=True).encode())
    digest.update(html.encode("utf-8", errors="surrogatepass"))
    return digest.hexdigest()[:32]


def finish_kept(html: str, *, where: str, page_url: str | None, finishing: Finishing) -> FinishedPage:
    """`finish_html`, kept in `finishing.finished_cache` for a page with nothing unexpected in it: a
    rebuild draws most pages exactly as before, and minifying and scanning them again gives the same.
    A page with unexpected code is finished every time, so its build stops every time."""
    cache = finishing.finished_cache
    if cache is None:
        return finish_html(html, where=where, page_url=page_url, finishing=finishing)
    path = cache / f"{finished_key(html, where=where, page_url=page_url, finishing=finishing)}.json"
    try:
        kept = json.loads(path.read_text(encoding="utf-8"))
        return FinishedPage(html=kept["html"], shapes=kept["shapes"], words=kept["words"], problems=[])
    except (OSError, ValueError, KeyError, TypeError):
        pass
    page = finish_html(html, where=where, page_url=page_url, finishing=finishing)
    if not page.problems:
        cache.mkdir(parents=True, exist_ok=True)
        temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        temp.write_text(json.dumps({"html": page.html, "shapes": page.shapes, "words": page.words}), encoding="utf-8")
        os.replace(temp, path)
    return page


def _finish_in_worker(
    html: str, where: str, page_url: str | None, finishing: Finishing, compressed: Path | None
) -> FinishedPage:
    """In a worker: the finished page, and its compressed copies made into the cache folder `compressed`."""
    page = finish_kept(html, where=where, page_url=page_url, finishing=finishing)
    if compressed is None:
        return page
    data = page.html.encode("utf-8", errors="xmlcharrefreplace")  # the bytes written (as MkDocs writes them)
    return FinishedPage(
        html=page.html,
        shapes=page.shapes,
        words=page.words,
        problems=page.problems,
        compressed=compress_into_cache(compressed, data),
    )


@dataclass
class _Pending:
    path: Path  # the page's file in the site
    where: str
    job: Future[FinishedPage]


class PageFinisher:
    """Pages finished by worker processes, in the order MkDocs drew them. `keep` receives each
    finished page (in that order) once its file holds the finished page; `collect` waits for all."""

    def __init__(
        self,
        finishing: Finishing,
        *,
        keep: Callable[[FinishedPage, str], None],
        workers: int,
        finish: Callable[..., FinishedPage] | None = None,
    ) -> None:
        self.finishing = finishing
        self.keep = keep
        self.finish = finish or _finish_in_worker  # what a worker runs for a page (a module-level function)
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else None)
        self._executor: ProcessPoolExecutor | None = ProcessPoolExecutor(max_workers=workers, mp_context=context)
        self._pending: deque[_Pending] = deque()
        self._compression: CompressionCache | None = None

    def submit(
        self, html: str, *, path: Path, where: str, page_url: str | None, compression: CompressionCache | None
    ) -> None:
        """Finish this page (to be written at `path`) in a worker; with `compression`, its copies too."""
        if self._executor is None:
            raise RuntimeError("PageFinisher: submit after close")
        self._compression = compression
        folder = compression.folder if compression is not None else None
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True)
        self._write(block=False)  # the pages before this one, which MkDocs has written, as they come
        job = self._executor.submit(self.finish, html, where, page_url, self.finishing, folder)
        self._pending.append(_Pending(path=path, where=where, job=job))  # not written yet: MkDocs writes it next

    def collect(self) -> None:
        """Wait for every page, write each finished one over what MkDocs wrote; then stop the workers."""
        try:
            self._write(block=True)
        finally:
            self.close()

    def _write(self, *, block: bool) -> None:
        while self._pending and (block or self._pending[0].job.done()):
            pending = self._pending.popleft()
            page = pending.job.result()  # a ValueError in the worker is raised here
            pending.path.write_bytes(page.html.encode("utf-8", errors="xmlcharrefreplace"))
            if self._compression is not None:
                self._compression.made_elsewhere(page.compressed)
            self.keep(page, pending.where)

    def close(self) -> None:
        """Stop the workers (pages not started are dropped: the build has stopped)."""
        self._pending.clear()
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None
