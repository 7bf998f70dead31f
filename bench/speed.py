"""Speed and weight, side by side with stock mkdocs-material; writes a dated table to BENCHMARKS.md.

Run from the project root:

    .venv/bin/python bench/speed.py
    nice -n -5 .venv/bin/python bench/speed.py --build-only   # the build times alone, no browser

Needs Debian's Chromium at /usr/bin/chromium (not with --build-only). Takes a few minutes on two
cores. Every build time is given as wall time and as CPU time (user + system, the build's worker
processes included), with the load average beside it: on a shared machine the CPU time is the
steadier figure. Measures, in one run:

- the full build (median of 5, after a warm-up) beside a stock build of the same pages: the
  Markdown of every page as our hooks leave it, built as plain Markdown with `theme: material`
  at its default settings, the search plugin on, the same Markdown extensions and navigation;
- scaling: the guide with 10x, 42x (1,000 entries) and 100x the entries, built in a temporary folder,
  first without caches (every card, QR code and compressed copy made), then again;
- weight per page type, gzip, counted by Chromium: a first visit (empty cache) and a second
  page (the page before it in a reader's path read first), both builds served the same way;
- `mkdocs serve`: the time from one edit in data/ to the rebuilt site.

`--weights` measures the weights alone (one build of each) and replaces only their table.
"""

from __future__ import annotations

import datetime
import html
import json
import os
import re
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from copy import deepcopy as copy_of
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))

from benchmarks_md import BEFORE, PAGES, record  # noqa: E402

from support.project import copy_project  # noqa: E402  (the project's sources, without site/ or caches)

RUNS = 5
SCALES = (1, 10, 42, 100)  # 42 copies of the guide's 24 entries: the 1,000-entry budget
FIRST_VISIT_RATIO = 0.5  # of stock's first visit to the same page, for every page type
SECOND_PAGE_BYTES = 8 * 1024
BUILD_RATIO = 1.3
# Stock's weights as this script last measured them, for tests/browser/test_weight.py's budgets.
STOCK_WEIGHTS = ROOT / "bench" / "stock-weights.json"
THOUSAND_ENTRIES_SECONDS = 60
# Builds keep Python's compiled bytecode, as on a practice's machine from its second build on: MkDocs' and
# the theme's code was compiled when installed, the guide's hooks (hooks/seen/, about 7,600 lines) are
# compiled by the warm-up build into the temporary copy's __pycache__/. Without it, each of our builds
# compiled them again (about 0.1 s of CPU) while stock's code never is.
ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
ENV["NO_MKDOCS_2_WARNING"] = "1"


# --- building -------------------------------------------------------------------------------


def set_languages(project: Path, languages: str) -> Path:
    """Publish only these languages (data/practice.yml's `languages`), e.g. "[en]"."""
    practice = project / "data" / "practice.yml"
    text = practice.read_text(encoding="utf-8")
    edited = re.sub(r"(?m)^languages: .*$", f"languages: {languages}", text)
    if edited == text and f"languages: {languages}" not in text:
        edited = text + f"\nlanguages: {languages}\n"
    practice.write_text(edited, encoding="utf-8")
    return project


class Timing(NamedTuple):
    """One build's wall time, its CPU time (user + system, its worker processes included) and the
    machine's one-minute load average when it ended."""

    wall: float
    cpu: float
    load: float

    def __str__(self) -> str:
        return f"{self.wall:.2f} s ({self.cpu:.2f} s CPU, load {self.load:.1f})"


def median_timing(timings: list[Timing]) -> Timing:
    return Timing(*(statistics.median(values) for values in zip(*timings, strict=True)))


def added(timings: list[Timing]) -> Timing:
    """Builds run one after the other (stock: one per language): times added, the last load."""
    return Timing(sum(t.wall for t in timings), sum(t.cpu for t in timings), timings[-1].load)


