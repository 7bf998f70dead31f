"""YAML mistakes in plain words: what an editor did (a tab, a missing colon, an unclosed quote,
a colour YAML took for a comment, a file in another encoding) instead of what the parser saw.

Every message is one line (file, line, expected, found), then the line quoted with a pointer
under the column, for the terminal only.
"""

from __future__ import annotations

import re
import unicodedata

import yaml

MAX_FILE_BYTES = 1_000_000  # the largest data file is about 32 kB; a 1 MB one is a mistake

# `primary: #1d5f5b` — YAML reads everything after " #" as a comment, so the value is empty.
_UNQUOTED_COLOUR = re.compile(r"^(?P<before>\s*(?:-\s+)?[\w-]+:\s+)(?P<colour>#[0-9a-fA-F]{3,8})\b")


def quote_line(text: str, line: int, column: int | None = None) -> str:
    """The line (1-based) of `text`, indented, with a ^ under `column` (1-based) when given."""
    lines = text.splitlines()
    if not 1 <= line <= len(lines):
        return ""
    shown = lines[line - 1].replace("\t", "→")  # a visible tab, one column wide
    if len(shown) > 100:
        start = max(0, min((column or 1) - 50, len(shown) - 100))
        shown, column = shown[start : start + 100], (column - start if column else None)
    shown = "".join(ch if ch.isprintable() else "?" for ch in shown)
    pointer = f"\n    {' ' * (column - 1)}^" if column and column >= 1 else ""
    return f"\n    {shown}{pointer}"


def _where(label: str, line: int) -> str:
    return f"{label}: line {line}"


def _character_name(char: str) -> str:
    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X}" + (f" ({name})" if name else " (a control character)")


