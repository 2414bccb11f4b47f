"""Charts of the ratings: mood and stress day by day, the year calendar, weekday and time-of-day."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from empathy_journal.domain.analytics.patterns import Bucket
from empathy_journal.domain.analytics.series import (
    WEEKLY_FROM_DAYS,
    DayPoint,
    WeekPoint,
    YearCalendar,
    weekly_series,
)
from empathy_journal.domain.translation import N_, _, month_short, month_year, pgettext
from empathy_journal.insights.chart import (
    Chart,
    Finder,
    Margins,
    Target,
    empty_chart,
    index_finder,
    legend_above,
    new_figure,
    remember_layout,
    reused_axes,
    style_axes,
    style_legend,
    title_at_page_left,
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


PANEL_HEIGHT_IN = 4.6  # two panels, mood above stress, sharing the dates below


def mood_stress_chart(series: Sequence[DayPoint], theme: ChartTheme,
                      title: str = N_("Mood and stress, day by day"),
                      into: Figure | None = None) -> Chart:
    """Mood (1–10) above stress (0–10), each on its own panel so equal values never hide a
    point: for a month or a quarter each day as a point with its 7-day average as a line; for
    longer ranges (a year) each week's average, so the trend reads instead of 365 dots."""
    key = "mood-stress"
    if not any(p.mood is not None or p.stress is not None for p in series):
        return empty_chart(key, title, _(NO_RATINGS), theme, into)
    weekly = len(series) > WEEKLY_FROM_DAYS
    layout = (key, theme)
    panels = reused_axes(into, layout)  # a month switch keeps the two panels, redraws the data
    if panels is None or into is None:
        figure = new_figure(theme, height=PANEL_HEIGHT_IN, into=into,
                            margins=Margins(left=0.75, bottom=0.62))
        mood_axes, stress_axes = figure.subplots(2, 1, sharex=True,
                                                 gridspec_kw={"hspace": 0.28})
        _style_panels(mood_axes, stress_axes, theme)
        remember_layout(figure, layout)
    else:
        figure, (mood_axes, stress_axes) = into, panels
    if weekly:
        title = _("{title}, week by week").format(title=title)
        find = _draw_weeks(mood_axes, stress_axes, weekly_series(series), theme)
    else:
        find = _draw_days(mood_axes, stress_axes, series, theme)
    mood_axes.set_title(title, color=theme.foreground, loc="left", fontsize=11)
    title_at_page_left(mood_axes)
    _date_ticks(stress_axes, series[0].day, series[-1].day)
    from matplotlib.dates import date2num

    stress_axes.set_xlim(date2num(series[0].day) - 0.6, date2num(series[-1].day) + 0.6)
    return Chart(key, title, figure, finders=[(mood_axes, find), (stress_axes, find)])


def _style_panels(mood_axes: Axes, stress_axes: Axes, theme: ChartTheme) -> None:
    """What stays when the panels are reused: frame, scale and the name of each panel."""
    for axes, name, low, colour in ((mood_axes, _("Mood"), 1, theme.mood),
                                    (stress_axes, _("Stress"), 0, theme.stress)):
        style_axes(axes, theme, "")
        axes.set_ylim(low - 0.5, 10.5)
        axes.set_yticks([low, 5, 10])
        axes.set_ylabel(name, color=colour, fontweight="bold")


def _draw_days(mood_axes: Axes, stress_axes: Axes, series: Sequence[DayPoint],
               theme: ChartTheme) -> Finder:
    """Each day's rating as a point and the 7-day average as a line, on each panel."""
    from matplotlib.dates import date2num

    days = [p.day for p in series]
    for axes, colour, daily, rolling, marker in (
            (mood_axes, theme.mood, [p.mood for p in series],
             [p.mood_rolling for p in series], "o"),
            (stress_axes, theme.stress, [p.stress for p in series],
             [p.stress_rolling for p in series], "s")):
        axes.plot(days, _or_nan(daily), marker, color=colour, markersize=4.5,
                  label=_("A day's rating"))
        axes.plot(days, _or_nan(rolling), "-", color=colour, linewidth=2, alpha=0.85,
                  label=_("7-day average"))
    legend_above(mood_axes, theme)
    start = date2num(days[0])

    def find(x: float, _y: float) -> Target | None:
        index = round(x - start)
        return _day_target(series[index]) if 0 <= index < len(series) else None

    return find


def _draw_weeks(mood_axes: Axes, stress_axes: Axes, weeks: Sequence[WeekPoint],
                theme: ChartTheme) -> Finder:
    """Each week's average as a point on a line, on each panel; a gap where none was rated."""
    from matplotlib.dates import date2num

    middles = [w.middle for w in weeks]
    mood_axes.plot(middles, _or_nan([w.mood for w in weeks]), "o-", color=theme.mood,
                   markersize=4.5, linewidth=1.6)
    stress_axes.plot(middles, _or_nan([w.stress for w in weeks]), "s-", color=theme.stress,
                     markersize=4.5, linewidth=1.6)
    spans = [(date2num(w.first) - 0.5, date2num(w.last) + 0.5) for w in weeks]

    def find(x: float, _y: float) -> Target | None:
        for week, (low, high) in zip(weeks, spans, strict=True):
            if low <= x < high:
                return _week_target(week)
        return None

    return find


def _week_target(week: WeekPoint) -> Target:
    span = _("Week of {day}").format(day=day_label(week.first))
    if not week.rated_days:
        return Target(_("{week}: not rated").format(week=span))
    return Target(_("{week}: mood {mood}, stress {stress} ({days} rated)").format(
        week=span, mood=number(week.mood), stress=number(week.stress),
        days=plural(len(week.rated_days), 'day')), days=week.rated_days)


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
    title_at_page_left(axes)
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
        return empty_chart(key, title, NO_RATINGS, theme, into)
    layout = (key, theme, tuple(b.label for b in buckets))
    reused = reused_axes(into, layout)  # a month switch keeps the axes, redraws the bars
    if reused is None or into is None:
        figure = new_figure(theme, height=3.0, into=into)
        axes = figure.add_subplot()
        remember_layout(figure, layout)
    else:
        figure, (axes,) = into, reused
    places = list(range(len(buckets)))
    width = 0.38
    axes.bar([p - width / 2 for p in places], [b.mood or 0 for b in buckets], width,
             color=theme.mood, label=_("Mood"))
    axes.bar([p + width / 2 for p in places], [b.stress or 0 for b in buckets], width,
             color=theme.stress, label=_("Stress"), hatch="//", edgecolor=theme.background)
    style_axes(axes, theme, title)
    axes.set_ylim(0, 10.5)
    # "Afternoon (12–18)": the hours on a second line, so neighbours never run into each other
    axes.set_xticks(places, [b.label.replace(" (", "\n(") for b in buckets])
    axes.set_ylabel(_("Average rating"))
    title_at_page_left(axes)
    legend_above(axes, theme)

    def target(index: int) -> Target:
        b = buckets[index]
        text = (_("{label}: mood {number}, stress {number2} ({entries})").format(
                  label=b.label,
                  number=number(b.mood),
                  number2=number(b.stress),
                  entries=plural(len(b.entry_uuids), 'entry', 'entries')))
        return Target(text, entry_uuids=b.entry_uuids)

    return Chart(key, title, figure, finders=[(axes, index_finder(len(buckets), target))])
