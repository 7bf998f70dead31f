"""In the built site, each edition's search worker can read danger as the card does, and lift its help
page: the help script is where the worker looks for it, and only the help page holds the help token. Its
page words (seen-pages.js) are where it looks for them too."""

from __future__ import annotations

import json

import pytest

from seen.search.index import HELP_PAGE, HELP_TOKEN
from seen.search.worker import HELP_FROM_WORKER, PAGES_FROM_WORKER, WORKERS
from support.project import Site


@pytest.mark.parametrize("edition", ["", "es/"])
def test_each_editions_worker_finds_its_help_script_and_its_help_page(site: Site, edition: str) -> None:
    workers = site.root / edition / WORKERS
    wrappers = sorted(workers.glob("seen-search.*.js"))
    assert wrappers, f"no search worker of ours in {edition}{WORKERS}"
    assert (workers / HELP_FROM_WORKER).resolve() == (site.root / edition / "search" / "seen-help.js").resolve()
    assert (workers / HELP_FROM_WORKER).is_file()
    assert (workers / PAGES_FROM_WORKER).resolve() == (site.root / edition / "search" / "seen-pages.js").resolve()
    assert (workers / PAGES_FROM_WORKER).is_file()
    index = json.loads((site.root / edition / "search" / "search_index.json").read_text(encoding="utf-8"))
    holding = [doc["location"] for doc in index["docs"] if HELP_TOKEN in doc.get("pairs", "").split()]
    assert holding == [HELP_PAGE]
