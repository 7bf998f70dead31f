"""The guide's style sheets lose comments and spaces, nothing else (seen.finish.css)."""

from __future__ import annotations

from pathlib import Path

import pytest

from seen.finish.css import minify_css, minify_own_sheets
from support.project import ROOT


def test_comments_and_spaces_go_and_quoted_text_stays() -> None:
    css = """/* a note: it's "quoted" */
/*! kept */
.a  .b ,
.c:hover {
  content: " (" attr(data-x) ")  /* not a comment */";
  margin: 0 auto;   /* trailing */
  width: calc(100% - 2rem);
}
@media screen and (min-width: 45em) {
  .d { mask: url("data:image/svg+xml,<svg viewBox='0 0 24 24'/>") center/contain; }
}
"""
    assert minify_css(css) == (
        '/*! kept */ .a .b,.c:hover{content: " (" attr(data-x) ")  /* not a comment */";margin: 0 auto;'
        "width: calc(100% - 2rem)}"
        "@media screen and (min-width: 45em){.d{mask: url(\"data:image/svg+xml,<svg viewBox='0 0 24 24'/>\") "
        "center/contain}}\n"
    )


def test_a_broken_sheet_is_refused() -> None:
    with pytest.raises(ValueError, match="closed comments and strings"):
        minify_css(".a { color: red; } /* never closed")


def test_the_guides_own_sheets_keep_every_rule(tmp_path: Path) -> None:
    (tmp_path / "assets").mkdir()
    for name in ("seen.css", "handout.css"):
        (tmp_path / "assets" / name).write_text((ROOT / "docs" / "assets" / name).read_text(encoding="utf-8"))
    sizes = minify_own_sheets(tmp_path)
    assert len(sizes) == 2
    for sheet, (before, after) in sizes.items():
        text = sheet.read_text(encoding="utf-8")
        assert after < 0.8 * before and "/*" not in text, sheet.name
        assert text.count("{") == text.count("}"), sheet.name
        original = (ROOT / "docs" / "assets" / sheet.name).read_text(encoding="utf-8")
        assert text.count("@media") == original.count("@media"), sheet.name