def undecodable(label: str, data: bytes, error: UnicodeDecodeError) -> str:
    """A file that is not UTF-8: say where, and what it probably is."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return f"{label}: expected text saved as UTF-8, found a file saved as UTF-16 (save it again as UTF-8)"
    line = data.count(b"\n", 0, error.start) + 1
    if b"\x00" in data[:4096] or sum(byte < 9 for byte in data[:4096]) > 8:
        return f"{label}: expected text saved as UTF-8, found binary data (line {line}); is this the right file?"
    return (
        f"{label}: line {line}: expected text saved as UTF-8, found bytes in another encoding "
        f"(like Windows-1252 or Latin-1); save the file again as UTF-8"
    )


def too_big(label: str, size: int) -> str:
    return f"{label}: expected a file of at most {MAX_FILE_BYTES // 1_000_000} MB, found {size / 1_000_000:.1f} MB"


_KEY_LINE = re.compile(r"^(?P<indent>\s*)(?P<dash>-\s+)?(?P<key>[\w-]+):(?:\s|$)")
_EXAMPLE_COLOUR = "#5b2a86"


def setting_path(lines: list[str], index: int) -> str:
    """The dotted name of the setting on line `index` (0-based) of a block-style YAML file, found
    by its indentation: `primary:` under `colours:` is "colours.primary" (list items add no index)."""
    match = _KEY_LINE.match(lines[index])
    if match is None:
        return ""
    parts = [match["key"]]
    # a key below belongs to the nearest line above it that starts further left (its "- " counts as indent)
    column = len(match["indent"])
    for line in reversed(lines[:index]):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        above = _KEY_LINE.match(line)
        indent = len(line) - len(line.lstrip(" "))
        if indent >= column:
            continue
        if above is not None:
            key_column = len(above["indent"]) + len(above["dash"] or "")
            if key_column < column:
                parts.append(above["key"])
        column = indent
        if column == 0:
            break
    return ".".join(reversed(parts))


def unquoted_colour(label: str, text: str, first_line: int = 1) -> str | None:
    """A message when a colour is written without quotes (YAML took it for a comment, so the setting
    is empty), naming the setting and its line, else None."""
    lines = text.splitlines()
    for number, line in enumerate(lines, start=first_line):
        match = _UNQUOTED_COLOUR.match(line)
        if match:
            colour = match["colour"]
            example = colour if re.fullmatch(r"#[0-9a-fA-F]{6}", colour) else _EXAMPLE_COLOUR
            setting = setting_path(lines, number - first_line)
            return (
                f'{label}: field "{setting}" (line {number}): expected a colour in quotes, like "{example}", '
                f"found {colour} without quotes, which YAML reads as a comment, so the setting is empty"
                + quote_line(text, number - first_line + 1, len(match["before"]) + 1)
            )
    return None


def _leading_tab(text: str) -> int | None:
    for number, line in enumerate(text.splitlines(), start=1):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent:
            return number
    return None


_OPENING_QUOTE = re.compile(r"""^(?P<before>\s*(?:-\s+)?(?:[\w-]+:\s+)?)(?P<quote>["'])(?P<rest>.*)$""")


def _unclosed_quote(lines: list[str], *, up_to: int) -> tuple[int, int, str] | None:
    """(line, column, quote) of the first value up to line `up_to` that opens a quote and does not
    close it on the same line (YAML allows that, but in these files it is a mistake)."""
    for number, line in enumerate(lines[:up_to], start=1):
        match = _OPENING_QUOTE.match(line)
        if not match:
            continue
        quote, rest = match["quote"], match["rest"]
        rest = rest.replace("''", "") if quote == "'" else rest.replace("\\\\", "").replace('\\"', "")
        if quote not in rest:
            return number, len(match["before"]) + 1, quote
    return None


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def explain(label: str, text: str, error: yaml.YAMLError, first_line: int = 1) -> str:
    """One line (and the quoted line) for a YAML error in `text`, which starts at `first_line`
    of its file (front matter starts at line 2)."""
    lines = text.splitlines()
    shift = first_line - 1

    def at(line: int, column: int | None, words: str) -> str:
        return f"{_where(label, line + shift)}: {words}" + quote_line(text, line, column)

    if isinstance(error, yaml.reader.ReaderError):
        char = chr(error.character) if isinstance(error.character, int) else str(error.character)
        line = text.count("\n", 0, error.position) + 1
        column = error.position - (text.rfind("\n", 0, error.position) + 1) + 1
        kind = (
            "a NUL byte (the file may be damaged or not text)"
            if char == "\0"
            else f"the invisible character {_character_name(char)}"
        )
        return at(line, column, f"expected plain text, found {kind}; delete it")
    if not isinstance(error, yaml.MarkedYAMLError):
        return f"{label}: expected valid YAML, found a file it cannot read"
    problem = error.problem or ""
    context = error.context or ""
    mark = error.problem_mark or error.context_mark
    line = mark.line + 1 if mark else 1
    column = mark.column + 1 if mark else None

    tab = _leading_tab(text)
    if "'\\t'" in problem or (tab is not None and tab <= line):
        tab = tab or line
        return at(
            tab, lines[tab - 1].index("\t") + 1, "expected spaces for indenting, found a tab (use spaces, not a tab)"
        )
    opened = _unclosed_quote(lines, up_to=line)
    if opened is not None:
        where, at_column, quote = opened
        return at(where, at_column, f"expected a closing {quote} at the end of this text, found none on its line")
    if "<document start>" in problem:
        bare = next(
            (
                n
                for n in range(min(line, len(lines)), 0, -1)
                if lines[n - 1].strip() and not lines[n - 1].lstrip().startswith("#") and ":" not in lines[n - 1]
            ),
            None,
        )
        if bare is not None:
            shown = lines[bare - 1].strip()
            return at(
                bare,
                len(lines[bare - 1].rstrip()) + 1,
                f'expected "field: value", found no colon after the field name in "{_short(shown)}"',
            )
    if "could not find expected ':'" in problem and error.context_mark is not None:
        where = error.context_mark.line + 1
        shown = lines[where - 1].strip() if where <= len(lines) else ""
        return at(
            where,
            len(lines[where - 1].rstrip()) + 1 if where <= len(lines) else None,
            f'expected "field: value", found no colon after the field name in "{_short(shown)}"',
        )
    if "quoted scalar" in context and error.context_mark is not None:
        where = error.context_mark.line + 1
        quote = text[error.context_mark.index] if error.context_mark.index < len(text) else '"'
        return at(
            where,
            error.context_mark.column + 1,
            f"expected a closing {quote} for the text that starts here, found none before the end of the file",
        )
    if "mapping values are not allowed" in problem:
        here = lines[line - 1] if line <= len(lines) else ""
        first_colon = here.find(": ") + 1 if ": " in here else here.find(":") + 1
        if column is not None and first_colon == column:
            return at(
                line,
                _indent(here) + 1,
                "expected this line to start where the line above starts, found it indented further",
            )
        return at(
            line,
            column,
            'expected one "field: value" on this line, found a second ": " (put text that holds ": " in quotes)',
        )
    if (
        "expected <block end>" in problem
        or "expected <block mapping start>" in problem
        or "did not find expected '-' indicator" in problem
    ):
        return at(
            line, column, "expected this line to start where the lines above it start, found it indented differently"
        )
    if problem.startswith("expected") and "found" in problem and "<" not in problem:
        return at(line, column, problem)  # our own rules (repeated field, alias) already speak plainly
    if "found undefined alias" in problem or "found unknown escape" in problem or "unexpected end of stream" in problem:
        words = {
            "undefined alias": "expected plain values, found a * that YAML reads as a reference (put text starting with * in quotes)",
            "unknown escape": "expected text, found a \\ that YAML reads as an escape (use single quotes around text with \\)",
            "end of stream": "expected the file to go on, found its end in the middle of a value",
        }
        return at(line, column, next(w for key, w in words.items() if key in problem))
    if "found character" in problem and "cannot start any token" in problem:
        char = problem.split("'")[1] if "'" in problem else "?"
        return at(line, column, f"expected a value, found {char} where a value cannot start (put the text in quotes)")
    plain = re.sub(r"\btokens?\b", "mark", problem).replace("found found", "found").strip() or "a syntax error"
    return at(line, column, f"expected valid YAML, found something it cannot read ({plain})")


def _short(value: str) -> str:
    return value if len(value) <= 40 else value[:37] + "..."
