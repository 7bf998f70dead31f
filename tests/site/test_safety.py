"""Safe to read, checked on the built files: CSP, referrer, external links, help on every page."""

from __future__ import annotations

import base64
import hashlib
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
import yaml

from support.project import ROOT, Site, edition_prefix, ui_for

HELP_LINES_SOURCE = ROOT.parent / "shared" / "source" / "help-lines.md"


def entries(kind: str) -> list[dict]:
    return yaml.safe_load((ROOT / "data" / f"{kind}.yml").read_text(encoding="utf-8"))


def test_every_page_has_a_strict_csp_with_the_hash_of_each_inline_script(site: Site) -> None:
    for url in site.html_pages():
        page = site.page(url)
        meta = page.select_one('meta[http-equiv="Content-Security-Policy"]')
        assert meta, url
        policy = dict(part.strip().split(" ", 1) for part in meta["content"].split(";"))
        assert policy["default-src"] == "'self'"
        assert "unsafe-inline" not in policy["script-src"] and "unsafe-eval" not in policy["script-src"]
        for script in page.select("script:not([src])"):
            if script.get("type") not in (None, "text/javascript", "module"):
                continue
            digest = base64.b64encode(hashlib.sha256(script.string.encode("utf-8")).digest()).decode()
            assert f"'sha256-{digest}'" in policy["script-src"], f"{url}: inline script without its hash"
        head = str(page.head)
        assert head.index("Content-Security-Policy") < head.index("<script"), f"{url}: CSP must come first"


def test_every_page_sends_no_referrer_and_external_links_are_protected(site: Site) -> None:
    for url in site.html_pages():
        page = site.page(url)
        assert page.select_one('meta[name="referrer"]')["content"] == "no-referrer", url
        for link in page.select('a[href^="http"]'):
            if urlsplit(link["href"]).netloc == "seen.example.org":
                continue
            assert {"noopener", "noreferrer"} <= set(link.get("rel", [])), f"{url}: {link}"


def test_quick_exit_comes_first_after_the_skip_link_on_every_page(site: Site) -> None:
    for url in site.html_pages():
        page = site.page(url)
        # The theme's .md-toggle checkboxes are display:none, never focusable.
        focusable = page.select("a[href], button, input:not(.md-toggle), select, textarea, summary, [tabindex]")
        exit_link = page.select_one("[data-seen-exit]")
        assert exit_link is not None, url
        assert exit_link["href"] == "https://www.bbc.com/weather"
        names = [el.get("class", []) for el in focusable[:2]]
        assert "md-skip" in names[0], url
        assert focusable[1] is exit_link, f"{url}: the quick exit must follow the skip link"
        safety = exit_link.find_next("a")
        expected = f"http://x{edition_prefix(url)}/browsing-safety/"
        assert urljoin("http://x" + url, safety["href"]) == expected, f"{url}: safety link"


def test_help_block_on_every_entry_page_and_get_help(site: Site) -> None:
    urls = [f"/{kind}/{e['slug']}/" for kind in ("signs", "effects", "steps") for e in entries(kind)]
    for url in urls + ["/get-help/"]:
        block = site.page(url).select_one(".seen-help")
        assert block, url
        assert block.select_one(".seen-help__emergency a[href^='tel:']"), url
        assert len(block.select("a[href^='tel:']")) >= 8, url
        assert block.select("a[href^='sms:']"), url


def test_every_number_shown_is_from_the_verified_list(site: Site) -> None:
    if not HELP_LINES_SOURCE.exists():
        pytest.skip("shared/source/help-lines.md is not beside this checkout")
    verified = re.sub(r"\D", "", HELP_LINES_SOURCE.read_text(encoding="utf-8"))
    for url in site.html_pages():
        for link in site.page(url).select("a[href^='tel:'], a[href^='sms:']"):
            digits = re.sub(r"\D", "", link["href"].split("?")[0].removeprefix("tel:+44").removeprefix("tel:+1"))
            digits = digits.removeprefix("1") if link["href"].startswith("tel:+1") else digits
            if link["href"].startswith("tel:+44"):
                digits = "0" + digits
            assert digits in verified, f"{url}: {link['href']} is not in help-lines.md"


def spanish(kind: str) -> list[dict]:
    return yaml.safe_load((ROOT / "data" / "es" / f"{kind}.yml").read_text(encoding="utf-8"))


# Pages that touch humiliation, fear of the partner, control or deep self-blame (CONTENT.md).
NOTED = {
    "signs": {
        "gaslighting",
        "hurtful-jokes",
        "always-your-fault",
        "feeling-worthless",
        "silent-treatment",
        "dismissing-your-people",
    },
    "effects": {"low-mood", "self-worth", "numbness", "self-blame"},
}


