"""Preview cards: the 1200 x 630 picture a chat app shows beside a shared link.

Drawn at build time with Pillow and the DejaVu fonts shipped beside this file, so nothing is
downloaded. A card is stored under the hash of everything that shapes it (its words, the colours,
the fonts, CARD_VERSION), so a rebuild with nothing changed draws none. A build that must draw many
(the first one) draws them in worker processes while the pages are written: a card's address is
its hash, known before it is drawn, and the same words give the same picture in any process.
"""

from __future__ import annotations

import hashlib
import io
import json
import math
import multiprocessing
import os
import tempfile
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import asdict, dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from seen.pages.wrapping import cut_word

if TYPE_CHECKING:  # Pillow is imported where a card is drawn: a build whose cards are all kept draws none
    from PIL import Image, ImageFont

CARD_WIDTH, CARD_HEIGHT = 1200, 630
CARD_VERSION = "3"  # bump when the drawing below changes, so cached cards are drawn again
FONTS = Path(__file__).resolve().parent / "fonts"
BOLD, REGULAR = FONTS / "DejaVuSans-Bold.ttf", FONTS / "DejaVuSans.ttf"

MARGIN = 80
PAPER = "#fbfaf7"  # warm off-white: calm, and it keeps the file small
INK = "#1f2725"
MUTED = "#4d5755"
TITLE_SIZES = (76, 68, 60, 54)  # the largest that fits in TITLE_LINES lines wins
TITLE_LINES = 3
LINE_SIZE, LINE_LINES = 34, 3
CARD_WORKERS = 2  # processes drawing cards when a build has many to draw (the measured machine has 2 cores)
CARD_BATCH = 8  # cards handed to a worker at a time (the rest when the build asks for them all)


@dataclass(frozen=True)
class CardText:
    """The words on a card. `eyebrow` (the section) and `line` (the summary) may be empty."""

    site_name: str
    title: str
    line: str = ""
    eyebrow: str = ""
    footer: str = ""  # the site's address, e.g. seen.example.org


@dataclass(frozen=True)
class CardStyle:
    primary: str  # #rrggbb
    accent: str
    logo: str = ""  # a PNG file drawn at the band's start (the practice's), or ""
    logo_digest: str = ""  # its content's hash: a changed logo draws the cards again


@cache
def _font_digest() -> str:
    digest = hashlib.sha256()
    for font in (BOLD, REGULAR):
        digest.update(font.read_bytes())
    return digest.hexdigest()


def card_key(text: CardText, style: CardStyle) -> str:
    """The cache key: changes whenever anything that shapes the picture changes."""
    shape = {
        "text": asdict(text),
        "style": {name: value for name, value in asdict(style).items() if name != "logo"},  # the logo by content
        "fonts": _font_digest(),
        "version": CARD_VERSION,
        "size": [CARD_WIDTH, CARD_HEIGHT],
    }
    return hashlib.sha256(json.dumps(shape, sort_keys=True).encode("utf-8")).hexdigest()[:20]


@cache
def _font(path: Path, size: int) -> ImageFont.FreeTypeFont:
    from PIL import ImageFont

    return ImageFont.truetype(str(path), size)


