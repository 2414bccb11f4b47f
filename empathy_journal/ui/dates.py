"""One way to write a date in the window: the locale's, through QLocale (never strftime).

``long_date`` for headings ("Thursday, 26 November 2026"), ``short_date`` for lists and
fields ("26/11/2026" or "11/26/26"), ``relative_time`` for "when did this happen" columns
("Today 21:04", "Yesterday 09:10", "3 days ago"). ``use_locale_format`` gives a date box the
same short format.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime
from PySide6.QtWidgets import QDateEdit

Format = QLocale.FormatType


def locale() -> QLocale:
    """The person's locale; under the bare "C" locale (scripts, containers), British English,
    whose dates read naturally ("26/11/2026", "Thursday, 26 November 2026")."""
    found = QLocale()
    if found.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return found


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def long_date(day: date) -> str:
    """The locale's long form, with the weekday: for headings."""
    return locale().toString(_qdate(day), Format.LongFormat)


def short_date(day: date) -> str:
    """The locale's short form: in lists, tables and date boxes."""
    return locale().toString(_qdate(day), Format.ShortFormat)


def clock_time(moment: datetime) -> str:
    """Hours and minutes in the locale's short form ("21:04", "9:04 PM")."""
    return locale().toString(QTime(moment.hour, moment.minute), Format.ShortFormat)


def relative_time(moment: datetime, now: datetime) -> str:
    """When moment was, said as a person would: today and yesterday with the time, then days
    ago within a week, then the short date."""
    days = (now.date() - moment.date()).days
    if days <= 0:
        return f"Today {clock_time(moment)}"
    if days == 1:
        return f"Yesterday {clock_time(moment)}"
    if days < 7:
        return f"{days} days ago"
    return short_date(moment.date())


def use_locale_format(*boxes: QDateEdit) -> None:
    """Show the locale's short date format in each date box."""
    pattern = locale().dateFormat(Format.ShortFormat)
    for box in boxes:
        box.setDisplayFormat(pattern)
