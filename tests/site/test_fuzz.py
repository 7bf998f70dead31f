"""Hostile and odd input, fuzzed: every data file and practice.yml, mutated the ways people and
tools break files. Each example ends one of two ways: accepted, and then the guide's data is sane
(and its pages' Markdown renders), or a GuideDataError whose message is one clear line. Anything
else (another exception, a hang) fails the test.

Hypothesis runs with a fixed seed (derandomize) and a bounded number of examples, in-process
through the loader, so this file takes well under a minute; every class of mutation is also given
as an explicit example, so each is tried whatever the count. `SEEN_FUZZ_SCALE` multiplies the
counts (bench/fuzz.py runs 2.5 times as many: 180, 50 and 80, as this file did before). A few accepted mutants also go
through a real build (the last test), to show they make a correct site.
"""

from __future__ import annotations

import datetime
import math
import os
import shutil
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

from seen.content.guide import KINDS, Guide
from seen.content.loading import GuideDataError
from seen.content.rules import REVIEW_MAX_AGE_YEARS, TEXT_MAX, shows
from support.project import ROOT, run_build

# Every example's outcome, for BENCHMARKS.md (bench/fuzz.py): correct / one clear line / other.
OUTCOMES: Counter[str] = Counter()

ENTRY_FILES = ("signs.yml", "effects.yml", "steps.yml", "es/signs.yml", "es/effects.yml", "es/steps.yml")
RECORD_FILES = (
    "practice.yml",
    "ui.yml",
    "help-lines.yml",
    "search.yml",
    "es/ui.yml",
    "es/help-lines.yml",
    "es/search.yml",
)
ALL_FILES = ENTRY_FILES + RECORD_FILES
FUZZ = settings(
    derandomize=True,
    deadline=None,
    database=None,
    print_blob=True,
    phases=[Phase.explicit, Phase.generate],  # no shrinking: a failure shows its example as found
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
)
SCALE = float(os.environ.get("SEEN_FUZZ_SCALE", "1"))


def examples(count: int) -> int:
    """How many generated examples a test runs: `count`, times SEEN_FUZZ_SCALE."""
    return max(1, round(count * SCALE))


# --- the project, loaded as the build loads it ----------------------------------------------------


class Project:
    """A scratch copy of data/ (docs/ read where it is), loaded the way `mkdocs build` loads it."""

    def __init__(self, folder: Path) -> None:
        from mkdocs.config import load_config

        from seen.content.icons import Icons, theme_icon_dirs
        from seen.pages.templates import markdown_env

        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "docs").symlink_to(ROOT / "docs", target_is_directory=True)
        config = load_config(str(ROOT / "mkdocs.yml"))
        self.nav = config.nav
        self.icons = Icons(tuple(theme_icon_dirs(config.theme.dirs)))
        self.env = markdown_env(config.theme.dirs, icons=self.icons)
        self.originals = {name: (ROOT / "data" / name).read_bytes() for name in ALL_FILES}

    def reset(self) -> Path:
        data = self.folder / "data"
        if data.exists():
            shutil.rmtree(data)
        shutil.copytree(ROOT / "data", data, ignore=shutil.ignore_patterns("schema", "README.md"))
        return data

    def load(self) -> list[Guide]:
        """Every edition's guide, with the checks start_build makes (nav, check-in)."""
        from seen.content.guide import load_edition
        from seen.content.languages import editions, language_folders
        from seen.content.loading import load_practice
        from seen.pages.check_in import plan_check_in
        from seen.pages.generated import expand_nav, translate_nav

        published = editions(load_practice(self.folder / "data").languages)
        guides = []
        for edition in published:
            guide = load_edition(self.folder, self.folder / "docs", edition, self.icons, language_folders(self.folder))
            plan_check_in(guide)
            translate_nav(
                expand_nav(self.nav or [], guide), guide.ui.nav_titles, label=f"{edition.data_label()}/ui.yml"
            )
            guides.append(guide)
        return guides


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Project:
    return Project(tmp_path_factory.mktemp("fuzz"))


