"""At on_post_build: the search files of the built site, finished (the index shaped, the help script and the
search worker's page words beside it)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

from seen.content.models import SearchWords
from seen.search.help import PAGES_SCRIPT, SCRIPT, closest_pages, help_script, pages_script
from seen.search.index import PageSearch, directory_url, shape_index
from seen.search.page_words import kept

INDEX = "search/search_index.json"


def finish_search(
    site_dir: Path, *, pages: Mapping[str, PageSearch], words: SearchWords, language: str, card: str, closest: str
) -> bool:
    """Add keywords, forms and summaries to the index the search plugin wrote, and write the help
    script and the page words (seen.search.help) beside it. False when the build has no search index (no search).

    `card` is the urgent-help card's HTML (drawn by partials/search-help.html); `closest` the
    words above the closest pages. Raises SearchIndexError when the index is not as expected."""
    path = site_dir / INDEX
    if not path.is_file():
        return False
    shaped = shape_index(json.loads(path.read_text(encoding="utf-8")), pages=pages, words=words, language=language)
    path.write_text(json.dumps(shaped, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    script = help_script(
        danger=words.danger,
        card=card,
        closest=closest,
        pages=closest_pages(shaped["docs"], words.skip_words),
        skip_words=words.skip_words,
    )
    (site_dir / SCRIPT).write_text(script, encoding="utf-8")
    page_words = kept(words.page_words, (directory_url(doc["location"]) for doc in shaped["docs"]))
    (site_dir / PAGES_SCRIPT).write_text(pages_script(page_words), encoding="utf-8")
    return True
