"""Seen: the guide's build, in the order MkDocs runs it (ARCHITECTURE.md has the same map, and the
functions to read first in each stage).

    data/*.yml, docs/*.md
        │
        ▼  on_config               content/   read the data, check it, make the typed guide
        ▼  on_files, on_env        pages/     decide the generated pages: paths, Markdown, settings
        ▼  on_page_markdown        pages/     markers in Markdown: cards, the map, urgent help
        ▼  on_page_context         pages/     what each template gets: entry, preview, alternates
                                   search/    how the page is found (keywords, summary)
        ▼  on_post_page            finish/    each finished page: repairs, CSP, safe links, smaller markup
        ▼  on_post_build           search/    the index shaped, the help card, loading when opened
                                   finish/    the whole site: unused CSS, compressed copies, publish
        ▼
    site/

`build.py` is the one place that follows the MkDocs events: `start_build` is on_config, and each
`GuideBuild` method is one later event that hands its work to these stages' plain functions.
`hooks/main.py` is the thin file MkDocs loads. Templates: `pages/templates.py` (the escaping rule).
"""
