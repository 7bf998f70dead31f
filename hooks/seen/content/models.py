"""Typed records for the guide's data files: what a sign, an effect and a step must hold."""

from __future__ import annotations

import datetime
import re
from typing import Annotated, ClassVar

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints, model_validator

from seen.content.labels import fill
from seen.content.rules import KEYWORD_MAX, TEXT_MAX, TITLE_MAX, each_once, visible_text, words

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
QUESTION_PATTERN = r"\?$"
# A BCP 47 language tag as the guide uses them: a language (en, es, pt), a script (zh-Hant) and/or a
# territory (es-MX, pt-BR, es-419). ui.yml's `language` is written in the standard case (pt-BR).
LANGUAGE_PATTERN = r"^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|[0-9]{3}))?$"
# An edition, in `languages`: the same tag in any case (pt-br is read as pt-BR); its folders are
# data/<code>/ and docs/<code>/ (data/pt-BR/), its address /<code in lowercase>/ (/pt-br/).
LANGUAGE_CODE_PATTERN = r"^[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?$"


def standard_case(code: str) -> str:
    """A language tag in BCP 47's usual case: pt-br -> pt-BR, ZH-HANT -> zh-Hant, es-419 -> es-419."""
    language, *rest = code.split("-")
    parts = [language.lower()]
    for part in rest:
        parts.append(part.title() if len(part) == 4 else part.upper())
    return "-".join(parts)


# An icon set folder (one or two levels, e.g. "material" or "fontawesome/regular"), then a file name.
ICON_PATTERN = r"^[a-z]+(?:/[a-z]+)?/[a-z0-9]+(?:-[a-z0-9]+)*$"
SUMMARY_MAX = 160

Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN)]
IconName = Annotated[str, StringConstraints(pattern=ICON_PATTERN)]
# Every text must show something (no zero-width or braille-blank "titles") and has a length cap.
Text = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=TEXT_MAX), AfterValidator(visible_text)
]
Title = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=TITLE_MAX), AfterValidator(visible_text)
]
Summary = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=SUMMARY_MAX), AfterValidator(visible_text)
]
Question = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=SUMMARY_MAX, pattern=QUESTION_PATTERN),
    AfterValidator(words),
]
Keyword = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=KEYWORD_MAX), AfterValidator(visible_text)
]
# Cross-references: each slug once.
Slugs = Annotated[list[Slug], AfterValidator(each_once)]


