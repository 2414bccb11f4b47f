"""Chart colours for light and dark windows, from a palette colour-blind readers can tell apart."""

from __future__ import annotations

from dataclasses import dataclass, replace

# Okabe & Ito's palette: distinguishable with the common forms of colour blindness.
BLUE, SKY, ORANGE, VERMILLION = "#0072B2", "#56B4E9", "#E69F00", "#D55E00"
GREEN, PURPLE = "#009E73", "#CC79A7"


@dataclass(frozen=True)
class ChartTheme:
    """Every colour a chart uses, so the same builder draws for a light or a dark window."""

    name: str
    background: str
    foreground: str
    muted: str
    grid: str
    empty_cell: str
    mood: str
    stress: str
    mine: str
    theirs: str
    better: str
    empty_edge: str = "#9aa3ad"  # outline of a day without a rating: hollow, unlike rated days
    colormap: str = "cividis"

    @property
    def is_dark(self) -> bool:
        """True for a dark background."""
        return _luminance(self.background) < 0.5


LIGHT = ChartTheme(
    name="light", background="#ffffff", foreground="#1f2328", muted="#6e7781",
    grid="#d8dee4", empty_cell="#eef1f4", mood=BLUE, stress=VERMILLION, mine=BLUE,
    theirs=ORANGE, better=GREEN, empty_edge="#b9c1c9",
)
DARK = ChartTheme(
    name="dark", background="#1e1f22", foreground="#e6e6e6", muted="#9aa0a6",
    grid="#3a3d41", empty_cell="#2b2d31", mood=SKY, stress=ORANGE, mine=SKY,
    theirs=ORANGE, better=GREEN, empty_edge="#5d636a",
)


def _luminance(colour: str) -> float:
    """Relative brightness 0–1 of a ``#rrggbb`` colour."""
    red, green, blue = (int(colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def theme_for(background: str, foreground: str) -> ChartTheme:
    """The light or dark theme matching a window's palette, using its exact background and text."""
    base = DARK if _luminance(background) < 0.5 else LIGHT
    return replace(base, name=f"{base.name} (window)", background=background,
                   foreground=foreground)
