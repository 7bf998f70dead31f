"""Brand colours that stay readable: WCAG contrast, the nearest passing shade, dark-scheme tints."""

from __future__ import annotations

import colorsys

WHITE = "#ffffff"
SLATE_BG = "#1e2129"  # mkdocs-material's slate background (hsl(232, 15%, 14%))
TEXT_MINIMUM = 4.5


def _channels(hex_colour: str) -> tuple[float, float, float]:
    value = hex_colour.lstrip("#")
    return tuple(int(value[i : i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


def luminance(hex_colour: str) -> float:
    """WCAG 2 relative luminance."""

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in _channels(hex_colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(first: str, second: str) -> float:
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _with_lightness(hex_colour: str, lightness: float) -> str:
    h, _, s = colorsys.rgb_to_hls(*_channels(hex_colour))
    r, g, b = colorsys.hls_to_rgb(h, max(0.0, min(1.0, lightness)), s)
    return "#" + "".join(f"{round(c * 255):02x}" for c in (r, g, b))


def nearest_passing(hex_colour: str, against: str, minimum: float = TEXT_MINIMUM) -> str:
    """The shade of the same hue and saturation, closest in lightness, that reaches `minimum`."""
    _, lightness, _ = colorsys.rgb_to_hls(*_channels(hex_colour))
    for step in range(0, 1001):
        for candidate in (lightness - step / 1000, lightness + step / 1000):
            if 0 <= candidate <= 1:
                shade = _with_lightness(hex_colour, candidate)
                if contrast(shade, against) >= minimum:
                    return shade
    return "#000000" if contrast("#000000", against) >= minimum else WHITE


def mix(first: str, second: str, weight: float) -> str:
    """`weight` of `first` with the rest of `second`."""
    a, b = _channels(first), _channels(second)
    return "#" + "".join(f"{round((x * weight + y * (1 - weight)) * 255):02x}" for x, y in zip(a, b, strict=False))


def palette(primary: str, accent: str) -> dict[str, str]:
    """Every colour the theme needs, derived from the two brand colours (both already checked)."""
    return {
        "primary": primary,
        "primary_dark": _with_lightness(primary, colorsys.rgb_to_hls(*_channels(primary))[1] * 0.8),
        "accent": accent,
        "card_bg": mix(primary, WHITE, 0.05),
        "card_border": mix(primary, WHITE, 0.25),
        # In the dark scheme, links and focus rings need light tints to read on the slate ground.
        "link_dark": nearest_passing(mix(primary, WHITE, 0.45), SLATE_BG, 7.0),
        "accent_dark": nearest_passing(mix(accent, WHITE, 0.45), SLATE_BG, 7.0),
        "card_bg_dark": mix(primary, SLATE_BG, 0.12),
        "card_border_dark": mix(primary, SLATE_BG, 0.45),
    }


def unreadable(name: str, colour: str) -> str | None:
    """Why a brand colour would fail as text (header text on it, or it as text on white), or None."""
    ratio = contrast(colour, WHITE)
    if ratio >= TEXT_MINIMUM:
        return None
    return (
        f'field "colours.{name}": expected a colour with at least {TEXT_MINIMUM}:1 contrast with white '
        f'(white header text on it, and it as text on white pages, light and dark scheme), found "{colour}" '
        f'at {ratio:.2f}:1; the nearest shade that passes is "{nearest_passing(colour, WHITE)}"'
    )
