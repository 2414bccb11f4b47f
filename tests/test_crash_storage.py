"""kill -9 of a process saving in a loop never damages the journal or loses a committed save."""

from __future__ import annotations

import os
import random
import signal
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from empathy_journal.domain.entry import content_hash, new_entry
from empathy_journal.storage.journal import Journal

# The default run kills a few dozen times (an encrypted round costs two key derivations, ~0.3 s);
# the slow variants (pytest -m slow) kill ROUNDS times, more with $EMPATHY_JOURNAL_CRASH_ROUNDS.
FAST_ROUNDS = 25
ROUNDS = int(os.environ.get("EMPATHY_JOURNAL_CRASH_ROUNDS", "100"))
WORDS = ["calm", "tired", "grateful", "listened", "anxious", "héllo", "😊", "שלום", "done"]

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork (POSIX)")


def _save_forever(path: Path, out_fd: int, seed: int, passphrase: str | None) -> None:
    """Child: save a growing entry (and rework an older one) as fast as possible, forever.

    A line ``uuid revision hash`` is written to out_fd only after each save committed.
    """
    rng = random.Random(seed)
    journal = Journal.open(path, passphrase=passphrase)
    repository = journal.repository
    entry = new_entry(date(2026, 1, 1 + seed % 28))
    os.write(out_fd, b"ready\n")
    while True:
        entry = replace(entry, body=entry.body + rng.choice(WORDS) + " ",
                        mood=rng.randint(1, 10))
        entry = repository.save_entry(entry)
        os.write(out_fd, f"{entry.uuid} {entry.revision} {entry.content_hash}\n".encode())


def _run_round(path: Path, seed: int, rng: random.Random, passphrase: str | None) -> list[str]:
    """Fork a saver, kill it with SIGKILL at a random moment, return every line it printed."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child never returns
        os.close(read_fd)
        try:
            _save_forever(path, write_fd, seed, passphrase)
        finally:
            os._exit(1)
    os.close(write_fd)
    with os.fdopen(read_fd, "rb") as pipe:
        assert pipe.readline() == b"ready\n"
        first_commit = pipe.readline()  # kill only after a save committed, however busy the machine
        time.sleep(rng.uniform(0.0, 0.04))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        return [line.decode() for line in [first_commit, *pipe.read().splitlines()] if line]


def _committed(lines: list[str], into: dict[str, tuple[int, str]]) -> None:
    for line in lines:
        uuid, revision, digest = line.split()
        into[uuid] = (int(revision), digest)


@pytest.mark.parametrize(("passphrase", "rounds"), [
    pytest.param(None, FAST_ROUNDS, id="plain"),
    pytest.param("crash key", FAST_ROUNDS // 4, id="encrypted"),
    pytest.param(None, ROUNDS, id="plain-long", marks=pytest.mark.slow),
    pytest.param("crash key", ROUNDS // 3, id="encrypted-long", marks=pytest.mark.slow),
])
def test_sigkill_while_saving_loses_nothing_committed(
        journal_path: Path, passphrase: str | None, rounds: int) -> None:
    Journal.open(journal_path, passphrase=passphrase).close()
    rng = random.Random(20261126)
    committed: dict[str, tuple[int, str]] = {}
    integrity_failures = lost = half_written = 0
    for seed in range(rounds):
        _committed(_run_round(journal_path, seed, rng, passphrase), committed)
        journal = Journal.open(journal_path, passphrase=passphrase)
        try:
            if journal.db.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                integrity_failures += 1
            for uuid, (revision, digest) in committed.items():
                stored = journal.repository.get_entry(uuid)
                if stored is None or stored.revision < revision or (
                        stored.revision == revision and stored.content_hash != digest):
                    lost += 1
                elif content_hash(stored) != stored.content_hash:
                    half_written += 1
        finally:
            journal.close()
    assert (integrity_failures, lost, half_written) == (0, 0, 0)
    assert len(committed) == rounds  # every round committed at least one save before the kill
