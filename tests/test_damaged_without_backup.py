"""A damaged journal with no backup: every command says so in one line and offers check and
salvage; salvage copies what can still be read into a new journal and never touches the old."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from cli_process import file_digest, run_cli

from empathy_journal.domain.entry import new_entry
from empathy_journal.storage.journal import Journal

JRNL = Path(__file__).parent / "fixtures" / "interchange" / "jrnl.json"
ENTRIES = 300


@pytest.fixture
def damaged(tmp_path: Path) -> Path:
    """A journal of 300 entries with three pages of its entries table scribbled over."""
    path = tmp_path / "data" / "journal.sqlite"
    journal = Journal.open(path)
    for n in range(ENTRIES):
        journal.repository.save_entry(replace(new_entry(date(2026, 1, 1 + n % 28)),
                                              body=f"entry {n} " + "words " * 60))
    first, last = journal.db.execute("SELECT min(rowid), max(rowid) FROM entries").fetchone()
    page_size = journal.db.execute("PRAGMA page_size").fetchone()[0]
    journal.close()
    data = bytearray(path.read_bytes())
    middle = len(data) // page_size // 2
    for page in range(middle, middle + 3):
        data[page * page_size:(page + 1) * page_size] = b"\x5a" * page_size
    path.write_bytes(bytes(data))
    assert first == 1 and last == ENTRIES
    return path


@pytest.mark.parametrize("command", [
    ["export", "OUT", "--format", "json"],
    ["backup"],
    ["import", str(JRNL)],
])
def test_commands_refuse_a_damaged_journal_in_one_line(
        damaged: Path, tmp_path: Path, command: list[str]) -> None:
    before = file_digest(damaged)
    args = [str(tmp_path / "out.json") if a == "OUT" else a for a in command]
    result = run_cli(["--journal", str(damaged), *args], tmp_path / "home")
    assert result.returncode == 1
    [line] = [line for line in result.stderr.splitlines() if line.startswith("empathy-journal:")]
    assert "damaged" in line and "'empathy-journal salvage'" in line and "check" in line
    assert "Traceback" not in result.stderr and "malformed" not in result.stderr
    assert file_digest(damaged) == before


def test_salvage_copies_what_can_be_read_and_leaves_the_damaged_file_alone(
        damaged: Path, tmp_path: Path) -> None:
    before = file_digest(damaged)
    result = run_cli(["--journal", str(damaged), "salvage"], tmp_path / "home")
    assert result.returncode == 0, result.stderr
    assert file_digest(damaged) == before
    [target] = damaged.parent.glob("journal-salvaged-*.sqlite")
    salvaged = Journal.open(target)
    copied = salvaged.repository.entry_count()
    assert salvaged.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    salvaged.close()
    assert 0 < copied < ENTRIES  # the rows on the scribbled pages are lost, the rest kept
    assert f"Salvaged {copied} entries into {target}." in result.stdout
    assert f"{ENTRIES - copied} entries could not be read intact" in result.stdout
    check = run_cli(["--journal", str(target), "check"], tmp_path / "home")
    assert check.returncode == 0, check.stderr
