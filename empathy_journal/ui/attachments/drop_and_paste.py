"""Files and images taken by the entry text: dropped on it, or pasted into it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget

from empathy_journal.ui.attachments.incoming_files import carries_files


def pastes_files(mime: QMimeData) -> bool:
    """Whether pasting this attaches it: local files, or an image that is not also text
    (copied text, even with an image beside it, is pasted as text)."""
    if any(url.isLocalFile() for url in mime.urls()):
        return True
    return mime.hasImage() and not mime.hasText()


class DropAndPaste(QObject):
    """Lets the text take files too: dropped on it, or an image pasted (Ctrl+V) into it.

    Text drops and text pastes go on as usual; only files and images are handed over.
    """

    def __init__(self, text_edit: QWidget, accepting: Callable[[], bool],
                 take: Callable[[QMimeData, str], None], clipboard: Callable[[], QMimeData]
                 ) -> None:
        super().__init__(text_edit)
        self._accepting, self._take, self._clipboard = accepting, take, clipboard
        self._viewport = getattr(text_edit, "viewport", lambda: text_edit)()
        text_edit.installEventFilter(self)
        self._viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and watched is self._viewport:
            if self._accepting() and carries_files(event.mimeData()):  # type: ignore[attr-defined]
                event.acceptProposedAction()  # type: ignore[attr-defined]
                return True
        elif kind == QEvent.Type.Drop and watched is self._viewport:
            mime = event.mimeData()  # type: ignore[attr-defined]
            if self._accepting() and carries_files(mime):
                event.acceptProposedAction()  # type: ignore[attr-defined]
                self._take(mime, "dropped")
                return True
        elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.matches(
                QKeySequence.StandardKey.Paste):
            mime = self._clipboard()
            if self._accepting() and mime is not None and pastes_files(mime):
                self._take(mime, "pasted")
                return True
        return super().eventFilter(watched, event)
