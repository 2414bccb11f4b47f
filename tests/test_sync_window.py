"""Sync in the window: the status line, what arrives, the conflict banner and its compare,
progress with Cancel, the folder page; real journal files, a real folder, real widgets."""

from __future__ import annotations

import json
import shutil
import threading
from datetime import date, datetime
from pathlib import Path

import pytest
from journal_window import TODAY, open_window
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from sync_devices import Device

from empathy_journal.domain.entry import new_entry
from empathy_journal.session.sync_state import conflict_copies
from empathy_journal.session.syncing import run_sync_job
from empathy_journal.storage.journal import Journal
from empathy_journal.ui.sync import sync_runner
from empathy_journal.ui.sync.sync_feature import CANCELLED_TEXT
from empathy_journal.ui.sync.sync_preferences_page import SyncPreferencesPage
from empathy_journal.ui.sync.sync_status import NOT_SYNCING

AT = datetime(2026, 11, 26, 21, 4)


def window_on(qtbot: QtBot, path: Path, passphrase: str | None = None):
    window = open_window(qtbot, Journal.open(path, passphrase=passphrase))
    window.sync.clock = lambda: AT
    return window


def sync_in(qtbot: QtBot, window, *, by_person: bool = True) -> None:
    with qtbot.waitSignal(window.sync.sync_ended, timeout=20000):
        assert window.sync.start_sync(by_person=by_person)


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    folder = tmp_path / "Sync"
    folder.mkdir()
    return folder


def test_a_sync_brings_the_other_computers_entry_and_says_so(qtbot: QtBot, tmp_path: Path,
                                                             shared: Path):
    desktop = Device(shared, tmp_path / "desktop.sqlite")
    written = desktop.write("From the desktop.", day=TODAY)
    desktop.sync()
    window = window_on(qtbot, tmp_path / "laptop.sqlite")
    assert window.sync.status_label.text() == NOT_SYNCING
    assert not window.sync.status_label.isVisibleTo(window)  # no word about sync until used
    assert window.sync.use_folder(shared) is None  # starts the first sync
    qtbot.waitUntil(lambda: not window.sync.runner.running and
                    window.sync.status_text.startswith("Synced"), timeout=20000)
    assert window.sync.status_label.isVisibleTo(window)
    assert window.sync.status_label.text() == "Synced 21:04 · 2 computers"
    assert window.page.entry_model.row_of(written.uuid) is not None  # the month list has it
    assert window.session.entry(written.uuid).body == "From the desktop."
    # ...and what the laptop writes reaches the desktop.
    window.current_entry.body = ""
    window.page.editor.body_edit.setPlainText("From the laptop.")
    assert window.autosave.flush()
    sync_in(qtbot, window)
    desktop.sync()
    assert "From the laptop." in desktop.bodies()
    desktop.close()


def test_the_entry_in_the_editor_shows_what_arrived(qtbot: QtBot, tmp_path: Path,
                                                    shared: Path):
    desktop = Device(shared, tmp_path / "desktop.sqlite")
    entry = desktop.write("First words.", day=TODAY)
    desktop.sync()
    window = window_on(qtbot, tmp_path / "laptop.sqlite")
    window.sync.use_folder(shared)
    qtbot.waitUntil(lambda: window.sync.status_text.startswith("Synced"), timeout=20000)
    window.open_entry(entry.uuid)
    desktop.write("First words, and more.", uuid=entry.uuid)
    desktop.sync()
    sync_in(qtbot, window)
    assert window.page.editor.body() == "First words, and more."
    desktop.close()


def test_a_missing_folder_is_said_in_plain_words_and_nothing_is_created(
        qtbot: QtBot, tmp_path: Path, shared: Path):
    window = window_on(qtbot, tmp_path / "laptop.sqlite")
    window.sync.use_folder(shared)
    qtbot.waitUntil(lambda: window.sync.status_text.startswith("Synced"), timeout=20000)
    shutil.rmtree(shared)
    assert not window.sync.start_sync(by_person=True)
    assert window.sync.status_label.text() == (
        f"Sync folder not found: {shared}. Is the drive connected? Your journal is safe; sync "
        "tries again by itself.")
    assert not shared.exists()


