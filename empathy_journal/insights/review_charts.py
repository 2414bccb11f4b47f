"""Every chart of a review period, in the order the Insights view and the reports show them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from empathy_journal.domain.translation import N_, _
from empathy_journal.insights.chart import Chart
from empathy_journal.insights.check_in_charts import check_ins_chart
from empathy_journal.insights.emotion_charts import emotions_chart, granularity_chart
from empathy_journal.insights.outcome_charts import coping_chart, markers_chart, perspective_chart
from empathy_journal.insights.rating_charts import calendar_chart, mood_stress_chart, rhythm_chart
from empathy_journal.insights.review import PeriodReview
from empathy_journal.insights.theme import LIGHT, ChartTheme

if TYPE_CHECKING:
    from matplotlib.figure import Figure

CHART_KEYS = (
    "mood-stress", "emotions", "year-calendar", "weekdays", "times-of-day",
    "practices-mood", "coping", "check-ins", "granularity", "perspective",
)


_BUILDERS: dict[str, Callable[[Any, ChartTheme, Any], Chart]] = {
    "mood-stress": lambda data, theme, into: mood_stress_chart(
        data[0], theme, _("Mood and stress, {period}").format(period=data[1]), into=into),
    "emotions": lambda data, theme, into: emotions_chart(data, theme, into=into),
    "year-calendar": lambda data, theme, into: calendar_chart(data, theme, into=into),
    "weekdays": lambda data, theme, into: rhythm_chart(
        data, theme, N_("By day of the week"), "weekdays", into=into),
    "times-of-day": lambda data, theme, into: rhythm_chart(
        data, theme, N_("By time of day written"), "times-of-day", into=into),
    "practices-mood": lambda data, theme, into: markers_chart(data, theme, into=into),
    "coping": lambda data, theme, into: coping_chart(data, theme, into=into),
    "check-ins": lambda data, theme, into: check_ins_chart(data[0], data[1], data[2], theme,
                                                           into=into),
    "granularity": lambda data, theme, into: granularity_chart(data, theme, into=into),
    "perspective": lambda data, theme, into: perspective_chart(data, theme, into=into),
}


def chart_data(review: PeriodReview, key: str) -> object:
    """What chart key is drawn from: equal data (and theme) draws an identical chart."""
    if key not in _BUILDERS:
        raise KeyError(f"no chart called {key!r}; choose one of {', '.join(CHART_KEYS)}")
    return {
        "mood-stress": lambda: (review.series, review.period.label),
        "emotions": lambda: review.emotions,
        "year-calendar": lambda: review.calendar,
        "weekdays": lambda: review.weekdays,
        "times-of-day": lambda: review.times_of_day,
        "practices-mood": lambda: review.markers,
        "coping": lambda: review.coping,
        "check-ins": lambda: (review.check_ins, review.trend_first, review.period.last),
        "granularity": lambda: review.granularity,
        "perspective": lambda: review.accuracy_trend,
    }[key]()


def build_chart(review: PeriodReview, key: str, theme: ChartTheme = LIGHT,
                into: Figure | None = None) -> Chart:
    """One chart of the review by its key (see CHART_KEYS), optionally redrawn into a figure."""
    return _BUILDERS[key](chart_data(review, key), theme, into)