def timed_build(project: Path, site: Path, *, strict: bool = True) -> Timing:
    """`mkdocs build` of a project, as a shell runs it: wall and CPU time."""
    command = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(project / "mkdocs.yml"), "-d", str(site)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([*command, *(["--strict"] if strict else [])], cwd=project, check=True, env=ENV)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the build and every process it waited for
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Timing(wall, cpu, os.getloadavg()[0])


def median_builds(
    ours: tuple[Path, Path], stock: list[tuple[Path, Path]], *, runs: int = RUNS
) -> tuple[Timing, Timing, list[float]]:
    """Median build times of ours and of stock (the sum of its builds: one per language), after a
    warm-up each, built in turns so that whatever else the machine is doing slows both alike; and
    each turn's ratio (ours over stock, CPU time)."""
    timed_build(*ours)  # warm-up: fills caches, as any second build has them
    for build in stock:
        timed_build(*build, strict=False)
    times: tuple[list[Timing], list[Timing]] = ([], [])
    for _ in range(runs):
        times[0].append(timed_build(*ours))
        times[1].append(added([timed_build(*build, strict=False) for build in stock]))
    ratios = [one.cpu / other.cpu for one, other in zip(*times, strict=True)]
    return median_timing(times[0]), median_timing(times[1]), ratios


# --- the stock build ------------------------------------------------------------------------


