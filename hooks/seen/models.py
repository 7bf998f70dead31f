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
    aliases: list[Slug] = Field(
        default=[],
        description="Old slugs of this entry. When you rename a slug, add the old one here: its address keeps working.",
    )
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


class ShareText(Record):
    """The share button, and what a shared link shows."""

    button: Text = Field(description="The share button's words.")
    link: Text = Field(description="Before the page's address, shown plainly under the button.")
    copied: Text = Field(description="Announced when the link was copied.")
    not_copied: Text = Field(description="Announced when copying did not work.")
    neutral: Text = Field(description="The one line every preview shows when previews.discreet is on.")
    card_alt: Text = Field(description="Text alternative of a preview card, with {title} and {site}.")


class MovedText(Record):
    """The page left at an entry's old address (an alias), which sends the reader on."""

    title: Text
    text: Text


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
    share: ShareText
    moved: MovedText
    signs: SectionText
    effects: SectionText
    steps: SectionText

    def section(self, kind: str) -> SectionText:
        return getattr(self, kind)

    def format_date(self, date: datetime.date) -> str:
        return self.date_format.format(day=date.day, month=self.months[date.month - 1], year=date.year)


ENTRY_MODELS: dict[str, type[Entry]] = {"signs": Sign, "effects": Effect, "steps": Step}
