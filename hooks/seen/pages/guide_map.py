"""Where everything sits on the map of the guide: plain numbers for overrides/entries/map-svg.html.

The map is one column of boxes, phone-first: the signs, then the effects, then the steps. Every
cross-reference in the data is one line. A line leaves its source box sideways, runs down a lane
beside the boxes, and turns into its target box: lanes to effects run on the right, lanes to steps
on the left, one lane per target, so lines that meet the same box share its lane. The lane of the
first target sits closest to the boxes, so no line ever has to cross a lane to reach its box.

Nothing here writes SVG: this module decides numbers, the template draws them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from seen.content.guide import KINDS, Guide
from seen.content.models import Effect, Entry, Sign
from seen.pages.wrapping import cut_word

# Widths of printable ASCII characters in Helvetica/Arial, in 1/1000 em, from " " (32) to "~" (126).
# Phones draw the map's words in their own sans-serif; these widths, with SAFETY on top, keep
# every line inside its box on the wider ones too.
_ASCII_WIDTHS = (
    278,
    278,
    355,
    556,
    556,
    889,
    667,
    191,
    333,
    333,
    389,
    584,
    278,
    333,
    278,
    278,
    556,
    556,
    556,
    556,
    556,
    556,
    556,
    556,
    556,
    556,
    278,
    278,
    584,
    584,
    584,
    556,
    1015,
    667,
    667,
    722,
    722,
    667,
    611,
    778,
    722,
    278,
    500,
    667,
    556,
    833,
    722,
    778,
    667,
    778,
    722,
    667,
    611,
    722,
    667,
    944,
    667,
    667,
    611,
    278,
    278,
    278,
    469,
    556,
    333,
    556,
    556,
    500,
    556,
    556,
    278,
    556,
    556,
    222,
    222,
    500,
    222,
    833,
    556,
    556,
    556,
    556,
    333,
    500,
    278,
    556,
    500,
    722,
    500,
    500,
    500,
    334,
    260,
    334,
    584,
)
_OTHER_WIDTHS = {"\u2019": 222, "\u2018": 222, "\u201c": 333, "\u201d": 333, "\u2013": 556, "\u2014": 1000}
SAFETY = 1.1

# Which side of the boxes the lanes to each kind of target run on: +1 right, -1 left.
LANE_SIDE = {"effects": 1, "steps": -1}


def text_width(text: str, font_size: float) -> float:
    """An upper estimate of how wide `text` is drawn at `font_size`, in the same units."""
    total = 0
    for char in text:
        code = ord(char)
        if 32 <= code <= 126:
            total += _ASCII_WIDTHS[code - 32]
        elif char in _OTHER_WIDTHS:
            total += _OTHER_WIDTHS[char]
        else:  # accented Latin letters are about as wide as "m"; other scripts up to a full em
            total += 833 if code < 0x2E80 else 1000
    return total * font_size * SAFETY / 1000


def wrap_text(text: str, *, max_width: float, font_size: float) -> list[str]:
    """Break text into as few lines as fit in max_width, as even in length as they can be.

    Like CSS `text-wrap: balance`: the narrowest width that still needs no extra line, so a title
    never ends on one lonely word.
    """
    lines = _wrap_greedy(text, max_width=max_width, font_size=font_size)
    low, high = 0.0, max_width
    while high - low > 0.5:
        middle = (low + high) / 2
        if len(_wrap_greedy(text, max_width=middle, font_size=font_size)) <= len(lines):
            high = middle
        else:
            low = middle
    return _wrap_greedy(text, max_width=high, font_size=font_size)


def line_joins(text: str, lines: list[str]) -> list[str]:
    """What stood between each pair of wrapped lines in the text: " " at a space, "" inside a cut word.

    Screen readers and copy-paste read the lines joined by these, so a cut word stays whole.
    """
    words = " ".join(text.split())
    joins, position = [], 0
    for line in lines[:-1]:
        position += len(line)
        joins.append(" " if words[position : position + 1] == " " else "")
        position += len(joins[-1])
    return joins


def _wrap_greedy(text: str, *, max_width: float, font_size: float) -> list[str]:
    """Fill each line with as many words as fit; a word too long for a line alone is cut."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if text_width(candidate, font_size) <= max_width:
            current = candidate
            continue
        if current:
            lines.append(current)
        *whole, current = cut_word(word, lambda part: text_width(part, font_size) <= max_width)  # seen.pages.wrapping
        lines += whole
    if current:
        lines.append(current)
    return lines or [""]


