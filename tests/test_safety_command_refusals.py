"""QA findings in backup, restore, check and passphrase: each fixed and held here."""

from __future__ import annotations

import errno
import os
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from cli_journal import NEW_ENV, PASS_ENV, run_in
from journal_window import open_window

from empathy_journal.domain.entry import new_entry
from empathy_journal.storage.crypto import is_encrypted
from empathy_journal.storage.journal import Journal

_run = run_in


# -- 1: passphrase on a read-only folder ------------------------------------------------------

def test_passphrase_set_in_a_read_only_folder_says_so(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    before = (data_dir / "journal.sqlite").read_bytes()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: mode != os.W_OK and real_access(p, mode))
    monkeypatch.setenv(PASS_ENV, "correct horse battery")
    assert _run(data_dir, "passphrase", "set") == 1
    assert capsys.readouterr().err == (
        "empathy-journal: The journal's folder can only be read, so its passphrase cannot be "
        "changed here. Nothing was changed.\n")
    assert (data_dir / "journal.sqlite").read_bytes() == before


def test_a_cleanup_that_the_folder_refuses_is_not_a_traceback(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    real_unlink = Path.unlink

    def unlink(self: Path, missing_ok: bool = False) -> None:
        if ".converting" in self.name:
            raise OSError(errno.EROFS, "Read-only file system", str(self))
        real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", unlink)
    monkeypatch.setenv(PASS_ENV, "correct horse battery")
    assert _run(data_dir, "passphrase", "set") == 0
    assert is_encrypted(data_dir / "journal.sqlite")
    assert capsys.readouterr().err == ""


def test_an_os_error_while_rewriting_is_one_plain_line(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    from empathy_journal.storage import conversion

    def refuse(*_args: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(conversion, "write_record", refuse)
    monkeypatch.setenv(PASS_ENV, "correct horse battery")
    assert _run(data_dir, "passphrase", "set") == 1
    assert capsys.readouterr().err == (
        "empathy-journal: The journal's folder can only be read, so its passphrase cannot be "
        "changed here. Nothing was changed.\n")
    assert not is_encrypted(data_dir / "journal.sqlite")
    assert sorted(p.name for p in data_dir.iterdir()) == ["journal.sqlite"]


# -- 2: two backups within one second ---------------------------------------------------------

def test_two_backups_in_the_same_second_both_stay(data_dir: Path) -> None:
    from empathy_journal.storage.backup import list_backups, make_backup

    moment = datetime(2026, 11, 26, 22, 15, 0, tzinfo=UTC)
    path = data_dir / "journal.sqlite"
    journal = Journal.open(path)
    first = make_backup(journal.db, path, label="manual", now=moment)
    journal.repository.save_entry(replace(new_entry(date(2026, 11, 5)), body="later"))
    second = make_backup(journal.db, path, label="manual", now=moment)
    third = make_backup(journal.db, path, label="manual", now=moment)
    journal.close()
    assert [first.name, second.name, third.name] == [
        "journal-20261126T221500Z-manual.sqlite",
        "journal-20261126T221500Z-2-manual.sqlite",
        "journal-20261126T221500Z-3-manual.sqlite",
    ]
    listed = list_backups(path)
    assert [(b.path.name, b.label, b.sequence, b.entry_count) for b in listed] == [
        ("journal-20261126T221500Z-3-manual.sqlite", "manual", 3, 3),
        ("journal-20261126T221500Z-2-manual.sqlite", "manual", 2, 3),
        ("journal-20261126T221500Z-manual.sqlite", "manual", 1, 2),
    ]


def test_rotation_keeps_the_newest_of_a_second_with_two_automatic_backups() -> None:
    from empathy_journal.storage.backup import (
        RetentionPolicy,
        backups_to_prune,
        parse_backup_name,
    )

    names = ["journal-20261126T221500Z-auto.sqlite", "journal-20261126T221500Z-2-auto.sqlite",
             "journal-20261125T080000Z-2-before-0002_people.sqlite"]
    infos = [parse_backup_name(Path(n), "journal") for n in names]
    assert [(i.label, i.sequence) for i in infos if i] == [
        ("auto", 1), ("auto", 2), ("before-0002_people", 2)]
    pruned = backups_to_prune([i for i in infos if i], RetentionPolicy(daily=1, weekly=0), UTC)
    assert [b.path.name for b in pruned] == ["journal-20261126T221500Z-auto.sqlite"]


# -- 3: damaged entries in a backup or before a passphrase change ------------------------------

def _damaged_copy(data_dir: Path, tmp_path: Path) -> Path:
    assert _run(data_dir, "backup") == 0
    [made] = (data_dir / "backups").iterdir()
    copy = tmp_path / "copy.sqlite"
    data = bytearray(made.read_bytes())
    data[data.index(b"listened")] ^= 0x01
    copy.write_bytes(bytes(data))
    return copy


def test_restore_refuses_a_backup_with_damaged_entries(
        data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    copy = _damaged_copy(data_dir, tmp_path)
    before = (data_dir / "journal.sqlite").read_bytes()
    capsys.readouterr()
    assert _run(data_dir, "restore", str(copy)) == 1
    assert capsys.readouterr().err == (
        "empathy-journal: The backup copy.sqlite has 1 damaged entry (2026-11-04) whose text "
        "no longer matches its checksum. Nothing was changed; choose another backup. To "
        "restore it anyway, add --anyway.\n")
    assert (data_dir / "journal.sqlite").read_bytes() == before
    assert sorted(p.name for p in data_dir.iterdir()) == ["backups", "journal.sqlite"]


def test_restore_anyway_restores_and_warns(
        data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    copy = _damaged_copy(data_dir, tmp_path)
    capsys.readouterr()
    assert _run(data_dir, "restore", "--anyway", str(copy)) == 0
    captured = capsys.readouterr()
    assert captured.out.splitlines()[0] == "Restored 2 entries from copy.sqlite."
    assert captured.err == (
        "empathy-journal: warning: the restored journal has 1 damaged entry (2026-11-04); "
        "'empathy-journal check' lists them.\n")
    assert (data_dir / "journal.sqlite").read_bytes() == copy.read_bytes()


def test_window_restore_shows_the_same_refusal(
        qtbot, data_dir: Path, tmp_path: Path) -> None:

    copy = _damaged_copy(data_dir, tmp_path)
    journal = Journal.open(data_dir / "journal.sqlite")
    window = open_window(qtbot, journal, show=False)
    controller = window.safety
    assert controller.restore(copy) == (
        "The backup copy.sqlite has 1 damaged entry (2026-11-04) whose text no longer matches "
        "its checksum. Nothing was changed; choose another backup.")
    assert not (data_dir / "set-aside").exists()


def test_passphrase_set_names_the_damaged_dates(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    journal_file = data_dir / "journal.sqlite"
    data = bytearray(journal_file.read_bytes())
    data[data.index(b"listened")] ^= 0x01
    journal_file.write_bytes(bytes(data))
    monkeypatch.setenv(PASS_ENV, "correct horse battery")
    assert _run(data_dir, "passphrase", "set") == 1
    assert capsys.readouterr().err == (
        "empathy-journal: The journal has 1 damaged entry (2026-11-04) whose text no longer "
        "matches its checksum, so it was not rewritten. Nothing was changed; "
        "'empathy-journal check' lists the damage, and restoring a backup repairs it.\n")
    assert journal_file.read_bytes() == bytes(data)


# -- 4: check with a wrong passphrase ---------------------------------------------------------

def test_check_with_a_wrong_passphrase_says_so(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    monkeypatch.setenv(PASS_ENV, "correct horse battery")
    assert _run(data_dir, "passphrase", "set") == 0
    encrypted = (data_dir / "journal.sqlite").read_bytes()
    monkeypatch.setenv(PASS_ENV, "wrong horse battery")
    capsys.readouterr()
    assert _run(data_dir, "check") == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == ("empathy-journal: That passphrase does not open this journal; "
                            "nothing was checked or changed.\n")
    assert (data_dir / "journal.sqlite").read_bytes() == encrypted
    monkeypatch.setenv(PASS_ENV, "correct horse battery")
    assert _run(data_dir, "check") == 0


# -- 5: passphrase set reads EMPATHY_JOURNAL_NEW_PASSPHRASE -----------------------------------

def test_passphrase_set_takes_the_new_passphrase_variable_first(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(NEW_ENV, "the new one here")
    monkeypatch.setenv(PASS_ENV, "not this one")
    assert _run(data_dir, "passphrase", "set") == 0
    Journal.open(data_dir / "journal.sqlite", passphrase="the new one here").close()
    monkeypatch.delenv(NEW_ENV)
    monkeypatch.setenv(PASS_ENV, "the new one here")
    assert _run(data_dir, "check") == 0


def test_passphrase_set_falls_back_to_the_passphrase_variable(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PASS_ENV, "only this one")
    assert _run(data_dir, "passphrase", "set") == 0
    Journal.open(data_dir / "journal.sqlite", passphrase="only this one").close()


# -- 6: plain words for system errors ---------------------------------------------------------

def _refuse_writes_under(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """Make every file creation or removal in folder fail like a read-only mount."""
    import shutil

    real_unlink, real_copy = Path.unlink, shutil.copyfile

    def unlink(self: Path, missing_ok: bool = False) -> None:
        if self.parent == folder:
            raise OSError(errno.EROFS, "Read-only file system", str(self))
        real_unlink(self, missing_ok=missing_ok)

    def copyfile(source: object, target: object) -> object:
        if Path(str(target)).parent == folder:
            raise OSError(errno.EROFS, "Read-only file system", str(target))
        return real_copy(source, target)

    monkeypatch.setattr(Path, "unlink", unlink)
    monkeypatch.setattr(shutil, "copyfile", copyfile)


def test_backup_into_a_read_only_folder_is_plain(
        data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    _refuse_writes_under(monkeypatch, folder)
    assert _run(data_dir, "backup", "--to", str(folder)) == 1
    assert capsys.readouterr().err == (
        f"empathy-journal: The backup could not be written ({folder}: Read-only file system)."
        " Your journal and earlier backups are unchanged.\n")
    assert list(folder.iterdir()) == []


def test_backup_to_an_existing_file_is_plain(
        data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    target = tmp_path / "all.json"
    target.write_text("{}", encoding="utf-8")
    assert _run(data_dir, "backup", "--to", str(target)) == 1
    assert capsys.readouterr().err == (
        f"empathy-journal: The backup could not be written ({target} is a file, not a "
        "folder). Your journal and earlier backups are unchanged.\n")
    assert target.read_text(encoding="utf-8") == "{}"


def test_restore_onto_a_read_only_folder_is_plain(
        data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture) -> None:
    assert _run(data_dir, "backup") == 0
    [made] = (data_dir / "backups").iterdir()
    capsys.readouterr()
    before = (data_dir / "journal.sqlite").read_bytes()
    _refuse_writes_under(monkeypatch, data_dir)
    assert _run(data_dir, "restore", str(made)) == 1
    assert capsys.readouterr().err == (
        f"empathy-journal: The backup {made.name} cannot be restored: the folder {data_dir} "
        "refused the copy (Read-only file system). Nothing was changed.\n")
    assert (data_dir / "journal.sqlite").read_bytes() == before


# -- 7: no sidecar files of the restore's temporary copy are left behind ----------------------

def test_restore_leaves_no_temporary_sidecars(
        data_dir: Path, capsys: pytest.CaptureFixture) -> None:
    assert _run(data_dir, "backup") == 0
    [made] = (data_dir / "backups").iterdir()
    assert _run(data_dir, "restore", str(made)) == 0
    assert sorted(p.name for p in data_dir.iterdir()) == [
        "backups", "journal.sqlite", "set-aside"]
    assert capsys.readouterr().out.splitlines()[1] == "Restored 2 entries from " + made.name + "."


def test_restoring_a_copy_of_a_journal_in_wal_mode_leaves_no_sidecars(
        data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    copy = tmp_path / "copy.sqlite"
    copy.write_bytes((data_dir / "journal.sqlite").read_bytes())
    assert _run(data_dir, "restore", str(copy)) == 0
    assert sorted(p.name for p in data_dir.iterdir()) == ["journal.sqlite", "set-aside"]
    assert capsys.readouterr().out.splitlines()[0] == "Restored 2 entries from copy.sqlite."


# -- 8: one entry, one backup -----------------------------------------------------------------

def test_plural_words() -> None:
    from empathy_journal.domain.text import plural
    from empathy_journal.insights.labels import plural as insights_plural

    assert [plural(n, "entry", "entries") for n in (0, 1, 2)] == [
        "0 entries", "1 entry", "2 entries"]
    assert [plural(n, "backup") for n in (1, 3)] == ["1 backup", "3 backups"]
    assert insights_plural(2, "day") == "2 days"


def test_messages_about_one_entry_and_one_backup_are_singular(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    monkeypatch.delenv(NEW_ENV, raising=False)
    folder = tmp_path / "one"
    journal = Journal.open(folder / "journal.sqlite")
    journal.repository.save_entry(replace(new_entry(date(2026, 11, 4)), body="then listened"))
    journal.close()
    assert _run(folder, "backup") == 0
    [made] = (folder / "backups").iterdir()
    assert capsys.readouterr().out == f"Backed up 1 entry to {made}\n"
    assert _run(folder, "restore", str(made)) == 0
    assert capsys.readouterr().out.splitlines()[0] == f"Restored 1 entry from {made.name}."
    monkeypatch.setenv(PASS_ENV, "correct horse battery")
    assert _run(folder, "passphrase", "set") == 0
    assert capsys.readouterr().out == "The journal and 1 backup are now encrypted.\n"
    monkeypatch.setenv(NEW_ENV, "another horse battery")
    assert _run(folder, "passphrase", "change") == 0
    assert capsys.readouterr().out == (
        "The passphrase of the journal and 1 backup was changed.\n")


def test_check_of_one_damaged_entry_is_singular(
        data_dir: Path, capsys: pytest.CaptureFixture) -> None:
    journal_file = data_dir / "journal.sqlite"
    data = bytearray(journal_file.read_bytes())
    data[data.index(b"listened")] ^= 0x01
    journal_file.write_bytes(bytes(data))
    assert _run(data_dir, "check") == 1
    captured = capsys.readouterr()
    assert captured.out.splitlines()[-1] == "checksums: 1 entry damaged (2026-11-04)"
    assert captured.err == (
        "empathy-journal: 1 entry no longer matches its checksum (2026-11-04); open Empathy "
        "Journal to repair it from a backup.\n")
