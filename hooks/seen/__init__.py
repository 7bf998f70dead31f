"""Seen: the guide's build, in the order MkDocs runs it.

    data/*.yml, docs/*.md
        │
        ▼  on_config               content/   read the data, check it, make the typed guide
        ▼  on_files, on_nav        pages/     decide the generated pages: paths, Markdown, navigation
        ▼  on_page_*               pages/     draw them: previews, cards, the map, the check-in, print
        ▼  on_post_page            finish/    each finished page: its CSP, safe links, smaller markup
        ▼  on_post_build           search/    the index and the worker that load when search opens
                                   finish/    the whole site: unused CSS, compressed copies, publish
        ▼
    site/

`build.py` is the one place that follows the MkDocs events and hands each to these stages;
`hooks/main.py` is the thin file MkDocs loads. ARCHITECTURE.md at the project's root has the
functions to read first in each stage.
"""
