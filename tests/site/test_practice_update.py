"""Updating without losing anything: a practice's own files (data/practice.yml and branding/, as the
README's "Updating to a new version" says: settings, logo, favicon and its own pages) laid over a
newer copy of the guide build the same branded site, with the newer content."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from support import prebuild
from support.practice import SETTINGS, practice_project
from support.project import ROOT, BuildResult, Site, copy_project, run_build

PRACTICE_OWNS = ("data/practice.yml", "branding")
NEW_SUMMARY = "A newer summary, written after the practice set up its copy."
NEW_LINE = "Call 1-800-555-0199"


def _newer_guide(target: Path) -> Path:
    """A copy of the guide with changed content: a sign's summary and a checked help line's label."""
    project = copy_project(target)
    signs_file = project / "data" / "signs.yml"
    signs = signs_file.read_text(encoding="utf-8")
    first = yaml.safe_load(signs)[0]
    signs_file.write_text(signs.replace(first["summary"], NEW_SUMMARY, 1), encoding="utf-8")
    lines_file = project / "data" / "help-lines.yml"
    lines = lines_file.read_text(encoding="utf-8")
    label = yaml.safe_load(lines)["lines"][0]["calls"][0]["label"]
    lines_file.write_text(lines.replace(f"label: {label}", f"label: {NEW_LINE}", 1), encoding="utf-8")
    return project


def test_the_readme_names_everything_a_practice_owns() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("### Updating to a new version", 1)[1].split("\n## ", 1)[0]
    for place in PRACTICE_OWNS:
        assert f"`{place}`" in section or f"`{place}/`" in section, place


def _practice_over_newer_guide(folder: Path) -> BuildResult:
    """A practice's files (README's list) put into a newer guide, built."""
    settings = {key: value for key, value in SETTINGS.items() if key != "help_lines"}  # keep the checked lines
    settings["local_help_lines"] = [
        {
            "region": "Harbour Town",
            "name": "Harbour Town crisis line",
            "calls": [{"label": "Call 555 0100", "number": "5550100"}],
            "hours": "24/7",
        }
    ]
    old = practice_project(folder / "old", settings)
    new = _newer_guide(folder / "new")
    for place in PRACTICE_OWNS:  # as the README says: put yours back into the new version
        source, target = old / place, new / place
        if source.is_dir():
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(source, target)
        else:
            shutil.copy(source, target)
    return run_build(new)


prebuild.recipe("updated_practice", _practice_over_newer_guide)  # started in the background (support/prebuild.py)


@pytest.fixture(scope="module")
def updated_practice(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    return prebuild.result("updated_practice", tmp_path_factory)


def test_the_practices_files_over_a_newer_guide_build_the_branded_site_with_new_content(
    updated_practice: BuildResult,
) -> None:
    result = updated_practice
    assert result.returncode == 0, result.output
    old = result.site.parent.parent / "old"
    site = Site(result.site)
    first = yaml.safe_load((ROOT / "data" / "signs.yml").read_text(encoding="utf-8"))[0]
    page = site.page(f"/signs/{first['slug']}/")
    assert SETTINGS["name"] in page.select_one(".md-header__topic").get_text()
    assert NEW_SUMMARY in page.get_text(" ")
    help_text = page.select_one(".seen-help").get_text(" ")
    assert "Harbour Town crisis line" in help_text and NEW_LINE in help_text
    assert page.select_one(".md-header .md-logo img")["src"].endswith("assets/practice/logo.svg")
    assert (site.root / "assets/practice/logo.svg").read_bytes() == (old / "branding/logo.svg").read_bytes()
    style = (site.root / "assets" / "seen.css").read_text(encoding="utf-8").split("(seen.finish.icons)")[1]
    assert SETTINGS["colours"]["primary"].lower() in style.lower()
    assert page.select_one('link[rel="canonical"]')["href"].startswith(SETTINGS["site_url"])
    for url, title in (("/about-us/", "About our practice"), ("/es/about-us/", "Sobre nuestra consulta")):
        own = site.page(url)  # the practice's own pages (branding/pages/) came along
        assert own.select_one("article h1").get_text(" ", strip=True).removesuffix("¶").strip() == title, url
        assert own.select_one(".md-header .md-logo img")["src"].endswith("assets/practice/logo.svg"), url
    assert title in [a.get_text(" ", strip=True) for a in site.page("/es/").select("nav.md-nav--primary a")]
