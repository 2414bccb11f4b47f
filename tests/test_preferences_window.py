"""Edit ▸ Preferences…: the shortcut and menu item, its pages, each change applied at once and
honoured by its feature (theme live and following the desktop, text size, week start, date
format, auto-lock, backups kept, check-in schedule), journal pages disabled when they cannot
be changed, and a feature's own page."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path

import pytest
from journal_window import TODAY, open_window
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTime
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QLabel

from empathy_journal.domain.conversation import Debrief
from empathy_journal.domain.entry import EntryKind, new_entry
from empathy_journal.domain.preferences import ComputerPreferences
from empathy_journal.storage.journal import Journal
from empathy_journal.ui import dates
from empathy_journal.ui.preferences.appearance import PLATFORM_POINT_SIZE, platform_point_size
from empathy_journal.ui.preferences.computer_pages import (
    AppearancePage,
    DatesPage,
    RemindersPage,
)
from empathy_journal.ui.preferences.journal_pages import (
    IN_MEMORY,
    LOCKED,
    READ_ONLY,
    CheckInsPage,
    SafetyPage,
)
from empathy_journal.ui.safety.auto_lock import MS_PER_MINUTE
from empathy_journal.ui.settings import WindowSettings
from empathy_journal.ui.sync.sync_preferences_page import SyncPreferencesPage
from empathy_journal.ui.theme import current_theme


@pytest.fixture(autouse=True)
def _restore_the_application(qapp: QApplication) -> Iterator[None]:
    """Theme, font and date choices are the application's: put them back after each test."""
    font, sheet, palette = qapp.font(), qapp.styleSheet(), qapp.palette()
    platform = qapp.property(PLATFORM_POINT_SIZE)
    yield
    qapp.setProperty(PLATFORM_POINT_SIZE, platform)
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)
    dates.use_preferences(ComputerPreferences())


def _choose(box: QComboBox, value: object) -> None:
    box.setCurrentIndex(box.findData(value))


def _journal_with_entry(path: Path) -> Journal:
    journal = Journal.open(path)
    entry = new_entry(TODAY, tz="Europe/Berlin")
    entry.body = "a quiet day"
    journal.repository.save_entry(entry)
    return journal


def test_preferences_is_in_the_edit_menu_with_ctrl_comma(qtbot, file_journal: Journal) -> None:
    window = open_window(qtbot, file_journal)
    action = window.preferences.action
    assert action in window.actions_.edit_menu.actions()
    assert action.text().replace("&", "") == "Preferences…"
    assert QKeySequence("Ctrl+,") in action.shortcuts()
    assert action.menuRole() == action.MenuRole.PreferencesRole
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.preferences.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.page_titles() == ["Appearance", "Dates", "Reminders", "Check-ins", "Safety",
                                    "Sync"]
    assert isinstance(dialog.show_page("Sync"), SyncPreferencesPage)  # the sync feature's page
    assert window.preferences.open() is dialog  # one Preferences window at a time
    dialog.close()
    assert window.preferences.dialog is None


def test_the_theme_changes_live_and_follows_the_desktop(qtbot, file_journal: Journal) -> None:
    window = open_window(qtbot, file_journal)
    page = window.preferences.open().show_page("Appearance")
    assert isinstance(page, AppearancePage)
    _choose(page.theme, "dark")
    assert window.settings.computer_preferences().theme == "dark"
    assert current_theme().dark and window.theme.dark
    assert QApplication.instance().palette().color(QPalette.ColorRole.Window).name() == "#1d2124"
    _choose(page.theme, "light")
    assert not current_theme().dark and not window.theme.dark
    _choose(page.theme, "system")
    hints = QGuiApplication.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # the desktop turns dark
    assert current_theme().dark and window.theme.dark
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert not current_theme().dark
    _choose(page.theme, "dark")
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)  # a chosen theme stays
    assert current_theme().dark


