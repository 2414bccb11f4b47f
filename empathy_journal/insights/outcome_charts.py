"""Charts of what helped: practices, tags and values vs. mood; coping; perspective checks."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from empathy_journal.domain.analytics.comparisons import MIN_DAYS_EACH_SIDE, MarkerComparison
from empathy_journal.domain.analytics.outcomes import AccuracyGroup, CopingEffect
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
    style_axes,
    title_at_page_left,
)
from empathy_journal.insights.labels import number, plural
from empathy_journal.insights.theme import ChartTheme

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

MAX_MARKERS = 8


def _dumbbells(axes: Axes, theme: ChartTheme, starts: Sequence[float],
               ends: Sequence[float], names: tuple[str, str], end_colour: str,
               link_colours: Sequence[str] | None = None) -> None:
    """One row per item: a hollow start point, a filled end point, and a link between them
    (an arrow when link colours are given)."""
    rows = list(range(len(starts)))
    for row, start, end in zip(rows, starts, ends, strict=True):
        colour = link_colours[row] if link_colours else theme.muted
        style = "-|>" if link_colours else "-"
        axes.annotate("", xy=(end, row), xytext=(start, row),
                      arrowprops={"arrowstyle": style, "color": colour, "linewidth": 1.6})
    axes.plot(starts, rows, "o", markerfacecolor=theme.background, color=theme.muted,
              markersize=7, label=names[0])
    axes.plot(ends, rows, "o", color=end_colour, markersize=7, label=names[1])


def _finish_rows(axes: Axes, theme: ChartTheme, title: str, labels: Sequence[str],
                 scale: tuple[float, float], axis_label: str) -> None:
    style_axes(axes, theme, title)
    axes.set_yticks(range(len(labels)), labels)
    axes.set_ylim(len(labels) - 0.5, -0.5)
    axes.set_xlim(*scale)
    axes.set_xlabel(axis_label)
    title_at_page_left(axes)
    legend_above(axes, theme)


def markers_chart(comparisons: Sequence[MarkerComparison], theme: ChartTheme,
                  title: str = N_("Mood on days with and without…"),
                  into: Figure | None = None) -> Chart:
    """For each practice, tag or value with enough days: mean mood without (○) and with (●)."""
    key = "practices-mood"
    shown = [c for c in comparisons if c.mood.enough][:MAX_MARKERS]
    if not shown:
        return empty_chart(key, title, _("Not enough days yet to compare practices, tags or values: "
                                         "each needs at least {min_days_each_side} rated days with it "
                                         "and {min_days_each_side} without.").format(
                                         min_days_each_side=MIN_DAYS_EACH_SIDE), theme, into)
    labels = [c.label for c in shown]
    figure = new_figure(theme, height=max(2.4, 0.36 * len(shown) + 1.1), into=into,
                        margins=Margins(left=label_margin(labels)))
    axes = figure.add_subplot()
    _dumbbells(axes, theme, [c.mood.without_mean or 0 for c in shown],
               [c.mood.with_mean or 0 for c in shown], (_("Days without"), _("Days with")),
               theme.mood)
    _finish_rows(axes, theme, title, labels, (1, 10), _("Average mood (1–10)"))

    def target(index: int) -> Target:
        c = shown[index]
        text = (_("{label}: mood {number} on {days} with, {number2} on {days2} without").format(
                  label=c.label,
                  number=number(c.mood.with_mean),
                  days=plural(c.mood.with_days, 'day', context="on days"),
                  number2=number(c.mood.without_mean),
                  days2=plural(c.mood.without_days, 'day', context="on days")))
        return Target(text, days=c.days)

    return Chart(key, title, figure, finders=[(axes, index_finder(len(shown), target, "y"))])


def coping_note(effect: CopingEffect) -> str:
    """The typical drop of a technique in words, or "too few sessions yet" under three."""
    if effect.median_drop is None or effect.spread is None:
        return _("too few sessions yet")
    low, high = effect.spread
    return _("median drop {drop} (from {low} to {high})").format(
        drop=number(effect.median_drop), low=low, high=high)


def coping_chart(effects: Sequence[CopingEffect], theme: ChartTheme,
                 title: str = N_("Stress before → after coping"),
                 into: Figure | None = None) -> Chart:
    """Each technique as an arrow from mean stress before to mean stress after, with its
    number of sessions and, from three sessions, the median drop and its range."""
    key = "coping"
    if not effects:
        return empty_chart(key, title, _("No coping records with stress before and after in this "
                                         "period. Note them when you take a breathing break or a walk, "
                                         "and you will see what helps you."), theme, into)
    labels = [_("{label} ({sessions})").format(label=e.label, sessions=plural(e.uses,
                                                                              'session')) for e in effects]
    notes = [coping_note(e) for e in effects]
    figure = new_figure(theme, height=max(2.4, 0.4 * len(effects) + 1.2), into=into,
                        margins=Margins(left=label_margin(labels), right=label_margin(notes)))
    axes = figure.add_subplot()
    _dumbbells(axes, theme, [e.before for e in effects], [e.after for e in effects],
               (_("Before"), _("After")), theme.better,
               [theme.better if e.change < 0 else theme.stress for e in effects])
    _finish_rows(axes, theme, title, labels, (0, 10), _("Average stress (0–10): ○ before → ● after"))
    axes.get_legend().remove()  # said in the axis label: a legend would crowd the notes
    for row, (effect, note) in enumerate(zip(effects, notes, strict=True)):
        axes.text(1.02, row, note, transform=axes.get_yaxis_transform(), va="center",
                  fontsize=8, color=theme.foreground if effect.enough else theme.muted)

    def target(index: int) -> Target:
        e = effects[index]
        text = (_("{label}: stress {number} → {number2} on average over {sessions}; {coping_note}").format(
                  label=e.label,
                  number=number(e.before),
                  number2=number(e.after),
                  sessions=plural(e.uses, 'session'),
                  coping_note=coping_note(e)))
        return Target(text, days=e.days)

    return Chart(key, title, figure, finders=[(axes, index_finder(len(effects), target, "y"))])


def perspective_chart(trend: Sequence[tuple[date, AccuracyGroup]], theme: ChartTheme,
                      title: str = N_("How often my guesses about others held up"),
                      into: Figure | None = None) -> Chart:
    """Per month, the share of checked guesses that were right (partly right counts half)."""
    key = "perspective"
    if not trend:
        return empty_chart(key, title, _("No guesses checked yet. After a debrief, ask the other "
                                         "person how they felt and record whether you were right."), theme,
                           into)
    figure = new_figure(theme, height=2.8, into=into)
    axes = figure.add_subplot()
    places = list(range(len(trend)))
    scores = [100 * (g.accuracy.score or 0) for _, g in trend]
    bars = axes.bar(places, scores, 0.6, color=theme.theirs)
    axes.bar_label(bars, [f"n={g.accuracy.total}" for _, g in trend], color=theme.muted, fontsize=8)
    style_axes(axes, theme, title)
    title_at_page_left(axes)
    axes.set_ylim(0, 110)
    axes.set_ylabel(_("Right (%)"))
    axes.set_xticks(places, [f"{m:%b %y}" for m, _ in trend])

    def target(index: int) -> Target:
        month, group = trend[index]
        a = group.accuracy
        text = _("{month}: {right} right, {partly} partly, {wrong} wrong ({percent}%)").format(
            month=f"{month_short(month.month)} {month.year}", right=a.right, partly=a.partly,
            wrong=a.wrong, percent=a.percent)
        return Target(text, entry_uuids=group.entry_uuids)

    return Chart(key, title, figure, finders=[(axes, index_finder(len(trend), target))])
