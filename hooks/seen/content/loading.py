"""Read the guide's YAML files and turn every mistake into one line an editor can act on."""

from __future__ import annotations

import datetime
import difflib
import hashlib
import io
import os
import pickle
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from seen.content.colours import unreadable
from seen.content.labels import label_problems
from seen.content.models import (
    DANGER_PHRASE_PATTERN,
    DANGER_WORD_PATTERN,
    ENTRY_MODELS,
    ICON_PATTERN,
    LANGUAGE_CODE_PATTERN,
    LANGUAGE_PATTERN,
    ORDINARY_PHRASE_PATTERN,
    QUESTION_PATTERN,
    SEARCH_WORD_PATTERN,
    SLUG_PATTERN,
    SPELLING_PATTERN,
    Entry,
    LearnedWords,
    PageWords,
    PartnerCues,
    SearchWords,
    UiText,
)
from seen.content.practice import (
    EMAIL,
    HEX_COLOUR,
    HTTPS_URL,
    PHONE_NUMBER,
    PROJECT_PATH,
    SITE_URL,
    WEB_URL,
    GuideHelpLines,
    HelpLines,
    Practice,
)
from seen.content.rules import brand_file_problem, shown
from seen.content.yaml_words import MAX_FILE_BYTES, explain, too_big, undecodable, unquoted_colour

# What each pattern means, in an editor's words.
PATTERN_WORDS = {
    SLUG_PATTERN: 'lowercase words joined by hyphens, like "silent-treatment"',
    QUESTION_PATTERN: 'a question that ends with "?"',
    LANGUAGE_PATTERN: 'a language code like "en", "es-MX" or "pt-BR"',
    LANGUAGE_CODE_PATTERN: 'a language code like "en", "fr" or "pt-BR" (a language, then a script or territory)',
    HEX_COLOUR: 'a colour written as # and six hex digits, like "#1d5f5b"',
    PHONE_NUMBER: 'a phone number of 3 to 15 digits, optionally starting with +, like "+18007997233"',
    EMAIL: 'an email address like "hello@example.com"',
    WEB_URL: 'a web address starting with https:// or http://, like "https://example.com/book"',
    PROJECT_PATH: 'a path to an .svg or .png file inside the project folder, like "docs/assets/logo.svg"',
    SITE_URL: 'the guide\'s full address starting with https://, like "https://example.org/resources/guide/"',
    HTTPS_URL: 'the service\'s own web page starting with https://, like "https://www.thehotline.org"',
    DANGER_PHRASE_PATTERN: 'words with single spaces, "+" or "|" between them and "*" only at a word\'s end, like "hit*+me" '
    'or "@hurt+me"',
    ORDINARY_PHRASE_PATTERN: 'a phrase written like a danger phrase, then at most once " ~" and words joined by "|", '
    'like "cut+my+hair ~asleep|slept"',
    DANGER_WORD_PATTERN: 'one word, with "*" only at its end, like "punch*"',
    SPELLING_PATTERN: 'at most three letters, like "ll"',
}


class GuideDataError(Exception):
    """A mistake in a data file, described in one line: file, entry, field, expected, found."""


class _StrictRules:
    """Without silently repeated keys, and with impossible dates kept as text."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f'expected each field once, found "{key}" twice in the same entry', key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)

    def construct_yaml_timestamp(self, node: yaml.ScalarNode) -> Any:
        """An impossible date (2026-13-01) stays text, so validation can name its entry and field."""
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError:
            return self.construct_scalar(node)


class _StrictLoader(_StrictRules, yaml.SafeLoader):
    """Safe YAML without aliases (no alias bombs) and without silently repeated keys."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(
                None,
                None,
                "expected plain values, found an alias (*name); anchors and aliases are not allowed",
                event.start_mark,
            )
        return super().compose_node(parent, index)


