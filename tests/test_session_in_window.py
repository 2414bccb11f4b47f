"""The window follows its session: locked means nothing to see or reach, and every kind of
write reaches every open view."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from journal_window import TODAY, open_window
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from empathy_journal.domain.entry import new_entry
from empathy_journal.interchange.importer import read_source
from empathy_journal.storage.backup import MANUAL_LABEL, make_backup
from empathy_journal.storage.journal import Journal

SECRET = "lantern tide pool"
WORD = "heronsong"  # a word only the journal's text holds


def _texts_on_screen() -> str:
    """Every text a visible widget shows (labels, fields, lists, item views)."""
    shown: list[str] = []
    for widget in QApplication.allWidgets():
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QLineEdit):
            shown.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            shown.append(widget.toPlainText())
        elif isinstance(widget, QListWidget):
            shown += [widget.item(row).text() for row in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            shown += [str(model.index(row, 0).data() or "") for row in range(model.rowCount())]
    return "\n".join(shown)


def _encrypted_journal(journal_path: Path) -> Journal:
    journal = Journal.open(journal_path, passphrase=SECRET)
    for day, title in ((TODAY, f"The {WORD} at the pier"),
                       (date(2026, 11, 20), f"Another {WORD} morning")):
        entry = replace(new_entry(day), title=title, body=f"{WORD} and the tide", mood=6)
        journal.repository.save_entry(entry)
    return journal


def test_locked_with_a_search_open_shows_and_reaches_nothing(qtbot, journal_path: Path) -> None:
    journal = _encrypted_journal(journal_path)
    window = open_window(qtbot, journal)
    window.search.show_search()
    window.search.panel.query.setText(WORD)
    window.search.panel.run_search()
    assert window.search.panel.results.count() == 2
    assert WORD in _texts_on_screen()

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.session.locked
    assert window.views.currentWidget() is window.safety.lock_screen
    assert not window.search.dock.isVisible()
    assert WORD not in _texts_on_screen()
    enabled = [a.text().replace("&", "") for a in window.actions() if a.isEnabled()]
    assert enabled == ["Quit"]

    # Every action, every view shortcut and a result row: nothing shows, nothing raises.
    for action in window.findChildren(QAction):
        if action is not window.actions_.quit:
            action.trigger()
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_F, Qt.Key.Key_L):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
    window.search.open_result(window.current_entry.uuid)
    window.page.entry_list.activated.emit(window.page.entry_model.index(0))
    assert window.views.currentWidget() is window.safety.lock_screen
    assert not [d for d in window.findChildren(QDialog) if d.isVisible()]
    assert WORD not in _texts_on_screen()
    assert window.session.locked

    assert window.safety.unlock("not the passphrase") is False
    assert window.session.locked and WORD not in _texts_on_screen()
    assert window.safety.unlock(SECRET) is True
    assert window.views.currentWidget() is window.page
    assert window.search.dock.isVisible()
    assert window.actions_.delete.isEnabled() and window.safety.lock_action.isEnabled()
    assert window.page.editor.title() == f"The {WORD} at the pier"
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.session.locked  # Ctrl+L still works after unlocking
    assert window.safety.unlock(SECRET)
    journal.close()


def test_a_dialog_open_when_the_journal_locks_is_closed(qtbot, journal_path: Path) -> None:
    journal = _encrypted_journal(journal_path)
    window = open_window(qtbot, journal)
    seen: list[bool] = []

    def lock_while_open() -> None:
        dialogs = [d for d in window.findChildren(QDialog) if d.isVisible()]
        seen.append(bool(dialogs))
        window.lock()

    qtbot.wait(1)
    from PySide6.QtCore import QTimer

    QTimer.singleShot(50, lock_while_open)
    window.actions_.trash.trigger()  # modal: returns once the lock closed it
    assert seen == [True]
    assert window.session.locked
    assert not [d for d in window.findChildren(QDialog) if d.isVisible()]
    assert window.safety.unlock(SECRET)
    journal.close()


def _summary_entries(window: QWidget) -> int:
    insights = window.views.currentWidget()
    return insights.review.summary.entries


def _views_show(qtbot, window, *, results: int, rows: int) -> None:
    """The search results (refreshed by the change itself), the month list, the calendar and
    Insights."""
    qtbot.waitUntil(lambda: window.search.panel.results.count() == results, timeout=3000)
    assert window.page.entry_model.rowCount() == rows
    assert sum(d.entries for d in window.page.calendar.shown_days().values()) == rows
    window.show_insights()
    assert _summary_entries(window) == rows  # never the stale count of before
    window.show_journal()


def test_insights_people_search_and_the_month_follow_every_kind_of_write(
        qtbot, journal_path: Path, tmp_path: Path) -> None:
    journal = Journal.open(journal_path)
    window = open_window(qtbot, journal)
    window.page.editor.body_edit.setPlainText(f"A {WORD} evening")
    window.page.panel.mood.set_value(7)
    assert window.save_current()
    window.show_insights()
    assert _summary_entries(window) == 1
    window.search.show_search()
    window.search.panel.query.setText(WORD)
    window.search.panel.run_search()
    assert window.search.panel.results.count() == 1
    window.show_journal()

    window.actions_.delete.trigger()  # trash
    _views_show(qtbot, window, results=0, rows=0)

    window.actions_.undo_delete.trigger()  # restore from the trash
    _views_show(qtbot, window, results=1, rows=1)

    backup = make_backup(journal.db, journal_path, label=MANUAL_LABEL)
    source = tmp_path / "more.txt"
    source.write_text(f"[2026-11-03 09:00] Walk\nA {WORD} walk.\n", encoding="utf-8")
    window.session.import_batch(read_source(source, "jrnl-text"))  # import
    _views_show(qtbot, window, results=2, rows=2)

    message = window.safety.restore(backup)  # restore from a backup
    assert message.startswith("Restored the backup")
    _views_show(qtbot, window, results=1, rows=1)

    good = make_backup(journal.db, journal_path, label=MANUAL_LABEL)
    assert good.exists()
    window.page.editor.body_edit.setPlainText("")
    window.new_entry()
    window.page.editor.body_edit.setPlainText("a stormy night")
    assert window.save_current()
    assert window.page.entry_model.rowCount() == 2
    journal.db.execute("UPDATE entries SET body = 'tampered' WHERE uuid = ?",
                       [window.current_entry.uuid])  # its checksum no longer matches
    journal.db.conn.commit()
    message = window.session.safety.repair()  # repair from the newest good backup
    assert "restored" in message.lower() or "backup" in message.lower()
    _views_show(qtbot, window, results=1, rows=1)

    window.conversations.show_people()
    window.session.people.find_or_create("Sam")  # a person added elsewhere
    assert window.conversations.people_view.people_list.count() == 1
    window.show_journal()


def test_the_follow_ups_card_follows_a_trash_and_its_undo(qtbot, memory_journal: Journal) -> None:
    window = open_window(qtbot, memory_journal)
    window.conversations.start_debrief()
    window.page.editor.body_edit.setPlainText("We talked about the launch")
    form = window.conversations.form
    form._texts["follow_up"].setText("Ask how the launch went")
    assert window.save_current()
    rows = window.conversations.follow_ups.rows
    assert [r.item.text for r in rows] == ["Ask how the launch went"]
    window.actions_.delete.trigger()
    assert window.conversations.follow_ups.rows == []
    window.actions_.undo_delete.trigger()
    assert [r.item.text for r in window.conversations.follow_ups.rows] == [
        "Ask how the launch went"]