def visible(text: str) -> bool:
    return any(shows(char) for char in text)


def texts(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, (list, tuple)):
        return [text for item in value for text in texts(item)]
    if hasattr(value, "model_dump"):
        return texts(list(value.model_dump().values()))
    if isinstance(value, dict):
        return texts(list(value.values()))
    return []


def assert_sane(project: Project, guides: list[Guide]) -> None:
    """What "correct" means for accepted data: visible bounded text, links that resolve once,
    every effect and step reached, plausible review dates, and pages whose Markdown renders."""
    from seen.pages.generated import entry_markdown

    today = datetime.date.today()
    for guide in guides:
        for kind in KINDS:
            slugs = [entry.slug for entry in guide.entries(kind)]
            assert len(slugs) == len(set(slugs)) and "index" not in slugs
            for entry in guide.entries(kind):
                assert visible(entry.title) and visible(entry.summary) and len(entry.title) <= 80
                assert all(len(text) <= TEXT_MAX for text in texts(entry))
                assert (
                    today.year - REVIEW_MAX_AGE_YEARS - 1 <= entry.reviewed.year
                    and entry.reviewed <= today + datetime.timedelta(days=1)
                )
                for target in ("effects", "steps"):
                    linked = getattr(entry, target, [])
                    assert len(linked) == len(set(linked))
                    assert set(linked) <= {other.slug for other in guide.entries(target)}
                if kind != "signs":
                    assert guide.related(entry)["signs"] or entry.standalone
                markdown = entry_markdown(project.env, guide, entry)
                assert markdown.strip()
        for sign in guide.signs:
            assert any(char.isalnum() for char in sign.question)
        assert visible(guide.practice.name) and len(guide.practice.name) <= 80


def outcome(project: Project, mutate: Callable[[Path], None]) -> str:
    """Mutate a fresh copy of data/, load it, and say how it ended; anything else raises."""
    data = project.reset()
    mutate(data)
    started = time.monotonic()
    try:
        guides = project.load()
    except (GuideDataError, ValueError) as error:
        assert time.monotonic() - started < 10
        first, *rest = str(error).splitlines()
        assert first.startswith(("data/", "docs/", "mkdocs.yml")), first
        assert "found found" not in first and "token" not in first and "Traceback" not in first, first
        assert " expected " in first or ": expected " in first, first
        assert len(first) < 700, first
        assert all(line.startswith("    ") for line in rest), str(error)
        OUTCOMES["one clear line"] += 1
        return "one clear line"
    except BaseException:
        OUTCOMES["anything else"] += 1
        raise
    assert time.monotonic() - started < 10
    try:
        assert_sane(project, guides)
    except BaseException:
        OUTCOMES["anything else"] += 1
        raise
    OUTCOMES["accepted, correct"] += 1
    return "accepted, correct"


# --- what goes into a field ---------------------------------------------------------------------

HOSTILE_TEXT = [
    "",
    " ",
    "   \t ",
    "\u3000",
    "\u200b",
    "\u2800\u2800",
    "\u200f",
    "\u202eevil",
    "\u00a0",
    "?",
    "!?",
    "x" * 10_000,
    "word " * 2_000,
    "a\x00b",
    "bell\x07",
    "esc\x1b[31m",
    "\ud7ff",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "Smith & <Jones> Counselling",
    "*bold* _it_ [link](javascript:alert(1)) `code` # heading",
    "{{ 7*7 }}",
    "{% raw %}",
    "{name.__class__}",
    "-->",
    "<!-- guide:map -->",
    "🙂 emoji",
    "مرحبا \u200f",
    "Zoë’s “quotes”",
    "line\nbreak",
    "\r\n",
    "https://example.org/",
    "tel:+123",
    "javascript:alert(1)",
    "9999-12-31",
    "index",
    "#1d5f5b",
]
WRONG_TYPES = st.one_of(
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.none(),
    st.dates(min_value=datetime.date(1, 1, 1), max_value=datetime.date(9999, 12, 31)),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.sampled_from(["a", "slug", "text"]), st.integers(), max_size=2),
    st.just([]),
    st.just({}),
)
ODD_TEXT = st.one_of(
    st.sampled_from(HOSTILE_TEXT),
    st.text(max_size=40),
    st.text(alphabet=st.characters(categories=["Cc", "Cf", "Zs", "Mn"]), max_size=8),
)
VALUES = st.one_of(ODD_TEXT, WRONG_TYPES, st.lists(ODD_TEXT, max_size=5))