class Record(BaseModel):
    """A data record: unknown fields are mistakes, never silently ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True)


PARTNER_MARK = (
    "true when the action means saying or asking something of the partner: the page then adds the safety line "
    "(only if it feels safe, and where to get help). false records that someone checked an action whose words "
    "sound partner-facing (data/safety.yml) and found it is not."
)


class Action(Record):
    """One small, safe thing the reader can try, and the step it belongs to."""

    text: Text
    step: Slug
    partner: bool | None = Field(default=None, description=PARTNER_MARK)


class HowTo(Record):
    """One concrete action of a step; written as plain text when it does not involve the partner."""

    text: Text
    partner: bool | None = Field(default=None, description=PARTNER_MARK)


def _how_to(value: object) -> object:
    return {"text": value} if isinstance(value, str) else value


HowToItem = Annotated[HowTo, BeforeValidator(_how_to, json_schema_input_type=Text | HowTo)]


class Entry(Record):
    """What every sign, effect and step has in common."""

    kind: ClassVar[str]
    slug: Slug = Field(
        description="The page's permanent address, e.g. signs/<slug>/. Lowercase words joined by hyphens."
    )
    icon: IconName = Field(
        description="A calm picture for the entry, from the icon sets that ship with mkdocs-material, e.g. "
        '"material/volume-off" (browse material/templates/.icons/). Decorative: screen readers skip it.'
    )
    aliases: Slugs = Field(
        default=[],
        description="Old slugs of this entry. When you rename a slug, add the old one here: its address keeps working.",
    )
    title: Title = Field(description=f"Short, concrete title in our own words (at most {TITLE_MAX} characters).")
    summary: Summary = Field(description="One sentence, at most 160 characters: the page's description and card text.")
    content_note: Text | None = Field(
        default=None,
        description="A gentle line shown at the top where the entry touches on humiliation, fear of the partner, "
        "control or deep self-blame (see CONTENT.md); the page adds the link to help after it.",
    )
    crisis_help: bool = Field(
        default=False,
        description="true on pages about low mood, numbness or worthlessness: the page shows a direct line for "
        "thoughts of suicide or self-harm, with the edition's crisis lines (help lines with topic: crisis).",
    )
    keywords: list[Keyword] = Field(
        min_length=1, description="Everyday phrases a reader might type when looking for this page."
    )
    reviewed: datetime.date = Field(
        description="When the entry was last reviewed (YYYY-MM-DD): not in the future, and within the last "
        "5 years (the build stops on an older date, so the entry is checked again)."
    )

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
    question: Question = Field(
        description="The sign as one plain question to the reader, for the private check-in: 'Do you often feel ...?'"
    )
    looks_like: list[Text] = Field(min_length=2, max_length=4, description="Two to four everyday moments.")
    why_it_matters: Text = Field(description="A short paragraph on how it wears away closeness.")
    try_this: list[Action] = Field(min_length=1, max_length=3, description="One to three small, safe actions.")
    effects: Slugs = Field(min_length=1, description="Slugs of the effects this sign can lead to, each once.")
    steps: Slugs = Field(min_length=1, description="Slugs of the steps that answer this sign, each once.")


class Effect(Entry):
    """A ripple effect of neglect on the reader."""

    kind: ClassVar[str] = "effects"
    feels_like: list[Text] = Field(min_length=2, max_length=4, description="Two to four ways it can feel day to day.")
    why_it_happens: Text = Field(description="A short paragraph: why this is a common response, not a failing.")
    try_this: list[Action] = Field(min_length=1, max_length=3, description="One to three small, safe actions.")
    steps: Slugs = Field(min_length=1, description="Slugs of the steps that help with this effect, each once.")
    standalone: bool = Field(
        default=False,
        description="True when no sign leads here on purpose; otherwise at least one sign must list this effect.",
    )


class Step(Entry):
    """A step toward repair."""

    kind: ClassVar[str] = "steps"
    why_it_helps: Text = Field(description="A short paragraph on why this step helps.")
    how_to: list[HowToItem] = Field(
        min_length=2,
        max_length=4,
        description="Two to four concrete, doable actions: plain text, or {text: ..., partner: true} for one that "
        "means saying or asking something of the partner.",
    )
    you_could_say: list[Text] = Field(
        default=[],
        max_length=3,
        description="Optional example words to say to the partner; the section always carries the safety line.",
    )
    standalone: bool = Field(
        default=False,
        description="True when no sign leads here on purpose; otherwise at least one sign must list this step.",
    )


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


class TalkToUsText(Record):
    title: Text = Field(description="With {name}, the practice's name.")
    text: Text
    call: Text
    email: Text
    book: Text
    hours: Text


class HelpText(Record):
    danger_title: Text
    danger_text: Text
    lines_title: Text
    website: Text
    more: Text = Field(description="The link to the full list on the help page.")
    practice: Text = Field(description="Heading of the practice's own contact on the handout.")


class CheckInText(Record):
    """The private check-in at /check-in/: one question per sign, ticked on the reader's own phone."""

    title: Text = Field(description="The page's title and heading.")
    description: Text = Field(description="The page's description in previews and search results.")
    lead: Text = Field(description="What the page is, in one or two sentences.")
    private: Text = Field(description="What happens to the answers: nothing leaves the page.")
    keywords: list[Keyword] = Field(
        default=[], description="Everyday phrases a reader might type when looking for this page (search only)."
    )
    legend: Text = Field(description="The question the ticks answer, above the list.")
    no_script: Text = Field(description="Shown only without JavaScript, when ticking shows nothing.")
    clear: Text = Field(description="The button that clears every tick.")
    status_one: Text = Field(description="Announced when one question is ticked.")
    status_many: Text = Field(description="Announced when more are ticked, with {count}.")
    status_support: Text = Field(description="Added to the announcement when the support note shows.")
    status_cleared: Text = Field(description="Announced when the answers are cleared.")
    results: Text = Field(description="Heading above what the ticks connect to.")
    not_a_diagnosis: Text = Field(description="The gentle note that noticing is a start, not a diagnosis.")
    signs: Text = Field(description="Heading of the ticked signs.")
    effects: Text = Field(description="Heading of the effects they connect to.")
    steps: Text = Field(description="Heading of the steps they connect to.")
    support: Text = Field(description="The gentle pointer to support when several questions are ticked.")
    support_help: Text = Field(description="Its link to the help page.")