def test_entries_that_touch_on_abuse_carry_a_content_note_linking_help_in_both_languages(site: Site) -> None:
    for kind, slugs in NOTED.items():
        for data, prefix in ((entries(kind), ""), (spanish(kind), "/es")):
            noted = {e["slug"] for e in data if e.get("content_note")}
            assert slugs <= noted, f"{prefix or 'en'} {kind}: {sorted(slugs - noted)} have no content note"
            for slug in slugs:
                note = site.page(f"{prefix}/{kind}/{slug}/").select_one("article .admonition.note")
                assert note is not None and note.select_one('a[href="../../get-help/"]'), f"{prefix}/{kind}/{slug}/"


def marked(entry: dict, field: str) -> list[bool]:
    return [isinstance(item, dict) and item.get("partner") is True for item in entry.get(field, [])]


def test_every_partner_action_is_tagged_and_covered_by_one_safety_line_before_its_list(site: Site) -> None:
    """Each marked action starts with the tag; its list is preceded by the line, which starts with the same
    tag; unmarked actions carry no tag, a list with no marked action no line, and no line repeats per item."""
    for prefix, read in (("", entries), ("/es", spanish)):
        ui = ui_for(prefix + "/")
        tag = ui["partner_safety"]["label"]
        line = f"{tag}: {ui['partner_safety']['text']} {ui['partner_safety']['help']}"
        count = 0
        for kind, field, heading in (
            ("signs", "try_this", "try"),
            ("effects", "try_this", "try"),
            ("steps", "how_to", "how_to"),
        ):
            for entry in read(kind):
                where = f"{prefix}/{kind}/{entry['slug']}/"
                page = site.page(where)
                title = ui[kind]["headings"][heading]
                h2 = page.find(lambda tag, title=title: tag.name == "h2" and tag.get_text().startswith(title))
                ul = h2.find_next_sibling("ul")
                items = ul.find_all("li", recursive=False)
                tagged = [
                    (item.find(recursive=False) or item).get("class") == ["seen-partner-tag"]
                    and item.get_text().startswith(f"{tag}:")
                    for item in items
                ]
                assert tagged == marked(entry, field), where
                assert not ul.select(".seen-partner-safety"), f"{where}: the line repeats inside the list"
                before = ul.find_previous_sibling()
                covered = before is not None and before is not h2 and "seen-partner-safety" in before.get("class", [])
                assert covered == any(tagged), f"{where}: the line before the list"
                if covered:
                    assert before.find_previous_sibling() is h2, where
                    assert " ".join(before.get_text(" ", strip=True).split()).replace(" :", ":") == line, where
                    assert before.select_one(".seen-partner-tag").get_text(strip=True) == tag, where
                    assert before.select_one('a[href="../../get-help/"]'), where
                    count += sum(tagged)
        assert count >= 25, prefix


def test_a_page_shows_the_safety_line_at_most_once_per_list(site: Site) -> None:
    for prefix, read in (("", entries), ("/es", spanish)):
        for kind in ("signs", "effects", "steps"):
            for entry in read(kind):
                article = site.page(f"{prefix}/{kind}/{entry['slug']}/").select_one("article")
                lists = sum(1 for field in ("try_this", "how_to") if any(marked(entry, field)))
                lists += 1 if entry.get("you_could_say") else 0
                assert len(article.select(".seen-partner-safety")) == lists, f"{prefix}/{kind}/{entry['slug']}/"


def test_words_you_could_use_always_carry_the_safety_line(site: Site) -> None:
    for prefix, read in (("", entries), ("/es", spanish)):
        ui = ui_for(prefix + "/")
        for entry in read("steps"):
            page = site.page(f"{prefix}/steps/{entry['slug']}/")
            h2 = page.find(
                lambda tag, ui=ui: tag.name == "h2" and tag.get_text().startswith(ui["steps"]["headings"]["say"])
            )
            assert (h2 is not None) == bool(entry.get("you_could_say")), entry["slug"]
            if h2 is not None:
                first = h2.find_next_sibling()
                assert "seen-partner-safety" in first.get("class", []), f"{prefix}/steps/{entry['slug']}/"
                assert first.find_next_sibling().name == "ul"


