"""Mood and stress by weekday and by time of day, from each entry's own ratings."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from empathy_journal.domain.analytics.records import EntryMoment
from empathy_journal.domain.analytics.series import mean
from empathy_journal.domain.translation import N_, pgettext

WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")  # translated as "weekday"
TIME_OF_DAY = (
    (N_("Night (0–6)"), range(0, 6)),
    (N_("Morning (6–12)"), range(6, 12)),
    (N_("Afternoon (12–18)"), range(12, 18)),
    (N_("Evening (18–24)"), range(18, 24)),
)


@dataclass(frozen=True)
class Bucket:
    """Mean mood and stress of the entries in one group, and how many were rated."""

    label: str
    mood: float | None
    stress: float | None
    mood_count: int
    stress_count: int
    entry_uuids: tuple[str, ...]


def _bucket(label: str, moments: list[EntryMoment]) -> Bucket:
    moods = [m.mood for m in moments if m.mood is not None]
    stresses = [m.stress for m in moments if m.stress is not None]
    return Bucket(label, mean(moods), mean(stresses), len(moods), len(stresses),
                  tuple(m.uuid for m in moments))


def _grouped(moments: Iterable[EntryMoment], labels: tuple[str, ...],
             index_of: Callable[[EntryMoment], int]) -> list[Bucket]:
    groups: list[list[EntryMoment]] = [[] for _ in labels]
    for moment in moments:
        groups[index_of(moment)].append(moment)
    return [_bucket(label, group) for label, group in zip(labels, groups, strict=True)]


def _shown(labels: tuple[str, ...], context: str | None) -> tuple[str, ...]:
    """The bucket names in the language in use."""
    from empathy_journal.domain.translation import _

    return tuple(pgettext(context, label) if context else _(label) for label in labels)


def by_weekday(moments: Iterable[EntryMoment]) -> list[Bucket]:
    """Seven buckets, Monday first, by the day the entry belongs to."""
    return _grouped(moments, _shown(WEEKDAY_NAMES, "weekday"), lambda m: m.local_date.weekday())


def by_time_of_day(moments: Iterable[EntryMoment]) -> list[Bucket]:
    """Four buckets by the local hour the entry was started (night, morning, afternoon, evening)."""
    labels = _shown(tuple(label for label, _ in TIME_OF_DAY), None)
    return _grouped(moments, labels, lambda m: m.local_hour // 6)
