"""A language code longer than two letters is data too: `pt-BR` (typed `pt-br`) publishes an
edition from data/pt-BR/ and docs/pt-BR/ at /pt-br/, with lang and hreflang in BCP 47 form, the
theme's Brazilian Portuguese words and lunr's Portuguese stemmer (tests/fixtures/language-pt-BR/)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from urllib.parse import urljoin

import pytest
import yaml

from support import prebuild
from support.project import ROOT, BuildResult, Site, copy_project, run_build

FIXTURE = ROOT / "tests" / "fixtures" / "language-pt-BR"
SITE_URL = "https://seen.example.org/"
EDITIONS = {"en": ("", "English", "en_US"), "pt-BR": ("pt-br/", "Português (Brasil)", "pt_BR")}


def add_brazilian_portuguese(project: Path) -> None:
    """What a practice does to add the language: its data and pages, and its code in `languages`."""
    shutil.copytree(project / "data" / "es", project / "data" / "pt-BR")
    shutil.copytree(project / "docs" / "es", project / "docs" / "pt-BR")
    ui_path = project / "data" / "pt-BR" / "ui.yml"
    ui = yaml.safe_load(ui_path.read_text(encoding="utf-8"))
    ui.update(yaml.safe_load((FIXTURE / "ui.yml").read_text(encoding="utf-8")))
    ui_path.write_text(yaml.safe_dump(ui, allow_unicode=True, sort_keys=False), encoding="utf-8")
    practice = project / "data" / "practice.yml"
    practice.write_text(practice.read_text(encoding="utf-8") + "\nlanguages: [en, pt-br]\n", encoding="utf-8")


def _build_brazilian(folder: Path) -> BuildResult:
    project = copy_project(folder / "project")
    add_brazilian_portuguese(project)
    return run_build(project)


prebuild.recipe("brazilian", _build_brazilian)  # started in the background (support/prebuild.py)


@pytest.fixture(scope="module")
def brazilian(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    result = prebuild.result("brazilian", tmp_path_factory)
    assert result.returncode == 0, result.output
    return result


@pytest.fixture(scope="module")
def site(brazilian: BuildResult) -> Site:
    return Site(brazilian.site)


def test_the_edition_lives_at_the_lowercase_address(site: Site) -> None:
    assert site.path_for("/pt-br/signs/silent-treatment/").is_file()
    assert not (site.root / "pt-BR").exists() and not (site.root / "es").exists()
    assert "pt-br/" in (site.root / "robots.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("url", ["/", "/signs/silent-treatment/", "/get-help/"])
def test_lang_hreflang_og_locale_and_the_switch_use_the_full_tag(site: Site, url: str) -> None:
    for language, (prefix, _, locale) in EDITIONS.items():
        here = "/" + prefix + url[1:]
        page = site.page(here)
        assert page.html["lang"] == language, here  # the theme's pt-BR words say only "pt"
        links = {link["hreflang"]: link["href"] for link in page.select("link[hreflang]") if "alternate" in link["rel"]}
        assert links == {code: SITE_URL + p + url[1:] for code, (p, _, _) in EDITIONS.items()}, here
        assert page.select_one('meta[property="og:locale"]')["content"] == locale
        (switch,) = page.select("a.seen-lang")
        other = next(code for code in EDITIONS if code != language)
        assert switch["hreflang"] == switch["lang"] == other
        target = urljoin("https://x.test" + here, switch["href"]).removeprefix("https://x.test")
        assert target == "/" + EDITIONS[other][0] + url[1:]


def test_the_theme_speaks_brazilian_portuguese(site: Site) -> None:
    page = site.page("/pt-br/signs/silent-treatment/")
    assert page.select_one("a.md-skip").get_text(strip=True) == "Pular para conteúdo"  # pt-BR.html, not pt.html


def test_search_stems_by_the_base_language(site: Site) -> None:
    index = json.loads((site.root / "pt-br" / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert index["config"]["lang"] == ["pt"] and "stemmer" in index["config"]["pipeline"]
    assert (site.root / "pt-br" / "assets" / "javascripts" / "lunr" / "min" / "lunr.pt.min.js").is_file()
    wrapper = [path.read_text(encoding="utf-8") for path in (site.root / "pt-br" / "assets").rglob("seen-search.*.js")]
    assert wrapper and all("var stemmed = true;" in text for text in wrapper)
