"""Reading the map's drawing (overrides/entries/map-svg.html) back as a reader's eye would: which box
each line leaves and which box it reaches, from the drawing alone.

A line is drawn inside its source's group; where it ends is worked out from its path (M, then h q v
q h steps, relative or absolute), and its target is the box whose side and middle it ends on.
"""

from __future__ import annotations

import re

from bs4 import Tag

_STEP = re.compile(r"([MmHhVvQq])([^MmHhVvQq]*)")
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def path_points(d: str) -> list[tuple[float, float]]:
    """Where the pen stands after each step of a path made of M, H, V and Q (either case)."""
    x = y = 0.0
    points = []
    for command, numbers in _STEP.findall(d):
        values = [float(n) for n in _NUMBER.findall(numbers)]
        relative = command.islower()
        kind = command.upper()
        if kind == "M":
            x, y = (x + values[0], y + values[1]) if relative else (values[0], values[1])
        elif kind == "H":
            x = x + values[0] if relative else values[0]
        elif kind == "V":
            y = y + values[0] if relative else values[0]
        elif kind == "Q":
            x, y = (x + values[2], y + values[3]) if relative else (values[2], values[3])
        points.append((x, y))
    return points


def page_path(href: str) -> str:
    """A box's link as the data names its entry: "../signs/gaslighting/" -> "signs/gaslighting.md"."""
    return href.removeprefix("../").strip("/") + ".md"


def boxes(svg: Tag) -> dict[str, tuple[float, float, float]]:
    """Each box as (left, middle, right), by its entry's path."""
    found = {}
    for group in svg.select("g.seen-map__node"):
        rect = group.select_one("rect.seen-map__box")
        x, y, w, h = (float(rect[a]) for a in ("x", "y", "width", "height"))
        found[page_path(group.a["href"])] = (x, y + h / 2, x + w)
    return found


def drawn_lines(svg: Tag) -> list[tuple[str, str, tuple[float, float], tuple[float, float]]]:
    """Every line as (source path, target path, start, end); the target is "" where the line ends on
    no box's side at its middle."""
    placed = boxes(svg)
    lines = []
    for group in svg.select("g.seen-map__node"):
        source = page_path(group.a["href"])
        for edge in group.select("path.seen-map__edge"):
            points = path_points(edge["d"])
            (x1, y1) = points[-1]
            target = next(
                (path for path, (left, middle, right) in placed.items() if y1 == middle and x1 in (left, right)), ""
            )
            lines.append((source, target, points[0], points[-1]))
    return lines
