"""The theme's icons leave every page for the cached style sheet (seen.finish.icons)."""

from __future__ import annotations

from pathlib import Path

import material

from seen.finish.icons import START, IconSheet, icon_class

ICONS = Path(material.__file__).parent / "templates" / ".icons" / "material"


def theme_icon(name: str) -> str:
    return (ICONS / f"{name}.svg").read_text(encoding="utf-8").strip()


def test_a_theme_icon_keeps_its_box_and_loses_its_drawing_to_one_rule() -> None:
    sheet = IconSheet()
    menu = theme_icon("menu")
    page = f'<label class="md-icon">{menu}</label><button>{menu}{theme_icon("magnify")}</button>'
    lifted = sheet.lift(page)
    assert "<path" not in lifted
    name = icon_class(menu.split('d="')[1].split('"')[0])
    assert lifted.count(f'<svg class="seen-i {name}" viewBox="0 0 24 24" aria-hidden="true"></svg>') == 2
    rules = sheet.rules()
    assert rules.count("url(") == 1 and rules.count("<path") == 2, "one picture holds both shapes"
    assert f".{name}{{--seen-i-at:" in rules
    assert "print-color-adjust:exact" in rules and "forced-color-adjust:none" in rules


def test_an_entry_icon_becomes_its_circle_painted_with_its_shape() -> None:
    sheet = IconSheet()
    icon = (
        '<svg class="seen-icon seen-card__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">'
        '<path d="M1 1h2z"/></svg>'
    )
    lifted = sheet.lift(f"<li>{icon} <a href=x/>X</a></li>")
    name = icon_class("M1 1h2z")
    assert (
        lifted
        == f'<li><span class="seen-icon seen-card__icon seen-i-box {name}" aria-hidden="true"></span> <a href=x/>X</a></li>'
    )
    assert ".seen-i-box::before{" in sheet.rules() and "M1 1h2z" in sheet.rules()


def test_other_pictures_stay_inline() -> None:
    sheet = IconSheet()
    on_the_map = (
        '<svg class="seen-icon" x="1" y="2" width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" '
        'focusable="false"><path d="M1 1h2z"/></svg>'
    )
    two_shapes = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M1 1z"/><path d="M2 2z"/></svg>'
    other_box = (
        '<svg class="seen-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M1 1z"/></svg>'
    )
    qr = '<svg viewBox="0 0 41 41" class="seen-qr"><path d="M0 0h41v41h-41z"/></svg>'
    page = on_the_map + two_shapes + other_box + qr
    assert sheet.lift(page) == page and not sheet.shapes


def test_the_rules_replace_those_of_an_earlier_build(tmp_path: Path) -> None:
    css = tmp_path / "assets" / "seen.css"
    css.parent.mkdir()
    css.write_text(".seen-x{color:red}\n", encoding="utf-8")
    sheet = IconSheet()
    sheet.lift(theme_icon("close"))
    sheet.write(tmp_path)
    sheet.write(tmp_path)
    text = css.read_text(encoding="utf-8")
    assert text.startswith(".seen-x{color:red}\n") and text.count(START) == 1 and text.count("--seen-icons:url(") == 1


def test_every_shape_is_in_one_strip_and_each_class_shows_its_own_cell() -> None:
    """One SVG picture for all the shapes (a browser builds a document for each picture a page uses):
    shape i starts 2 * i cells along, and its class moves the strip so a square box shows that cell."""
    from urllib.parse import unquote

    sheet = IconSheet()
    shapes = [f"M{n} {n}h2z" for n in range(1, 6)]
    sheet.lift(
        "".join(f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="{d}"/></svg>' for d in shapes)
    )
    rules = sheet.rules()
    picture = unquote(rules.split('--seen-icons:url("data:image/svg+xml,')[1].split('")')[0])
    assert picture.startswith("<svg xmlns='http://www.w3.org/2000/svg' width='240' height='24' viewBox='0 0 240 24'")
    assert "/1000% 100% no-repeat" in rules, "the strip is 2 * 5 boxes wide, said outright (WebKit)"
    names = sorted(sheet.shapes)
    count = len(names)
    for index, name in enumerate(names):
        path = sheet.shapes[name]
        cell = f"<path transform='translate({48 * index})' d='{path}'/>" if index else f"<path d='{path}'/>"
        assert cell in picture, name
        # A box of width 1 and a strip of width 2 * count: the offset (1 - 2 * count) * p is -2 * index.
        at = float(rules.split(f".{name}{{--seen-i-at:")[1].split("%")[0]) / 100
        assert abs((1 - 2 * count) * at + 2 * index) < 1e-3, name
