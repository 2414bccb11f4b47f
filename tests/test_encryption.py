"""Encryption at rest: round trips, wrong passphrases, search, and no plaintext anywhere."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from empathy_journal.domain.entry import new_entry
from empathy_journal.storage import conversion, crypto
from empathy_journal.storage.backup import list_backups, make_backup
from empathy_journal.storage.cipher import PassphraseRequiredError, WrongPassphraseError
from empathy_journal.storage.errors import DiskFullError, JournalError
from empathy_journal.storage.journal import Journal

SECRET = "correct horse battery staple"


def _snapshot(folder: Path) -> dict[str, tuple[int, bytes]]:
    return {str(p.relative_to(folder)): (p.stat().st_mtime_ns, p.read_bytes())
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _write(journal: Journal, body: str, day: int = 1) -> str:
    saved = journal.repository.save_entry(replace(new_entry(date(2026, 11, day)), body=body))
    return saved.uuid


def test_encrypted_journal_round_trip(journal_path: Path) -> None:
    journal = Journal.open(journal_path, passphrase=SECRET)
    uuid = _write(journal, "Ich war müde 😴 but kind")
    journal.close()
    assert crypto.is_encrypted(journal_path)
    reopened = Journal.open(journal_path, passphrase=SECRET)
    entry = reopened.repository.get_entry(uuid)
    reopened.close()
    assert entry is not None and entry.body == "Ich war müde 😴 but kind"


def test_wrong_or_missing_passphrase_touches_nothing(journal_path: Path) -> None:
    journal = Journal.open(journal_path, passphrase=SECRET)
    _write(journal, "private")
    journal.close()
    before = _snapshot(journal_path.parent)
    with pytest.raises(WrongPassphraseError) as wrong:
        Journal.open(journal_path, passphrase="Correct horse battery staple")
    with pytest.raises(PassphraseRequiredError):
        Journal.open(journal_path)
    with pytest.raises(WrongPassphraseError):
        crypto.change_passphrase(journal_path, "nope", "other")
    assert _snapshot(journal_path.parent) == before
    assert "horse" not in str(wrong.value)


def test_encrypt_change_remove_keep_every_entry(journal_path: Path) -> None:
    journal = Journal.open(journal_path)
    uuids = [_write(journal, f"entry {n}", n + 1) for n in range(5)]
    make_backup(journal.db, journal_path)
    journal.close()
    assert crypto.encrypt_journal(journal_path, "one") == 1
    assert crypto.change_passphrase(journal_path, "one", "two") == 1
    journal = Journal.open(journal_path, passphrase="two")
    assert [journal.repository.get_entry(u).body for u in uuids] == [  # type: ignore[union-attr]
        f"entry {n}" for n in range(5)]
    journal.close()
    assert [b.entry_count for b in list_backups(journal_path, passphrase="two")] == [5]
    crypto.remove_encryption(journal_path, "two")
    assert not crypto.is_encrypted(journal_path)
    assert Journal.open(journal_path).repository.entry_count() == 5


def test_a_crash_before_the_swap_leaves_the_old_journal(
        journal_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    journal = Journal.open(journal_path)
    _write(journal, "still here")
    journal.close()

    def crash(*args: object) -> None:
        raise OSError("simulated power cut")

    monkeypatch.setattr(conversion, "write_record", crash)
    with pytest.raises(JournalError, match=r"could not be rewritten \(simulated power cut\)"):
        crypto.encrypt_journal(journal_path, SECRET)
    assert sorted(p.name for p in journal_path.parent.iterdir()) == ["journal.sqlite"]
    assert Journal.open(journal_path).repository.entry_count() == 1


def test_empty_passphrase_is_refused(journal_path: Path) -> None:
    Journal.open(journal_path).close()
    before = journal_path.read_bytes()
    with pytest.raises(JournalError, match="empty passphrase"):
        crypto.encrypt_journal(journal_path, "")
    assert journal_path.read_bytes() == before


def test_full_text_search_works_encrypted(journal_path: Path) -> None:
    journal = Journal.open(journal_path, passphrase=SECRET)
    _write(journal, "We talked about forgiveness on the bridge")
    _write(journal, "Grocery list and laundry", 2)
    if "entries_fts" not in journal.db.table_names():
        journal.db.execute("CREATE VIRTUAL TABLE entries_fts USING fts5(body, "
                           "content='entries', content_rowid='id', tokenize='porter')")
        journal.db.execute("INSERT INTO entries_fts (entries_fts) VALUES ('rebuild')")
    rows = journal.db.execute(
        "SELECT e.body FROM entries_fts JOIN entries e ON e.id = entries_fts.rowid "
        "WHERE entries_fts MATCH 'forgive*'").fetchall()
    journal.close()
    assert rows == [("We talked about forgiveness on the bridge",)]


def test_sqlite_utils_sees_standard_exception_classes(journal_path: Path) -> None:
    """The driver's own classes would escape sqlite-utils' ``except sqlite3.OperationalError``."""
    journal = Journal.open(journal_path, passphrase=SECRET)
    journal.db["no_such_table"].drop(ignore=True)
    journal.db.execute("PRAGMA max_page_count = 1")
    with pytest.raises(DiskFullError):
        _write(journal, "x" * 50_000)
    journal.close()


CANARY = "the purple heron sings at midnight"


def _writer_script(path: Path) -> str:
    return f"""
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path
from empathy_journal.domain.entry import new_entry
from empathy_journal.storage.journal import Journal
journal = Journal.open(Path({str(path)!r}), passphrase={SECRET!r})
entry = new_entry(date(2026, 11, 26))
for n in range(200):
    entry = journal.repository.save_entry(replace(entry, body={CANARY!r} + " " * n))
