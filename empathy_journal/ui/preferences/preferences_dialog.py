"""The Preferences window: a list of pages on the left, the chosen page on the right, Close.
Every change applies at once; other features add their own page with :meth:`add_page`."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from empathy_journal.ui.widgets.form_parts import hint_label

DEFAULT_SIZE = QSize(820, 560)


class PreferencesDialog(QDialog):
    """Preferences: no OK or Cancel, since each choice is kept as it is made."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.setObjectName("PreferencesDialog")
        self.pages = QListWidget(objectName="PreferencesPages")
        self.pages.setAccessibleName(self.tr("Preference pages"))
        self.pages.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit_page_list()
        self.stack = QStackedWidget()
        self.pages.currentRowChanged.connect(self.stack.setCurrentIndex)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        note = hint_label(self.tr("Changes are kept as you make them."))
        footer = QHBoxLayout()
        footer.setContentsMargins(16, 6, 16, 12)
        footer.addWidget(note, 1)
        footer.addWidget(buttons)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.pages)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(body, 1)
        layout.addLayout(footer)
        self.resize(DEFAULT_SIZE)

    def _fit_page_list(self) -> None:
        """As wide as the longest title (and never narrower than a few words)."""
        bold = QFont(self.pages.font())
        bold.setWeight(QFont.Weight.DemiBold)  # the chosen page's title is bold
        metrics = QFontMetrics(bold)
        widest = max([metrics.horizontalAdvance(t) for t in self.page_titles()]
                     + [metrics.horizontalAdvance("M") * 9])
        self.pages.setFixedWidth(widest + 4 * metrics.height())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_page_list()

    def add_page(self, title: str, widget: QWidget) -> None:
        """Add a page (listed in the order added); the first one is shown to begin with."""
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not the page
        scroll.setAccessibleName(self.tr("{page} preferences").format(page=title))
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(widget)
        self.stack.addWidget(scroll)
        self.pages.addItem(title)
        self._fit_page_list()
        if self.pages.currentRow() < 0:
            self.pages.setCurrentRow(0)

    def page_titles(self) -> list[str]:
        """The pages' titles, in order."""
        return [self.pages.item(row).text() for row in range(self.pages.count())]

    def show_page(self, title: str) -> QWidget:
        """Show the page called title and return its widget (KeyError when there is none)."""
        row = self.page_titles().index(title) if title in self.page_titles() else -1
        if row < 0:
            raise KeyError(title)
        self.pages.setCurrentRow(row)
        scroll = self.stack.widget(row)
        assert isinstance(scroll, QScrollArea)
        return scroll.widget()