def test_a_different_passphrase_on_another_computer_is_said_plainly(
        qtbot: QtBot, tmp_path: Path, shared: Path):
    desktop = Device(shared, tmp_path / "desktop.sqlite", passphrase="desk pass")
    desktop.write("Secret.", day=TODAY)
    desktop.sync()
    window = window_on(qtbot, tmp_path / "laptop.sqlite", passphrase="lap pass")
    window.sync.use_folder(shared)
    qtbot.waitUntil(lambda: window.sync.status_text.startswith("Not synced"), timeout=20000)
    assert window.sync.status_label.text() == (
        "Not synced: another computer's journal has a different passphrase. Give this journal "
        "the same passphrase (File ▸ Passphrase and lock…), or change it there; nothing was "
        "applied or sent.")
    assert window.session.entry_count() == 0
    desktop.close()


def make_conflict(tmp_path: Path, shared: Path) -> tuple[Device, str]:
    """The desktop and the laptop (a window's journal file) edit one entry's same line."""
    desktop = Device(shared, tmp_path / "desktop.sqlite")
    laptop = Device(shared, tmp_path / "laptop.sqlite")
    entry = desktop.write("We talked.", title="Sam's talk", day=TODAY)
    desktop.sync()
    laptop.sync()
    desktop.write("We talked. I listened.", title="Sam's talk", uuid=entry.uuid)
    laptop.write("We talked. I interrupted.", title="Sam's talk", uuid=entry.uuid)
    laptop.sync()
    desktop.sync()
    laptop.close()
    return desktop, entry.uuid


def test_the_conflict_banner_compares_and_keeping_the_copy_goes_through_the_session(
        qtbot: QtBot, tmp_path: Path, shared: Path):
    desktop, uuid = make_conflict(tmp_path, shared)
    window = window_on(qtbot, tmp_path / "laptop.sqlite")
    announced = []
    window.session.subscribe(announced.append)
    sync_in(qtbot, window)  # the desktop's side arrives: a conflict copy here
    feature = window.sync
    assert feature.banner.isVisible()
    assert feature.banner.text.text() == (
        "Sam's talk was edited on two computers — both versions are kept. Compare them and "
        "choose when you like.")
    [conflict] = conflict_copies(window.session)
    dialog = feature.compare()
    assert dialog is not None and dialog.isVisible()
    original_text = dialog.original_view.toPlainText()
    copy_text = dialog.copy_view.toPlainText()
    assert {original_text.count("I listened."), copy_text.count("I listened.")} == {0, 1}
    kept_body = window.session.entry(conflict.copy).body
    announced.clear()
    dialog.keep_copy.click()
    assert not dialog.isVisible()
    assert window.session.entry(uuid).body == kept_body
    assert window.session.entry(uuid).title == "Sam's talk"
    assert window.session.entry(conflict.copy).deleted_utc is not None  # in the trash
    assert not feature.banner.isVisible()
    assert len(announced) == 1 and set(announced[0].entries) == {uuid, conflict.copy}
    sync_in(qtbot, window)
    desktop.sync()
    assert desktop.body(uuid) == kept_body
    desktop.close()


def test_keep_both_makes_the_copy_an_entry_of_its_own(qtbot: QtBot, tmp_path: Path,
                                                       shared: Path):
    desktop, _ = make_conflict(tmp_path, shared)
    window = window_on(qtbot, tmp_path / "laptop.sqlite")
    sync_in(qtbot, window)
    [conflict] = conflict_copies(window.session)
    dialog = window.sync.compare()
    dialog.keep_both.click()
    copy = window.session.entry(conflict.copy)
    assert copy.deleted_utc is None and copy.title == "Sam's talk" and copy.source_app is None
    assert conflict_copies(window.session) == []
    assert not window.sync.banner.isVisible()
    desktop.close()


