"""The Preferences pages kept per computer (settings.ini): Appearance, Dates and Reminders.
Each change is validated by ComputerPreferences and stored at once; the window follows
``WindowSettings.signals.changed``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from typing import Any

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QTimeEdit, QWidget

from empathy_journal.domain.preferences import (
    DATE_FORMATS,
    LANGUAGES,
    RANDOM_WINDOWS,
    TEXT_SCALES,
    THEMES,
    WEEK_STARTS,
    ComputerPreferences,
)
from empathy_journal.domain.translation import chosen_language, current_language
from empathy_journal.ui import dates
from empathy_journal.ui.preferences.page_frame import PreferencesPage
from empathy_journal.ui.settings import WindowSettings

# Each language named in itself, so a person who cannot read the current one still finds theirs.
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch"}


def theme_names() -> dict[str, str]:
    """Each theme's name in the window's language."""
    return {"system": QCoreApplication.translate(
                "AppearancePage", "Like the desktop (follows it when it switches)"),
            "light": QCoreApplication.translate("AppearancePage", "Light"),
            "dark": QCoreApplication.translate("AppearancePage", "Dark")}


def text_size_names() -> dict[int, str]:
    """Each text size's name in the window's language."""
    return {90: QCoreApplication.translate("AppearancePage", "Smaller (90 %)"),
            100: QCoreApplication.translate("AppearancePage", "As the system's (100 %)"),
            110: QCoreApplication.translate("AppearancePage", "A little larger (110 %)"),
            125: QCoreApplication.translate("AppearancePage", "Larger (125 %)"),
            150: QCoreApplication.translate("AppearancePage", "Largest (150 %)")}


def week_names() -> dict[str, str]:
    """The weekdays a week may start on, in the window's language."""
    return {"monday": QCoreApplication.translate("DatesPage", "Monday"),
            "sunday": QCoreApplication.translate("DatesPage", "Sunday"),
            "saturday": QCoreApplication.translate("DatesPage", "Saturday")}


def random_names() -> dict[int, str]:
    """Each window an evening reminder may come in, in the window's language."""
    return {0: QCoreApplication.translate("RemindersPage", "Exactly at that time"),
            15: QCoreApplication.translate("RemindersPage", "Within 15 minutes after it"),
            30: QCoreApplication.translate("RemindersPage", "Within half an hour after it"),
            60: QCoreApplication.translate("RemindersPage", "Within an hour after it"),
            120: QCoreApplication.translate("RemindersPage", "Within two hours after it")}


def choice_box(name: str, items: list[tuple[str, Any]]) -> QComboBox:
    """A drop-down of (text, value) items."""
    box = QComboBox()
    box.setAccessibleName(name)
    for text, value in items:
        box.addItem(text, value)
    return box


def show_choice(box: QComboBox, value: Any) -> None:
    """Select value in box without announcing it."""
    box.blockSignals(True)
    box.setCurrentIndex(max(0, box.findData(value)))
    box.blockSignals(False)


