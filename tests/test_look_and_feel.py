"""The look and feel of issue 13: one palette, controls that show their state, the journal page,
messages with a way back, and the dates and words the window uses."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from journal_window import open_window
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtGui import QColor, QFont, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from empathy_journal.domain.entry import EntryKind
from empathy_journal.insights import theme as chart_theme
from empathy_journal.interchange.demo_journal import write_demo_journal
from empathy_journal.storage.journal import Journal
from empathy_journal.storage.summaries import EntrySummary
from empathy_journal.ui import theme as window_theme
from empathy_journal.ui.dates import locale, long_date, relative_time, short_date
from empathy_journal.ui.models.entry_list_model import display_title
from empathy_journal.ui.safety.passphrase_dialog import PassphraseDialog
from empathy_journal.ui.widgets.entry_editor import continued_list_marker
from empathy_journal.ui.widgets.markdown_highlighter import MarkdownHighlighter
from empathy_journal.ui.widgets.mood_meter import MoodMeter

# -- one palette -------------------------------------------------------------------------------


def _contrast(first: str, second: str) -> float:
    """WCAG contrast ratio of two #rrggbb colours."""
    def luminance(colour: str) -> float:
        channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_window_and_the_charts_share_one_mood_ramp_and_mine_theirs_colours() -> None:
    for ui, chart in ((window_theme.LIGHT, chart_theme.LIGHT), (window_theme.DARK, chart_theme.DARK)):
        assert window_theme.mood_colours(ui) == chart.mood_colours
        assert (ui.mine, ui.theirs) == (chart.mine, chart.theirs)


def test_every_dark_mood_colour_stands_out_from_the_dark_window() -> None:
    """No navy or brown on near-black: each day colour is at least 3:1 against the window."""
    for colour in window_theme.mood_colours(window_theme.DARK):
        assert _contrast(colour, window_theme.DARK.window) >= 3.0, colour


def test_the_mood_ramp_runs_from_warm_to_cool_and_is_ordered() -> None:
    ramp = [QColor(c) for c in window_theme.mood_colours(window_theme.LIGHT)]
    assert ramp[0].red() > ramp[0].blue() and ramp[-1].blue() > ramp[-1].red()
    assert window_theme.mood_colour(None) is None
    assert window_theme.mood_colour(1, window_theme.LIGHT) == ramp[0]
    assert window_theme.mood_colour(10, window_theme.LIGHT) == ramp[-1]


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[QApplication]:
    """The light theme applied for one test, the application's look put back after it."""
    sheet, palette = qapp.styleSheet(), qapp.palette()
    window_theme.apply_theme(qapp, window_theme.LIGHT)
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)


@pytest.mark.parametrize("make", [
    lambda: QPushButton("Import"), lambda: QLineEdit("Sam"), lambda: QCheckBox("Starred only"),
    lambda: QDateEdit(), lambda: QComboBox(),
])
def test_a_disabled_control_looks_different_from_an_enabled_one(qtbot: QtBot, themed, make) -> None:
    def grab(enabled: bool) -> object:
        widget: QWidget = make()
        qtbot.addWidget(widget)
        widget.setEnabled(enabled)
        widget.resize(160, 32)
        widget.show()
        qtbot.waitExposed(widget)
        return widget.grab().toImage()

    assert grab(True) != grab(False)