class PrintText(Record):
    """What only a printed page shows: where to find it again."""

    address: Text = Field(description="Before the page's own address at the foot of a printed page.")
    qr: Text = Field(description="What the QR code holds, for assistive technology.")


class HandoutText(Record):
    """The two-sided handout at /handout/."""

    title: Text
    description: Text
    keywords: list[Keyword] = Field(
        default=[], description="Everyday phrases a reader might type when looking for this page (search only)."
    )
    screen_note: Text = Field(description="Shown on screen only: how to print it.")
    intro: Text
    guide: Text = Field(description="Before the guide's address, beside its QR code.")
    qr: Text = Field(description="What the QR code holds, for assistive technology.")


class MapText(Record):
    """The words around the map of the guide (its sections use the sections' names and headings)."""

    key_effects: Text = Field(description="Key: the links in a box that lead down to effects.")
    key_steps: Text = Field(description="Key: the links in a box that lead down to steps.")
    key_open: Text = Field(description="Key: how to open a page, and how to follow a link down the map.")
    from_entry: Text = Field(description="Link on each entry's page to its place on the map.")


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


class NoResultsText(Record):
    """What search shows when nothing matches: a kind line and two ways on."""

    title: Text
    text: Text
    signs: Text = Field(description="The link to /signs/.")
    help: Text = Field(description="The link to /get-help/.")
    closest: Text = Field(description="Above the pages closest to the typed words, when nothing matched.")


class SearchText(Record):
    no_results: NoResultsText


class PartnerSafetyText(Record):
    """The one safety line for actions that speak to the partner: once before each list that holds
    marked actions (each marked action starts with `label`), and under 'Words you could use'."""

    label: Text = Field(
        description="The short tag on each marked action, and before the line, e.g. 'With your partner'."
    )
    text: Text = Field(description="E.g. 'Only if it feels safe.'")
    help: Text = Field(
        description="The link to /get-help/, e.g. 'If you are afraid of how your partner may react, get help first.'"
    )


class CrisisText(Record):
    """The direct line on pages about low mood, numbness or worthlessness (entries with crisis_help: true)."""

    title: Text = Field(description="Its heading.")
    text: Text = Field(description="What to do now, before the crisis lines of the edition.")
    emergency: Text = Field(description="Before the emergency numbers: in danger right now.")
    more: Text = Field(description="The link to /get-help/.")


