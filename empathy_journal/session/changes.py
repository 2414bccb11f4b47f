"""What a write changed, as the session announces it to every view after the transaction."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date

from empathy_journal.storage.summaries import DayRatings, EntrySummary


@dataclass(frozen=True, eq=False)
class Change:
    """One announcement: which entries, days and collections a committed write touched.

    ``entries`` maps a uuid to its list row as it is now (None: it left the lists, e.g. it was
    trashed); ``days`` maps a local date to its ratings now (None: no entry left that day).
    Views update those rows in place and re-read nothing. ``whole_journal`` means too much
    changed to name (a restore, a repair, an import, an unlock): re-read what is shown.
    ``check_ins`` means a check-in was taken or its schedule changed; ``coping`` names the
    coping techniques and records. ``locked`` is set when the lock state changed to it.
    """

    entries: Mapping[str, EntrySummary | None] = field(default_factory=dict)
    days: Mapping[date, DayRatings | None] = field(default_factory=dict)
    people: bool = False
    follow_ups: bool = False
    practices: bool = False
    templates: bool = False
    check_ins: bool = False
    coping: bool = False
    attachments: frozenset[str] = frozenset()
    settings: frozenset[str] = frozenset()
    whole_journal: bool = False
    locked: bool | None = None

    @classmethod
    def everything(cls, *, locked: bool | None = None) -> Change:
        """A change that touches every part of the journal."""
        return cls(whole_journal=True, people=True, follow_ups=True, practices=True,
                   templates=True, check_ins=True, coping=True, locked=locked)

    def touches_entries(self) -> bool:
        """Whether entry lists, counts or charts may show something else now."""
        return self.whole_journal or bool(self.entries)

    def touches_month(self, year: int, month: int) -> bool:
        """Whether a day of this month changed (or everything did)."""
        return self.whole_journal or any((d.year, d.month) == (year, month) for d in self.days)

    def touches_attachments(self, entry_uuid: str) -> bool:
        """Whether the files attached to this entry may differ now."""
        return self.whole_journal or entry_uuid in self.attachments or entry_uuid in self.entries

    def touches_people(self) -> bool:
        """Whether names, timelines or a person's numbers may differ now."""
        return self.whole_journal or self.people or bool(self.entries)

    def touches_follow_ups(self) -> bool:
        """Whether the open follow-ups may differ now (a debrief saved, trashed or restored)."""
        return self.whole_journal or self.follow_ups or bool(self.entries)


ChangeObserver = Callable[[Change], None]
