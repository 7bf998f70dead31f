"""Adding an entry to a data file, and nothing else, makes its page, card, nav entry, search entry, links
and its box and lines on the map."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

from support import prebuild
from support.map_reading import box_links, map_lines
from support.project import BuildResult, copy_project, raw, run_build

NEW = {
    "signs": {
        "slug": "plans-without-you",
        "icon": "material/calendar-account-outline",
        "title": "Big plans get made without you",
        "summary": "Your partner decides things that affect you both, and you hear about them last.",
        "question": "Do you often hear about plans for you both after they are made?",
        "looks_like": [
            "They book a trip and tell you the dates after.",
            "They agree to host family without asking you.",
        ],
        "why_it_matters": "Being left out of choices tells you that your view does not count.",
        "try_this": [
            {"text": "Ask to talk about big plans before they are set.", "step": "ask-clearly", "partner": True}
        ],
        "effects": ["self-worth"],
        "steps": ["ask-clearly"],
        "keywords": ["decides without me", "never asks my opinion"],
        "reviewed": "2026-11-26",
    },
    "effects": {
        "slug": "on-edge",
        "icon": "material/waves",
        "title": "Always on edge",
        "summary": "You stay alert for the next letdown, and it is hard to relax at home.",
        "feels_like": ["You check their mood before you speak.", "You brace yourself when they walk in."],
        "why_it_happens": "When care is hard to count on, your body learns to watch for trouble.",
        "try_this": [{"text": "Notice one small moment each day when you feel safe.", "step": "patient-progress"}],
        "steps": ["patient-progress"],
        "keywords": ["walking on eggshells at home"],
        "reviewed": "2026-11-26",
    },
    "steps": {
        "slug": "lean-on-friends",
        "icon": "material/account-heart-outline",
        "title": "Lean on your friends",
        "summary": "People outside the relationship can remind you what care feels like.",
        "why_it_helps": "Friends can listen and help you see the pattern more clearly.",
        "how_to": ["Call one friend this week.", "Plan one thing you enjoy with someone you trust."],
        "keywords": ["who can i talk to"],
        "reviewed": "2026-11-26",
    },
}


def add_twin(project: Path, kind: str) -> None:
    """Every language has every entry: the Spanish file gets the same entry (its words are the
    test's, not a translation), without what the languages share (icon, links, review date)."""
    path = project / "data" / "es" / f"{kind}.yml"
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))
    twin = {key: value for key, value in NEW[kind].items() if key not in ("icon", "effects", "steps", "reviewed")}
    entries.append(twin)
    path.write_text(yaml.safe_dump(entries, allow_unicode=True, sort_keys=False), encoding="utf-8")


def add_entry(project: Path, kind: str) -> None:
    add_twin(project, kind)
    path = project / "data" / f"{kind}.yml"
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))
    entries.append(NEW[kind])
    if kind == "effects":  # make an existing sign point to the new effect
        path.write_text(yaml.safe_dump(entries, allow_unicode=True, sort_keys=False), encoding="utf-8")
        signs_path = project / "data" / "signs.yml"
        signs = yaml.safe_load(signs_path.read_text(encoding="utf-8"))
        signs[0]["effects"].append("on-edge")
        signs_path.write_text(yaml.safe_dump(signs, allow_unicode=True, sort_keys=False), encoding="utf-8")
        return
    if kind == "steps":  # make an existing sign point to the new step
        signs_path = project / "data" / "signs.yml"
        signs = yaml.safe_load(signs_path.read_text(encoding="utf-8"))
        signs[1]["steps"].append("lean-on-friends")
        signs_path.write_text(yaml.safe_dump(signs, allow_unicode=True, sort_keys=False), encoding="utf-8")
    path.write_text(yaml.safe_dump(entries, allow_unicode=True, sort_keys=False), encoding="utf-8")


def read(site: Path, url: str) -> BeautifulSoup:
    return BeautifulSoup((site / url.strip("/") / "index.html").read_text(encoding="utf-8"), "html.parser")


def map_of(site: Path) -> tuple[list[str], list[tuple[str, str]]]:
    """The map's box links and its links down the map (from, to), as written."""
    page = read(site, "/map/")
    return box_links(page), map_lines(page)


def search_locations(site: Path) -> set[str]:
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    return {doc["location"] for doc in index["docs"]}


# Each changed project is built in the background (support/prebuild.py), from a copy of its own.


def _extra_sign(folder: Path) -> BuildResult:
    project = copy_project(folder / "project")
    add_entry(project, "signs")
    return run_build(project)


def _extra_effect_and_step(folder: Path) -> BuildResult:
    project = copy_project(folder / "project")
    add_entry(project, "effects")
    add_entry(project, "steps")
    return run_build(project)


REMOVED = 3  # the place of the sign taken out, in both languages


