"""The Insights view inside the main window: Ctrl+2 opens it, a click goes back to that day."""

from __future__ import annotations

from datetime import date

from insights_helpers import add_entry
from journal_window import open_window
from matplotlib.dates import date2num
from PySide6.QtCore import QPoint, Qt

from empathy_journal.storage.journal import Journal
from empathy_journal.ui.insights_view import InsightsView

# Not the shared window TODAY: Insights shows the month of today and the entries below are in
# March 2024, so this file keeps a day in that month.
TODAY = date(2024, 3, 20)


def test_ctrl_2_shows_the_month_and_clicking_a_day_opens_it(qtbot, memory_journal: Journal):
    add_entry(memory_journal, date(2024, 3, 4), mood=8, stress=2, title="Lunch with Ana")
    add_entry(memory_journal, date(2024, 3, 12), mood=3, stress=8, title="Late deploy")
    window = open_window(qtbot, memory_journal, today=TODAY, zone_name="UTC", show=False)
    window.resize(1300, 900)
    window.show()
    qtbot.waitExposed(window)
    window.actions_.insights_view.trigger()
    view = window.views.currentWidget()
    assert isinstance(view, InsightsView)
    assert view.title.text() == "March 2024"
    card = view.cards["mood-stress"]
    card.canvas.draw()
    axes = card.chart.figure.axes[0]
    px, py = axes.transData.transform((date2num(date(2024, 3, 12)), 3))
    ratio = card.canvas.device_pixel_ratio
    qtbot.mouseClick(card.canvas, Qt.MouseButton.LeftButton,
                     pos=QPoint(round(px / ratio), round(card.canvas.height() - py / ratio)))
    assert window.views.currentWidget() is window.page
    assert window.current_day == date(2024, 3, 12)
    assert window.page.editor.title() == "Late deploy"