def test_text_size_scales_the_application_font(qtbot, qapp, file_journal: Journal) -> None:
    window = open_window(qtbot, file_journal)
    base = platform_point_size(qapp)
    page = window.preferences.open().show_page("Appearance")
    hint = page.findChild(QLabel, "Hint")  # a smaller font of its own
    hint_size = hint.font().pointSizeF()
    assert hint_size < base
    _choose(page.text_size, 150)
    assert qapp.font().pointSizeF() == pytest.approx(round(base * 1.5, 1))
    assert hint.font().pointSizeF() == pytest.approx(hint_size * 1.5, abs=0.1)
    sidebar = window.page.splitter.widget(0)  # the calendar column widens with the text
    assert sidebar.minimumWidth() == round(18 * window.page.fontMetrics().height())
    dialog = window.preferences.dialog
    bold = QFont(dialog.pages.font())
    bold.setWeight(QFont.Weight.DemiBold)
    assert dialog.pages.width() > QFontMetrics(bold).horizontalAdvance("Appearance")
    assert f"font-size: {round(round(base * 1.5, 1) * 1.7, 1)}pt" in qapp.styleSheet()
    _choose(page.text_size, 100)
    assert qapp.font().pointSizeF() == pytest.approx(round(base, 1))


def test_the_first_day_of_the_week_reaches_every_calendar(qtbot, file_journal: Journal) -> None:
    window = open_window(qtbot, file_journal)
    calendar = window.page.calendar
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday  # British English under "C"
    box_in_window = QDateEdit(window, calendarPopup=True)
    page = window.preferences.open().show_page("Dates")
    assert isinstance(page, DatesPage)
    _choose(page.week_start, "sunday")
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Sunday
    assert box_in_window.calendarWidget().firstDayOfWeek() == Qt.DayOfWeek.Sunday
    later = QDateEdit(calendarPopup=True)  # a date box made afterwards (a dialog's)
    dates.use_date_format(later)
    assert later.calendarWidget().firstDayOfWeek() == Qt.DayOfWeek.Sunday
    _choose(page.week_start, "saturday")
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Saturday


def test_the_date_format_is_used_in_the_heading_list_and_boxes(qtbot, journal_path: Path) -> None:
    window = open_window(qtbot, _journal_with_entry(journal_path))
    heading, model = window.page.editor.day_heading, window.page.entry_model
    accessible = Qt.ItemDataRole.AccessibleTextRole
    assert heading.text() == "Thursday, 26 November 2026"
    assert window.page.month_label.text() == "ENTRIES IN NOVEMBER 2026"
    box = QDateEdit(window)
    page = window.preferences.open().show_page("Dates")
    assert page.date_format.itemText(1) == "ISO 8601: 2026-11-26"
    assert page.date_format.itemText(2) == "With the month's name: 26 November 2026"
    _choose(page.date_format, "iso")
    assert heading.text() == "Thursday, 2026-11-26"
    assert window.page.month_label.text() == "ENTRIES IN 2026-11"
    assert page.example.text() == "Thursday, 2026-11-26  ·  Thu 2026-11-26  ·  2026-11"
    assert model.data(model.index(0), accessible).startswith("Thursday, 2026-11-26: ")
    assert box.displayFormat() == "yyyy-MM-dd"
    _choose(page.date_format, "long")
    assert dates.short_date(TODAY) == "26 November 2026"
    assert box.displayFormat() == "d MMMM yyyy"
    _choose(page.date_format, "locale")
    assert dates.short_date(TODAY) == "26/11/2026"
    assert heading.text() == "Thursday, 26 November 2026"


@pytest.mark.parametrize(("fmt", "expected"), [
    ("locale", ("Thursday, 26 November 2026", "26/11/2026", "Thu 26 Nov 2026", "Thu 26 Nov",
                "November 2026")),
    ("iso", ("Thursday, 2026-11-26", "2026-11-26", "Thu 2026-11-26", "Thu 2026-11-26",
             "2026-11")),
    ("long", ("Thursday, 26 November 2026", "26 November 2026", "Thu 26 Nov 2026",
              "Thu 26 Nov", "November 2026")),
])
def test_every_form_of_a_date_follows_the_chosen_format(qapp, fmt: str,
                                                        expected: tuple[str, ...]) -> None:
    assert dates.use_preferences(ComputerPreferences(date_format=fmt)) == (fmt != "locale")
    written = (dates.long_date(TODAY), dates.short_date(TODAY),
               dates.compact_date(TODAY, year=True), dates.compact_date(TODAY),
               dates.month_title(2026, 11))
    assert written == expected
    assert dates.weekday_and_day(TODAY) == "Thu 26"
    week_later = datetime(2026, 12, 4, 9, 0)
    assert dates.relative_time(datetime(2026, 11, 26, 9, 0), week_later) == expected[1]


