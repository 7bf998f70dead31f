"""Text from data shows as text wherever it lands, and never becomes code: one build of a project
whose data, labels, practice settings and front matter are full of markup (and its offline
edition), read back as a browser would."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

from seen.finish.security import SHIPPED_SCRIPTS, script_hash
from support import prebuild
from support.project import ROOT, BuildResult, copy_project, run_build

NAME = 'Smith & <Jones> "Counselling" <script>alert("name")</script>'
HOSTILE_TITLE = '<script>alert("title")</script> *Not emphasis* & [not a link](x)'
HOSTILE_SUMMARY = "<img src=x onerror=alert(1)> a summary {: #id }"
QUESTION = '<script>alert("question")</script> Do you "doubt" it?'
EFFECT_TITLE = '<svg onload=alert("effect")> & "worn out"'
KEYWORD = '<script>alert("keyword")</script>'
DESCRIPTION = '<script>alert("description")</script> & "quotes"'
DARK = '<script>alert("dark")</script>"'
LIGHT = 'Light " onmouseover="alert(1)'
COPYRIGHT = '<b>©</b> & <script>alert("copyright")</script>'
FRONT_DESCRIPTION = '"><script>alert("front")</script> & <b>bold</b>'
FRONT_TITLE = 'About <script>alert("front title")</script> & "us"'
ADDRESS = '<script>alert("address")</script> 12 Quay St'
LINE_NAME = '<img src=x onerror=alert("line")>'
BOOKING = "https://example.com/book?a=1&b=2"
RUNNABLE = (None, "", "text/javascript", "module")


def _edit_yaml(path: Path, change) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if data is None:  # data/practice.yml as shipped: comments only
        data = {}
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def make_hostile(project: Path) -> None:
    """Markup and quotes in every kind of value a practice or an editor writes."""
    data = project / "data"

    def signs(entries: list) -> None:
        sign = entries[0]
        sign.update(title=HOSTILE_TITLE, summary=HOSTILE_SUMMARY, question=QUESTION, aliases=["old-gaslighting"])
        sign["looks_like"][0] = "<b>bold?</b> 1. not a list"
        sign["keywords"].append(KEYWORD)

    def effects(entries: list) -> None:
        entries[0]["title"] = EFFECT_TITLE

    def ui(labels: dict) -> None:
        labels.update(site_description=DESCRIPTION, dark_mode=DARK, light_mode=LIGHT, copyright=COPYRIGHT)

    def practice(settings: dict) -> None:
        settings.update(
            name=NAME,
            talk_to_us=True,
            contact={
                "phone": {"label": "<b>Call</b> us", "number": "+15550104477"},
                "email": "hello@example.com",
                "booking_url": BOOKING,
                "address": ADDRESS,
                "hours": "9 & 5 <i>",
            },
            footer={"lines": ['<script>alert("footer")</script>']},
            help_lines={
                "emergency": [{"region": "<b>US</b>", "number": "911"}],
                "lines": [
                    {
                        "region": "US",
                        "name": LINE_NAME,
                        "calls": [{"label": "<i>Call</i>", "number": "988"}],
                        "texts": [{"label": "Text", "number": "988", "body": '"><script>'}],
                        "hours": "24/7",
                    }
                ],
            },
        )

    _edit_yaml(data / "signs.yml", signs)
    _edit_yaml(data / "effects.yml", effects)
    _edit_yaml(data / "ui.yml", ui)
    _edit_yaml(data / "es" / "ui.yml", ui)
    _edit_yaml(data / "practice.yml", practice)
    about = project / "docs" / "about.md"
    text = about.read_text(encoding="utf-8")
    front = "title: " + json.dumps(FRONT_TITLE) + "\ndescription: " + json.dumps(FRONT_DESCRIPTION)
    about.write_text(re.sub(r"(?m)^description: .*$", lambda _: front, text, count=1), encoding="utf-8")


def _build_hostile(folder: Path) -> BuildResult:
    project = copy_project(folder / "project")
    make_hostile(project)
    return run_build(project)


prebuild.recipe("hostile", _build_hostile)  # started in the background (support/prebuild.py)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    result = prebuild.result("hostile", tmp_path_factory)
    assert result.returncode == 0, result.output
    return result


def _build_hostile_offline(folder: Path) -> BuildResult:
    """The same hostile project's offline edition (a copy of its own, so it builds in the background
    beside the other)."""
    project = copy_project(folder / "project")
    make_hostile(project)
    (project / "mkdocs-offline.yml").write_text(
        (ROOT / "mkdocs-offline.yml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    return run_build(project, project / "site-offline", "-f", str(project / "mkdocs-offline.yml"))


prebuild.recipe("hostile_offline", _build_hostile_offline)


@pytest.fixture(scope="module")
def hostile_offline(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    result = prebuild.result("hostile_offline", tmp_path_factory)
    assert result.returncode == 0, result.output
    return result


def read(site: Path, path: str) -> BeautifulSoup:
    return BeautifulSoup((site / path).read_text(encoding="utf-8"), "html.parser")


def text(element) -> str:
    return element.get_text(strip=True).removesuffix("¶")


def assert_no_live_code(page: BeautifulSoup, where: str, *, offline: bool = False) -> None:
    """Nothing from data runs: inline scripts are the guide's own, each with its hash in the policy,
    no event attributes, no javascript: addresses; JSON blocks cannot be closed early."""
    policy = page.select_one('meta[http-equiv="Content-Security-Policy"]')
    assert policy is not None, where
    sources = dict(part.strip().split(" ", 1) for part in policy["content"].split(";"))["script-src"].split()
    runnable = [s.string or "" for s in page.find_all("script") if not s.get("src") and s.get("type") in RUNNABLE]
    for body in runnable:
        assert "alert(" not in body, f"{where}: a script from data: {body[:80]}"
        assert any(known.body.fullmatch(body) for known in SHIPPED_SCRIPTS), f"{where}: {body[:80]}"
    if offline:
        assert "'unsafe-inline'" in sources, where
    else:
        hashes = sorted(source for source in sources if source.startswith("'sha256-"))
        assert hashes == sorted({script_hash(body) for body in runnable}), where
    for script in page.find_all("script", type=re.compile("json")):
        assert "<" not in (script.string or ""), f"{where}: a JSON block holds a raw <"
        json.loads(script.string)
    for tag in page.find_all(True):
        for name, value in tag.attrs.items():
            assert not name.lower().startswith("on"), f"{where}: <{tag.name} {name}=...>"
            if name in ("href", "src", "action", "formaction", "content") and isinstance(value, str):
                assert not re.sub(r"\s", "", value).lower().startswith("javascript:"), f"{where}: {tag}"


def test_no_value_from_data_becomes_code_on_any_page(hostile: BuildResult) -> None:
    pages = sorted(hostile.site.rglob("*.html"))
    assert len(pages) > 70
    names = {path.relative_to(hostile.site).as_posix() for path in pages}
    assert {
        "404.html",
        "es/404.html",
        "signs/old-gaslighting/index.html",
        "handout/index.html",
        "check-in/index.html",
        "map/index.html",
    } <= names
    used = set()
    for path in pages:
        page = read(hostile.site, path.relative_to(hostile.site).as_posix())
        assert_no_live_code(page, str(path))
        for script in page.find_all("script", src=False):
            used |= {known.source for known in SHIPPED_SCRIPTS if known.body.fullmatch(script.string or "")}
    assert used == {known.source for known in SHIPPED_SCRIPTS}, "the reviewed list holds a script no page ships"


def test_an_entry_shows_its_markup_as_text(hostile: BuildResult) -> None:
    page = read(hostile.site, "signs/gaslighting/index.html")
    assert text(page.select_one("article h1")) == HOSTILE_TITLE
    assert page.select_one(".seen-lead").get_text(strip=True) == HOSTILE_SUMMARY
    assert page.select_one("#what-it-can-look-like + ul li").get_text() == "<b>bold?</b> 1. not a list"
    assert KEYWORD not in page.get_text(), "keywords are for search only, never shown on a page"
    nav_titles = [a.get_text(" ", strip=True) for a in page.select("nav.md-nav--primary a")]
    assert HOSTILE_TITLE in nav_titles
    assert page.title.get_text() == f"{HOSTILE_TITLE} - {NAME}"
    cards = read(hostile.site, "signs/index.html")
    assert cards.select_one(".seen-cards li a").get_text() == HOSTILE_TITLE


def test_previews_carry_the_words_exactly(hostile: BuildResult) -> None:
    page = read(hostile.site, "signs/gaslighting/index.html")
    meta = {tag.get("property") or tag.get("name"): tag.get("content") for tag in page.select("meta[content]")}
    assert meta["og:title"] == HOSTILE_TITLE and "twitter:title" not in meta  # X reads og:title
    assert meta["og:description"] == meta["description"] == HOSTILE_SUMMARY
    assert meta["og:site_name"] == NAME
    assert meta["og:image:alt"] == f"{HOSTILE_TITLE}, from {NAME}"
    share = page.select_one("[data-seen-share]")
    assert share["data-share-title"] == HOSTILE_TITLE
    data = json.loads(page.find("script", type="application/ld+json").string)
    assert data["@graph"][0]["headline"] == HOSTILE_TITLE
    assert data["@graph"][0]["isPartOf"]["name"] == NAME


def test_the_practice_and_the_theme_labels_show_as_text(hostile: BuildResult) -> None:
    home = read(hostile.site, "index.html")
    assert home.title.get_text() == NAME
    assert home.select_one(".md-header__topic .md-ellipsis").get_text(strip=True) == NAME
    assert home.select_one("label.md-nav__title").get_text(strip=True) == NAME
    dark = home.select_one('input[data-md-color-scheme="default"]')
    light = home.select_one('input[data-md-color-scheme="slate"]')
    assert dark["aria-label"] == DARK and light["aria-label"] == LIGHT
    assert {label["title"] for label in home.select("form[data-md-component=palette] label")} == {DARK, LIGHT}
    assert home.select_one(".md-copyright__highlight").get_text() == COPYRIGHT
    assert '<script>alert("footer")</script>' in [p.get_text() for p in home.select(".seen-footer__line")]
    entry = read(hostile.site, "signs/gaslighting/index.html")
    talk = entry.select_one(".seen-talk")
    assert text(talk.select_one("h2")) == f"Talk to {NAME}"
    assert talk.select_one(f'a[href="{BOOKING}"]') is not None
    assert talk.select_one(".seen-talk__address").get_text() == ADDRESS
    assert entry.select_one(".seen-help__lines strong").get_text() == LINE_NAME
    assert entry.select_one('a[href^="sms:"]')["href"] == "sms:988?body=%22%3E%3Cscript%3E"
    assert entry.select_one(".seen-print-foot p").get_text(" ", strip=True).endswith(f"{NAME} · {COPYRIGHT}")


def test_prose_front_matter_and_the_site_description_show_as_text(hostile: BuildResult) -> None:
    about = read(hostile.site, "about/index.html")
    assert about.select_one('meta[name="description"]')["content"] == FRONT_DESCRIPTION
    assert about.select_one('meta[property="og:description"]')["content"] == FRONT_DESCRIPTION
    assert about.select_one("[data-md-component=header-topic]").get_text(strip=True) == FRONT_TITLE
    for path in ("404.html", "es/404.html"):
        missing = read(hostile.site, path)
        assert missing.select_one('meta[name="description"]')["content"] == DESCRIPTION, path
        assert missing.title.get_text().endswith(f" - {NAME}"), path


def test_pages_made_from_data_show_it_as_text(hostile: BuildResult) -> None:
    moved = read(hostile.site, "signs/old-gaslighting/index.html")
    assert moved.select_one("main a").get_text() == HOSTILE_TITLE
    assert moved.select_one('meta[property="og:site_name"]')["content"] == NAME
    handout = read(hostile.site, "handout/index.html")
    assert handout.select_one(".seen-handout__practice strong").get_text() == NAME
    assert handout.select_one(".seen-handout__list a").get_text() == HOSTILE_TITLE
    check_in = read(hostile.site, "check-in/index.html")
    assert (
        check_in.select_one('fieldset li:has(> a[href$="/gaslighting/"]) > label').get_text().strip()
        == QUESTION.strip()
    )
    map_page = read(hostile.site, "map/index.html")
    box = map_page.select_one("#signs-gaslighting")
    assert box.get_text(strip=False).strip() == HOSTILE_TITLE, "the map's box shows the title as written"
    effect_box = map_page.select_one("ul.seen-map a[href$='effects/exhaustion/']")
    assert effect_box.get_text().strip() == EFFECT_TITLE
    assert [a.get_text() for a in map_page.select('ul.seen-map a[href="#effects-exhaustion"]')][:1] == [EFFECT_TITLE]


def test_search_shows_data_as_text(hostile: BuildResult) -> None:
    """The fields search results show are HTML to the theme: markup from data is escaped there.
    (Keywords and their forms are only matched, never shown.)"""
    index = json.loads((hostile.site / "search" / "search_index.json").read_text(encoding="utf-8"))
    found = set()
    for doc in index["docs"]:
        for field in ("title", "text", "summary"):
            value = doc.get(field)
            if not isinstance(value, str):
                continue
            markup = BeautifulSoup(value, "html.parser")
            assert not markup.find(["script", "img", "svg", "b"]), (doc["location"], field, value[:100])
            found.add(markup.get_text())
    assert HOSTILE_TITLE in found, "the search index (read as HTML by the theme) shows the title as text"


def test_the_offline_edition_runs_no_code_from_data(hostile_offline: BuildResult) -> None:
    site = hostile_offline.site
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 70
    for path in pages:
        assert_no_live_code(read(site, path.relative_to(site).as_posix()), str(path), offline=True)
    entry = read(site, "signs/gaslighting.html")
    assert text(entry.select_one("article h1")) == HOSTILE_TITLE


@pytest.mark.parametrize(("page", "shown"), [("index.md", "index.html"), ("es/about.md", "es/about/index.html")])
def test_an_inline_script_the_guide_does_not_ship_stops_the_build_naming_the_page(
    project_copy: Path, page: str, shown: str
) -> None:
    prose = project_copy / "docs" / page
    prose.write_text(prose.read_text(encoding="utf-8") + '\n<script>alert("prose")</script>\n', encoding="utf-8")
    result = run_build(project_copy)
    assert result.returncode != 0
    errors = [line for line in result.output.splitlines() if line.startswith("ERROR")]
    assert len(errors) == 1, result.output
    assert errors[0].split("-  ", 1)[1] == (
        f"{shown}: expected only the guide's own scripts (listed in hooks/seen/finish/security.py), "
        "found an inline script that is not one the guide ships: 'alert(\"prose\")' "
        "(text from data/ or docs/ front matter must never become code: is a template missing its escaping?)"
    ), errors[0]
    assert "Traceback" not in result.output
