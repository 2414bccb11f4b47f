"""Start-up check and repair: a damaged journal is set aside, the newest good backup restored,
and newer entries that can still be read from the damaged file are carried over."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from empathy_journal.domain.attachments import AttachmentFile
from empathy_journal.domain.entry import Entry, content_hash
from empathy_journal.domain.translation import _, ngettext
from empathy_journal.storage.attachment_repository import carry_over_files, intact_files
from empathy_journal.storage.backup import (
    BackupError,
    BackupInfo,
    list_backups,
    verify_backup,
    verify_copy,
)
from empathy_journal.storage.cipher import WrongPassphraseError, connect_file
from empathy_journal.storage.database import location_is_read_only
from empathy_journal.storage.errors import JournalDamagedError
from empathy_journal.storage.health import HealthReport, check_journal_file, describe_damage
from empathy_journal.storage.journal import Journal
from empathy_journal.storage.journal_database import JournalDatabase
from empathy_journal.storage.repository import JournalRepository
from empathy_journal.storage.restore import prepare_copy, put_in_place, set_aside

if TYPE_CHECKING:
    pass


@dataclass
class Salvage:
    """Entries read intact from a damaged file; ``complete`` is False when reading stopped early."""

    entries: list[Entry] = field(default_factory=list)
    complete: bool = True
    files: list[tuple[str, AttachmentFile]] = field(default_factory=list)


@dataclass
class RepairReport:
    """What a repair did, for telling the person in plain words."""

    problems: list[str]
    set_aside: Path | None
    restored_from: BackupInfo
    carried_over: int
    affected_dates: list[date]

    def describe(self) -> str:
        """A few plain sentences: what was wrong, what was done, which dates to look at."""
        taken = self.restored_from.taken_utc.astimezone().strftime("%Y-%m-%d %H:%M")
        parts = [_("Your journal file was damaged ({problem}).").format(problem=self.problems[0])]
        if self.set_aside:
            parts.append(_("It was moved to {place} and kept, not deleted.").format(
                place=self.set_aside))
        if self.carried_over:
            parts.append(ngettext(
                "The backup from {taken} was restored, and {count} newer or changed entry was "
                "recovered from the damaged file.",
                "The backup from {taken} was restored, and {count} newer or changed entries "
                "were recovered from the damaged file.", self.carried_over).format(
                    taken=taken, count=self.carried_over))
        else:
            parts.append(_("The backup from {taken} was restored.").format(taken=taken))
        if self.affected_dates:
            days = ", ".join(d.isoformat() for d in self.affected_dates)
            parts.append(_("Please look at the entries of these dates, which may be affected: "
                           "{days}.").format(days=days))
        else:
            parts.append(_("No entry is known to be affected."))
        return " ".join(parts)


def newest_verified_backup(journal_path: Path, passphrase: str | None) -> BackupInfo | None:
    """The newest backup that passes SQLite's checks and every entry checksum with this
    passphrase; a backup holding a damaged entry is never offered for repair."""
    for backup in list_backups(journal_path, with_counts=False):
        try:
            verify_backup(backup.path, passphrase)
        except BackupError:
            continue
        return backup
    return None


def salvage_entries(path: Path, passphrase: str | None) -> Salvage:
    """Every entry of a damaged file that still reads back intact (hash matches)."""
    salvage = Salvage()
    try:
        conn = connect_file(path, passphrase, read_only=True)
    except sqlite3.Error:
        return Salvage(complete=False)
    try:
        repository = JournalRepository(JournalDatabase(conn))
        for (uuid,) in conn.execute("SELECT uuid FROM entries ORDER BY id"):
            entry = _intact_entry(repository, uuid)
            if entry is not None:
                salvage.entries.append(entry)
        salvage.files = intact_files(repository.db)
    except sqlite3.Error:
        salvage.complete = False
    finally:
        conn.close()
    return salvage


def _intact_entry(repository: JournalRepository, uuid: str) -> Entry | None:
    try:
        entry = repository.get_entry(uuid)
    except (sqlite3.Error, ValueError, AssertionError):
        return None
    if entry is None or content_hash(entry) != entry.content_hash:
        return None
    return entry


def carry_over(repository: JournalRepository, entries: list[Entry]) -> int:
    """Save the salvaged entries that are newer than the restored backup's; returns how many."""
    carried = 0
    for entry in entries:
        stored = repository.get_entry(entry.uuid)
        if stored is not None and stored.revision >= entry.revision:
            continue
        if stored is None or stored.content_hash != entry.content_hash:
            repository.save_entry(replace(entry, id=None), now=entry.updated_utc)
        if entry.deleted_utc and not (stored and stored.deleted_utc):
            repository.trash_entry(entry.uuid, now=entry.deleted_utc)
        elif stored and stored.deleted_utc and not entry.deleted_utc:
            repository.restore_entry(entry.uuid)
        carried += 1
    return carried


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def repair_journal(
    path: Path,
    passphrase: str | None = None,
    *,
    report: HealthReport | None = None,
    now: datetime | None = None,
    tz: tzinfo | None = None,
) -> RepairReport:
    """Repair a damaged (closed) journal from its newest verified backup.

    The damaged file set is moved aside, never deleted. The affected dates are those of
    entries that failed their hash and, when the damaged file could not be read to the end,
    every day from the backup's day to today (writing after the backup may be missing).
    """
    report = report or check_journal_file(path, passphrase)
    backup = newest_verified_backup(path, passphrase)
    problems = report.problems or ["some entries no longer match their checksums"]
    if backup is None:
        raise JournalDamagedError(
            _("The journal file looks damaged ({value}) and there is no usable backup to restore. The "
              "file was left exactly as it is; please keep a copy of it.").format(value=problems[0]),
            path=path,
        )
    salvage = salvage_entries(path, passphrase)
    try:
        temporary = prepare_copy(backup.path, path, passphrase)
        aside = set_aside(path, "damaged", now)
        put_in_place(temporary, path)
    except (OSError, BackupError) as error:
        raise JournalDamagedError(
            _("The journal file looks damaged ({value}), and restoring the backup from {name} could "
              "not finish ({error}). Nothing was deleted; the damaged file is either still in place or "
              "in the 'set-aside' folder.").format(value=problems[0], name=backup.path.name, error=error),
                  path=path) from error
    journal = Journal.open(path, passphrase=passphrase)
    try:
        carried = carry_over(journal.repository, salvage.entries)
        carry_over_files(journal.db, salvage.files)
    finally:
        journal.close()
    affected = set(report.damaged_dates)
    if not salvage.complete:
        today = (now or datetime.now(UTC)).astimezone(tz).date()
        affected.update(_days(backup.taken_utc.astimezone(tz).date(), today))
    return RepairReport(problems=problems, set_aside=aside, restored_from=backup,
                        carried_over=carried, affected_dates=sorted(affected))


