"""Preferences, reminders and check-ins in German: no English left on them, and their words."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from german_window import ENGLISH, KEPT, english_left
from journal_window import TODAY, open_window
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from empathy_journal.domain.check_in_schedule import Schedule
from empathy_journal.domain.conversation import FollowUp
from empathy_journal.domain.reminder_schedule import ReminderKind
from empathy_journal.storage.journal import Journal
from empathy_journal.ui.check_ins.schedule_dialog import ScheduleDialog, ScheduleForm
from empathy_journal.ui.preferences.journal_pages import SafetyPage
from empathy_journal.ui.reminders.reminder_text import (
    ReminderMessage,
    ReminderTarget,
    evening_message,
    follow_ups_message,
    missed_message,
)

MY_PAGES = ["Darstellung", "Datum", "Erinnerungen", "Check-ins", "Sicherheit"]
# "Check-in" is the German word too (the glossary's), though its "in" reads as English here.
GERMAN_TOO = re.compile(r"Check-ins?")


def _english(text: str) -> bool:
    plain = KEPT.sub("", re.sub(r"<[^>]+>", " ", text)).replace("&", "")
    return bool(ENGLISH.search(GERMAN_TOO.sub("", plain)))


def english_on(widget: QWidget) -> list[str]:
    """english_left(widget), less what reads as English only by the word "Check-in"."""
    return [found for found in english_left(widget) if _english(found.split(": ", 1)[1])]


def _words(message: ReminderMessage) -> list[str]:
    return [message.title, message.body, message.line, message.button]


def test_the_preferences_pages_speak_german(window_in_german: None, qtbot,
                                            tmp_path: Path) -> None:
    window = open_window(qtbot, Journal.open(tmp_path / "journal.sqlite"))
    dialog = window.preferences.open()
    assert dialog.windowTitle() == "Einstellungen"
    assert dialog.page_titles()[:5] == MY_PAGES
    assert window.preferences.action.text().replace("&", "") == "Einstellungen…"
    left = []
    for title in MY_PAGES:
        left += english_on(dialog.show_page(title))
    assert not left, "\n".join(left)
    appearance = dialog.show_page("Darstellung")
    assert not appearance.store(text_scale=7)  # a base class's words, on a subclass
    assert appearance.problem.text().startswith("Diese Wahl kann nicht übernommen werden (")
    safety = dialog.show_page("Sicherheit")
    assert isinstance(safety, SafetyPage)
    assert safety.auto_lock.specialValueText() == "nie"
    assert safety.auto_lock.suffix() == " Min."


def test_the_journal_pages_say_in_german_why_they_are_off(window_in_german: None,
                                                          qtbot) -> None:
    window = open_window(qtbot, Journal.open(None))
    page = window.preferences.open().show_page("Sicherheit")
    assert page.reason_label.text() == ("Dieses Tagebuch liegt nur im Arbeitsspeicher: Es hat "
                                        "keine Sicherungen und wird nie gesperrt.")


def test_the_check_in_dialogs_and_the_due_line_speak_german(window_in_german: None, qtbot,
                                                           tmp_path: Path) -> None:
    window = open_window(qtbot, Journal.open(tmp_path / "journal.sqlite"))
    due_line = window.check_ins.due_line
    assert due_line.isVisible() and due_line.due  # a new journal: every check-in is due
    assert due_line.later_button.text() == "Nicht jetzt"
    assert english_on(due_line) == []
    dialog = window.check_ins.take("who5")
    assert dialog.windowTitle() == "Check-in: WHO-5 Wohlbefinden"
    # the questionnaire's own words come from the gettext catalog (its German names an English
    # institute), the frame around them from ours
    below = (dialog.instrument.stem, dialog.instrument.source)
    assert [f for f in english_on(dialog) if not any(words in f for words in below)] == []
    assert dialog.source.text().startswith("Quelle: ")
    for row in range(len(dialog.groups)):
        dialog.answer(row, 3)
    dialog.save()
    assert dialog.score.text().startswith("<b>Gespeichert.</b> WHO-5 Wohlbefinden heute: ")
    assert [f for f in english_on(dialog) if not any(words in f for words in below)] == []
    dialog.close()
    schedule = ScheduleDialog(Schedule(), window)
    qtbot.addWidget(schedule)
    assert schedule.windowTitle() == "Check-in-Zeitplan"
    assert english_on(schedule) == []


def test_a_schedule_of_unusual_days_counts_them_in_german(window_in_german: None,
                                                         qtbot) -> None:
    form = ScheduleForm(Schedule({"who5": 1, "pss10": 3}))
    qtbot.addWidget(form)
    assert form.choices["who5"].currentText() == "Jeden 1. Tag"
    assert form.choices["pss10"].currentText() == "Alle 3 Tage"
    assert form.choices["empathy"].currentText() == "Aus"


def test_the_reminders_speak_german(window_in_german: None, qtbot, tmp_path: Path) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        older = evening_message(date(2026, 11, 23), TODAY)
        missed = missed_message(date(2026, 11, 25), TODAY)
    finally:
        QLocale.setDefault(before)
    assert older.body == "Klicke, um über Montag, 23. November zu schreiben."
    assert missed.button == "Über gestern schreiben"
    due = [FollowUp(1, "u1", TODAY, "Sam fragen", TODAY, person_name="Sam"),
           FollowUp(2, "u2", TODAY, "Anrufen", TODAY)]
    one, two = follow_ups_message(due[:1], private=True), follow_ups_message(due, private=False)
    assert one.title == "Heute ist eine Nachfassung fällig"
    assert two.body == "„Sam fragen“ (mit Sam) und 1 weitere"
    messages = [evening_message(TODAY, TODAY), older, missed, one, two]
    assert [w for m in messages for w in _words(m) if _english(w)] == []
    window = open_window(qtbot, Journal.open(tmp_path / "journal.sqlite"))
    line = window.reminders.line
    line.show_reminder(evening_message(TODAY, TODAY),
                       ReminderTarget(ReminderKind.EVENING, TODAY))
    assert line.dismiss_button.text() == "Ausblenden"
    assert english_on(line) == []
