"""What the benchmarks share: the page types they report, and BENCHMARKS.md, which holds one marked
block per benchmark (each script replaces only its own)."""

from __future__ import annotations

from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent.parent / "BENCHMARKS.md"

# The page types every benchmark reports, in a reader's order (speed.py's second visit to each
# comes from the one before): name -> path in the site.
PAGES = {
    "home": "",
    "/signs/": "signs/",
    "a sign": "signs/silent-treatment/",
    "an effect": "effects/exhaustion/",
    "a step": "steps/ask-clearly/",
    "/get-help/": "get-help/",
    "/check-in/": "check-in/",
    "/map/": "map/",
    "/handout/": "handout/",
    "a sign in Spanish": "es/signs/silent-treatment/",
}
# Where a reader comes from to each page type, for a second page: the one before it in PAGES; to
# the home page from /get-help/ (the end of a reader's path), to a Spanish page from the Spanish home.
BEFORE = {
    **{name: list(PAGES.values())[i - 1] if i else PAGES["/get-help/"] for i, name in enumerate(PAGES)},
    "a sign in Spanish": "es/",
}


def record(name: str, text: str, path: Path = BENCHMARKS) -> None:
    """Replace (or add) the block between <!-- name:start --> and <!-- name:end -->; other blocks stay."""
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    current = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    block = f"{start}\n{text}\n{end}"
    if start in current:
        before, rest = current.split(start, 1)
        current = before + block + rest.split(end, 1)[1]
    else:
        current = current.rstrip() + "\n\n" + block + "\n"
    path.write_text(current, encoding="utf-8")
