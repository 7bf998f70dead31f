"""The private check-in at /check-in/: made from the sign data, private by construction, readable without script."""

from __future__ import annotations

import yaml

from support.project import ROOT, Site, raw

UI = yaml.safe_load((ROOT / "data" / "ui.yml").read_text(encoding="utf-8"))
SUPPORT_STEP = "professional-support"


def text(tag) -> str:
    return tag.get_text(" ", strip=True)


def test_each_sign_is_a_real_checkbox_with_its_question_as_label_in_a_fieldset(site: Site) -> None:
    page = site.page("/check-in/")
    fieldset = page.select_one("article form fieldset")
    assert text(fieldset.select_one("legend")) == UI["check_in"]["legend"]
    items = fieldset.select("li")
    assert len(items) == len(raw("signs"))
    for item, sign in zip(items, raw("signs"), strict=False):
        label = item.select_one("label")
        box = label.select_one('input[type="checkbox"]')  # inside its label: the label names it
        assert not box.get("id") and not box.get("value"), "nothing in a box names the sign"
        assert text(label) == sign["question"]
        link = item.select_one("a.seen-check-in__sign")
        assert link["href"] == f"../signs/{sign['slug']}/"
        assert text(link.span) == sign["title"], "the title alone, for the sign's result (assets/seen.js)"


def test_nothing_can_be_sent_or_kept(site: Site) -> None:
    page = site.page("/check-in/")
    form = page.select_one("article form")
    assert form.get("autocomplete") == "off", "the browser must not restore old ticks"
    assert not form.get("action") and not form.get("method")
    assert not form.select("[name]"), "a named field could end up in a URL"
    assert not form.select('[type="submit"], button:not([type])')
    assert [button["type"] for button in form.select("button")] == ["reset"]
    assert text(form.select_one('button[type="reset"]')) == UI["check_in"]["clear"]


def test_results_are_announced_politely_and_start_hidden(site: Site) -> None:
    page = site.page("/check-in/")
    status = page.select_one("[data-seen-status]")
    assert status["aria-live"] == "polite" and status["role"] == "status"
    assert text(status) == ""
    assert status["data-one"] == UI["check_in"]["status_one"]
    assert "{count}" in status["data-many"]
    results = page.select_one("[data-seen-results]")
    assert results.has_attr("hidden")
    assert len(results.select("li")) > len(raw("signs")) + len(results.select("[data-seen-questions]"))


def test_results_hold_each_sign_and_what_it_connects_to(site: Site) -> None:
    """The signs' results are in the questions' order; each other result names the questions
    (numbered from 1) whose ticks bring it up. A sign's result is its summary alone: assets/seen.js
    puts its question's link in front (tests/browser checks it)."""
    results = site.page("/check-in/").select_one("[data-seen-results]")
    signs = raw("signs")
    number = {sign["slug"]: str(place) for place, sign in enumerate(signs, 1)}
    first = results.select_one("ul").find_all("li", recursive=False)
    assert len(first) == len(signs) and not [item for item in first if item.attrs], "the n-th is the n-th question's"
    for item, sign in zip(first, signs, strict=True):
        assert text(item) == sign["summary"] and not item.select("a")
    for kind in ("effects", "steps"):
        for entry in raw(kind):
            leading = [number[sign["slug"]] for sign in signs if entry["slug"] in sign[kind]]
            item = results.select_one(f'li > a[href="../{kind}/{entry["slug"]}/"]')
            if not leading:
                assert item is None, f"{kind}/{entry['slug']}: no sign leads here"
                continue
            assert item.parent["data-seen-questions"].split() == leading, f"{kind}/{entry['slug']}"
            assert entry["summary"] in text(item.parent)


def test_no_score_no_verdict_a_gentle_note_and_a_pointer_to_support(site: Site) -> None:
    page = site.page("/check-in/")
    form = page.select_one("[data-seen-check-in]")
    assert form["data-seen-support-at"] == "4"
    results = page.select_one("[data-seen-results]")
    assert UI["check_in"]["not_a_diagnosis"] in text(results)
    support = results.select_one("[data-seen-support]")
    assert support.has_attr("hidden")
    assert support.select_one(f'a[href="../steps/{SUPPORT_STEP}/"]')
    assert support.select_one('a[href="../get-help/"]')
    words = text(page.select_one("article")).lower()
    for label in ("score", "points", "out of 13", "risk level", "toxic", "narcissist"):
        assert label not in words, label


def test_help_is_one_tap_away_with_the_full_list_linked(site: Site) -> None:
    help_block = site.page("/check-in/").select_one("section.seen-help")
    assert text(help_block.select_one("h2")).removesuffix("¶").strip() == UI["help"]["danger_title"]
    tel = [a["href"] for a in help_block.select('a[href^="tel:"]')]
    assert {"tel:911", "tel:999", "tel:112", "tel:000", "tel:988"} <= set(tel)
    assert help_block.select_one('a[href="../get-help/"]')


def test_its_script_and_style_are_in_the_files_every_page_has_cached(site: Site) -> None:
    """So the check-in after another page costs its own words only (issue 20: a second page <= 8 KB)."""
    for edition in ("", "es/"):
        assert "data-seen-check-in" in (site.root / edition / "assets" / "seen.js").read_text(encoding="utf-8")
        assert ".seen-check-in__questions" in (site.root / edition / "assets" / "seen.css").read_text(encoding="utf-8")
        page = site.page(f"/{edition}check-in/")
        files = [tag.get("src") or tag.get("href") for tag in page.select("script[src], link[rel=stylesheet]")]
        other = site.page(f"/{edition}get-help/").select("script[src], link[rel=stylesheet]")
        assert files == [tag.get("src") or tag.get("href") for tag in other], "the same files as any page"
        inline = page.select("script:not([src]):not([type='application/ld+json']):not([type='application/json'])")
        assert not [tag for tag in inline if "seen" in tag.get_text()], edition


def test_without_javascript_it_says_what_to_do_instead(site: Site) -> None:
    noscript = site.page("/check-in/").select_one("form noscript")
    assert UI["check_in"]["no_script"] in noscript.get_text()


def test_home_and_signs_intro_lead_to_the_check_in(site: Site) -> None:
    assert site.page("/").select_one('article a[href="check-in/"]')
    assert site.page("/signs/").select_one('article a[href="../check-in/"]')
    nav = site.page("/").select_one("nav.md-nav--primary")
    hrefs = [a["href"] for a in nav.select("a.md-nav__link[href]")]
    last_sign = f"signs/{raw('signs')[-1]['slug']}/"
    assert hrefs.index("check-in/") == hrefs.index(last_sign) + 1, "right after the signs"
