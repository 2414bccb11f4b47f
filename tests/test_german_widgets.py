"""The window's widgets, the Insights view and the dates in German: no English left on them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

import pytest
from german_window import english_left
from insights_helpers import add_entry
from journal_window import open_window
from PySide6.QtWidgets import QCheckBox, QWidget
from pytestqt.qtbot import QtBot

from empathy_journal.session.journal_session import JournalSession
from empathy_journal.storage.journal import Journal
from empathy_journal.ui.dates import Dates, relative_time
from empathy_journal.ui.widgets.intensity_dots import IntensityDots
from empathy_journal.ui.widgets.mood_meter import MoodMeter
from empathy_journal.ui.widgets.undo_toast import UndoToast

MARCH = date(2024, 3, 20)


def _left_of_these_files(widget: QWidget, *, outside: Sequence[QWidget] = (),
                         written_below: Sequence[str] = ()) -> list[str]:
    """english_left(widget) without what other modules put on it (outside: widgets of other
    shares placed inside) or what arrives translated from below the window (written_below:
    gettext prompts, practice names, chart titles)."""
    theirs = {line for other in outside for line in english_left(other)}
    return [line for line in english_left(widget) if line not in theirs
            and not any(repr(text) in line for text in written_below)]


@pytest.fixture
def journal(tmp_path) -> Journal:
    journal = Journal.open(tmp_path / "journal.sqlite")
    yield journal
    journal.close()


def test_the_journal_pages_widgets_speak_german(window_in_german: None, qtbot: QtBot,
                                                 journal: Journal) -> None:
    """Editor, ratings, emotion words (with the debrief's second picker), practices, values and
    the calendar: every text a person reads or hears is German."""
    window = open_window(qtbot, journal)
    page = window.page
    page.panel.set_conversation_mode(True)  # "what they might have felt" shows too
    page.panel.picker.search.setText("zzzz")  # the "no word matches" line
    strips = [w for w in page.editor.findChildren(QWidget)
              if type(w).__name__ == "AttachmentsStrip"]
    from_journal = [page.editor.prompt_label.text(), page.editor.time_label.text()]
    for box in page.panel.findChildren(QCheckBox):  # the practices' names, from the journal
        from_journal += [box.text(), box.toolTip(), box.accessibleName()]
    left = (_left_of_these_files(page.editor, outside=strips, written_below=from_journal)
            + _left_of_these_files(page.panel, written_below=from_journal)
            + english_left(page.calendar))
    assert not left, "\n".join(left)
    assert page.panel.mood.value_label.text() == "nicht bewertet"
    assert page.editor.title_edit.placeholderText() == "Titel (optional)"
    assert page.panel.their_box.findChildren(type(page.panel.mood.name_label))[0].text() == (
        "GEFÜHLE DES GEGENÜBERS (VERMUTET)")


def test_small_widgets_speak_german(window_in_german: None, qtbot: QtBot) -> None:
    dots = IntensityDots(4)
    meter = MoodMeter()
    host = type(dots)()
    toast = UndoToast(host)
    for widget in (dots, meter, host):
        qtbot.addWidget(widget)
    assert dots.toolTip() == ("Stärke 4 von 5: stark. Klick auf einen Punkt oder nimm die "
                              "Pfeiltasten; Entf löscht sie.")
    assert dots.accessibleDescription() == "4 von 5, stark"
    assert meter.toolTip().startswith("Alle Gefühle. Oben: mehr Energie")
    assert toast.undo_button.text() == "Rückgängig"
    for widget in (dots, meter, toast):
        assert not english_left(widget), english_left(widget)


def test_days_ago_take_the_german_plural(window_in_german: None) -> None:
    assert Dates().days_ago(1) == "vor 1 Tag"
    assert Dates().days_ago(3) == "vor 3 Tagen"
    now = datetime(2026, 11, 26, 21, 0)
    assert relative_time(now - timedelta(days=3), now) == "vor 3 Tagen"
    assert relative_time(now - timedelta(days=1), now).startswith("Gestern ")


def test_the_insights_view_speaks_german(window_in_german: None, qtbot: QtBot,
                                         journal: Journal) -> None:
    """The top bar, the summary (its best day still a link), the entries table and the charts'
    names are German; the month is written in German too."""
    from empathy_journal.ui.insights_view import InsightsView

    add_entry(journal, date(2024, 3, 4), mood=8, stress=2, title="Mittagessen mit Ana")
    add_entry(journal, date(2024, 3, 12), mood=3, stress=8)
    view = InsightsView(JournalSession(journal), today=lambda: MARCH)
    qtbot.addWidget(view)
    view.resize(1100, 800)
    view.show()
    view.draw_all()
    charts = [card.chart.title for card in view.cards.values()]  # insights' own catalog
    left = _left_of_these_files(view, written_below=[*charts, view.summary.text()])
    assert not left, "\n".join(left)
    assert view.current_button.text() == "Dieser Monat"
    assert view.entries_table.heading.text() == "EINTRÄGE AUS MÄRZ 2024"
    assert [view.kind.itemText(i) for i in range(view.kind.count())] == [
        "Monat", "Quartal", "Jahr"]
    assert view.entries_table.table.horizontalHeaderItem(3).text() == "Erste Zeile"
    summary = view.summary.text()
    assert '<b>2</b> Einträge an <b>2</b> Tagen' in summary
    assert f'<a href="entry:{view.review.summary.best.uuid}">Bester Tag: ' in summary
