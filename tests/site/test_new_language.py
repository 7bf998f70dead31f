"""A new language is data, not code: data/<code>/ and docs/<code>/ plus its code in `languages`
publish a further edition, with the theme's words and lunr's stemmer in that language.

The French edition here is a placeholder (tests/fixtures/language-fr/README.md): Spanish words
under French labels. What is checked is what the build decides from the data."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from urllib.parse import urljoin

import pytest
import yaml
from bs4 import BeautifulSoup

from support import prebuild
from support.project import ROOT, BuildResult, Site, copy_project, run_build

FIXTURE = ROOT / "tests" / "fixtures" / "language-fr"
SITE_URL = "https://seen.example.org/"
EDITIONS = {"en": ("", "English", "en_US"), "es": ("es/", "Español", "es_US"), "fr": ("fr/", "Français", "fr_FR")}


def add_french(project: Path) -> None:
    """What a practice does to add a language: its data and pages, and its code in `languages`."""
    shutil.copytree(project / "data" / "es", project / "data" / "fr")
    shutil.copytree(project / "docs" / "es", project / "docs" / "fr")
    ui_path = project / "data" / "fr" / "ui.yml"
    ui = yaml.safe_load(ui_path.read_text(encoding="utf-8"))
    ui.update(yaml.safe_load((FIXTURE / "ui.yml").read_text(encoding="utf-8")))
    ui_path.write_text(yaml.safe_dump(ui, allow_unicode=True, sort_keys=False), encoding="utf-8")
    set_languages(project, "[en, es, fr]")


def set_languages(project: Path, languages: str) -> None:
    practice = project / "data" / "practice.yml"
    # As shipped, the file is a commented template that sets nothing: add the one setting.
    practice.write_text(practice.read_text(encoding="utf-8") + f"\nlanguages: {languages}\n", encoding="utf-8")


def _build_french(folder: Path) -> BuildResult:
    project = copy_project(folder / "project")
    add_french(project)
    return run_build(project)


prebuild.recipe("french", _build_french)  # started in the background (support/prebuild.py)


@pytest.fixture(scope="module")
def french(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    result = prebuild.result("french", tmp_path_factory)
    assert result.returncode == 0, result.output
    return result


@pytest.fixture(scope="module")
def site(french: BuildResult) -> Site:
    return Site(french.site)


def in_edition(site: Site, prefix: str) -> set[str]:
    """The pages of one edition, as paths within it."""
    others = tuple(f"/{p}" for p, _, _ in EDITIONS.values() if p and p != prefix)
    pages = [url for url in site.html_pages() if not url.startswith(others)]
    return {
        url.removeprefix("/" + prefix.rstrip("/")) if prefix else url for url in pages if url.startswith("/" + prefix)
    }


def test_every_page_and_entry_has_its_french_twin(site: Site) -> None:
    english, french = in_edition(site, ""), in_edition(site, "fr/")
    assert english == french == in_edition(site, "es/")
    for kind in ("signs", "effects", "steps"):
        for entry in yaml.safe_load((ROOT / "data" / f"{kind}.yml").read_text(encoding="utf-8")):
            assert f"/{kind}/{entry['slug']}/" in french


@pytest.mark.parametrize("url", ["/", "/signs/silent-treatment/", "/get-help/", "/check-in/"])
def test_lang_hreflang_og_locale_and_the_switch_list_every_edition(site: Site, url: str) -> None:
    for language, (prefix, _, locale) in EDITIONS.items():
        here = "/" + prefix + url[1:]
        page = site.page(here)
        assert page.html["lang"] == language
        links = {link["hreflang"]: link["href"] for link in page.select("link[hreflang]") if "alternate" in link["rel"]}
        assert links == {code: SITE_URL + p + url[1:] for code, (p, _, _) in EDITIONS.items()}, here
        assert page.select_one('meta[property="og:locale"]')["content"] == locale
        others = [loc for code, (_, _, loc) in EDITIONS.items() if code != language]
        assert [m["content"] for m in page.select('meta[property="og:locale:alternate"]')] == others
        switch = page.select("a.seen-lang")
        offered = {a["hreflang"]: a.select_one("span").get_text(strip=True) for a in switch}
        assert offered == {code: name for code, (_, name, _) in EDITIONS.items() if code != language}, here
        for a in switch:
            target = urljoin("https://x.test" + here, a["href"]).removeprefix("https://x.test")
            assert target == "/" + EDITIONS[a["hreflang"]][0] + url[1:], f"{here}: {a['hreflang']} goes to {target}"


def test_french_pages_have_the_themes_french_words(site: Site) -> None:
    page = site.page("/fr/signs/silent-treatment/")
    assert page.select_one('input[name="query"]')["placeholder"] == "Rechercher"  # mkdocs-material's fr.html
    assert site.page("/es/signs/silent-treatment/").select_one('input[name="query"]')["placeholder"] == "Búsqueda"


def test_the_french_edition_has_its_own_index_with_lunrs_french_stemmer(site: Site) -> None:
    index = json.loads((site.root / "fr" / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert index["config"]["lang"] == ["fr"] and "stemmer" in index["config"]["pipeline"]
    assert {doc["location"].split("/")[0] for doc in index["docs"]}.isdisjoint({"fr", "es"})
    assert (site.root / "fr" / "assets" / "javascripts" / "lunr" / "min" / "lunr.fr.min.js").is_file()
    # Search stems French words (the stemming wrapper of seen.search.worker), as it does Spanish.
    wrapper = [path.read_text(encoding="utf-8") for path in (site.root / "fr" / "assets").rglob("seen-search.*.js")]
    assert wrapper and all("var stemmed = true;" in text for text in wrapper)
    english = json.loads((site.root / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert not any(doc["location"].startswith(("fr/", "es/")) for doc in english["docs"])


def _help_texts(path: Path) -> set[str]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    texts = {str(emergency["region"]) for emergency in data.get("emergency", [])}
    for line in data.get("lines", []):
        texts.update(str(line[key]) for key in ("region", "name", "description", "hours", "note") if line.get(key))
        for how in ("calls", "texts", "chats"):
            texts.update(str(item["label"]) for item in line.get(how, []) if item.get("label"))
    return texts


def test_french_pages_show_the_french_editions_help_lines_and_no_english_ones(french: BuildResult) -> None:
    own = _help_texts(french.site.parent / "data" / "fr" / "help-lines.yml")
    english_only = {text for text in _help_texts(ROOT / "data" / "help-lines.yml") if not any(text in o for o in own)}
    assert {"US and Canada", "Text START to 88788"} <= english_only
    page = BeautifulSoup((french.site / "fr" / "get-help" / "index.html").read_text(encoding="utf-8"), "html.parser")
    shown = page.get_text(" ", strip=True)
    assert [text for text in own if text in shown]
    assert [text for text in english_only if text in shown] == []


def _failed(project: Path) -> str:
    site = project / "site"
    result = run_build(project, site)
    assert result.returncode != 0 and not site.exists(), result.output
    assert "Traceback" not in result.output
    errors = [line for line in result.output.splitlines() if line.startswith("ERROR")]
    assert len(errors) == 1, result.output
    return errors[0].removeprefix("ERROR   -  ")


def test_a_language_without_its_data_folder_is_one_line(project_copy: Path) -> None:
    set_languages(project_copy, "[en, es, fr]")
    assert _failed(project_copy) == (
        'data/practice.yml: field "languages": expected a folder data/fr/ for "fr" (ui.yml, signs.yml, effects.yml, '
        "steps.yml, safety.yml, search.yml, help-lines.yml, as in data/es/) and its pages in docs/fr/, found no such folder"
    )


@pytest.mark.parametrize("missing", ["help-lines.yml", "search.yml"])
def test_a_language_without_its_help_lines_or_danger_words_stops_with_one_line(
    project_copy: Path, missing: str
) -> None:
    """No help text in another language instead, and no search without its urgent-help card."""
    add_french(project_copy)
    (project_copy / "data" / "fr" / missing).unlink()
    assert _failed(project_copy).startswith(f"data/fr/{missing}: expected this file to exist, found no file")


def test_a_language_the_theme_has_no_words_for_is_one_line(project_copy: Path) -> None:
    add_french(project_copy)
    (project_copy / "data" / "fr").rename(project_copy / "data" / "xx")
    (project_copy / "docs" / "fr").rename(project_copy / "docs" / "xx")
    ui = project_copy / "data" / "xx" / "ui.yml"
    ui.write_text(ui.read_text(encoding="utf-8").replace("language: fr-FR", "language: xx"), encoding="utf-8")
    set_languages_again = (project_copy / "data" / "practice.yml").read_text(encoding="utf-8")
    (project_copy / "data" / "practice.yml").write_text(
        set_languages_again.replace("languages: [en, es, fr]", "languages: [en, xx]"), encoding="utf-8"
    )
    assert _failed(project_copy) == (
        'data/practice.yml: field "languages": expected a language mkdocs-material has words for (its '
        'partials/languages/<code>.html, or your own in overrides/partials/languages/xx.html), found "xx"'
    )