def test_cancel_on_a_first_sync_leaves_the_journal_as_it_was(
        qtbot: QtBot, tmp_path: Path, shared: Path, monkeypatch: pytest.MonkeyPatch):
    path = tmp_path / "laptop.sqlite"
    journal = Journal.open(path)
    with journal.db.atomic():
        for day in range(450):
            entry = new_entry(date.fromordinal(date(2020, 1, 1).toordinal() + day))
            entry.body = f"Day {day}."
            journal.repository.save_entry(entry)
    journal.close()
    gate = threading.Event()

    def gated(session, job, *, progress=None, cancelled=lambda: False):
        def slow(step: str, done: int, total: int) -> None:
            if progress is not None:
                progress(step, done, total)
            if done > 0:
                gate.wait(10)  # the real sync, held until the test has pressed Cancel
        return run_sync_job(session, job, progress=slow, cancelled=cancelled)

    monkeypatch.setattr(sync_runner, "run_sync_job", gated)
    window = window_on(qtbot, path)
    before = window.session.setting("sync.last")
    window.sync.use_folder(shared)
    qtbot.waitUntil(lambda: window.sync.progress_dialog is not None, timeout=20000)
    dialog = window.sync.progress_dialog
    assert dialog.windowTitle() == "Syncing"
    with qtbot.waitSignal(window.sync.sync_ended, timeout=20000):
        dialog.findChild(QPushButton).click()  # its Cancel button
        gate.set()
    assert window.sync.status_label.text() == CANCELLED_TEXT
    assert window.sync.progress_dialog is None
    assert window.session.setting("sync.last") == before is None
    db = window.session.journal.db
    assert db.execute("SELECT count(*) FROM sync_versions").fetchone()[0] == 0
    assert not any(p.suffix == ".ejc" for p in shared.rglob("*"))
    assert not window.sync.start_sync()  # cancelled: only Sync now starts again
    monkeypatch.setattr(sync_runner, "run_sync_job", run_sync_job)
    with qtbot.waitSignal(window.sync.sync_ended, timeout=30000):
        window.sync.sync_now()
    assert window.sync.status_text == "Synced 21:04 · 1 computer"
    assert db.execute("SELECT count(DISTINCT key) FROM sync_versions").fetchone()[0] >= 450


def test_the_folder_page_chooses_shows_computers_and_stops(
        qtbot: QtBot, tmp_path: Path, shared: Path, monkeypatch: pytest.MonkeyPatch):
    desktop = Device(shared, tmp_path / "desktop.sqlite")
    desktop.write("Hello.", day=TODAY)
    desktop.sync()
    window = window_on(qtbot, tmp_path / "laptop.sqlite")
    monkeypatch.setattr(SyncPreferencesPage, "ask_folder", classmethod(lambda cls, p, s: shared))
    dialog = window.sync.open_folder_dialog()
    page = dialog.page
    assert page.folder_label.text() == "This journal does not sync yet."
    page.choose_button.click()
    qtbot.waitUntil(lambda: page.status.text() == "Synced 21:04 · 2 computers", timeout=20000)
    assert page.folder_label.text() == str(shared)
    lines = page.computers.text().splitlines()
    assert len(lines) == 2 and lines[0].startswith("This computer (")
    assert lines[1].startswith("Another computer: last change sent ")
    page.stop_button.click()
    assert page.folder_label.text() == "This journal does not sync yet."
    assert window.sync.status_label.text() == NOT_SYNCING
    assert window.session.setting("sync.folder") is None
    desktop.close()


