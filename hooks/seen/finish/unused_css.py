"""The theme's style sheets without the rules no page of the guide can use.

mkdocs-material's main.css styles every feature it has (tabs, annotations, code blocks, blog,
tags...), about 25 KB gzip; the guide uses a fraction. A selector is dropped only when it needs a
class that appears in no built page and in none of the site's scripts (the theme adds classes at
run time: every word in its code counts as a class it may add). Everything else is kept: element,
attribute and state selectors, @font-face, @keyframes; only the palette's colours
(`[data-md-color-primary=red]`) are dropped when no page offers them. Inside :is()/:where()/:has() one possible
alternative is enough; :not() and other functions never cause a drop.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import tinycss2

from seen.finish.theme_fixes import ThemeMarkupChanged

_CLASS_ATTR = re.compile(r"""\sclass=(?:"([^"]*)"|'([^']*)'|([^\s>"']+))""", re.IGNORECASE)
_INLINE_SCRIPT = re.compile(r"<script\b[^>]*>(.*?)</script>", re.DOTALL | re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z_][\w-]*")
_CLASS = re.compile(r"\.(-?[A-Za-z_][\w-]*)")
_CUSTOM_PROPERTY = re.compile(r"--[A-Za-z_][\w-]*")
_DEFINED_PROPERTY = re.compile(r"[{;](--[A-Za-z_][\w-]*)\s*:")
_VAR_USE = re.compile(r"var\(\s*(--[A-Za-z_][\w-]*)")
_COLOUR_ATTRIBUTE = re.compile(r"""data-md-color-(primary|accent)\s*=\s*["']?([\w-]+)["']?""")
_COLOUR_IN_PAGE = re.compile(r"""\sdata-md-color-(primary|accent)=["']?([\w-]+)""")
_FUNCTION = re.compile(r"::?([\w-]+)\(")
# Selector functions whose argument is a list of which one alternative must match.
_ANY_OF = {"is", "where", "matches", "-webkit-any", "-moz-any", "has"}
# At-rules holding rules that may be trimmed; any other at-rule is kept whole.
_GROUPING = {"media", "supports", "container", "layer", "document", "scope"}


@dataclass(frozen=True)
class UsedNames:
    """Class names found in the pages, and words (and word beginnings) found in scripts."""

    classes: frozenset[str]
    prefixes: tuple[str, ...] = ()
    colours: frozenset[str] | None = None  # "primary=custom", ...: the theme's palette choices in use

    def has(self, name: str) -> bool:
        return name in self.classes or name.startswith(self.prefixes)

    def has_colour(self, attribute: str) -> bool:
        """`[data-md-color-primary=red]` can match only if some page offers that colour."""
        match = _COLOUR_ATTRIBUTE.fullmatch(attribute.strip())
        return self.colours is None or match is None or f"{match[1]}={match[2]}" in self.colours


def used_names(*, html: Iterable[str], scripts: Iterable[str]) -> UsedNames:
    """Every class in the pages' class attributes, and every word in the scripts; a word ending in a
    hyphen (a class built at run time, `md-tag--` + name) keeps every class that starts with it."""
    classes: set[str] = set()
    for page in html:
        for match in _CLASS_ATTR.finditer(page):
            classes.update((match[1] or match[2] or match[3] or "").split())
    words: set[str] = set()
    for script in scripts:
        words.update(_WORD.findall(script))
    classes |= words
    prefixes = {word for word in words if word.endswith("-") and len(word) > 3}
    colours = {f"{m[1]}={m[2]}" for page in html for m in _COLOUR_IN_PAGE.finditer(page)}
    return UsedNames(frozenset(classes), tuple(sorted(prefixes)), frozenset(colours))


def split_list(text: str) -> list[str]:
    """`a, b:is(c, d)` -> ["a", "b:is(c, d)"]: commas outside brackets and strings."""
    parts, depth, quote, start = [], 0, "", 0
    for i, char in enumerate(text):
        if quote:
            quote = "" if char == quote and text[i - 1] != "\\" else quote
        elif char in "\"'":
            quote = char
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "," and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return [part.strip() for part in parts if part.strip()]


def _closing(text: str, start: int, opening: str, closing: str) -> int:
    """Index of the bracket that closes the one before `start`."""
    depth = 1
    for i in range(start, len(text)):
        if text[i] == opening:
            depth += 1
        elif text[i] == closing:
            depth -= 1
            if depth == 0:
                return i
    return len(text)


