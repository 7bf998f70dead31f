"""Stage 1, at on_config: read data/ and practice settings, check every value, and build the typed guide.

Nothing is written before this stage has passed, so a mistake stops the build with one line.
"""
