"""Files arriving in the window (dropped, pasted, chosen) turned into files to attach."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMimeData
from PySide6.QtGui import QImage, QPixmap

from empathy_journal.domain.attachments import MAX_FILE_BYTES, AttachmentFile, size_text


@dataclass
class Incoming:
    """What arrived: the files to attach, and a plain line for each one that could not be read."""

    files: list[AttachmentFile] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def carries_files(mime: QMimeData) -> bool:
    """Whether a drop or the clipboard holds files or an image (not just text)."""
    return mime.hasImage() or any(url.isLocalFile() for url in mime.urls())


def read_paths(paths: list[Path]) -> Incoming:
    """The chosen or dropped files, each checked before it is read (a folder, a missing or
    unreadable file, or one over the limit is named in ``problems`` and not read)."""
    incoming = Incoming()
    for path in paths:
        try:
            if path.is_dir():
                incoming.problems.append(QCoreApplication.translate("IncomingFiles",
                    "“{name}” is a folder; choose the files inside it.").format(name=path.name))
                continue
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                incoming.problems.append(QCoreApplication.translate("IncomingFiles",
                    "“{name}” is {size}; a file can be at most {most}.").format(
                    name=path.name, size=size_text(size), most=size_text(MAX_FILE_BYTES)))
                continue
            with path.open("rb") as handle:
                data = handle.read(MAX_FILE_BYTES + 1)
        except OSError as error:
            incoming.problems.append(QCoreApplication.translate("IncomingFiles",
                "“{name}” could not be read ({reason}).").format(
                name=path.name, reason=error.strerror or error))
            continue
        incoming.files.append(AttachmentFile(path.name, data))
    return incoming


def image_bytes(image: QImage) -> bytes:
    """An image as PNG bytes (a pasted screenshot, an image dragged from a browser)."""
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(array.data())


def image_name(what: str) -> str:
    """The file name an image without one is given: "pasted image.png", "dropped image.png"
    (in the window's language: it names the new file the person sees)."""
    if what == "dropped":
        return QCoreApplication.translate("IncomingFiles", "dropped image.png")
    if what == "pasted":
        return QCoreApplication.translate("IncomingFiles", "pasted image.png")
    return f"{what} image.png"


def read_mime(mime: QMimeData, what: str = "pasted") -> Incoming:
    """Local files named by the data, else its image (as "<what> image.png")."""
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    if paths:
        return read_paths(paths)
    incoming = Incoming()
    if mime.hasImage():
        data = mime.imageData()
        image = data.toImage() if isinstance(data, QPixmap) else QImage(data)
        if image.isNull():
            incoming.problems.append(QCoreApplication.translate("IncomingFiles",
                                                                "The image could not be read."))
        else:
            incoming.files.append(AttachmentFile(image_name(what), image_bytes(image)))
    return incoming
