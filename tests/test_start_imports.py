"""What a fresh process imports: the window's start and the quick commands leave the heavy
modules (sqlite-utils with click, dateutil and pluggy; matplotlib; the other commands) alone."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from cli_process import sealed_env

from empathy_journal.storage.journal import Journal

HEAVY = {"sqlite_utils", "click", "dateutil", "pluggy", "matplotlib", "numpy"}


# Runs a command as the console script does and lists sys.modules at the end (-X importtime
# would miss the modules loaded with importlib.import_module, as the commands are).
COMMAND_THEN_MODULES = textwrap.dedent("""
    import sys
    from empathy_journal.cli import main
    code = main(sys.argv[1:])
    print("MODULES", " ".join(sorted(sys.modules)), file=sys.stderr, flush=True)
    sys.exit(code)
""")


def _imported(stderr: str, tag: str = "MODULES") -> set[str]:
    """The module names the child listed on its MODULES line (or the line starting with tag)."""
    [line] = [line for line in stderr.splitlines() if line.startswith(f"{tag} ")]
    return set(line.split()[1:])


def _heavy(imported: set[str], allowed_command: str | None) -> set[str]:
    heavy = {name for name in imported if name.split(".")[0] in HEAVY}
    commands = {name for name in imported if name.startswith("empathy_journal.cli.")
                and name.endswith("_command")
                and name != f"empathy_journal.cli.{allowed_command}_command"}
    return heavy | commands


@pytest.fixture
def journal_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("EMPATHY_JOURNAL_PASSPHRASE", raising=False)
    from datetime import UTC, date, datetime

    from empathy_journal.domain.entry import Entry

    path = tmp_path / "data" / "journal.sqlite"
    journal = Journal.open(path)
    journal.repository.save_entry(
        Entry(uuid="uuid-a", local_date=date(2026, 1, 2), title="Coffee",
              body="coffee with Ana, 担心 the deadline",
              created_utc=datetime(2026, 1, 2, 9, tzinfo=UTC), tz="UTC"),
        now=datetime(2026, 1, 2, 9, tzinfo=UTC))
    journal.close()
    return path


@pytest.mark.parametrize(("command", "expected"), [
    (["search", "担心", "--kind", "reflection"], "担心"),
    (["check"], "checksums: all match"),
    (["backup"], "Backed up 1 entry to"),
])
def test_quick_commands_import_no_heavy_module(journal_file: Path, tmp_path: Path,
                                               command: list[str], expected: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", COMMAND_THEN_MODULES, "--journal", str(journal_file), *command],
        env=sealed_env(tmp_path / "home"), capture_output=True, text=True, timeout=60,
        stdin=subprocess.DEVNULL, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert expected in done.stdout
    imported = _imported(done.stderr)
    assert f"empathy_journal.cli.{command[0]}_command" in imported
    assert _heavy(imported, command[0]) == set()
    assert not any(name.startswith("PySide6") for name in imported)


# It also lists the modules whose source PySide's import hook read (inspect.getsource, to see
# whether they name PySide6) and what PySide's feature dict holds for two of the window's.
WINDOW_UNTIL_FIRST_PAINT = textwrap.dedent("""
    import inspect, os, sys
    scanned = []
    read_source = inspect.getsource
    def recorded(module):
        scanned.append(getattr(module, "__name__", "?"))
        return read_source(module)
    inspect.getsource = recorded
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv[:1])

    def painted():
        print("MODULES", " ".join(sorted(sys.modules)), file=sys.stderr, flush=True)
        print("SCANNED", " ".join(sorted(scanned)), file=sys.stderr, flush=True)
        decided = sys.modules["shibokensupport.feature"].pyside_feature_dict
        print("DECIDED", decided["empathy_journal.ui.main_window"], decided["textwrap"],
              file=sys.stderr, flush=True)
        os._exit(0)

    class FirstPaint(QObject):
        seen = False
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and not self.seen:
                self.seen = True
                QTimer.singleShot(0, painted)
            return False

    watcher = FirstPaint()
    app.installEventFilter(watcher)
    from empathy_journal.cli import main
    main(["--data-dir", sys.argv[2], "--journal", sys.argv[1]])
""")


def test_the_window_paints_without_sqlite_utils_or_any_command(journal_file: Path,
                                                               tmp_path: Path) -> None:
    data = tmp_path / "window-data"
    data.mkdir()
    done = subprocess.run(
        [sys.executable, "-c", WINDOW_UNTIL_FIRST_PAINT, str(journal_file), str(data)],
        env=sealed_env(tmp_path / "home"), capture_output=True, text=True, timeout=60,
        stdin=subprocess.DEVNULL, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    imported = _imported(done.stderr)
    assert "empathy_journal.ui.main_window" in imported
    assert "empathy_journal.storage.start_check" in imported  # the check began beside it
    assert _heavy(imported, None) == set()
    # A journal that does not sync loads neither the sync engine nor cryptography to paint.
    assert {name for name in imported if name == "empathy_journal.sync"
            or name.startswith(("empathy_journal.sync.", "cryptography"))} == set()
    # Nor what no part of the first paint uses: the Preferences pages, the check-in records,
    # the search module, QtNetwork (the window listens for a second launch once painted) and
    # socket (a pipe wakes the event loop for SIGTERM), uuid with platform (domain/ids makes
    # the blank entry's id) and difflib (the conflict compare imports it when it compares).
    assert {"empathy_journal.ui.preferences.computer_pages", "empathy_journal.storage.search",
            "empathy_journal.domain.analytics.records", "PySide6.QtNetwork",
            "socket", "uuid", "platform", "difflib"} & imported == set()
    # PySide's import hook read the source of no module of the window (nor of the standard
    # library's): ui/feature_scan marked them as decided once PySide was imported. What it
    # read of ours was imported before that, while the command line was parsed.
    scanned = _imported(done.stderr, "SCANNED")
    window_modules = {name for name in scanned
                      if name.startswith(("empathy_journal.ui.", "empathy_journal.session."))}
    assert window_modules == {"empathy_journal.ui.feature_scan"}
    assert {"empathy_journal.app", "textwrap", "html"} & scanned == set()
    [decided] = [line for line in done.stderr.splitlines() if line.startswith("DECIDED ")]
    assert decided == "DECIDED 0 -1"
