"""The icons an entry can name: the SVG files that ship with mkdocs-material, read at build time.

Nothing is downloaded and no icon font is used: an icon is the inline SVG of one file in a
theme folder's `.icons/` (mkdocs-material's own sets: material, octicons, fontawesome, simple).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import material
from markupsafe import Markup

ICON_EXAMPLE = "material/volume-off"
_SVG = re.compile(r"^\s*<svg\b(?P<attributes>[^>]*)>(?P<body>.*)</svg>\s*$", re.DOTALL)
_VIEW_BOX = re.compile(r'\bviewBox="(?P<view_box>[-0-9. ]+)"')
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


def shipped_icon_dirs() -> list[Path]:
    """mkdocs-material's own icon folder, for code that runs without a MkDocs config (tests, scripts)."""
    return [Path(material.__file__).resolve().parent / "templates" / ".icons"]


def theme_icon_dirs(theme_dirs: Sequence[str]) -> list[Path]:
    """The `.icons/` folders of the theme, in the order the theme looks them up (overrides first)."""
    return [Path(folder) / ".icons" for folder in theme_dirs if (Path(folder) / ".icons").is_dir()]


@dataclass(frozen=True)
class IconSvg:
    """The parts of an icon's SVG file that a template needs to draw it inline."""

    view_box: str
    body: Markup  # the file's own shapes: theme content, not data, so it is not escaped


@dataclass(frozen=True)
class Icons:
    """The icon sets available to this build (one build: each icon is looked up and read once)."""

    dirs: tuple[Path, ...]
    _read: dict[str, IconSvg] = field(default_factory=dict, compare=False, repr=False)

    def path(self, name: str) -> Path | None:
        """The SVG file of an icon name such as "material/volume-off", or None where no set has it."""
        for folder in self.dirs:
            candidate = folder / f"{name}.svg"
            if candidate.is_file() and folder.resolve() in candidate.resolve().parents:
                return candidate
        return None

    def suggestion(self, name: str) -> str | None:
        """The closest real icon name in the same set, for a "did you mean" hint."""
        icon_set, _, _ = name.rpartition("/")
        candidates = _names_in(self.dirs, icon_set)
        close = difflib.get_close_matches(name, candidates, n=1, cutoff=0.8)
        return close[0] if close else None

    def svg(self, name: str) -> IconSvg:
        if name in self._read:  # a large guide draws the same few icons on every page
            return self._read[name]
        path = self.path(name)
        if path is None:
            raise ValueError(f'expected an icon that ships with mkdocs-material, found "{name}"')
        self._read[name] = _read_svg(path)
        return self._read[name]


def _names_in(dirs: tuple[Path, ...], icon_set: str) -> list[str]:
    names: set[str] = set()
    for folder in dirs:
        names.update(f"{icon_set}/{path.stem}" for path in (folder / icon_set).glob("*.svg"))
    return sorted(names)


def _read_svg(path: Path) -> IconSvg:
    text = _COMMENT.sub("", path.read_text(encoding="utf-8"))
    match = _SVG.match(text)
    view_box = _VIEW_BOX.search(match["attributes"]) if match else None
    if match is None or view_box is None:
        raise ValueError(f"{path}: expected one <svg> element with a viewBox, found something else")
    return IconSvg(view_box=view_box["view_box"], body=Markup(match["body"].strip()))
