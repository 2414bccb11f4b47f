"""Charts of the emotions named: most frequent (mine vs. theirs) and granularity over time."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from empathy_journal.domain.analytics.emotion_stats import EmotionCount, MonthGranularity
from empathy_journal.domain.translation import N_, _, month_short
from empathy_journal.insights.chart import (
    Chart,
    Margins,
    Target,
    empty_chart,
    index_finder,
    label_margin,
    legend_above,
    new_figure,
    remember_layout,
    reused_axes,
    style_axes,
    title_at_page_left,
)
from empathy_journal.insights.labels import percent
from empathy_journal.insights.theme import ChartTheme

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

TOP_WORDS = 10


def emotions_chart(counts: Sequence[EmotionCount], theme: ChartTheme,
                   title: str = N_("Feelings named most"), limit: int = TOP_WORDS,
                   into: Figure | None = None) -> Chart:
    """The most used words as bars: how often felt by me and seen in others."""
    key = "emotions"
    shown = list(counts[:limit])
    if not shown:
        return empty_chart(key, title, _("No feelings named in this period yet. Tag how you felt (and "
                                         "how others seemed to feel) and the words gather here."),
                           theme, into)
    # The label margin in steps of four letters, so that months with similar words share a
    # layout and a month switch keeps the axes (creating them is most of a redraw).
    longest = max(len(c.label) for c in shown)
    margin = label_margin(["x" * (-(-longest // 4) * 4)])
    layout = (key, theme, len(shown), margin)
    reused = reused_axes(into, layout)
    if reused is None or into is None:
        figure = new_figure(theme, height=max(2.4, 0.32 * len(shown) + 1.0), into=into,
                            margins=Margins(left=margin))
        axes = figure.add_subplot()
        remember_layout(figure, layout)
    else:
        figure, (axes,) = into, reused
    rows = list(range(len(shown)))
    height = 0.4
    axes.barh([r - height / 2 for r in rows], [c.mine for c in shown], height,
              color=theme.mine, label=_("I felt"))
    axes.barh([r + height / 2 for r in rows], [c.theirs for c in shown], height,
              color=theme.theirs, label=_("I saw in others"), hatch="//",
              edgecolor=theme.background)
    style_axes(axes, theme, title)
    axes.set_yticks(rows, [c.label for c in shown])
    axes.set_ylim(len(shown) - 0.5, -0.5)
    axes.set_xlabel(_("Times named"))
    axes.xaxis.get_major_locator().set_params(integer=True)
    title_at_page_left(axes)
    legend_above(axes, theme)

    def target(index: int) -> Target:
        c = shown[index]
        return Target(_("{label}: felt {mine}×, seen in others {theirs}×").format(
                        label=c.label,
                        mine=c.mine,
                        theirs=c.theirs),
                      entry_uuids=c.entry_uuids)

    return Chart(key, title, figure, finders=[(axes, index_finder(len(shown), target, "y"))])


def granularity_chart(months: Sequence[MonthGranularity], theme: ChartTheme,
                      title: str = N_("How precisely I named my feelings"),
                      into: Figure | None = None) -> Chart:
    """Distinct words per month as bars, the share of vague words as a line."""
    key = "granularity"
    if not months:
        return empty_chart(key, title, _("No feelings of your own named in these months yet. The more "
                                         "precise the words you pick, the richer this gets."), theme,
                           into)
    layout = (key, theme, len(months))
    reused = reused_axes(into, layout)  # a month switch keeps both axes, redraws the data
    if reused is None or into is None:
        figure = new_figure(theme, height=3.0, into=into,
                            margins=Margins(right=0.65, bottom=0.6))
        axes, kept_share = figure.add_subplot(), None
        remember_layout(figure, layout)
    else:
        figure, (axes, kept_share) = into, reused
    places = list(range(len(months)))
    axes.bar(places, [m.distinct_words for m in months], 0.6, color=theme.mine,
             label=_("Different words"))
    style_axes(axes, theme, title)
    title_at_page_left(axes)
    axes.set_xticks(places, [f"{month_short(m.month.month)}\n{m.month:%Y}"
                             if i == 0 or m.month.month == 1 else month_short(m.month.month)
                             for i, m in enumerate(months)])
    axes.set_ylabel(_("Different words"))
    axes.yaxis.get_major_locator().set_params(integer=True)
    share = _vague_share_axes(axes, [100 * m.vague_share for m in months], theme, kept_share)

    def target(index: int) -> Target:
        m = months[index]
        return Target(_("{month}: {distinct_words} different words, {percent} vague, "
                        "{quadrants_used} of 4 quadrants").format(
                        month=f"{month_short(m.month.month)} {m.month.year}",
                        distinct_words=m.distinct_words,
                        percent=percent(m.vague_share),
                        quadrants_used=m.quadrants_used))

    find = index_finder(len(months), target)
    return Chart(key, title, figure, finders=[(axes, find), (share, find)])


def _vague_share_axes(axes: Axes, shares: Sequence[float], theme: ChartTheme,
                      share: Axes | None = None) -> Axes:
    """A right-hand axis (share, when kept from the last month) with the share of vague words
    as a dashed line, one shared legend."""
    share = share or axes.twinx()
    share.plot(range(len(shares)), shares, "o--", color=theme.theirs, label=_("Vague words (%)"))
    share.set_ylim(0, 100)
    share.set_ylabel(_("Vague words (%)"), color=theme.foreground)
    share.tick_params(colors=theme.muted, labelcolor=theme.foreground, labelsize=8.5)
    for side in ("top", "left", "bottom"):
        share.spines[side].set_visible(False)
    share.spines["right"].set_color(theme.muted)
    handles, labels = axes.get_legend_handles_labels()
    more_handles, more_labels = share.get_legend_handles_labels()
    legend_above(axes, theme, handles=handles + more_handles, labels=labels + more_labels,
                 ncol=2)
    return share
