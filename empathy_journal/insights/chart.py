"""A built chart: its matplotlib Figure plus what each clickable spot stands for."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from empathy_journal.domain.translation import _
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


def index_finder(count: int, target_of: Callable[[int], Target | None],
                 along: str = "x") -> Finder:
    """A finder for bars or rows drawn at whole-number positions 0..count-1 along x or y."""

    def find(x: float, y: float) -> Target | None:
        index = round(x if along == "x" else y)
        return target_of(index) if 0 <= index < count else None

    return find


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


@dataclass(frozen=True)
class Margins:
    """Space around the plot, in inches: fixed margins are far cheaper to lay out than
    constrained layout and stay right when the view resizes the figure."""

    left: float = 0.65
    right: float = 0.25
    top: float = 0.42
    bottom: float = 0.5


def label_margin(labels: Sequence[str], font_size: float = 8.5) -> float:
    """Inches needed left of the axes for the longest of labels (plus the ticks)."""
    longest = max((len(label) for label in labels), default=0)
    return 0.3 + longest * font_size * 0.56 / 72


@cache
def _margin_layout_class() -> type:
    from matplotlib.layout_engine import LayoutEngine

    class MarginLayout(LayoutEngine):
        """Places the subplots with margins given in inches, at every draw."""

        _adjust_compatible = True
        _colorbar_gridspec = True

        def __init__(self, margins: Margins) -> None:
            super().__init__()
            self.margins = margins

        def execute(self, fig: Figure) -> None:
            width, height = fig.get_size_inches()
            m = self.margins
            fig.subplots_adjust(left=min(0.45, m.left / width),
                                right=max(0.55, 1 - m.right / width),
                                top=max(0.55, 1 - m.top / height),
                                bottom=min(0.4, m.bottom / height))

    return MarginLayout


# What each figure's axes were laid out for (see reused_axes): creating axes (their ticks) is
# most of a redraw's cost, so a chart drawn again in the same shape keeps them.
_LAYOUTS: WeakKeyDictionary[Figure, object] = WeakKeyDictionary()


def reused_axes(into: Figure | None, layout: object) -> list[Axes] | None:
    """The axes of into, emptied of their data (lines, bars, collections, texts, legend),
    when into was last laid out as layout (see remember_layout); None when it must be built."""
    if into is None or _LAYOUTS.get(into) != layout:
        return None
    for axes in into.axes:
        for container in list(axes.containers):  # bars: their patches and the group
            container.remove()
        for artist in [*axes.lines, *axes.patches, *axes.collections, *axes.texts]:
            artist.remove()
        if axes.get_legend() is not None:
            axes.get_legend().remove()
    return list(into.axes)


def remember_layout(figure: Figure, layout: object) -> None:
    """Note that figure's axes are laid out as layout, for the next reused_axes."""
    _LAYOUTS[figure] = layout


def new_figure(theme: ChartTheme, width: float = WIDTH_IN, height: float = HEIGHT_IN,
               into: Figure | None = None, margins: Margins | None = None) -> Figure:
    """A bare Figure (never pyplot) in the theme's colours, laid out with fixed margins.

    With into, that figure is cleared and reused (a view redraws in place); its width is kept
    and its height becomes height.
    """
    if into is None:
        from matplotlib.figure import Figure

        into = Figure(figsize=(width, height), facecolor=theme.background)
    else:
        _LAYOUTS.pop(into, None)
        into.clear()
        into.set_facecolor(theme.background)
        into.set_size_inches(into.get_figwidth(), height, forward=False)
    into.set_layout_engine(_margin_layout_class()(margins or Margins()))
    return into


def style_axes(axes: Axes, theme: ChartTheme, title: str) -> None:
    """Title, spines, ticks and grid in the theme's colours."""
    axes.set_facecolor(theme.background)
    axes.set_title(_(title), color=theme.foreground, loc="left", fontsize=11)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        axes.spines[side].set_color(theme.muted)
    axes.tick_params(colors=theme.muted, labelcolor=theme.foreground, labelsize=8.5)
    axes.xaxis.label.set_color(theme.foreground)
    axes.yaxis.label.set_color(theme.foreground)
    axes.grid(True, color=theme.grid, linewidth=0.6, alpha=0.8)
    axes.set_axisbelow(True)


TITLE_INSET_IN = 0.2  # every card's title starts this far from the card's left edge


def title_at_page_left(axes: Axes) -> None:
    """Start the axes' title at the figure's left edge (plus a fixed inset) instead of the
    plot's, so the titles of the charts in the grid line up whatever their label widths."""
    from matplotlib.transforms import ScaledTranslation, blended_transform_factory

    figure = axes.get_figure()
    left = figure.transFigure + ScaledTranslation(TITLE_INSET_IN, 0, figure.dpi_scale_trans)
    title = axes._left_title  # set_title(loc="left") writes this one
    title.set_x(0)
    title.set_transform(blended_transform_factory(left, axes.transAxes) + axes.titleOffsetTrans)


def legend_above(axes: Axes, theme: ChartTheme, **options: Any) -> None:
    """A one-row legend above the plot's right end, level with the title: never over data."""
    columns = options.pop("ncol", len(axes.get_legend_handles_labels()[0]) or 1)
    style_legend(axes, theme, loc="lower right", bbox_to_anchor=(1.0, 1.0), borderaxespad=0.15,
                 ncol=columns, handlelength=1.4, columnspacing=1.0, **options)


def style_legend(axes: Axes, theme: ChartTheme, **options: Any) -> None:
    """A frameless legend in the theme's text colour."""
    legend = axes.legend(frameon=False, fontsize=8.5, labelcolor=theme.foreground, **options)
    legend.set_zorder(5)


def empty_chart(key: str, title: str, message: str, theme: ChartTheme,
                into: Figure | None = None) -> Chart:
    """A chart that says, kindly, why there is nothing to draw yet and what would fill it."""
    title = _(title)  # the defaults are marked N_() where defined, shown in the language in use
    figure = new_figure(theme, height=1.6, into=into)
    figure.text(0.02, 0.78, title, color=theme.foreground, fontsize=11, va="top")
    figure.text(0.02, 0.42, message, color=theme.muted, fontsize=10, va="top", wrap=True)
    return Chart(key, title, figure, empty_message=message)
