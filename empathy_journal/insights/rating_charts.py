"""Charts of the ratings: mood and stress day by day, the year calendar, weekday and time-of-day."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from empathy_journal.domain.analytics.patterns import Bucket
from empathy_journal.domain.analytics.series import DayPoint, YearCalendar
from empathy_journal.domain.translation import N_, _, month_short, month_year, pgettext
from empathy_journal.insights.chart import (
    WIDTH_IN,
    Chart,
    Margins,
    Target,
    empty_chart,
    index_finder,
    new_figure,
    style_axes,
    style_legend,
)
from empathy_journal.insights.labels import day_label, number, plural
from empathy_journal.insights.theme import ChartTheme

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

NO_RATINGS = N_("No ratings in this period yet. Rate your mood and stress when you write, "
              "and each day appears here.")


def _or_nan(values: Sequence[float | None]) -> list[float]:
    return [math.nan if v is None else v for v in values]


def _day_target(point: DayPoint) -> Target:
    if point.mood is None and point.stress is None:
        text = _("{day}: not rated").format(day=day_label(point.day))
    else:
        text = _("{day}: mood {mood}, stress {stress}").format(
            day=day_label(point.day), mood=number(point.mood), stress=number(point.stress))
    return Target(text, days=(point.day,))


LEGEND_ONE_ROW_MIN_WIDTH = 6.2  # inches: the four legend entries side by side need about 5.5


def mood_stress_chart(series: Sequence[DayPoint], theme: ChartTheme,
                      title: str = N_("Mood and stress, day by day"),
                      into: Figure | None = None) -> Chart:
    """Daily mood (1–10) and stress (0–10) as points, with their 7-day averages as lines."""
    key = "mood-stress"
    if not any(p.mood is not None or p.stress is not None for p in series):
        return empty_chart(key, title, _(NO_RATINGS), theme, into)
    from matplotlib.dates import date2num

    width = into.get_figwidth() if into is not None else WIDTH_IN
    legend_rows = 1 if width >= LEGEND_ONE_ROW_MIN_WIDTH else 2
    figure = new_figure(theme, into=into, margins=Margins(bottom=0.72 + 0.23 * legend_rows))
    axes = figure.add_subplot()
    days = [p.day for p in series]
    marker = 4 if len(days) <= 100 else 2
    axes.plot(days, _or_nan([p.mood for p in series]), "o", color=theme.mood,
              markersize=marker, label=_("Mood"))
    axes.plot(days, _or_nan([p.mood_rolling for p in series]), "-", color=theme.mood,
              linewidth=2, label=_("Mood, 7-day average"))
    axes.plot(days, _or_nan([p.stress for p in series]), "s", color=theme.stress,
              markersize=marker, label=_("Stress"))
    axes.plot(days, _or_nan([p.stress_rolling for p in series]), "--", color=theme.stress,
              linewidth=2, label=_("Stress, 7-day average"))
    style_axes(axes, theme, title)
    axes.set_ylim(0, 10.5)
    axes.set_ylabel(_("Rating (mood 1–10, stress 0–10)"))
    _date_ticks(axes, days[0], days[-1])
    start = date2num(days[0])
    axes.set_xlim(start - 0.6, date2num(days[-1]) + 0.6)
    # One row under the date ticks, inside the figure: beside the plot it ran off the page.
    style_legend(axes, theme, loc="lower center", bbox_to_anchor=(0.5, 0.01),
                 bbox_transform=figure.transFigure, ncol=4 // legend_rows)

    def find(x: float, _y: float) -> Target | None:
        index = round(x - start)
        return _day_target(series[index]) if 0 <= index < len(series) else None

    return Chart(key, title, figure, finders=[(axes, find)])


NO_MOOD_LEGEND = N_("No mood rating that day")
MONTH_TICK_DAYS = (1, 5, 9, 13, 17, 21, 25, 29)


def _date_ticks(axes: Axes, first: date, last: date) -> None:
    """Plain day numbers with the month named once below them; months for longer spans."""
    from matplotlib.dates import DayLocator, MonthLocator
    from matplotlib.ticker import FuncFormatter

    if (first.year, first.month) == (last.year, last.month):
        axes.xaxis.set_major_locator(DayLocator(bymonthday=MONTH_TICK_DAYS))
        axes.xaxis.set_major_formatter(FuncFormatter(lambda x, _pos: str(_num_to_date(x).day)))
        axes.set_xlabel(month_year(first))
        return
    axes.xaxis.set_major_locator(MonthLocator())
    axes.xaxis.set_major_formatter(FuncFormatter(lambda x, _pos: month_short(_num_to_date(x).month)))
    years = f"{first.year}" if first.year == last.year else f"{first.year}–{last.year}"
    axes.set_xlabel(years)


def _num_to_date(x: float) -> date:
    from matplotlib.dates import num2date

    return num2date(x).date()


def calendar_chart(calendar: YearCalendar, theme: ChartTheme, title: str | None = None,
                   into: Figure | None = None) -> Chart:
    """A year of days as a grid of weeks, each day coloured by its mean mood."""
    title = title or _("{year}: mood day by day").format(year=calendar.year)
    key = "year-calendar"
    if not calendar.mood:
        return empty_chart(key, title, _("No mood ratings in {year} yet. Each rated day will colour "
                                         "one square here.").format(year=calendar.year), theme, into)
    import numpy
    from matplotlib.colors import LinearSegmentedColormap

    grid = numpy.full((7, calendar.weeks), numpy.nan)
    for (week, weekday), day in calendar.cells.items():
        grid[weekday, week] = calendar.mood.get(day, numpy.nan)
    figure = new_figure(theme, height=2.3, into=into,
                        margins=Margins(left=0.55, right=0.55, bottom=0.35))
    cells = figure.add_gridspec(1, 2, width_ratios=(80, 1), wspace=0.02)
    axes = figure.add_subplot(cells[0])
    cmap = LinearSegmentedColormap.from_list("mood", theme.mood_colours).with_extremes(
        bad=theme.background)
    mesh = axes.pcolormesh(numpy.ma.masked_invalid(grid), cmap=cmap, vmin=1, vmax=10,
                           edgecolors=theme.background, linewidth=1.2)
    _outline_unrated_days(axes, calendar, theme)
    _style_calendar(axes, calendar, theme, title)
    bar = figure.colorbar(mesh, cax=figure.add_subplot(cells[1]))
    bar.set_label(_("Mood"), color=theme.foreground)
    bar.ax.tick_params(colors=theme.muted, labelcolor=theme.foreground, labelsize=8)
    bar.outline.set_visible(False)

    def find(x: float, y: float) -> Target | None:
        day = calendar.day_at(math.floor(x), math.floor(y))
        if day is None:
            return None
        mood = calendar.mood.get(day)
        text = (_("{day}: mood {mood}").format(day=day_label(day, year=True), mood=number(mood))
                if mood is not None else
                _("{day}: no mood rating").format(day=day_label(day, year=True)))
        return Target(text, days=(day,))

    return Chart(key, title, figure, finders=[(axes, find)])


def _outline_unrated_days(axes: Axes, calendar: YearCalendar, theme: ChartTheme) -> None:
    """Days of the year without a mood rating as hollow outlined squares, so they never look
    like a (dark) low-mood day in either theme; a legend entry says what they mean."""
    from matplotlib.collections import PatchCollection
    from matplotlib.patches import Rectangle

    inset, side = 0.14, 0.72
    squares = [Rectangle((week + inset, weekday + inset), side, side)
               for (week, weekday), day in sorted(calendar.cells.items())
               if day not in calendar.mood]
    axes.add_collection(PatchCollection(squares, facecolor=theme.empty_cell,
                                        edgecolor=theme.empty_edge, linewidth=0.8))
    key = Rectangle((0, 0), 1, 1, facecolor=theme.empty_cell, edgecolor=theme.empty_edge,
                    linewidth=0.8, label=_(NO_MOOD_LEGEND))
    style_legend(axes, theme, handles=[key], loc="lower right", bbox_to_anchor=(1.0, 1.0),
                 borderaxespad=0.1, handlelength=0.9, handleheight=0.9)


def _style_calendar(axes: Axes, calendar: YearCalendar, theme: ChartTheme, title: str) -> None:
    """Square cells, Monday on top, a tick at the first week of each month, no frame."""
    style_axes(axes, theme, title)
    axes.grid(False)
    axes.set_aspect("equal")
    axes.set_ylim(7, 0)
    axes.set_yticks([0.5, 2.5, 4.5], [pgettext("weekday", "Mon"), pgettext("weekday", "Wed"),
                                      pgettext("weekday", "Fri")])
    firsts = sorted((day, week) for (week, _), day in calendar.cells.items() if day.day == 1)
    axes.set_xticks([week + 0.5 for _, week in firsts], [month_short(day.month) for day, _week in firsts])
    for side in ("left", "bottom"):
        axes.spines[side].set_visible(False)


def rhythm_chart(buckets: Sequence[Bucket], theme: ChartTheme, title: str, key: str,
                 into: Figure | None = None) -> Chart:
    """Mean mood and stress per group (weekday or time of day) as side-by-side bars."""
    if not any(b.mood_count or b.stress_count for b in buckets):
        return empty_chart(key, title, _(NO_RATINGS), theme, into)
    figure = new_figure(theme, height=3.0, into=into, margins=Margins(right=1.0))
    axes = figure.add_subplot()
    places = list(range(len(buckets)))
    width = 0.38
    axes.bar([p - width / 2 for p in places], [b.mood or 0 for b in buckets], width,
             color=theme.mood, label=_("Mood"))
    axes.bar([p + width / 2 for p in places], [b.stress or 0 for b in buckets], width,
             color=theme.stress, label=_("Stress"), hatch="//", edgecolor=theme.background)
    style_axes(axes, theme, title)
    axes.set_ylim(0, 10.5)
    axes.set_xticks(places, [b.label for b in buckets])
    axes.set_ylabel(_("Average rating"))
    style_legend(axes, theme, loc="upper left", bbox_to_anchor=(1.0, 1.0))

    def target(index: int) -> Target:
        b = buckets[index]
        text = (_("{label}: mood {number}, stress {number2} ({entries})").format(
                  label=b.label,
                  number=number(b.mood),
                  number2=number(b.stress),
                  entries=plural(len(b.entry_uuids), 'entry', 'entries')))
        return Target(text, entry_uuids=b.entry_uuids)

    return Chart(key, title, figure, finders=[(axes, index_finder(len(buckets), target))])