@dataclass(frozen=True)
class MapStyle:
    """The map's measurements, in SVG user units (CSS px when the map is drawn at 300 px wide)."""

    width: int = 300
    margin: int = 6  # outside the outermost lane
    lane_gap: int = 7  # between two lanes
    lane_inset: int = 11  # between a box and its nearest lane
    font_size: float = 13.5
    line_height: int = 17
    padding: int = 9  # inside a box, around its words
    icon_size: int = 18
    icon_gap: int = 8
    min_height: int = 40
    box_gap: int = 8  # between two boxes
    heading_size: float = 13.5
    heading_height: int = 30  # a section's heading, from its top to its first box
    section_gap: int = 18  # between a section's last box and the next heading
    corner: int = 4  # radius of a line's turns


@dataclass(frozen=True)
class Heading:
    """A section's name above its boxes, e.g. "The 13 signs"."""

    kind: str
    lines: list[str]
    x: float
    y: float  # baseline of the first line


@dataclass(frozen=True)
class Arrow:
    """Where lines end at a box: the tip sits on the box's edge; `side` is +1 for right, -1 for left."""

    x: float
    y: float
    side: int


@dataclass(frozen=True)
class Node:
    """One entry's box: a link to its page, with its icon and its wrapped title."""

    entry: Entry
    anchor: str
    x: float
    y: float
    width: float
    height: float
    lines: list[str]
    joins: list[str]  # between line n and n + 1: " ", or "" where a long word was cut
    icon_x: float
    icon_y: float
    text_x: float
    text_y: float  # baseline of the first line
    arrow: Arrow | None = None

    @property
    def middle(self) -> float:
        return self.y + self.height / 2


@dataclass(frozen=True)
class Edge:
    """One cross-reference: from the side of its source box, along its target's lane, into the target.

    The path is M x0,y0 H (lane - turn) Q lane,y0 lane,(y0 + corner) V (y1 - corner)
    Q lane,y1 (lane - turn),y1 H x1, where turn = side * corner; `d` writes it with relative steps
    after the start (shorter: the map page carries about 80 of them).
    """

    source: Entry
    target: Entry
    x0: float
    y0: float
    lane: float
    y1: float
    x1: float
    side: int
    corner: int

    @property
    def turn(self) -> int:
        return self.side * self.corner

    @property
    def d(self) -> str:
        """The path as SVG draws it: M x0 y0, then h q v q h relative to where the pen is."""
        across = self.lane - self.turn - self.x0
        down = self.y1 - self.y0 - 2 * self.corner
        back = self.x1 - self.lane + self.turn
        return (
            f"M{_num(self.x0)} {_num(self.y0)}h{_num(across)}q{_num(self.turn)} 0 {_num(self.turn)} {self.corner}"
            f"v{_num(down)}q0 {self.corner} {_num(-self.turn)} {self.corner}h{_num(back)}"
        ).replace(" -", "-")


def _num(value: float) -> str:
    """A coordinate as short as it can be written: 62 for 62.0, 57.5 as it is."""
    return f"{round(value, 2):g}"


@dataclass(frozen=True)
class MapLayout:
    width: int
    height: float
    headings: list[Heading]
    nodes: list[Node]
    edges: list[Edge]
    style: MapStyle = field(repr=False)

    def outgoing(self, entry: Entry) -> list[Edge]:
        """The lines an entry sends out, in data order."""
        return [edge for edge in self.edges if edge.source is entry]

    def neighbours(self, entry: Entry) -> list[Node]:
        """The boxes an entry is joined to by a line either way, in map order (to light them up together)."""
        joined = {id(edge.target) for edge in self.edges if edge.source is entry}
        joined |= {id(edge.source) for edge in self.edges if edge.target is entry}
        return [node for node in self.nodes if id(node.entry) in joined]


def map_anchor(entry: Entry) -> str:
    """The id of an entry's place on the map page, e.g. "signs-silent-treatment"."""
    return f"{entry.kind}-{entry.slug}"


def cross_references(guide: Guide) -> list[tuple[Entry, Entry]]:
    """Every (source, target) pair the data names, in data order: sign effects, sign steps, effect steps."""
    pairs: list[tuple[Entry, Entry]] = []
    for entry in guide.signs + guide.effects:
        if isinstance(entry, Sign):
            pairs += [(entry, guide.get("effects", slug)) for slug in entry.effects]
        if isinstance(entry, (Sign, Effect)):
            pairs += [(entry, guide.get("steps", slug)) for slug in entry.steps]
    return pairs


