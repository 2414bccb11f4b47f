"""Attachments in the window: drop, paste, Attach…, the strip, the viewer, remove, keyboard."""

from __future__ import annotations

from pathlib import Path

from journal_window import TODAY, open_window
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication
from test_attachments import png

from empathy_journal.domain.attachments import MAX_FILE_BYTES
from empathy_journal.storage.journal import Journal
from empathy_journal.ui.attachments.attachments_feature import AttachmentsFeature


def _drop(widget, mime: QMimeData) -> bool:
    """Drag mime over widget and drop it there, as a file manager would."""
    point = QPointF(widget.width() / 2, widget.height() / 2)
    action = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(point.toPoint(), action, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    drop = QDropEvent(point, action, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)
    return enter.isAccepted() and drop.isAccepted()


def _files_mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def test_files_dropped_on_the_text_of_a_new_entry_are_attached(qtbot, file_journal: Journal,
                                                               tmp_path: Path) -> None:
    window = open_window(qtbot, file_journal)
    (tmp_path / "lake.png").write_bytes(png(30, 20))
    (tmp_path / "notes.txt").write_text("bring tea", encoding="utf-8")
    assert window.session.entry(window.current_entry.uuid) is None  # nothing written yet
    viewport = window.page.editor.body_edit.viewport()
    assert _drop(viewport, _files_mime(tmp_path / "lake.png", tmp_path / "notes.txt"))
    uuid = window.current_entry.uuid
    assert window.session.entry(uuid) is not None  # the new entry was saved for its files
    stored = window.session.attachments.of(uuid)
    assert [(a.file_name, a.media_type) for a in stored] == [("lake.png", "image/png"),
                                                             ("notes.txt", "text/plain")]
    tiles = window.attachments.strip.tiles
    assert [t.accessibleName() for t in tiles] == [f"Photo lake.png, {len(png(30, 20))} bytes",
                                                   "File notes.txt, 9 bytes"]
    assert window.page.editor.body() == ""  # the drop did not paste the paths as text
    window.page.editor.body_edit.insertPlainText("by the water")
    assert window.save_current()
    assert window.attachments.strip.tiles == tiles  # a save of the text leaves the tiles be


def test_a_text_drop_is_left_to_the_text(qtbot, file_journal: Journal) -> None:
    window = open_window(qtbot, file_journal)
    mime = QMimeData()
    mime.setText("just words")
    assert not _drop(window.attachments.strip, mime)
    assert window.attachments.strip.tiles == []


def test_a_pasted_image_is_attached_and_text_pastes_as_text(qtbot, file_journal: Journal
                                                            ) -> None:
    window = open_window(qtbot, file_journal)
    body = window.page.editor.body_edit
    body.setFocus()
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkCyan)
    mime = QMimeData()
    mime.setImageData(image)
    QGuiApplication.clipboard().setMimeData(mime)
    qtbot.keyClick(body, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    [pasted] = window.session.attachments.of(window.current_entry.uuid)
    assert (pasted.file_name, pasted.media_type) == ("pasted image.png", "image/png")
    shown = QImage.fromData(window.session.attachments.data(pasted.uuid))
    assert (shown.width(), shown.height()) == (40, 30)
    QGuiApplication.clipboard().setText("plain words")
    qtbot.keyClick(body, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.page.editor.body() == "plain words"
    assert len(window.session.attachments.of(window.current_entry.uuid)) == 1


def test_a_file_over_the_limit_is_refused_in_the_banner(qtbot, file_journal: Journal,
                                                        tmp_path: Path, monkeypatch) -> None:
    window = open_window(qtbot, file_journal)
    big = tmp_path / "film.mov"
    with big.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    monkeypatch.setattr(AttachmentsFeature, "ask_files", classmethod(lambda c, p: [big]))
    qtbot.mouseClick(window.attachments.strip.attach_button, Qt.MouseButton.LeftButton)
    assert window.page.banner.isVisible()
    assert window.page.banner.text.text() == (
        "“film.mov” is 25.0 MB; a file can be at most 25.0 MB.")
    assert window.session.entry(window.current_entry.uuid) is None  # nothing was written


def test_open_a_photo_in_the_viewer_and_step_through(qtbot, file_journal: Journal,
                                                     tmp_path: Path) -> None:
    window = open_window(qtbot, file_journal)
    for name, size in (("one.png", (8, 6)), ("two.png", (5, 9))):
        (tmp_path / name).write_bytes(png(*size))
    _drop(window.attachments.strip, _files_mime(tmp_path / "one.png", tmp_path / "two.png"))
    first = window.attachments.strip.tiles[0]
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Return)
    viewer = window.attachments.viewer
    assert viewer is not None and viewer.isVisible()
    assert viewer.caption.text() == f"one.png · {len(png(8, 6))} bytes, 8 × 6 · 1 of 2"
    qtbot.keyClick(viewer, Qt.Key.Key_Right)
    assert viewer.caption.text().startswith("two.png") and viewer.caption.text().endswith(
        "5 × 9 · 2 of 2")
    assert not viewer.next_button.isEnabled()
    viewer.close()


def test_remove_asks_first_and_delete_key_reaches_it(qtbot, file_journal: Journal,
                                                     tmp_path: Path, monkeypatch) -> None:
    window = open_window(qtbot, file_journal)
    (tmp_path / "a.txt").write_text("a", encoding="utf-8")
    _drop(window.attachments.strip, _files_mime(tmp_path / "a.txt"))
    answers = [False, True]
    asked = []

    def ask(cls, parent, attachment):
        asked.append(attachment.file_name)
        return answers.pop(0)

    monkeypatch.setattr(AttachmentsFeature, "ask_remove", classmethod(ask))
    tile = window.attachments.strip.tiles[0]
    tile.setFocus()
    qtbot.keyClick(tile, Qt.Key.Key_Delete)
    assert len(window.session.attachments.of(window.current_entry.uuid)) == 1  # "Cancel"
    qtbot.keyClick(window.attachments.strip.tiles[0], Qt.Key.Key_Delete)
    assert asked == ["a.txt", "a.txt"]
    assert window.session.attachments.of(window.current_entry.uuid) == []
    assert window.attachments.strip.tiles == []
    assert window.attachments.strip.hint.isVisibleTo(window.attachments.strip)


def test_save_a_copy_and_rename(qtbot, file_journal: Journal, tmp_path: Path,
                                monkeypatch) -> None:
    window = open_window(qtbot, file_journal)
    (tmp_path / "tides.pdf").write_bytes(b"%PDF-1.4 tides")
    _drop(window.attachments.strip, _files_mime(tmp_path / "tides.pdf"))
    copy = tmp_path / "out" / "copy.pdf"
    copy.parent.mkdir()
    monkeypatch.setattr(AttachmentsFeature, "ask_copy_path", classmethod(lambda c, p, n: copy))
    monkeypatch.setattr(AttachmentsFeature, "ask_new_name",
                        classmethod(lambda c, p, n: "June/tides?.pdf"))
    tile = window.attachments.strip.tiles[0]
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)  # not a photo: opening saves a copy
    assert copy.read_bytes() == b"%PDF-1.4 tides"
    window.attachments.rename(tile.attachment)
    assert [t.accessibleName() for t in window.attachments.strip.tiles] == [
        "File tides_.pdf, 14 bytes"]


