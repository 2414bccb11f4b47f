"""Charts of what helped: practices, tags and values vs. mood; coping; perspective checks."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from empathy_journal.domain.analytics.comparisons import MIN_DAYS_EACH_SIDE, MarkerComparison
from empathy_journal.domain.analytics.outcomes import Accuracy, CopingEffect
from empathy_journal.insights.chart import (
    Chart,
    Target,
    empty_chart,
    new_figure,
    style_axes,
    style_legend,
)
from empathy_journal.insights.labels import number, percent, plural
from empathy_journal.insights.theme import ChartTheme

if TYPE_CHECKING:
    from matplotlib.figure import Figure

MAX_MARKERS = 8


def markers_chart(comparisons: Sequence[MarkerComparison], theme: ChartTheme,
                  title: str = "Mood on days with and without…",
        into: Figure | None = None) -> Chart:
    """For each practice, tag or value with enough days: mean mood without (○) and with (●)."""
    key = "practices-mood"
    shown = [c for c in comparisons if c.mood.enough][:MAX_MARKERS]
    if not shown:
        return empty_chart(key, title, "Not enough days yet to compare practices, tags or "
                           f"values: each needs at least {MIN_DAYS_EACH_SIDE} rated days with "
                           f"it and {MIN_DAYS_EACH_SIDE} without.", theme, into)
    figure = new_figure(theme, height=max(2.4, 0.36 * len(shown) + 1.1), into=into)
    axes = figure.add_subplot()
    rows = list(range(len(shown)))
    for row, c in zip(rows, shown, strict=True):
        axes.plot([c.mood.without_mean, c.mood.with_mean], [row, row], "-", color=theme.muted,
                  linewidth=1.5)
    axes.plot([c.mood.without_mean for c in shown], rows, "o", markerfacecolor=theme.background,
              color=theme.muted, markersize=7, label="Days without")
    axes.plot([c.mood.with_mean for c in shown], rows, "o", color=theme.mood, markersize=7,
              label="Days with")
    style_axes(axes, theme, title)
    axes.set_yticks(rows, [c.label for c in shown])
    axes.set_ylim(len(shown) - 0.5, -0.5)
    axes.set_xlim(1, 10)
    axes.set_xlabel("Average mood (1–10)")
    style_legend(axes, theme, loc="upper left", bbox_to_anchor=(1.0, 1.0))

    def find(_x: float, y: float) -> Target | None:
        index = round(y)
        if not 0 <= index < len(shown):
            return None
        c = shown[index]
        text = (f"{c.label}: mood {number(c.mood.with_mean)} on "
                f"{plural(c.mood.with_days, 'day')} with, {number(c.mood.without_mean)} on "
                f"{plural(c.mood.without_days, 'day')} without")
        return Target(text, days=c.days)

    return Chart(key, title, figure, finders=[(axes, find)])


def coping_chart(effects: Sequence[CopingEffect], theme: ChartTheme,
                 title: str = "Stress before → after coping",
        into: Figure | None = None) -> Chart:
    """Each technique as an arrow from mean stress before to mean stress after."""
    key = "coping"
    if not effects:
        return empty_chart(key, title, "No coping records with stress before and after in "
                           "this period. Note them when you take a breathing break or a walk, "
                           "and you will see what helps you.", theme, into)
    figure = new_figure(theme, height=max(2.2, 0.36 * len(effects) + 1.1), into=into)
    axes = figure.add_subplot()
    rows = list(range(len(effects)))
    for row, e in zip(rows, effects, strict=True):
        colour = theme.better if e.change < 0 else theme.stress
        axes.annotate("", xy=(e.after, row), xytext=(e.before, row),
                      arrowprops={"arrowstyle": "-|>", "color": colour, "linewidth": 1.8})
    axes.plot([e.before for e in effects], rows, "o", markerfacecolor=theme.background,
              color=theme.muted, markersize=7, label="Before")
    axes.plot([e.after for e in effects], rows, "o", color=theme.better, markersize=7,
              label="After")
    style_axes(axes, theme, title)
    axes.set_yticks(rows, [f"{e.label} ({e.uses}×)" for e in effects])
    axes.set_ylim(len(effects) - 0.5, -0.5)
    axes.set_xlim(0, 10)
    axes.set_xlabel("Average stress (0–10)")
    style_legend(axes, theme, loc="upper left", bbox_to_anchor=(1.0, 1.0))

    def find(_x: float, y: float) -> Target | None:
        index = round(y)
        if not 0 <= index < len(effects):
            return None
        e = effects[index]
        text = (f"{e.label}: stress {number(e.before)} → {number(e.after)} "
                f"over {plural(e.uses, 'time')}")
        return Target(text, days=e.days)

    return Chart(key, title, figure, finders=[(axes, find)])


def perspective_chart(trend: Sequence[tuple[date, Accuracy]], theme: ChartTheme,
                      title: str = "How often my guesses about others held up",
        into: Figure | None = None) -> Chart:
    """Per month, the share of checked guesses that were right (partly right counts half)."""
    key = "perspective"
    if not trend:
        return empty_chart(key, title, "No guesses checked yet. After a debrief, ask the other "
                           "person how they felt and record whether you were right.", theme,
                           into)
    figure = new_figure(theme, height=2.8, into=into)
    axes = figure.add_subplot()
    places = list(range(len(trend)))
    scores = [100 * (a.score or 0) for _, a in trend]
    bars = axes.bar(places, scores, 0.6, color=theme.theirs)
    axes.bar_label(bars, [f"n={a.checks}" for _, a in trend], color=theme.muted, fontsize=8)
    style_axes(axes, theme, title)
    axes.set_ylim(0, 110)
    axes.set_ylabel("Right (%)")
    axes.set_xticks(places, [f"{m:%b %y}" for m, _ in trend])

    def find(x: float, _y: float) -> Target | None:
        index = round(x)
        if not 0 <= index < len(trend):
            return None
        month, a = trend[index]
        text = (f"{month:%b %Y}: {a.right} right, {a.partly} partly, {a.wrong} wrong "
                f"({percent(a.score)})")
        return Target(text, entry_uuids=a.entry_uuids)

    return Chart(key, title, figure, finders=[(axes, find)])
