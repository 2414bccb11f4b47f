"""The PyInstaller bundle: build it with packaging/build-bundle.sh and use it without Python.

Every run of the bundle gets an environment with no venv, no PYTHONPATH and a fresh HOME:
only what the bundle carries. Building takes a minute or two, so these tests carry the
``bundle`` marker and run only when ``-m`` names it (``pytest -m bundle``; .ci/run does).
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from xvfb_display import xvfb_display

import empathy_journal

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the bundle is built for Linux here"),
]

ROOT = Path(__file__).resolve().parent.parent
BUILD_TIMEOUT_S = 900  # about 1-2 minutes on the 2-core CI machine; generous when it is busy
RUN_TIMEOUT_S = 120
WINDOW_TIMEOUT_S = 30
PASSPHRASE = "a long walk by the river"
RESOURCES = ("emotions.json", "prompts.json", "practices.json", "templates.json", "empathy-journal.svg",
             "translations/de/LC_MESSAGES/empathy_journal.po",
             "translations/de/LC_MESSAGES/empathy_journal.mo",
             "translations/empathy_journal_de.ts", "translations/empathy_journal_de.qm")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder dist/empathy-journal/, built from this checkout into a temporary place."""
    base = tmp_path_factory.mktemp("bundle")
    env = {**os.environ, "PYTHON": sys.executable, "DIST_DIR": str(base / "dist"),
           "WORK_DIR": str(base / "work")}
    result = subprocess.run(["bash", str(ROOT / "packaging" / "build-bundle.sh")], env=env,
                            capture_output=True, text=True, timeout=BUILD_TIMEOUT_S, check=False)
    assert result.returncode == 0, (result.stdout + result.stderr)[-4000:]
    print(result.stdout.strip().splitlines()[-1])  # "Built … (version, size) in N s", shown by -s
    folder = base / "dist" / "empathy-journal"
    assert (folder / "empathy-journal").is_file()
    return folder


def bare_env(home: Path, **extra: str) -> dict[str, str]:
    """An environment with nothing of Python in it: no venv on PATH, no PYTHON* variables."""
    home.mkdir(parents=True, exist_ok=True)
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    return {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
            "XDG_RUNTIME_DIR": str(runtime), "QT_QPA_PLATFORM": "offscreen", **extra}


