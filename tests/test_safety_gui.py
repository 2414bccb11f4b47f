"""The window's safety features: lock and unlock, backups and restore, passphrases, repair,
one window per journal."""

from __future__ import annotations

import signal
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

from journal_window import TODAY, open_window

from empathy_journal.domain.entry import new_entry
from empathy_journal.storage.backup import list_backups, make_backup
from empathy_journal.storage.cipher import passphrase_of
from empathy_journal.storage.crypto import is_encrypted
from empathy_journal.storage.journal import Journal
from empathy_journal.ui.main_window import MainWindow
from empathy_journal.ui.safety.auto_lock import IdleWatcher
from empathy_journal.ui.safety.backup_dialog import BackupDialog
from empathy_journal.ui.safety.passphrase_dialog import PassphraseDialog
from empathy_journal.ui.safety.safety_feature import SafetyFeature
from empathy_journal.ui.safety.single_instance import SingleInstance
from empathy_journal.ui.safety.unlock_dialog import UnlockDialog

SECRET = "tide pool lantern"


def _window(qtbot, journal: Journal) -> tuple[MainWindow, SafetyFeature]:
    window = open_window(qtbot, journal, today=TODAY, zone_name="UTC", show=False)
    safety = window.safety
    window.show()
    return window, safety


def _save_today(journal: Journal, body: str) -> str:
    return journal.repository.save_entry(replace(new_entry(TODAY), body=body)).uuid


def test_lock_hides_content_and_drops_the_key(qtbot, journal_path: Path) -> None:
    journal = Journal.open(journal_path, passphrase=SECRET)
    _save_today(journal, "a private evening")
    window, safety = _window(qtbot, journal)
    assert window.page.editor.body() == "a private evening"
    safety.lock()
    assert journal.locked and passphrase_of(journal.db.conn) is None
    assert window.views.currentWidget() is safety.lock_screen
    assert not window.page.isVisible()
    assert not window.actions_.new_entry.isEnabled()

    assert safety.unlock("wrong words") is False
    assert "does not open this journal" in safety.lock_screen.error_label.text()
    assert journal.locked
    assert safety.unlock(SECRET) is True
    assert window.views.currentWidget() is window.page
    assert window.page.editor.body() == "a private evening"
    assert window.actions_.new_entry.isEnabled()
    journal.close()


def test_idle_watcher_fires_after_the_quiet_spell(qtbot) -> None:
    watcher = IdleWatcher(50)
    with qtbot.waitSignal(watcher.idle, timeout=2000):
        pass
    watcher.set_interval(0)
    assert not watcher.timer.isActive()


