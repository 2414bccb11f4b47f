"""Check-ins of a session: taking one, their history, the schedule and "not now", announced."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from empathy_journal.domain.check_in_schedule import (
    DueCheckIn,
    Schedule,
    due_check_ins,
    local_day,
    read_days,
    write_days,
)
from empathy_journal.session.changes import Change
from empathy_journal.storage import check_in_repository as repository
from empathy_journal.storage.sql import settings_value, store_setting

if TYPE_CHECKING:
    from sqlite_utils import Database

    from empathy_journal.domain.analytics.records import CheckIn
    from empathy_journal.session.journal_session import JournalSession

DISMISSED_KEY = "check_ins.not_now"


class Wellbeing:
    """WHO-5, PSS-10 and the empathy self-check: what was taken, and what is due."""

    def __init__(self, session: JournalSession) -> None:
        self._session = session

    @property
    def _db(self) -> Database:
        """The journal's Database: while locked, every use of it is refused."""
        return self._session.journal.db

    def history(self, first: date | None = None, last: date | None = None,
                instrument: str | None = None) -> list[CheckIn]:
        """Check-ins taken on local days first..last, oldest first."""
        return repository.check_ins_between(self._db, first, last, instrument)

    def record(self, instrument: str, answers: list[int], *, zone_name: str,
               now: datetime | None = None, day: date | None = None) -> CheckIn:
        """Store a check-in's answers and raw score, dated by day (the window's today) or
        else by the local day of now in zone_name."""
        moment = now or datetime.now(UTC)
        local = day or local_day(moment, zone_name)
        return self._session.write(Change(check_ins=True), lambda: repository.add_check_in(
            self._db, instrument, answers, moment, local))

    def schedule(self) -> Schedule:
        """How often each check-in is offered (one of the journal's preferences)."""
        return self._session.journal_preferences().check_in_schedule

    def set_schedule(self, schedule: Schedule) -> None:
        """Keep a new schedule (through the journal's preferences)."""
        preferences = self._session.journal_preferences()
        self._session.set_journal_preferences(preferences.changed(check_in_schedule=schedule))

    def due(self, zone_name: str, today: date | None = None) -> list[DueCheckIn]:
        """The check-ins to offer today (none that were put off for this period)."""
        return due_check_ins(self.schedule(), repository.last_taken(self._db),
                             read_days(settings_value(self._db, DISMISSED_KEY)),
                             today or self._session.today(), zone_name)

    def not_now(self, instruments: list[str], today: date | None = None) -> None:
        """Put these check-ins off for one period from today."""
        days = read_days(settings_value(self._db, DISMISSED_KEY))
        days.update({i: today or self._session.today() for i in instruments})
        self._write_setting(DISMISSED_KEY, write_days(days))

    def _write_setting(self, key: str, value: str) -> None:
        self._session.write(Change(check_ins=True, settings=frozenset({key})),
                            lambda: store_setting(self._db, key, value))
