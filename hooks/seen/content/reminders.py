"""Reminders that never fail a build: a help line whose details were checked more than a year ago,
and a guide built for the placeholder address (seen.example.org), fine for a preview. A release
build (SEEN_RELEASE=1, the folder a practice uploads) refuses the placeholder instead.

A number that has not been checked for a year may still be right, and a practice's build must not
start failing one morning because a date passed. So the reminder goes through its own logger,
"seen.content.reminders", outside MkDocs' "mkdocs" logger that `--strict` counts: it prints as a warning
on every build, and the build still succeeds.
"""

from __future__ import annotations

import datetime
import logging
import sys
from collections.abc import Mapping
from urllib.parse import urlsplit

from seen.content.practice import PLACEHOLDER_SITE_URL, HelpLines, stale_lines

log = logging.getLogger("seen.content.reminders")


def _ensure_handler() -> None:
    """Print reminders like MkDocs' own warnings, once (hooks are imported again under `mkdocs serve`)."""
    if not any(getattr(handler, "name", "") == "seen-reminders" for handler in log.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.name = "seen-reminders"
        handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)


def stale_help_messages(help_lines: HelpLines, *, label: str, today: datetime.date) -> list[str]:
    """One line per help line last checked more than a year before `today`: which, when, and where to check it."""
    return [
        f'{label}: lines[{position}] ("{line.name}"), field "verified.date": expected a check within the last '
        f"year, found {line.verified.date} (more than a year ago); check the details on {line.verified.source} "
        f"and update the date"
        for position, line in stale_lines(help_lines, today)
        if line.verified is not None
    ]


def remind_stale_help_lines(help_lines: HelpLines, *, label: str, today: datetime.date | None = None) -> list[str]:
    """Warn (without failing even a strict build) about every help line due for a check; returns the messages."""
    messages = stale_help_messages(help_lines, label=label, today=today or datetime.date.today())
    if messages:
        _ensure_handler()
    for message in messages:
        log.warning("%s", message)
    return messages


def placeholder_message(site_url: str | None) -> str | None:
    """What to say when the guide is built for the placeholder address, or None."""
    if not site_url or urlsplit(site_url).hostname != urlsplit(PLACEHOLDER_SITE_URL).hostname:
        return None
    return (
        f'data/practice.yml: field "site_url": expected your guide\'s address, like '
        f'"https://example.org/resources/guide/", found none (the placeholder {PLACEHOLDER_SITE_URL}): '
        "link previews, QR codes and the sitemap point nowhere until it is set"
    )


def remind_placeholder_address(site_url: str | None) -> str | None:
    """Warn once per build (without failing even a strict one) that the address is the placeholder."""
    message = placeholder_message(site_url)
    if message:
        _ensure_handler()
        log.warning("%s", message)
    return message


# `SEEN_RELEASE=1 mkdocs build`: the practice's build of the folder it uploads.
RELEASE_SETTING = "SEEN_RELEASE"
_ON, _OFF = ("1", "true", "yes"), ("", "0", "false", "no")


def release_build(environ: Mapping[str, str]) -> bool:
    """Whether this is a release build; a value that says neither stops the build (ValueError, one line)."""
    value = environ.get(RELEASE_SETTING, "").strip().lower()
    if value in _ON or value in _OFF:
        return value in _ON
    raise ValueError(
        f'{RELEASE_SETTING}: expected 1 for a release build (or 0, or nothing, for a preview), found "{value[:40]}"'
    )


def release_problem(site_url: str | None) -> str | None:
    """Why a release build cannot go ahead with this address (the placeholder), or None."""
    if placeholder_message(site_url) is None:
        return None
    return (
        f'data/practice.yml: field "site_url": expected your guide\'s address for a release build '
        f'({RELEASE_SETTING}=1), like "https://example.org/resources/guide/", found none (the placeholder '
        f"{PLACEHOLDER_SITE_URL}): link previews, QR codes and the sitemap would point nowhere"
    )
