"""The Spanish edition: every page has its twin, the switcher links them, and each language is
marked, searched and previewed as itself. A practice can publish English, Spanish or both."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urljoin

import pytest
import yaml
from bs4 import BeautifulSoup

from support import prebuild
from support.project import ROOT, BuildResult, Site, copy_project, run_build

SITE_URL = "https://seen.example.org/"


def twins(site: Site) -> tuple[set[str], set[str]]:
    """The English and the Spanish pages, each as a path within its edition."""
    pages = site.html_pages()
    english = {url for url in pages if not url.startswith("/es/")}
    spanish = {url.removeprefix("/es") for url in pages if url.startswith("/es/")}
    return english, spanish


def test_every_page_has_its_twin_in_the_other_language(site: Site) -> None:
    english, spanish = twins(site)
    assert len(english) > 30
    assert english == spanish, f"only English: {sorted(english - spanish)}; only Spanish: {sorted(spanish - english)}"


def test_the_switcher_goes_to_the_same_page_in_the_other_language(site: Site) -> None:
    english, _ = twins(site)
    for url in sorted(english - {"/404.html"}):
        for here, there, name in ((url, "/es" + url, "Español"), ("/es" + url, url, "English")):
            switch = site.page(here).select("a.seen-lang")
            assert len(switch) == 1, here
            assert switch[0].select_one("span").get_text(strip=True) == name
            target = urljoin("https://x.test" + here, switch[0]["href"]).removeprefix("https://x.test")
            assert target == there, f"{here}: switcher goes to {target}"


@pytest.mark.parametrize("url", ["/", "/signs/silent-treatment/", "/effects/", "/get-help/", "/check-in/"])
def test_lang_hreflang_and_og_locale_are_right_in_both_languages(site: Site, url: str) -> None:
    for language, here, locale, other_locale in (("en", url, "en_US", "es_US"), ("es", "/es" + url, "es_US", "en_US")):
        page = site.page(here)
        assert page.html["lang"] == language
        alternates = {
            link["hreflang"]: link["href"] for link in page.select("link[hreflang]") if "alternate" in link["rel"]
        }
        assert alternates == {"en": SITE_URL + url[1:], "es": SITE_URL + "es" + url}
        assert page.select_one('meta[property="og:locale"]')["content"] == locale
        assert [m["content"] for m in page.select('meta[property="og:locale:alternate"]')] == [other_locale]
        canonical = page.select_one('link[rel="canonical"]')["href"]
        assert canonical == SITE_URL + here[1:]


def test_spanish_pages_have_the_theme_and_our_words_in_spanish(site: Site) -> None:
    page = site.page("/es/signs/silent-treatment/")
    ui = yaml.safe_load((ROOT / "data" / "es" / "ui.yml").read_text(encoding="utf-8"))
    entry = next(
        e
        for e in yaml.safe_load((ROOT / "data" / "es" / "signs.yml").read_text(encoding="utf-8"))
        if e["slug"] == "silent-treatment"
    )
    assert page.h1.get_text(strip=True).startswith(entry["title"])
    assert page.select_one('input[name="query"]')["placeholder"] == "Búsqueda"  # the theme's own word
    assert ui["quick_exit"]["label"] in page.get_text()
    assert ui["share"]["button"] in page.get_text()
    card_alt = page.select_one('meta[property="og:image:alt"]')["content"]
    assert entry["title"] in card_alt
    # The nav is in Spanish too: no English section name left.
    nav = page.select_one("nav.md-nav--primary").get_text(" ", strip=True)
    for english in ("What is emotional neglect?", "Why it happens", "Get help", "About this guide"):
        assert english not in nav


def test_no_english_words_of_ours_or_the_themes_on_spanish_pages(site: Site) -> None:
    """Labels that mkdocs.yml gives in English come from data/es/ui.yml on Spanish pages."""
    english = ("Switch to", "Link to this section", "Code MIT", "Exit this page", "Skip to", "Search")
    for url in [u for u in site.html_pages() if u.startswith("/es/")]:
        page = site.page(url)
        words = [page.get_text(" ")] + [
            value
            for tag in page.find_all(True)
            for name, value in tag.attrs.items()
            if name in ("title", "aria-label", "alt", "placeholder") and isinstance(value, str)
        ]
        found = [phrase for phrase in english if any(phrase in text for text in words)]
        assert not found, f"{url}: {found}"


def test_each_language_has_its_own_search_index_and_stemmer(site: Site) -> None:
    english = json.loads((site.root / "search" / "search_index.json").read_text(encoding="utf-8"))
    spanish = json.loads((site.root / "es" / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert english["config"]["lang"] == ["en"]
    assert spanish["config"]["lang"] == ["es"]
    assert "stemmer" in spanish["config"]["pipeline"]
    assert not any(doc["location"].startswith("es/") for doc in english["docs"])
    silent = next(doc for doc in spanish["docs"] if doc["location"] == "signs/silent-treatment/")
    assert "silencio" in silent["text"].lower() + silent.get("keywords", "")
    # Accents are optional for readers: every accented keyword word is also there without accents.
    accented = [word for doc in spanish["docs"] for word in doc.get("keywords", "").split() if not word.isascii()]
    assert accented
    plain = str.maketrans("áéíóúüñ", "aeiouun")
    # Search matches a typed word as the start of an indexed one, so a plain form is there when it is,
    # or begins, one of its page's words.
    for doc in spanish["docs"]:
        words = {word for field in ("keywords", "forms") for word in doc.get(field, "").split()}
        for word in doc.get("keywords", "").split():
            bare = word.translate(plain)
            if word != bare and bare.isascii():
                assert any(other.startswith(bare) for other in words), (doc["location"], word)
    assert spanish["config"]["separator"] != english["config"]["separator"]


def _numbers(node: object) -> set[str]:
    """Every `number` in a help-lines data file, at any depth."""
    if isinstance(node, dict):
        found = {str(node["number"])} if "number" in node else set()
        return found.union(*(_numbers(value) for value in node.values()))
    if isinstance(node, list):
        return set().union(*(_numbers(item) for item in node))
    return set()


def test_spanish_help_comes_only_from_the_verified_list(site: Site) -> None:
    """Spanish pages list only help that serves Spanish speakers: the Spanish edition's own checked
    list (data/es/help-lines.yml, each line with its source and date), never the English one's."""
    page = site.page("/es/get-help/")
    numbers = {a["href"] for a in page.select(".seen-help a[href^='tel:'], .seen-help a[href^='sms:']")}
    assert "tel:988" in numbers and "tel:+18007997233" in numbers
    assert any(href.startswith("sms:988") and "AYUDA" in href for href in numbers)
    verified = _numbers(yaml.safe_load((ROOT / "data" / "es" / "help-lines.yml").read_text(encoding="utf-8")))
    for href in numbers:
        assert href.split(":", 1)[1].split("?")[0] in verified, href


