"""A backup joins the rotation only when every entry matches its checksum (issue 9, item 2)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from empathy_journal.domain.entry import new_entry
from empathy_journal.storage.backup import (
    BackupError,
    RetentionPolicy,
    list_backups,
    make_backup,
)
from empathy_journal.storage.backup_schedule import backup_if_due, set_retention_policy
from empathy_journal.storage.health import check_journal_file
from empathy_journal.storage.journal import Journal
from empathy_journal.storage.recovery import newest_verified_backup, open_checked

GOOD_TIME = datetime(2026, 11, 20, 20, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
MARK = b"apology zebra"


def _flip(path: Path, needle: bytes = MARK) -> None:
    """Change one letter inside an entry's text: valid SQLite, wrong checksum."""
    data = bytearray(path.read_bytes())
    data[data.index(needle)] ^= 0x02
    path.write_bytes(bytes(data))


def _journal_with_a_good_backup(path: Path) -> None:
    journal = Journal.open(path)
    journal.repository.save_entry(replace(new_entry(date(2026, 11, 19)), body="kind words"))
    journal.repository.save_entry(replace(new_entry(date(2026, 11, 20)),
                                          body="quietly proud of the apology zebra"))
    set_retention_policy(journal, RetentionPolicy(daily=1, weekly=0))
    make_backup(journal.db, path, now=GOOD_TIME, tz=UTC)
    journal.close()


def test_the_daily_backup_of_a_damaged_journal_never_joins_the_rotation(
        journal_path: Path) -> None:
    _journal_with_a_good_backup(journal_path)
    good = list_backups(journal_path, with_counts=False)
    good_bytes = good[0].path.read_bytes()
    _flip(journal_path)
    # The window shows first (no hash pass at start), then writes the daily backup.
    journal, repair, _ = open_checked(journal_path, hashes=False, now=NOW, tz=UTC)
    assert repair is None
    with pytest.raises(BackupError, match=r"1 damaged entry \(2026-11-20\).*checksum"):
        backup_if_due(journal, now=NOW, tz=UTC)
    journal.close()
    # The good backup was neither replaced nor pruned (the policy keeps only one day).
    assert list_backups(journal_path, with_counts=False) == good
    assert good[0].path.read_bytes() == good_bytes
    assert [p.name for p in good[0].path.parent.iterdir()] == [good[0].path.name]


def test_repair_restores_a_good_backup_not_the_copy_of_the_damage(journal_path: Path) -> None:
    _journal_with_a_good_backup(journal_path)
    journal = Journal.open(journal_path)
    newer = make_backup(journal.db, journal_path, label="manual", now=NOW, tz=UTC)
    journal.close()
    _flip(newer)  # the newest backup holds the damaged text (e.g. written by an older version)
    _flip(journal_path)
    assert newest_verified_backup(journal_path, None).taken_utc == GOOD_TIME  # type: ignore[union-attr]
    journal, repair, _ = open_checked(journal_path, hashes=True, now=NOW, tz=UTC)
    try:
        assert repair is not None and repair.restored_from.taken_utc == GOOD_TIME
        assert check_journal_file(journal_path).healthy
        bodies = journal.db.execute("SELECT body FROM entries").fetchall()
        assert ("quietly proud of the apology zebra",) in bodies
    finally:
        journal.close()


def test_a_manual_backup_of_a_damaged_journal_is_refused_too(journal_path: Path) -> None:
    _journal_with_a_good_backup(journal_path)
    _flip(journal_path)
    journal = Journal.open(journal_path)
    with pytest.raises(BackupError, match="checksum"):
        make_backup(journal.db, journal_path, label="manual", now=NOW)
    journal.close()
    assert len(list_backups(journal_path)) == 1
    assert not [p for p in journal_path.parent.joinpath("backups").iterdir()
                if p.name.startswith(".")]
