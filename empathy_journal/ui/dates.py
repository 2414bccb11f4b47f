"""One way to write a date in the window, as the person chose in Preferences (never strftime).

The date format is "locale" (the locale's own forms, through QLocale), "iso" (2026-11-26) or
"long" (26 November 2026, month names in the locale's language); the first day of the week is
the locale's or a chosen one. :func:`use_preferences` sets both from this computer's
preferences; every function here follows them:

``long_date`` for headings ("Thursday, 26 November 2026"), ``short_date`` for lists and
fields ("26/11/2026"), ``compact_date`` for charts and menus ("Thu 26 Nov"),
``weekday_and_day`` inside a month list ("Thu 26"), ``month_title`` ("November 2026"),
``relative_time`` for "when did this happen" columns ("Today 21:04", "3 days ago").
``use_date_format`` gives a date box the short format and the chosen week start;
``show_dates_again`` does that for every calendar and date box under a widget.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, Qt, QTime
from PySide6.QtWidgets import QCalendarWidget, QDateEdit, QWidget

from empathy_journal.domain.preferences import ComputerPreferences
from empathy_journal.domain.translation import current_language

Format = QLocale.FormatType
ISO = "yyyy-MM-dd"
WEEK_STARTS = {"monday": Qt.DayOfWeek.Monday, "sunday": Qt.DayOfWeek.Sunday,
               "saturday": Qt.DayOfWeek.Saturday}
_WEEKDAY_PART = re.compile(r"d{4},?\s*")  # "dddd, " in a long pattern: the weekday's name


@dataclass(frozen=True)
class DateChoices:
    """How dates are written and calendars laid out in this window."""

    date_format: str = "locale"
    week_start: str = "locale"


_chosen = DateChoices()


def use_preferences(preferences: ComputerPreferences) -> bool:
    """Write dates as preferences say from now on; True when that differs from before."""
    global _chosen
    chosen = DateChoices(preferences.date_format, preferences.week_start)
    changed, _chosen = chosen != _chosen, chosen
    return changed


def choices() -> DateChoices:
    """The date format and week start in use."""
    return _chosen


def locale() -> QLocale:
    """The person's locale, in the window's language: a German window on an English or bare
    system writes German dates ("Donnerstag, 26. November 2026"); under the bare "C" locale
    (scripts, containers) an English window uses British English, whose dates read naturally
    ("26/11/2026", "Thursday, 26 November 2026")."""
    found = QLocale()
    language = current_language()
    if language != "en" and found.name().split("_")[0] != language:
        return QLocale(language)
    if found.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return found


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _without_weekday(pattern: str) -> str:
    return _WEEKDAY_PART.sub("", pattern).strip(" ,")


def short_pattern(date_format: str | None = None) -> str:
    """The QDate pattern of a short date in the chosen format, or in date_format when given
    (also for date boxes)."""
    chosen = date_format or _chosen.date_format
    if chosen == "iso":
        return ISO
    if chosen == "long":
        return _without_weekday(locale().dateFormat(Format.LongFormat))
    return locale().dateFormat(Format.ShortFormat)


def long_date(day: date) -> str:
    """The long form, with the weekday: for headings."""
    if _chosen.date_format == "iso":
        return f"{locale().toString(_qdate(day), 'dddd')}, {day.isoformat()}"
    return locale().toString(_qdate(day), Format.LongFormat)


def short_date(day: date, date_format: str | None = None) -> str:
    """The short form (in the chosen format, or in date_format): in lists, tables, boxes."""
    return locale().toString(_qdate(day), short_pattern(date_format))


def compact_date(day: date, *, year: bool = False) -> str:
    """A weekday and a date in few letters ("Thu 26 Nov", with year "Thu 26 Nov 2026";
    "Thu 2026-11-26" in ISO form, which always names the year)."""
    if _chosen.date_format == "iso":
        return f"{locale().toString(_qdate(day), 'ddd')} {day.isoformat()}"
    return locale().toString(_qdate(day), "ddd d MMM yyyy" if year else "ddd d MMM")


def weekday_and_day(day: date) -> str:
    """The weekday and day of the month, for a list of one month's days ("Thu 26")."""
    return locale().toString(_qdate(day), "ddd dd")


def month_title(year: int, month: int) -> str:
    """A month by name ("November 2026"), or "2026-11" in ISO form."""
    if _chosen.date_format == "iso":
        return f"{year}-{month:02d}"
    return locale().toString(QDate(year, month, 1), "MMMM yyyy")


def clock_time(moment: datetime) -> str:
    """Hours and minutes in the locale's short form ("21:04", "9:04 PM")."""
    return locale().toString(QTime(moment.hour, moment.minute), Format.ShortFormat)


def relative_time(moment: datetime, now: datetime) -> str:
    """When moment was, said as a person would: today and yesterday with the time, then days
    ago within a week, then the short date."""
    days = (now.date() - moment.date()).days
    if days <= 0:
        return QCoreApplication.translate("Dates", "Today {time}").format(time=clock_time(moment))
    if days == 1:
        return QCoreApplication.translate("Dates", "Yesterday {time}").format(
            time=clock_time(moment))
    if days < 7:
        return Dates().days_ago(days)
    return short_date(moment.date())


class Dates(QObject):
    """The plural words around dates: a QObject because lupdate marks a plural only in a
    ``self.tr`` (a ``QCoreApplication.translate`` with a count is gathered as a singular)."""

    def days_ago(self, days: int) -> str:
        """How many days ago ("3 days ago")."""
        return self.tr("%n days ago", "", days)


def first_day_of_week() -> Qt.DayOfWeek:
    """The day every calendar starts its weeks on."""
    return WEEK_STARTS.get(_chosen.week_start) or locale().firstDayOfWeek()


def use_date_format(*boxes: QDateEdit) -> None:
    """Show the chosen short date format in each date box, its calendar starting the week on
    the chosen day."""
    pattern = short_pattern()
    for box in boxes:
        box.setDisplayFormat(pattern)
        calendar = box.calendarWidget()
        if calendar is not None:
            calendar.setFirstDayOfWeek(first_day_of_week())


def show_dates_again(root: QWidget) -> None:
    """Give every date box and calendar under root (and root itself) the chosen format and
    week start, after the preferences changed."""
    boxes = root.findChildren(QDateEdit)
    use_date_format(*([root] if isinstance(root, QDateEdit) else []), *boxes)
    calendars = root.findChildren(QCalendarWidget)
    for calendar in [*([root] if isinstance(root, QCalendarWidget) else []), *calendars]:
        calendar.setFirstDayOfWeek(first_day_of_week())