def test_a_far_follow_up_date_follows_the_format(qtbot, file_journal: Journal) -> None:
    entry = new_entry(TODAY, tz="Europe/Berlin", kind=EntryKind.CONVERSATION)
    window = open_window(qtbot, file_journal)
    window.session.debriefs.repository.save_debrief(
        entry, Debrief(follow_up="ask how the move went", follow_up_due=date(2026, 12, 10)))
    card = window.conversations.follow_ups
    card.refresh()
    assert card.rows[0].when_label.text().endswith("Due Thu 10 Dec")
    page = window.preferences.open().show_page("Dates")
    _choose(page.date_format, "iso")
    assert card.rows[0].when_label.text().endswith("Due Thu 2026-12-10")


def test_a_new_window_starts_with_the_stored_date_format(qtbot, journal_path: Path) -> None:
    settings = WindowSettings(journal_path.parent)
    settings.set_computer_preferences(ComputerPreferences(date_format="iso",
                                                          week_start="sunday"))
    window = open_window(qtbot, _journal_with_entry(journal_path))
    assert window.page.editor.day_heading.text() == "Thursday, 2026-11-26"
    assert window.page.calendar.firstDayOfWeek() == Qt.DayOfWeek.Sunday


def test_reminder_preferences_are_stored_for_this_computer(qtbot, file_journal: Journal,
                                                           journal_path: Path) -> None:
    window = open_window(qtbot, file_journal)
    heard: list[ComputerPreferences] = []
    window.settings.signals.changed.connect(heard.append)
    page = window.preferences.open().show_page("Reminders")
    assert isinstance(page, RemindersPage)
    assert not page.evening_time.isEnabled()
    page.evening.setChecked(True)
    assert page.evening_time.isEnabled()
    page.evening_time.setTime(QTime(19, 45))
    _choose(page.random_window, 30)
    page.follow_ups.setChecked(False)
    page.autostart.setChecked(True)
    stored = window.settings.computer_preferences()
    assert (stored.evening_reminder, stored.evening_time, stored.random_minutes,
            stored.follow_up_reminders, stored.autostart) == (True, time(19, 45), 30, False,
                                                              True)
    assert heard[-1] == stored and len(heard) == 5
    window.settings.sync()
    ini = QSettings(str(journal_path.parent / "settings.ini"), QSettings.Format.IniFormat)
    assert ini.value("reminders/evening_time") == "19:45"
    assert ini.value("reminders/autostart") == "1"


def test_unreadable_ini_values_read_as_defaults(tmp_path: Path, qapp) -> None:
    ini = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    for key, value in {"appearance/theme": "neon", "appearance/text_scale": "7",
                       "reminders/evening_time": "late", "reminders/evening": "1"}.items():
        ini.setValue(key, value)
    ini.sync()
    read = WindowSettings(tmp_path).computer_preferences()
    assert read == ComputerPreferences(evening_reminder=True)
    assert WindowSettings.saved_preferences(tmp_path) == read
    assert WindowSettings.saved_preferences(tmp_path / "nowhere") == ComputerPreferences()


def test_auto_lock_minutes_reach_the_idle_watcher(qtbot, file_journal: Journal) -> None:
    window = open_window(qtbot, file_journal)
    idle = window.safety.locker.idle
    assert idle.timer.interval() == 0  # a plain journal never locks by default
    page = window.preferences.open().show_page("Safety")
    assert isinstance(page, SafetyPage)
    assert page.auto_lock.text() == "never"
    page.auto_lock.setValue(5)
    assert window.session.journal_preferences().auto_lock_minutes == 5
    assert idle.timer.interval() == 5 * MS_PER_MINUTE and idle.timer.isActive()
    window.safety.locker.set_minutes(12)  # the passphrase dialog's way: the page follows
    assert page.auto_lock.value() == 12