def capture_markdown(project: Path) -> tuple[dict[str, str], list[Any], dict[str, Any]]:
    """Every page's Markdown as our hooks leave it, the navigation, and the settings that shape content."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.plugins import BasePlugin, event_priority

    pages: dict[str, str] = {}
    seen: dict[str, Any] = {}

    class Capture(BasePlugin):
        @event_priority(-1000)  # after every other plugin and hook
        def on_config(self, config):
            seen["nav"] = config.nav
            return config

        @event_priority(-1000)
        def on_page_markdown(self, markdown, page, config, files):
            pages[page.file.src_uri] = markdown
            return markdown

    with tempfile.TemporaryDirectory() as site:
        config = load_config(config_file=str(project / "mkdocs.yml"), site_dir=site)
        config.plugins["bench-capture"] = Capture()
        config.plugins.run_event("startup", command="build", dirty=False)
        build(config)
    seen.update(
        site_name=config.site_name,
        site_url=config.site_url,
        markdown_extensions=config.markdown_extensions,
        mdx_configs=config.mdx_configs,
    )
    return pages, seen["nav"], seen


def stock_project(project: Path, target: Path, *, language: str = "en") -> Path:
    """The same pages as plain Markdown, for stock mkdocs-material with search on (in `language`:
    `project` must publish that language alone, so that its pages are built at the root)."""
    pages, nav, settings = capture_markdown(project)
    docs = target / "docs"
    for path, markdown in pages.items():
        (docs / path).parent.mkdir(parents=True, exist_ok=True)
        (docs / path).write_text(markdown, encoding="utf-8")
    extensions = [
        {name: settings["mdx_configs"][name]} if name in settings["mdx_configs"] else name
        for name in settings["markdown_extensions"]
        if isinstance(name, str)
    ]
    config = {
        "site_name": html.unescape(str(settings["site_name"])),  # the theme gets it escaped (Markup)
        "site_url": settings["site_url"],
        "theme": {"name": "material", **({"language": language} if language != "en" else {})},
        "plugins": ["search"],
        "markdown_extensions": extensions,
        "nav": nav,
    }
    (target / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return target


# --- scaling ---------------------------------------------------------------------------------


def multiply_entries(data: Path, times: int) -> int:
    """Make `times` copies of every entry, each copy pointing to the same copy of its neighbours
    (so every cross-reference stays valid); returns how many entries there are now."""
    renamed = {}
    files = {
        name: yaml.safe_load((data / f"{name}.yml").read_text(encoding="utf-8"))
        for name in ("signs", "effects", "steps")
    }

    def slug(value: str, copy: int) -> str:
        return value if copy == 0 else f"{value}-{copy}"

    total = 0
    for name, entries in files.items():
        made = []
        for copy in range(times):
            for entry in entries:
                entry = {key: copy_of(value) for key, value in entry.items() if key != "aliases"}
                entry["slug"] = slug(entry["slug"], copy)
                if copy:
                    entry["title"] = f"{entry['title']} ({copy + 1})"
                for field in ("effects", "steps"):
                    if field in entry:
                        entry[field] = [slug(value, copy) for value in entry[field]]
                for action in entry.get("try_this", []):
                    if isinstance(action, dict) and "step" in action:
                        action["step"] = slug(action["step"], copy)
                made.append(entry)
        renamed[name] = made
        total += len(made)
    for name, entries in renamed.items():
        (data / f"{name}.yml").write_text(
            yaml.safe_dump(entries, sort_keys=False, allow_unicode=True), encoding="utf-8"
        )
    return total


LIMIT = "MAX_FILE_BYTES = 1_000_000"


def allow_large_data(project: Path) -> None:
    """A data file of 42 times the entries is over the 1 MB a real one may be (a guard against a
    mistake, hooks/seen/content/yaml_words.py): the synthetic copy's guard is raised, not the guide's."""
    words = project / "hooks" / "seen" / "content" / "yaml_words.py"
    text = words.read_text(encoding="utf-8")
    if LIMIT not in text:
        raise RuntimeError(f"{words}: expected {LIMIT!r}, found none")
    words.write_text(text.replace(LIMIT, "MAX_FILE_BYTES = 100_000_000"), encoding="utf-8")


MAP_MARKER = "<!-- guide:map -->"


def leave_out_the_map(project: Path) -> None:
    """A synthetic build leaves the map's boxes out, as earlier rounds' builds had to (the map was a
    picture with no room for ten times the guide), so that their times still compare; the entries'
    links to their place on it are then only warnings, hence the build without --strict."""
    page = project / "docs" / "map.md"
    text = page.read_text(encoding="utf-8")
    if MAP_MARKER not in text:
        raise RuntimeError(f"docs/map.md: expected {MAP_MARKER}, found none")
    page.write_text(text.replace(MAP_MARKER, ""), encoding="utf-8")


@dataclass
class Scale:
    times: int
    entries: int
    pages: int
    cold: Timing  # first build: every preview card, QR code and compressed copy made
    warm: Timing  # median of later builds

    @property
    def per_page(self) -> float:
        """CPU seconds a page in a build with its caches (steadier than wall time on a shared machine)."""
        return self.warm.cpu / self.pages


def measure_scale(times: int, *, runs: int) -> Scale:
    """Synthetic data in English only: the Spanish twins would double every count alike."""
    with tempfile.TemporaryDirectory() as tmp:
        project = set_languages(copy_project(Path(tmp) / "project"), "[en]")
        entries = multiply_entries(project / "data", times)
        allow_large_data(project)
        strict = times == 1
        if not strict:
            leave_out_the_map(project)
        site = Path(tmp) / "site"
        cold = timed_build(project, site, strict=strict)
        pages = sum(1 for _ in site.rglob("*.html"))
        warm = median_timing([timed_build(project, site, strict=strict) for _ in range(runs)])
    print(f"{times}x: {entries} entries, {pages} pages: first build {cold}, again {warm}", flush=True)
    return Scale(times=times, entries=entries, pages=pages, cold=cold, warm=warm)


# --- weight in a browser --------------------------------------------------------------------


def weigh(site: Path) -> dict[str, tuple[int, int]]:
    """Page type -> (first visit, second page) bytes over the wire, gzip, for what Chromium fetched."""
    from playwright.sync_api import sync_playwright

    from support.browser import launch
    from support.weigh import host

    weights = {}
    with host(site) as served, sync_playwright() as playwright:
        browser = launch(playwright)
        for name, path in PAGES.items():
            first = served.first_visit(browser, path).total
            second = served.second_visit(browser, first=BEFORE[name], then=path).total
            weights[name] = (first, second)
        browser.close()
    return weights


def save_stock_weights(stock_weights: dict[str, tuple[int, int]]) -> None:
    import material

    data = {
        "about": "Stock mkdocs-material's bytes over the wire for the same pages, written by bench/speed.py; "
        "tests/browser/test_weight.py holds our pages to a share of them.",
        "measured": datetime.date.today().isoformat(),
        "mkdocs-material": material.__version__,
        "pages": {
            name: {"path": PAGES[name], "first": first, "second": second}
            for name, (first, second) in stock_weights.items()
        },
    }
    STOCK_WEIGHTS.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


# --- mkdocs serve ---------------------------------------------------------------------------


def serve_rebuild(project: Path, *, edits: int = 3, editions: int = 2) -> float:
    """Median seconds from saving one change to data/signs.yml to `mkdocs serve` having rebuilt
    (every edition: each says "Documentation built in", the first language's last)."""
    signs = project / "data" / "signs.yml"
    process = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{free_port()}", "-f", str(project / "mkdocs.yml")],
        cwd=project,
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    times = []
    try:
        _wait_for(process, "Serving on")
        for n in range(edits):
            text = signs.read_text(encoding="utf-8")
            edited = re.sub(r"(?m)^(  summary: .*?)\.?$", rf"\1 (edit {n}).", text, count=1)
            time.sleep(1.0)  # file watchers settle
            started = time.perf_counter()
            signs.write_text(edited, encoding="utf-8")
            for _ in range(editions):
                _wait_for(process, "Documentation built in")
            times.append(time.perf_counter() - started)
    finally:
        process.terminate()
        process.wait(timeout=30)
    return statistics.median(times)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_for(process: subprocess.Popen, text: str, timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    for line in process.stdout:
        if text in line:
            return
        if time.monotonic() > deadline:
            break
    raise RuntimeError(f"mkdocs serve: expected {text!r} in its output, found none")


# --- the report -----------------------------------------------------------------------------


def kb(size: float) -> str:
    return f"{size / 1024:.1f} KB"


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def weight_table(weights: dict, stock_weights: dict) -> list[str]:
    """The side-by-side weights, one row a page type."""
    lines = [
        f"| page | first visit | stock first visit | ratio (budget ≤ {FIRST_VISIT_RATIO}) | second page | stock second page "
        f"| second page ≤ {SECOND_PAGE_BYTES // 1024} KB |",
        "|---|---|---|---|---|---|---|",
    ]
    for name in PAGES:
        (first, second), (stock_first, stock_second) = weights[name], stock_weights[name]
        ratio = first / stock_first
        budget = verdict(ratio <= FIRST_VISIT_RATIO)
        lines.append(
            f"| {name} | {kb(first)} | {kb(stock_first)} | {ratio:.2f} {budget} | {kb(second)} | {kb(stock_second)} "
            f"| {verdict(second <= SECOND_PAGE_BYTES)} |"
        )
    return lines


def report(
    *,
    weights: dict,
    stock_weights: dict,
    rebuild: float,
    load: str,
) -> str:
    """The weight table (and `mkdocs serve`'s rebuild); the build times are build_report's."""
    chromium = subprocess.run(["/usr/bin/chromium", "--version"], capture_output=True, text=True).stdout.strip()
    import material
    import mkdocs

    lines = [
        "## Speed and weight (beside stock mkdocs-material)",
        "",
        f"Measured {datetime.date.today().isoformat()} on {os.cpu_count()} cores (load average {load} at the start, "
        f"{os.getloadavg()[0]:.1f} at the end: other work on the machine slows every time below) with MkDocs {mkdocs.__version__}, "
        f"mkdocs-material {material.__version__} and {chromium}. Command: `.venv/bin/python bench/speed.py`. "
        "Stock: the same pages' Markdown (as our hooks leave it) and navigation, `theme: material` with its "
        "default settings and the search plugin on. Weights are bytes over the wire (headers and gzip body, "
        "level 6, on the fly) for everything Chromium fetched at 390 px, worker scripts included, counted by the server, both builds served alike from 127.0.0.1: pages "
        "checked on every visit, the theme's hash-named files kept a year, other assets an hour (as "
        "`deploy/` sets them). Requests to other sites (stock's Google Fonts) are not counted.",
        "",
        *weight_table(weights, stock_weights),
    ]
    lines += [
        "",
        f"`mkdocs serve`: one edit in data/signs.yml to rebuilt (median of 3): {rebuild:.2f} s. "
        "The build times are in the next section. "
        "The weights are of the English pages (each with its Spanish twin's links) against stock's English pages.",
    ]
    return "\n".join(lines)


def build_report(
    *, ours: Timing, stock: Timing, ratios: list[float], site_pages: int, scales: list[Scale], load: float
) -> str:
    """The build times: ours beside stock, and the guide at larger sizes."""
    import material
    import mkdocs

    thousand = next((s for s in scales if s.entries >= 1000), None)
    base = scales[0] if scales else None
    command = ".venv/bin/python bench/speed.py" + (" --build-only" if "--build-only" in sys.argv else "")
    lines = [
        "## Build time (beside stock mkdocs-material)",
        "",
        f"Measured {datetime.date.today().isoformat()} on {os.cpu_count()} cores with MkDocs {mkdocs.__version__} and "
        f"mkdocs-material {material.__version__}; command: `{command}` (load average {load:.1f} at the start). "
        "Each time is wall time, then CPU time (user + system, the build's worker processes included) and the "
        "one-minute load average when the build ended: on a machine shared with other work, wall time grows "
        "with the load and CPU time much less, so the ratio to stock is taken on CPU time, build by build, "
        "ours and stock built in turns. Both keep Python's compiled bytecode between builds, as a practice's "
        "machine does (the guide's hooks are compiled by the warm-up, MkDocs' and the theme's code when installed).",
        "",
        "| build | time | budget |",
        "|---|---|---|",
        f"| full site in both languages, {site_pages} pages (median of {RUNS}, after a warm-up) | {ours} | |",
        f"| stock builds of the same pages (one per language, times added) | {stock} | |",
        f"| ratio, CPU time (median of the {len(ratios)} turns: {', '.join(f'{r:.2f}' for r in ratios)}) "
        f"| {statistics.median(ratios):.2f} (wall: {ours.wall / stock.wall:.2f}) "
        f"| ≤ {BUILD_RATIO}: {verdict(statistics.median(ratios) <= BUILD_RATIO)} |",
    ]
    for scale in scales:
        growth = scale.per_page / base.per_page
        budget = ""
        if scale is thousand:
            budget = (
                f"under {THOUSAND_ENTRIES_SECONDS} s, first build: {verdict(scale.cold.wall < THOUSAND_ENTRIES_SECONDS)} "
                f"(its CPU time over {os.cpu_count()} cores: {scale.cold.cpu / (os.cpu_count() or 1):.1f} s); "
                f"with its caches: {verdict(scale.warm.wall < THOUSAND_ENTRIES_SECONDS)}"
            )
        lines.append(
            f"| {scale.times}x data: {scale.entries} entries, {scale.pages} pages | first build {scale.cold}; "
            f"again {scale.warm}; {scale.per_page * 1000:.1f} ms CPU a page, {growth:.2f}x the 1x CPU a page | {budget} |"
        )
    lines += [
        "",
        "Synthetic builds publish English only (the Spanish twins would double every count alike) and "
        "copy every entry (new slugs, no aliases, each copy pointing to its own copies) "
        'in a temporary folder; "first build" has no caches (every preview card and QR code drawn, every file '
        "compressed: in worker processes, while the pages are written), the time a page is from later builds. "
        "The map's boxes are left out of them, as earlier rounds' builds had to (the map was then a picture "
        "with no room for ten times the entries), so that the times still compare.",
    ]
    return "\n".join(lines)


def scales_asked() -> tuple[int, ...]:
    """SCALES, or those named on the command line (`--scales 1,42`: the 100x build alone takes minutes);
    with --build-only, 1x and 42x (the 1,000-entry budget)."""
    if "--scales" in sys.argv:
        return tuple(int(n) for n in sys.argv[sys.argv.index("--scales") + 1].split(","))
    return (1, 42) if "--build-only" in sys.argv else SCALES


WEIGHTS_NOTE = "Weights re-measured"


def weights_only() -> None:
    """`bench/speed.py --weights`: one build of ours and of stock, weighed; only the weight table
    (and the note saying when) is replaced in BENCHMARKS.md, the build times are kept as measured."""
    from benchmarks_md import BENCHMARKS

    load = f"{os.getloadavg()[0]:.1f}"
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        project = copy_project(tmp_path / "ours")
        timed_build(project, tmp_path / "ours-site")
        for languages, language, folder, site in (
            ("[en]", "en", "stock", "stock-site"),
            ("[es]", "es", "stock-es", "stock-site/es"),
        ):
            only = set_languages(copy_project(tmp_path / f"only-{language}"), languages)
            timed_build(stock_project(only, tmp_path / folder, language=language), tmp_path / site, strict=False)
        weights, stock_weights = weigh(tmp_path / "ours-site"), weigh(tmp_path / "stock-site")
    save_stock_weights(stock_weights)
    block = BENCHMARKS.read_text(encoding="utf-8").split("<!-- speed:start -->", 1)[1].split("<!-- speed:end -->", 1)[0]
    lines = []
    for line in block.strip("\n").split("\n"):
        if not line.startswith(WEIGHTS_NOTE) and not (line == "" and lines and lines[-1] == ""):
            lines.append(line)
    start = next(i for i, line in enumerate(lines) if line.startswith("| page | first visit"))
    end = next(i for i in range(start, len(lines)) if not lines[i].startswith("|"))
    note = (
        f"{WEIGHTS_NOTE} {datetime.date.today().isoformat()} with `.venv/bin/python bench/speed.py --weights` (one build "
        f"of each, load average {load} at the start, {os.getloadavg()[0]:.1f} at the end); the build times below are "
        "from the last full run."
    )
    lines[start:end] = [*weight_table(weights, stock_weights), "", note]
    text = "\n".join(lines)
    record("speed", text)
    print(text)


def main() -> None:
    """The whole benchmark; with --build-only, the build times alone (a few minutes, no browser); with
    --weights, the page weights alone."""
    if "--weights" in sys.argv:
        weights_only()
        return
    build_only = "--build-only" in sys.argv
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        # Ours: the whole guide as published, English at the root and Spanish under /es/. Stock: the
        # same pages, one stock build per language (Spanish into /es/, with the theme in Spanish).
        project = copy_project(tmp_path / "ours")
        stock_en = stock_project(set_languages(copy_project(tmp_path / "only-en"), "[en]"), tmp_path / "stock")
        stock_es = stock_project(
            set_languages(copy_project(tmp_path / "only-es"), "[es]"), tmp_path / "stock-es", language="es"
        )
        stock_builds = [(stock_en, tmp_path / "stock-site"), (stock_es, tmp_path / "stock-site" / "es")]
        ours_time, stock_time, ratios = median_builds((project, tmp_path / "ours-site"), stock_builds)
        print(f"build: ours {ours_time}, stock {stock_time}, CPU ratios {ratios}", flush=True)
        site_pages = sum(1 for _ in (tmp_path / "ours-site").rglob("*.html"))
        if not build_only:
            weights, stock_weights = weigh(tmp_path / "ours-site"), weigh(tmp_path / "stock-site")
            save_stock_weights(stock_weights)
            print(weights, stock_weights, flush=True)
            rebuild = serve_rebuild(project)
            print(f"serve rebuild {rebuild:.2f} s", flush=True)
    scales = [measure_scale(times, runs=3 if times <= 10 else 1) for times in scales_asked()]
    build_text = build_report(
        ours=ours_time, stock=stock_time, ratios=ratios, site_pages=site_pages, scales=scales, load=load
    )
    record("speed-build", build_text)
    print(build_text)
    if build_only:
        return
    text = report(weights=weights, stock_weights=stock_weights, rebuild=rebuild, load=f"{load:.1f}")
    record("speed", text)
    print(text)


if __name__ == "__main__":
    main()
