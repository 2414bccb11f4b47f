"""ImageViewer: a photo full size in a window of the app, from bytes held only in memory."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage, QKeyEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from empathy_journal.domain.attachments import Attachment, size_text
from empathy_journal.ui.attachments.thumbnails import decoded_image
from empathy_journal.ui.theme import Theme


class ImageViewer(QDialog):
    """One entry's photos, one at a time: fitted to the window or at actual size, Previous and
    Next (← →), Save a copy…, Close (Esc). The decoded image never touches the disk."""

    save_requested = Signal(object)  # Attachment

    def __init__(self, theme: Theme, photos: list[Attachment], data_of: Callable[[str], bytes | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="ImageViewer")
        self.setWindowTitle(self.tr("Photo"))
        self.setModal(False)
        self.photos = photos
        self._data_of = data_of
        self._image = QImage()
        self.index = 0
        self.fitted = True
        self.picture = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.picture.setAccessibleName(self.tr("Photo"))
        self.scroll = QScrollArea(objectName="ViewerScroll")
        self.scroll.setWidget(self.picture)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll.setStyleSheet(f"QScrollArea#ViewerScroll, QScrollArea#ViewerScroll > QWidget "
                                  f"> QWidget {{ background: {theme.window}; border: none; }}")
        self.caption = QLabel(objectName="Muted")
        self.previous_button = QPushButton(self.tr("← Previous"))
        self.next_button = QPushButton(self.tr("Next →"))
        self.size_button = QPushButton(self.tr("Actual size"))
        self.save_button = QPushButton(self.tr("Save a copy…"))
        self.close_button = QPushButton(self.tr("Close"))
        for button, name in ((self.previous_button, self.tr("Previous photo")),
                             (self.next_button, self.tr("Next photo")),
                             (self.size_button, self.tr("Show at actual size or fitted")),
                             (self.save_button, self.tr("Save a copy of this photo")),
                             (self.close_button, self.tr("Close the photo"))):
            button.setAccessibleName(name)
        self.previous_button.clicked.connect(lambda: self.show_photo(self.index - 1))
        self.next_button.clicked.connect(lambda: self.show_photo(self.index + 1))
        self.size_button.clicked.connect(self.toggle_size)
        self.save_button.clicked.connect(lambda: self.save_requested.emit(self.current))
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.caption, 1)
        for button in (self.previous_button, self.next_button, self.size_button,
                       self.save_button, self.close_button):
            buttons.addWidget(button)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 12, 12, 12)
        column.addWidget(self.scroll, 1)
        column.addLayout(buttons)
        self.setStyleSheet(f"QDialog#ImageViewer {{ background: {theme.surface}; }}")
        self.resize(QSize(960, 720).boundedTo(self.screen().availableGeometry().size() * 0.9))

    @property
    def current(self) -> Attachment:
        """The photo shown."""
        return self.photos[self.index]

    def show_photo(self, index: int) -> None:
        """Show the photo at index (kept within the entry's photos)."""
        if not self.photos:
            return
        self.index = max(0, min(index, len(self.photos) - 1))
        photo = self.current
        data = self._data_of(photo.uuid)
        self._image = decoded_image(data) if data else QImage()
        if self._image.isNull():
            self.picture.setPixmap(QPixmap())
            self.picture.setText(self.tr("This photo cannot be shown: its stored bytes are "
                                         "damaged or not an image this app can read."))
        else:
            self.picture.setText("")
        self.setWindowTitle(self.tr("{name} — Photo").format(name=photo.file_name))
        self.picture.setAccessibleName(self.tr("Photo {name}").format(name=photo.file_name))
        dimensions = (f", {self._image.width()} × {self._image.height()}"
                      if not self._image.isNull() else "")
        place = self.tr("{number} of {count}").format(number=self.index + 1,
                                                      count=len(self.photos))
        self.caption.setText(f"{photo.file_name} · {size_text(photo.byte_size)}{dimensions} · "
                             f"{place}")
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(self.photos) - 1)
        self.save_button.setEnabled(data is not None)
        self._render()

    def toggle_size(self) -> None:
        """Switch between fitted to the window and actual size (scrollable)."""
        self.fitted = not self.fitted
        self.size_button.setText(self.tr("Actual size") if self.fitted
                                 else self.tr("Fit to window"))
        self._render()

    def _render(self) -> None:
        if self._image.isNull():
            return
        pixmap = QPixmap.fromImage(self._image)
        if self.fitted:
            room = self.scroll.viewport().size() - QSize(4, 4)
            if pixmap.width() > room.width() or pixmap.height() > room.height():
                pixmap = pixmap.scaled(room, Qt.AspectRatioMode.KeepAspectRatio,
                                       Qt.TransformationMode.SmoothTransformation)
        self.scroll.setWidgetResizable(self.fitted)
        self.picture.setPixmap(pixmap)
        if not self.fitted:
            self.picture.adjustSize()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """← and → step through the photos, Ctrl+0 switches fitted and actual size."""
        if event.key() == Qt.Key.Key_Left:
            self.show_photo(self.index - 1)
        elif event.key() == Qt.Key.Key_Right:
            self.show_photo(self.index + 1)
        elif event.key() == Qt.Key.Key_0 and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.toggle_size()
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._render()