def _practice_with(project: Path, languages: str) -> None:
    practice = project / "data" / "practice.yml"
    text = practice.read_text(encoding="utf-8")
    assert "\n# languages: [en, es]\n" in text  # the template's example, switched on
    practice.write_text(text.replace("\n# languages: [en, es]\n", f"\nlanguages: {languages}\n"), encoding="utf-8")


def _internal_links(site: Path) -> list[str]:
    """Every same-site link and asset of every page that does not resolve to a file."""
    broken = []
    for path in site.rglob("*.html"):
        page = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        base = "https://x.test/" + path.relative_to(site).as_posix()
        for tag, attribute in (("a", "href"), ("link", "href"), ("script", "src"), ("img", "src")):
            for element in page.find_all(tag):
                value = element.get(attribute)
                if not value or value.startswith(("#", "mailto:", "tel:", "sms:", "data:")):
                    continue
                target = urljoin(base, value).split("#")[0].split("?")[0]
                if not target.startswith("https://x.test/"):
                    continue
                local = site / target.removeprefix("https://x.test/")
                if not (local.is_file() or (local / "index.html").is_file()):
                    broken.append(f"{path.relative_to(site)}: {value}")
    return broken


def _build_with(languages: str):
    def build(folder: Path) -> BuildResult:
        project = copy_project(folder / "project")
        _practice_with(project, languages)
        return run_build(project)

    return build