@lru_cache(maxsize=1 << 16)
def _length(font: ImageFont.FreeTypeFont, text: str) -> float:
    """`font.getlength(text)`, remembered: balancing a title wraps it again at every width tried,
    measuring the same words each time."""
    return font.getlength(text)


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """Greedy word wrap to `width` pixels; a word longer than a whole line is split."""
    lines: list[str] = []
    for word in text.split():
        if lines and _length(font, f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
            continue
        lines += cut_word(word, lambda part: _length(font, part) <= width)  # seen.pages.wrapping: linear
    return lines


def _clip(lines: list[str], font: ImageFont.FreeTypeFont, width: int, count: int) -> list[str]:
    """At most `count` lines; the last ends with an ellipsis when text was cut."""
    if len(lines) <= count:
        return lines
    kept = lines[:count]
    last = kept[-1]
    while last and _length(font, last + "…") > width:
        last = last.rsplit(" ", 1)[0] if " " in last else last[:-1]
    kept[-1] = last.rstrip(" ,;:.") + "…"
    return kept


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(one: str, other: str) -> float:
    """WCAG contrast ratio of two #rrggbb colours."""
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable_on(background: str) -> str:
    """White or ink, whichever reads better on `background`."""
    return "#ffffff" if contrast("#ffffff", background) >= contrast(INK, background) else INK


def _balanced(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """The same number of lines as a plain wrap, but as even as they go: no lone last word."""
    lines = _wrap(text, font, width)
    narrower = width
    while len(lines) > 1 and len(_wrap(text, font, narrower - 10)) == len(lines):
        narrower -= 10
    return _wrap(text, font, narrower)


def _title_lines(title: str, width: int) -> tuple[ImageFont.FreeTypeFont, list[str]]:
    """The largest title size that fits in TITLE_LINES lines; the smallest, clipped, otherwise."""
    for size in TITLE_SIZES:
        font = _font(BOLD, size)
        lines = _wrap(title, font, width)
        if len(lines) <= TITLE_LINES:
            return font, _balanced(title, font, width)
    return font, _clip(lines, font, width, TITLE_LINES)


def _draw_logo(image: Image.Image, path: Path, *, left: int, band: int) -> int:
    """The practice's logo on a white tile in the colour band (any logo colour reads there); its width."""
    from PIL import Image, ImageDraw

    tile = band - 24
    with Image.open(path) as logo:
        logo = logo.convert("RGBA")
        logo.thumbnail((tile - 12, tile - 12), Image.Resampling.LANCZOS)
        top = (band - tile) // 2
        ImageDraw.Draw(image).rounded_rectangle((left, top, left + tile, top + tile), radius=12, fill=PAPER)
        image.paste(logo, (left + (tile - logo.width) // 2, top + (tile - logo.height) // 2), logo)
    return tile


class _Shades:
    """A card drawn as palette indexes rather than colours: flat grounds, and each text colour on
    its ground in SHADES steps of coverage (the anti-aliased edges). The PNG is then written from
    these indexes as they are: no picture of a million colours to reduce to a few (the slowest part
    of drawing a card before)."""

    def __init__(self, ground: str) -> None:
        from PIL import Image

        self.grounds = [ground]
        self.index = Image.new("L", (CARD_WIDTH, CARD_HEIGHT), 0)  # each pixel's ground, then its shade
        self.pieces: list[tuple[tuple[str, str], tuple[int, int], Image.Image]] = []  # (colour, ground), where, words

    def rectangle(self, box: tuple[float, float, float, float], colour: str) -> None:
        from PIL import ImageDraw

        if colour not in self.grounds:
            self.grounds.append(colour)
        ImageDraw.Draw(self.index).rectangle(box, fill=self.grounds.index(colour))

    def text(self, xy: tuple[float, float], words: str, *, font: ImageFont.FreeTypeFont, colour: str, on: str) -> None:
        """Words in `colour` on the ground `on`, drawn on a piece the size of their box only."""
        from PIL import Image, ImageDraw

        anchor = "la" if len(xy) == 2 else xy[2]
        box = font.getbbox(words, anchor=anchor)
        x, y = math.floor(xy[0] + box[0]) - 1, math.floor(xy[1] + box[1]) - 1  # the piece's corner on the card
        piece = Image.new("L", (math.ceil(xy[0] + box[2]) + 1 - x, math.ceil(xy[1] + box[3]) + 1 - y), 0)
        ImageDraw.Draw(piece).text((xy[0] - x, xy[1] - y), words, font=font, fill=255, anchor=anchor)
        self.pieces.append(((colour, on), (x, y), piece))

    def picture(self) -> Image.Image:
        """The card as a palette ("P") picture: the grounds, then SHADES - 1 shades of each text colour."""
        from PIL import Image

        palette = [_rgb(colour) for colour in self.grounds]
        index = self.index
        firsts: dict[tuple[str, str], int] = {}
        for pair, where, piece in self.pieces:
            if pair not in firsts:
                firsts[pair] = len(palette)
                top, bottom = (_rgb(colour) for colour in pair)
                for step in range(1, SHADES):  # the share of the text colour, as Pillow blends it
                    palette.append(
                        tuple(
                            (t * step + b * (SHADES - 1 - step) + (SHADES - 1) // 2) // (SHADES - 1)
                            for t, b in zip(top, bottom, strict=True)
                        )
                    )
            index.paste(piece.point([firsts[pair] + level - 1 for level in _LEVELS]), where, piece.point(_COVERED))
        picture = Image.frombytes("P", index.size, index.tobytes())
        picture.putpalette([channel for rgb in palette for channel in rgb])
        return picture


SHADES = 16  # steps from a ground to a text colour, both included: smooth letters, a small palette


_LEVELS = [(coverage * (SHADES - 1) + 127) // 255 for coverage in range(256)]  # coverage -> shade (0: the ground)
_COVERED = [255 if level else 0 for level in _LEVELS]


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def draw_card(text: CardText, style: CardStyle) -> bytes:
    """The card as PNG bytes: site name and section on a band of the practice's colour, then the
    title, large and dark on paper, then the summary, and the site's address at the foot."""
    from PIL import Image

    card = _Shades(PAPER)
    width = CARD_WIDTH - 2 * MARGIN

    band = 120
    card.rectangle((0, 0, CARD_WIDTH, band), style.primary)
    card.rectangle((0, band, CARD_WIDTH, band + 8), style.accent)
    on_band = readable_on(style.primary)
    name_font, eyebrow_font = _font(BOLD, 40), _font(REGULAR, 32)
    # The site's name comes first; the section gets what room is left, or none.
    start = MARGIN
    if style.logo:
        start += band - 24 + 24  # the logo's tile (_draw_logo), drawn last
    name_width = width * 2 // 3 - (start - MARGIN)
    name = _clip(_wrap(text.site_name, name_font, name_width), name_font, name_width, 1)[0]
    card.text((start, band / 2, "lm"), name, font=name_font, colour=on_band, on=style.primary)
    room = int(width - (start - MARGIN) - _length(name_font, name) - 48)
    if text.eyebrow and _length(eyebrow_font, text.eyebrow) <= room:
        card.text(
            (CARD_WIDTH - MARGIN, band / 2, "rm"), text.eyebrow, font=eyebrow_font, colour=on_band, on=style.primary
        )

    footer_top = CARD_HEIGHT - MARGIN + 10
    space_top, space_bottom = band + 8 + 40, footer_top - 40
    title_font, title_lines = _title_lines(text.title, width)
    title_step = round(title_font.size * 1.18)
    line_font, line_step, gap = _font(REGULAR, LINE_SIZE), round(LINE_SIZE * 1.45), 24
    room_for_lines = (space_bottom - space_top - len(title_lines) * title_step - gap) // line_step
    count = max(0, min(LINE_LINES, room_for_lines))
    summary = _clip(_wrap(text.line, line_font, width), line_font, width, count) if text.line and count else []
    block = len(title_lines) * title_step + (gap + len(summary) * line_step if summary else 0)

    y = space_top + max(0, (space_bottom - space_top - block) // 2)
    for line in title_lines:
        card.text((MARGIN, y), line, font=title_font, colour=INK, on=PAPER)
        y += title_step
    y += gap
    for line in summary:
        card.text((MARGIN, y), line, font=line_font, colour=MUTED, on=PAPER)
        y += line_step

    if text.footer:
        card.rectangle((MARGIN, footer_top - 8, MARGIN + 64, footer_top - 2), style.accent)
        card.text((MARGIN, footer_top + 8), text.footer, font=_font(REGULAR, 28), colour=MUTED, on=PAPER)

    picture = card.picture()
    if style.logo:  # a picture of its own colours: the card is reduced to a small palette again
        image = picture.convert("RGB")
        _draw_logo(image, Path(style.logo), left=MARGIN, band=band)
        # A small palette keeps the file far under 100 KB; the anti-aliased text needs no more colours.
        picture = image.quantize(colors=64, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
    out = io.BytesIO()
    picture.save(out, format="PNG")
    return out.getvalue()


def store_card(folder: Path, name: str, text: CardText, style: CardStyle) -> None:
    """Draw a card into `folder`/`name`: written whole, then moved into place, so a build stopped
    half-way leaves no broken card. Runs in a worker process on a build that draws many."""
    data = draw_card(text, style)
    handle, temporary = tempfile.mkstemp(dir=folder, suffix=".tmp")
    with os.fdopen(handle, "wb") as file:
        file.write(data)
    os.replace(temporary, folder / name)


def store_cards(folder: Path, cards: list[tuple[str, CardText, CardStyle]]) -> None:
    """store_card for each (name, text, style), in a worker."""
    for name, text, style in cards:
        store_card(folder, name, text, style)


def _pool(workers: int) -> ProcessPoolExecutor:
    # fork where there is one: a worker starts in milliseconds with this module already loaded.
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    return ProcessPoolExecutor(max_workers=workers, mp_context=context)


class CardCache:
    """Cards on disk by content hash, outside the built site; counts what it had to draw.

    With `workers` > 1, cards are drawn in that many processes; `finish()` waits for them
    (the build calls it before copying cards into the site)."""

    def __init__(self, folder: Path, *, workers: int = 1) -> None:
        self.folder = folder
        self.workers = workers
        self.drawn: set[str] = set()  # keys of the cards this cache drew
        self.reused: set[str] = set()  # keys of the cards it found already drawn
        self._pending: list[Future[None]] = []
        self._batch: list[tuple[str, CardText, CardStyle]] = []  # cards not handed to a worker yet
        self._asked: dict[str, tuple[CardText, CardStyle]] = {}  # file name -> card, of the cards this cache drew
        self._executor: ProcessPoolExecutor | None = None

    def card(self, text: CardText, style: CardStyle) -> Path:
        """The card's path in the cache; drawn now, or by a worker before `finish()` returns."""
        key = card_key(text, style)
        path = self.folder / f"{key}.png"
        if key in self.drawn or path.is_file():
            if key not in self.drawn:
                self.reused.add(key)
            return path
        self.folder.mkdir(parents=True, exist_ok=True)
        self.drawn.add(key)
        self._asked[path.name] = (text, style)
        if self.workers <= 1:
            store_card(self.folder, path.name, text, style)
        else:
            self._batch.append((path.name, text, style))
            if len(self._batch) >= CARD_BATCH:
                self._hand_over()
        return path

    def _hand_over(self) -> None:
        """The cards asked for since the last batch, to a worker (a handful at a time: handing
        over has its own cost in the drawing process)."""
        if not self._batch:
            return
        if self._executor is None:
            self._executor = _pool(self.workers)
        self._pending.append(self._executor.submit(store_cards, self.folder, self._batch))
        self._batch = []

    def close(self) -> None:
        """A build that stops early: drop the drawings not started and stop the workers, so the
        build ends with its one-line message and no noise from a pool left behind."""
        self._pending = []
        self._batch = []
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def finish(self) -> None:
        """Wait until every card asked for is on disk; a drawing that failed raises here. A card whose
        drawing was dropped (by a `close()` before it was handed over) is drawn here, a safety net:
        a build stops its card workers only when it stops early (GuideBuild.close_workers)."""
        self._hand_over()
        try:
            for future in self._pending:
                future.result()
        finally:
            self._pending = []
            if self._executor is not None:
                self._executor.shutdown()
                self._executor = None
        for name, (text, style) in self._asked.items():
            if not (self.folder / name).is_file():
                store_card(self.folder, name, text, style)
