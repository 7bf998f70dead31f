"""The practice's settings (data/practice.yml) and the help lines a reader sees on every page."""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, StringConstraints

from seen.models import Record, Text, Title

HEX_COLOUR = r"^#[0-9a-fA-F]{6}$"
PHONE_NUMBER = r"^\+?[0-9]{3,15}$"
EMAIL = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"
WEB_URL = r"^https?://[^\s/$.?#][^\s]*$"
PROJECT_PATH = r"^[^/\\][^\\]*\.(svg|png)$"


def _lower(value: str) -> str:
    return value.lower()


HexColour = Annotated[str, StringConstraints(pattern=HEX_COLOUR), AfterValidator(_lower)]
PhoneNumber = Annotated[str, StringConstraints(pattern=PHONE_NUMBER)]
Email = Annotated[str, StringConstraints(pattern=EMAIL)]
WebUrl = Annotated[str, StringConstraints(pattern=WEB_URL)]
ProjectPath = Annotated[str, StringConstraints(pattern=PROJECT_PATH)]


class Call(Record):
    """A number to call: the words shown, and the digits dialled (tel:)."""

    label: Text
    number: PhoneNumber


class TextMessage(Record):
    """A number to text (sms:), with the word to send where the service asks for one."""

    label: Text
    number: PhoneNumber
    body: Text | None = None


class HelpLine(Record):
    region: Text
    name: Text
    calls: list[Call] = Field(min_length=1)
    texts: list[TextMessage] = []
    website: Text | None = None
    hours: Text
    note: Text | None = None


class EmergencyNumber(Record):
    region: Text
    number: PhoneNumber


class HelpLines(Record):
    """Where to get help now: the emergency number(s) first, then crisis lines."""

    emergency: list[EmergencyNumber] = Field(min_length=1)
    lines: list[HelpLine] = Field(min_length=1)


class Colours(Record):
    primary: HexColour = Field(default="#1d5f5b", description="Header and links, as #rrggbb.")
    accent: HexColour = Field(default="#8a3a14", description="Focus rings and highlights, as #rrggbb.")


class Contact(Record):
    phone: Call | None = None
    email: Email | None = None
    address: Text | None = None
    booking_url: WebUrl | None = None
    hours: Text | None = None


class QuickExit(Record):
    url: WebUrl = Field(
        default="https://www.bbc.com/weather",
        description="Where 'Exit this page' goes: a neutral public page (default: a weather page).",
    )
    discreet_history: bool = Field(
        default=False,
        description="When true, moving between guide pages replaces the browser history entry instead of adding one.",
    )


class Previews(Record):
    discreet: bool = Field(
        default=False,
        description="When true, link previews in chat apps show only the site's name and a neutral line.",
    )


class Footer(Record):
    legal_name: Text | None = None
    registration: Text | None = None
    lines: list[Text] = []


# The languages the guide is written in; each has its own data (data/ or data/<code>/) and prose pages.
Language = Literal["en", "es"]


def _unique(languages: list[str]) -> list[str]:
    repeated = sorted({code for code in languages if languages.count(code) > 1})
    if repeated:
        raise ValueError(f"each language once; found {', '.join(repeated)} more than once")
    return languages


class InLanguage(Record):
    """What a practice says differently in one language (e.g. Spanish-speaking help lines)."""

    help_lines: HelpLines | None = Field(
        default=None, description="Help lines for readers of this language (replace help_lines on its pages)."
    )
    contact_hours: Text | None = Field(default=None, description="contact.hours, in this language.")
    footer_lines: list[Text] | None = Field(default=None, description="footer.lines, in this language.")


class Practice(Record):
    """Everything a practice sets to make the guide theirs. Every field is optional."""

    name: Title = Field(default="Seen", description="Shown in the header, page titles and preview cards (at most 80 characters).")
    site_url: WebUrl | None = Field(default=None, description="Where the guide will live, e.g. https://example.com/guide/.")
    logo: ProjectPath | None = Field(default=None, description="SVG or PNG, path from the project folder.")
    favicon: ProjectPath | None = None
    colours: Colours = Colours()
    contact: Contact = Contact()
    talk_to_us: bool = Field(default=False, description="Show a 'Talk to us' block with the contact details.")
    help_lines: HelpLines | None = Field(default=None, description="Your region's emergency number and crisis lines.")
    quick_exit: QuickExit = QuickExit()
    previews: Previews = Previews()
    footer: Footer = Footer()
    languages: Annotated[list[Language], Field(min_length=1), AfterValidator(_unique)] = Field(
        default=["en", "es"],
        description="The editions to publish: en, es or both. The first is at the site's root, "
        "the other under /<code>/ (e.g. /es/).",
    )
    by_language: dict[Language, InLanguage] = Field(
        default={}, description="Settings that differ per language, e.g. es: help_lines: ..."
    )

    def in_language(self, language: str) -> "Practice":
        """These settings as a reader of `language` sees them."""
        local = self.by_language.get(language)  # type: ignore[call-overload]
        if local is None:
            return self
        changes: dict[str, object] = {}
        if local.help_lines is not None:
            changes["help_lines"] = local.help_lines
        if local.contact_hours is not None:
            changes["contact"] = self.contact.model_copy(update={"hours": local.contact_hours})
        if local.footer_lines is not None:
            changes["footer"] = self.footer.model_copy(update={"lines": local.footer_lines})
        return self.model_copy(update=changes)


def tel_href(number: str) -> str:
    return "tel:" + re.sub(r"[^0-9+]", "", number)