def test_a_checked_filter_box_differs_from_an_unchecked_one_and_neither_is_a_black_square(
        qtbot: QtBot, themed) -> None:
    def grab(checked: bool):
        box = QCheckBox("")
        qtbot.addWidget(box)
        box.setChecked(checked)
        box.resize(24, 24)
        box.show()
        qtbot.waitExposed(box)
        return box.grab().toImage()

    unchecked, checked = grab(False), grab(True)
    assert unchecked != checked
    centre = unchecked.pixelColor(unchecked.width() // 2, unchecked.height() // 2)
    assert centre.lightness() > 200  # an empty box on the light theme, not a solid square


# -- the journal page --------------------------------------------------------------------------


def _formats(text: str) -> list[QFont]:
    document = QTextDocument()
    highlighter = MarkdownHighlighter(document, window_theme.LIGHT)
    document.setPlainText(text)
    highlighter.rehighlight()
    layout = document.firstBlock().layout()
    fonts = [QFont() for _ in text]
    for span in layout.formats():
        for position in range(span.start, span.start + span.length):
            fonts[position] = span.format.font()
    return fonts


def test_double_stars_are_bold_and_never_italic(qapp) -> None:
    text = "a **bold** and *soft* word"
    fonts = _formats(text)
    bold = text.index("bold")
    soft = text.index("soft")
    assert fonts[bold].bold() and not fonts[bold].italic()
    assert fonts[soft].italic() and not fonts[soft].bold()


@pytest.mark.parametrize(("line", "next_start"), [
    ("- milk", "- "), ("  * eggs", "  * "), ("3. call Sam", "4. "), ("9) rest", "10) "),
    ("- [x] done", "- [ ] "), ("- ", ""), ("2. ", ""), ("plain text", None),
])
def test_return_continues_a_markdown_list(line: str, next_start: str | None) -> None:
    assert continued_list_marker(line) == next_start


def test_return_in_the_editor_continues_the_list_and_ends_it_on_an_empty_item(
        qtbot: QtBot, memory_journal: Journal) -> None:
    window = open_window(qtbot, memory_journal)
    body = window.page.editor.body_edit
    body.setFocus()
    qtbot.keyClicks(body, "- tea")
    qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.keyClicks(body, "rest")
    qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.keyClick(body, Qt.Key.Key_Return)
    assert body.toPlainText() == "- tea\n- rest\n"
    window.close()


def test_the_header_says_saved_with_the_time_once_saved(qtbot: QtBot,
                                                        memory_journal: Journal) -> None:
    window = open_window(qtbot, memory_journal)
    editor = window.page.editor
    assert editor.time_label.text() == "Not saved yet"
    qtbot.keyClicks(editor.body_edit, "A quiet day.")
    window.autosave.flush()
    assert editor.time_label.text().startswith("Saved ")
    window.close()


def _summary(**fields: object) -> EntrySummary:
    base: dict[str, object] = dict(
        uuid="u", local_date=date(2026, 11, 26), created_utc=datetime(2026, 11, 26, tzinfo=UTC),
        tz="UTC", kind=EntryKind.CONVERSATION, title="", preview="", mood=None, stress=None,
        starred=False)
    base.update(fields)
    return EntrySummary(**base)  # type: ignore[arg-type]


def test_the_list_names_the_person_of_a_debrief() -> None:
    assert display_title(_summary(person="Sam")) == "Talk with Sam"
    assert display_title(_summary(person="Sam", title="Planning")) == "Planning"
    assert display_title(_summary()) == "Conversation debrief"


def test_a_saved_debrief_comes_back_in_the_month_list_with_its_person(
        qtbot: QtBot, memory_journal: Journal) -> None:
    window = open_window(qtbot, memory_journal)
    sam = window.session.people.repository.create("Sam")
    window.conversations.start_debrief(sam.id)
    window.autosave.flush()
    model = window.page.entry_model
    assert [model.index(r).data() for r in range(model.rowCount())] == ["Talk with Sam"]
    window.close()


def _tab_stops(qtbot: QtBot, start: QWidget, rounds: int = 120) -> list[QWidget]:
    stops: list[QWidget] = []
    start.setFocus()
    for _ in range(rounds):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is start:
            break
        stops.append(focused)
    return stops


def test_at_1024_by_700_tab_reaches_every_debrief_field_and_shows_it(
        qtbot: QtBot, memory_journal: Journal) -> None:
    window = open_window(qtbot, memory_journal)
    window.resize(1024, 700)
    window.conversations.start_debrief()
    pane = window.conversations.form_pane
    fields = [w for w in pane.findChildren(QWidget)
              if isinstance(w, QLineEdit | QPlainTextEdit | QCheckBox | QComboBox)
              and not isinstance(w.parentWidget(), QComboBox)  # the combo is the stop
              and w.isVisibleTo(pane) and w.isEnabled()
              and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    assert len(fields) >= 8
    reached, hidden = set(), []
    start = window.page.editor.title_edit
    start.setFocus()
    for _ in range(150):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is start:
            break
        owner = next((f for f in fields if f is focused or f.isAncestorOf(focused)), None)
        if owner is not None:
            reached.add(owner)
            if focused.visibleRegion().isEmpty():  # scrolled into view as Tab arrives
                hidden.append(owner.accessibleName())
    missing = [f"{type(f).__name__} {f.accessibleName()} in {type(f.parentWidget()).__name__}"
               for f in fields if f not in reached]
    assert missing == []
    assert hidden == []
    window.close()


def test_the_mood_meter_narrows_the_words_and_no_match_says_so(qtbot: QtBot,
                                                               memory_journal: Journal) -> None:
    window = open_window(qtbot, memory_journal)
    picker = window.page.panel.picker
    meter: MoodMeter = picker.quadrant
    everything = picker.results.count()
    meter.setFocus()
    qtbot.keyClick(meter, Qt.Key.Key_Space)  # the corner under the cursor: lively
    assert meter.quadrant() is not None
    assert 0 < picker.results.count() < everything
    qtbot.keyClick(meter, Qt.Key.Key_Space)  # again: all feelings
    assert meter.quadrant() is None
    picker.search.setText("zzxq")
    [item] = [picker.results.item(r) for r in range(picker.results.count())]
    assert item.text().startswith("No word matches “zzxq”")
    window.close()


def test_a_words_definition_shows_when_it_is_highlighted_from_the_keyboard(
        qtbot: QtBot, memory_journal: Journal) -> None:
    window = open_window(qtbot, memory_journal)
    picker = window.page.panel.picker
    picker.search.setFocus()
    qtbot.keyClicks(picker.search, "frustrated")
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    assert picker.definition.isVisibleTo(picker)
    assert "frustrated" in picker.definition.text()
    window.close()


# -- messages with a way back ------------------------------------------------------------------


def test_ctrl_delete_shows_undo_for_a_few_seconds_and_undo_brings_the_entry_back(
        qtbot: QtBot, memory_journal: Journal) -> None:
    window = open_window(qtbot, memory_journal)
    qtbot.keyClicks(window.page.editor.body_edit, "Keep me")
    window.autosave.flush()
    uuid = window.current_entry.uuid
    qtbot.keyClick(window, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    toast = window.undo_toast
    assert toast.isVisible() and "trash" in toast.text.text()
    assert 2_000 <= toast.timer.interval() <= 15_000 and toast.timer.isActive()
    assert window.page.editor.body() == ""
    qtbot.mouseClick(toast.undo_button, Qt.MouseButton.LeftButton)
    assert not toast.isVisible()
    assert window.current_entry.uuid == uuid and window.page.editor.body() == "Keep me"
    window.close()


def test_the_passphrase_dialogs_buttons_follow_the_journals_state(qtbot: QtBot) -> None:
    dialog = PassphraseDialog(run=lambda *_: None, encrypted=False, can_remember=False,
                              auto_lock_minutes=0)
    qtbot.addWidget(dialog)
    assert dialog.primary.text() == "Encrypt journal" and dialog.remove.isHidden()
    dialog.new.setText("long enough passphrase")
    dialog.confirm.setText("long enough passphrase")
    dialog.apply_new_passphrase()
    assert dialog.primary.text() == "Change passphrase" and not dialog.remove.isHidden()
    assert dialog.form.isRowVisible(dialog.current)


def test_every_menu_item_has_its_own_access_key(qtbot: QtBot, memory_journal: Journal) -> None:
    window = open_window(qtbot, memory_journal)
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        keys = []
        for action in menu.actions():
            text = action.text().replace("&&", "")
            if action.isSeparator() or not text:
                continue
            assert "&" in text, text
            keys.append(text[text.index("&") + 1].lower())
        assert len(keys) == len(set(keys)), menu_action.text()
    window.close()


# -- dates -------------------------------------------------------------------------------------


def test_one_date_format_from_the_locale(qtbot: QtBot, memory_journal: Journal) -> None:
    window = open_window(qtbot, memory_journal)
    day = window.current_day
    assert window.page.editor.day_heading.text() == long_date(day)
    pattern = locale().dateFormat(QLocale.FormatType.ShortFormat)
    boxes = window.search.panel.findChildren(QDateEdit)
    boxes += window.conversations.form_pane.findChildren(QDateEdit)
    assert boxes and {box.displayFormat() for box in boxes} == {pattern}
    window.close()


def test_relative_times_read_as_a_person_says_them(qapp) -> None:
    now = datetime(2026, 11, 26, 21, 30)
    assert relative_time(now - timedelta(minutes=5), now).startswith("Today ")
    assert relative_time(now - timedelta(days=1), now).startswith("Yesterday ")
    assert relative_time(now - timedelta(days=3), now) == "3 days ago"
    assert relative_time(now - timedelta(days=30), now) == short_date(date(2026, 10, 27))


# -- the demo ----------------------------------------------------------------------------------


def test_demo_entries_for_today_are_never_later_than_now(tmp_path) -> None:
    write_demo_journal(tmp_path / "demo.sqlite", months=1, seed=3, today=date.today())
    journal = Journal.open(tmp_path / "demo.sqlite")
    try:
        latest = max(s.created_utc for s in journal.repository.entries_between(
            date.today() - timedelta(days=40), date.today()))
    finally:
        journal.close()
    assert latest <= datetime.now(UTC)


def test_the_demo_window_leaves_no_temporary_folder_behind_and_names_itself_once(
        qapp: QApplication, monkeypatch, tmp_path) -> None:
    from empathy_journal import app as app_module
    from empathy_journal.cli.parser import build_parser

    folders: list[str] = []
    real_mkdtemp = app_module.tempfile.mkdtemp

    def mkdtemp(**options: object) -> str:
        folders.append(real_mkdtemp(dir=tmp_path, **options))
        return folders[-1]

    titles: list[str] = []

    def exec_once() -> int:
        titles.extend(w.windowTitle() for w in qapp.topLevelWidgets() if w.isVisible())
        return 0

    monkeypatch.setattr(app_module.tempfile, "mkdtemp", mkdtemp)
    monkeypatch.setattr(qapp, "exec", exec_once)
    display_name, sheet, palette = qapp.applicationDisplayName(), qapp.styleSheet(), qapp.palette()
    try:
        assert app_module.run_gui(build_parser().parse_args(["--demo"])) == 0
    finally:
        qapp.setApplicationDisplayName(display_name)
        qapp.setStyleSheet(sheet)
        qapp.setPalette(palette)
        for widget in qapp.topLevelWidgets():
            widget.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert folders and not any(Path(f).exists() for f in folders)
    assert "Empathy Journal — sample journal" in titles


@pytest.fixture
def screenshot_look(themed: QApplication) -> Iterator[None]:
    """The theme and font the screenshots use (DejaVu Sans 10), for the whole test."""
    before = QApplication.font()
    QApplication.setFont(QFont("DejaVu Sans", 10))
    window_theme.apply_theme(themed, window_theme.LIGHT)  # its sizes follow the font
    yield
    QApplication.setFont(before)


@pytest.mark.parametrize("width", [1024, 1600])
def test_every_toolbar_action_shows_at_1024_px_and_keeps_its_full_name(
        qtbot: QtBot, memory_journal: Journal, width: int, screenshot_look: None) -> None:
    from PySide6.QtWidgets import QToolButton

    window = open_window(qtbot, memory_journal)
    window.resize(width, 700)
    QApplication.processEvents()
    toolbar = window.actions_.toolbar
    actions = [a for a in toolbar.actions() if not a.isSeparator() and a.text()]
    assert len(actions) >= 10
    hidden = []
    for action in actions:
        button = toolbar.widgetForAction(action)
        inside = toolbar.rect().contains(button.geometry()) if button is not None else False
        if button is None or not button.isVisible() or not inside:
            hidden.append(action.text())
    assert hidden == []
    extension = [b for b in toolbar.findChildren(QToolButton)
                 if b.objectName() == "qt_toolbarext_button"]
    assert all(not b.isVisible() for b in extension)  # nothing folded behind »
    debrief = window.conversations.new_debrief
    assert toolbar.widgetForAction(debrief).text() == "Debrief"
    assert debrief.text().replace("&", "") == "New conversation debrief"
    window.close()
