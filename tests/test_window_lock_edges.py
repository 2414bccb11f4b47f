"""One window per journal file, whatever its name: symlinks and hard links share the lock, a
killed window leaves no socket, and a place where no lock can be made opens read-only."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from cli_process import STARTUP_TIMEOUT_S, console_script, run_cli, sealed_env
from test_disk_full_and_read_only import _mount, _mounted

from empathy_journal.domain.entry import new_entry
from empathy_journal.storage.journal import Journal
from empathy_journal.ui.safety.safe_start import PASSPHRASE_ENV, start_journal
from empathy_journal.ui.safety.single_instance import SingleInstance

JRNL = Path(__file__).parent / "fixtures" / "interchange" / "jrnl.json"


@pytest.fixture(autouse=True)
def _no_passphrase_in_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)


def _journal(path: Path, body: str = "kept") -> Path:
    journal = Journal.open(path)
    journal.repository.save_entry(replace(new_entry(date(2026, 11, 1)), body=body))
    journal.close()
    return path


@pytest.fixture
def names(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A journal, a symlink to it and a hard link to it, all in one folder."""
    real = _journal(tmp_path / "data" / "journal.sqlite")
    alias = real.with_name("alias.sqlite")
    alias.symlink_to(real.name)
    hard = real.with_name("hard.sqlite")
    os.link(real, hard)
    return real, alias, hard


@pytest.fixture
def window(names: tuple[Path, Path, Path], tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    """The real window (a subprocess) open on the journal by its own name."""
    real = names[0]
    env = sealed_env(tmp_path / "home", TMPDIR=str(_socket_dir(tmp_path)))
    child = subprocess.Popen([str(console_script()), "--data-dir", str(real.parent),
                              "--journal", str(real)], env=env, text=True,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while not real.with_name(real.name + ".lock").exists():
        assert child.poll() is None, child.communicate()
        assert time.monotonic() < deadline, "the window never took its lock"
        time.sleep(0.05)
    time.sleep(0.3)  # the socket is listened on right after the lock is taken
    yield child
    if child.poll() is None:
        child.send_signal(signal.SIGTERM)
        child.communicate(timeout=STARTUP_TIMEOUT_S)


def _socket_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "tmp"
    folder.mkdir(exist_ok=True)
    return folder


def test_an_import_through_a_symlink_or_hard_link_is_refused_while_the_window_is_open(
        names: tuple[Path, Path, Path], window: subprocess.Popen[str], tmp_path: Path) -> None:
    for name in names:
        result = run_cli(["--journal", str(name), "import", str(JRNL)], tmp_path / "home")
        assert result.returncode == 1, (name, result.stdout, result.stderr)
        assert "open in the Empathy Journal window" in result.stderr
        assert "Traceback" not in result.stderr
    check = Journal.open(names[0], read_only=True)
    assert check.repository.entry_count() == 1  # nothing was imported beside the window
    check.close()
    window.send_signal(signal.SIGTERM)
    _out, err = window.communicate(timeout=STARTUP_TIMEOUT_S)
    assert window.returncode == 0, err
    assert "Fatal Python error" not in err


def test_a_second_window_through_a_symlink_raises_the_first_instead_of_opening(
        names: tuple[Path, Path, Path], window: subprocess.Popen[str], tmp_path: Path) -> None:
    env = {"TMPDIR": str(_socket_dir(tmp_path))}
    second = run_cli(["--data-dir", str(names[0].parent), "--journal", str(names[1])],
                     tmp_path / "home", env)
    assert second.returncode == 0, second.stderr  # it asked the first window to come forward
    assert window.poll() is None
    hard = run_cli(["--data-dir", str(names[0].parent), "--journal", str(names[2])],
                   tmp_path / "home", env)
    assert hard.returncode == 1
    assert "already open in another Empathy Journal window" in hard.stderr


def test_a_killed_window_leaves_no_socket_behind(
        window: subprocess.Popen[str], tmp_path: Path) -> None:
    window.send_signal(signal.SIGKILL)
    window.communicate(timeout=STARTUP_TIMEOUT_S)
    left = [p.name for p in _socket_dir(tmp_path).iterdir() if stat.S_ISSOCK(p.lstat().st_mode)]
    assert left == []


def test_every_name_of_the_file_is_locked_by_one_window(
        qapp, names: tuple[Path, Path, Path]) -> None:
    real, alias, hard = names
    first = SingleInstance(alias)
    assert first.acquire() and first.holds_lock
    assert first.lock_path == real.with_name("journal.sqlite.lock")
    assert not SingleInstance(real).acquire()
    assert not SingleInstance(hard).acquire()
    first.release()
    again = SingleInstance(hard)
    assert again.acquire()
    assert not SingleInstance(real).acquire()
    again.release()


def test_a_read_only_place_opens_read_only_instead_of_already_open(
        qapp, tmp_path: Path) -> None:
    source = tmp_path / "source"
    _journal(source / "journal.sqlite")
    view = tmp_path / "view"
    with _mounted(view, "--bind", str(source)):
        assert _mount("-o", "remount,ro,bind", str(view))
        started = start_journal(view / "journal.sqlite", can_ask=False)
        try:
            assert started.journal.read_only
            assert started.journal.repository.entry_count() == 1
        finally:
            started.journal.close()
            assert started.instance is not None
            started.instance.release()
    assert sorted(p.name for p in source.iterdir()) == ["journal.sqlite"]


def test_a_full_disk_opens_read_only_instead_of_already_open(qapp, tmp_path: Path) -> None:
    tiny = tmp_path / "tiny"
    with _mounted(tiny, "-t", "tmpfs", "-o", "size=1m", "tmpfs"):
        path = _journal(tiny / "journal.sqlite")
        filler = os.open(tiny / "filler", os.O_WRONLY | os.O_CREAT)
        try:
            while os.write(filler, b"\0" * 4096):
                pass
        except OSError:  # the disk is full now
            pass
        finally:
            os.close(filler)
        started = start_journal(path, can_ask=False)
        try:
            assert started.journal.read_only
            assert started.journal.repository.entry_count() == 1
        finally:
            started.journal.close()
            assert started.instance is not None
            started.instance.release()