def test_no_entry_page_shows_its_keyword_list(site: Site) -> None:
    for prefix, read in (("", entries), ("/es", spanish)):
        for kind in ("signs", "effects", "steps"):
            for entry in read(kind):
                page = site.page(f"{prefix}/{kind}/{entry['slug']}/")
                assert page.select_one(".seen-said") is None
                shown = {li.get_text(" ", strip=True) for li in page.select("article li")}
                assert not shown & set(entry["keywords"]), (
                    f"{prefix}/{kind}/{entry['slug']}/: {shown & set(entry['keywords'])}"
                )
                text = page.get_text()
                assert "Other ways people say it" not in text and "Otras formas de decirlo" not in text


STEP_FRAMES = {
    "": {
        "professional-support": [
            "Couples counseling is usually not advised when there is fear, threats or violence",
            "domestic abuse line",
        ],
        "patient-progress": [
            "The time around leaving can be the most dangerous",
            "A domestic abuse line can help you make a plan to leave safely",
        ],
        "name-the-pattern": ["If speaking up has led to anger, threats or fear before, you do not have to do this."],
    },
    "/es": {
        "professional-support": [
            "no se recomienda la terapia de pareja cuando hay miedo, amenazas o violencia",
            "línea contra la violencia doméstica",
        ],
        "patient-progress": ["puede ser el más peligroso", "te puede ayudar a hacer un plan para irte de forma segura"],
        "name-the-pattern": ["Si hablar de esto ya trajo enojo, amenazas o miedo, no tienes que hacerlo."],
    },
}


def test_step_pages_carry_their_safety_frame_in_both_languages(site: Site) -> None:
    for prefix, pages in STEP_FRAMES.items():
        for slug, phrases in pages.items():
            text = " ".join(site.page(f"{prefix}/steps/{slug}/").select_one("article").get_text(" ").split())
            for phrase in phrases:
                assert phrase in text, f"{prefix}/steps/{slug}/: {phrase!r}"


def test_pages_on_low_mood_and_worthlessness_show_their_editions_crisis_lines(site: Site) -> None:
    for prefix, folder in (("", ROOT / "data"), ("/es", ROOT / "data" / "es")):
        lines = yaml.safe_load((folder / "help-lines.yml").read_text(encoding="utf-8"))["lines"]
        crisis = [line for line in lines if line["topic"] == "crisis"]
        assert crisis, prefix
        ui = ui_for(prefix + "/")
        for kind, slug in (
            ("effects", "low-mood"),
            ("effects", "numbness"),
            ("effects", "self-worth"),
            ("effects", "self-blame"),
            ("signs", "feeling-worthless"),
        ):
            box = site.page(f"{prefix}/{kind}/{slug}/").select_one("article .seen-crisis")
            assert box is not None, f"{prefix}/{kind}/{slug}/"
            assert box.find("h2").get_text(strip=True).startswith(ui["crisis"]["title"])
            numbers = {a["href"] for a in box.select("a[href^='tel:']")}
            for line in crisis:
                assert f"tel:{line['calls'][0]['number']}" in numbers, f"{prefix}/{kind}/{slug}/: {line['name']}"
                assert line["name"] in box.get_text()
            assert box.select_one('a[href="../../get-help/"]')
    assert site.page("/effects/exhaustion/").select_one(".seen-crisis") is None


def test_every_page_says_once_that_this_is_education_not_diagnosis(site: Site) -> None:
    for url in site.html_pages():
        assert site.page(url).get_text().count(ui_for(url)["education"]) == 1, url


def test_browsing_safety_page_is_linked_from_the_footer(site: Site) -> None:
    assert site.page("/browsing-safety/").select_one("article h1")
    for url in site.html_pages():
        hrefs = [urljoin("http://x" + url, a["href"]) for a in site.page(url).select(".md-footer a[href]")]
        assert f"http://x{edition_prefix(url)}/browsing-safety/" in hrefs, url


def test_nginx_snippet_parses(tmp_path: Path) -> None:
    nginx = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
    if nginx is None:
        from support.browser import require

        require("nginx", "nginx (to check the example config)")
    snippet = ROOT / "deploy" / "nginx" / "seen.conf"
    (tmp_path / "logs").mkdir()
    config = tmp_path / "nginx.conf"
    config.write_text(
        f"pid {tmp_path}/nginx.pid; error_log {tmp_path}/logs/error.log;\n"
        "events {}\n"
        f"http {{ access_log off; server {{ listen 127.0.0.1:8099; location /guide/ {{ alias {ROOT}/site/; "
        f"include {snippet}; }} }} }}\n",
        encoding="utf-8",
    )
    result = subprocess.run([nginx, "-t", "-c", str(config), "-p", str(tmp_path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