class CheckedJournal(NamedTuple):
    """A journal opened after the start-up check: the repair made, or the damage left as it is
    (no usable backup, or a place that cannot be written), for telling the person."""

    journal: Journal
    repair: RepairReport | None = None
    damage: HealthReport | None = None


def describe_unrepaired(report: HealthReport) -> str:
    """Plain sentences for damage found at start that could not be repaired from a backup."""
    problem = report.problems[0] if report.problems else describe_damage(report.damaged_entries)
    return _("Your journal file looks damaged ({problem}) and there is no backup to repair it "
             "from. Nothing was changed: the file is exactly as it was, and it is open read-only "
             "so nothing more is written into it. Run 'empathy-journal check' to see what is "
             "wrong, and 'empathy-journal salvage' to copy every entry that can still be read "
             "into a new journal beside it.").format(problem=problem)


def open_checked(
    path: Path,
    passphrase: str | None = None,
    *,
    hashes: bool = False,
    now: datetime | None = None,
    tz: tzinfo | None = None,
    report: HealthReport | None = None,
) -> CheckedJournal:
    """Open the journal after a start-up check, repairing it from a backup when damaged.

    report is that check when it was already made (``storage/start_check.py``: the same
    ``check_journal_file(path, passphrase, hashes=False)``, begun before the window was built).

    The entry-hash pass is optional here (``hashes``) so a window can show first and run
    :func:`empathy_journal.storage.health.find_damaged_entries` afterwards. Damage that cannot
    be repaired (no usable backup) opens read-only and comes back as ``damage`` (the check's
    report, so the file is checked only once).
    """
    if not path.exists():
        return CheckedJournal(Journal.open(path, passphrase=passphrase))
    if report is None:
        report = check_journal_file(path, passphrase, hashes=hashes)
    if report.healthy:
        return CheckedJournal(Journal.open(path, passphrase=passphrase))
    if location_is_read_only(path) or not _repairable(path, report, passphrase):
        # Nothing more is written into damage that no backup can undo (salvage reads it).
        damaged = not any("no passphrase" in problem for problem in report.problems)
        return CheckedJournal(Journal.open(path, read_only=damaged, passphrase=passphrase),
                              damage=report if damaged else None)
    repair = repair_journal(path, passphrase, report=report, now=now, tz=tz)
    return CheckedJournal(Journal.open(path, passphrase=passphrase), repair=repair)


def _repairable(path: Path, report: HealthReport, passphrase: str | None) -> bool:
    """Damage we may repair: there is a backup, and a passphrase problem is never damage.

    A file that looks encrypted (see :func:`empathy_journal.storage.cipher.looks_encrypted`)
    and no passphrase was given is left alone: an encrypted journal is not replaced by a plain
    backup. A passphrase that opens only older backups is an old passphrase, not a sign of
    damage: a passphrase change converts every backup it can, so the newest opens with the
    current one.
    """
    if any("no passphrase" in problem for problem in report.problems):
        return False
    wrong_key = passphrase is not None and any(
        "passphrase does not open" in problem for problem in report.problems)
    backups = list_backups(path, with_counts=False)
    if wrong_key and not _opens(backups[0].path if backups else None, passphrase):
        raise WrongPassphraseError(
            _("That passphrase does not open this journal or its backups. Nothing was changed."),
            path=path)
    if newest_verified_backup(path, passphrase) is not None:
        return True
    if passphrase is not None and backups:
        raise WrongPassphraseError(
            _("That passphrase does not open this journal or its backups. Nothing was changed."),
            path=path)
    return False


def _opens(backup: Path | None, passphrase: str | None) -> bool:
    if backup is None:
        return False
    try:
        verify_copy(backup, passphrase)
    except BackupError:
        return False
    return True