def dump(data: Any) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000)


def read(data: Path, name: str) -> Any:
    tree = yaml.safe_load((data / name).read_text(encoding="utf-8"))
    if tree is None and name == "practice.yml":  # as shipped, comments only: the example practice's settings
        fixture = Path(__file__).parents[1] / "fixtures" / "practice" / "practice.yml"
        tree = yaml.safe_load(fixture.read_text(encoding="utf-8"))
        for field in ("logo", "card_logo", "favicon"):  # their files are not in the fuzzed copy
            tree.pop(field)
    return tree


def paths_in(value: Any, prefix: tuple = ()) -> list[tuple]:
    """Every place in a parsed file a value can be set (dict keys and list positions)."""
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += paths_in(item, prefix + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += paths_in(item, prefix + (index,))
    return found


def apply(tree: Any, path: tuple, operation: str, value: Any) -> Any:
    parent = tree
    for part in path[:-1]:
        parent = parent[part]
    last = path[-1]
    if operation == "set":
        parent[last] = value
    elif operation == "delete":
        del parent[last]
    elif operation == "unknown field" and isinstance(parent, dict):
        parent[f"{last}_extra"] = value
    return tree


# --- the fuzz tests -------------------------------------------------------------------------------


@settings(FUZZ, max_examples=examples(72))
@example(name="signs.yml", pick=1, operation="set", value="a\x00b")  # NUL
@example(name="es/steps.yml", pick=5, operation="set", value="x" * 10_000)
@example(name="es/signs.yml", pick=3, operation="set", value="{{ 7*7 }}")
@example(name="signs.yml", pick=2, operation="set", value="<script>alert(1)</script>")
@example(name="effects.yml", pick=2, operation="set", value="\u200f")
@example(name="help-lines.yml", pick=4, operation="set", value=10**20)
@example(name="steps.yml", pick=7, operation="set", value=None)
@example(name="practice.yml", pick=1, operation="set", value=["x", ""])
@example(name="es/signs.yml", pick=3, operation="delete", value="")
@example(name="search.yml", pick=2, operation="unknown field", value="x")
@given(
    name=st.sampled_from(ALL_FILES),
    pick=st.integers(min_value=0, max_value=10_000),
    operation=st.sampled_from(["set", "set", "set", "delete", "unknown field"]),
    value=VALUES,
)
def test_a_mutated_field_is_accepted_sanely_or_one_clear_line(
    project: Project, name: str, pick: int, operation: str, value: Any
) -> None:
    """Wrong types, missing and unknown fields, empty and invisible values, 10,000 characters,
    control characters, NUL, right-to-left marks, HTML, Markdown and Jinja, in any field."""
    if isinstance(value, float) and math.isnan(value):
        value = float("inf")

    def mutate(data: Path) -> None:
        tree = read(data, name)
        places = paths_in(tree)
        if not places:
            return
        apply(tree, places[pick % len(places)], operation, value)
        (data / name).write_text(dump(tree), encoding="utf-8")

    outcome(project, mutate)


@settings(FUZZ, max_examples=examples(20))
@example(kind="signs", first=0, second=1, how="duplicate slug")
@example(kind="steps", first=2, second=2, how="alias is own slug")
@example(kind="effects", first=1, second=3, how="alias is another slug")
@example(kind="signs", first=3, second=0, how="link to itself")
@example(kind="steps", first=0, second=0, how="link listed twice")
@example(kind="effects", first=0, second=0, how="slug index")
@example(kind="signs", first=4, second=0, how="alias index")
@example(kind="steps", first=1, second=0, how="drop every link to it")
@given(
    kind=st.sampled_from(KINDS),
    first=st.integers(0, 40),
    second=st.integers(0, 40),
    how=st.sampled_from(
        [
            "duplicate slug",
            "alias is own slug",
            "alias is another slug",
            "link to itself",
            "link listed twice",
            "slug index",
            "alias index",
            "drop every link to it",
        ]
    ),
)
def test_slug_mix_ups_are_one_clear_line(project: Project, kind: str, first: int, second: int, how: str) -> None:
    """Duplicate and self-referencing slugs, links listed twice, entries no sign leads to."""

    def mutate(data: Path) -> None:
        entries = read(data, f"{kind}.yml")
        one, other = entries[first % len(entries)], entries[second % len(entries)]
        if how == "duplicate slug":
            one["slug"] = other["slug"]
        elif how == "alias is own slug":
            one["aliases"] = [one["slug"]]
        elif how == "alias is another slug":
            one["aliases"] = [other["slug"]]
        elif how == "slug index":
            one["slug"] = "index"
        elif how == "alias index":
            one["aliases"] = ["index"]
        elif how in ("link to itself", "link listed twice") and "steps" in one:
            one["steps"] = one["steps"] + ([one["slug"]] if how == "link to itself" else one["steps"][:1])
        elif how == "drop every link to it" and kind != "signs":
            signs = read(data, "signs.yml")
            for sign in signs:
                sign[kind] = [slug for slug in sign[kind] if slug != one["slug"]] or sign[kind]
            (data / "signs.yml").write_text(dump(signs), encoding="utf-8")
        (data / f"{kind}.yml").write_text(dump(entries), encoding="utf-8")

    outcome(project, mutate)


def alias_bomb() -> str:
    lines = ['- &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"- &{c} [{', '.join(['*' + p] * 9)}]" for p, c in zip("abcdefgh", "bcdefghi", strict=False)]
    return "\n".join(lines) + "\n"


WHOLE_FILE = {
    "alias bomb": lambda original: alias_bomb().encode(),
    "5 MB": lambda original: original * (5_000_000 // len(original) + 1),
    "binary garbage": lambda original: bytes((i * 167 + 13) % 256 for i in range(4096)),
    "BOM and CRLF": lambda original: b"\xef\xbb\xbf" + original.replace(b"\n", b"\r\n"),
    "CRLF": lambda original: original.replace(b"\n", b"\r\n"),
    "UTF-16": lambda original: original.decode("utf-8").encode("utf-16"),
    "Latin-1": lambda original: original.decode("utf-8").encode("latin-1", "replace"),
    "empty": lambda original: b"",
    "only a comment": lambda original: b"# nothing here\n",
    "deleted": lambda original: None,
}


@settings(FUZZ, max_examples=examples(32))
# Every whole-file change once (cut 1: not a multiple of 3), and a file cut short and one with a stray NUL.
@example(name="signs.yml", how="alias bomb", cut=1, junk="")
@example(name="es/ui.yml", how="5 MB", cut=1, junk="")
@example(name="steps.yml", how="binary garbage", cut=1, junk="")
@example(name="signs.yml", how="BOM and CRLF", cut=1, junk="")
@example(name="es/help-lines.yml", how="CRLF", cut=1, junk="")
@example(name="effects.yml", how="UTF-16", cut=1, junk="")
@example(name="es/signs.yml", how="Latin-1", cut=1, junk="")
@example(name="practice.yml", how="empty", cut=1, junk="")
@example(name="ui.yml", how="only a comment", cut=1, junk="")
@example(name="help-lines.yml", how="deleted", cut=1, junk="")
@example(name="signs.yml", how="empty", cut=3_000, junk="")
@example(name="es/steps.yml", how="empty", cut=3_001, junk="\0")
@given(
    name=st.sampled_from(ALL_FILES),
    how=st.sampled_from(sorted(WHOLE_FILE)),
    cut=st.integers(0, 100_000),
    junk=st.sampled_from(["\0", "\t", "\x07", '"', "'", ": ", "- ", "&a ", "*a", "{", "[", "%", "@", "`", "\ufeff"]),
)
def test_a_broken_file_is_accepted_sanely_or_one_clear_line(
    project: Project, name: str, how: str, cut: int, junk: str
) -> None:
    """Alias bombs, 5 MB files, binary garbage, BOM and CRLF, other encodings, empty and deleted
    files; and a file cut short, or with a stray character, at any point."""

    def mutate(data: Path) -> None:
        original = project.originals[name]
        path = data / name
        if cut % 3 == 0:  # a stray character somewhere, or the file cut short there
            text = original.decode("utf-8")
            at = cut % (len(text) + 1)
            changed = text[:at] + junk + text[at:] if cut % 2 else text[:at]
            path.write_text(changed, encoding="utf-8")
            return
        content = WHOLE_FILE[how](original)
        if content is None:
            path.unlink()
        else:
            path.write_bytes(content)

    outcome(project, mutate)


def test_the_fuzzing_met_both_ends() -> None:
    """Not an empty exercise: some mutants were accepted, many were refused, nothing else."""
    if not OUTCOMES:
        pytest.skip("run with the fuzz tests above")
    assert OUTCOMES["accepted, correct"] > 10 and OUTCOMES["one clear line"] > 100
    assert OUTCOMES["anything else"] == 0


# --- a few accepted mutants, built for real ------------------------------------------------------


def test_accepted_mutants_make_a_correct_site(project_copy: Path) -> None:
    """BOM and CRLF, a right-to-left mark, Markdown-, HTML- and Jinja-looking text and a long
    paragraph are all accepted: the site builds, and each shows as the text it is."""
    data = project_copy / "data"
    signs = read(data, "signs.yml")
    signs[0]["looks_like"][0] = "They say *you* imagined it <b>again</b> & again [see](javascript:alert(1)) {{ 7*7 }}."
    signs[1]["title"] = "Promises \u200fthat fade"
    signs[2]["why_it_matters"] = "When no one hears you, you stop speaking. " * 22
    (data / "signs.yml").write_bytes(b"\xef\xbb\xbf" + dump(signs).replace("\n", "\r\n").encode("utf-8"))
    steps = (data / "steps.yml").read_bytes()
    (data / "steps.yml").write_bytes(steps.replace(b"\n", b"\r\n"))

    result = run_build(project_copy)
    assert result.returncode == 0, result.output
    site = result.site

    def page(url: str) -> BeautifulSoup:
        return BeautifulSoup((site / url / "index.html").read_text(encoding="utf-8"), "html.parser")

    first = page(f"signs/{signs[0]['slug']}")
    assert "They say *you* imagined it <b>again</b> & again [see](javascript:alert(1)) {{ 7*7 }}." in first.get_text()
    assert not first.select("article b") and not first.select('a[href^="javascript"]')
    second = page(f"signs/{signs[1]['slug']}")
    assert second.select_one("article h1").get_text(strip=True).removesuffix("¶") == "Promises \u200fthat fade"
    third = page(f"signs/{signs[2]['slug']}")
    assert signs[2]["why_it_matters"].strip() in " ".join(third.get_text().split()) + " "
    assert page(f"steps/{read(data, 'steps.yml')[0]['slug']}").select_one("article h1")
