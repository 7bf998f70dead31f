"""Typed records for the guide's data files: what a sign, an effect and a step must hold."""

from __future__ import annotations

import datetime
from typing import Annotated, ClassVar

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
SUMMARY_MAX = 160

Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Summary = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=SUMMARY_MAX)]
Keyword = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=80)]


class Record(BaseModel):
    """A data record: unknown fields are mistakes, never silently ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Action(Record):
    """One small, safe thing the reader can try, and the step it belongs to."""

    text: Text
    step: Slug


class Entry(Record):
    """What every sign, effect and step has in common."""

    kind: ClassVar[str]
    slug: Slug = Field(description="The page's permanent address, e.g. signs/<slug>/. Lowercase words joined by hyphens.")
    title: Text = Field(description="Short, concrete title in our own words.")
    summary: Summary = Field(description="One sentence, at most 160 characters: the page's description and card text.")
    content_note: Text | None = Field(
        default=None,
        description="Optional gentle line shown at the top where the entry touches on abuse; it links to help.",
    )
    keywords: list[Keyword] = Field(
        min_length=1, description="Everyday phrases a reader might type when looking for this page."
    )
    reviewed: datetime.date = Field(description="When the entry was last reviewed (YYYY-MM-DD).")

    @property
    def next_review(self) -> datetime.date:
        """One year after the last review (28 February when the review fell on 29 February)."""
        try:
            return self.reviewed.replace(year=self.reviewed.year + 1)
        except ValueError:
            return self.reviewed.replace(year=self.reviewed.year + 1, day=28)


class Sign(Entry):
    """A quiet sign of emotional neglect."""

    kind: ClassVar[str] = "signs"
    looks_like: list[Text] = Field(min_length=2, max_length=4, description="Two to four everyday moments.")
    why_it_matters: Text = Field(description="A short paragraph on how it wears away closeness.")
    try_this: list[Action] = Field(min_length=1, max_length=3, description="One to three small, safe actions.")
    effects: list[Slug] = Field(min_length=1, description="Slugs of the effects this sign can lead to.")
    steps: list[Slug] = Field(min_length=1, description="Slugs of the steps that answer this sign.")


class Effect(Entry):
    """A ripple effect of neglect on the reader."""

    kind: ClassVar[str] = "effects"
    feels_like: list[Text] = Field(min_length=2, max_length=4, description="Two to four ways it can feel day to day.")
    why_it_happens: Text = Field(description="A short paragraph: why this is a common response, not a failing.")
    try_this: list[Action] = Field(min_length=1, max_length=3, description="One to three small, safe actions.")
    steps: list[Slug] = Field(min_length=1, description="Slugs of the steps that help with this effect.")


class Step(Entry):
    """A step toward repair."""

    kind: ClassVar[str] = "steps"
    why_it_helps: Text = Field(description="A short paragraph on why this step helps.")
    how_to: list[Text] = Field(min_length=2, max_length=4, description="Two to four concrete, doable actions.")
    you_could_say: list[Text] = Field(default=[], max_length=3, description="Optional example words to use.")


class SectionText(Record):
    """Labels for one section of the guide (signs, effects or steps)."""

    name: Text = Field(description="The section's name, as in navigation.")
    one: Text = Field(description="What one entry is called, e.g. 'Sign'.")
    position: Text = Field(description="Position line, with {n} and {total}, e.g. 'Sign {n} of {total}'.")
    headings: dict[str, Text] = Field(description="Headings of an entry page, by part.")


class NotFoundText(Record):
    """The page a reader meets at an address that does not exist."""

    title: Text
    text: Text
    help: Text
    home: Text


class FooterLinks(Record):
    help: Text
    safety: Text
    about: Text


class QuickExitText(Record):
    region: Text = Field(description="Accessible name of the quick exit area.")
    label: Text = Field(description="The quick exit button's words.")
    safety: Text = Field(description="The link beside it, to /browsing-safety/.")


class HelpText(Record):
    danger_title: Text
    danger_text: Text
    lines_title: Text
    website: Text


class NoResultsText(Record):
    """What search shows when nothing matches: a kind line and two ways on."""

    title: Text
    text: Text
    signs: Text = Field(description="The link to /signs/.")
    help: Text = Field(description="The link to /get-help/.")


class SearchText(Record):
    said_as: Text = Field(description="Heading of an entry's keywords, e.g. 'Other ways people say it'.")
    no_results: NoResultsText


class UiText(Record):
    """Every label of ours that a reader sees, so that a second language is a parallel file."""

    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2}(?:-[A-Z]{2})?$")]
    months: list[Text] = Field(min_length=12, max_length=12)
    date_format: Text = Field(description="With {day}, {month} and {year}.")
    content_note: Text
    content_note_link: Text
    last_reviewed: Text = Field(description="With {reviewed} and {next_review}.")
    previous: Text
    next: Text
    in_section: Text = Field(description="Label of the section link above the title, with {section}.")
    pager: Text = Field(description="Name of the previous/next navigation, with {section}.")
    skip: Text = Field(description="The skip link's words, on pages the theme gives none.")
    not_found: NotFoundText
    education: Text = Field(description="Said once on every page: education, not diagnosis.")
    footer_links: FooterLinks
    quick_exit: QuickExitText
    help: HelpText
    search: SearchText
    signs: SectionText
    effects: SectionText
    steps: SectionText

    def section(self, kind: str) -> SectionText:
        return getattr(self, kind)

    def format_date(self, date: datetime.date) -> str:
        return self.date_format.format(day=date.day, month=self.months[date.month - 1], year=date.year)


SEARCH_WORD_PATTERN = r"^\w+$"
SearchWord = Annotated[str, StringConstraints(strip_whitespace=True, to_lower=True, pattern=SEARCH_WORD_PATTERN)]


class SearchWords(Record):
    """How search reads this edition's language (data/search.yml): words it skips, words it treats as one."""

    skip_words: list[SearchWord] = Field(
        min_length=1,
        description="Words too common to tell pages apart; search ignores them in pages and in what readers type.",
    )
    same_words: list[Annotated[list[SearchWord], Field(min_length=2)]] = Field(
        default=[],
        description="Groups of words readers type for the same thing (spellings, typos, irregular forms); "
        "a keyword holding one of them is also found by the others.",
    )


ENTRY_MODELS: dict[str, type[Entry]] = {"signs": Sign, "effects": Effect, "steps": Step}
