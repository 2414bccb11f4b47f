"""The follow-ups card folds to a header with its counts, so the month's entries keep room."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from journal_window import open_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from empathy_journal.domain.conversation import Debrief
from empathy_journal.domain.entry import EntryKind, new_entry
from empathy_journal.interchange.demo_journal import write_demo_journal
from empathy_journal.session.journal_session import JournalSession
from empathy_journal.storage.journal import Journal
from empathy_journal.ui.conversations.follow_ups_panel import FollowUpsPanel
from empathy_journal.ui.settings import WindowSettings

# Not the shared window TODAY: the follow-ups below fall due around 10 March 2026 (one overdue,
# one later), so this file keeps its own day.
TODAY = date(2026, 3, 10)
NOW = datetime(2026, 3, 10, 20, 0, tzinfo=UTC)
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")


def add_follow_up(stores: JournalSession, text: str, due: date) -> None:
    entry = new_entry(TODAY, now=NOW, kind=EntryKind.CONVERSATION)
    stores.debriefs.repository.save_debrief(entry, Debrief(follow_up=text, follow_up_due=due), now=NOW)


def test_space_on_the_header_folds_and_unfolds_the_list(qtbot: QtBot,
                                                        memory_journal: Journal) -> None:
    stores = JournalSession(memory_journal)
    add_follow_up(stores, "thank Sam", date(2026, 3, 8))
    add_follow_up(stores, "later", date(2026, 3, 30))
    panel = FollowUpsPanel(stores.debriefs, today=lambda: TODAY)
    qtbot.addWidget(panel)
    panel.show()
    assert not panel.collapsed and panel.rows[0].isVisible()
    assert panel.toggle.text() == "FOLLOW-UPS (2, 1 overdue)"
    assert panel.toggle.accessibleName() == "Follow-ups, 2 open, 1 overdue: hide the list"
    with qtbot.waitSignal(panel.collapsed_changed) as folded:
        qtbot.keyClick(panel.toggle, Qt.Key.Key_Space)
    assert folded.args == [True]
    assert panel.collapsed and not panel.body.isVisible() and not panel.rows[0].isVisible()
    assert panel.toggle.arrowType() == Qt.ArrowType.RightArrow
    assert panel.toggle.accessibleName() == "Follow-ups, 2 open, 1 overdue: show the list"
    qtbot.keyClick(panel.toggle, Qt.Key.Key_Space)
    assert not panel.collapsed and panel.rows[0].isVisible()
    panel.rows[0].done_box.click()
    assert panel.toggle.text() == "FOLLOW-UPS (1)"


def test_without_follow_ups_the_header_is_just_the_title(qtbot: QtBot,
                                                         memory_journal: Journal) -> None:
    panel = FollowUpsPanel(JournalSession(memory_journal).debriefs, today=lambda: TODAY)
    qtbot.addWidget(panel)
    assert panel.toggle.text() == "FOLLOW-UPS"
    assert panel.toggle.accessibleName() == "Follow-ups, 0 open: hide the list"


def test_at_1280_by_800_the_months_list_shows_at_least_six_entries(qtbot: QtBot,
                                                                   tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    write_demo_journal(path, months=2, today=date(2026, 11, 26))
    journal = Journal.open(path)
    window = open_window(qtbot, journal, today=date(2026, 11, 26), zone_name="UTC", show=False)
    window.resize(1280, 800)
    window.show()
    QApplication.processEvents()
    follow_ups = window.conversations.follow_ups
    assert len(follow_ups.rows) >= 2 and follow_ups.collapsed
    entries = window.page.entry_list
    assert entries.model().rowCount() >= 6
    assert entries.viewport().height() >= 6 * entries.sizeHintForRow(0)
    window.autosave.discard()
    window.close()
    journal.close()


def test_the_folded_state_is_remembered_in_the_window_settings(tmp_path: Path) -> None:
    settings = WindowSettings(tmp_path)
    assert settings.follow_ups_collapsed() is True  # folded until the person opens it
    settings.set_follow_ups_collapsed(False)
    settings.sync()
    assert WindowSettings(tmp_path).follow_ups_collapsed() is False


def test_the_header_is_red_while_a_follow_up_is_overdue(qtbot: QtBot,
                                                        memory_journal: Journal) -> None:
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    from empathy_journal.ui.theme import LIGHT, apply_theme

    apply_theme(QApplication.instance(), LIGHT)  # the colours come from the app's style sheet
    stores = JournalSession(memory_journal)
    add_follow_up(stores, "thank Sam", date(2026, 3, 8))
    panel = FollowUpsPanel(stores.debriefs, today=lambda: TODAY)
    qtbot.addWidget(panel)
    panel.show()
    text = QPalette.ColorRole.ButtonText
    assert panel.toggle.palette().color(text) == QColor(LIGHT.danger)
    panel.rows[0].done_box.click()
    assert panel.toggle.palette().color(text) == QColor(LIGHT.muted)