def outgoing_references(guide: Guide, entry: Entry) -> dict[str, list[Entry]]:
    """What one entry points to, by kind of target, in data order: the lines it sends out on the map."""
    result: dict[str, list[Entry]] = {}
    for source, target in cross_references(guide):
        if source is entry:
            result.setdefault(target.kind, []).append(target)
    return result


def layout_map(guide: Guide, headings: dict[str, str], style: MapStyle = MapStyle()) -> MapLayout:
    """Place every entry and every cross-reference of the guide; `headings` names each section."""
    gutters = {LANE_SIDE[kind]: _gutter(len(guide.entries(kind)), style) for kind in LANE_SIDE}
    box_x = gutters[-1]
    box_width = style.width - box_x - gutters[1]
    text_x = box_x + style.padding + style.icon_size + style.icon_gap
    text_width_max = box_x + box_width - style.padding - text_x
    if text_width_max < 4 * style.font_size:
        raise ValueError(f"the map has too many lanes to leave room for words at {style.width} units wide")

    targets = {map_anchor(target) for _, target in cross_references(guide)}
    placed: list[Node] = []
    placed_headings: list[Heading] = []
    y: float = style.margin
    for kind in KINDS:
        heading_lines = wrap_text(headings[kind], max_width=box_width, font_size=style.heading_size)
        placed_headings.append(Heading(kind=kind, lines=heading_lines, x=box_x, y=y + style.heading_size))
        y += style.heading_height + (len(heading_lines) - 1) * style.line_height
        for entry in guide.entries(kind):
            lines = wrap_text(entry.title, max_width=text_width_max, font_size=style.font_size)
            height = max(style.min_height, 2 * style.padding + len(lines) * style.line_height)
            middle = y + height / 2
            side = LANE_SIDE.get(kind)
            arrow = None
            if map_anchor(entry) in targets and side is not None:
                arrow = Arrow(x=box_x + box_width if side > 0 else box_x, y=middle, side=side)
            placed.append(
                Node(
                    entry=entry,
                    anchor=map_anchor(entry),
                    x=box_x,
                    y=y,
                    width=box_width,
                    height=height,
                    lines=lines,
                    joins=line_joins(entry.title, lines),
                    icon_x=box_x + style.padding,
                    icon_y=middle - style.icon_size / 2,
                    text_x=text_x,
                    text_y=_first_baseline(middle, len(lines), style),
                    arrow=arrow,
                )
            )
            y += height + style.box_gap
        y += style.section_gap - style.box_gap

    nodes = {node.anchor: node for node in placed}
    edges = [
        _edge(nodes[map_anchor(source)], nodes[map_anchor(target)], guide, style)
        for source, target in cross_references(guide)
    ]
    return MapLayout(
        width=style.width,
        height=math.ceil(y - style.section_gap + style.margin),
        headings=placed_headings,
        nodes=placed,
        edges=edges,
        style=style,
    )


def _gutter(lanes: int, style: MapStyle) -> int:
    """The room beside the boxes for `lanes` lanes (the map's margin alone where there are none)."""
    return style.margin + style.lane_inset + (lanes - 1) * style.lane_gap if lanes else style.margin


def _first_baseline(middle: float, lines: int, style: MapStyle) -> float:
    """Centre a block of lines on `middle`: each line's baseline sits about 0.8 em below its top half-leading."""
    top = middle - lines * style.line_height / 2
    return round(top + (style.line_height - style.font_size) / 2 + 0.8 * style.font_size, 1)


def _edge(source: Node, target: Node, guide: Guide, style: MapStyle) -> Edge:
    kind = target.entry.kind
    side = LANE_SIDE[kind]
    index = guide.entries(kind).index(target.entry)  # the first target's lane is nearest the boxes
    if target.y <= source.y:
        raise ValueError(f"the map draws lines downwards, but {source.anchor} is not above {target.anchor}")
    edge_x = source.x + source.width if side > 0 else source.x
    lane = edge_x + side * (style.lane_inset + index * style.lane_gap)
    return Edge(
        source=source.entry,
        target=target.entry,
        x0=edge_x,
        y0=source.middle,
        lane=lane,
        y1=target.middle,
        x1=target.x + target.width if side > 0 else target.x,
        side=side,
        corner=style.corner,
    )
