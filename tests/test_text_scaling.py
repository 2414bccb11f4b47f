"""Text follows the system font: at 1.5× the journal page still fits 1440×900, nothing clipped."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from journal_window import TODAY, open_window
from PySide6.QtCore import QPoint
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QListView, QStyleOptionViewItem, QWidget

from empathy_journal.interchange.demo_journal import write_demo_journal
from empathy_journal.storage.journal import Journal
from empathy_journal.ui.models.entry_list_model import EntryListModel
from empathy_journal.ui.theme import LIGHT, apply_theme, style_sheet
from empathy_journal.ui.widgets.entry_list_delegate import ROW_PADDING, EntryListDelegate
from empathy_journal.ui.widgets.intensity_dots import IntensityDots


@pytest.fixture
def larger_font(qapp: QApplication) -> Iterator[QFont]:
    """The application font at 1.5× its default size, with the theme applied; restored after."""
    font, sheet, palette = QFont(qapp.font()), qapp.styleSheet(), qapp.palette()
    big = QFont(font)
    big.setPointSizeF(font.pointSizeF() * 1.5)
    qapp.setFont(big)
    apply_theme(qapp, LIGHT)
    yield big
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)


def row_height_for(font: QFont) -> int:
    view = QListView()
    view.setModel(EntryListModel(view))
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.font = font
    option.fontMetrics = QFontMetrics(font)
    return EntryListDelegate(view).sizeHint(option, view.model().index(0, 0)).height()


def test_the_list_row_height_grows_with_the_font(qapp: QApplication) -> None:
    normal = QFont(qapp.font())
    normal.setPointSizeF(10)
    large = QFont(normal)
    large.setPointSizeF(15)
    assert row_height_for(normal) == 2 * QFontMetrics(normal).lineSpacing() + ROW_PADDING
    assert row_height_for(large) == 2 * QFontMetrics(large).lineSpacing() + ROW_PADDING
    assert row_height_for(large) > row_height_for(normal)


def test_the_intensity_dots_grow_with_the_font(qtbot) -> None:
    dots = IntensityDots(3)
    qtbot.addWidget(dots)
    small_font, large_font = QFont(dots.font()), QFont(dots.font())
    small_font.setPointSizeF(10)
    large_font.setPointSizeF(20)
    dots.setFont(small_font)
    small = dots.sizeHint()
    dots.setFont(large_font)
    large = dots.sizeHint()
    assert large.width() > small.width() and large.height() > small.height()


def test_heading_and_title_sizes_follow_the_base_font() -> None:
    sheet = style_sheet(LIGHT, 12.0)
    assert "QLabel#DayHeading { font-size: 20.4pt;" in sheet
    assert "QLineEdit#TitleEdit { font-size: 16.8pt;" in sheet


def assert_not_clipped(widget: QWidget, viewport: QWidget) -> None:
    """The widget is as wide as its text needs and lies inside the visible viewport."""
    assert widget.width() >= widget.sizeHint().width(), widget.text()
    left = widget.mapTo(viewport, QPoint(0, 0)).x()
    assert left >= 0 and left + widget.width() <= viewport.width(), widget.text()


def test_at_one_and_a_half_times_the_font_the_journal_page_fits(qtbot, tmp_path: Path,
                                                                larger_font: QFont) -> None:
    path = tmp_path / "demo.sqlite"
    write_demo_journal(path, months=1, today=TODAY)
    journal = Journal.open(path)
    window = open_window(qtbot, journal, today=TODAY, zone_name="Europe/Berlin", show=False)
    window.resize(1440, 900)
    window.show()
    qtbot.waitExposed(window)
    assert (window.width(), window.height()) == (1440, 900)
    panel = window.page.panel
    assert not panel.horizontalScrollBar().isVisible()
    for control in (panel.mood, panel.energy, panel.stress):
        labels = [control.name_label, control.value_label, control.clear_button,
                  *control.findChildren(QLabel, "Hint")]
        for label in labels:
            assert_not_clipped(label, panel.viewport())
    editor = window.page.editor
    heading_font = editor.day_heading.font()
    assert heading_font.pointSizeF() == round(larger_font.pointSizeF() * 1.7, 1)
    assert_not_clipped(editor.day_heading, window.page)
    assert_not_clipped(editor.time_label, window.page)
    window.close()
    journal.close()