def test_a_folder_holding_the_journal_is_refused_on_the_page(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    window = window_on(qtbot, tmp_path / "laptop.sqlite")
    monkeypatch.setattr(SyncPreferencesPage, "ask_folder",
                        classmethod(lambda cls, p, s: tmp_path))
    page = window.sync.open_folder_dialog().page
    page.choose_button.click()
    assert page.problem.isVisible() and "The journal itself is inside" in page.problem.text()
    assert window.session.setting("sync.folder") is None


def test_the_page_warns_when_the_journal_lives_in_a_sync_tools_folder(
        qtbot: QtBot, tmp_path: Path):
    managed = tmp_path / "Dropbox"
    managed.mkdir()
    (managed / ".dropbox").write_text("{}")
    window = window_on(qtbot, managed / "journal.sqlite")
    page = window.sync.open_folder_dialog().page
    assert page.warning.isVisible() and str(managed) in page.warning.text()


def test_a_save_during_a_sync_makes_it_give_way_and_nothing_is_half_applied(
        tmp_path: Path, shared: Path):
    from empathy_journal.session.journal_session import JournalSession
    from empathy_journal.session.syncing import prepare_sync
    from empathy_journal.sync import SyncCancelled

    desktop = Device(shared, tmp_path / "desktop.sqlite")
    for n in range(120):
        desktop.write(f"Entry {n}.", day=TODAY)
    desktop.sync()
    laptop = Device(shared, tmp_path / "laptop.sqlite")
    session: JournalSession = laptop.session
    job = prepare_sync(session, shared)
    started, result = threading.Event(), {}

    def held(step: str, done: int, total: int) -> None:
        if step != "Starting":  # inside the transaction, under the session's write lock
            started.set()
            session.sync_give_way.wait(10)

    def work() -> None:
        try:
            result["outcome"] = run_sync_job(session, job, progress=held)
        except SyncCancelled as error:
            result["cancelled"] = error

    worker = threading.Thread(target=work)
    worker.start()
    assert started.wait(10)
    saved = laptop.write("Typed while syncing.", day=TODAY)  # waits only for the give-way
    worker.join(10)
    assert "cancelled" in result
    assert laptop.bodies() == ["Typed while syncing."]
    assert session.entry(saved.uuid) is not None
    outcome = run_sync_job(session, job)  # the next sync on a worker runs through
    assert outcome.report.received == 120 and len(laptop.bodies()) == 121
    desktop.close()
    laptop.close()


def test_the_status_after_a_restart_says_when_it_last_synced(qtbot: QtBot, tmp_path: Path,
                                                            shared: Path):
    path = tmp_path / "laptop.sqlite"
    laptop = Device(shared, path)
    laptop.sync()
    last = json.loads(laptop.session.setting("sync.last"))
    laptop.close()
    window = window_on(qtbot, path)
    at = datetime.fromtimestamp(last["at"])
    assert window.sync.status_label.text() == f"Synced {at:%H:%M} · 1 computer"


def test_the_window_waits_while_a_sync_command_holds_the_journal(qtbot: QtBot, tmp_path: Path,
                                                                 shared: Path):
    from test_sync_lock import hold

    path = tmp_path / "laptop.sqlite"
    window = window_on(qtbot, path)
    window.sync.use_folder(shared)
    qtbot.waitUntil(lambda: window.sync.status_text.startswith("Synced"), timeout=20000)
    holder = hold(path, 30, tmp_path / "home")
    try:
        with qtbot.waitSignal(window.sync.sync_ended, timeout=20000):
            window.sync.sync_now()
        assert window.sync.status_label.text() == (
            f"Waiting to sync: an 'empathy-journal sync' command (process {holder.pid}) is "
            "syncing this journal; the window syncs again by itself in a moment.")
        assert window.sync.folder_timer.isActive()
    finally:
        holder.kill()
        holder.wait()
    with qtbot.waitSignal(window.sync.sync_ended, timeout=20000):
        pass  # the retry
    assert window.sync.status_text == "Synced 21:04 · 1 computer"


def test_a_new_file_in_the_folder_starts_a_sync_and_the_exit_sends_the_last_words(
        qtbot: QtBot, tmp_path: Path, shared: Path):
    desktop = Device(shared, tmp_path / "desktop.sqlite")
    desktop.write("Hello.", day=TODAY)
    desktop.sync()
    window = window_on(qtbot, tmp_path / "laptop.sqlite")
    window.sync.use_folder(shared)
    qtbot.waitUntil(lambda: window.sync.status_text.startswith("Synced"), timeout=20000)
    later = desktop.write("Later, from the desktop.", day=TODAY)
    desktop.sync()  # a file appears in the desktop's folder: the watcher hears it
    qtbot.waitUntil(lambda: window.session.entry(later.uuid) is not None, timeout=20000)
    window.page.editor.body_edit.setPlainText("Last words before closing.")
    window.save_before_quit()
    window.sync.on_exit()
    desktop.sync()
    assert "Last words before closing." in desktop.bodies()
    desktop.close()