class UiText(Record):
    """Every label of ours that a reader sees, so that a second language is a parallel file."""

    language: Annotated[str, StringConstraints(pattern=LANGUAGE_PATTERN)]
    months: list[Text] = Field(min_length=12, max_length=12)
    date_format: Text = Field(description="With {day}, {month} and {year}.")
    content_note: Text = Field(description="Title of a content note.")
    content_note_link: Text = Field(description="The link to /get-help/ that ends every content note.")
    partner_safety: PartnerSafetyText
    crisis: CrisisText
    last_reviewed: Text = Field(description="With {reviewed} and {next_review}.")
    previous: Text
    next: Text
    in_section: Text = Field(description="Label of the section link above the title, with {section}.")
    pager: Text = Field(description="Name of the previous/next navigation, with {section}.")
    skip: Text = Field(description="The skip link's words, on pages the theme gives none.")
    permalink: Text = Field(description="Title of the link after a heading that templates write.")
    not_found: NotFoundText
    education: Text = Field(description="Said once on every page: education, not diagnosis.")
    credit: Text = Field(
        description="The footer's credit to the original guide (its licence, CC BY 4.0, asks for one); "
        "shown only when a practice publishes the guide under its own name."
    )
    website_link: Text = Field(
        default="Back to {name}",
        description="The link back to the practice's own website (practice.yml: website), with {name}.",
    )
    footer_links: FooterLinks
    quick_exit: QuickExitText
    help: HelpText
    talk_to_us: TalkToUsText
    check_in: CheckInText
    print: PrintText
    handout: HandoutText
    map: MapText
    share: ShareText
    moved: MovedText
    search: SearchText
    nav_titles: dict[str, Text] = Field(
        default={},
        description="Another language's titles for mkdocs.yml's nav, by page (e.g. signs/index.md: Las 13 señales). "
        "The English titles are in mkdocs.yml.",
    )
    site_description: Text | None = Field(
        default=None,
        description="The guide in one sentence, where a page has no description of its own (the 404 page); "
        "English: mkdocs.yml's site_description.",
    )
    dark_mode: Text | None = Field(
        default=None, description="The colour switch's name in light mode; English: mkdocs.yml's palette toggle name."
    )
    light_mode: Text | None = Field(default=None, description="The colour switch's name in dark mode.")
    copyright: Text | None = Field(
        default=None, description="The footer's licence line; English: mkdocs.yml's copyright."
    )
    language_switch: Text = Field(
        default="Language", description="What the language switcher is called for screen readers."
    )
    language_name: Text = Field(
        description="This language's name in itself, as the language switch offers it (English, Español, Français)."
    )
    menu: Text = Field(
        default="Menu", description="The name of the menu button that opens the page list on a phone-width screen."
    )
    signs: SectionText
    effects: SectionText
    steps: SectionText

    def section(self, kind: str) -> SectionText:
        return getattr(self, kind)

    def format_date(self, date: datetime.date) -> str:
        return fill(self.date_format, day=date.day, month=self.months[date.month - 1], year=date.year)


SEARCH_WORD_PATTERN = r"^\w+$"
SearchWord = Annotated[str, StringConstraints(strip_whitespace=True, to_lower=True, pattern=SEARCH_WORD_PATTERN)]


# A danger phrase: words in order, with a space where up to `gap` other words may stand between,
# and a "+" where the next word must follow at once. A word may offer choices ("hit|hits") and may
# end in "*" for any word that starts so ("threat*": threat, threatens, threatened). "@name" stands
# for every word of the family `name` (DangerWords.families), so one list of words serves many phrases.
_DANGER_WORD = r"[^\W_]+\*?"
_DANGER_CHOICE = rf"(?:{_DANGER_WORD}|@[a-z_]+)"
_DANGER_SLOT = rf"{_DANGER_CHOICE}(?:\|{_DANGER_CHOICE})*"
_DANGER_GROUP = rf"{_DANGER_SLOT}(?:\+{_DANGER_SLOT})*"
DANGER_PHRASE_PATTERN = rf"^{_DANGER_GROUP}(?: {_DANGER_GROUP})*$"
DANGER_WORD_PATTERN = rf"^{_DANGER_WORD}$"
DangerPhrase = Annotated[str, StringConstraints(strip_whitespace=True, to_lower=True, pattern=DANGER_PHRASE_PATTERN)]
# An ordinary phrase may end in " ~" and words ("~asleep|slept|@myself"): harm it must not silence. In a query
# that also has one of them, outside the phrase, the phrase takes no words from the danger phrases ("nobody is
# hurting me just myself"). Checked when the data is read, like the rest.
ORDINARY_PHRASE_PATTERN = rf"^{_DANGER_GROUP}(?: {_DANGER_GROUP})*(?: ~{_DANGER_SLOT})?$"
OrdinaryPhrase = Annotated[
    str, StringConstraints(strip_whitespace=True, to_lower=True, pattern=ORDINARY_PHRASE_PATTERN)
]
DangerWord = Annotated[str, StringConstraints(strip_whitespace=True, to_lower=True, pattern=DANGER_WORD_PATTERN)]
FamilyName = Annotated[str, StringConstraints(pattern=r"^[a-z_]+$")]
# Letters that sound alike, then the letters both are read as ("v", "b"; "h", "" for a silent h).
SPELLING_PATTERN = r"^[^\W\d_]{0,3}$"
Spelling = Annotated[str, StringConstraints(strip_whitespace=True, to_lower=True, pattern=SPELLING_PATTERN)]


