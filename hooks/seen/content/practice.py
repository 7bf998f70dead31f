"""The practice's settings (data/practice.yml) and the help lines a reader sees on every page."""

from __future__ import annotations

import datetime
import re
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, Field, PlainValidator, StringConstraints, WithJsonSchema

from seen.content.models import LANGUAGE_CODE_PATTERN, Record, Text, Title, standard_case
from seen.finish.security import check_url

# The guide's own name: what readers see until a practice sets its own `name`.
GUIDE_NAME = "Seen"
HEX_COLOUR = r"^#[0-9a-fA-F]{6}$"
PHONE_NUMBER = r"^\+?[0-9]{3,15}$"
EMAIL = r"^[^@\s\"'<>\\]+@[^@\s\"'<>\\]+\.[^@\s\"'<>\\]+$"
WEB_URL = r"^https?://[^\s/$.?#][^\s]*$"
HTTPS_URL = r"^https://[^\s/$.?#][^\s]*$"
# The guide's own address: https only (written differently from HTTPS_URL, so that its message differs).
SITE_URL = r"^https://[^\s/$.?#]\S*$"
# Where the guide lives until a practice sets its own `site_url`: previews, QR codes and the
# sitemap point here, which is nowhere.
PLACEHOLDER_SITE_URL = "https://seen.example.org/"
MONTH = r"^[0-9]{4}-(0[1-9]|1[0-2])$"
PROJECT_PATH = r"^[^/\\][^\\]*\.(svg|png)$"


def _lower(value: str) -> str:
    return value.lower()


HexColour = Annotated[str, StringConstraints(pattern=HEX_COLOUR), AfterValidator(_lower)]
PhoneNumber = Annotated[str, StringConstraints(pattern=PHONE_NUMBER)]
Email = Annotated[str, StringConstraints(pattern=EMAIL)]


def _web_address(value: str) -> str:
    return check_url(value, schemes=("https", "http"))


WebUrl = Annotated[str, StringConstraints(pattern=WEB_URL), AfterValidator(_web_address)]


def with_final_slash(url: str) -> str:
    """A site's address ends with "/", or every address under it (…/guidees/…) breaks."""
    return url if url.endswith("/") else url + "/"


def _site_address(value: str) -> str:
    value = check_url(value, schemes=("https",))
    if "?" in value or "#" in value:
        raise ValueError(
            f'the guide\'s address without ? or #, like "https://example.org/resources/guide/"; found "{value}"'
        )
    return with_final_slash(value)


SiteUrl = Annotated[str, StringConstraints(pattern=SITE_URL), AfterValidator(_site_address)]
ProjectPath = Annotated[str, StringConstraints(pattern=PROJECT_PATH)]
HttpsUrl = Annotated[str, StringConstraints(pattern=HTTPS_URL)]


def _checked_date(value: object) -> datetime.date | str:
    """A day (2026-11-28), or only a month (2026-11) when that is all that was recorded."""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str) and re.fullmatch(MONTH, value.strip()):
        return value.strip()
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValueError("a date like 2026-11-26 (or a month like 2026-11)")


CheckedDate = Annotated[
    datetime.date | str,
    PlainValidator(_checked_date),
    WithJsonSchema({"anyOf": [{"type": "string", "format": "date"}, {"type": "string", "pattern": MONTH}]}),
]


class Call(Record):
    """A number to call: the words shown, and the digits dialled (tel:)."""

    label: Text
    number: PhoneNumber


class TextMessage(Record):
    """A number to text (sms:), with the word to send where the service asks for one."""

    label: Text
    number: PhoneNumber
    body: Text | None = None


class Verified(Record):
    """Where and when a help line's details were last checked against the service itself."""

    source: HttpsUrl = Field(description="The service's own https:// page that lists these numbers.")
    date: CheckedDate = Field(description="When they were checked: YYYY-MM-DD, or YYYY-MM.")

    @property
    def checked_on(self) -> datetime.date:
        """The day checked; a month alone counts as its first day, so a reminder never comes late."""
        if isinstance(self.date, datetime.date):
            return self.date
        year, month = self.date.split("-")
        return datetime.date(int(year), int(month), 1)


# What a line is for: the pages on low mood and worthlessness show the crisis lines by name.
Topic = Literal["domestic-abuse", "crisis"]


