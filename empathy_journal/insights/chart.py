"""A built chart: its matplotlib Figure plus what each clickable spot stands for."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from empathy_journal.insights.theme import ChartTheme

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

WIDTH_IN, HEIGHT_IN = 8.0, 3.6


@dataclass(frozen=True)
class Target:
    """What a point, bar or calendar day stands for: hover text and the entries behind it."""

    label: str
    days: tuple[date, ...] = ()
    entry_uuids: tuple[str, ...] = ()


Finder = Callable[[float, float], Target | None]


@dataclass
class Chart:
    """A figure ready to show or save, with a way to find the target under the pointer."""

    key: str
    title: str
    figure: Figure
    empty_message: str | None = None
    finders: list[tuple[Axes, Finder]] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        """True when there was nothing to draw and the figure shows a message instead."""
        return self.empty_message is not None

    def target_at(self, axes: Any, x: float | None, y: float | None) -> Target | None:
        """The target at data coordinates (x, y) of axes, e.g. from a matplotlib mouse event."""
        if axes is None or x is None or y is None:
            return None
        for owner, find in self.finders:
            if owner is axes:
                return find(x, y)
        return None


def new_figure(theme: ChartTheme, width: float = WIDTH_IN, height: float = HEIGHT_IN,
               into: Figure | None = None) -> Figure:
    """A bare Figure (never pyplot) in the theme's colours, laid out automatically.

    With into, that figure is cleared and reused (a view redraws in place); its width is kept
    and its height becomes height.
    """
    if into is None:
        from matplotlib.figure import Figure

        return Figure(figsize=(width, height), layout="constrained", facecolor=theme.background)
    into.clear()
    into.set_layout_engine("constrained")
    into.set_facecolor(theme.background)
    into.set_size_inches(into.get_figwidth(), height, forward=False)
    return into


def style_axes(axes: Axes, theme: ChartTheme, title: str) -> None:
    """Title, spines, ticks and grid in the theme's colours."""
    axes.set_facecolor(theme.background)
    axes.set_title(title, color=theme.foreground, loc="left", fontsize=11)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        axes.spines[side].set_color(theme.muted)
    axes.tick_params(colors=theme.muted, labelcolor=theme.foreground, labelsize=8.5)
    axes.xaxis.label.set_color(theme.foreground)
    axes.yaxis.label.set_color(theme.foreground)
    axes.grid(True, color=theme.grid, linewidth=0.6, alpha=0.8)
    axes.set_axisbelow(True)


def style_legend(axes: Axes, theme: ChartTheme, **options: Any) -> None:
    """A frameless legend in the theme's text colour."""
    legend = axes.legend(frameon=False, fontsize=8.5, labelcolor=theme.foreground, **options)
    legend.set_zorder(5)


def empty_chart(key: str, title: str, message: str, theme: ChartTheme,
                into: Figure | None = None) -> Chart:
    """A chart that says, kindly, why there is nothing to draw yet and what would fill it."""
    figure = new_figure(theme, height=1.6, into=into)
    figure.text(0.02, 0.78, title, color=theme.foreground, fontsize=11, va="top")
    figure.text(0.02, 0.42, message, color=theme.muted, fontsize=10, va="top", wrap=True)
    return Chart(key, title, figure, empty_message=message)
