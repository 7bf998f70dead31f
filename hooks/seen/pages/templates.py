"""The two Jinja environments that draw overrides/, and the one escaping rule they share.

- `markdown_env` draws Markdown (overrides/entries/, overrides/pages/): made here at on_config.
- the HTML environment is MkDocs' theme environment (config.theme.get_env()); `prepare_html_env`
  gives it the guide's globals and the escaping rule, at on_config and again at on_env.

The rule: autoescape is on wherever a template of ours draws HTML (and in Markdown, whose HTML the
page keeps as it is), so templates print values as they are, with no `|e`; `|safe` is never written
in a template: markup we made ourselves (an icon's SVG, a QR code, an escaped title) is a
markupsafe.Markup in Python. The only templates drawn without autoescaping are the theme's own and
our copies of five of its partials (THEME_COPIES, each checked against the theme's original):
those keep the theme's habit, and every value they print reaches them escaped once
(seen.pages.generated.theme_text, seen.pages.settings) or is escaped there with `|e`, in the lines
we added.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from seen.content.colours import palette
from seen.content.guide import Guide
from seen.content.icons import Icons
from seen.content.labels import fill
from seen.content.languages import Edition
from seen.finish.theme_words import html_safe_json
from seen.pages.generated import entry_path, markdown_text, paragraphs
from seen.pages.guide_map import map_anchor
from seen.pages.printing import cached_qr_svg

# Copies of the theme's own partials, changed in a few lines (see each file's comment): each with the
# sha256 of the theme's file it was reviewed against, in mkdocs-material THEME_COPIES_REVIEWED.
# tests/unit/test_theme_copies.py fails when the installed theme's file differs: then review the
# upstream diff, carry it into the copy, and update the hash and the version here.
THEME_COPIES_REVIEWED = "9.8.2"
THEME_COPIES = {
    "partials/header.html": "8cf3fb15bcf969ff596649616fd99366b3c31c08d57a86d05308efc16d8fa75f",
    "partials/nav-item.html": "89895208f22d68ce405a4bcb6649b9150eba5bbb04663a6cb3f93f02daf1d2f7",
    "partials/search.html": "bfd556535abcddb99396ab2a7e3acc2ebcd3f36756007d3969396caa4126be30",
    "partials/javascripts/palette.html": "8790389765ea6036effddba548b15093bb05bdc75624eaeaf8b13f3c24be4ab5",
    "partials/javascripts/content.html": "3722e156f0f6339de39fbbfc178b6e401d1a4fb890f189ac5b80c2504bda7dcf",
}


def unreviewed_copies(theme_dir: Path, *, version: str) -> list[str]:
    """One line per copied partial whose original in the installed theme (`theme_dir`, the theme's
    templates folder, at `version`) is not the file the copy was reviewed against."""
    problems = []
    for name, reviewed in THEME_COPIES.items():
        original = theme_dir / name
        found = hashlib.sha256(original.read_bytes()).hexdigest() if original.is_file() else None
        if found != reviewed:
            change = "changed" if found else "is gone"
            problems.append(
                f"overrides/{name}: mkdocs-material's {name} {change} since {THEME_COPIES_REVIEWED} (installed: {version}); "
                f"review the upstream diff, carry it into the copy, then update its hash in seen.pages.templates"
            )
    return problems


def escapes_html(overrides: Path) -> Callable[[str | None], bool]:
    """The HTML environment's autoescape rule: on for the guide's own templates in `overrides/`,
    off for the theme's and our copies of them (they escape by hand, or are given escaped text)."""
    ours = {path.relative_to(overrides).as_posix() for path in overrides.rglob("*.html")} - THEME_COPIES.keys()
    return lambda name: name in ours


def template_cache(project: Path, kind: str) -> jinja2.BytecodeCache:
    """Compiled templates, kept between builds: compiling the theme's takes longer than rendering pages.

    One folder per environment (`kind`): a template compiled with autoescaping differs from the same
    file compiled without, and the cache knows a template only by its name and source."""
    folder = project / ".cache" / "templates" / kind
    folder.mkdir(parents=True, exist_ok=True)
    return jinja2.FileSystemBytecodeCache(str(folder))


def markdown_env(
    template_dirs: Sequence[str], *, icons: Icons, bytecode_cache: jinja2.BytecodeCache | None = None
) -> jinja2.Environment:
    """The environment that draws Markdown from `overrides/entries/` and `overrides/pages/`.

    Autoescaped (the rule above): a value lands in Markdown HTML-escaped, and `|md` also escapes
    Markdown's punctuation, so data text shows exactly as written."""
    env = jinja2.Environment(
        bytecode_cache=bytecode_cache,
        loader=jinja2.FileSystemLoader(list(template_dirs)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = markdown_text
    env.filters["paragraphs"] = paragraphs
    env.filters["path"] = entry_path
    env.filters["icon"] = icons.svg
    env.filters["anchor"] = map_anchor
    return env


def structured_data(value: object) -> Markup:
    """A page's JSON-LD (`<script type="application/ld+json">`): sorted and script-safe like Jinja's
    tojson, but without spaces and with letters as written: smaller in every page."""
    return Markup(html_safe_json(value, ascii_only=False))


def html_globals(guide: Guide, *, edition: Edition, project: Path) -> dict[str, Any]:
    """What every HTML template may use, the 404 page included."""
    colours = guide.practice.colours
    return {
        "ui": guide.ui,
        "practice": guide.practice,
        "help_lines": guide.help,
        "brand": palette(colours.primary, colours.accent),
        "qr_svg": cached_qr_svg(project / ".cache" / "qr"),  # drawn once, kept between builds
        "edition": edition,
    }


def prepare_html_env(
    env: jinja2.Environment, *, guide: Guide, icons: Icons, edition: Edition, project: Path, theme_bundle: str
) -> None:
    """MkDocs' theme environment, which draws HTML, made ready for the guide's templates:
    autoescaping for ours (the rule above), the guide's globals and its two filters.
    `theme_bundle`: the theme's script, which assets/seen.js loads when first needed (seen.pages.theme_script)."""
    env.autoescape = escapes_html(project / "overrides")
    env.bytecode_cache = template_cache(project, "html")
    env.globals.update(html_globals(guide, edition=edition, project=project))
    env.globals["theme_bundle"] = theme_bundle
    env.filters["icon"] = icons.svg  # an entry's icon, drawn by partials/seen-icon.html
    env.filters["fill"] = fill  # a label's placeholders (seen.content.labels), never str.format
    env.filters["structured_data"] = structured_data  # a page's JSON-LD, compact and script-safe


def help_html(env: jinja2.Environment) -> str:
    """The urgent-help block and the practice's "Talk to us", for a Markdown page's help marker."""
    return env.get_template("partials/help.html").render(open_regions=True) + (
        env.get_template("partials/talk-to-us.html").render()
    )
