"""Disk full stops saving cleanly and resumes; a read-only journal opens read-only and reads."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from journal_window import open_window

from empathy_journal.domain.entry import Entry, new_entry
from empathy_journal.storage.backup import make_backup
from empathy_journal.storage.errors import DiskFullError, ReadOnlyJournalError
from empathy_journal.storage.health import check_journal_file
from empathy_journal.storage.journal import Journal

CAN_MOUNT = hasattr(os, "geteuid") and os.geteuid() == 0


def _mount(*args: str) -> bool:
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


@contextmanager
def _mounted(target: Path, *args: str) -> Iterator[None]:
    target.mkdir(parents=True, exist_ok=True)
    if not (CAN_MOUNT and _mount(*args, str(target))):
        pytest.skip("needs root and mount to build a tiny or read-only file system")
    try:
        yield
    finally:
        subprocess.run(["umount", "-l", str(target)], capture_output=True)


def _fill_until_full(journal: Journal, day: int) -> tuple[list[str], Entry]:
    """Save 20 kB entries until the disk is full; returns the saved uuids and the unsaved one."""
    saved = []
    for n in range(10_000):
        entry = replace(new_entry(date(2026, 11, day)), body=f"{n} " + "words " * 3_400)
        try:
            saved.append(journal.repository.save_entry(entry).uuid)
        except DiskFullError as error:
            assert "earlier entries are safe" in str(error)
            return saved, entry
    raise AssertionError("the disk never filled")


def _assert_intact(journal: Journal, uuids: list[str]) -> None:
    assert journal.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert all(journal.repository.get_entry(u) is not None for u in uuids)


def test_size_limit_full_then_resume(journal_path: Path) -> None:
    journal = Journal.open(journal_path)
    pages = journal.db.execute("PRAGMA page_count").fetchone()[0]
    journal.db.execute(f"PRAGMA max_page_count = {pages + 40}")
    saved, unsaved = _fill_until_full(journal, 3)
    assert len(saved) >= 2
    _assert_intact(journal, saved)
    journal.db.execute(f"PRAGMA max_page_count = {pages + 400}")
    assert journal.repository.save_entry(unsaved).revision == 1
    _assert_intact(journal, [*saved, unsaved.uuid])
    journal.close()


def test_tiny_disk_full_then_resume(tmp_path: Path) -> None:
    mount_point = tmp_path / "tiny"
    with _mounted(mount_point, "-t", "tmpfs", "-o", "size=1m", "tmpfs"):
        path = mount_point / "journal.sqlite"
        journal = Journal.open(path)
        saved, unsaved = _fill_until_full(journal, 4)
        _assert_intact(journal, saved)
        assert _mount("-o", "remount,size=8m", str(mount_point))
        assert journal.repository.save_entry(unsaved).revision == 1
        journal.close()
        reopened = Journal.open(path)
        _assert_intact(reopened, [*saved, unsaved.uuid])
        reopened.close()


def _journal_with_search(path: Path) -> str:
    journal = Journal.open(path)
    saved = journal.repository.save_entry(
        replace(new_entry(date(2026, 11, 5)), body="We finally understood each other"))
    if "entries_fts" not in journal.db.table_names():
        journal.db.execute("CREATE VIRTUAL TABLE entries_fts USING fts5(body, "
                           "content='entries', content_rowid='id')")
    journal.db.execute("INSERT INTO entries_fts (entries_fts) VALUES ('rebuild')")
    journal.close()
    return saved.uuid


def _reads_and_searches(journal: Journal, uuid: str, tmp_path: Path) -> None:
    assert journal.read_only
    entry = journal.repository.get_entry(uuid)
    assert entry is not None and entry.body == "We finally understood each other"
    hits = journal.db.execute(
        "SELECT rowid FROM entries_fts WHERE entries_fts MATCH 'understood'").fetchall()
    assert hits == [(entry.id,)]
    copy = make_backup(journal.db, journal.path, folder=tmp_path / "export")  # type: ignore[arg-type]
    assert check_journal_file(copy).healthy
    with pytest.raises(ReadOnlyJournalError, match="can only be read here"):
        journal.repository.save_entry(replace(entry, body="changed"))


def test_explicit_read_only_opening(journal_path: Path, tmp_path: Path) -> None:
    uuid = _journal_with_search(journal_path)
    journal = Journal.open(journal_path, read_only=True)
    _reads_and_searches(journal, uuid, tmp_path)
    journal.close()


def test_read_only_location_opens_read_only(tmp_path: Path) -> None:
    source = tmp_path / "source"
    uuid = _journal_with_search(source / "journal.sqlite")
    view = tmp_path / "view"
    with _mounted(view, "--bind", str(source)):
        assert _mount("-o", "remount,ro,bind", str(view))
        journal = Journal.open(view / "journal.sqlite")
        _reads_and_searches(journal, uuid, tmp_path)
        journal.close()
    assert sorted(p.name for p in source.iterdir()) == ["journal.sqlite"]


def test_read_only_location_after_a_crash_still_reads_the_wal(tmp_path: Path) -> None:
    source = tmp_path / "source"
    _journal_with_search(source / "journal.sqlite")
    script = (
        "import sys\nfrom dataclasses import replace\nfrom datetime import date\n"
        "from pathlib import Path\nfrom empathy_journal.domain.entry import new_entry\n"
        "from empathy_journal.storage.journal import Journal\n"
        f"j = Journal.open(Path({str(source / 'journal.sqlite')!r}))\n"
        "j.repository.save_entry(replace(new_entry(date(2026, 11, 6)), body='late'))\n"
        "print('saved', flush=True)\nsys.stdin.read()\n")
    writer = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE)
    assert writer.stdout is not None and writer.stdout.readline() == b"saved\n"
    writer.send_signal(signal.SIGKILL)
    writer.communicate()
    view = tmp_path / "view"
    with _mounted(view, "--bind", str(source)):
        assert _mount("-o", "remount,ro,bind", str(view))
        journal = Journal.open(view / "journal.sqlite")
        assert journal.read_only
        assert journal.repository.entry_count() == 2
        journal.close()


def test_search_export_and_check_work_on_a_read_only_location(
        tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    from empathy_journal.cli import main

    source = tmp_path / "source"
    journal = Journal.open(source / "journal.sqlite")
    saved = journal.repository.save_entry(
        replace(new_entry(date(2026, 11, 5)), body="We finally understood each other"))
    journal.close()
    view = tmp_path / "view"
    with _mounted(view, "--bind", str(source)):
        assert _mount("-o", "remount,ro,bind", str(view))
        code = main(["--journal", str(view / "journal.sqlite"), "search", "understood",
                     "--json"])
        exported = main(["--journal", str(view / "journal.sqlite"), "export",
                         str(tmp_path / "out.json"), "--format", "json"])
        checked = main(["--journal", str(view / "journal.sqlite"), "check"])
    assert (code, exported, checked) == (0, 0, 0)
    assert f'"uuid": "{saved.uuid}"' in capsys.readouterr().out
    assert "We finally understood each other" in (tmp_path / "out.json").read_text("utf-8")
    assert sorted(p.name for p in source.iterdir()) == ["journal.sqlite"]


def test_window_on_a_read_only_location_shows_the_banner(qtbot, tmp_path: Path) -> None:
    from empathy_journal.storage.recovery import open_checked

    source = tmp_path / "source"
    journal = Journal.open(source / "journal.sqlite")
    journal.repository.save_entry(replace(new_entry(date(2026, 11, 26)), body="only to read"))
    journal.close()
    view = tmp_path / "view"
    with _mounted(view, "--bind", str(source)):
        assert _mount("-o", "remount,ro,bind", str(view))
        opened, repair, _ = open_checked(view / "journal.sqlite")
        window = open_window(qtbot, opened, today=date(2026, 11, 26), zone_name="UTC", show=False)
        window.show()
        assert repair is None and opened.read_only
        assert window.page.banner.isVisible()
        assert "read-only" in window.page.banner.text.text()
        assert window.page.editor.body() == "only to read"
        window.close()
        opened.close()