def test_idle_watcher_watches_the_input_only_while_auto_lock_is_on(qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    class Counting(IdleWatcher):
        seen = 0

        def eventFilter(self, watched, event):  # noqa: N802
            Counting.seen += 1
            return super().eventFilter(watched, event)

    watcher = Counting(0)  # never: no filter on every event of the application
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    qtbot.keyClick(field, Qt.Key.Key_A)
    assert Counting.seen == 0
    watcher.set_interval(60_000)
    qtbot.keyClick(field, Qt.Key.Key_B)
    assert Counting.seen > 0 and watcher.timer.isActive()
    watcher.set_interval(0)
    seen = Counting.seen
    qtbot.keyClick(field, Qt.Key.Key_C)
    assert Counting.seen == seen and not watcher.timer.isActive()


def test_backup_now_and_restore_from_the_dialog(qtbot, journal_path: Path) -> None:
    journal = Journal.open(journal_path)
    _save_today(journal, "first")
    window, safety = _window(qtbot, journal)
    message = safety.back_up_now()
    [backup] = list_backups(journal_path)
    assert message == f"Backed up 1 entry to {backup.path}."
    _save_today(journal, "second")
    dialog = BackupDialog(lambda: list_backups(journal_path), safety.back_up_now,
                          safety.restore, window, confirm=False)
    qtbot.addWidget(dialog)
    assert [dialog.table.item(0, c).text() for c in (1, 2)] == ["Made by you", "1"]
    dialog.table.selectRow(0)
    dialog.restore_selected()
    assert dialog.status.text().startswith(f"Restored the backup {backup.path.name}.")
    assert journal.repository.entry_count() == 1
    [aside] = (journal_path.parent / "set-aside").iterdir()
    assert Journal.open(aside / "journal.sqlite").repository.entry_count() == 2
    journal.close()


def test_encrypt_change_and_remove_from_the_window(qtbot, journal_path: Path) -> None:
    journal = Journal.open(journal_path)
    uuid = _save_today(journal, "kept through every change")
    window, safety = _window(qtbot, journal)
    dialog = PassphraseDialog(encrypted=False, run=safety.change_encryption,
                              auto_lock_minutes=0, can_remember=False, parent=window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.new, "one two")
    qtbot.keyClicks(dialog.confirm, "one two")
    dialog.apply_new_passphrase()
    assert dialog.message.text() == "The journal and its backups are now encrypted."
    assert is_encrypted(journal_path) and safety.encrypted

    assert safety.change_encryption("change", "not it", "three") is not None
    assert safety.change_encryption("change", "one two", "three") is None
    assert passphrase_of(journal.db.conn) == "three"
    stored = journal.repository.get_entry(uuid)
    assert stored is not None and stored.body == "kept through every change"
    assert safety.change_encryption("remove", "three", None) is None
    assert not is_encrypted(journal_path) and not safety.encrypted
    journal.close()


def test_mismatched_new_passphrases_change_nothing(qtbot, journal_path: Path) -> None:
    journal = Journal.open(journal_path)
    window, safety = _window(qtbot, journal)
    dialog = PassphraseDialog(encrypted=False, run=safety.change_encryption,
                              auto_lock_minutes=0, can_remember=False, parent=window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.new, "abc")
    qtbot.keyClicks(dialog.confirm, "abd")
    dialog.apply_new_passphrase()
    assert dialog.message.text() == "The two new passphrases differ. Nothing was changed."
    assert not is_encrypted(journal_path)
    journal.close()


def test_unlock_dialog_retries_until_the_passphrase_opens(qtbot) -> None:
    tried: list[str] = []

    def attempt(passphrase: str) -> str | None:
        tried.append(passphrase)
        return None if passphrase == SECRET else "That passphrase does not open this journal."

    dialog = UnlockDialog("journal.sqlite", attempt, can_remember=False)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.passphrase_edit, "nope")
    dialog.try_unlock()
    assert dialog.error_label.text() == "That passphrase does not open this journal."
    assert dialog.passphrase_edit.text() == ""
    qtbot.keyClicks(dialog.passphrase_edit, SECRET)
    dialog.try_unlock()
    assert dialog.result() == UnlockDialog.DialogCode.Accepted
    assert tried == ["nope", SECRET]


def test_damaged_entry_found_after_show_is_repaired_from_the_banner(
        qtbot, journal_path: Path) -> None:
    journal = Journal.open(journal_path)
    _save_today(journal, "safe in the backup")
    make_backup(journal.db, journal_path)
    journal.repository.save_entry(replace(new_entry(date(2026, 11, 20)), body="zebra crossing"))
    journal.close()
    data = bytearray(journal_path.read_bytes())
    data[data.index(b"zebra crossing")] ^= 0x04
    journal_path.write_bytes(bytes(data))

    journal = Journal.open(journal_path)
    window, safety = _window(qtbot, journal)
    with qtbot.waitSignal(safety.hash_pass_done, timeout=3000) as finished:
        safety.start_hash_pass()
    assert finished.args == [["2026-11-20"]]
    assert safety.check_entry_hashes() == ["2026-11-20"]
    assert window.page.banner.button.text() == "Repair from backup"
    message = safety.repair_now()
    assert "2026-11-20" in message and "set-aside" in message
    assert journal.repository.entry_count() == 1
    assert safety.check_entry_hashes() == []
    journal.close()



