"""The practice's settings, read as a practice writes them: the site's address."""

from __future__ import annotations

import pytest

from seen.content.loading import GuideDataError, parse_record
from seen.content.practice import PLACEHOLDER_SITE_URL, Practice
from seen.content.reminders import placeholder_message


@pytest.mark.parametrize(
    "written",
    ["https://example.org/resources/guide", "https://example.org/resources/guide/"],
)
def test_site_url_gets_its_final_slash(written: str) -> None:
    assert Practice(site_url=written).site_url == "https://example.org/resources/guide/"


def test_a_host_alone_gets_its_slash() -> None:
    assert Practice(site_url="https://example.org").site_url == "https://example.org/"


@pytest.mark.parametrize(
    ("written", "found"),
    [
        ("http://example.org/guide/", '"http://example.org/guide/"'),
        ("example.org/guide/", '"example.org/guide/"'),
        ("https://example.org/guide/?x=1", '"https://example.org/guide/?x=1"'),
    ],
)
def test_site_url_needs_https_and_says_so_in_one_line(written: str, found: str) -> None:
    with pytest.raises(GuideDataError) as error:
        parse_record({"site_url": written}, Practice, label="data/practice.yml", what="a group of settings")
    message = str(error.value)
    assert "\n" not in message
    assert message.startswith('data/practice.yml: field "site_url": expected the guide')
    assert '"https://example.org/resources/guide/"' in message and message.endswith(f"found {found}")


def test_only_the_placeholder_address_is_reminded() -> None:
    message = placeholder_message(PLACEHOLDER_SITE_URL)
    assert message and "previews, QR codes and the sitemap point nowhere" in message
    assert placeholder_message(PLACEHOLDER_SITE_URL + "es/") == message
    assert placeholder_message("https://example.org/resources/guide/") is None
    assert placeholder_message(None) is None
