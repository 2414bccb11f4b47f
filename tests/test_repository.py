"""The repository saves and reads entries exactly, in memory and in a real file."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from empathy_journal.domain.entry import EmotionTag, Entry, Subject, content_hash, new_entry
from empathy_journal.storage.journal import Journal

NOW = datetime(2026, 11, 26, 21, 30, tzinfo=UTC)


def make_entry(day: date = date(2026, 11, 26), **fields: object) -> Entry:
    entry = new_entry(day, now=NOW, tz="Europe/Berlin")
    for name, value in fields.items():
        setattr(entry, name, value)
    return entry


@pytest.fixture(params=["memory", "file"])
def journal(request: pytest.FixtureRequest, memory_journal: Journal, tmp_path) -> Journal:
    if request.param == "memory":
        return memory_journal
    file_journal = Journal.open(tmp_path / "journal.sqlite")
    request.addfinalizer(file_journal.close)
    return file_journal


def test_save_then_get_returns_every_field(journal: Journal) -> None:
    entry = make_entry(title="Standup", body="Felt *heard* today. #Work", mood=7, energy=4,
                       stress=3, starred=True, prompt="Who listened to you?",
                       emotions=[EmotionTag("grateful", 4), EmotionTag("tired", 2)],
                       tags=["Work", "#team"])
    saved = journal.repository.save_entry(entry, now=NOW)
    loaded = journal.repository.get_entry(entry.uuid)
    assert loaded is not None
    assert (loaded.title, loaded.body, loaded.mood, loaded.energy, loaded.stress) == (
        "Standup", "Felt *heard* today. #Work", 7, 4, 3)
    assert loaded.starred is True
    assert loaded.prompt == "Who listened to you?"
    assert loaded.emotions == [EmotionTag("grateful", 4), EmotionTag("tired", 2)]
    assert loaded.tags == ["team", "work"]
    assert loaded.local_date == date(2026, 11, 26)
    assert loaded.created_utc == NOW
    assert loaded.tz == "Europe/Berlin"
    assert loaded.revision == 1 == saved.revision
    assert loaded.content_hash == content_hash(loaded) == saved.content_hash
    assert loaded.updated_utc == NOW


def test_unrated_values_stay_none(journal: Journal) -> None:
    entry = make_entry(body="Just words")
    journal.repository.save_entry(entry)
    loaded = journal.repository.get_entry(entry.uuid)
    assert loaded is not None
    assert (loaded.mood, loaded.energy, loaded.stress) == (None, None, None)


def test_stress_zero_is_a_rating_not_missing(journal: Journal) -> None:
    entry = make_entry(body="calm day", stress=0)
    journal.repository.save_entry(entry)
    loaded = journal.repository.get_entry(entry.uuid)
    assert loaded is not None and loaded.stress == 0


def test_changes_bump_revision_but_an_unchanged_save_does_not(journal: Journal) -> None:
    repo = journal.repository
    entry = make_entry(body="first")
    first = repo.save_entry(entry, now=NOW)
    again = repo.save_entry(first, now=datetime(2026, 11, 26, 22, 0, tzinfo=UTC))
    assert again.revision == 1
    first.body = "first, then more"
    second = repo.save_entry(first, now=datetime(2026, 11, 26, 22, 5, tzinfo=UTC))
    assert second.revision == 2
    stored = repo.get_entry(entry.uuid)
    assert stored is not None
    assert stored.updated_utc == datetime(2026, 11, 26, 22, 5, tzinfo=UTC)
    assert repo.entry_count() == 1


def test_mine_and_theirs_emotions_are_kept_apart(journal: Journal) -> None:
    entry = make_entry(body="debrief", emotions=[
        EmotionTag("anxious", 3, Subject.SELF), EmotionTag("anxious", 5, Subject.OTHER)])
    journal.repository.save_entry(entry)
    loaded = journal.repository.get_entry(entry.uuid)
    assert loaded is not None
    assert loaded.emotions == [EmotionTag("anxious", 3, Subject.SELF),
                               EmotionTag("anxious", 5, Subject.OTHER)]


def test_rating_out_of_range_is_refused_before_touching_the_file(journal: Journal) -> None:
    with pytest.raises(ValueError, match="mood must be 1–10"):
        journal.repository.save_entry(make_entry(mood=11))
    assert journal.repository.entry_count() == 0


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("a\x00b", "ab"),
        ("lone \ud83d surrogate", "lone \ufffd surrogate"),
        ("שלום עולם مرحبا", "שלום עולם مرحبا"),
        ("🧠💬🫶🏽 e\u0301", "🧠💬🫶🏽 e\u0301"),
    ],
)
def test_any_editor_text_saves_as_the_visible_text(journal: Journal, typed: str,
                                                   stored: str) -> None:
    entry = make_entry(title=typed, body=typed)
    journal.repository.save_entry(entry)
    loaded = journal.repository.get_entry(entry.uuid)
    assert loaded is not None
    assert (loaded.title, loaded.body) == (stored, stored)


def test_ten_megabytes_of_text_saves(journal: Journal) -> None:
    body = ("Ten megabytes of reflection. " * 370_000)[:10_000_000]
    entry = make_entry(body=body)
    journal.repository.save_entry(entry)
    loaded = journal.repository.get_entry(entry.uuid)
    assert loaded is not None and len(loaded.body) == 10_000_000


def test_entries_between_lists_the_month_oldest_first_without_trash(journal: Journal) -> None:
    repo = journal.repository
    late = make_entry(date(2026, 11, 20), title="late", mood=4)
    early = make_entry(date(2026, 11, 2), title="early", mood=8)
    outside = make_entry(date(2026, 10, 31), title="october")
    trashed = make_entry(date(2026, 11, 10), title="gone")
    for entry in (late, early, outside, trashed):
        repo.save_entry(entry)
    repo.trash_entry(trashed.uuid, now=NOW)
    titles = [s.title for s in repo.entries_between(date(2026, 11, 1), date(2026, 11, 30))]
    assert titles == ["early", "late"]
    assert [s.title for s in repo.trashed_entries()] == ["gone"]


def test_trash_restore_and_empty(journal: Journal) -> None:
    repo = journal.repository
    entry = make_entry(body="oops")
    repo.save_entry(entry)
    repo.trash_entry(entry.uuid, now=NOW)
    assert repo.entry_count() == 0
    assert repo.entry_count(include_trashed=True) == 1
    repo.restore_entry(entry.uuid)
    assert repo.entry_count() == 1
    repo.trash_entry(entry.uuid, now=NOW)
    assert repo.empty_trash() == 1
    assert repo.get_entry(entry.uuid) is None


def test_daily_ratings_average_several_entries_and_ignore_unrated(journal: Journal) -> None:
    repo = journal.repository
    day = date(2026, 11, 5)
    repo.save_entry(make_entry(day, body="a", mood=4, stress=8))
    repo.save_entry(make_entry(day, body="b", mood=7, energy=6))
    repo.save_entry(make_entry(date(2026, 11, 6), body="c"))
    ratings = repo.daily_ratings(date(2026, 11, 1), date(2026, 11, 30))
    assert [(r.day, r.mood, r.energy, r.stress, r.entries) for r in ratings] == [
        (date(2026, 11, 5), 5.5, 6.0, 8.0, 2),
        (date(2026, 11, 6), None, None, None, 1),
    ]


def test_summary_lists_own_emotion_labels_in_chosen_order(journal: Journal) -> None:
    entry = make_entry(body="x", emotions=[EmotionTag("tired", 2), EmotionTag("grateful", 4),
                                           EmotionTag("anxious", 3, Subject.OTHER)])
    journal.repository.save_entry(entry)
    [summary] = journal.repository.entries_between(entry.local_date, entry.local_date)
    assert summary.emotion_labels == ("tired", "grateful")


def test_settings_round_trip(journal: Journal) -> None:
    repo = journal.repository
    assert repo.get_setting("k", "default") == "default"
    repo.set_setting("k", "one")
    repo.set_setting("k", "two")
    assert repo.get_setting("k") == "two"
