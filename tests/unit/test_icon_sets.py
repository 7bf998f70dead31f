"""Icons: looked up only inside the theme's icon sets, read as their view box and shapes, painted in
the text colour. On the built pages: tests/site/test_icons.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from seen.content.icons import Icons, shipped_icon_dirs

ICONS = Icons(tuple(shipped_icon_dirs()))


def test_the_stylesheet_paints_icons_in_the_current_text_colour() -> None:
    css = (Path(__file__).resolve().parents[2] / "docs" / "assets" / "seen.css").read_text(encoding="utf-8")
    rule = css.split(".md-typeset .seen-icon {", 1)[1].split("}", 1)[0]
    assert "fill: currentcolor;" in rule


def test_icon_names_are_looked_up_only_inside_the_icon_sets() -> None:
    assert ICONS.path("material/volume-off") is not None
    assert ICONS.path("material/volume-of") is None
    assert ICONS.path("../../material/__init__") is None
    assert ICONS.suggestion("material/volume-of") == "material/volume-off"
    assert ICONS.suggestion("material/zzzzzzzz-qqqq") is None


def test_an_icon_is_read_as_its_view_box_and_its_shapes(tmp_path: Path) -> None:
    (tmp_path / "set").mkdir()
    (tmp_path / "set" / "leaf.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><!-- licence --><path d="M1 1h14v14z"/></svg>\n',
        encoding="utf-8",
    )
    (tmp_path / "set" / "broken.svg").write_text("<svg><path/></svg>", encoding="utf-8")
    icons = Icons((tmp_path,))
    svg = icons.svg("set/leaf")
    assert svg.view_box == "0 0 16 16"
    assert str(svg.body) == '<path d="M1 1h14v14z"/>'
    with pytest.raises(ValueError, match="viewBox"):
        icons.svg("set/broken")
    with pytest.raises(ValueError, match='found "set/none"'):
        icons.svg("set/none")


def test_an_icon_set_reached_through_a_symbolic_link_is_still_found(tmp_path: Path) -> None:
    # A theme folder inside a virtual environment reached by a link (a home folder on another disk, a checkout
    # sharing another's environment) named no icon before; a name leaving the set is still refused.
    (tmp_path / "real" / "set").mkdir(parents=True)
    (tmp_path / "real" / "set" / "leaf.svg").write_text('<svg viewBox="0 0 1 1"><path d="M0 0"/></svg>', "utf-8")
    (tmp_path / "outside.svg").write_text('<svg viewBox="0 0 1 1"><path d="M0 0"/></svg>', "utf-8")
    (tmp_path / "link").symlink_to(tmp_path / "real")
    icons = Icons((tmp_path / "link",))
    assert icons.path("set/leaf") == tmp_path / "link" / "set" / "leaf.svg"
    assert icons.path("../outside") is None
