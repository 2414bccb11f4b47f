"""Property tests: any text the editor can hand over is stored as its visible text, and clock
jumps or daylight-saving changes never reorder, merge or lose entries."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from empathy_journal.domain.entry import content_hash, new_entry
from empathy_journal.domain.text import clean_text
from empathy_journal.storage.journal import Journal

SPECIAL = ["\x00", "\ud800", "\udfff", "\u200f", "\u202e", "مرحبا", "שלום", "😊", "👩🏽‍🤝‍👨🏿",
           "e\u0301", "\u0363\u0364", "\ufeff", "\r\n", "\t", "'; DROP TABLE entries; --"]

any_char = st.characters(blacklist_categories=())  # includes lone surrogates (Cs)
editor_text = st.one_of(
    st.text(any_char, max_size=300),
    st.lists(st.sampled_from(SPECIAL) | st.text(any_char, max_size=5), max_size=60).map(
        "".join),
    st.tuples(st.sampled_from(SPECIAL), st.integers(1_000, 60_000)).map(lambda p: p[0] * p[1]),
)


@pytest.fixture(scope="module")
def journal() -> Iterator[Journal]:
    opened = Journal.open(None)
    yield opened
    opened.close()


@settings(max_examples=120, deadline=None)
@given(title=editor_text, body=editor_text)
def test_any_text_reads_back_as_its_visible_text(journal: Journal, title: str, body: str) -> None:
    entry = replace(new_entry(date(2026, 11, 26)), title=title, body=body)
    saved = journal.repository.save_entry(entry)
    stored = journal.repository.get_entry(saved.uuid)
    assert stored is not None
    assert (stored.title, stored.body) == (clean_text(title), clean_text(body))
    assert content_hash(stored) == stored.content_hash


ZONES = ["Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "UTC"]
instants = st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 12, 31),
                        timezones=st.just(UTC))


def _save_at(journal: Journal, moment: datetime, tz: str, n: int) -> tuple[str, date, datetime]:
    local_date = moment.astimezone(ZoneInfo(tz)).date()
    entry = replace(new_entry(local_date, now=moment, tz=tz), body=f"entry {n}")
    saved = journal.repository.save_entry(entry, now=moment)
    return saved.uuid, saved.local_date, saved.created_utc


def _assert_all_listed_in_order(journal: Journal, saved: list[tuple[str, date, datetime]]) -> None:
    first, last = min(s[1] for s in saved), max(s[1] for s in saved)
    listed = [s.uuid for s in journal.repository.entries_between(first, last)]
    expected = [s[0] for s in sorted(saved, key=lambda s: (s[1], s[2]))]  # stable: save order
    assert listed == expected
    bodies = [journal.repository.get_entry(uuid).body for uuid, _, _ in saved]  # type: ignore[union-attr]
    assert bodies == [f"entry {n}" for n in range(len(saved))]


@settings(max_examples=60, deadline=None)
@given(moments=st.lists(instants, min_size=1, max_size=25), tz=st.sampled_from(ZONES))
def test_clock_jumps_never_merge_or_lose_entries(moments: list[datetime], tz: str) -> None:
    journal = Journal.open(None)
    try:
        saved = [_save_at(journal, moment, tz, n) for n, moment in enumerate(moments)]
        assert len({uuid for uuid, _, _ in saved}) == len(moments)
        assert journal.repository.entry_count() == len(moments)
        _assert_all_listed_in_order(journal, saved)
    finally:
        journal.close()


TRANSITIONS = [  # (zone, an instant near a daylight-saving change)
    ("Europe/Berlin", datetime(2026, 10, 25, 1, 0, tzinfo=UTC)),
    ("Europe/Berlin", datetime(2026, 3, 29, 1, 0, tzinfo=UTC)),
    ("America/New_York", datetime(2026, 11, 1, 6, 0, tzinfo=UTC)),
    ("Australia/Sydney", datetime(2026, 4, 4, 16, 0, tzinfo=UTC)),
]


@settings(max_examples=40, deadline=None)
@given(transition=st.sampled_from(TRANSITIONS), offset_min=st.integers(-180, 60),
       step_min=st.integers(1, 40), count=st.integers(2, 20))
def test_daylight_saving_changes_keep_the_writing_order(
        transition: tuple[str, datetime], offset_min: int, step_min: int, count: int) -> None:
    tz, change = transition
    start = change + timedelta(minutes=offset_min)
    journal = Journal.open(None)
    try:
        saved = [_save_at(journal, start + timedelta(minutes=step_min * n), tz, n)
                 for n in range(count)]
        first, last = saved[0][1], saved[-1][1]
        listed = [s.uuid for s in journal.repository.entries_between(first, last)]
        assert listed == [uuid for uuid, _, _ in saved]
    finally:
        journal.close()