def test_backups_kept_are_stored_in_the_journal(qtbot, file_journal: Journal) -> None:
    window = open_window(qtbot, file_journal)
    page = window.preferences.open().show_page("Safety")
    page.keep_daily.setValue(3)
    page.keep_weekly.setValue(8)
    assert window.session.safety.retention().daily == 3
    assert window.session.safety.retention().weekly == 8
    assert page.keep_daily.minimum() == 1 and page.keep_weekly.maximum() == 52


def test_the_check_in_schedule_page_changes_what_is_due(qtbot, file_journal: Journal) -> None:
    window = open_window(qtbot, file_journal)
    due_line = window.check_ins.due_line
    assert not due_line.isHidden()  # never taken: each check-in is due
    page = window.preferences.open().show_page("Check-ins")
    assert isinstance(page, CheckInsPage)
    for box in page.schedule.choices.values():
        _choose(box, 0)
    assert all(v == 0 for v in window.session.wellbeing.schedule().every_days.values())
    assert due_line.isHidden()


def test_journal_pages_of_a_read_only_journal_say_why_they_are_off(qtbot,
                                                                    journal_path: Path) -> None:
    Journal.open(journal_path).close()
    window = open_window(qtbot, Journal.open(journal_path, read_only=True))
    dialog = window.preferences.open()
    for title in ("Check-ins", "Safety"):
        page = dialog.show_page(title)
        assert not page.body.isEnabled()
        assert page.reason_label.isVisible() and page.reason_label.text() == READ_ONLY
    appearance = dialog.show_page("Appearance")
    assert appearance.body.isEnabled() and not appearance.reason_label.isVisible()


def test_journal_pages_while_locked_and_after_unlocking(qtbot, file_journal: Journal) -> None:
    window = open_window(qtbot, file_journal)
    window.preferences.open()
    window.lock()  # like every dialog, Preferences closes and is out of reach
    qtbot.waitUntil(lambda: window.preferences.dialog is None)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # its pages are gone
    assert window.session.locked and not window.preferences.action.isEnabled()
    pages = [CheckInsPage(window.session, window.signals),
             SafetyPage(window.session, window.signals)]
    for page in pages:  # a page made or still shown while locked reads nothing
        qtbot.addWidget(page)
        assert not page.body.isEnabled() and page.reason_label.text() == LOCKED
    window.safety.unlock("")
    assert window.preferences.action.isEnabled()
    for page in pages:
        assert page.body.isEnabled() and page.reason_label.text() == ""
    assert pages[1].auto_lock.text() == "never"


def test_the_safety_page_of_a_journal_in_memory(qtbot, memory_journal: Journal) -> None:
    window = open_window(qtbot, memory_journal)
    page = window.preferences.open().show_page("Safety")
    assert not page.body.isEnabled() and page.reason_label.text() == IN_MEMORY
    assert window.preferences.dialog.show_page("Check-ins").body.isEnabled()


def test_a_feature_adds_its_own_page(qtbot, file_journal: Journal) -> None:
    window = open_window(qtbot, file_journal)
    window.preferences.add_page("Extra", lambda: QLabel("an extra page"))
    dialog = window.preferences.open()
    assert dialog.page_titles()[-1] == "Extra"
    assert dialog.show_page("Extra").text() == "an extra page"
    dialog.add_page("More", QLabel("more"))
    assert dialog.page_titles()[-2:] == ["Extra", "More"]


def test_every_page_names_every_control(qtbot, file_journal: Journal) -> None:
    from test_accessibility import unnamed_controls

    window = open_window(qtbot, file_journal)
    dialog = window.preferences.open()
    qtbot.waitExposed(dialog)
    for title in dialog.page_titles():
        dialog.show_page(title)
        assert unnamed_controls(dialog) == [], title
