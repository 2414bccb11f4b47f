"""An interrupted passphrase change leaves one key for journal and backups (issue 9, items 1, 5)."""

from __future__ import annotations

import os
import random
import shutil
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from empathy_journal.domain.entry import new_entry
from empathy_journal.storage import conversion, crypto
from empathy_journal.storage.backup import list_backups, make_backup, verify_copy
from empathy_journal.storage.cipher import SQLITE_HEADER, looks_encrypted
from empathy_journal.storage.journal import Journal
from empathy_journal.storage.recovery import open_checked
from empathy_journal.ui.safety.safe_start import PASSPHRASE_ENV, open_unlocked

OLD, NEW = "old lantern", "new lantern"


class Killed(BaseException):
    """Stands for kill -9 at this point: nothing after it runs, no clean-up."""


def _journal(path: Path, bodies: list[str], *, backups: int = 2,
             passphrase: str | None = None) -> None:
    journal = Journal.open(path, passphrase=passphrase)
    for n, body in enumerate(bodies):
        journal.repository.save_entry(replace(new_entry(date(2026, 11, n + 1)), body=body))
    for n in range(backups):
        make_backup(journal.db, path, label="manual",
                    now=datetime(2026, 11, 20, 12, n, tzinfo=UTC))
    journal.close()


def _bodies(journal: Journal) -> list[str]:
    return [row[0] for row in journal.db.execute("SELECT body FROM entries ORDER BY id")]


def _start(path: Path, passphrase: str | None, monkeypatch: pytest.MonkeyPatch) -> Journal:
    if passphrase is None:
        monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    else:
        monkeypatch.setenv(PASSPHRASE_ENV, passphrase)
    monkeypatch.setattr("empathy_journal.ui.safety.safe_start.remembered_passphrase", lambda _p: None)
    journal, repair, _ = open_unlocked(path, can_ask=False)
    assert repair is None
    return journal


def _hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob(".*"))


def test_an_encrypted_journal_beside_plain_backups_is_opened_not_replaced(
        journal_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The state an older version left when `passphrase set` was killed after the journal."""
    _journal(journal_path, ["before the backups"])
    backups = journal_path.parent / "backups"
    shutil.move(backups, journal_path.parent / "elsewhere")
    crypto.encrypt_journal(journal_path, NEW)
    shutil.move(journal_path.parent / "elsewhere", backups)
    journal = Journal.open(journal_path, passphrase=NEW)
    journal.repository.save_entry(replace(new_entry(date(2026, 11, 9)), body="written since"))
    journal.close()

    journal = _start(journal_path, NEW, monkeypatch)
    try:
        assert journal.encrypted
        assert _bodies(journal) == ["before the backups", "written since"]
    finally:
        journal.close()
    assert not (journal_path.parent / "set-aside").exists()
    assert crypto.is_encrypted(journal_path)


def test_a_change_killed_after_its_commit_is_finished_at_start(
        journal_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _journal(journal_path, ["one", "two"], passphrase=OLD)
    real_replace = os.replace
    renames: list[str] = []

    def replace_then_die(source: object, target: object) -> None:
        if renames and str(source).endswith(conversion.TEMPORARY_SUFFIX):
            raise Killed  # the first backup was renamed, the second and the journal were not
        real_replace(source, target)  # type: ignore[arg-type]
        renames.append(str(target))

    monkeypatch.setattr(conversion.os, "replace", replace_then_die)
    with pytest.raises(Killed):
        crypto.change_passphrase(journal_path, OLD, NEW)
    monkeypatch.setattr(conversion.os, "replace", real_replace)
    assert conversion.record_for(journal_path).exists()

    journal = _start(journal_path, NEW, monkeypatch)
    try:
        assert _bodies(journal) == ["one", "two"]
    finally:
        journal.close()
    for backup in list_backups(journal_path, with_counts=False):
        verify_copy(backup.path, NEW)  # every backup is under the new key too
    assert _hidden(journal_path.parent) == []


def test_a_change_killed_before_its_commit_is_rolled_back_at_start(
        journal_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _journal(journal_path, ["one", "two"], passphrase=OLD)

    def die(*_args: object) -> None:
        raise Killed

    monkeypatch.setattr(conversion, "write_record", die)
    monkeypatch.setattr(conversion, "remove_with_sidecars", lambda _p: None)  # no clean-up
    with pytest.raises(Killed):
        crypto.remove_encryption(journal_path, OLD)
    monkeypatch.undo()
    left = _hidden(journal_path.parent)
    assert ".journal.sqlite.converting" in left  # plaintext beside the encrypted journal
    assert (journal_path.parent / ".journal.sqlite.converting").read_bytes().startswith(
        SQLITE_HEADER)

    journal = _start(journal_path, OLD, monkeypatch)
    journal.close()
    for backup in list_backups(journal_path, with_counts=False):
        verify_copy(backup.path, OLD)
    assert _hidden(journal_path.parent) == []


def test_a_plaintext_copy_left_by_an_older_version_is_removed_at_start(
        journal_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _journal(journal_path, ["secret"], passphrase=OLD, backups=0)
    plain = journal_path.parent / ".journal.sqlite.converting"
    plain.write_bytes(SQLITE_HEADER + bytes(4080))
    plain.chmod(0o644)
    _start(journal_path, OLD, monkeypatch).close()
    assert not plain.exists()


def test_a_plain_journal_with_a_scribbled_first_page_is_damage_not_encryption(
        journal_path: Path) -> None:
    _journal(journal_path, ["x"])
    assert not looks_encrypted(journal_path)
    with journal_path.open("r+b") as handle:
        handle.write(random.Random(5).randbytes(4096))
    assert not looks_encrypted(journal_path)  # its other pages are still plain SQLite
    journal, repair, _ = open_checked(journal_path)
    journal.close()
    assert repair is not None and _hidden(journal_path.parent) == []
    other = journal_path.with_name("other.sqlite")
    Journal.open(other, passphrase=OLD).close()
    assert looks_encrypted(other)
