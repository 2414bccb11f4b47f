"""One sync of a journal at a time: the lock file, with real processes holding it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from cli_process import run_cli, sealed_env

from empathy_journal.domain.entry import new_entry
from empathy_journal.storage.journal import Journal
from empathy_journal.sync import sync_lock
from empathy_journal.sync.sync_lock import SyncBusy, holding_sync_lock, sync_lock_path

HOLDER = """
import sys, time
from pathlib import Path
from empathy_journal.sync.sync_lock import holding_sync_lock
with holding_sync_lock(Path(sys.argv[1]), "command"):
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def hold(journal: Path, seconds: float, home: Path) -> subprocess.Popen[str]:
    """Another process that holds the journal's sync lock for seconds."""
    process = subprocess.Popen([sys.executable, "-c", HOLDER, str(journal), str(seconds)],
                               stdout=subprocess.PIPE, text=True, env=sealed_env(home))
    assert process.stdout is not None and process.stdout.readline().strip() == "held"
    return process


def test_a_second_sync_gives_up_with_a_clear_message(tmp_path: Path):
    journal = tmp_path / "journal.sqlite"
    holder = hold(journal, 30, tmp_path / "home")
    try:
        with pytest.raises(SyncBusy) as raised, holding_sync_lock(journal, "window", wait=0.3):
            pass
        assert str(raised.value) == (
            f"Another sync of this journal is running in an 'empathy-journal sync' command "
            f"(process {holder.pid}); this one waited and gave up. Nothing was changed; sync "
            "again once it is done.")
        assert raised.value.holder == f"an 'empathy-journal sync' command (process {holder.pid})"
    finally:
        holder.kill()
        holder.wait()


def test_a_killed_holder_leaves_no_stale_lock(tmp_path: Path):
    journal = tmp_path / "journal.sqlite"
    holder = hold(journal, 30, tmp_path / "home")
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    assert sync_lock_path(journal).exists()
    with holding_sync_lock(journal, "command", wait=0):
        pass


def test_without_flock_a_dead_processs_lock_is_taken_over(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(sync_lock, "fcntl", None)
    journal = tmp_path / "journal.sqlite"
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    sync_lock_path(journal).write_text(f"{dead.pid} command\n")
    with holding_sync_lock(journal, "window", wait=0):
        assert sync_lock_path(journal).read_text().split()[1] == "window"
        with pytest.raises(SyncBusy, match="in the journal window"), \
                holding_sync_lock(journal, "command", wait=0):
            pass
    assert not sync_lock_path(journal).exists()


def test_the_command_waits_for_a_running_sync_and_then_syncs(tmp_path: Path):
    home, data, shared = tmp_path / "home", tmp_path / "data", tmp_path / "Sync"
    journal = Journal.open(data / "journal.sqlite")
    journal.repository.save_entry(replace(new_entry(date(2026, 6, 1)), body="Hello."))
    journal.close()
    holder = hold(data / "journal.sqlite", 1.5, home)
    started = time.monotonic()
    done = run_cli(["--data-dir", str(data), "sync", str(shared)], home)
    holder.wait()
    assert done.returncode == 0, done.stderr
    assert (f"empathy-journal: Waiting for another sync of this journal to finish (process "
            f"{holder.pid})…") in done.stderr
    assert "1 change out" in done.stdout
    assert time.monotonic() - started > 1.0


def test_two_sync_commands_at_once_both_finish_and_send_nothing_twice(tmp_path: Path):
    home, data, shared = tmp_path / "home", tmp_path / "data", tmp_path / "Sync"
    journal = Journal.open(data / "journal.sqlite")
    for n in range(200):
        journal.repository.save_entry(replace(new_entry(date(2026, 6, 1)), body=f"Entry {n}."))
    journal.close()
    command = [sys.executable, "-m", "empathy_journal", "--data-dir", str(data), "sync",
               str(shared)]
    runs = [subprocess.Popen(command, env=sealed_env(home), stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [run.communicate(timeout=120) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    sent = sorted(out for out, _ in outputs)
    assert sent == ["Synced with " + str(shared) + ": 0 changes in, 0 changes out · 1 computer.\n",
                    "Synced with " + str(shared) + ": 0 changes in, 200 changes out · 1 computer."
                    "\n"]
    files = [p for p in shared.rglob("*.ejc")]
    assert len(files) == 1