print("saved", flush=True)
sys.stdin.read()
"""


def test_canary_never_reaches_the_disk_in_plain_text(journal_path: Path, tmp_path: Path) -> None:
    journal_path.parent.mkdir(parents=True)
    env = dict(os.environ, TMPDIR=str(tmp_path), SQLITE_TMPDIR=str(tmp_path))
    writer = subprocess.Popen([sys.executable, "-c", _writer_script(journal_path)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, env=env)
    assert writer.stdout is not None and writer.stdout.readline() == b"saved\n"
    writer.send_signal(signal.SIGKILL)
    _, stderr = writer.communicate()
    assert any(p.name.endswith("-wal") for p in journal_path.parent.iterdir())

    journal = Journal.open(journal_path, passphrase=SECRET)
    make_backup(journal.db, journal_path)
    assert CANARY in journal.db.execute("SELECT body FROM entries").fetchone()[0]
    journal.close()
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert len(files) >= 2  # the journal and its backup at least
    needles = [CANARY.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]
    leaks = [p for p in files for needle in needles if needle in p.read_bytes()]
    assert leaks == []
    assert SECRET.encode() not in stderr


def test_the_real_search_and_the_search_command_work_encrypted(
        journal_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture) -> None:
    from empathy_journal.cli import main
    from empathy_journal.storage.search import search_entries

    journal = Journal.open(journal_path, passphrase=SECRET)
    uuid = _write(journal, "Apologised to Lea; she forgave me quickly")
    _write(journal, "Long run in the rain", 2)
    hits = search_entries(journal.db, "forgave")
    journal.close()
    assert [h.uuid for h in hits] == [uuid]
    monkeypatch.setenv("EMPATHY_JOURNAL_PASSPHRASE", SECRET)
    assert main(["--journal", str(journal_path), "search", "forgave", "--json"]) == 0
    assert '"uuid": "' + uuid + '"' in capsys.readouterr().out


@pytest.mark.parametrize("passphrase", ["it's \"quoted\"; -- x", "пароль 😊 ünï", " spaces "])
def test_any_passphrase_text_works(journal_path: Path, passphrase: str) -> None:
    journal = Journal.open(journal_path, passphrase=passphrase)
    _write(journal, "quoted key")
    journal.close()
    crypto.change_passphrase(journal_path, passphrase, passphrase[::-1])
    reopened = Journal.open(journal_path, passphrase=passphrase[::-1])
    assert reopened.repository.entry_count() == 1
    reopened.close()
    with pytest.raises(WrongPassphraseError):
        Journal.open(journal_path, passphrase=passphrase)


def test_monthly_report_with_charts_from_an_encrypted_journal(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from empathy_journal.cli import main

    path = tmp_path / "data" / "journal.sqlite"
    journal = Journal.open(path, passphrase=SECRET)
    for day in range(1, 11):
        journal.repository.save_entry(replace(new_entry(date(2026, 11, day)),
                                              body=f"day {day}", mood=day, stress=10 - day))
    journal.close()
    monkeypatch.setenv("EMPATHY_JOURNAL_PASSPHRASE", SECRET)
    summary, charts = tmp_path / "report.md", tmp_path / "report.pdf"
    for output in (summary, charts):
        assert main(["--journal", str(path), "report", "--month", "2026-11",
                     "--output", str(output)]) == 0
    assert "- Average mood 5.5 of 10.\n- Average stress 4.5 of 10." in summary.read_text("utf-8")
    assert charts.read_bytes().startswith(b"%PDF")  # charts drawn from the encrypted data