# Each practice's choice of languages is built in the background (support/prebuild.py).
ONE_LANGUAGE = {"only_english": "en", "only_spanish": "es"}
prebuild.recipe("only_english", _build_with("[en]"), fixture="one_language")
prebuild.recipe("only_spanish", _build_with("[es]"), fixture="one_language")
prebuild.recipe("spanish_first", _build_with("[es, en]"))


def _languages_build(name: str, tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    result = prebuild.result(name, tmp_path_factory)
    assert result.returncode == 0, result.output
    return result


@pytest.fixture(scope="module", params=list(ONE_LANGUAGE), ids=["[en]-en", "[es]-es"])
def one_language(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[BuildResult, str]:
    """The guide of a practice that publishes one language, and that language."""
    return _languages_build(request.param, tmp_path_factory), ONE_LANGUAGE[request.param]


@pytest.fixture(scope="module")
def spanish_first(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    return _languages_build("spanish_first", tmp_path_factory)


def test_one_language_has_no_switcher_and_no_dead_links(one_language: tuple[BuildResult, str]) -> None:
    result, root_lang = one_language
    assert not (result.site / "es").exists() and not (result.site / "en").exists()
    page = BeautifulSoup(
        (result.site / "signs" / "silent-treatment" / "index.html").read_text(encoding="utf-8"), "html.parser"
    )
    assert page.html["lang"] == root_lang
    assert page.select("a.seen-lang") == []
    assert page.select("link[hreflang]") == []
    assert page.select('meta[property="og:locale:alternate"]') == []
    index = json.loads((result.site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert index["config"]["lang"] == [root_lang]
    assert _internal_links(result.site) == []


def test_spanish_first_puts_english_under_en(spanish_first: BuildResult) -> None:
    result = spanish_first
    root = BeautifulSoup((result.site / "index.html").read_text(encoding="utf-8"), "html.parser")
    english = BeautifulSoup((result.site / "en" / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert root.html["lang"] == "es" and english.html["lang"] == "en"
    assert root.select_one("a.seen-lang")["href"] == "en/"
    assert _internal_links(result.site) == []


def test_the_published_site_has_no_dead_links_in_either_language(site: Site) -> None:
    assert _internal_links(site.root) == []


def test_a_spanish_page_missing_its_twin_stops_the_build(project_copy: Path) -> None:
    site = project_copy / "site"
    site.mkdir()
    (site / "keep.txt").write_text("the previous build", encoding="utf-8")
    (project_copy / "docs" / "es" / "about.md").unlink()
    result = run_build(project_copy, site)
    assert result.returncode != 0
    errors = [line for line in result.output.splitlines() if line.startswith("ERROR")]
    assert errors == [
        'ERROR   -  docs/es/about.md: expected a twin of docs/about.md for the "es" edition, found no file (1 page missing)'
    ], result.output
    assert "Traceback" not in result.output
    assert (site / "keep.txt").exists()


def test_a_spanish_entry_out_of_order_stops_the_build(project_copy: Path) -> None:
    path = project_copy / "data" / "es" / "signs.yml"
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))
    entries[0], entries[1] = entries[1], entries[0]
    path.write_text(yaml.safe_dump(entries, allow_unicode=True, sort_keys=False), encoding="utf-8")
    result = run_build(project_copy)
    assert result.returncode != 0
    errors = [line for line in result.output.splitlines() if line.startswith("ERROR")]
    assert len(errors) == 1 and "Traceback" not in result.output
    assert errors[0].startswith(
        'ERROR   -  data/es/signs.yml: entry 1 ("broken-promises"), field "slug": expected "gaslighting"'
    )