# A learned word feature: a word, two words side by side ("held_down"), or a word's first five letters
# and "*" ("stran*"), as seen.search.learned.features reads what is typed.
_FEATURE = r"[^\W_]+(?:_[^\W_]+|\*)?"
LearnedFeature = Annotated[str, StringConstraints(pattern=rf"^{_FEATURE}$")]
# The danger words may also learn the phrases' word families: "@hurt" for a word of the family `hurt`.
DangerFeature = Annotated[str, StringConstraints(pattern=rf"^(?:{_FEATURE}|@[a-z_]+)$")]


class LearnedWords(Record):
    """How much each word, pair of words and word start weighs toward danger, learned from the danger and
    ordinary queries of every query set (written by `bench/danger_words.py --write`, never by hand):
    a second reading beside the phrases. The card shows when `bias` plus the weights of a query's
    features is above `cut`."""

    bias: float = Field(ge=-50, le=50, description="Where every query starts.")
    cut: float = Field(ge=-50, le=50, description="The card shows above this sum.")
    weights: dict[DangerFeature, Annotated[float, Field(ge=-50, le=50)]] = Field(
        min_length=1,
        description='Feature -> weight: "pills" 2.1, "held_down" 1.7, "stran*" 1.2, "the_dishes" -1.4, "@hurt" 4.5 '
        "(a word of search.yml's family `hurt`).",
    )


# A word that names someone, or "@name" for every word of a family (DangerWords.families).
NamedWord = Annotated[str, StringConstraints(strip_whitespace=True, to_lower=True, pattern=r"^(?:\w+|@[a-z_]+)$")]


class LonePhrases(Record):
    """A danger phrase of one word alone ("knife", "police", "injury") says harm to the reader when the query is
    about someone: a knife in a story about a partner is danger, a knife in a recipe is not. In a query that names
    no one (no word of `named`, none ending as `endings` say) and has more than `short` words, such a phrase does
    not decide alone: it counts as a phrase does under a laugh, and the learned weights need only come within
    `margin` of their cut. Without learned weights it decides as any phrase."""

    named: list[NamedWord] = Field(
        min_length=1,
        description='Words that name someone: the reader, the partner, a child, kin ("me", "he", "@partner"). '
        'A typed word counts as typed, not as `read_as` also reads it (the article "la" is read "me").',
    )
    endings: list[SearchWord] = Field(
        default=[],
        description='Word endings that name someone, for a language that marks the person on the verb ("me", '
        '"nos", "mos": "acosandome", "discutimos"); they count on a word at least two letters longer.',
    )
    short: int = Field(
        default=3,
        ge=0,
        le=10,
        description="A query of at most this many words (fillers aside) counts as about someone: a reader in "
        'danger may type only "knife in his hand" or "gun".',
    )
    margin: float = Field(
        default=1.5,
        ge=0,
        description="How far below their cut the learned weights may stay and still show the card when such a "
        "phrase matched in a query that names no one.",
    )


# A page of the guide as the query sets name it: its address from the edition's root ("/signs/gaslighting/").
PageAddress = Annotated[str, StringConstraints(pattern=r"^/(?:[a-z0-9-]+/)*$")]


class PageWords(Record):
    """How much each word, pair of words and word start weighs toward each page, learned from the reader
    queries of every query set (written by `bench/page_words.py --write`, never by hand): search lifts
    the page the weights find likeliest (seen.search.page_words)."""

    sure: float = Field(ge=0, le=1, description="A page is lifted when its learned chance is at least this.")
    scale: int = Field(ge=1, le=100, description="A lifted page's token is boosted by this times its chance.")
    pages: int = Field(ge=1, le=5, description="How many of the likeliest pages may be lifted.")
    apart: int = Field(
        default=1,
        ge=1,
        le=3,
        description='Two words count as a pair ("cut_off") up to this far apart: 1, side by side; 2, one word between.',
    )
    bias: dict[PageAddress, Annotated[float, Field(ge=-50, le=50)]] = Field(
        min_length=1, description="Page -> where its sum starts."
    )
    weights: dict[LearnedFeature, dict[PageAddress, Annotated[float, Field(ge=-50, le=50)]]] = Field(
        min_length=1, description='Feature -> {page: weight}: "gaslight*" {"/signs/gaslighting/": 2.1}.'
    )

    @model_validator(mode="after")
    def _pages_have_a_bias(self) -> PageWords:
        for feature, row in self.weights.items():
            for page in row:
                if page not in self.bias:
                    raise ValueError(f'weights "{feature}": page "{page}" has no bias (expected one of `bias`)')
        return self


