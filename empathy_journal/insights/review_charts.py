"""Every chart of a review period, in the order the Insights view and the reports show them."""

from __future__ import annotations

from empathy_journal.insights.chart import Chart
from empathy_journal.insights.emotion_charts import emotions_chart, granularity_chart
from empathy_journal.insights.outcome_charts import coping_chart, markers_chart, perspective_chart
from empathy_journal.insights.rating_charts import calendar_chart, mood_stress_chart, rhythm_chart
from empathy_journal.insights.review import PeriodReview
from empathy_journal.insights.theme import LIGHT, ChartTheme

CHART_KEYS = (
    "mood-stress", "emotions", "year-calendar", "weekdays", "times-of-day",
    "practices-mood", "coping", "granularity", "perspective",
)


def build_chart(review: PeriodReview, key: str, theme: ChartTheme = LIGHT) -> Chart:
    """One chart of the review by its key (see CHART_KEYS)."""
    label = review.period.label
    builders = {
        "mood-stress": lambda: mood_stress_chart(review.series, theme,
                                                 f"Mood and stress, {label}"),
        "emotions": lambda: emotions_chart(review.emotions, theme),
        "year-calendar": lambda: calendar_chart(review.calendar, theme),
        "weekdays": lambda: rhythm_chart(review.weekdays, theme, "By day of the week",
                                         "weekdays"),
        "times-of-day": lambda: rhythm_chart(review.times_of_day, theme,
                                             "By time of day written", "times-of-day"),
        "practices-mood": lambda: markers_chart(review.markers, theme),
        "coping": lambda: coping_chart(review.coping, theme),
        "granularity": lambda: granularity_chart(review.granularity, theme),
        "perspective": lambda: perspective_chart(review.accuracy_trend, theme),
    }
    if key not in builders:
        raise KeyError(f"no chart called {key!r}; choose one of {', '.join(CHART_KEYS)}")
    return builders[key]()


def build_charts(review: PeriodReview, theme: ChartTheme = LIGHT) -> list[Chart]:
    """All charts of the review, in display order."""
    return [build_chart(review, key, theme) for key in CHART_KEYS]
