"""Files are private to their owner: 0600 files, 0700 folders (issue 10 item 5, issue 9 item 5)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from empathy_journal.domain.entry import new_entry
from empathy_journal.storage import crypto
from empathy_journal.storage.backup import make_backup
from empathy_journal.storage.journal import Journal
from empathy_journal.storage.rescue import write_rescue_copy
from empathy_journal.storage.restore import restore_backup


@pytest.fixture(autouse=True)
def _usual_umask() -> Iterator[None]:
    """The common 022 umask, which leaves files 0644 unless the app asks for less."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _modes(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): _mode(p) for p in sorted(folder.rglob("*"))}


def test_journal_sidecars_backups_rescue_copies_and_set_aside_are_private(
        tmp_path: Path) -> None:
    folder = tmp_path / "data"
    path = folder / "journal.sqlite"
    journal = Journal.open(path)
    entry = journal.repository.save_entry(replace(new_entry(date(2026, 11, 3)), body="private"))
    backup = make_backup(journal.db, path)
    write_rescue_copy(path, entry)
    wal_modes = {p.name: _mode(p) for p in folder.iterdir() if p.name.endswith(("-wal", "-shm"))}
    journal.close()
    restore_backup(backup, path)  # the restored journal and the set-aside folder
    assert wal_modes == {"journal.sqlite-wal": 0o600, "journal.sqlite-shm": 0o600}
    modes = _modes(folder)
    assert _mode(folder) == 0o700
    assert {name: mode for name, mode in modes.items()
            if mode != (0o700 if (folder / name).is_dir() else 0o600)} == {}
    assert {"backups", "unsaved", "set-aside", "journal.sqlite"} <= set(modes)


def test_an_encrypted_or_decrypted_journal_and_its_backups_stay_private(
        journal_path: Path) -> None:
    journal = Journal.open(journal_path)
    make_backup(journal.db, journal_path)
    journal.close()
    for file in (journal_path, *journal_path.parent.joinpath("backups").iterdir()):
        file.chmod(0o600)
    crypto.encrypt_journal(journal_path, "owl")
    crypto.remove_encryption(journal_path, "owl")
    assert set(_modes(journal_path.parent).values()) <= {0o600, 0o700}


def test_window_settings_are_private(qapp, tmp_path: Path) -> None:
    from empathy_journal.ui.settings import WindowSettings

    settings = WindowSettings(tmp_path)
    settings.set_theme("dark")
    settings.sync()
    assert "dark" in (tmp_path / "settings.ini").read_text(encoding="utf-8")
    assert _mode(tmp_path / "settings.ini") == 0o600
