"""The offline edition (mkdocs-offline.yml) repeats the search plugin's settings, because a plugins
list there replaces mkdocs.yml's: the two must not drift apart (a new search field once broke it)."""

from __future__ import annotations

import yaml

from support.project import ROOT


def search_settings(path: str) -> dict:
    config = yaml.load((ROOT / path).read_text(encoding="utf-8"), Loader=yaml.BaseLoader)  # no !ENV tags needed
    for plugin in config["plugins"]:
        if isinstance(plugin, dict) and "search" in plugin:
            return plugin["search"]
    raise AssertionError(f"{path}: no search plugin settings")


def test_the_offline_edition_searches_with_the_same_fields_and_weights() -> None:
    assert search_settings("mkdocs-offline.yml") == search_settings("mkdocs.yml")
