"""Names, values, practices, follow-ups and import notes are shown as written, never run as HTML;
links carry only well-formed uuids."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from journal_window import open_window
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QCheckBox, QLabel

from empathy_journal.domain.conversation import Debrief
from empathy_journal.domain.entry import EntryKind, new_entry
from empathy_journal.session.journal_session import JournalSession
from empathy_journal.storage.journal import Journal
from empathy_journal.ui.conversations.people_timeline_html import timeline_html
from empathy_journal.ui.conversations.people_view import PeopleView
from empathy_journal.ui.interchange.import_dialog import ImportDialog
from empathy_journal.ui.safe_text import is_entry_uuid
from empathy_journal.ui.widgets.emotion_picker import emotion_tooltip

TODAY = date(2026, 3, 10)
NOW = datetime(2026, 3, 10, 20, 0, tzinfo=UTC)
IMG = "<img src='file:///etc/hostname'>"
NAME, VALUE, FOLLOW_UP, PRACTICE = (f"{IMG}Sam", f"{IMG}honesty", f"{IMG}call back",
                                    f"{IMG}listen")
HOSTILE_UUID = "x'><img src='file:///etc/hostname'><a href='entry:y"


@pytest.fixture
def hostile(memory_journal: Journal) -> JournalSession:
    """A journal whose person, value, practice and follow-up carry an <img> tag, and whose
    debrief's uuid (as an old own-JSON import could leave it) breaks out of an href."""
    stores = JournalSession(memory_journal)
    sam = stores.people.repository.create(NAME)
    stores.values.add_value(VALUE)
    stores.practices.add_practice(PRACTICE, description=PRACTICE)
    entry = new_entry(TODAY, now=NOW, kind=EntryKind.CONVERSATION)
    saved = stores.debriefs.repository.save_debrief(
        entry, Debrief(person_id=sam.id, follow_up=FOLLOW_UP, follow_up_due=date(2026, 3, 8)),
        now=NOW)
    memory_journal.db.execute("UPDATE entries SET uuid = ? WHERE id = ?", [HOSTILE_UUID, saved.id])
    memory_journal.db.conn.commit()
    return stores


def _rich_labels_holding_markup(widget) -> list[str]:
    """Labels that would render stored text as HTML: rich (or guessing) with a raw tag in it."""
    return [label.text() for label in widget.findChildren(QLabel)
            if "<img" in label.text() and label.textFormat() != Qt.TextFormat.PlainText]


def test_the_window_shows_every_stored_name_as_plain_text(qtbot, hostile: JournalSession) -> None:
    window = open_window(qtbot, hostile.journal, today=TODAY, zone_name="UTC", show=False)
    window.show()
    window.conversations.show_people()
    window.show_insights()
    window.show_journal()
    shown = [label.text() for label in window.findChildren(QLabel)]
    assert any(text == FOLLOW_UP for text in shown)  # the follow-up, exactly as typed
    assert any(text.startswith(f"with {NAME}") for text in shown)  # the "with …" hint
    assert VALUE in shown  # the values panel
    assert _rich_labels_holding_markup(window) == []


def test_people_heading_and_timeline_escape_names_and_drop_a_broken_uuid(
        qtbot, hostile: JournalSession) -> None:
    view = PeopleView(hostile, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.show()
    assert view.name_label.text() == NAME
    assert view.name_label.textFormat() == Qt.TextFormat.PlainText
    html = view.timeline.toHtml()
    assert "<img" not in html and "file:///" not in html.replace("&lt;img src='file:///", "")
    assert "Open entry" in html and "href=\"entry:" not in html
    opened: list[str] = []
    view.open_entry.connect(opened.append)
    view.timeline.anchorClicked.emit(QUrl(f"entry:{HOSTILE_UUID}"))
    view.timeline.anchorClicked.emit(QUrl("check:1'><img:right"))  # ignored, no traceback
    assert opened == []


def test_a_well_formed_uuid_still_links_its_entry(hostile: JournalSession) -> None:
    sam = hostile.people.find_by_name(NAME)
    assert sam is not None and sam.id is not None
    [item] = hostile.people.timeline(sam.id)
    good = "1b4e28ba-2fa1-41d2-883f-0016d3cca427"
    assert f'<a href="entry:{good}">Open entry</a>' in timeline_html(
        [replace(item, entry_uuid=good)], TODAY)
    assert is_entry_uuid(good) and not is_entry_uuid(HOSTILE_UUID)
    assert not is_entry_uuid(good + "\n") and not is_entry_uuid(f"{good}'")


def test_practice_and_emotion_tooltips_show_the_words_not_the_markup(
        qtbot, hostile: JournalSession) -> None:
    emotion = replace(hostile.journal.emotions()[0], label=NAME, definition=IMG)
    assert "<img" not in emotion_tooltip(emotion) and "&lt;img" in emotion_tooltip(emotion)
    window = open_window(qtbot, hostile.journal, today=TODAY, zone_name="UTC", show=False)
    [box] = [b for b in window.findChildren(QCheckBox) if b.text() == PRACTICE]
    assert "<img" not in box.toolTip() and "&lt;img" in box.toolTip()


def test_daylio_labels_in_the_import_preview_are_text(qtbot, memory_journal: Journal,
                                                       tmp_path: Path) -> None:
    source = tmp_path / "daylio.csv"
    source.write_text("full_date,date,weekday,time,mood,activities,note_title,note\n"
                      f"2020-05-31,31 May,Sunday,18:05,{IMG}odd,,t,n\n", encoding="utf-8")
    dialog = ImportDialog(JournalSession(memory_journal))
    qtbot.addWidget(dialog)
    dialog.zone.setText("UTC")
    dialog.set_file(source)
    assert "1 entry" in dialog.summary.text()
    assert "<img" not in dialog.summary.text() and "&lt;img" in dialog.summary.text()
