"""Every schema version's fixture journal migrates with all entries intact, backed up first,
and a migration killed half-way leaves a journal that still opens."""

from __future__ import annotations

import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from empathy_journal.domain.entry import content_hash
from empathy_journal.storage import migrations as schema
from empathy_journal.storage.backup import verify_copy
from empathy_journal.storage.journal import Journal

FIXTURES = Path(__file__).parent / "fixtures"
VERSIONS = schema.known_migration_names()
ENTRY_SQL = "SELECT uuid, title, body, local_date, mood, content_hash FROM entries ORDER BY id"


def _fixture_copy(version: str, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "journal.sqlite"
    shutil.copyfile(FIXTURES / f"journal-{version}.sqlite", target)
    return target


def _raw_entries(path: Path) -> list[tuple]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(ENTRY_SQL).fetchall()
    finally:
        conn.close()


def _applied(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    finally:
        conn.close()


def test_there_is_a_fixture_for_every_schema_version() -> None:
    assert sorted(p.name for p in FIXTURES.glob("journal-*.sqlite")) == sorted(
        f"journal-{v}.sqlite" for v in VERSIONS)


@pytest.mark.parametrize("version", VERSIONS)
def test_fixture_migrates_with_every_entry_intact(version: str, tmp_path: Path) -> None:
    path = _fixture_copy(version, tmp_path / "data")
    before = _raw_entries(path)
    assert len(before) == 3
    journal = Journal.open(path)
    try:
        assert schema.applied_migration_names(journal.db) == VERSIONS
        assert journal.opened.migrated == VERSIONS[VERSIONS.index(version) + 1:]
        for uuid, *_ in before:
            entry = journal.repository.get_entry(uuid)
            assert entry is not None and content_hash(entry) == entry.content_hash
        emotions = journal.db.execute("SELECT count(*) FROM entry_emotions").fetchone()[0]
    finally:
        journal.close()
    assert _raw_entries(path) == before
    assert emotions == 3
    backup = journal.opened.pre_migration_backup
    if version == VERSIONS[-1]:
        assert backup is None
    else:
        first_pending = VERSIONS[VERSIONS.index(version) + 1]
        assert backup is not None and backup.name.endswith(f"-before-{first_pending}.sqlite")
        verify_copy(backup)
        assert _applied(backup) == VERSIONS[: VERSIONS.index(version) + 1]
        assert _raw_entries(backup) == before


SLOW_MIGRATION = """
import sys, time
from pathlib import Path
from empathy_journal.storage import migrations as schema
real = schema._execute_all
def slow(db, statements):
    print("migrating", flush=True)
    for statement in statements:
        real(db, [statement])
        time.sleep(0.004)
schema._execute_all = slow
from empathy_journal.storage.journal import Journal
Journal.open(Path(sys.argv[1])).close()
print("done", flush=True)
"""


def test_migration_killed_half_way_leaves_the_old_version_usable(tmp_path: Path) -> None:
    rng = random.Random(8)
    outcomes = set()
    for round_number in range(6):
        path = _fixture_copy(VERSIONS[0], tmp_path / f"round{round_number}")
        before = _raw_entries(path)
        child = subprocess.Popen([sys.executable, "-c", SLOW_MIGRATION, str(path)],
                                 stdout=subprocess.PIPE)
        assert child.stdout is not None and child.stdout.readline() == b"migrating\n"
        time.sleep(rng.uniform(0.0, 0.08))
        child.send_signal(signal.SIGKILL)
        child.communicate()
        applied = _applied(path)
        # Each migration commits whole: the file is at some complete version, never between.
        assert applied == VERSIONS[: len(applied)] and applied
        outcomes.add(len(applied))
        assert _raw_entries(path) == before
        journal = Journal.open(path)
        assert schema.applied_migration_names(journal.db) == VERSIONS
        assert journal.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        journal.close()
    assert min(outcomes) < len(VERSIONS)  # at least one kill landed inside a migration
