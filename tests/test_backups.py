"""Verified backups: rotation by day and week, listing with counts, failures that change nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from empathy_journal.domain.entry import new_entry
from empathy_journal.storage import backup as backup_module
from empathy_journal.storage.backup import (
    BackupError,
    BackupInfo,
    RetentionPolicy,
    backups_to_prune,
    list_backups,
    make_backup,
)
from empathy_journal.storage.backup_schedule import (
    backup_if_due,
    daily_backup_due,
    retention_policy,
    set_retention_policy,
)
from empathy_journal.storage.journal import Journal
from empathy_journal.storage.restore import restore_backup


def _info(moment: datetime, label: str = "auto") -> BackupInfo:
    stamp = moment.strftime("%Y%m%dT%H%M%SZ")
    return BackupInfo(path=Path(f"journal-{stamp}-{label}.sqlite"), taken_utc=moment,
                      label=label)


def _at(month: int, day: int, hour: int = 12) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=UTC)


def test_rotation_keeps_seven_days_and_four_weeks() -> None:
    # One backup a day at noon from 1 October to 10 November, and a second one on the 10th.
    daily = [_at(10, 1) + timedelta(days=n) for n in range(41)]
    backups = [_info(m) for m in daily] + [_info(_at(11, 10, 21)), _info(_at(11, 10, 9))]
    backups += [_info(_at(10, 2, 8), "manual"), _info(_at(10, 3, 8), "before-0002_people")]
    pruned = backups_to_prune(backups, RetentionPolicy(), tz=UTC)
    kept = {b.taken_utc for b in backups} - {b.taken_utc for b in pruned}
    # Days: 10 Nov (21:00, the newest that day) and 9..4 Nov. Weeks (ISO, Monday first):
    # 9-15 Nov -> 10 Nov 21:00, 2-8 Nov -> 8 Nov, 26 Oct-1 Nov -> 1 Nov, 19-25 Oct -> 25 Oct.
    # Manual and pre-migration backups are never pruned.
    assert sorted(kept) == [
        _at(10, 2, 8), _at(10, 3, 8), _at(10, 25), _at(11, 1), _at(11, 4), _at(11, 5),
        _at(11, 6), _at(11, 7), _at(11, 8), _at(11, 9), _at(11, 10, 21),
    ]
    assert len(pruned) == 45 - 11


def test_rotation_counts_days_that_have_backups_not_calendar_days() -> None:
    # Away for three weeks: the last three backups before the trip are still kept.
    backups = [_info(_at(11, 1)), _info(_at(11, 2)), _info(_at(11, 3)), _info(_at(11, 25))]
    pruned = backups_to_prune(backups, RetentionPolicy(daily=3, weekly=0), tz=UTC)
    assert [b.taken_utc for b in pruned] == [_at(11, 1)]


def test_rotation_with_nothing_to_keep_still_keeps_the_newest() -> None:
    backups = [_info(_at(11, 1)), _info(_at(11, 2))]
    pruned = backups_to_prune(backups, RetentionPolicy(daily=0, weekly=0), tz=UTC)
    assert [b.taken_utc for b in pruned] == [_at(11, 1)]


def _journal_with(path: Path, bodies: list[str]) -> Journal:
    journal = Journal.open(path)
    for n, body in enumerate(bodies):
        entry = new_entry(date(2026, 11, 1 + n))
        journal.repository.save_entry(replace(entry, body=body))
    return journal


def test_make_backup_prunes_on_disk_and_lists_counts(journal_path: Path) -> None:
    journal = _journal_with(journal_path, ["one", "two"])
    set_retention_policy(journal, RetentionPolicy(daily=2, weekly=0))
    for day in (3, 4, 5):
        make_backup(journal.db, journal_path, now=_at(11, day), policy=retention_policy(journal),
                    tz=UTC)
    journal.repository.save_entry(replace(new_entry(date(2026, 11, 9)), body="three"))
    make_backup(journal.db, journal_path, label="manual", now=_at(11, 6))
    journal.close()
    listed = [(b.path.name, b.entry_count) for b in list_backups(journal_path)]
    assert listed == [
        ("journal-20261106T120000Z-manual.sqlite", 3),
        ("journal-20261105T120000Z-auto.sqlite", 2),
        ("journal-20261104T120000Z-auto.sqlite", 2),
    ]


def test_failed_verification_never_replaces_the_last_good_backup(
        journal_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    journal = _journal_with(journal_path, ["kept"])
    good = make_backup(journal.db, journal_path, now=_at(11, 3), tz=UTC)
    older = make_backup(journal.db, journal_path, now=_at(10, 1), tz=UTC)
    good_bytes = good.read_bytes()

    def failing_verify(path: Path, passphrase: str | None = None) -> None:
        raise BackupError("the copy failed its integrity check: simulated")

    monkeypatch.setattr(backup_module, "verify_copy", failing_verify)
    journal.repository.save_entry(replace(new_entry(date(2026, 11, 4)), body="newer"))
    with pytest.raises(BackupError, match="simulated"):
        make_backup(journal.db, journal_path, now=_at(11, 3), tz=UTC)
    journal.close()
    assert good.read_bytes() == good_bytes
    assert older.exists()
    assert sorted(p.name for p in good.parent.iterdir()) == sorted([good.name, older.name])


def test_backup_into_an_unusable_folder_fails_plainly(journal_path: Path) -> None:
    journal = _journal_with(journal_path, ["x"])
    blocker = journal_path.parent / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(BackupError):
        make_backup(journal.db, journal_path, folder=blocker, now=_at(11, 3))
    journal.close()


def test_daily_backup_happens_once_per_local_day(journal_path: Path) -> None:
    journal = _journal_with(journal_path, ["x"])
    assert daily_backup_due(journal_path, now=_at(11, 3, 8), tz=UTC)
    assert backup_if_due(journal, now=_at(11, 3, 8), tz=UTC) is not None
    assert backup_if_due(journal, now=_at(11, 3, 22), tz=UTC) is None
    assert backup_if_due(journal, now=_at(11, 4, 0), tz=UTC) is not None
    journal.close()
    assert len(list_backups(journal_path)) == 2


def test_restore_sets_the_current_journal_aside(journal_path: Path) -> None:
    journal = _journal_with(journal_path, ["before"])
    backup = make_backup(journal.db, journal_path, now=_at(11, 3))
    journal.repository.save_entry(replace(new_entry(date(2026, 11, 9)), body="after"))
    journal.close()
    result = restore_backup(backup, journal_path, now=_at(11, 10))
    expected = journal_path.parent / "set-aside" / "journal-20261110T120000Z-before-restore"
    assert result.set_aside == expected
    aside = Journal.open(result.set_aside / "journal.sqlite")
    restored = Journal.open(journal_path)
    assert (aside.repository.entry_count(), restored.repository.entry_count()) == (2, 1)
    aside.close()
    restored.close()


def test_restoring_a_broken_backup_changes_nothing(journal_path: Path, tmp_path: Path) -> None:
    _journal_with(journal_path, ["x"]).close()
    broken = tmp_path / "journal-20261103T120000Z-manual.sqlite"
    broken.write_bytes(b"SQLite format 3\x00" + bytes(200))
    before = journal_path.read_bytes()
    from empathy_journal.storage.errors import JournalError

    with pytest.raises(JournalError, match="cannot be restored"):
        restore_backup(broken, journal_path)
    assert journal_path.read_bytes() == before
    assert sorted(p.name for p in journal_path.parent.iterdir()) == ["journal.sqlite"]


def test_restore_into_an_unwritable_place_fails_plainly(
        journal_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from empathy_journal.storage import restore as restore_module
    from empathy_journal.storage.errors import JournalError

    journal = _journal_with(journal_path, ["x"])
    backup = make_backup(journal.db, journal_path, now=_at(11, 3))
    journal.close()

    def refuse(*args: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(restore_module, "set_aside", refuse)
    with pytest.raises(JournalError, match="could not be put in place \\(Permission denied\\)"):
        restore_backup(backup, journal_path)
    assert sorted(p.name for p in journal_path.parent.iterdir()) == ["backups", "journal.sqlite"]
