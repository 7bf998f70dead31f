"""Stage 3, at on_post_page and on_post_build: finish what MkDocs wrote.

Each page gets its content security policy and safe outgoing links (security.py) and repairs to the
theme's markup (theme_fixes.py); the whole site loses unused CSS and gains compressed copies
(unused_css.py, weight.py); and the staged build replaces site/ only if it succeeded (staging.py).
"""
