"""kill -9 of `empathy-journal passphrase set|change|remove` at random moments, then a window start.

Each round copies a small journal with two backups, runs the real console script, kills it
with SIGKILL at a random moment of its conversion (half the rounds just after the commit
record appears) and opens the journal as the window's start does. Nothing may be lost, the
journal and its backups must be under one key (the old or the new), and no temporary and,
for an encrypted result, no plaintext file may be left.

SQLCipher's key derivation (256,000 PBKDF2 rounds, about 0.15 s here) is paid some twenty
times per round, so the default run lowers it for the test process and the child (through a
``sitecustomize`` on ``PYTHONPATH``): what is tested is the order of writes and renames, which
does not depend on it. ``-m slow`` runs many more rounds with the real key derivation.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import sqlcipher3
from cli_process import console_script, sealed_env

from empathy_journal.domain.entry import new_entry
from empathy_journal.storage import crypto
from empathy_journal.storage.backup import list_backups, make_backup, verify_backup
from empathy_journal.storage.cipher import SQLITE_HEADER, PassphraseRequiredError, passphrase_of
from empathy_journal.storage.conversion import RECORD_SUFFIX, TEMPORARY_SUFFIX
from empathy_journal.storage.journal import Journal
from empathy_journal.ui.safety.safe_start import PASSPHRASE_ENV, open_unlocked

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs POSIX signals")

OLD, NEW = "old lantern", "new lantern"
NEW_ENV = "EMPATHY_JOURNAL_NEW_PASSPHRASE"
ROUNDS = int(os.environ.get("EMPATHY_JOURNAL_PASSPHRASE_CRASH_ROUNDS", "10"))
SLOW_ROUNDS = 40
BACKUPS = 2
# Which passphrases may open the journal after the command: (before, after).
KEYS = {"set": (None, NEW), "change": (OLD, NEW), "remove": (OLD, None)}
REAL_KDF_ITER, FAST_KDF_ITER = 256_000, 2_000
Templates = tuple[Path, Path, dict[str, str]]


def _set_default_kdf_iter(rounds: int) -> None:
    connection = sqlcipher3.connect(":memory:")
    connection.execute(f"PRAGMA cipher_default_kdf_iter = {rounds}")
    connection.close()


@contextmanager
def _key_derivation(fast: bool, root: Path) -> Iterator[dict[str, str]]:
    """The environment for the child; with fast, fewer KDF rounds here and in the child."""
    if not fast:
        yield {}
        return
    site = root / "fast-kdf"
    site.mkdir()
    (site / "sitecustomize.py").write_text(
        "import sqlcipher3\n"
        f"sqlcipher3.connect(':memory:').execute('PRAGMA cipher_default_kdf_iter = {FAST_KDF_ITER}')\n")
    _set_default_kdf_iter(FAST_KDF_ITER)
    try:
        yield {"PYTHONPATH": str(site)}
    finally:
        _set_default_kdf_iter(REAL_KDF_ITER)


def _write_template(folder: Path, passphrase: str | None) -> dict[str, str]:
    """Three entries and two backups; returns uuid -> content hash."""
    path = folder / "journal.sqlite"
    journal = Journal.open(path)
    saved = {}
    for day, body in ((3, "met Ana for tea"), (4, "argued, then listened"), (5, "long walk")):
        entry = journal.repository.save_entry(replace(new_entry(date(2026, 11, day)), body=body))
        saved[entry.uuid] = entry.content_hash
    for n in range(BACKUPS):
        make_backup(journal.db, path, label="manual", now=datetime(2026, 11, 5, 20, n, tzinfo=UTC))
    journal.close()
    if passphrase is not None:
        crypto.encrypt_journal(path, passphrase)
    return saved


def _templates(root: Path) -> Templates:
    plain, encrypted = root / "plain", root / "encrypted"
    saved = _write_template(plain, None)
    shutil.copytree(plain, encrypted)
    crypto.encrypt_journal(encrypted / "journal.sqlite", OLD)
    return plain, encrypted, saved


def _env(action: str, home: Path, child: dict[str, str]) -> dict[str, str]:
    extra = {NEW_ENV: NEW, **child} if action in ("set", "change") else {**child}
    if action in ("change", "remove"):
        extra[PASSPHRASE_ENV] = OLD
    return sealed_env(home, **extra)


def _markers(folder: Path) -> tuple[bool, bool]:
    """(a converted temporary exists, the commit record exists)."""
    names = [*os.listdir(folder), *os.listdir(folder / "backups")]
    return (any(n.endswith(TEMPORARY_SUFFIX) for n in names),
            any(n.endswith(RECORD_SUFFIX) for n in names))


def _run(action: str, folder: Path, home: Path, child: dict[str, str],
         kill: tuple[str, float] | None) -> float:
    """Run the command; kill it `delay` seconds after the first temporary (or the record)
    appears. Returns how long it ran after its first temporary appeared."""
    process = subprocess.Popen(
        [str(console_script()), "--data-dir", str(folder), "passphrase", action],
        env=_env(action, home, child), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE)
    started = None
    deadline = time.monotonic() + 60
    while process.poll() is None and time.monotonic() < deadline:
        temporary, record = _markers(folder)
        if started is None and (temporary or record):
            started = time.monotonic()
        if kill is not None and started is not None:
            wanted, delay = kill
            if wanted == "temporary" or record:
                time.sleep(delay)
                os.kill(process.pid, signal.SIGKILL)
                break
        time.sleep(0.0005)
    _, stderr = process.communicate(timeout=60)
    if kill is None:
        assert process.returncode == 0, stderr
    else:
        assert process.returncode in (0, -signal.SIGKILL), stderr
    return time.monotonic() - (started or time.monotonic())


def _start(folder: Path, candidates: tuple[str | None, ...],
           monkeypatch: pytest.MonkeyPatch) -> Journal:
    """Open the journal as the window's start does, with each possible passphrase in turn."""
    monkeypatch.setattr("empathy_journal.ui.safety.safe_start.remembered_passphrase", lambda _p: None)
    for candidate in candidates:
        if candidate is None:
            monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
        else:
            monkeypatch.setenv(PASSPHRASE_ENV, candidate)
        try:
            journal, repair, _ = open_unlocked(folder / "journal.sqlite", can_ask=False)
        except PassphraseRequiredError:
            continue
        assert repair is None
        return journal
    raise AssertionError("no passphrase opened the journal")


