"""Stage 2, from on_files to on_page_context: decide the guide's generated pages and draw them.

Paths, Markdown and navigation (generated.py), the map (guide_map.py), the check-in, old addresses,
print extras, preview metadata and preview cards.
"""