class HelpLine(Record):
    region: Text
    name: Text
    topic: Topic | None = Field(
        default=None,
        description='"crisis" for a suicide and crisis line (shown on the pages about low mood and worthlessness), '
        '"domestic-abuse" for a domestic abuse line.',
    )
    calls: list[Call] = Field(min_length=1)
    texts: list[TextMessage] = []
    website: Text | None = None
    hours: Text
    note: Text | None = None
    verified: Verified | None = Field(
        default=None, description="Where and when these details were checked: source (https://) and date."
    )


class EmergencyNumber(Record):
    region: Text
    number: PhoneNumber


class HelpLines(Record):
    """Where to get help now: the emergency number(s) first, then crisis lines."""

    emergency: list[EmergencyNumber] = Field(min_length=1)
    lines: list[HelpLine] = Field(min_length=1)

    def crisis_lines(self) -> list[HelpLine]:
        return [line for line in self.lines if line.topic == "crisis"]


class GuideHelpLine(HelpLine):
    """A line of the guide's own list (data/help-lines.yml): its topic and its check are required."""

    topic: Topic = Field(
        description='"crisis" for a suicide and crisis line, "domestic-abuse" for a domestic abuse line.'
    )
    verified: Verified = Field(description="Where and when these details were checked: source (https://) and date.")


class GuideHelpLines(HelpLines):
    """The guide's default help lines: every line says where and when it was checked."""

    lines: list[GuideHelpLine] = Field(min_length=1)  # type: ignore[assignment]


def older_than_a_year(checked: datetime.date, today: datetime.date) -> bool:
    try:
        due = checked.replace(year=checked.year + 1)
    except ValueError:  # 29 February
        due = checked.replace(year=checked.year + 1, day=28)
    return today > due


def stale_lines(help_lines: HelpLines, today: datetime.date) -> list[tuple[int, HelpLine]]:
    """The lines (position from 1, line) last checked more than a year before `today`."""
    return [
        (position, line)
        for position, line in enumerate(help_lines.lines, start=1)
        if line.verified is not None and older_than_a_year(line.verified.checked_on, today)
    ]


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
        description=(
            "When true, moving between guide pages, or to a part of one, replaces the browser history"
            " entry instead of adding one."
        ),
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


# A language the guide is written in: its data is data/ (English) or data/<code>/, its prose pages
# docs/ or docs/<code>/ (seen.content.languages checks that the folder is there).
Language = Annotated[str, StringConstraints(pattern=LANGUAGE_CODE_PATTERN), AfterValidator(standard_case)]


def _unique(languages: list[str]) -> list[str]:
    repeated = sorted({code for code in languages if languages.count(code) > 1})
    if repeated:
        raise ValueError(f"each language once; found {', '.join(repeated)} more than once")
    return languages


class InLanguage(Record):
    """What a practice says differently in one language (e.g. Spanish-speaking help lines)."""

    local_help_lines: list[HelpLine] | None = Field(
        default=None,
        description="Your own lines for readers of this language, shown first, above the guide's checked lines.",
    )
    help_lines: HelpLines | None = Field(
        default=None,
        description="Help lines for readers of this language that replace the guide's own on its pages.",
    )
    contact_hours: Text | None = Field(default=None, description="contact.hours, in this language.")
    footer_lines: list[Text] | None = Field(default=None, description="footer.lines, in this language.")