def possible(selector: str, used: UsedNames) -> bool:
    """False only when the selector needs a class that nothing in the site has or may add."""
    if "\\" in selector:
        return True  # escaped characters: not worth reading, keep it
    rest, i = [], 0
    while i < len(selector):
        if selector[i] == "[":
            end = _closing(selector, i + 1, "[", "]")
            if not used.has_colour(selector[i + 1 : end]):
                return False
            i = end + 1  # attribute values may hold dots: not classes
            rest.append(" ")
            continue
        function = _FUNCTION.match(selector, i)
        if function:
            end = _closing(selector, function.end(), "(", ")")
            inner = selector[function.end() : end]
            if function[1].lower() in _ANY_OF and not any(possible(alt, used) for alt in split_list(inner)):
                return False
            rest.append(" ")
            i = end + 1
            continue
        rest.append(selector[i])
        i += 1
    return all(used.has(name) for name in _CLASS.findall("".join(rest)))


def _trim_rules(rules: list, used: UsedNames) -> str:
    out = []
    for rule in rules:
        if rule.type == "qualified-rule":
            kept = [s for s in split_list(tinycss2.serialize(rule.prelude)) if possible(s, used)]
            if kept:
                out.append(",".join(kept) + "{" + tinycss2.serialize(rule.content) + "}")
        elif rule.type == "at-rule" and rule.content is not None and rule.lower_at_keyword in _GROUPING:
            inner = _trim_rules(tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True), used)
            if inner:
                out.append(f"@{rule.at_keyword}{tinycss2.serialize(rule.prelude)}{{{inner}}}")
        elif rule.type in ("at-rule", "qualified-rule"):
            out.append(rule.serialize())
    return "".join(out)


def trim_stylesheet(css: str, used: UsedNames) -> str:
    """The style sheet with only the rules `used` can match (a comment-free, re-serialised copy)."""
    return _trim_rules(tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True), used)


def _drop_properties(rules: list, unused: set[str]) -> str:
    out = []
    for rule in rules:
        if rule.type == "qualified-rule":
            declarations = tinycss2.parse_blocks_contents(rule.content, skip_comments=True, skip_whitespace=True)
            kept = [
                tinycss2.serialize([d])
                if d.type != "declaration"
                else f"{d.name}:{tinycss2.serialize(d.value).strip()}{'!important' if d.important else ''}"
                for d in declarations
                if not (d.type == "declaration" and d.name in unused)
            ]
            if kept:
                out.append(tinycss2.serialize(rule.prelude) + "{" + ";".join(kept) + "}")
        elif rule.type == "at-rule" and rule.content is not None and rule.lower_at_keyword in _GROUPING:
            inner = _drop_properties(
                tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True), unused
            )
            if inner:
                out.append(f"@{rule.at_keyword}{tinycss2.serialize(rule.prelude)}{{{inner}}}")
        elif rule.type in ("at-rule", "qualified-rule"):
            out.append(rule.serialize())
    return "".join(out)


def drop_unused_properties(css: str, *, elsewhere: str) -> str:
    """The style sheet without custom properties (--name: ...) that nothing reads with var(--name):
    not this sheet's other rules, and not `elsewhere` (other sheets, pages and scripts)."""
    outside = set(_CUSTOM_PROPERTY.findall(elsewhere))
    while True:
        defined = set(_DEFINED_PROPERTY.findall(css))
        unused = defined - outside - set(_VAR_USE.findall(css))
        if not unused:
            return css
        css = _drop_properties(tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True), unused)


def _trimmed(css: str, used: UsedNames, *, elsewhere: str, cache: Path | None) -> str:
    """trim_stylesheet and drop_unused_properties, kept in `cache` under a hash of all they read."""
    if cache is None:
        return drop_unused_properties(trim_stylesheet(css, used), elsewhere=elsewhere)
    digest = hashlib.sha256()
    for part in (
        css,
        *sorted(used.classes),
        "\0",
        *used.prefixes,
        "\0",
        *sorted(used.colours or ()),
        "\0",
        *sorted(set(_CUSTOM_PROPERTY.findall(elsewhere))),
    ):
        digest.update(part.encode("utf-8") + b"\n")
    path = cache / f"{digest.hexdigest()[:32]}.css"
    if path.is_file():
        return path.read_text(encoding="utf-8")
    trimmed = drop_unused_properties(trim_stylesheet(css, used), elsewhere=elsewhere)
    cache.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temp.write_text(trimmed, encoding="utf-8")
    os.replace(temp, path)
    return trimmed


