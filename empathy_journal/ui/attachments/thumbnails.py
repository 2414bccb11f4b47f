"""Photos scaled down once and kept: thumbnails by attachment and size, and fitted images."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QPainter, QPixmap

MAX_KEPT = 240  # thumbnails kept in memory (least recently shown go first)


def decoded_image(data: bytes, fit: QSize | None = None) -> QImage:
    """The image in data, turned as its camera meant (EXIF), decoded straight to fit when
    given (a large photo is never decoded whole for a thumbnail); a null image when the
    bytes are not an image Qt can read."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    if fit is not None:
        size = reader.size()
        if size.isValid() and (size.width() > fit.width() or size.height() > fit.height()):
            reader.setScaledSize(size.scaled(fit, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    buffer.close()
    if image.isNull() or fit is None:
        return image
    if image.width() > fit.width() or image.height() > fit.height():  # turned after scaling
        image = image.scaled(fit, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    return image


def _squared(image: QImage, edge: int) -> QPixmap:
    """The image centred on a clear edge×edge square, so every tile lines up."""
    square = QPixmap(edge, edge)
    square.fill(Qt.GlobalColor.transparent)
    painter = QPainter(square)
    painter.drawImage((edge - image.width()) // 2, (edge - image.height()) // 2, image)
    painter.end()
    return square


class ThumbnailCache:
    """Thumbnails by (attachment uuid, SHA-256, edge): a photo is scaled down once."""

    def __init__(self, max_kept: int = MAX_KEPT) -> None:
        self._kept: OrderedDict[tuple[str, str, int], QPixmap | None] = OrderedDict()
        self._max_kept = max_kept
        self.decoded = 0  # how many times bytes were decoded (the tests count it)

    def thumbnail(self, uuid: str, sha256: str, edge: int, data: bytes | None) -> QPixmap | None:
        """The thumbnail at most edge×edge pixels (None: not an image Qt can read)."""
        key = (uuid, sha256, edge)
        if key in self._kept:
            self._kept.move_to_end(key)
            return self._kept[key]
        image = decoded_image(data, QSize(edge, edge)) if data else QImage()
        self.decoded += 1
        pixmap = None if image.isNull() else _squared(image, edge)
        self._kept[key] = pixmap
        while len(self._kept) > self._max_kept:
            self._kept.popitem(last=False)
        return pixmap

    def clear(self) -> None:
        """Forget every thumbnail (the journal was locked)."""
        self._kept.clear()

    def __len__(self) -> int:
        return len(self._kept)

    def knows(self, uuid: str, sha256: str, edge: int) -> bool:
        """Whether the thumbnail is kept (its bytes need not be read again)."""
        return (uuid, sha256, edge) in self._kept