class DangerWords(Record):
    """When what a reader types reads as danger or crisis, search shows the urgent-help card first."""

    gap: int = Field(default=3, ge=0, le=5, description="How many other words may stand where a phrase has a space.")
    families: dict[FamilyName, Annotated[list[DangerWord], Field(min_length=1)]] = Field(
        default={},
        description='Word families named once and used in phrases as "@name": "hurt: [hit*, punch*, slap*]" '
        'lets "@hurt+me" find "he punched me". A family holds words (with "*" if wanted), not other families.',
    )
    unless_after: list[SearchWord] = Field(
        default=[],
        description='Words that undo a phrase starting right after them: with "never", "he never hit me" does not '
        'show the card, while "he hit me" and "he never stops hitting me" do.',
    )
    phrases: list[DangerPhrase] = Field(
        min_length=1,
        description='Phrases that mean danger: "hit*+me" (hit, hits, hitting, then at once "me"), '
        '"afraid|scared home" (then "home", with up to `gap` words between), "@hurt+me" (any word of the '
        "family hurt, then me). A word of 6 letters or more also matches a typo of one letter, a shorter one "
        "the slips of a thumb (two letters swapped, one doubled or dropped, a key beside); accents are ignored.",
    )
    ordinary: list[OrdinaryPhrase] = Field(
        default=[],
        description='Phrases, written like `phrases`, in which danger words mean something else: "hit+a+wall|limit", '
        '"golpe+de+realidad|suerte". Words an ordinary phrase matches count toward no danger phrase, so a broad '
        'danger word can be used without raising the card for its everyday sense. A phrase may end in " ~" and '
        'words it must not silence ("cut+my+hair ~asleep|slept"): in a query that also has one of them, outside '
        "the phrase, the danger phrases read its words again (the learned weights still weigh them only against "
        "danger).",
    )
    fillers: list[SearchWord] = Field(
        default=[],
        description='Words readers put anywhere without changing what they say ("like", "literally", "tipo"): '
        'up to two may stand between the words of a phrase joined by "+", and they do not count toward `gap`.',
    )
    read_as: dict[SearchWord, Annotated[list[SearchWord], Field(min_length=1)]] = Field(
        default={},
        description='A typed word the phrases also read as other words: "u: [you]", "too: [to]" (texting, voice '
        'typing), "her: [me]" (a phrase written once in the first person also reads a friend\'s story).',
    )
    sounds: list[Annotated[list[Spelling], Field(min_length=2, max_length=2)]] = Field(
        default=[],
        description='Letters written for the same sound, then the letters both are read as: with "[v, b]" and '
        '"[ll, y]", "baso" finds "vaso" and "cueyo" "cuello". Applied in order to typed words and to the '
        "phrases' words alike (a word also matches as written); \"[h, '']\" drops a silent h.",
    )

    laughs: list[DangerWord] = Field(
        default=[],
        description='Words of a laugh ("lol", "jaja*"): a query with one is read by the learned word weights '
        "alone, not by the phrases. A laugh turns many a threat into a figure of speech (\"she'll kill me if I "
        'forget the bins lol"), while a reader who laughs off real harm still names it ("he choked me lol"), '
        "and the learned weights know those words. Without learned weights, a laugh changes nothing.",
    )
    laugh_margin: float = Field(
        default=0.0,
        ge=0,
        description="With a laugh, a phrase that matches still counts: the learned weights then need only come "
        "within this much of their cut to show the card (0: a laugh leaves the query to the learned weights "
        'alone). Harm laughed off ("he threw his phone at me lol") may weigh a little short of the cut; a '
        "miss costs a reader in danger more than a false alarm costs anyone.",
    )
    apart_with: list[DangerWord] = Field(
        default=[],
        description='Short words a reader in a hurry runs into the next without a space ("hitme", "mepega", '
        '"hesgotaknife"). A query that shows no card is read again with each word the reading does not know set '
        "apart into two to six words it does know, when one of them is one of these; a word it knows stays whole "
        '("therapist"). Empty: no word is read apart.',
    )
    apart_first: bool = Field(
        default=False,
        description='Whether a word of `apart_with` counts only at the start of a word run together ("mepega"), '
        'for a language that writes those words joined after some verbs as a matter of course ("quejarme", '
        '"sentirnos").',
    )
    held_short: list[DangerWord] = Field(
        default=[],
        description='Short words a shaking hand types with a letter doubled ("hhe", "mee", "hiim"): a word of four '
        "letters or fewer the reading does not know is read as one of these when each doubled letter typed once "
        'makes it. (A letter three times in a row, "heeelp", or doubled at the end of a longer word, "ayudaa", is '
        "read as the known word it was meant to be without a list.) Empty: a short word is read as typed.",
    )
    alone: list[DangerWord] = Field(
        default=[],
        description='Words of fear that show the card when the query says nothing else ("scared", "im so scared", '
        '"tengo miedo"): each other word is a filler or a word of `alone_with`. A reader in danger may type no more. '
        'Next to other words they decide nothing, and the phrases and learned weights read the query ("scared he '
        'will leave me" is not danger). A word of 6 letters or more also matches a typo of one letter.',
    )
    alone_with: list[DangerWord] = Field(
        default=[],
        description='Words that may stand beside a word of `alone` without making it say something else: "i", '
        '"im", "feel" ("i feel so scared"), "tengo", "mucho" ("tengo mucho miedo"). Read as typed, without typos.',
    )
    lone: LonePhrases | None = Field(
        default=None,
        description="When a phrase of one word alone decides: only in a query about someone (see LonePhrases). "
        "Without it, such a phrase decides wherever it matches.",
    )
    learned: LearnedWords | None = Field(
        default=None,
        description="Not written here: read from danger-words.yml beside this file (learned word weights), if there.",
    )

    @model_validator(mode="after")
    def _families_are_defined(self) -> DangerWords:
        for phrase in self.ordinary:
            words, _, guard = phrase.partition(" ~")
            own = {choice for choice in re.split(r"[ +|]", words) if not choice.startswith("@")}
            if own & set(guard.split("|")):
                twice = ", ".join(sorted(own & set(guard.split("|"))))
                raise ValueError(
                    f'words after "~" that the ordinary phrase does not also use; found "{twice}" in "{phrase}"'
                )
        places = [(phrase, f'the phrase "{phrase}"') for phrase in [*self.phrases, *self.ordinary]]
        places += [(word, "`lone.named`") for word in (self.lone.named if self.lone else [])]
        for text, place in places:
            for name in re.findall(r"@([a-z_]+)", text):
                if name not in self.families:
                    known = ", ".join(sorted(self.families)) or "none"
                    raise ValueError(f'a word family named in `families` ({known}); found "@{name}" in {place}')
        for word, others in self.read_as.items():
            if word in others:
                raise ValueError(f'`read_as` words other than the word itself; found "{word}" read as "{word}"')
        for heard, meant in self.sounds:
            if not heard or heard == meant:
                raise ValueError(f'`sounds` pairs of letters, then other letters; found "{heard}" and "{meant}"')
        return self


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
    danger: DangerWords = Field(description="What makes search show the urgent-help card above the results.")
    page_words: PageWords | None = Field(
        default=None,
        description="Not written here: read from page-words.yml beside this file (learned page words), if there.",
    )


Cue = Annotated[str, StringConstraints(strip_whitespace=True, to_lower=True, min_length=2, max_length=40)]


class PartnerCues(Record):
    """Words that show an action speaks to the partner (data/safety.yml, one list per language)."""

    partner_cues: list[Cue] = Field(
        min_length=1,
        description="Words or short phrases (matched as whole words, any case) that show an action means saying or "
        "asking something of the partner. An action with one of them needs partner: true, or partner: false "
        "once someone has checked it is a false alarm.",
    )


ENTRY_MODELS: dict[str, type[Entry]] = {"signs": Sign, "effects": Effect, "steps": Step}