_StrictLoader.add_constructor("tag:yaml.org,2002:timestamp", _StrictLoader.construct_yaml_timestamp)

# The same rules on libyaml's parser, about ten times faster (the data is read at every build and
# every `mkdocs serve` rebuild). It only reads files with nothing to refuse: anything else is read
# again by _StrictLoader, whose messages the tests know.
_FastStrictLoader = (
    type("_FastStrictLoader", (_StrictRules, yaml.CSafeLoader), {}) if hasattr(yaml, "CSafeLoader") else None
)
if _FastStrictLoader is not None:
    _FastStrictLoader.add_constructor("tag:yaml.org,2002:timestamp", _FastStrictLoader.construct_yaml_timestamp)


def _load_fast(text: str) -> tuple[bool, Any]:
    """(True, data) when libyaml reads `text` with nothing to refuse, else (False, None)."""
    if _FastStrictLoader is None:
        return False, None
    try:
        if any(isinstance(event, yaml.AliasEvent) for event in yaml.parse(text, Loader=_FastStrictLoader)):
            return False, None
        return True, yaml.load(text, Loader=_FastStrictLoader)
    except yaml.YAMLError:
        return False, None


def read_yaml(path: Path, *, label: str) -> Any:
    """Parse one YAML file safely; `label` is how the file is named in messages (e.g. data/signs.yml)."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise GuideDataError(too_big(label, size))
        data = path.read_bytes()
    except FileNotFoundError:
        raise GuideDataError(
            f"{label}: expected this file to exist, found no file (was it deleted or renamed?)"
        ) from None
    except IsADirectoryError:
        raise GuideDataError(f"{label}: expected a file, found a folder") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise GuideDataError(undecodable(label, data, error)) from None
    return parse_yaml(text.removeprefix("\ufeff"), label=label)


# What decides a parse besides the text: this file and yaml_words.py (the rules), PyYAML and its C parser.
_PARSER = hashlib.sha256(
    Path(__file__).read_bytes()
    + Path(__file__).with_name("yaml_words.py").read_bytes()
    + f"{yaml.__version__} {_FastStrictLoader is not None}".encode()
).hexdigest()
_parsed: dict[str, bytes] = {}  # this process's parses, pickled, by _parsed_key: a file read by several checks
_parsed_folder: list[Path] = []  # where parses are kept between builds (keep_parses_in)


def keep_parses_in(folder: Path | None) -> None:
    """Keep every text parsed without a mistake in `folder` (the project's .cache/yaml/), for later
    builds: most of loading the data is parsing it, and most builds parse the same files as the last."""
    _parsed_folder[:] = [folder] if folder is not None else []


class _PlainData(pickle.Unpickler):
    """Reads back only what safe YAML makes: plain values, and dates and times (never other classes,
    so a damaged or tampered cache file cannot run code)."""

    ALLOWED = {("datetime", name) for name in ("date", "datetime", "time", "timedelta", "timezone")}

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in self.ALLOWED:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"expected plain data, found {module}.{name}")


def _parsed_key(text: str) -> str:
    return hashlib.sha256(_PARSER.encode() + text.encode("utf-8", errors="surrogatepass")).hexdigest()[:32]


def _kept_parse(text: str) -> tuple[bool, Any]:
    """(True, the data) when the same text was parsed without a mistake before, else (False, None).
    Each caller gets its own copy (the kept bytes are unpickled anew)."""
    key = _parsed_key(text)
    kept = _parsed.get(key)
    if kept is None and _parsed_folder:
        try:
            kept = (_parsed_folder[0] / f"{key}.pickle").read_bytes()
        except OSError:
            return False, None
        _parsed[key] = kept
    if kept is None:
        return False, None
    try:
        return True, _PlainData(io.BytesIO(kept)).load()
    except (pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError, ImportError, IndexError):
        _parsed.pop(key, None)
        return False, None


_PARSED_IN_MEMORY = 256  # texts: a long `mkdocs serve` session forgets the oldest


def _keep_parse(text: str, data: Any) -> None:
    key = _parsed_key(text)
    kept = pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL)
    while len(_parsed) >= _PARSED_IN_MEMORY:
        _parsed.pop(next(iter(_parsed)))
    _parsed[key] = kept
    if _parsed_folder:
        folder = _parsed_folder[0]
        if not folder.parent.parent.is_dir():
            return  # the project is gone (a temporary copy): nothing to keep for
        try:
            folder.mkdir(parents=True, exist_ok=True)
            temp = folder / f".{key}.{os.getpid()}.tmp"
            temp.write_bytes(kept)
            os.replace(temp, folder / f"{key}.pickle")
        except OSError:
            pass  # a cache that cannot be written only makes the next build parse again


def parse_yaml(text: str, *, label: str, first_line: int = 1) -> Any:
    """Parse YAML text (a file's, or a page's front matter starting at `first_line`); every
    mistake becomes one line in plain words, then the line quoted with a pointer. A text parsed
    without a mistake before (in this build, or a build that kept it: keep_parses_in) is not parsed again."""
    kept, data = _kept_parse(text)
    if kept:  # the same text passed every check below before
        return data
    read, data = _load_fast(text)
    if not read:
        try:
            data = yaml.load(text, Loader=_StrictLoader)
        except yaml.YAMLError as error:
            raise GuideDataError(explain(label, text, error, first_line)) from None
        except RecursionError:
            raise GuideDataError(f"{label}: expected plain values, found lists or groups nested too deeply") from None
    colour = unquoted_colour(label, text, first_line)
    if colour:
        raise GuideDataError(colour)
    _keep_parse(text, data)
    return data


def _found(value: Any) -> str:
    """Show what the editor wrote, briefly."""
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"{str(value).lower()} (yes/no)"
    if isinstance(value, str):
        if not value.strip():
            return "blank text"
        short = value if len(value) <= 60 else value[:57] + "..."
        return f'"{shown(short)}"'
    if isinstance(value, list):
        return f"a list of {len(value)} item{'s' if len(value) != 1 else ''}"
    if isinstance(value, dict):
        return "a group of fields"
    if isinstance(value, (datetime.date, datetime.datetime)):
        return f"the date {value.isoformat()}"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    return shown(f"the {type(value).__name__} {value!r}"[:80])


def _field_path(loc: tuple[int | str, ...]) -> str:
    path = ""
    for part in loc:
        path += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return shown(path if len(path) <= 80 else path[:77] + "...")


def _expected_and_found(error: ErrorDetails, model: type[BaseModel]) -> tuple[str, str]:
    """Translate one pydantic error into plain words: (expected, found)."""
    kind, ctx, value = error["type"], error.get("ctx", {}), error.get("input")
    if kind == "extra_forbidden":
        name = str(error["loc"][-1])
        close = difflib.get_close_matches(name, list(model.model_fields), n=1)
        hint = f' (did you mean "{close[0]}"?)' if close else ""
        return f"one of the known fields ({', '.join(model.model_fields)})", f"an unknown field{hint}"
    if kind == "missing":
        return "a value", "nothing (the field is missing)"
    if kind == "literal_error":
        return f"one of {ctx.get('expected', '')}".replace("'", '"'), _found(value)
    if kind == "value_error":  # our own checks say "what is expected; found what"
        expected, _, found = str(ctx.get("error", "")).partition("; found ")
        return expected, found or _found(value)
    if kind == "string_type":
        return "text", _found(value)
    if kind == "string_too_short":
        return "text", _found(value)
    if kind == "string_too_long":
        return f"at most {ctx['max_length']} characters", f"{len(value)} characters"
    if kind == "string_pattern_mismatch" and ctx.get("pattern") == ICON_PATTERN:
        return 'an icon name like "material/volume-off" (its set, a slash, its name)', _found(value)
    if kind == "string_pattern_mismatch" and ctx.get("pattern") == SEARCH_WORD_PATTERN:
        return 'one word without spaces or punctuation, like "dont"', _found(value)
    if kind == "string_pattern_mismatch":
        return PATTERN_WORDS.get(ctx.get("pattern", ""), f"text matching {ctx.get('pattern')}"), _found(value)
    if kind == "too_short":
        return f"at least {ctx['min_length']} item{'s' if ctx['min_length'] != 1 else ''}", _found(value)
    if kind == "too_long":
        return f"at most {ctx['max_length']} items", _found(value)
    if kind == "list_type":
        return "a list (lines starting with -)", _found(value)
    if kind in {"model_type", "dict_type", "model_attributes_type"}:
        return "a group of fields", _found(value)
    if kind.startswith("date"):
        return "a date like 2026-11-26", _found(value)
    if kind == "bool_type" or kind == "bool_parsing":
        return "true or false", _found(value)
    return error["msg"][0].lower() + error["msg"][1:], _found(value)


def most_telling(error: ValidationError) -> ErrorDetails:
    """The one error to report: an unknown field first, since a typo also leaves a field missing."""
    errors = error.errors(include_url=False)
    return next((e for e in errors if e["type"] == "extra_forbidden"), errors[0])


def describe(error: ErrorDetails, *, label: str, entry: str, model: type[BaseModel]) -> str:
    field = _field_path(error["loc"]) or "(the entry itself)"
    expected, found = _expected_and_found(error, model)
    where = f"{label}: {entry}, " if entry else f"{label}: "
    return f'{where}field "{field}": expected {expected}, found {found}'


def entry_label(position: int, raw: Any) -> str:
    """How an entry is named in messages: its position, and its slug where it has one."""
    slug = raw.get("slug") if isinstance(raw, dict) else None
    return f'entry {position} ("{shown(slug[:60])}")' if isinstance(slug, str) and slug.strip() else f"entry {position}"


def parse_entries(raw: Any, model: type[Entry], *, label: str) -> list[Entry]:
    """Validate a data file's content: a non-empty list of entries with unique slugs."""
    if raw is None:
        raise GuideDataError(f"{label}: expected a list of entries, found an empty file")
    if not isinstance(raw, list):
        raise GuideDataError(f"{label}: expected a list of entries (each starting with '- slug:'), found {_found(raw)}")
    if not raw:
        raise GuideDataError(f"{label}: expected at least one entry, found an empty list")
    entries: list[Entry] = []
    seen: dict[str, int] = {}
    for position, item in enumerate(raw, start=1):
        name = entry_label(position, item)
        if not isinstance(item, dict):
            raise GuideDataError(
                f"{label}: {name}: expected a group of fields (slug, title, ...), found {_found(item)}"
            )
        try:
            entry = model.model_validate(item)
        except ValidationError as error:
            raise GuideDataError(describe(most_telling(error), label=label, entry=name, model=model)) from None
        if entry.slug in seen:
            raise GuideDataError(
                f'{label}: {name}, field "slug": expected a slug used once, '
                f'found "{entry.slug}" already used by entry {seen[entry.slug]}'
            )
        seen[entry.slug] = position
        entries.append(entry)
    return entries


M = TypeVar("M", bound=BaseModel)


def parse_record(raw: Any, model: type[M], *, label: str, what: str) -> M:
    """Validate a file that holds one group of fields (ui.yml, search.yml, practice.yml, help-lines.yml)."""
    if not isinstance(raw, dict):
        raise GuideDataError(f"{label}: expected {what}, found {_found(raw)}")
    try:
        return model.model_validate(raw)
    except ValidationError as error:
        raise GuideDataError(
            describe(most_telling(error), label=label, entry="", model=_model_at(model, error))
        ) from None


def _model_at(model: type[BaseModel], error: ValidationError) -> type[BaseModel]:
    """The model that holds the failing field, so "known fields" lists the right ones."""
    loc = most_telling(error)["loc"]
    current: Any = model
    for part in loc[:-1]:
        if isinstance(part, int):
            continue
        field = current.model_fields.get(part) if isinstance(current, type) and issubclass(current, BaseModel) else None
        if field is None:
            break
        annotation = field.annotation
        for candidate in (annotation, *getattr(annotation, "__args__", ())):
            inner = getattr(candidate, "__args__", (candidate,))
            found = next((c for c in (candidate, *inner) if isinstance(c, type) and issubclass(c, BaseModel)), None)
            if found:
                current = found
                break
    return current if isinstance(current, type) and issubclass(current, BaseModel) else model


def parse_ui(raw: Any, *, label: str) -> UiText:
    """The labels, each checked for the placeholders it may use (see seen.content.labels)."""
    ui = parse_record(raw, UiText, label=label, what="a group of labels")
    problem = next(label_problems(ui.model_dump()), None)
    if problem:
        raise GuideDataError(f"{label}: {problem}")
    return ui


def load_entries(data_dir: Path, kind: str, *, label_root: str = "data") -> list[Entry]:
    label = f"{label_root}/{kind}.yml"
    return parse_entries(read_yaml(data_dir / f"{kind}.yml", label=label), ENTRY_MODELS[kind], label=label)


def _shared_value(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return shown("[" + ", ".join(str(item) for item in value) + "]")[:200]
    return shown(str(value))[:200]


# Fields a translation shares with the source language: taken from it when left out, and when
# written, they must say the same (a twin with other links or another review date is a mistake).
SHARED_FIELDS = ("icon", "aliases", "effects", "steps", "reviewed", "standalone")


def load_translated_entries(
    data_dir: Path, kind: str, source: list[Entry], *, label_root: str, source_label: str = "data"
) -> list[Entry]:
    """A translation's entries: the same slugs in the same order as the source language's, with the
    shared fields (icon, aliases, links, review date) taken from the source."""
    label = f"{label_root}/{kind}.yml"
    raw = read_yaml(data_dir / f"{kind}.yml", label=label)
    if not isinstance(raw, list):
        return parse_entries(raw, ENTRY_MODELS[kind], label=label)  # says what is wrong with the file
    merged: list[Any] = []
    for position, item in enumerate(raw, start=1):
        if not isinstance(item, dict):
            merged.append(item)
            continue
        name = entry_label(position, item)
        twin = source[position - 1] if position <= len(source) else None
        if twin is None or item.get("slug") != twin.slug:
            expected = (
                f'"{twin.slug}", as in {source_label}/{kind}.yml'
                if twin
                else f"no entry ({source_label}/{kind}.yml has {len(source)})"
            )
            raise GuideDataError(
                f'{label}: {name}, field "slug": expected {expected}, found {_found(item.get("slug"))}'
            )
        item = dict(item)
        for field in SHARED_FIELDS:
            if not hasattr(twin, field):
                continue
            shared = getattr(twin, field)
            if field not in item:
                item[field] = shared
            elif item[field] != shared and not (
                field in ("effects", "steps", "aliases") and list(item[field] or []) == list(shared)
            ):
                raise GuideDataError(
                    f'{label}: {name}, field "{field}": expected the same as {source_label}/{kind}.yml '
                    f"({_shared_value(shared)}) or nothing (then it is taken from there), found {_shared_value(item[field])}"
                )
        merged.append(item)
    entries = parse_entries(merged, ENTRY_MODELS[kind], label=label)
    if len(entries) < len(source):
        missing = source[len(entries)]
        raise GuideDataError(
            f'{label}: expected an entry for every one in {source_label}/{kind}.yml, found none for "{missing.slug}"'
        )
    return entries


def load_ui(data_dir: Path, *, label_root: str = "data") -> UiText:
    label = f"{label_root}/ui.yml"
    return parse_ui(read_yaml(data_dir / "ui.yml", label=label), label=label)


def load_search_words(data_dir: Path, *, label_root: str = "data") -> SearchWords:
    """search.yml, with the learned danger words of danger-words.yml beside it (if there) in `danger.learned`,
    and the learned page words of page-words.yml (if there) in `page_words`."""
    label = f"{label_root}/search.yml"
    words = parse_record(
        read_yaml(data_dir / "search.yml", label=label), SearchWords, label=label, what="a group of word lists"
    )
    if words.danger.learned is not None:
        raise GuideDataError(
            f'{label}: field "danger.learned": expected nothing (the learned words are written to '
            f"{label_root}/danger-words.yml by bench/danger_words.py --write), found a value"
        )
    if words.page_words is not None:
        raise GuideDataError(
            f'{label}: field "page_words": expected nothing (the learned page words are written to '
            f"{label_root}/page-words.yml by bench/page_words.py --write), found a value"
        )
    learned = _learned_file(data_dir, "danger-words.yml", LearnedWords, label_root, "a group of learned word weights")
    if learned is not None:
        words = words.model_copy(update={"danger": words.danger.model_copy(update={"learned": learned})})
    found = _learned_file(data_dir, "page-words.yml", PageWords, label_root, "a group of learned page words")
    if found is not None:
        words = words.model_copy(update={"page_words": found})
    return words


def _learned_file(data_dir: Path, name: str, model: type[M], label_root: str, what: str) -> M | None:
    """A file of learned weights beside search.yml (written by a bench script), read and checked, or None."""
    path, label = data_dir / name, f"{label_root}/{name}"
    if not path.exists():
        return None
    return parse_record(read_yaml(path, label=label), model, label=label, what=what)


def load_practice(data_dir: Path, *, label_root: str = "data") -> Practice:
    """The practice's settings; a missing or empty file gives the neutral defaults."""
    path, label = data_dir / "practice.yml", f"{label_root}/practice.yml"
    raw = read_yaml(path, label=label) if path.exists() else None
    practice = Practice() if raw is None else parse_record(raw, Practice, label=label, what="a group of settings")
    for name in ("primary", "accent"):
        problem = unreadable(name, getattr(practice.colours, name))
        if problem:
            raise GuideDataError(f"{label}: {problem}")
    for field in ("logo", "card_logo", "favicon"):
        value = getattr(practice, field)
        problem = brand_file_problem(data_dir.parent, value) if value else None
        if value and field == "card_logo" and not value.lower().endswith(".png"):
            raise GuideDataError(
                f'{label}: field "card_logo": expected a PNG file in the project folder (cards cannot draw SVG), '
                f'like "branding/logo.png", found "{value}"'
            )
        if problem:
            raise GuideDataError(
                f'{label}: field "{field}": expected an SVG or PNG file in the project folder, found {problem}'
            )
    contact = practice.contact
    if practice.talk_to_us and not (contact.phone or contact.email or contact.booking_url):
        raise GuideDataError(
            f'{label}: field "talk_to_us": expected a way to reach you when true (contact.phone, contact.email '
            "or contact.booking_url), found none"
        )
    return practice


def load_help_lines(data_dir: Path, *, label_root: str = "data") -> HelpLines:
    """The guide's default help lines: each line must say what it is for and where and when it was checked."""
    label = f"{label_root}/help-lines.yml"
    raw = read_yaml(data_dir / "help-lines.yml", label=label)
    return parse_record(raw, GuideHelpLines, label=label, what="emergency and lines")


def load_partner_cues(data_dir: Path, *, label_root: str = "data") -> PartnerCues:
    label = f"{label_root}/safety.yml"
    return parse_record(
        read_yaml(data_dir / "safety.yml", label=label), PartnerCues, label=label, what="a list of partner_cues"
    )
