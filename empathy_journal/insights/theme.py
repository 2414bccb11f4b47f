"""Chart colours for light and dark windows, from a palette colour-blind readers can tell apart."""

from __future__ import annotations

from dataclasses import dataclass, replace

# Okabe & Ito's palette: distinguishable with the common forms of colour blindness.
BLUE, SKY, ORANGE, VERMILLION = "#0072B2", "#56B4E9", "#E69F00", "#D55E00"
GREEN, PURPLE = "#009E73", "#CC79A7"

# Mood 1–10, one ramp for every place that colours a day or an entry by mood (the window's
# calendar, list dots and People, the year heatmap). It runs from vermillion through sand to
# blue, the Okabe & Ito ends, so it reads along the blue–orange axis that the common forms of
# colour blindness keep, and lightness changes with it. The dark ramp is the same hues kept
# light enough to stand on a near-black window (no navy or brown on black).
MOOD_LIGHT = ("#c4511f", "#d9733a", "#e8975c", "#f0b982", "#efd5a8",
              "#cfe0e6", "#a6cbe0", "#79aed3", "#4f8fc0", "#2f70a8")
MOOD_DARK = ("#e8784a", "#ee8f5c", "#f2a874", "#f3c394", "#ead8b6",
             "#c6dbe5", "#a0c9e1", "#82b6dd", "#68a2d6", "#5590d0")


def mood_ramp(dark: bool) -> tuple[str, ...]:
    """The ten mood colours (1 = lowest) for a light or a dark background."""
    return MOOD_DARK if dark else MOOD_LIGHT


def mood_hex(mood: float, dark: bool) -> str:
    """The colour of a (mean) mood 1–10."""
    return mood_ramp(dark)[max(0, min(9, round(mood) - 1))]


# Mine and theirs, the same two colours in the window, the charts and the reports.
MINE_LIGHT, MINE_DARK, THEIRS = BLUE, SKY, ORANGE


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
    mood_colours: tuple[str, ...] = MOOD_LIGHT  # the year heatmap: the window's mood ramp

    @property
    def is_dark(self) -> bool:
        """True for a dark background."""
        return _luminance(self.background) < 0.5


LIGHT = ChartTheme(
    name="light", background="#ffffff", foreground="#1f2328", muted="#6e7781",
    grid="#d8dee4", empty_cell="#eef1f4", mood=BLUE, stress=VERMILLION, mine=MINE_LIGHT,
    theirs=THEIRS, better=GREEN, empty_edge="#b9c1c9",
)
DARK = ChartTheme(
    name="dark", background="#1e1f22", foreground="#e6e6e6", muted="#9aa0a6",
    grid="#3a3d41", empty_cell="#2b2d31", mood=SKY, stress=ORANGE, mine=MINE_DARK,
    theirs=THEIRS, better=GREEN, empty_edge="#5d636a", mood_colours=MOOD_DARK,
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
