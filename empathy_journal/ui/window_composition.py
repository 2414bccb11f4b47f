"""Builds the journal window from its features: the one place that decides what goes where.

The app and the tests both call :func:`build_window`, so a test window is the real window.
Each feature makes its widgets and actions from the session (and a clock); only this module
puts them into the page, the menus and the toolbar.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSizePolicy, QToolBar, QWidget

from empathy_journal.session.journal_session import JournalSession
from empathy_journal.ui import dates
from empathy_journal.ui.attachments.attachments_feature import AttachmentsFeature
from empathy_journal.ui.check_ins.check_ins_feature import CheckInsFeature
from empathy_journal.ui.conversations.conversations_feature import ConversationsFeature
from empathy_journal.ui.interchange.interchange_actions import InterchangeActions
from empathy_journal.ui.main_window import MainWindow
from empathy_journal.ui.menu_keys import give_access_keys
from empathy_journal.ui.preferences.preferences_feature import PreferencesFeature
from empathy_journal.ui.reminders.reminder_state import ReminderState
from empathy_journal.ui.reminders.reminders_feature import RemindersFeature
from empathy_journal.ui.safety.safety_feature import SafetyFeature
from empathy_journal.ui.safety.single_instance import SingleInstance
from empathy_journal.ui.search.search_feature import SearchFeature
from empathy_journal.ui.settings import WindowSettings
from empathy_journal.ui.stress.stress_feature import StressFeature
from empathy_journal.ui.sync.sync_feature import SyncFeature

if TYPE_CHECKING:
    from empathy_journal.session.safety import HealthReport, RepairReport

Item = QAction | QMenu | None  # None: a separator


class ComposedWindow(MainWindow):
    """The main window with its features, reachable by name (for the app and the tests)."""

    conversations: ConversationsFeature
    search: SearchFeature
    interchange: InterchangeActions
    safety: SafetyFeature
    check_ins: CheckInsFeature
    stress: StressFeature
    attachments: AttachmentsFeature
    sync: SyncFeature
    settings: WindowSettings
    reminders: RemindersFeature
    preferences: PreferencesFeature

    def show_dates_again(self) -> None:
        """The window's own dates, then the features' lists that write dates."""
        super().show_dates_again()
        if self.session.locked:
            return  # they are empty while locked and read again on unlocking
        self.conversations.follow_ups.refresh()
        if self.conversations.people_view is not None:
            self.conversations.people_view.refresh()


def build_window(session: JournalSession, *, today: Callable[[], date] = date.today,
                 zone_name: str | None = None, repair: RepairReport | None = None,
                 damage: HealthReport | None = None,
                 instance: SingleInstance | None = None,
                 monotonic: Callable[[], float] = time.monotonic,
                 settings: WindowSettings | None = None,
                 reminder_state: ReminderState | None = None,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> ComposedWindow:
    """The complete journal window on session, showing today; repair and damage are what the
    start-up check did or found (each shown in the banner); monotonic times the calm guides;
    settings are this computer's and reminder_state what its reminders remember (by default
    beside the journal); now is the wall clock the reminders keep."""
    beside = Path(session.path).parent if session.path else None
    settings = settings or WindowSettings(beside)
    dates.use_preferences(settings.computer_preferences())  # before any date is shown
    window = ComposedWindow(session, today=today, zone_name=zone_name)
    window.settings = settings
    window.preferences = PreferencesFeature(window, settings)
    window.conversations = conversations = ConversationsFeature(window)
    window.search = search = SearchFeature(window)
    window.interchange = InterchangeActions(window, search.query_text)
    window.safety = SafetyFeature(window, repair=repair, damage=damage,
                                  instance=instance)
    window.check_ins = CheckInsFeature(window)
    window.stress = stress = StressFeature(window, zone_name=window.zone_name, now=monotonic)
    window.reminders = RemindersFeature(window, window.settings,
                                        reminder_state or ReminderState(beside), now=now)
    window.attachments = attachments = AttachmentsFeature(window)
    window.sync = sync = SyncFeature(window)
    window.preferences.add_page(QCoreApplication.translate("ComposedWindow", "Sync"),
                                lambda: _sync_page(sync))
    page = window.page
    page.add_notice(window.reminders.line)
    page.editor.add_below_text(attachments.strip)
    window.add_draft_part(attachments)
    page.add_notice(window.check_ins.due_line)
    page.add_notice(window.sync.banner)
    bar = window.statusBar()  # the sync status before the file's name
    bar.removeWidget(window.file_label)
    bar.addPermanentWidget(window.sync.status_label)
    bar.addPermanentWidget(window.file_label)
    window.file_label.show()
    page.add_side_pane(conversations.form_pane)
    page.add_sidebar_card(conversations.follow_ups)
    page.panel.add_section(conversations.practices)
    window.add_draft_part(conversations)
    window.actions_.views.addAction(conversations.people_action)
    window.actions_.views.addAction(stress.stressed)
    _menus(window)
    _toolbar(window)
    conversations.link_tab_order()
    QWidget.setTabOrder(page.editor.body_edit, attachments.strip.attach_button)
    window.start()
    return window


def _sync_page(sync: SyncFeature) -> QWidget:
    """The Preferences window's Sync page, its module loaded when the page is first shown."""
    from empathy_journal.ui.sync.sync_preferences_page import SyncPreferencesPage

    return SyncPreferencesPage(sync)


