"""How numbers and days are written in charts, summaries and reports."""

from __future__ import annotations

from datetime import date

from empathy_journal.domain.text import plural as shared_plural
from empathy_journal.domain.translation import decimal, month_short, pgettext, weekday_short


def number(value: float | None, places: int = 1) -> str:
    """A rating or mean: whole numbers without decimals, others rounded with the language's
    decimal mark (German 6,5); a dash when missing."""
    if value is None:
        return "–"
    rounded = round(value, places)
    return str(int(rounded)) if rounded == int(rounded) else decimal(rounded, places)


def signed(value: float | None) -> str:
    """A change with its sign: ``+0.8``, ``−1.2`` (a true minus sign), ``±0``."""
    if value is None:
        return "–"
    if round(value, 1) == 0:
        return "±0"
    return ("+" if value > 0 else "−") + number(abs(value))


def percent(share: float | None) -> str:
    """A share 0–1 as a whole percentage."""
    return "–" if share is None else f"{round(share * 100)}%"


def day_label(day: date, *, year: bool = False) -> str:
    """``Tue 5 Mar`` (or ``Tue 5 Mar 2024``); German ``Di., 5. März``."""
    names = {"weekday": weekday_short(day), "day": day.day, "month": month_short(day.month)}
    if year:
        # Translators: a short date with its year, e.g. "Tue 5 Mar 2024".
        return pgettext("date", "{weekday} {day} {month} {year}").format(year=day.year, **names)
    # Translators: a short date, e.g. "Tue 5 Mar".
    return pgettext("date", "{weekday} {day} {month}").format(**names)


def plural(count: int, word: str, many: str | None = None, *,
           context: str | None = None) -> str:
    """``1 day``, ``3 days`` (the shared rule in domain/text.py)."""
    return shared_plural(count, word, many, context=context)