def run_bundle(bundle: Path, home: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Run the bundle's executable to completion in a bare environment."""
    return subprocess.run([str(bundle / "empathy-journal"), *args], env=bare_env(home, **env),
                          capture_output=True, text=True, timeout=RUN_TIMEOUT_S, check=False,
                          stdin=subprocess.DEVNULL)


def last_full_month() -> str:
    """The month before this one (the demo journal ends today, so that month is complete)."""
    return (date.today().replace(day=1) - timedelta(days=1)).strftime("%Y-%m")


@pytest.fixture(scope="module")
def demo_journal(bundle: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A sample journal written by the bundle's own ``demo`` command."""
    base = tmp_path_factory.mktemp("demo")
    path = base / "demo.sqlite"
    result = run_bundle(bundle, base / "home", "demo", str(path), "--months", "3", "--seed", "5")
    assert result.returncode == 0, result.stderr
    assert "sample entries" in result.stdout
    return path


def test_the_bundle_prints_its_version(bundle: Path, tmp_path: Path) -> None:
    result = run_bundle(bundle, tmp_path / "home", "--version")
    assert (result.returncode, result.stdout, result.stderr) == (
        0, f"empathy-journal {empathy_journal.__version__}\n", "")


def test_every_command_is_there(bundle: Path, tmp_path: Path) -> None:
    """Subcommands are found by scanning cli/ at run time, which a frozen app must still do."""
    result = run_bundle(bundle, tmp_path / "home", "--help")
    assert result.returncode == 0, result.stderr
    for command in ("demo", "search", "import", "export", "report", "backup", "restore", "check",
                    "salvage", "passphrase"):
        assert f"    {command} " in result.stdout, f"{command} missing from --help"


def test_the_demo_journal_is_healthy_and_searchable(bundle: Path, demo_journal: Path,
                                                    tmp_path: Path) -> None:
    check = run_bundle(bundle, tmp_path / "home", "--journal", str(demo_journal), "check")
    assert check.returncode == 0, check.stderr
    assert "integrity: ok" in check.stdout and "checksums: all match" in check.stdout
    search = run_bundle(bundle, tmp_path / "home", "--journal", str(demo_journal), "search",
                        "day", "--json", "--limit", "3")
    assert search.returncode == 0, search.stderr
    assert search.stdout.startswith("[") and '"uuid"' in search.stdout


def test_a_pdf_and_a_markdown_report_from_the_bundle(bundle: Path, demo_journal: Path,
                                                     tmp_path: Path) -> None:
    """matplotlib's Agg and PDF backends, its fonts and data files, all from the bundle."""
    pdf, markdown = tmp_path / "month.pdf", tmp_path / "month.md"
    for target in (pdf, markdown):
        result = run_bundle(bundle, tmp_path / "home", "--journal", str(demo_journal), "report",
                            "--month", last_full_month(), "--output", str(target))
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") >= 2, "fewer than two pages"
    assert len(data) > 50_000, "a report with charts is larger than this"
    assert markdown.read_text(encoding="utf-8").startswith("# ")
    german = run_bundle(bundle, tmp_path / "home", "--journal", str(demo_journal), "report",
                        "--month", "2024-13", "--output", str(tmp_path / "x.md"),
                        EMPATHY_JOURNAL_LANGUAGE="de")
    assert "'2024-13' ist kein Monat" in german.stderr  # the compiled catalog, from the bundle


def test_encryption_works_from_the_bundle(bundle: Path, tmp_path: Path) -> None:
    """SQLCipher (sqlcipher3's own library) inside the bundle: encrypt, then read back."""
    journal = tmp_path / "secret.sqlite"
    home = tmp_path / "home"
    assert run_bundle(bundle, home, "demo", str(journal), "--months", "1").returncode == 0
    made = run_bundle(bundle, home, "--journal", str(journal), "passphrase", "set",
                      EMPATHY_JOURNAL_PASSPHRASE=PASSPHRASE)
    assert made.returncode == 0, made.stderr
    assert not journal.read_bytes().startswith(b"SQLite format 3\0"), "the file is still plain"
    refused = run_bundle(bundle, home, "--journal", str(journal), "check",
                         EMPATHY_JOURNAL_PASSPHRASE="not it")
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    opened = run_bundle(bundle, home, "--journal", str(journal), "check",
                        EMPATHY_JOURNAL_PASSPHRASE=PASSPHRASE)
    assert opened.returncode == 0, opened.stderr
    assert "integrity: ok" in opened.stdout


def test_the_bundle_carries_what_is_loaded_by_name(bundle: Path) -> None:
    """What static analysis cannot see: resources, keyring's backends and their entry points,
    matplotlib's canvases, Qt's platform plugins; and the unused plugins left out."""
    from PyInstaller.archive.readers import CArchiveReader

    internal = bundle / "_internal"
    for name in RESOURCES:
        assert (internal / "resources" / name).is_file(), f"resources/{name} missing"
    modules = set(CArchiveReader(str(bundle / "empathy-journal")).open_embedded_archive("PYZ.pyz").toc)
    wanted = {
        "keyring.backends.SecretService", "keyring.backends.macOS", "keyring.backends.Windows",
        "keyring.backends.chainer", "keyring.backends.fail", "secretstorage", "jeepney.io.blocking",
        "matplotlib.backends.backend_agg", "matplotlib.backends.backend_pdf",
        "matplotlib.backends.backend_svg", "matplotlib.backends.backend_qtagg",
        "sqlcipher3.dbapi2", "empathy_journal.cli.report_command", "empathy_journal.app",
    }
    assert wanted <= modules, f"missing from the bundle: {sorted(wanted - modules)}"
    [entry_points] = internal.glob("keyring-*.dist-info/entry_points.txt")
    assert "keyring.backends.SecretService" in entry_points.read_text()
    plugins = internal / "PySide6" / "Qt" / "plugins"
    for plugin in ("platforms/libqxcb.so", "platforms/libqwayland.so", "platforms/libqoffscreen.so",
                   "imageformats/libqsvg.so", "iconengines/libqsvgicon.so",
                   "platformthemes/libqxdgdesktopportal.so"):
        assert (plugins / plugin).is_file(), f"Qt plugin {plugin} missing"
    for plugin in ("platforms/libqvnc.so", "platforms/libqeglfs.so", "platformthemes/libqgtk3.so"):
        assert not (plugins / plugin).exists(), f"unused Qt plugin {plugin} bundled"
    assert not list(internal.glob("**/tkinter")), "tkinter bundled"


def test_no_library_comes_from_the_build_machines_python(bundle: Path) -> None:
    """Every shared object resolves inside the bundle, or is one PyInstaller deliberately leaves
    to the system (glibc, GL/EGL, libxcb, libwayland-*): never from the venv's Python."""
    if shutil.which("ldd") is None:
        pytest.skip("ldd not installed")
    from PyInstaller.depend.dylib import include_library

    internal = bundle / "_internal"
    python_homes = {str(Path(p).resolve()) for p in (sys.prefix, sys.base_prefix, sys.exec_prefix)}
    problems = set()
    env = {"PATH": "/usr/bin:/bin", "LD_LIBRARY_PATH": str(internal)}
    for library in sorted(internal.rglob("*.so*")):
        if not library.is_file() or library.is_symlink():
            continue
        listing = subprocess.run(["ldd", str(library)], capture_output=True, text=True, env=env,
                                 timeout=60, check=False).stdout
        for line in listing.splitlines():
            needed = line.split("=>")[0].strip()
            missing = "not found" in line and include_library(needed)
            if missing or any(home in line for home in python_homes):
                problems.add(f"{library.relative_to(internal)}: {line.strip()}")
    assert not problems, "\n".join(sorted(problems)[:20])


@pytest.fixture
def display() -> Iterator[str | None]:
    """A private Xvfb display (``":N"``), or None when Xvfb or xdotool is not installed."""
    if shutil.which("Xvfb") is None or shutil.which("xdotool") is None:
        yield None
        return
    with xvfb_display() as name:
        yield name


def xdotool(display: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["xdotool", *args], env={"PATH": "/usr/bin:/bin", "DISPLAY": display},
                          capture_output=True, text=True, timeout=15, check=False)


def wait_for(condition: Callable[[], Any], app: subprocess.Popen[str], what: str) -> Any:
    """Poll condition() until it returns something truthy; fail when the app dies or time runs out."""
    deadline = time.monotonic() + WINDOW_TIMEOUT_S
    while time.monotonic() < deadline:
        assert app.poll() is None, f"the bundle exited early with code {app.returncode}"
        found = condition()
        if found:
            return found
        time.sleep(0.25)
    raise AssertionError(f"{what} within {WINDOW_TIMEOUT_S} s")


def saved_bodies(journal: Path) -> list[str]:
    try:
        connection = sqlite3.connect(f"{journal.as_uri()}?mode=ro", uri=True)
        try:
            return [row[0] for row in connection.execute("SELECT body FROM entries ORDER BY id")]
        finally:
            connection.close()
    except sqlite3.Error:  # not created yet, or locked for a moment
        return []


def test_the_window_from_the_bundle_opens_draws_insights_and_saves(
        bundle: Path, tmp_path: Path, display: str | None) -> None:
    """On Xvfb (xcb plugin): type an entry, open Insights (matplotlib's QtAgg canvas), SIGTERM;
    without Xvfb, the same start and clean quit on Qt's offscreen platform."""
    data_dir = tmp_path / "data"
    journal = data_dir / "journal.sqlite"
    extra = {"QT_QPA_PLATFORM": "xcb", "DISPLAY": display} if display else {}
    err = (tmp_path / "app.err").open("w")
    app = subprocess.Popen([str(bundle / "empathy-journal"), "--data-dir", str(data_dir)],
                           env=bare_env(tmp_path / "home", **extra), text=True,
                           stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err)
    try:
        if display:
            window = wait_for(lambda: xdotool(display, "search", "--onlyvisible", "--name",
                                              "^Empathy Journal$").stdout.split(), app,
                              "no 'Empathy Journal' window")[0]
            assert xdotool(display, "windowfocus", "--sync", window).returncode == 0
            assert xdotool(display, "type", "--delay", "15", "Written in the bundle").returncode == 0
            wait_for(lambda: saved_bodies(journal) == ["Written in the bundle"], app, "no autosave")
            assert xdotool(display, "key", "ctrl+2").returncode == 0  # Insights: the charts draw
            time.sleep(3)
            assert app.poll() is None, "the bundle died on opening Insights"
        else:
            wait_for(journal.exists, app, "no journal created")
            time.sleep(2)
        app.send_signal(signal.SIGTERM)
        assert app.wait(timeout=30) == 0
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
        err.close()
    errors = (tmp_path / "app.err").read_text()
    assert "Traceback" not in errors and "Error" not in errors, errors[-3000:]
    if display:
        assert saved_bodies(journal) == ["Written in the bundle"]


def test_the_appimage_appdir_runs_the_bundle(bundle: Path, tmp_path: Path) -> None:
    """packaging/appimage/build-appimage.sh --appdir-only around the real bundle: its AppRun
    starts the app (appimagetool, which needs the network, only packs this folder)."""
    dist = tmp_path / "dist"
    dist.mkdir()
    (dist / "empathy-journal").symlink_to(bundle, target_is_directory=True)
    result = subprocess.run(["bash", str(ROOT / "packaging" / "appimage" / "build-appimage.sh"),
                             "--appdir-only"], env={**os.environ, "DIST_DIR": str(dist)},
                            capture_output=True, text=True, timeout=RUN_TIMEOUT_S, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    app_run = dist / "EmpathyJournal.AppDir" / "AppRun"
    ran = subprocess.run([str(app_run), "--version"], env=bare_env(tmp_path / "home"),
                         capture_output=True, text=True, timeout=RUN_TIMEOUT_S, check=False)
    assert (ran.returncode, ran.stdout) == (0, f"empathy-journal {empathy_journal.__version__}\n")