# What decides the trimmed sheets besides the site's files: this file (the rules) and the CSS parser.
_CODE = hashlib.sha256(Path(__file__).read_bytes() + tinycss2.__version__.encode()).hexdigest()


def trim_theme_css(site_dir: Path, cache: Path | None = None) -> dict[Path, tuple[int, int]]:
    """Trim the theme's style sheets in this build's folder; returns each one's size before and after.

    With `cache`, a site whose pages, scripts and sheets are all as in an earlier build gets that
    build's trimmed sheets without reading for class names again (a rebuild with nothing changed)."""
    pages = {path: path.read_text(encoding="utf-8") for path in sorted(site_dir.rglob("*.html"))}
    scripts = {
        path: path.read_text(encoding="utf-8", errors="replace")
        for path in sorted(site_dir.rglob("*.js"))
        if not {"lunr", "workers"} & set(path.relative_to(site_dir).parts)  # search runs off the page
    }
    theme_sheets = {
        path: path.read_text(encoding="utf-8")
        for path in sorted((site_dir / "assets" / "stylesheets").glob("*.min.css"))
    }  # main and palette
    if not any(path.name.startswith("main.") for path in theme_sheets):
        raise ThemeMarkupChanged("seen.finish.unused_css.trim_theme_css", "assets/stylesheets/main.*.min.css")
    other_sheets = {
        path: path.read_text(encoding="utf-8") for path in sorted(site_dir.rglob("*.css")) if path not in theme_sheets
    }
    kept = _kept_path(site_dir, cache, {**pages, **scripts, **theme_sheets, **other_sheets})
    trimmed_sheets = _read_kept(kept, list(theme_sheets))
    if trimmed_sheets is None:
        trimmed_sheets = _trim_sheets(
            list(pages.values()), list(scripts.values()), theme_sheets, list(other_sheets.values()), cache
        )
        if kept is not None:
            _keep(kept, [trimmed_sheets[sheet] for sheet in theme_sheets])
    sizes = {}
    for sheet, css in theme_sheets.items():
        sheet.write_text(trimmed_sheets[sheet], encoding="utf-8")
        sizes[sheet] = (len(css), len(trimmed_sheets[sheet]))
    return sizes


def _trim_sheets(
    pages: list[str], scripts: list[str], theme_sheets: dict[Path, str], other_sheets: list[str], cache: Path | None
) -> dict[Path, str]:
    inline = [match[1] for page in pages for match in _INLINE_SCRIPT.finditer(page)]
    used = used_names(html=pages, scripts=scripts + inline)
    trimmed_sheets = {}
    for sheet, css in theme_sheets.items():
        # The palette defines colours that main.css reads, and the other way round.
        elsewhere = "\n".join(
            [*other_sheets, *(text for path, text in theme_sheets.items() if path != sheet), *pages, *scripts]
        )
        trimmed_sheets[sheet] = _trimmed(css, used, elsewhere=elsewhere, cache=cache)
    return trimmed_sheets


def _kept_path(site_dir: Path, cache: Path | None, read: dict[Path, str]) -> Path | None:
    """Where the trimmed sheets of a site made of the files `read` are kept (None without `cache`):
    named by a hash of each file's place in the site and its text, and of _CODE."""
    if cache is None:
        return None
    digest = hashlib.sha256(_CODE.encode())
    for path, text in read.items():
        digest.update(f"{path.relative_to(site_dir).as_posix()}\0".encode())
        digest.update(hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).digest())
    return cache / f"site-{digest.hexdigest()[:32]}.json"


def _read_kept(path: Path | None, sheets: list[Path]) -> dict[Path, str] | None:
    """The trimmed `sheets` an earlier build kept at `path`, or None."""
    if path is None:
        return None
    try:
        kept = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(kept, list) or len(kept) != len(sheets) or not all(isinstance(text, str) for text in kept):
        return None
    return dict(zip(sheets, kept, strict=True))


def _keep(path: Path, sheets: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temp.write_text(json.dumps(sheets), encoding="utf-8")
    os.replace(temp, path)
