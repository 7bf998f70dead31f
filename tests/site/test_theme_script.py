"""The theme's script is named on every page, for assets/seen.js to load when a reader needs it,
and no page loads it at once (hooks/seen/pages/theme_script.py)."""

from __future__ import annotations

import json
from urllib.parse import urljoin

from support.project import Site


def test_every_kind_of_page_names_the_bundle_it_will_load_and_does_not_load_it(site: Site) -> None:
    for url in (
        "/",
        "/signs/",
        "/signs/silent-treatment/",
        "/check-in/",
        "/map/",
        "/es/",
        "/es/get-help/",
        "/404.html",
    ):
        page = site.page(url)
        assert not [tag for tag in page.select("script[src]") if "bundle." in tag["src"]], url
        named = json.loads(page.select_one("script#__seen-theme[type='application/json']").string)["bundle"]
        assert named.endswith(".js") and "/bundle." in named, (url, named)
        assert site.path_for(urljoin(url, named)).is_file(), (url, named)
        assert page.select_one("script[src$='assets/seen.js']") is not None, url
