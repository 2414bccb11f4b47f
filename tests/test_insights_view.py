"""The Insights view: periods, summary, and clicks that open the days and entries behind a chart."""

from __future__ import annotations

from datetime import date

import pytest
from insights_helpers import add_entry
from PySide6.QtCore import QPoint, Qt

from empathy_journal.domain.analytics.period import Period, PeriodKind
from empathy_journal.insights.chart import Target
from empathy_journal.session.journal_session import JournalSession
from empathy_journal.storage.journal import Journal
from empathy_journal.ui.insights_view import InsightsView

# Not the shared window TODAY: Insights shows the month of today and the entries below are in
# March 2024, so this file keeps a day in that month.
TODAY = date(2024, 3, 20)


@pytest.fixture
def view(qtbot, memory_journal: Journal) -> InsightsView:
    widget = InsightsView(JournalSession(memory_journal), today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    return widget


def click_data_point(qtbot, view: InsightsView, key: str, x: float, y: float) -> None:
    """Click the canvas of chart key where data coordinates (x, y) are drawn."""
    card = view.cards[key]
    card.canvas.draw()
    axes = card.chart.figure.axes[0]
    px, py = axes.transData.transform((x, y))
    ratio = card.canvas.device_pixel_ratio
    point = QPoint(round(px / ratio), round(card.canvas.height() - py / ratio))
    qtbot.mouseClick(card.canvas, Qt.MouseButton.LeftButton, pos=point)


def test_the_view_opens_on_this_month_with_a_summary(qtbot, view, memory_journal):
    add_entry(memory_journal, date(2024, 3, 4), mood=8, stress=2, title="Lunch with Ana")
    view.show()
    qtbot.waitExposed(view)
    assert view.title.text() == "March 2024"
    assert view.summary.text() == (
        '<div style="line-height: 145%;"><b>1</b> entry on <b>1</b> day in March 2024.<br>'
        "Average mood <b>8</b> of 10.<br>Average stress <b>2</b> of 10.<br>"
        f'<a href="entry:{view.review.summary.best.uuid}">Best day: Mon 4 Mar</a>, mood '
        "<b>8</b>: “Lunch with Ana”</div>")
    assert view.summary_card.parentWidget() is view.cards["mood-stress"].parentWidget()
    assert view.cards["mood-stress"].chart.title == "Mood and stress, March 2024"
    assert view.cards["coping"].chart.is_empty


def test_clicking_a_days_point_opens_that_day(qtbot, view, memory_journal):
    from matplotlib.dates import date2num

    add_entry(memory_journal, date(2024, 3, 4), mood=8, stress=2)
    add_entry(memory_journal, date(2024, 3, 12), mood=3, stress=8)
    view.show()
    qtbot.waitExposed(view)
    with qtbot.waitSignal(view.day_activated) as signal:
        click_data_point(qtbot, view, "mood-stress", date2num(date(2024, 3, 12)), 3)
    assert signal.args == [date(2024, 3, 12)]


def test_clicking_an_emotion_bar_opens_its_entry(qtbot, view, memory_journal):
    entry = add_entry(memory_journal, date(2024, 3, 4), mood=8, mine=["grateful"])
    opened: list[str] = []
    view.entry_activated.connect(opened.append)
    view.show()
    qtbot.waitExposed(view)
    click_data_point(qtbot, view, "emotions", 0.5, -0.2)
    assert opened == [entry.uuid]


def test_without_an_entry_receiver_a_bar_opens_the_entrys_day(qtbot, view, memory_journal):
    add_entry(memory_journal, date(2024, 3, 6), mood=8, mine=["grateful"])
    with qtbot.waitSignal(view.day_activated) as signal:
        view.activate_target(Target("grateful", entry_uuids=(
            memory_journal.repository.entries_between(TODAY.replace(day=1), TODAY)[0].uuid,)))
    assert signal.args == [date(2024, 3, 6)]


def test_several_entries_behind_a_bar_are_offered_in_date_order(qtbot, view, memory_journal,
                                                                monkeypatch):
    later = add_entry(memory_journal, date(2024, 3, 9), title="Second", mine=["tense"])
    earlier = add_entry(memory_journal, date(2024, 3, 2), title="First", mine=["tense"])
    offered: list[list[str]] = []

    def choose_second(_parent, labels):
        offered.append(list(labels))
        return 1

    monkeypatch.setattr(InsightsView, "ask_choice", classmethod(
        lambda cls, parent, labels: choose_second(parent, labels)))
    opened: list[str] = []
    view.entry_activated.connect(opened.append)
    view.activate_target(Target("tense", entry_uuids=(later.uuid, earlier.uuid)))
    assert offered == [["Sat 2 Mar 2024: First", "Sat 9 Mar 2024: Second"]]
    assert opened == [later.uuid]


def test_previous_next_and_the_period_length(qtbot, view):
    view.show()
    qtbot.waitExposed(view)
    qtbot.mouseClick(view.previous_button, Qt.MouseButton.LeftButton)
    assert (view.period, view.title.text()) == (Period.month(2024, 2), "February 2024")
    view.kind.setCurrentIndex(1)
    assert view.period == Period(PeriodKind.QUARTER, date(2024, 1, 1))
    assert view.title.text() == "Q1 2024"
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.title.text() == "Q2 2024"
    view.show_current()
    assert view.title.text() == "Q1 2024"


def test_a_refresh_while_hidden_waits_until_the_view_is_shown(qtbot, view, memory_journal):
    view.show()
    qtbot.waitExposed(view)
    shown = view.review
    view.hide()
    add_entry(memory_journal, date(2024, 3, 4), mood=6)
    view.refresh()
    assert view.review is shown
    view.show()
    assert view.review is not shown
    assert view.review.summary.entries == 1


def test_export_report_writes_the_shown_period(qtbot, view, memory_journal, tmp_path,
                                               monkeypatch):
    add_entry(memory_journal, date(2024, 3, 4), mood=6, stress=3)
    view.show()
    monkeypatch.setattr(InsightsView, "ask_report_path",
                        classmethod(lambda cls, parent, suggested, kind: tmp_path / suggested))
    written = view.export_report("md")
    assert written == tmp_path / "empathy-journal-2024-03.md"
    assert "| Average mood (1–10) | 6 | – | – |" in written.read_text(encoding="utf-8")


def test_dark_theme_redraws_the_charts_dark(qtbot, view):
    view.show()
    qtbot.waitExposed(view)
    view.set_dark(True)
    figure = view.cards["mood-stress"].figure
    assert figure.get_facecolor()[:3] == pytest.approx((30 / 255, 31 / 255, 34 / 255))


def test_a_month_switch_redraws_only_the_charts_whose_numbers_changed(qtbot, view,
                                                                      memory_journal):
    add_entry(memory_journal, date(2024, 3, 4), mood=6)
    view.show()
    qtbot.waitExposed(view)
    before = {key: card.chart for key, card in view.cards.items()}
    view.show_period(Period.month(2024, 2))
    after = {key: card.chart for key, card in view.cards.items()}
    assert after["year-calendar"] is before["year-calendar"]  # same year, same days
    assert after["coping"] is before["coping"]  # empty both months
    assert after["mood-stress"] is not before["mood-stress"]
    assert after["mood-stress"].title == "Mood and stress, February 2024"


def test_the_best_and_hardest_day_in_the_summary_are_links_to_their_entries(qtbot, view,
                                                                           memory_journal):
    best = add_entry(memory_journal, date(2024, 3, 4), mood=9, title="Lunch with Ana")
    add_entry(memory_journal, date(2024, 3, 12), mood=2, title="Late deploy")
    view.show()
    qtbot.waitExposed(view)
    assert (f'<a href="entry:{best.uuid}">Best day: Mon 4 Mar</a>, mood <b>9</b>'
            in view.summary.text())
    opened: list[str] = []
    view.entry_activated.connect(opened.append)
    view.summary.linkActivated.emit(f"entry:{best.uuid}")
    assert opened == [best.uuid]


def test_a_save_re_reads_only_the_reviews_whose_days_it_touched(qtbot, view, memory_journal):
    from empathy_journal.session.changes import Change

    view.show()
    qtbot.waitExposed(view)
    shown = view.review
    view.follow_change(Change(days={date(2019, 6, 1): None}))  # far outside March 2024
    assert view.review is shown
    add_entry(memory_journal, date(2024, 3, 4), mood=6)
    view.follow_change(Change(days={date(2024, 3, 4): None}))
    assert view.review is not shown and view.review.summary.entries == 1


def test_the_first_chart_is_drawn_at_once_and_the_others_when_scrolled_into_view(
        qtbot, view, memory_journal):
    add_entry(memory_journal, date(2024, 3, 4), mood=6)
    view.resize(1100, 500)
    view.show()
    qtbot.waitExposed(view)
    cards = view.cards
    assert cards["mood-stress"]._chart is not None
    assert cards["granularity"].pending  # the last card waits below the fold
    bar = view.scroll.verticalScrollBar()

    def scrolled_to_the_end() -> bool:
        bar.setValue(bar.maximum())  # the range grows as drawn cards take their heights
        return not cards["granularity"].pending

    qtbot.waitUntil(scrolled_to_the_end, timeout=5000)


def test_the_mouse_wheel_over_a_chart_scrolls_the_page(qtbot, view, memory_journal):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    add_entry(memory_journal, date(2024, 3, 4), mood=6, stress=3, mine=["calm"])
    view.show()
    qtbot.waitExposed(view)
    bar = view.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    assert bar.value() == 0
    canvas = view.cards["mood-stress"].canvas
    inside = QPointF(canvas.width() / 2, canvas.height() / 2)
    wheel = QWheelEvent(inside, QPointF(canvas.mapToGlobal(inside.toPoint())), QPoint(0, 0),
                        QPoint(0, -120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(canvas, wheel)
    assert bar.value() > 0


def test_the_button_back_to_today_names_the_period_length(qtbot, view):
    view.show()
    qtbot.waitExposed(view)
    assert view.current_button.text() == "This month"
    view.kind.setCurrentIndex(2)
    assert view.current_button.text() == "This year"
    view.kind.setCurrentIndex(1)
    assert view.current_button.text() == "This quarter"
