"""``empathy-journal sync`` as people run it: two journals on this machine, real processes."""

from __future__ import annotations

import random
import shutil
import signal
import subprocess
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from cli_process import console_script, run_cli, sealed_env

from empathy_journal.domain.entry import new_entry
from empathy_journal.storage.journal import Journal
from empathy_journal.sync.records import KINDS, read_payloads


def journal_file(data_dir: Path) -> Path:
    return data_dir / "journal.sqlite"


def write(data_dir: Path, body: str, uuid: str | None = None, passphrase: str | None = None
          ) -> str:
    journal = Journal.open(journal_file(data_dir), passphrase=passphrase)
    try:
        entry = journal.repository.get_entry(uuid) if uuid else new_entry(date(2026, 6, 1))
        assert entry is not None
        return journal.repository.save_entry(replace(entry, body=body)).uuid
    finally:
        journal.close()


def records(data_dir: Path, passphrase: str | None = None) -> dict[str, dict]:
    journal = Journal.open(journal_file(data_dir), passphrase=passphrase)
    try:
        return {kind: read_payloads(journal.db, kind) for kind in KINDS}
    finally:
        journal.close()


def sync(home: Path, data_dir: Path, *folder: Path, env: dict[str, str] | None = None
         ) -> subprocess.CompletedProcess[str]:
    done = run_cli(["--data-dir", str(data_dir), "sync", *map(str, folder)], home, env)
    assert done.returncode == 0, done.stderr
    return done


def test_two_journals_sync_both_ways_and_keep_a_concurrent_edit_from_both(tmp_path: Path):
    home, shared = tmp_path / "home", tmp_path / "Sync"
    laptop, desktop = tmp_path / "laptop", tmp_path / "desktop"
    uuid = write(laptop, "We talked about the move.")
    sync(home, laptop, shared)
    created = sync(home, desktop, shared)
    assert "Created" in created.stdout and "1 change in" in created.stdout
    write(desktop, "From the desktop.")
    write(laptop, "We talked about the move. I listened.", uuid)
    write(desktop, "We talked about the move. I interrupted.", uuid)
    sync(home, desktop)  # the folder is remembered
    told = sync(home, laptop)
    assert "conflict copy" in told.stdout and "2 computers" in told.stdout
    sync(home, desktop)
    on_laptop, on_desktop = records(laptop), records(desktop)
    assert on_laptop == on_desktop
    bodies = sorted(p["body"] for p in on_laptop["entry"].values())
    assert bodies == ["From the desktop.", "We talked about the move. I interrupted.",
                      "We talked about the move. I listened."]


def test_a_journal_path_inside_the_sync_folder_is_refused(tmp_path: Path):
    home, shared = tmp_path / "home", tmp_path / "Sync"
    done = run_cli(["--data-dir", str(shared / "data"), "sync", str(shared)], home)
    assert done.returncode == 1 and "inside" in done.stderr
    assert not (shared / "data" / "journal.sqlite").exists()


def test_encrypted_journals_sync_and_a_wrong_passphrase_applies_nothing(tmp_path: Path):
    home, shared = tmp_path / "home", tmp_path / "Sync"
    first, second, third = tmp_path / "one", tmp_path / "two", tmp_path / "three"
    write(first, "Kilimanjaro-canary in my notes", passphrase="open sesame")
    sync(home, first, shared, env={"EMPATHY_JOURNAL_PASSPHRASE": "open sesame"})
    sync(home, second, shared, env={"EMPATHY_JOURNAL_PASSPHRASE": "open sesame"})
    got = records(second, passphrase="open sesame")["entry"]
    assert [p["body"] for p in got.values()] == ["Kilimanjaro-canary in my notes"]
    wrong = run_cli(["--data-dir", str(third), "sync", str(shared)], home,
                    {"EMPATHY_JOURNAL_PASSPHRASE": "not it"})
    assert wrong.returncode == 1 and "passphrase" in wrong.stderr and "Nothing" in wrong.stderr
    assert records(third, passphrase="not it")["entry"] == {}
    for path in shared.rglob("*"):
        assert not path.is_file() or b"Kilimanjaro" not in path.read_bytes()


def _kill_rounds(tmp_path: Path, rounds: int) -> None:
    home, shared = tmp_path / "home", tmp_path / "Sync"
    laptop, desktop = tmp_path / "laptop", tmp_path / "desktop"
    journal = Journal.open(journal_file(laptop))
    uuids = [journal.repository.save_entry(replace(new_entry(date(2020, 1, 1)),
                                                   body=f"entry {n} " * 40)).uuid
             for n in range(1500)]
    journal.close()
    chance = random.Random(15)
    # How long this machine takes for a first sync of it: the kills land inside that.
    trial = tmp_path / "trial"
    trial.mkdir()
    shutil.copy(journal_file(laptop), journal_file(trial))
    started = time.monotonic()
    sync(home, trial, tmp_path / "trial-folder")
    first_sync_s = time.monotonic() - started
    killed = 0
    command = [str(console_script()), "--data-dir", str(laptop), "sync", str(shared)]
    for round_number in range(rounds):
        for uuid in chance.sample(uuids, 20 if round_number else 0):
            write(laptop, f"round {round_number} of {uuid}", uuid)
        process = subprocess.Popen(command, env=sealed_env(home), stdin=subprocess.DEVNULL,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # Round 0 has the whole journal to send (and is the one sure to be cut); later rounds
        # still send everything the cut-off rounds did not commit, plus their own edits.
        time.sleep(chance.uniform(0.3, 0.8) * first_sync_s)
        process.send_signal(signal.SIGKILL)
        killed += process.wait(timeout=30) == -signal.SIGKILL
    assert killed, "every sync finished before the kill: make the journal bigger"
    sync(home, laptop, shared)
    sync(home, desktop, shared)
    assert records(laptop) == records(desktop)
    assert sync(home, laptop).stdout.count("0 changes out") == 1  # nothing was left behind


def test_kill_9_during_syncs_loses_nothing_and_the_next_sync_completes(tmp_path: Path):
    _kill_rounds(tmp_path, rounds=3)


@pytest.mark.slow
def test_kill_9_during_many_syncs(tmp_path: Path):
    _kill_rounds(tmp_path, rounds=25)
