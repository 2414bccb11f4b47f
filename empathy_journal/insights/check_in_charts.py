"""Check-ins over time: WHO-5 (%) and PSS-10 with their bands, the empathy self-check's parts."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from empathy_journal.domain.analytics.records import CheckIn
from empathy_journal.domain.instruments import (
    CONCERN,
    EMPATHY,
    INSTRUMENTS,
    PERSPECTIVE,
    PSS10,
    WHO5,
    describe_score,
    part_means,
    shown_score,
)
from empathy_journal.domain.translation import N_, _
from empathy_journal.insights.chart import Chart, Finder, Margins, Target, empty_chart, new_figure
from empathy_journal.insights.chart import style_axes as _style
from empathy_journal.insights.labels import day_label
from empathy_journal.insights.theme import ChartTheme

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

NEAR_DAYS = 12  # a pointer this close (in days) to a check-in points at it
BAND_SHADES = (0.05, 0.10, 0.16)


def _day_number(day: date) -> float:
    from matplotlib.dates import date2num

    return float(date2num(day))


def _near(points: Sequence[tuple[float, Target]]) -> Finder:
    def find(x: float, y: float) -> Target | None:
        if not points:
            return None
        distance, target = min(((abs(px - x), t) for px, t in points), key=lambda p: p[0])
        return target if distance <= NEAR_DAYS else None
    return find


def _target(check_in: CheckIn) -> Target:
    name = INSTRUMENTS[check_in.instrument].name
    return Target(_("{day}: {check_in} {score}").format(
        day=day_label(check_in.local_date, year=True), check_in=name,
        score=describe_score(check_in.instrument, check_in.score)),
                  days=(check_in.local_date,))


def _bands(axes: Axes, instrument_id: str, theme: ChartTheme) -> None:
    """Each band as a faint stripe (up to the next band, no gap) with its short name at the
    right edge, lightest at the better end."""
    bands = INSTRUMENTS[instrument_id].bands
    for index, band in enumerate(bands):
        worse = len(bands) - 1 - index if instrument_id == WHO5 else index
        top = bands[index + 1].low if index + 1 < len(bands) else band.high
        axes.axhspan(band.low, top, color=theme.stress, alpha=BAND_SHADES[worse],
                     linewidth=0, zorder=0)
        axes.text(1.0, (band.low + top) / 2, f" {band.short}",
                  transform=axes.get_yaxis_transform(), va="center", ha="left", fontsize=7.5,
                  color=theme.muted)


def _panel(axes: Axes, theme: ChartTheme, title: str, days: tuple[float, float],
           scale: tuple[float, float], label: str) -> None:
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter

    _style(axes, theme, title)
    axes.set_xlim(*days)
    axes.set_ylim(*scale)
    axes.set_ylabel(label)
    locator = AutoDateLocator(minticks=2, maxticks=5)
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(ConciseDateFormatter(locator))


def _series(axes: Axes, found: list[CheckIn], value: Callable[[CheckIn], float], colour: str,
            label: str, style: str = "o-") -> list[tuple[float, Target]]:
    xs = [_day_number(c.local_date) for c in found]
    axes.plot(xs, [value(c) for c in found], style, color=colour, markersize=5, linewidth=1.6,
              label=label)
    return [(x, _target(c)) for x, c in zip(xs, found, strict=True)]


def check_ins_chart(check_ins: Sequence[CheckIn], first: date, last: date, theme: ChartTheme,
                    title: str = N_("Check-ins over time"),
                    into: Figure | None = None) -> Chart:
    """Three panels over first..last: WHO-5 %, PSS-10 0–40 (both with their bands) and the
    empathy self-check's two parts (mean 1–5, no bands: there are no norms)."""
    key = "check-ins"
    if not check_ins:
        return empty_chart(key, title, _("No check-ins in these months yet. Check-ins ▸ WHO-5, PSS-10 "
                                         "or the empathy self-check take two or three minutes; a line "
                                         "on the journal page says when one is due."), theme, into)
    figure = new_figure(theme, height=3.0, into=into,
                        margins=Margins(left=0.55, right=0.95, top=0.45, bottom=0.45))
    figure.subplots_adjust(wspace=0.6)
    days = (_day_number(first) - 5, _day_number(last) + 5)
    by_instrument = {i: [c for c in check_ins if c.instrument == i] for i in INSTRUMENTS}
    who5, pss, empathy = figure.subplots(1, 3)
    finders: list[tuple[Axes, Finder]] = []
    _bands(who5, WHO5, theme)
    _panel(who5, theme, _("WHO-5 wellbeing"), days, (0, 100), "%")
    finders.append((who5, _near(_series(who5, by_instrument[WHO5],
                                        lambda c: shown_score(WHO5, c.score), theme.mood,
                                        "WHO-5 %"))))
    _bands(pss, PSS10, theme)
    _panel(pss, theme, _("PSS-10 stress"), days, (0, 40), "0–40")
    finders.append((pss, _near(_series(pss, by_instrument[PSS10], lambda c: c.score,
                                       theme.stress, "PSS-10"))))
    _panel(empathy, theme, _("Empathy self-check"), days, (1, 5), _("mean 1–5"))
    found = by_instrument[EMPATHY]
    points = _series(empathy, found, lambda c: part_means(c.answers)[PERSPECTIVE], theme.mine,
                     _("Perspective"))
    _series(empathy, found, lambda c: part_means(c.answers)[CONCERN], theme.theirs, _("Concern"),
            "s--")
    if found:
        empathy.legend(frameon=False, fontsize=7.5, labelcolor=theme.foreground,
                       loc="lower left")
    finders.append((empathy, _near(points)))
    figure.text(0.01, 0.015, _("Bands are common conventions, not a diagnosis."), fontsize=7.5,
                color=theme.muted)
    return Chart(key, title, figure, finders=finders)
