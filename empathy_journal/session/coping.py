"""Coping in a session: the techniques, the user's own, and each technique tried, announced."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from empathy_journal.domain.coping import CopingRecord, Technique
from empathy_journal.domain.entry import EmotionTag, new_entry
from empathy_journal.domain.ids import fresh_uuid
from empathy_journal.domain.translation import N_, _
from empathy_journal.session.changes import Change
from empathy_journal.storage.coping_repository import CopingRepository

if TYPE_CHECKING:
    from empathy_journal.session.journal_session import JournalSession

COPING_CHANGED = Change(coping=True)
# The new entry is written in the language in use; like anything written, it is not rewritten later.
NAMED_TITLE = N_("Named it to tame it")


@dataclass(frozen=True)
class Attempt:
    """What the stress view gathered: the technique, stress before and after, the time spent."""

    technique_id: str
    stress_before: int | None
    stress_after: int | None
    duration_s: int
    trigger: str = ""


@dataclass(frozen=True)
class NamedFeelings:
    """What "name it to tame it" found: the precise words and one line on what I need."""

    emotions: list[EmotionTag] = field(default_factory=list)
    need: str = ""

    @property
    def is_blank(self) -> bool:
        """True when no word was chosen and nothing written."""
        return not self.emotions and not self.need.strip()


class Coping:
    """Coping techniques and records through the session.

    A record links to the latest entry of its day when there is one; no entry is created for
    it, except for the words and the need of "name it to tame it", which live in a short new
    entry of that day (written in the same transaction as the record, which links to it).
    """

    def __init__(self, session: JournalSession, repository: CopingRepository) -> None:
        self._session = session
        self.repository = repository

    def techniques(self) -> list[Technique]:
        """Built-in techniques first, then the user's own."""
        return self.repository.techniques()

    def add_technique(self, label: str, minutes: int, description: str = "") -> Technique:
        """One of the user's own techniques: a name and its usual length."""
        return self._session.write(
            COPING_CHANGED, lambda: self.repository.add_technique(label, minutes, description))

    def records_on(self, day: date) -> list[CopingRecord]:
        """The techniques tried on a day."""
        return self.repository.records_on(day)

    def stress_today(self) -> int | None:
        """The stress rating of today's latest rated entry, or None."""
        today = self._session.today()
        rated = [s for s in self._session.entries_between(today, today) if s.stress is not None]
        return rated[-1].stress if rated else None

    def record(self, attempt: Attempt, *, named: NamedFeelings | None = None, tz: str = "UTC",
               now: datetime | None = None) -> CopingRecord:
        """Store one technique tried (with its named feelings, if any) in one transaction."""
        moment = now or datetime.now(UTC)
        day = self._session.today()
        record = CopingRecord(fresh_uuid(), attempt.technique_id, moment, day,
                              attempt.stress_before, attempt.stress_after, attempt.duration_s,
                              attempt.trigger)
        if named is None or named.is_blank:
            return self._session.write(COPING_CHANGED, lambda: self._add_linked(record))
        entry = new_entry(day, now=moment, tz=tz)
        entry.title = _(NAMED_TITLE)
        need = named.need.strip()
        entry.body = _("What I need: {need}").format(need=need) if need else ""
        entry.emotions = list(named.emotions)
        repository = self._session.journal.repository
        with self._session.writing():
            saved = repository.save_entry(entry, now=moment)
            stored = self.repository.add_record(replace(record, entry_id=saved.id))
            summary, ratings = self._session.rows_of(saved.uuid, day)
        self._session.announce(Change(entries={saved.uuid: summary}, days={day: ratings},
                                      coping=True))
        return stored

    def _add_linked(self, record: CopingRecord) -> CopingRecord:
        uuid = self._session.latest_on(record.local_date)
        entry = self._session.entry(uuid) if uuid else None
        return self.repository.add_record(replace(record, entry_id=entry.id if entry else None))
