"""A practice's own pages (branding/pages/ for the first language, branding/pages/<code>/ for
another): read and checked before anything is written (in-process, as `mkdocs build` does at
on_config). Each mistake is one line naming the file, what was expected and what was found."""

from __future__ import annotations

from pathlib import Path

import pytest

from support.project_check import check_project, data_copy

GOOD = "---\ntitle: Fees and insurance\ndescription: What a session costs.\n---\n\n# Fees and insurance\n\nText.\n"

BAD = {
    "not Markdown": (
        {"fees.docx": "a word file"},
        'branding/pages/fees.docx: expected a Markdown page (.md), like "fees-and-insurance.md", found a .docx file',
    ),
    "no extension": (
        {"fees": GOOD},
        'branding/pages/fees: expected a Markdown page (.md), like "fees-and-insurance.md", found a file without .md',
    ),
    "no front matter": (
        {"fees.md": "# Fees\n\nText.\n"},
        'branding/pages/fees.md: front matter "title": expected the page\'s title and description between two lines '
        "of --- at the top (---, title: Fees and insurance, description: One sentence., ---), found no front matter",
    ),
    "front matter not closed": (
        {"fees.md": "---\ntitle: Fees\n\n# Fees\n"},
        'branding/pages/fees.md: front matter "title": expected the page\'s title and description between two lines '
        "of --- at the top (---, title: Fees and insurance, description: One sentence., ---), found no closing ---",
    ),
    "missing title": (
        {"fees.md": "---\ndescription: What a session costs.\n---\n\n# Fees\n"},
        'branding/pages/fees.md: front matter "title": expected the page\'s title, like "Fees and insurance" '
        "(the menu shows it), found nothing",
    ),
    "blank title": (
        {"fees.md": "---\ntitle: '  '\ndescription: What a session costs.\n---\n\n# Fees\n"},
        'branding/pages/fees.md: front matter "title": expected the page\'s title, like "Fees and insurance" '
        "(the menu shows it), found blank text",
    ),
    "missing description": (
        {"fees.md": "---\ntitle: Fees\n---\n\n# Fees\n"},
        'branding/pages/fees.md: front matter "description": expected one sentence for previews and search results, '
        "found nothing",
    ),
    "clashes with a guide page": (
        {"about.md": GOOD},
        "branding/pages/about.md: expected a name the guide does not use (the page would be at /about/), found "
        '"about.md", the address of the guide\'s own page /about/',
    ),
    "clashes with a section": (
        {"signs.md": GOOD},
        "branding/pages/signs.md: expected a name the guide does not use (the page would be at /signs/), found "
        '"signs.md", the address of the guide\'s own page /signs/',
    ),
    "clashes with a page made from data": (
        {"check-in.md": GOOD},
        "branding/pages/check-in.md: expected a name the guide does not use (the page would be at /check-in/), "
        'found "check-in.md", the address of the guide\'s own page /check-in/',
    ),
    "clashes with the home page": (
        {"index.md": GOOD},
        "branding/pages/index.md: expected a name the guide does not use (the page would be at /index/), found "
        '"index.md", a name the site uses itself',
    ),
    "clashes with an edition": (
        {"es.md": GOOD},
        'branding/pages/es.md: expected a name the guide does not use (the page would be at /es/), found "es.md", '
        "the address of an edition (a language code)",
    ),
    "name not an address": (
        {"Fees and insurance.md": GOOD},
        "branding/pages/Fees and insurance.md: expected a file name of lowercase words joined by hyphens (it is the "
        'page\'s address), like "fees-and-insurance.md", found "Fees and insurance.md"',
    ),
    "folder for no language": (
        {"photos/team.md": GOOD},
        'branding/pages/photos/: expected a folder named for one of your other languages (es), found a folder "photos"',
    ),
    "folder in a language folder": (
        {"es/more/fees.md": GOOD},
        'branding/pages/es/more/: expected only Markdown pages (.md), found a folder "more"',
    ),
    "mistake in the other language's page": (
        {"fees.md": GOOD, "es/fees.md": "---\ndescription: Lo que cuesta una sesión.\n---\n\n# Tarifas\n"},
        'branding/pages/es/fees.md: front matter "title": expected the page\'s title, like "Fees and insurance" '
        "(the menu shows it), found nothing",
    ),
    "misspelt marker": (
        {"fees.md": GOOD + "\n<!-- guide:halp -->\n"},
        "branding/pages/fees.md: line 10: expected a marker like <!-- guide:help -->, <!-- guide:map -->, "
        "<!-- guide:name --> or <!-- guide:cards signs --> (effects, steps), found <!-- guide:halp -->",
    ),
    "unquoted colon in the title": (
        {"fees.md": "---\ntitle: Fees: what we charge\ndescription: x\n---\n"},
        'branding/pages/fees.md: line 2: expected one "field: value" on this line, found a second ": " (put text that '
        'holds ": " in quotes)',
    ),
}


def _project(tmp_path: Path, files: dict[str, str]) -> Path:
    project = data_copy(tmp_path / "project")
    for name, text in files.items():
        path = project / "branding" / "pages" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return project


@pytest.mark.parametrize(("files", "message"), BAD.values(), ids=BAD.keys())
def test_a_mistake_in_a_practice_page_is_one_line(tmp_path: Path, files: dict[str, str], message: str) -> None:
    error = check_project(_project(tmp_path, files)).error
    assert error is not None, "the page was accepted"
    first = error.splitlines()[0]
    if message.endswith("in the value"):  # a YAML slip: the guide's own wording, then the line quoted
        assert first.startswith(message.removesuffix('found a second ": " in the value')), first
    else:
        assert first == message


def _build(project: Path):
    from mkdocs.config import load_config

    from seen.build import start_build

    return start_build(load_config(str(project / "mkdocs.yml")))


def test_pages_join_the_menu_after_the_guides_own_in_file_name_order(tmp_path: Path) -> None:
    about = GOOD.replace("Fees and insurance", "About our practice")
    project = _project(tmp_path, {"fees-and-insurance.md": GOOD, "about-us.md": about, ".DS_Store": "x"})
    build = _build(project)
    assert build.nav[-2:] == [{"About our practice": "about-us.md"}, {"Fees and insurance": "fees-and-insurance.md"}]
    assert [page.path for page in build.practice_pages] == ["about-us.md", "fees-and-insurance.md"]
    assert build.practice_twins == {"en": {"about-us.md", "fees-and-insurance.md"}, "es": set()}


def test_a_title_is_escaped_once_for_the_menu(tmp_path: Path) -> None:
    project = _project(tmp_path, {"fees.md": GOOD.replace("Fees and insurance", "Fees & <insurance>")})
    assert _build(project).nav[-1] == {"Fees &amp; &lt;insurance&gt;": "fees.md"}


def test_a_language_folder_holds_that_editions_pages(tmp_path: Path) -> None:
    tarifas = GOOD.replace("Fees and insurance", "Tarifas y seguros")
    project = _project(tmp_path, {"fees.md": GOOD, "es/fees.md": tarifas, "es/solo.md": tarifas})
    build = _build(project)
    assert build.practice_twins == {"en": {"fees.md"}, "es": {"fees.md", "solo.md"}}
    assert "es/fees.md" not in build.practice_twins["en"]


def test_a_folder_for_a_language_not_published_is_left_alone(tmp_path: Path) -> None:
    project = _project(tmp_path, {"fees.md": GOOD, "es/fees.md": "not even front matter"})
    (project / "data" / "practice.yml").write_text("languages: [en]\n", encoding="utf-8")
    assert check_project(project).error is None