class ComputerPage(PreferencesPage):
    """A page of this computer's preferences: shows them and stores each change at once."""

    def __init__(self, settings: WindowSettings, title: str, intro: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(title, intro, parent)
        self.settings = settings
        settings.signals.changed.connect(self.show_preferences)

    def store(self, **values: Any) -> bool:
        """Keep the changed preferences; False (and the reason shown) when one is refused."""
        try:
            chosen = self.settings.computer_preferences().changed(**values)
        except ValueError as error:
            self.say_problem(self.tr("That choice cannot be kept ({error}); nothing was "
                                     "changed.").format(error=error))
            self.show_preferences(self.settings.computer_preferences())
            return False
        self.say_problem(None)
        self.settings.set_computer_preferences(chosen)
        return True

    def storing(self, name: str, read: Callable[[], Any]) -> Callable[..., None]:
        """A slot that stores the preference called name as read() says."""
        return lambda *_: self.store(**{name: read()})

    def show_preferences(self, preferences: ComputerPreferences) -> None:
        """Show the stored preferences (subclasses fill their fields)."""


def language_choices() -> list[tuple[str, str]]:
    """(text, value) for each language the window can speak; "system" names the one it picks."""
    picked = LANGUAGE_NAMES.get(chosen_language("system"), "English")
    return [(QCoreApplication.translate("AppearancePage", "Like the system ({language})")
             .format(language=picked), "system")] + [
        (LANGUAGE_NAMES[code], code) for code in LANGUAGES if code != "system"]


class AppearancePage(ComputerPage):
    """The theme, the text size and the language."""

    def __init__(self, settings: WindowSettings, parent: QWidget | None = None) -> None:
        super().__init__(settings, self.tr("Appearance"),
                         self.tr("How the window looks on this computer. Changes show at once."),
                         parent)
        themes, sizes = theme_names(), text_size_names()
        self.theme = choice_box(self.tr("Theme"), [(themes[t], t) for t in THEMES])
        self.text_size = choice_box(self.tr("Text size"), [(sizes[s], s) for s in TEXT_SCALES])
        self.add_row(self.tr("&Theme"), self.theme,
                     self.tr("“Like the desktop” turns dark and light with your system's "
                             "setting."))
        self.add_row(self.tr("Text &size"), self.text_size,
                     self.tr("Relative to the text size your desktop uses."))
        self.language = choice_box(self.tr("Language"), language_choices())
        self.add_row(self.tr("&Language"), self.language,
                     self.tr("Used from the next time you open Empathy Journal, in the window "
                             "and on the command line."))
        self.language_note = QLabel(objectName="Muted", wordWrap=True)
        self.language_note.setAccessibleName(self.tr("Language note"))
        self.form.addRow("", self.language_note)
        self.theme.currentIndexChanged.connect(self.storing("theme", self.theme.currentData))
        self.text_size.currentIndexChanged.connect(
            self.storing("text_scale", self.text_size.currentData))
        self.language.currentIndexChanged.connect(self._store_language)
        self.show_preferences(settings.computer_preferences())

    def _store_language(self) -> None:
        if self.store(language=self.language.currentData()):
            self._say_language(self.language.currentData())

    def _say_language(self, preference: str) -> None:
        """Say when the chosen language differs from the one the window speaks now."""
        differs = chosen_language(preference) != current_language()
        self.language_note.setText(
            self.tr("Open Empathy Journal again to see it in {language}.").format(
                language=LANGUAGE_NAMES[chosen_language(preference)]) if differs else "")
        self.language_note.setVisible(differs)

    def show_preferences(self, preferences: ComputerPreferences) -> None:
        """Show the stored theme, text size and language."""
        show_choice(self.theme, preferences.theme)
        show_choice(self.text_size, preferences.text_scale)
        show_choice(self.language, preferences.language)
        self._say_language(preferences.language)


class DatesPage(ComputerPage):
    """The date format and the first day of the week, each with an example."""

    def __init__(self, settings: WindowSettings, today: Callable[[], date],
                 parent: QWidget | None = None) -> None:
        super().__init__(settings, self.tr("Dates"),
                         self.tr("How dates are written everywhere in the window, and the day "
                                 "the calendars start their weeks on."), parent)
        self._today = today
        self.date_format = choice_box(self.tr("Date format"), [(f, f) for f in DATE_FORMATS])
        self.week_start = choice_box(self.tr("First day of the week"),
                                     [(w, w) for w in WEEK_STARTS])
        self.add_row(self.tr("Date &format"), self.date_format,
                     self.tr("Headings always name the weekday too."))
        self.add_row(self.tr("First day of the &week"), self.week_start)
        self.example = QLabel(objectName="Muted")
        self.example.setAccessibleName(self.tr("How dates look now"))
        self.form.addRow(self.tr("Looks like"), self.example)
        self.date_format.currentIndexChanged.connect(
            self.storing("date_format", self.date_format.currentData))
        self.week_start.currentIndexChanged.connect(
            self.storing("week_start", self.week_start.currentData))
        self.show_preferences(settings.computer_preferences())

    def _name_choices(self) -> None:
        """Each format named with today written in it (as the window writes it now)."""
        today = self._today()
        names = {"locale": self.tr("As your language writes it"), "iso": "ISO 8601",
                 "long": self.tr("With the month's name")}
        for index, fmt in enumerate(DATE_FORMATS):
            self.date_format.setItemText(index, self.tr("{format}: {example}").format(
                format=names[fmt], example=dates.short_date(today, fmt)))
        weekdays, first = week_names(), dates.locale().firstDayOfWeek()
        own = weekdays.get(first.name.lower()) or dates.locale().dayName(first.value)
        for index, start in enumerate(WEEK_STARTS):
            text = (self.tr("As your language has it ({weekday})").format(weekday=own)
                    if start == "locale" else weekdays[start])
            self.week_start.setItemText(index, text)

    def show_preferences(self, preferences: ComputerPreferences) -> None:
        """Show the stored format and week start."""
        self._name_choices()
        today = self._today()
        self.example.setText(f"{dates.long_date(today)}  ·  {dates.compact_date(today)}  ·  "
                             f"{dates.month_title(today.year, today.month)}")
        show_choice(self.date_format, preferences.date_format)
        show_choice(self.week_start, preferences.week_start)


class RemindersPage(ComputerPage):
    """The evening reminder (time, optional random window), follow-up reminders, autostart."""

    def __init__(self, settings: WindowSettings, parent: QWidget | None = None) -> None:
        super().__init__(settings, self.tr("Reminders"),
                         self.tr("Gentle nudges from this computer. Nothing is ever sent "
                                 "anywhere."), parent)
        self.evening = QCheckBox(self.tr("Remind me to write in the evening"))
        self.evening_time = QTimeEdit()
        self.evening_time.setDisplayFormat(dates.locale().timeFormat(dates.Format.ShortFormat))
        self.evening_time.setAccessibleName(self.tr("Evening reminder time"))
        windows = random_names()
        self.random_window = choice_box(self.tr("When exactly"),
                                        [(windows[m], m) for m in RANDOM_WINDOWS])
        self.follow_ups = QCheckBox(self.tr("Remind me of follow-ups on the day they are due"))
        self.autostart = QCheckBox(self.tr("Start the journal when I log in, so reminders can "
                                           "come"))
        self.add_row(self.tr("Evening"), self.evening)
        self.add_row(self.tr("At &time"), self.evening_time)
        self.add_row(self.tr("&When exactly"), self.random_window,
                     self.tr("A time chosen afresh each day within the window, if you like "
                             "surprises."))
        self.add_row(self.tr("Follow-ups"), self.follow_ups)
        self.add_row(self.tr("Log in"), self.autostart, self.tr("Off by default."))
        self.evening.toggled.connect(self.storing("evening_reminder", self.evening.isChecked))
        self.evening_time.timeChanged.connect(self.storing("evening_time", self._chosen_time))
        self.random_window.currentIndexChanged.connect(
            self.storing("random_minutes", self.random_window.currentData))
        self.follow_ups.toggled.connect(
            self.storing("follow_up_reminders", self.follow_ups.isChecked))
        self.autostart.toggled.connect(self.storing("autostart", self.autostart.isChecked))
        self.show_preferences(settings.computer_preferences())

    def _chosen_time(self) -> time:
        chosen = self.evening_time.time()
        return time(chosen.hour(), chosen.minute())

    def show_preferences(self, preferences: ComputerPreferences) -> None:
        """Show the stored reminder preferences."""
        for box, on in ((self.evening, preferences.evening_reminder),
                        (self.follow_ups, preferences.follow_up_reminders),
                        (self.autostart, preferences.autostart)):
            box.blockSignals(True)
            box.setChecked(on)
            box.blockSignals(False)
        self.evening_time.blockSignals(True)
        self.evening_time.setTime(QTime(preferences.evening_time.hour,
                                        preferences.evening_time.minute))
        self.evening_time.blockSignals(False)
        show_choice(self.random_window, preferences.random_minutes)
        for field in (self.evening_time, self.random_window):
            field.setEnabled(preferences.evening_reminder)
