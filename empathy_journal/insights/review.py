"""Everything one review period shows, gathered from the journal in one call."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from empathy_journal.domain.analytics import comparisons, emotion_stats, outcomes, patterns
from empathy_journal.domain.analytics.period import Period, PeriodKind
from empathy_journal.domain.analytics.records import CheckedGuess, CheckIn, CopingUse
from empathy_journal.domain.analytics.series import (
    ROLLING_DAYS,
    DayPoint,
    YearCalendar,
    daily_series,
    year_calendar,
)
from empathy_journal.domain.analytics.summary import PeriodSummary, summarize
from empathy_journal.storage import insight_queries as queries
from empathy_journal.storage.check_in_repository import check_ins_between
from empathy_journal.storage.conversation_repository import ConversationRepository
from empathy_journal.storage.journal import Journal

TREND_MONTHS = 12


@dataclass(frozen=True)
class PeriodReview:
    """The numbers behind every chart and the summary of one period."""

    period: Period
    series: list[DayPoint]
    calendar: YearCalendar
    emotions: list[emotion_stats.EmotionCount]
    granularity: list[emotion_stats.MonthGranularity]
    weekdays: list[patterns.Bucket]
    times_of_day: list[patterns.Bucket]
    markers: list[comparisons.MarkerComparison]
    coping: list[outcomes.CopingEffect]
    accuracy_trend: list[tuple[date, outcomes.AccuracyGroup]]
    accuracy_people: list[outcomes.AccuracyGroup]
    summary: PeriodSummary
    checked_guesses: list[CheckedGuess]
    coping_uses: list[CopingUse]
    check_ins: list[CheckIn]

    @property
    def trend_first(self) -> date:
        """First day of the months the over-time charts (granularity, accuracy) cover."""
        return trend_start(self.period)

    @property
    def period_check_ins(self) -> list[CheckIn]:
        """The check-ins taken within the period itself."""
        return [c for c in self.check_ins if c.local_date >= self.period.first]


def trend_start(period: Period) -> date:
    """The over-time charts show the twelve months ending with the period (or the period itself)."""
    twelve_back = Period(PeriodKind.MONTH, period.last.replace(day=1)).shifted(1 - TREND_MONTHS)
    return min(period.first, twelve_back.first)


def review_reach(period: Period) -> tuple[date, date]:
    """The first and last day whose entries can change period's review (rolling means, the
    year calendar, the twelve-month trends, the comparison with the previous period), so a
    cached review is dropped only when a write touches one of those days."""
    first = min(period.first - timedelta(days=ROLLING_DAYS - 1), date(period.first.year, 1, 1),
                trend_start(period), period.previous().first)
    return first, max(period.last, date(period.first.year, 12, 31))


def load_review(journal: Journal, period: Period) -> PeriodReview:
    """Read and compute everything the Insights view and the reports show for period."""
    db, first, last = journal.db, period.first, period.last
    ratings = journal.repository.daily_ratings(first - timedelta(days=ROLLING_DAYS - 1), last)
    in_period = [r for r in ratings if r.day >= first]
    previous = period.previous()
    year = journal.repository.daily_ratings(date(first.year, 1, 1), date(first.year, 12, 31))
    trend_first = trend_start(period)
    trend_uses = queries.emotion_uses(db, trend_first, last)
    uses = [u for u in trend_uses if u.local_date >= first]
    moments = queries.entry_moments(db, first, last)
    trend_guesses = queries.checked_guesses(db, trend_first, last)
    guesses = [g for g in trend_guesses if g.check.checked_on >= first]
    coping = queries.coping_uses(db, first, last)
    counts = emotion_stats.emotion_counts(uses)
    return PeriodReview(
        period=period,
        series=daily_series(ratings, first, last, until=date.today()),
        calendar=year_calendar(year, first.year),
        emotions=counts,
        granularity=emotion_stats.granularity_by_month(trend_uses),
        weekdays=patterns.by_weekday(moments),
        times_of_day=patterns.by_time_of_day(moments),
        markers=comparisons.compare_markers(in_period, queries.day_markers(db, first, last)),
        coping=outcomes.coping_effects(coping),
        accuracy_trend=outcomes.accuracy_by_month(trend_guesses),
        accuracy_people=outcomes.accuracy_by_person(guesses),
        summary=summarize(
            in_period,
            journal.repository.daily_ratings(previous.first, previous.last),
            queries.day_notes(db, first, last), counts,
            ConversationRepository(journal.repository).follow_ups()),
        checked_guesses=guesses,
        coping_uses=coping,
        check_ins=check_ins_between(db, trend_first, last),
    )