def _sign_removed(folder: Path) -> BuildResult:
    project = copy_project(folder / "project")
    for path in (project / "data" / "signs.yml", project / "data" / "es" / "signs.yml"):
        signs = yaml.safe_load(path.read_text(encoding="utf-8"))
        signs.pop(REMOVED)
        path.write_text(yaml.safe_dump(signs, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return run_build(project)


prebuild.recipe("extra_sign", _extra_sign)
prebuild.recipe("extra_effect_and_step", _extra_effect_and_step)
prebuild.recipe("sign_removed", _sign_removed)


def _site_of(name: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    result = prebuild.result(name, tmp_path_factory)
    assert result.returncode == 0, result.output
    return result.site


@pytest.fixture(scope="module")
def extra_sign(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _site_of("extra_sign", tmp_path_factory)


@pytest.fixture(scope="module")
def extra_effect_and_step(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _site_of("extra_effect_and_step", tmp_path_factory)


@pytest.fixture(scope="module")
def sign_removed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _site_of("sign_removed", tmp_path_factory)


def test_an_extra_sign_gets_its_page_card_nav_search_and_links(extra_sign: Path) -> None:
    site = extra_sign
    page = read(site, "/signs/plans-without-you/")
    assert page.select_one("article h1").get_text(strip=True).removesuffix("¶") == NEW["signs"]["title"]
    assert page.select_one('article a[href="../../effects/self-worth/"]')
    assert page.select_one(".seen-eyebrow").get_text(" ", strip=True).endswith("Sign 14 of 14")
    cards = read(site, "/signs/").select(".seen-cards li a")
    assert cards[-1]["href"] == "plans-without-you/"
    nav = read(site, "/").select('nav.md-nav--primary a[href="signs/plans-without-you/"]')
    assert nav, "the new sign is in the navigation"
    assert "signs/plans-without-you/" in search_locations(site)
    assert read(site, "/effects/self-worth/").select_one('article a[href="../../signs/plans-without-you/"]')
    assert read(site, "/steps/ask-clearly/").select_one('article a[href="../../signs/plans-without-you/"]')
    check_in = read(site, "/check-in/")
    assert check_in.select("fieldset li")[-1].select_one("a")["href"] == "../signs/plans-without-you/"
    assert check_in.select("fieldset label")[-1].get_text(strip=True) == NEW["signs"]["question"]
    question = str(len(check_in.select("fieldset input[type=checkbox]")))  # the new sign's question, the last
    sign_results = check_in.select_one("[data-seen-results] ul").find_all("li")
    assert len(sign_results) == int(question) and sign_results[-1].get_text() == NEW["signs"]["summary"]
    assert check_in.select_one(f'li[data-seen-questions~="{question}"] a[href="../effects/self-worth/"]')
    assert (
        read(site, "/handout/").select(".seen-handout__list--signs li a")[-1]["href"] == "../signs/plans-without-you/"
    )
    links, lines = map_of(site)
    assert links[13] == "../signs/plans-without-you/", "the new sign has its box on the map, after the others"
    assert [line for line in lines if line[0] == "signs/plans-without-you.md"] == [
        ("signs/plans-without-you.md", "effects/self-worth.md"),
        ("signs/plans-without-you.md", "steps/ask-clearly.md"),
    ]
    assert page.select_one('.seen-map-link a[href="../../map/#signs-plans-without-you"]')


def test_an_extra_effect_and_step_get_pages_and_back_links(extra_effect_and_step: Path) -> None:
    site = extra_effect_and_step
    effect = read(site, "/effects/on-edge/")
    assert effect.select_one('article a[href="../../signs/gaslighting/"]'), "back-link from the sign that lists it"
    assert effect.select_one('article a[href="../../steps/patient-progress/"]')
    assert read(site, "/signs/gaslighting/").select_one('article a[href="../../effects/on-edge/"]')
    step = read(site, "/steps/lean-on-friends/")
    assert step.select_one('article a[href="../../signs/broken-promises/"]')
    assert read(site, "/steps/").select(".seen-cards li a")[-1]["href"] == "lean-on-friends/"
    assert {"effects/on-edge/", "steps/lean-on-friends/"} <= search_locations(site)
    links, lines = map_of(site)
    assert {"../effects/on-edge/", "../steps/lean-on-friends/"} <= set(links)
    assert ("signs/gaslighting.md", "effects/on-edge.md") in lines, "a new cross-reference is a new link down the map"
    assert ("effects/on-edge.md", "steps/patient-progress.md") in lines
    assert ("signs/broken-promises.md", "steps/lean-on-friends.md") in lines


def test_removing_a_sign_removes_its_page_card_and_links(sign_removed: Path) -> None:
    signs = raw("signs")
    removed = signs.pop(REMOVED)
    site = sign_removed
    assert not (site / "signs" / removed["slug"]).exists()
    assert len(read(site, "/signs/").select(".seen-cards li")) == len(signs)
    for html in site.rglob("*.html"):
        assert f"signs/{removed['slug']}/" not in html.read_text(encoding="utf-8"), html
    links, lines = map_of(site)
    assert len(links) == len(signs) + 6 + 5
    assert not [line for line in lines if removed["slug"] in line[0]], "its lines leave the map with it"
    assert f"signs/{removed['slug']}/" not in search_locations(site)
