"""AttachmentsStrip: the entry's photos and files under the text, with Attach… and drop."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QMimeData,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QIcon,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from empathy_journal.domain.attachments import EXTENSIONS, Attachment, size_text
from empathy_journal.ui.attachments.incoming_files import carries_files
from empathy_journal.ui.attachments.thumbnails import ThumbnailCache
from empathy_journal.ui.theme import Theme

THUMB_EMS = 4.6  # thumbnail edge in font heights (64 px at 14 px)
HINT = QT_TRANSLATE_NOOP("AttachmentsStrip",
                         "Drop photos or files here, or paste an image (Ctrl+V) into the text.")


def paperclip_icon(theme: Theme, edge: int = 18) -> QIcon:
    """A paperclip drawn in the theme's text colour (no emoji font needed)."""
    pixmap = QPixmap(edge * 2, edge * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(theme.text), 1.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    s = edge / 18
    path = QPainterPath(QPointF(11.5 * s, 5 * s))
    path.lineTo(11.5 * s, 12.5 * s)
    path.arcTo(QRectF(6.5 * s, 10 * s, 5 * s, 5 * s), 0, -180)
    path.lineTo(6.5 * s, 4.5 * s)
    path.arcTo(QRectF(6.5 * s, 1.5 * s, 7.5 * s, 6 * s), 180, -180)
    path.lineTo(14 * s, 13 * s)
    path.arcTo(QRectF(4 * s, 8.5 * s, 10 * s, 8.5 * s), 0, -180)
    path.lineTo(4 * s, 6 * s)
    painter.drawPath(path)
    painter.end()
    return QIcon(pixmap)


def file_glyph(attachment: Attachment, theme: Theme, edge: int) -> QPixmap:
    """A page with a folded corner and the file's kind on it ("PDF", "MP4", "?")."""
    pixmap = QPixmap(edge * 2, edge * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    width, height = edge * 0.62, edge * 0.8
    left, top, fold = (edge - width) / 2, (edge - height) / 2, edge * 0.16
    page = QPainterPath(QPointF(left, top))
    page.lineTo(left + width - fold, top)
    page.lineTo(left + width, top + fold)
    page.lineTo(left + width, top + height)
    page.lineTo(left, top + height)
    page.closeSubpath()
    colour = QColor(theme.danger if not attachment.readable else theme.accent)
    painter.setPen(QPen(colour, 1.4))
    painter.setBrush(QColor(theme.raised))
    painter.drawPath(page)
    painter.drawLine(QPointF(left + width - fold, top), QPointF(left + width - fold, top + fold))
    painter.drawLine(QPointF(left + width - fold, top + fold), QPointF(left + width, top + fold))
    label = "?" if not attachment.readable else (
        EXTENSIONS.get(attachment.media_type, "").lstrip(".").upper()
        or attachment.file_name.rpartition(".")[2][:4].upper()
        or QCoreApplication.translate("AttachmentsStrip", "FILE"))
    font = QFont(painter.font())
    font.setPixelSize(max(8, round(edge * 0.17)))
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(QRectF(left, top + height * 0.35, width, height * 0.4),
                     Qt.AlignmentFlag.AlignCenter, label)
    painter.end()
    return pixmap


def spoken_name(attachment: Attachment) -> str:
    """What a screen reader says for a tile: kind, name and size."""
    if not attachment.readable:
        return QCoreApplication.translate("AttachmentsStrip",
                                          "Unreadable attachment (it can be removed)")
    spoken = (QCoreApplication.translate("AttachmentsStrip", "Photo {name}, {size}")
              if attachment.is_image else
              QCoreApplication.translate("AttachmentsStrip", "File {name}, {size}"))
    return spoken.format(name=attachment.file_name, size=size_text(attachment.byte_size))


class AttachmentTile(QToolButton):
    """One attachment: its thumbnail (or a file glyph), name and size; Enter opens it, Delete
    removes it, the context menu (right click, Menu key, Shift+F10) has every action."""

    def __init__(self, attachment: Attachment, icon: QPixmap, edge: int,
                 menu_for: Callable[[Attachment], QMenu], parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="AttachmentTile")
        self.attachment = attachment
        self._menu_for = menu_for
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.setIcon(QIcon(icon))
        self.setIconSize(QSize(edge, edge))
        size = size_text(attachment.byte_size) if attachment.readable else self.tr(
            "cannot be read")
        self.setFixedWidth(round(edge * 1.75))
        name = self.fontMetrics().elidedText(attachment.shown_name, Qt.TextElideMode.ElideMiddle,
                                             self.width() - 10)
        self.setText(f"{name}\n{size}" if attachment.readable
                     else self.tr("unreadable\nattachment"))
        self.setToolTip(self.tr("{name} ({size}). Enter opens it, Delete removes it; right-click "
                                "for more.").format(name=attachment.shown_name, size=size))
        self.setAccessibleName(spoken_name(attachment))
        self.setAccessibleDescription(self.tr("Press Enter to open, Delete to remove, the Menu "
                                              "key for more"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._menu_for(self.attachment).actions()[-1].trigger()  # Remove… (asks first)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        menu = self._menu_for(self.attachment)
        menu.exec(event.globalPos())


class AttachmentsStrip(QFrame):
    """The files of the shown entry in a row under the text, an Attach… button and a drop
    target; it only shows and asks: the feature does the reading and writing."""

    attach_requested = Signal()
    open_requested = Signal(object)  # Attachment
    save_requested = Signal(object)
    rename_requested = Signal(object)
    remove_requested = Signal(object)
    dropped = Signal(QMimeData)

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="AttachmentsStrip")
        self.theme = theme
        self.cache = ThumbnailCache()
        self.tiles: list[AttachmentTile] = []
        self.shown: list[Attachment] | None = None
        self.setAcceptDrops(True)
        self.attach_button = QToolButton(text=self.tr("Attach…"), objectName="Flat")
        self.attach_button.setIcon(paperclip_icon(theme))
        self.attach_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.attach_button.setAccessibleName(self.tr("Attach photos or files"))
        self.attach_button.setToolTip(self.tr("Attach photos or files to this entry ({keys})")
                                      .format(keys="Ctrl+Shift+A"))
        self.attach_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.attach_button.clicked.connect(self.attach_requested.emit)
        self.hint = QLabel(self.tr(HINT), objectName="Hint", wordWrap=True)
        self.count_label = QLabel(objectName="Muted")
        self.row = QWidget(objectName="AttachmentRow")
        self._row_layout = QHBoxLayout(self.row)
        self._row_layout.setContentsMargins(0, 0, 0, 0)
        self._row_layout.setSpacing(8)
        self._row_layout.addStretch(1)
        self.scroll = QScrollArea(objectName="AttachmentScroll")
        self.scroll.setWidget(self.row)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.scroll.viewport().setAutoFillBackground(False)
        self.row.setAutoFillBackground(False)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.attach_button)
        top.addWidget(self.count_label)
        top.addWidget(self.hint, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 4, 0, 0)
        column.setSpacing(4)
        column.addLayout(top)
        column.addWidget(self.scroll)
        self.scroll.hide()

    @property
    def edge(self) -> int:
        """The thumbnail edge in pixels (it follows the font size)."""
        return round(THUMB_EMS * self.fontMetrics().height())

    def show_files(self, attachments: list[Attachment],
                   data_of: Callable[[str], bytes | None]) -> None:
        """Show these attachments (data_of reads a photo's bytes when its thumbnail is not
        kept yet); the same list as shown leaves the tiles as they are."""
        if attachments == self.shown:
            return
        self.shown = list(attachments)
        focused = next((t.attachment.uuid for t in self.tiles if t.hasFocus()), None)
        for tile in self.tiles:
            self._row_layout.removeWidget(tile)
            tile.deleteLater()
        self.tiles = []
        edge = self.edge
        for attachment in attachments:
            icon = None
            if attachment.is_image:
                needs_bytes = not self.cache.knows(attachment.uuid, attachment.sha256, edge)
                icon = self.cache.thumbnail(attachment.uuid, attachment.sha256, edge,
                                            data_of(attachment.uuid) if needs_bytes else None)
            tile = AttachmentTile(attachment, icon or file_glyph(attachment, self.theme, edge),
                                  edge, self.menu_for, self.row)
            tile.clicked.connect(lambda _=False, a=attachment: self.open_requested.emit(a))
            self._row_layout.insertWidget(len(self.tiles), tile)
            self.tiles.append(tile)
        self.scroll.setVisible(bool(self.tiles))
        if self.tiles:
            self.scroll.setFixedHeight(self.tiles[0].sizeHint().height() + 14)
        self.hint.setVisible(not self.tiles)
        count = len(attachments)
        self.count_label.setText(self.tr("%n attached", "", count) if count else "")
        self.count_label.setVisible(bool(count))
        previous: QWidget = self.attach_button
        for tile in self.tiles:
            QWidget.setTabOrder(previous, tile)
            previous = tile
        for tile in self.tiles:
            if tile.attachment.uuid == focused:
                tile.setFocus()

    def last_focus(self) -> QWidget:
        """The last control of the strip in the tab order."""
        return self.tiles[-1] if self.tiles else self.attach_button

    def menu_for(self, attachment: Attachment) -> QMenu:
        """Open, Save a copy…, Rename… and Remove… for one attachment (Remove is last)."""
        menu = QMenu(self)
        menu.setAccessibleName(self.tr("Actions for {name}").format(name=attachment.shown_name))
        if attachment.readable:
            menu.addAction(self.tr("Open") if attachment.is_image else self.tr("Save a copy…"),
                           lambda: self.open_requested.emit(attachment))
            if attachment.is_image:
                menu.addAction(self.tr("Save a copy…"),
                               lambda: self.save_requested.emit(attachment))
            menu.addAction(self.tr("Rename…"), lambda: self.rename_requested.emit(attachment))
        menu.addAction(self.tr("Remove…"), lambda: self.remove_requested.emit(attachment))
        return menu

    # -- dropping ----------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self.attach_button.isEnabled() and carries_files(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QEvent) -> None:  # noqa: N802
        event.acceptProposedAction()  # type: ignore[attr-defined]

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        if self.attach_button.isEnabled() and carries_files(event.mimeData()):
            event.acceptProposedAction()
            self.dropped.emit(event.mimeData())