class Practice(Record):
    """Everything a practice sets to make the guide theirs. Every field is optional."""

    name: Title = Field(
        default=GUIDE_NAME, description="Shown in the header, page titles and preview cards (at most 80 characters)."
    )
    site_url: SiteUrl | None = Field(
        default=None,
        description="Where the guide will live, starting with https://, e.g. https://example.com/resources/guide/ "
        "(a missing final / is added). The one place for it: previews, QR codes and the sitemap use it.",
    )
    logo: ProjectPath | None = Field(
        default=None,
        description="SVG or PNG, path from the project folder: shown in the header, on the handout and printed pages "
        "(and on preview cards when it is a PNG).",
    )
    card_logo: ProjectPath | None = Field(
        default=None,
        description="A PNG of your logo for link preview cards, which cannot draw SVG (default: logo, if a PNG).",
    )
    favicon: ProjectPath | None = None
    website: WebUrl | None = Field(
        default=None,
        description="Your main website's address: every page links back to it, e.g. https://example.com/.",
    )
    logo_links_to_website: bool = Field(
        default=False, description="When true (and website is set), the header's logo links to your website."
    )
    colours: Colours = Colours()
    contact: Contact = Contact()
    talk_to_us: bool = Field(default=False, description="Show a 'Talk to us' block with the contact details.")
    local_help_lines: list[HelpLine] = Field(
        default=[],
        description="Your own local lines (e.g. a city crisis line), shown first, above the guide's checked lines, "
        "in the first language's edition (other languages: by_language).",
    )
    help_lines: HelpLines | None = Field(
        default=None,
        description="Your region's emergency number and crisis lines, replacing the guide's own entirely, "
        "in the first language's edition (other languages: by_language).",
    )
    quick_exit: QuickExit = QuickExit()
    previews: Previews = Previews()
    footer: Footer = Footer()
    languages: Annotated[list[Language], Field(min_length=1), AfterValidator(_unique)] = Field(
        default=["en", "es"],
        description="The editions to publish, e.g. [en, es]: en, or a language with its folder data/<code>/. "
        "The first is at the site's root, each other one under /<code>/ (e.g. /es/).",
    )
    by_language: dict[Language, InLanguage] = Field(
        default={}, description="Settings that differ per language, e.g. es: help_lines: ..."
    )

    @property
    def preview_logo(self) -> str | None:
        """The PNG that preview cards show: card_logo, or logo when it is a PNG."""
        if self.card_logo:
            return self.card_logo
        return self.logo if self.logo and self.logo.lower().endswith(".png") else None

    @property
    def renamed(self) -> bool:
        """True when the practice publishes the guide under its own name (the footer then credits the original)."""
        return self.name != GUIDE_NAME

    def in_language(self, language: str) -> Practice:
        """These settings as a reader of `language` sees them.

        Help lines are written in one language: the top-level ones are the first language's. Another
        edition has its own from by_language, or else the guide's checked lines in its language
        (never the first language's words)."""
        local = self.by_language.get(language)  # type: ignore[call-overload]
        changes: dict[str, object] = {}
        if language != self.languages[0]:
            changes["help_lines"] = local.help_lines if local else None
            changes["local_help_lines"] = (local.local_help_lines if local else None) or []
        if local is None:
            return self.model_copy(update=changes)
        if local.help_lines is not None:
            changes["help_lines"] = local.help_lines
        if local.local_help_lines is not None:
            changes["local_help_lines"] = local.local_help_lines
        if local.contact_hours is not None:
            changes["contact"] = self.contact.model_copy(update={"hours": local.contact_hours})
        if local.footer_lines is not None:
            changes["footer"] = self.footer.model_copy(update={"lines": local.footer_lines})
        return self.model_copy(update=changes)


def only_in_first_language(practice: Practice, language: str, settings: list[tuple[str, Any, Any]]) -> list[str]:
    """The names, among (name, first language's value, `language`'s own value), of the settings the
    practice gave in its first language but not in `language` (none for the first language itself)."""
    if language == practice.languages[0]:
        return []
    return [name for name, value, own in settings if value and own is None]


def help_fallback_message(practice: Practice, language: str, *, checked_label: str) -> str | None:
    """One line for an edition that shows the guide's checked lines (`checked_label`) because the
    practice wrote its help lines only for the first language, else None. (The top-level
    `help_lines` and `local_help_lines` are in the first language; another edition's come from
    `by_language`, never from the first language's words.)"""
    first = practice.languages[0]
    own = practice.by_language.get(language)  # type: ignore[call-overload]
    missing = only_in_first_language(
        practice,
        language,
        [
            (name, getattr(practice, name), getattr(own, name) if own else None)
            for name in ("local_help_lines", "help_lines")
        ],
    )
    if not missing:
        return None
    settings = " and ".join(missing)
    return (
        f'data/practice.yml: the "{language}" edition shows the guide\'s checked lines ({checked_label}) where your '
        f'{settings} would be: those are written for "{first}", your first language; to show your own, add them '
        f"in {language} under by_language: {language}:"
    )


def words_fallback_message(practice: Practice, language: str) -> str | None:
    """One line for an edition that shows the practice's contact hours or footer lines in the first
    language (they are shown rather than dropped: opening hours matter more than their language),
    with how to give them in the edition's own, else None."""
    first = practice.languages[0]
    own = practice.by_language.get(language)  # type: ignore[call-overload]
    missing = only_in_first_language(
        practice,
        language,
        [
            ("contact_hours", practice.contact.hours, own.contact_hours if own else None),
            ("footer_lines", practice.footer.lines, own.footer_lines if own else None),
        ],
    )
    if not missing:
        return None
    return (
        f'data/practice.yml: the "{language}" edition shows your {" and ".join(missing)} as written for "{first}", '
        f"your first language; to give them in {language}, add them under by_language: {language}:"
    )


def tel_href(number: str) -> str:
    return "tel:" + re.sub(r"[^0-9+]", "", number)
