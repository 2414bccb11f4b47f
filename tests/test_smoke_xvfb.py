"""Smoke test on a real X server: start the installed app, type, SIGTERM, and check the file."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_process import console_script, sealed_env
from xvfb_display import xvfb_display

from empathy_journal.storage.database import APPLICATION_ID

MISSING_TOOLS = [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]
pytestmark = [
    pytest.mark.xvfb,
    pytest.mark.skipif(bool(MISSING_TOOLS), reason=f"{' and '.join(MISSING_TOOLS)} not installed "
                       "(apt-get install xvfb xdotool; .ci/run installs them)"),
]

WINDOW_TIMEOUT_S = 20
EXIT_TIMEOUT_S = 10
FIRST_WORDS = "Typed on a real X server"
LAST_WORDS = " and saved on SIGTERM."


@pytest.fixture
def display() -> Iterator[str]:
    """A private Xvfb server on a free display number, e.g. ``":3"``."""
    with xvfb_display() as name:
        yield name


def xdotool(display: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run xdotool against the test display."""
    return subprocess.run(["xdotool", *args], env={**os.environ, "DISPLAY": display},
                          capture_output=True, text=True, timeout=15, check=False)


def wait_for_window(display: str, app: subprocess.Popen[str]) -> str:
    """The id of the visible main window, polling until it appears or the app dies."""
    deadline = time.monotonic() + WINDOW_TIMEOUT_S
    while time.monotonic() < deadline:
        assert app.poll() is None, f"the app exited early with code {app.returncode}"
        found = xdotool(display, "search", "--onlyvisible", "--name", "^Empathy Journal$")
        if found.stdout.split():
            return found.stdout.split()[0]
        time.sleep(0.2)
    raise AssertionError(f"no 'Empathy Journal' window within {WINDOW_TIMEOUT_S} s")


def saved_bodies(journal: Path) -> list[str]:
    """Entry bodies on disk, read-only, while the app may still be running."""
    connection = sqlite3.connect(f"{journal.as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in connection.execute("SELECT body FROM entries ORDER BY id")]
    finally:
        connection.close()


def wait_until_saved(journal: Path, expected: list[str]) -> None:
    """Poll the file until autosave has written exactly the expected bodies."""
    deadline, bodies = time.monotonic() + 10, None
    while time.monotonic() < deadline:
        if journal.exists():
            try:
                bodies = saved_bodies(journal)
            except sqlite3.OperationalError:  # the app may hold a lock or still be creating it
                bodies = None
            if bodies == expected:
                return
        time.sleep(0.2)
    raise AssertionError(f"autosave did not write {expected!r} (last seen {bodies!r})")


def start_app(display: str, data_dir: Path, tmp_path: Path) -> subprocess.Popen[str]:
    """The installed console script on the X display, with its own data folder and HOME."""
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = sealed_env(tmp_path / "home", DISPLAY=display, QT_QPA_PLATFORM="xcb",
                     XDG_RUNTIME_DIR=str(runtime))
    return subprocess.Popen(
        [str(console_script()), "--data-dir", str(data_dir)], env=env, text=True,
        stdin=subprocess.DEVNULL, stdout=(tmp_path / "app.out").open("w"),
        stderr=(tmp_path / "app.err").open("w"))


def test_window_opens_saves_typed_text_and_quits_cleanly_on_sigterm(
        display: str, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    journal = data_dir / "journal.sqlite"
    app = start_app(display, data_dir, tmp_path)
    try:
        window = wait_for_window(display, app)
        assert xdotool(display, "windowfocus", "--sync", window).returncode == 0
        assert xdotool(display, "type", "--delay", "15", FIRST_WORDS).returncode == 0
        wait_until_saved(journal, [FIRST_WORDS])  # autosave after a second of quiet
        assert xdotool(display, "type", "--delay", "15", LAST_WORDS).returncode == 0
        time.sleep(0.3)  # let Qt take the keys; autosave would wait a full second more
        app.send_signal(signal.SIGTERM)
        assert app.wait(timeout=EXIT_TIMEOUT_S) == 0
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert "Traceback" not in (tmp_path / "app.err").read_text()
    wal = journal.with_name(journal.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0, "the WAL was not checkpointed on quit"
    connection = sqlite3.connect(journal)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        bodies = [row[0] for row in connection.execute("SELECT body FROM entries")]
    finally:
        connection.close()
    assert bodies == [FIRST_WORDS + LAST_WORDS]