def test_the_daily_backup_runs_on_a_worker_after_show_then_the_checksum_pass(
        qtbot, journal_path: Path) -> None:
    journal = Journal.open(journal_path)
    _save_today(journal, "kept twice")
    window, safety = _window(qtbot, journal)
    with qtbot.waitSignal(safety.daily_backup_done, timeout=10000) as backed_up, \
            qtbot.waitSignal(safety.hash_pass_done, timeout=10000) as checked:
        safety.after_show()
        assert list_backups(journal_path) == []  # nothing happens before the window is idle
    assert backed_up.args == [None]
    assert checked.args == [[]]
    backups = list_backups(journal_path)
    assert len(backups) == 1 and backups[0].automatic and backups[0].entry_count == 1
    window.page.editor.body_edit.setPlainText("typed while it ran")  # the window's own
    assert window.save_current()  # connection was never blocked nor shared with the worker
    safety.start_daily_backup()  # already done today: nothing more, the pass runs again
    safety.wait_for_background_work()
    assert len(list_backups(journal_path)) == 1
    journal.close()

LOCK_HOLDER = """
import sys
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
lock.setStaleLockTime(0)
assert lock.tryLock(1000)
print("locked", flush=True)
sys.stdin.read()
"""


def test_one_window_per_journal_and_stale_locks_are_taken_over(
        qtbot, journal_path: Path) -> None:
    journal_path.parent.mkdir(parents=True)
    first = SingleInstance(journal_path)
    assert first.acquire()
    second = SingleInstance(journal_path)
    assert not second.acquire()
    with qtbot.waitSignal(first.raise_requested, timeout=3000):
        assert second.ask_running_to_raise()
    first.release()

    holder = subprocess.Popen([sys.executable, "-c", LOCK_HOLDER, str(first.lock_path)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert holder.stdout is not None and holder.stdout.readline() == b"locked\n"
    assert not SingleInstance(journal_path).acquire()
    holder.send_signal(signal.SIGKILL)
    holder.communicate()
    third = SingleInstance(journal_path)
    assert third.acquire()
    third.release()


def test_read_only_journal_disables_passphrase_changes(qtbot, journal_path: Path) -> None:
    Journal.open(journal_path).close()
    journal = Journal.open(journal_path, read_only=True)
    _, safety = _window(qtbot, journal)
    assert not safety.passphrase_action.isEnabled()
    assert safety.backup_action.isEnabled()
    journal.close()


def test_idle_time_locks_the_window_and_forgets_the_key(qtbot, journal_path: Path) -> None:
    journal = Journal.open(journal_path, passphrase=SECRET)
    _save_today(journal, "quiet")
    window, safety = _window(qtbot, journal)
    assert safety.locker.minutes() == 10  # the default for an encrypted journal
    safety.locker.set_minutes(3)
    assert journal.repository.get_setting("security.auto_lock_minutes") == "3"
    with qtbot.waitSignal(window.signals.lock_changed, timeout=3000) as changed:
        safety.locker.idle.set_interval(40)  # a test-sized quiet spell
    assert changed.args == [True]
    assert journal.locked and window.session.passphrase is None
    assert window.views.currentWidget() is safety.lock_screen
    assert safety.unlock(SECRET)
    assert window.session.passphrase == SECRET
    journal.close()


def test_backup_dialog_sets_how_many_automatic_backups_are_kept(qtbot,
                                                                journal_path: Path) -> None:
    from empathy_journal.storage.backup import RetentionPolicy
    from empathy_journal.storage.backup_schedule import retention_policy, set_retention_policy

    journal = Journal.open(journal_path)
    stored: list[tuple[int, int]] = []

    def store(daily: int, weekly: int) -> None:
        set_retention_policy(journal, RetentionPolicy(daily=daily, weekly=weekly))
        stored.append((daily, weekly))

    dialog = BackupDialog(lambda: list_backups(journal_path), lambda: "ok", lambda _p: "ok",
                          keep_counts=(lambda: (7, 4), store))
    qtbot.addWidget(dialog)
    assert (dialog.keep_daily.value(), dialog.keep_weekly.value()) == (7, 4)
    dialog.keep_daily.setValue(14)
    dialog.keep_weekly.setValue(8)
    assert stored[-1] == (14, 8)
    assert retention_policy(journal) == RetentionPolicy(daily=14, weekly=8)
    journal.close()
