"""Review periods (month, quarter, year): their days, labels and neighbours."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from empathy_journal.domain.calendar_math import shift_month
from empathy_journal.domain.translation import _, month_year, pgettext


class PeriodKind(StrEnum):
    """How long a review period is."""

    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


_MONTHS_IN = {PeriodKind.MONTH: 1, PeriodKind.QUARTER: 3, PeriodKind.YEAR: 12}


@dataclass(frozen=True)
class Period:
    """A calendar month, quarter or year, identified by its kind and first day."""

    kind: PeriodKind
    first: date

    @classmethod
    def containing(cls, day: date, kind: PeriodKind = PeriodKind.MONTH) -> Period:
        """The period of this kind that day falls in."""
        kind = PeriodKind(kind)
        if kind is PeriodKind.YEAR:
            return cls(kind, date(day.year, 1, 1))
        if kind is PeriodKind.QUARTER:
            return cls(kind, date(day.year, 3 * ((day.month - 1) // 3) + 1, 1))
        return cls(kind, date(day.year, day.month, 1))

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        """The calendar month year-month."""
        return cls(PeriodKind.MONTH, date(year, month, 1))

    @classmethod
    def parse_month(cls, text: str) -> Period:
        """A month from ``YYYY-MM``; ValueError with a plain message otherwise."""
        try:
            year, month = (int(part) for part in text.split("-"))
            return cls.month(year, month)
        except ValueError:
            message = _("'{text}' is not a month; write it as YYYY-MM, e.g. 2024-03").format(
                text=text)
            raise ValueError(message) from None

    @property
    def last(self) -> date:
        """The last day of the period."""
        year, month = shift_month(self.first.year, self.first.month, _MONTHS_IN[self.kind] - 1)
        return date(year, month, calendar.monthrange(year, month)[1])

    @property
    def days(self) -> list[date]:
        """Every day of the period, in order."""
        return [self.first + timedelta(days=i) for i in range((self.last - self.first).days + 1)]

    def shifted(self, steps: int) -> Period:
        """The period steps periods later (negative: earlier)."""
        year, month = shift_month(self.first.year, self.first.month, steps * _MONTHS_IN[self.kind])
        return Period(self.kind, date(year, month, 1))

    def previous(self) -> Period:
        """The period just before this one."""
        return self.shifted(-1)

    def next(self) -> Period:
        """The period just after this one."""
        return self.shifted(1)

    @property
    def label(self) -> str:
        """How the period is named to people: ``March 2024``, ``Q1 2024``, ``2024``."""
        if self.kind is PeriodKind.YEAR:
            return str(self.first.year)
        if self.kind is PeriodKind.QUARTER:
            # Translators: a quarter of a year, e.g. "Q1 2024".
            return pgettext("period", "Q{quarter} {year}").format(
                quarter=(self.first.month - 1) // 3 + 1, year=self.first.year)
        return month_year(self.first)

    @property
    def during(self) -> str:
        """The period after "in" in a sentence: ``in March 2024``, ``in Q1 2024``, ``in 2024``
        (German ``im März 2024``, ``im Q1 2024``, ``im Jahr 2024``)."""
        if self.kind is PeriodKind.YEAR:
            # Translators: "… in 2024." (German "im Jahr 2024").
            return pgettext("during a year", "in {year}").format(year=self.label)
        if self.kind is PeriodKind.QUARTER:
            return pgettext("during a quarter", "in {quarter}").format(quarter=self.label)
        return pgettext("during a month", "in {month}").format(month=self.label)

    @property
    def slug(self) -> str:
        """A file-name friendly name: ``2024-03``, ``2024-Q1``, ``2024``."""
        if self.kind is PeriodKind.YEAR:
            return str(self.first.year)
        if self.kind is PeriodKind.QUARTER:
            return f"{self.first.year}-Q{(self.first.month - 1) // 3 + 1}"
        return f"{self.first.year}-{self.first.month:02d}"