def _check_round(folder: Path, action: str, saved: dict[str, str],
                 monkeypatch: pytest.MonkeyPatch) -> str | None:
    """Assert the promises after one round; returns the key the journal is under."""
    keys = KEYS[action]
    journal = _start(folder, tuple(k for k in keys if k is not None) or (None,), monkeypatch)
    try:
        key = passphrase_of(journal.db.conn)
        rows = journal.db.execute("SELECT uuid, content_hash FROM entries").fetchall()
    finally:
        journal.close()
    assert key in keys
    assert dict(rows) == saved  # no entry lost or changed
    backups = list_backups(folder / "journal.sqlite", with_counts=False)
    assert len(backups) == BACKUPS
    for backup in backups:
        verify_backup(backup.path, key)  # under the journal's key, every checksum intact
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert [p.name for p in files if p.name.startswith(".")] == []  # no temporary left
    assert not (folder / "set-aside").exists()
    if key is not None:
        assert [p.name for p in files if p.read_bytes()[:16] == SQLITE_HEADER] == []
    return key


def _crash_rounds(action: str, rounds: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                  *, fast: bool) -> set[str | None]:
    home = tmp_path / "home"
    rng = random.Random(f"passphrase-{action}")
    outcomes = set()
    with _key_derivation(fast, tmp_path) as child:
        plain, encrypted, saved = _templates(tmp_path / "templates")
        source = plain if action == "set" else encrypted
        measured = tmp_path / "measured"
        shutil.copytree(source, measured)
        duration = _run(action, measured, home, child, None)
        for n in range(rounds):
            folder = tmp_path / f"round-{n}"
            shutil.copytree(source, folder)
            moment = ("record", rng.uniform(0, 0.003)) if n % 2 else (
                "temporary", rng.uniform(0, duration))
            _run(action, folder, home, child, moment)
            outcomes.add(_check_round(folder, action, saved, monkeypatch))
            shutil.rmtree(folder)
    return outcomes


@pytest.mark.parametrize("action", ["set", "change", "remove"])
def test_kill_9_during_a_passphrase_command_loses_nothing_and_leaks_nothing(
        action: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    outcomes = _crash_rounds(action, ROUNDS, tmp_path, monkeypatch, fast=True)
    assert outcomes <= set(KEYS[action])


@pytest.mark.slow
@pytest.mark.parametrize("action", ["set", "change", "remove"])
def test_kill_9_during_a_passphrase_command_many_rounds(
        action: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        request: pytest.FixtureRequest) -> None:
    if "slow" not in (request.config.getoption("markexpr") or ""):
        pytest.skip("many rounds with the real key derivation: run with -m slow")
    outcomes = _crash_rounds(action, SLOW_ROUNDS, tmp_path, monkeypatch, fast=False)
    assert outcomes == set(KEYS[action])  # both the rolled-back and the finished state seen
