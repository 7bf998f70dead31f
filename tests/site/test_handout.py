"""The handout at /handout/: made from the data, with the practice's contact once one is set."""

from __future__ import annotations

from pathlib import Path

import yaml
from bs4 import BeautifulSoup

from support.project import Site, raw


def text(tag) -> str:
    return tag.get_text(" ", strip=True)


def test_the_handout_lists_every_sign_and_step_with_its_summary(site: Site) -> None:
    page = site.page("/handout/")
    for kind, selector in (
        ("signs", "#handout-signs + ol > li"),
        ("steps", "#handout-steps + .seen-partner-safety + ol > li"),
    ):
        items = page.select(selector)
        assert [text(item.select_one("a")) for item in items] == [entry["title"] for entry in raw(kind)]
        for item, entry in zip(items, raw(kind), strict=False):
            assert entry["summary"] in text(item)
            assert item.select_one("a")["href"] == f"../{kind}/{entry['slug']}/"


def test_the_handout_shows_the_safety_line_before_the_steps(site: Site) -> None:
    ui = yaml.safe_load((Path(__file__).parents[2] / "data" / "ui.yml").read_text(encoding="utf-8"))
    line = site.page("/handout/").select_one("#handout-steps + .seen-partner-safety")
    assert line is not None and line.find_next_sibling().name == "ol"
    safety = ui["partner_safety"]
    assert text(line).replace(" :", ":") == f"{safety['label']}: {safety['text']} {safety['help']}"


def test_the_handout_says_where_to_get_help_and_sets_no_practice_by_default(site: Site) -> None:
    page = site.page("/handout/")
    help_block = page.select_one("article section.seen-help")
    assert len(help_block.select('a[href^="tel:"]')) >= 10  # 4 emergency numbers and every line
    assert help_block.select_one('a[href="../get-help/"]')
    assert page.select_one("#handout-practice") is None


def test_the_handout_is_in_the_navigation_near_get_help(site: Site) -> None:
    hrefs = [a["href"] for a in site.page("/").select("nav.md-nav--primary a.md-nav__link[href]")]
    assert hrefs.index("handout/") == hrefs.index("get-help/") + 1


def test_a_practice_contact_shows_on_the_handout(branded: Path) -> None:
    """The practice's guide (tests/fixtures/practice, built once per session: conftest.py `branded`)."""
    page = BeautifulSoup((branded / "handout" / "index.html").read_text(encoding="utf-8"), "html.parser")
    practice = page.select_one("#handout-practice").find_parent("section")
    assert "Harbour Counseling" in text(practice)
    assert practice.select_one('a[href="tel:+15550104477"]').get_text(strip=True) == "(555) 010-4477"
    assert "example-counseling.com/book" in text(practice)
