"""Search, fed at on_page_content and shaped at on_post_build: what readers type, not only what we
wrote; the urgent-help card for danger; and nothing loads until a reader opens search.
"""
