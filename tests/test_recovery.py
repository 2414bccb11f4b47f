"""Damage is detected at start and repaired from the newest verified backup, with dates named."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from empathy_journal.domain.entry import new_entry
from empathy_journal.storage.backup import make_backup
from empathy_journal.storage.errors import JournalDamagedError
from empathy_journal.storage.health import check_journal_file
from empathy_journal.storage.journal import Journal
from empathy_journal.storage.recovery import open_checked, repair_journal

BACKUP_TIME = datetime(2026, 11, 21, 20, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
PAGE = 4096


def _write_history(path: Path) -> dict[str, str]:
    """Two entries, a backup on the 21st, then an edit of the first and a third entry."""
    journal = Journal.open(path)
    repo = journal.repository
    first = new_entry(date(2026, 11, 20), now=datetime(2026, 11, 20, 21, 0, tzinfo=UTC))
    second = new_entry(date(2026, 11, 21), now=datetime(2026, 11, 21, 19, 0, tzinfo=UTC))
    first = repo.save_entry(replace(first, body="Walked by the river with Sam."))
    second = repo.save_entry(replace(second, body="Felt unheard in the meeting."))
    make_backup(journal.db, path, now=BACKUP_TIME, tz=UTC)
    repo.save_entry(replace(first, body="Walked by the river with Sam. Talked for hours."))
    third = new_entry(date(2026, 11, 22), now=datetime(2026, 11, 22, 22, 0, tzinfo=UTC))
    third = repo.save_entry(replace(third, body="Quietly proud of the apology zebra."))
    journal.close()
    return {"first": first.uuid, "second": second.uuid, "third": third.uuid}


def _truncate(path: Path) -> None:
    with path.open("r+b") as handle:
        handle.truncate(PAGE)


def _zero_header(path: Path) -> None:
    with path.open("r+b") as handle:
        handle.write(bytes(100))


def _overwrite_entries_page(path: Path) -> None:
    import sqlite3

    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'entries'").fetchone()[0]
    conn.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * PAGE)
        handle.write(random.Random(3).randbytes(PAGE))


def _zero_length(path: Path) -> None:
    path.write_bytes(b"")


def _not_a_database(path: Path) -> None:
    path.write_text("these are somebody's shopping notes, not a database\n" * 40)


STRUCTURAL = {
    "truncated": _truncate,
    "zeroed header": _zero_header,
    "page overwritten": _overwrite_entries_page,
    "zero length": _zero_length,
    "not a database": _not_a_database,
}


@pytest.mark.parametrize("damage", list(STRUCTURAL))
def test_structural_damage_is_repaired_from_the_backup(journal_path: Path, damage: str) -> None:
    ids = _write_history(journal_path)
    STRUCTURAL[damage](journal_path)
    damaged_bytes = journal_path.read_bytes()
    assert not check_journal_file(journal_path).healthy

    journal, repair, _ = open_checked(journal_path, now=NOW, tz=UTC)
    try:
        assert repair is not None
        # Nothing after the backup could be read, so every day since the backup is named.
        assert repair.affected_dates == [date(2026, 11, 21), date(2026, 11, 22),
                                         date(2026, 11, 23)]
        assert repair.carried_over == 0
        assert repair.restored_from.taken_utc == BACKUP_TIME
        first = journal.repository.get_entry(ids["first"])
        assert first is not None and first.body == "Walked by the river with Sam."
        assert journal.repository.get_entry(ids["second"]) is not None
        assert journal.repository.get_entry(ids["third"]) is None
        assert "2026-11-21, 2026-11-22, 2026-11-23" in repair.describe()
    finally:
        journal.close()
    assert repair.set_aside is not None
    assert (repair.set_aside / journal_path.name).read_bytes() == damaged_bytes
    assert check_journal_file(journal_path).healthy


def test_flipped_byte_in_an_entry_is_found_by_its_hash(journal_path: Path) -> None:
    ids = _write_history(journal_path)
    data = bytearray(journal_path.read_bytes())
    offset = data.index(b"apology zebra")
    data[offset] ^= 0x02  # "a" becomes "c": still valid text, integrity_check cannot tell
    journal_path.write_bytes(bytes(data))
    report = check_journal_file(journal_path)
    assert report.problems == []
    assert report.damaged_dates == [date(2026, 11, 22)]

    journal, repair, _ = open_checked(journal_path, hashes=True, now=NOW, tz=UTC)
    try:
        assert repair is not None
        assert repair.affected_dates == [date(2026, 11, 22)]
        assert repair.carried_over == 1  # the edit of the first entry, made after the backup
        first = journal.repository.get_entry(ids["first"])
        assert first is not None
        assert first.body == "Walked by the river with Sam. Talked for hours."
        assert journal.repository.get_entry(ids["third"]) is None
    finally:
        journal.close()
    assert check_journal_file(journal_path).healthy


def test_quick_start_check_skips_the_hash_pass(journal_path: Path) -> None:
    _write_history(journal_path)
    data = bytearray(journal_path.read_bytes())
    data[data.index(b"apology zebra")] ^= 0x02
    journal_path.write_bytes(bytes(data))
    journal, repair, _ = open_checked(journal_path, hashes=False, now=NOW, tz=UTC)
    journal.close()
    assert repair is None


def test_damage_without_a_backup_leaves_the_file_untouched(journal_path: Path) -> None:
    journal = Journal.open(journal_path)
    journal.repository.save_entry(replace(new_entry(date(2026, 11, 1)), body="x"))
    journal.close()
    _zero_header(journal_path)
    before = journal_path.read_bytes()
    with pytest.raises(JournalDamagedError, match="no usable backup"):
        repair_journal(journal_path, now=NOW)
    assert journal_path.read_bytes() == before
    assert not (journal_path.parent / "set-aside").exists()


def test_newest_backup_that_fails_verification_is_skipped(journal_path: Path) -> None:
    ids = _write_history(journal_path)
    journal = Journal.open(journal_path)
    newer = make_backup(journal.db, journal_path, now=datetime(2026, 11, 22, 23, 0, tzinfo=UTC),
                        tz=UTC)
    journal.close()
    newer.write_bytes(b"rubbish")
    _zero_length(journal_path)
    journal, repair, _ = open_checked(journal_path, now=NOW, tz=UTC)
    journal.close()
    assert repair is not None and repair.restored_from.taken_utc == BACKUP_TIME
    assert repair.affected_dates[0] == date(2026, 11, 21)
    assert ids["third"] not in repair.describe()


def test_unknown_emotion_words_are_not_mistaken_for_damage() -> None:
    from empathy_journal.domain.entry import EmotionTag
    from empathy_journal.storage.health import find_damaged_entries

    journal = Journal.open(None)
    entry = replace(new_entry(date(2026, 11, 1)), body="x",
                    emotions=[EmotionTag("no-such-word", 3), EmotionTag("calm", 2)])
    saved = journal.repository.save_entry(entry)
    assert [t.emotion_id for t in saved.emotions] == ["calm"]
    assert find_damaged_entries(journal.repository) == []
    journal.close()


def test_imported_entries_with_unknown_words_pass_the_checksum_pass(tmp_path: Path) -> None:
    from empathy_journal.domain.entry import EmotionTag
    from empathy_journal.interchange.batch import ImportBatch
    from empathy_journal.interchange.importer import import_batch
    from empathy_journal.storage.health import find_damaged_entries

    journal = Journal.open(None)
    entry = replace(new_entry(date(2026, 11, 2)), body="from another app",
                    emotions=[EmotionTag("meh-ish", 2), EmotionTag("calm", 4)])
    batch = ImportBatch(format="jrnl-json", path=tmp_path / "x.json", entries=[entry])
    import_batch(journal, batch, now=NOW)
    assert find_damaged_entries(journal.repository) == []
    journal.close()