def _fill(menu: QMenu, items: list[Item]) -> None:
    for item in items:
        if item is None:
            menu.addSeparator()
        elif isinstance(item, QMenu):
            menu.addMenu(item)
        else:
            menu.addAction(item)


def _menus(window: ComposedWindow) -> None:
    actions, conv = window.actions_, window.conversations
    bar = window.menuBar()
    actions.file_menu = bar.addMenu(QCoreApplication.translate("ComposedWindow", "&File"))
    _fill(actions.file_menu, [
        actions.new_entry, *conv.file_actions(), conv.templates_menu, conv.save_template,
        actions.trash, None,
        window.interchange.import_, window.interchange.export, None,
        *window.sync.file_actions(), None,
        *window.safety.file_actions(), None,
        actions.quit])
    actions.edit_menu = bar.addMenu(QCoreApplication.translate("ComposedWindow", "&Edit"))
    _fill(actions.edit_menu, [actions.star, window.attachments.attach_action, actions.delete,
                              actions.undo_delete, None, window.search.find, None,
                              window.preferences.action])
    actions.view_menu = bar.addMenu(QCoreApplication.translate("ComposedWindow", "&View"))
    _fill(actions.view_menu, [actions.journal_view, actions.insights_view, conv.people_action,
                              window.search.toggle])
    _fill(bar.addMenu(QCoreApplication.translate("ComposedWindow", "&Calm")), window.stress.actions())
    go_menu = bar.addMenu(QCoreApplication.translate("ComposedWindow", "&Go"))
    _fill(go_menu, [actions.previous_day, actions.today, actions.next_day])
    check_ins = window.check_ins.actions()
    _fill(bar.addMenu(QCoreApplication.translate("ComposedWindow", "Check-&ins")),
          [*check_ins[:-1], None, check_ins[-1]])
    help_menu = bar.addMenu(QCoreApplication.translate("ComposedWindow", "&Help"))
    _fill(help_menu, [actions.help, actions.about])
    for top in bar.actions():  # every menu of the bar, whichever feature filled it
        if top.menu() is not None:
            give_access_keys(top.menu())


def _toolbar(window: ComposedWindow) -> None:
    actions = window.actions_
    toolbar = QToolBar(QCoreApplication.translate("ComposedWindow", "Main"), window)
    toolbar.setObjectName("MainToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    toolbar.addActions([actions.new_entry, window.conversations.new_debrief])
    toolbar.addAction(window.stress.stressed)  # the check-in is in Calm (room at 1024 px)
    toolbar.addSeparator()
    toolbar.addActions([actions.previous_day, actions.today, actions.next_day])
    spacer = QWidget()
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    toolbar.addWidget(spacer)
    toolbar.addActions([actions.journal_view, actions.insights_view,
                        window.conversations.people_action])
    toolbar.addSeparator()
    toolbar.addActions([actions.star, actions.delete])
    # Shorter words on the buttons (a QAction's icon text) so every one shows at 1024 px; the
    # menus, tooltips and shortcuts keep the full names.
    for action, short in (
            (actions.new_entry, QCoreApplication.translate("ComposedWindow", "New entry")),
            (window.conversations.new_debrief, QCoreApplication.translate("ComposedWindow", "Debrief")),
            (actions.previous_day, QCoreApplication.translate("ComposedWindow", "◀ Day")),
            (actions.next_day, QCoreApplication.translate("ComposedWindow", "Day ▶")),
            (actions.delete, QCoreApplication.translate("ComposedWindow", "Delete"))):
        action.setIconText(short)
    window.addToolBar(toolbar)
    actions.toolbar = toolbar