def test_a_damaged_file_shows_as_unreadable_and_the_strip_follows_the_entry(
        qtbot, file_journal: Journal, tmp_path: Path) -> None:
    window = open_window(qtbot, file_journal)
    (tmp_path / "a.png").write_bytes(png())
    _drop(window.attachments.strip, _files_mime(tmp_path / "a.png"))
    uuid = window.current_entry.uuid
    db = file_journal.db
    with db.atomic():
        db.execute("UPDATE attachments SET sha256 = 'broken'")
    window.attachments.refresh()
    [tile] = window.attachments.strip.tiles
    assert tile.accessibleName() == "Unreadable attachment (it can be removed)"
    assert tile.text() == "unreadable\nattachment"
    window.new_entry()
    assert window.attachments.strip.tiles == []
    window.open_entry(uuid)
    assert len(window.attachments.strip.tiles) == 1


def test_tab_reaches_attach_from_the_text(qtbot, file_journal: Journal) -> None:
    window = open_window(qtbot, file_journal, today=TODAY)
    body = window.page.editor.body_edit
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.attachments.strip.attach_button
    assert window.attachments.strip.attach_button.accessibleName() == "Attach photos or files"
    assert window.attachments.attach_action.shortcut().toString() == "Ctrl+Shift+A"


def test_an_encrypted_journal_shows_photos_and_forgets_them_when_locked(
        qtbot, journal_path: Path, tmp_path: Path) -> None:
    journal = Journal.open(journal_path, passphrase="a long secret")
    window = open_window(qtbot, journal)
    (tmp_path / "p.png").write_bytes(png(6, 6))
    _drop(window.attachments.strip, _files_mime(tmp_path / "p.png"))
    before = set(journal_path.parent.rglob("*"))
    window.attachments.open(window.attachments.strip.tiles[0].attachment)
    assert window.attachments.viewer is not None
    assert set(journal_path.parent.rglob("*")) == before  # no decrypted copy on the disk
    assert len(window.attachments.strip.cache) == 1
    window.safety.lock()
    assert window.attachments.viewer is None
    assert len(window.attachments.strip.cache) == 0
    assert window.attachments.strip.tiles == []
    assert not window.attachments.attach_action.isEnabled()
    assert window.safety.unlock("a long secret") is True
    assert [t.attachment.file_name for t in window.attachments.strip.tiles] == ["p.png"]
    journal.close()
