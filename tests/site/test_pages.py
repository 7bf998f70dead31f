"""Every sign, effect and step has its own page, reachable, cross-linked both ways, in data order."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urljoin, urlsplit

from support.project import KINDS, ROOT, Site, heading_text, raw


def local_links(site: Site, url: str) -> list[str]:
    """Every in-site link on a page, resolved to a site-relative URL (fragment kept)."""
    base = "http://site.test" + url
    found = []
    for a in site.page(url).select("a[href]"):
        href = a["href"]
        if urlsplit(href).scheme in {"mailto", "tel", "sms"}:
            continue
        absolute = urljoin(base, href)
        if absolute.startswith("http://site.test/"):
            found.append(absolute.removeprefix("http://site.test"))
    return found


def test_every_entry_has_its_page_with_its_title_as_h1(site: Site) -> None:
    for kind in KINDS:
        for entry in raw(kind):
            page = site.page(f"/{kind}/{entry['slug']}/")
            h1s = page.select("article h1")
            assert len(h1s) == 1, f"{kind}/{entry['slug']}: expected one h1"
            assert heading_text(h1s[0]) == entry["title"]
            assert page.select_one('meta[name="description"]')["content"] == entry["summary"]


def test_sections_show_every_entry_as_a_card_in_data_order(site: Site) -> None:
    for kind in KINDS:
        cards = site.page(f"/{kind}/").select(".seen-cards li")
        assert [heading_text(card.select_one("a")) for card in cards] == [e["title"] for e in raw(kind)]
        assert [card.select_one("a")["href"] for card in cards] == [f"{e['slug']}/" for e in raw(kind)]
        for card, entry in zip(cards, raw(kind), strict=False):
            assert card.select_one(".seen-card__summary").get_text(strip=True) == entry["summary"]


def test_navigation_lists_the_three_sections_in_data_order(site: Site) -> None:
    nav = site.page("/").select_one("nav.md-nav--primary")
    hrefs = [a["href"].strip("./").removesuffix("/") for a in nav.select("a.md-nav__link[href]")]
    for kind in KINDS:
        in_nav = [h.split("/")[1] for h in hrefs if h.startswith(f"{kind}/") and h.count("/") == 1]
        assert in_nav == [e["slug"] for e in raw(kind)], kind
    section_order = [hrefs.index(f"{kind}/{raw(kind)[0]['slug']}") for kind in KINDS]
    assert section_order == sorted(section_order)


def test_entry_pages_show_their_section_and_neighbours_within_it(site: Site) -> None:
    for kind in KINDS:
        slugs = [e["slug"] for e in raw(kind)]
        for index, slug in enumerate(slugs):
            page = site.page(f"/{kind}/{slug}/")
            eyebrow = page.select_one(".seen-eyebrow a")
            assert eyebrow["href"] == "../"
            assert f"{index + 1} of {len(slugs)}" in page.select_one(".seen-eyebrow").get_text()
            previous = page.select_one('.seen-pager a[rel="prev"]')
            following = page.select_one('.seen-pager a[rel="next"]')
            assert (previous["href"] if previous else None) == (f"../{slugs[index - 1]}/" if index else None)
            assert (following["href"] if following else None) == (
                f"../{slugs[index + 1]}/" if index + 1 < len(slugs) else None
            )


def test_cross_links_and_back_links_are_all_there(site: Site) -> None:
    signs, effects, steps = raw("signs"), raw("effects"), raw("steps")
    expected: dict[str, set[str]] = {}
    for sign in signs:
        expected[f"/signs/{sign['slug']}/"] = {f"/effects/{s}/" for s in sign["effects"]} | {
            f"/steps/{s}/" for s in sign["steps"]
        }
    for effect in effects:
        expected[f"/effects/{effect['slug']}/"] = {
            f"/signs/{s['slug']}/" for s in signs if effect["slug"] in s["effects"]
        } | {f"/steps/{s}/" for s in effect["steps"]}
    for step in steps:
        expected[f"/steps/{step['slug']}/"] = {f"/signs/{s['slug']}/" for s in signs if step["slug"] in s["steps"]} | {
            f"/effects/{e['slug']}/" for e in effects if step["slug"] in e["steps"]
        }
    for url, targets in expected.items():
        article_links = {link for link in local_links(site, url) if link in targets}
        assert article_links == targets, f"{url}: missing {sorted(targets - article_links)}"


def test_every_action_links_to_its_step(site: Site) -> None:
    for kind in ("signs", "effects"):
        for entry in raw(kind):
            heading = site.page(f"/{kind}/{entry['slug']}/").select_one("#what-you-can-try")
            items = heading.find_next_sibling("ul").find_all("li", recursive=False)
            assert len(items) == len(entry["try_this"])
            for item, action in zip(items, entry["try_this"], strict=False):
                assert item.select_one("a")["href"] == f"../../steps/{action['step']}/"


def test_every_internal_link_on_every_page_resolves(site: Site) -> None:
    pages = site.html_pages()
    assert len(pages) >= 24 + 8
    for url in pages:
        for link in local_links(site, url):
            path, _, fragment = link.partition("#")
            target = site.path_for(path)
            assert target.is_file(), f"{url}: link to {link} goes nowhere"
            if fragment and target.suffix == ".html":
                assert site.page(path).find(id=fragment), f"{url}: link to {link}: no #{fragment} there"


def test_entry_pages_say_when_they_were_last_reviewed(site: Site) -> None:
    entry = raw("signs")[0]
    text = site.page(f"/signs/{entry['slug']}/").select_one(".seen-reviewed").get_text(" ", strip=True)
    reviewed = entry["reviewed"]
    assert f"Last reviewed {reviewed.day} {reviewed:%B} {reviewed.year}" in text
    assert f"Next review due {reviewed.day} {reviewed:%B} {reviewed.year + 1}" in text


def test_content_notes_come_from_data_and_link_to_help(site: Site) -> None:
    for kind in KINDS:
        for entry in raw(kind):
            note = site.page(f"/{kind}/{entry['slug']}/").select_one("article .admonition")
            if entry.get("content_note"):
                assert note is not None and entry["content_note"] in note.get_text(" ", strip=True)
                assert note.select_one('a[href="../../get-help/"]')
            else:
                assert note is None


def test_the_prose_pages_exist(site: Site) -> None:
    for url in ("/", "/what-is-emotional-neglect/", "/why-it-happens/", "/get-help/", "/about/"):
        assert site.page(url).select_one("article h1"), url


def test_strict_build_prints_no_warning_but_the_placeholder_address_reminder(built) -> None:
    """The project as shipped sets no site_url: one reminder (seen.content.reminders), nothing else."""
    warnings = [line for line in built.output.splitlines() if "WARNING" in line]
    assert len(warnings) == 1 and "the placeholder https://seen.example.org/" in warnings[0], built.output


def test_generated_pages_are_not_written_into_docs(built) -> None:
    assert not list((ROOT / "docs").rglob("*.tmp"))
    assert all(not Path(ROOT / "docs" / kind / "gaslighting.md").exists() for kind in KINDS)
