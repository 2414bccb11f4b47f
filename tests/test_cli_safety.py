"""The backup, restore, check and passphrase subcommands, run through the real entry point."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from cli_journal import NEW_ENV, PASS_ENV, run_in

from empathy_journal.domain.entry import new_entry
from empathy_journal.storage.backup import list_backups
from empathy_journal.storage.crypto import is_encrypted
from empathy_journal.storage.journal import Journal
from empathy_journal.storage.migrations import known_migration_names

_run = run_in


def test_check_reports_a_healthy_journal(data_dir: Path, capsys: pytest.CaptureFixture) -> None:
    assert _run(data_dir, "check") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1:] == [
        "integrity: ok",
        f"schema: {known_migration_names()[-1]} (current)",
        "entries: 2",
        "backups: 0 (newest: none)",
        "checksums: all match",
    ]


def test_check_fails_on_a_damaged_file(data_dir: Path, capsys: pytest.CaptureFixture) -> None:
    journal_file = data_dir / "journal.sqlite"
    journal_file.write_bytes(bytes(100) + journal_file.read_bytes()[100:])
    assert _run(data_dir, "check") == 1
    assert "not healthy: the journal file does not start like an SQLite database" in (
        capsys.readouterr().err)


def test_check_names_the_dates_of_damaged_entries(
        data_dir: Path, capsys: pytest.CaptureFixture) -> None:
    journal_file = data_dir / "journal.sqlite"
    data = bytearray(journal_file.read_bytes())
    data[data.index(b"listened")] ^= 0x01
    journal_file.write_bytes(bytes(data))
    assert _run(data_dir, "check") == 1
    captured = capsys.readouterr()
    assert "checksums: 1 entry damaged (2026-11-04)" in captured.out
    assert "Traceback" not in captured.err


def test_backup_then_restore(data_dir: Path, tmp_path: Path,
                             capsys: pytest.CaptureFixture) -> None:
    assert _run(data_dir, "backup") == 0
    [made] = list_backups(data_dir / "journal.sqlite")
    assert made.label == "manual" and made.entry_count == 2
    assert capsys.readouterr().out == f"Backed up 2 entries to {made.path}\n"
    assert _run(data_dir, "backup", "--to", str(tmp_path / "usb")) == 0
    assert [p.suffix for p in (tmp_path / "usb").iterdir()] == [".sqlite"]
    capsys.readouterr()

    journal = Journal.open(data_dir / "journal.sqlite")
    journal.repository.save_entry(replace(new_entry(date(2026, 11, 5)), body="later"))
    journal.close()
    assert _run(data_dir, "restore", str(made.path)) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Restored 2 entries from {made.path.name}.\n")
    assert "Your previous journal was kept in" in out
    [aside] = (data_dir / "set-aside").iterdir()
    assert Journal.open(aside / "journal.sqlite").repository.entry_count() == 3


def test_restore_of_a_missing_file_fails_plainly(
        data_dir: Path, capsys: pytest.CaptureFixture) -> None:
    assert _run(data_dir, "restore", str(data_dir / "nope.sqlite")) == 1
    assert capsys.readouterr().err.startswith("empathy-journal: There is no backup file at")


def test_passphrase_set_change_remove(data_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture) -> None:
    journal_file = data_dir / "journal.sqlite"
    assert _run(data_dir, "backup") == 0
    monkeypatch.setenv(PASS_ENV, "first secret")
    assert _run(data_dir, "passphrase", "set") == 0
    assert is_encrypted(journal_file)
    assert all(is_encrypted(b.path) for b in list_backups(journal_file, with_counts=False))
    assert _run(data_dir, "check") == 0

    monkeypatch.setenv(NEW_ENV, "second secret")
    assert _run(data_dir, "passphrase", "change") == 0
    assert Journal.open(journal_file, passphrase="second secret").repository.entry_count() == 2
    assert _run(data_dir, "passphrase", "change") == 1  # the old one no longer opens it
    err = capsys.readouterr().err
    assert "does not open this journal" in err
    assert "first secret" not in err and "second secret" not in err

    monkeypatch.setenv(PASS_ENV, "second secret")
    assert _run(data_dir, "passphrase", "remove") == 0
    assert not is_encrypted(journal_file)
    assert [b.entry_count for b in list_backups(journal_file)] == [2]


def test_encrypted_journal_without_a_passphrase_is_refused(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture) -> None:
    monkeypatch.setenv(PASS_ENV, "s3cret")
    assert _run(data_dir, "passphrase", "set") == 0
    monkeypatch.delenv(PASS_ENV)
    assert _run(data_dir, "backup") == 1
    assert "No passphrase was given" in capsys.readouterr().err
    monkeypatch.setenv(PASS_ENV, "wrong")
    assert _run(data_dir, "check") == 1
    assert "That passphrase does not open this journal; nothing was checked" in (
        capsys.readouterr().err)


def test_commands_refuse_while_the_window_holds_the_lock(
        data_dir: Path, capsys: pytest.CaptureFixture) -> None:
    import os

    (data_dir / "journal.sqlite.lock").write_text(f"{os.getpid()}\nempathy-journal\nhost\n")
    assert _run(data_dir, "restore", str(data_dir / "journal.sqlite")) == 1
    assert "open in the Empathy Journal window" in capsys.readouterr().err
