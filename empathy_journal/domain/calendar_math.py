"""Small date helpers for months and day ranges, free of any UI."""

from __future__ import annotations

import calendar
from datetime import date


def month_bounds(year: int, month: int) -> tuple[date, date]:
    """First and last day of a month."""
    last = calendar.monthrange(year, month)[1]
    return date(year, month, 1), date(year, month, last)


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    """The (year, month) delta months away."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1
