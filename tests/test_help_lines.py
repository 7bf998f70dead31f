"""Phone numbers are where a wrong character can hurt someone: each one shown is a checked one."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, Site

HELP_LINES = ROOT.parent / "shared" / "source" / "help-lines.md"


def checked_numbers() -> str:
    if not HELP_LINES.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{HELP_LINES} is missing on CI")
        pytest.skip("the shared help-lines source is not beside this checkout")
    return HELP_LINES.read_text(encoding="utf-8")


def digits(value: str) -> str:
    return re.sub(r"[^0-9]", "", value)


def test_every_number_in_help_yml_is_one_we_checked() -> None:
    source = checked_numbers()
    data = yaml.safe_load((ROOT / "data" / "help.yml").read_text(encoding="utf-8"))
    numbers = [phone["number"] for phone in data["emergency"] + data["lines"]]
    assert numbers
    for number in numbers:
        assert number in source, f"data/help.yml: {number} is not in shared/source/help-lines.md"


def test_every_tel_link_on_every_page_dials_a_number_we_checked(site: Site) -> None:
    source = checked_numbers()
    found = 0
    for url in site.html_pages():
        for link in site.page(url).select('a[href^="tel:"]'):
            shown = link.get_text(strip=True)
            found += 1
            assert shown in source, f"{url}: {shown} is not in shared/source/help-lines.md"
            dialled = digits(link["href"])
            assert dialled == digits(shown) or (
                link["href"].startswith("tel:+") and dialled.endswith(digits(shown).lstrip("0"))
            ), f"{url}: {link['href']} does not dial {shown}"
    assert found >= 20


def test_the_help_block_dials_exactly_what_it_shows(site: Site) -> None:
    for url in ("/check-in/", "/handout/"):
        links = site.page(url).select('section.seen-help a[href^="tel:"]')
        assert links, url
        for link in links:
            assert link["href"] == "tel:" + digits(link.get_text()), url


def test_a_phone_number_is_checked_for_its_form(tmp_path: Path) -> None:
    from seen.loading import GuideDataError, load_help

    data = yaml.safe_load((ROOT / "data" / "help.yml").read_text(encoding="utf-8"))
    data["lines"][0]["number"] = "1-800-SAFE"
    (tmp_path / "help.yml").write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(GuideDataError, match=r"field \"lines\[1\]\.number\": expected a phone number of digits"):
        load_help(tmp_path)
