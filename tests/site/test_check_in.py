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
        box = item.select_one('input[type="checkbox"]')
        label = item.select_one(f'label[for="{box["id"]}"]')
        assert box["value"] == sign["slug"]
        assert text(label) == sign["question"]
        link = item.select_one("a")
        assert link["href"] == f"../signs/{sign['slug']}/"
        assert sign["title"] in text(link)


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
    assert all(item.has_attr("hidden") for item in results.select("li[data-seen-signs]"))


def test_results_hold_each_sign_and_what_it_connects_to(site: Site) -> None:
    results = site.page("/check-in/").select_one("[data-seen-results]")
    signs = raw("signs")
    for sign in signs:
        item = results.select_one(f'li[data-seen-signs="{sign["slug"]}"]')
        assert item.select_one("a")["href"] == f"../signs/{sign['slug']}/"
        assert sign["summary"] in text(item)
    for kind in ("effects", "steps"):
        for entry in raw(kind):
            leading = [sign["slug"] for sign in signs if entry["slug"] in sign[kind]]
            item = results.select_one(f'li > a[href="../{kind}/{entry["slug"]}/"]')
            if not leading:
                assert item is None, f"{kind}/{entry['slug']}: no sign leads here"
                continue
            assert item.parent["data-seen-signs"].split() == leading, f"{kind}/{entry['slug']}"


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


def test_its_script_is_a_file_of_ours_loaded_on_this_page_only(site: Site) -> None:
    script = "assets/check-in.js"
    assert (site.root / script).is_file() and (site.root / "es" / script).is_file()
    for url in site.html_pages():
        page = site.page(url)
        loads = [tag for tag in page.select("script[src]") if tag["src"].endswith(script)]
        assert len(loads) == (1 if url in ("/check-in/", "/es/check-in/") else 0), url
        inline = page.select("script:not([src]):not([type='application/ld+json']):not([type='application/json'])")
        assert not [tag for tag in inline if "seen" in tag.get_text()], url


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
