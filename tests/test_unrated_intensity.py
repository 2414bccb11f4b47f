"""An emotion word's intensity starts not rated: stored as such, migrated, exported and picked."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from empathy_journal.domain.entry import EmotionTag, Subject, new_entry
from empathy_journal.interchange.exporter import export_journal
from empathy_journal.interchange.importer import import_file
from empathy_journal.storage.journal import Journal
from empathy_journal.ui.widgets.intensity_dots import IntensityDots

FIXTURES = Path(__file__).parent / "fixtures"
NOW = datetime(2026, 2, 1, 12, 0, tzinfo=UTC)


def _save_words(journal: Journal, *tags: EmotionTag) -> str:
    entry = new_entry(date(2026, 1, 20), now=NOW, tz="UTC")
    entry.body, entry.emotions = "Talked it through.", list(tags)
    return journal.repository.save_entry(entry, now=NOW).uuid


def test_a_word_without_intensity_is_stored_and_read_back_as_not_rated(memory_journal):
    assert EmotionTag("calm").intensity is None
    uuid = _save_words(memory_journal, EmotionTag("calm"), EmotionTag("hurt", 4, Subject.OTHER))
    stored = memory_journal.db.execute(
        "SELECT emotion_id, intensity FROM entry_emotions ORDER BY position").fetchall()
    assert stored == [("calm", None), ("hurt", 4)]
    entry = memory_journal.repository.get_entry(uuid)
    assert [(t.emotion_id, t.intensity) for t in entry.emotions] == [("calm", None), ("hurt", 4)]


def test_the_migration_keeps_every_stored_intensity_and_the_sync_triggers(tmp_path):
    path = tmp_path / "journal.sqlite"
    shutil.copyfile(FIXTURES / "journal-0007_sync.sqlite", path)
    journal = Journal.open(path)
    try:
        db = journal.db
        assert db.execute("SELECT emotion_id, intensity, subject FROM entry_emotions "
                          "ORDER BY entry_id, position").fetchall() == [
            ("calm", 4, "self"), ("content", 2, "self"), ("hurt", 3, "other")]
        triggers = {name for (name,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' "
            "AND tbl_name = 'entry_emotions'")}
        assert triggers == {"sync_entry_emotions_I", "sync_entry_emotions_U",
                            "sync_entry_emotions_D"}
        assert db.execute("SELECT count(*) FROM sqlite_master WHERE type = 'index' "
                          "AND name = 'entry_emotions_by_emotion'").fetchone() == (1,)
        db.execute("UPDATE entry_emotions SET intensity = NULL WHERE emotion_id = 'calm'")
        with pytest.raises(Exception, match="CHECK"):
            db.execute("UPDATE entry_emotions SET intensity = 6 WHERE emotion_id = 'calm'")
    finally:
        journal.close()


def test_not_rated_travels_through_the_own_json_format_and_back(memory_journal, tmp_path):
    _save_words(memory_journal, EmotionTag("calm"), EmotionTag("grateful", 5))
    dest = tmp_path / "out.json"
    export_journal(memory_journal.db, dest, "json", now=NOW)
    document = json.loads(dest.read_text(encoding="utf-8"))
    (record,) = document["entries"]
    assert record["emotions"] == [{"emotion": "calm", "intensity": None, "subject": "self"},
                                  {"emotion": "grateful", "intensity": 5, "subject": "self"}]
    target = Journal.open(None)
    try:
        import_file(target, dest)
        (uuid,) = [r[0] for r in target.db.execute("SELECT uuid FROM entries")]
        tags = target.repository.get_entry(uuid).emotions
        assert [(t.emotion_id, t.intensity) for t in tags] == [("calm", None), ("grateful", 5)]
    finally:
        target.close()


def test_csv_and_markdown_show_a_word_without_a_made_up_number(memory_journal, tmp_path):
    _save_words(memory_journal, EmotionTag("calm"), EmotionTag("grateful", 5))
    export_journal(memory_journal.db, tmp_path / "out.csv", "csv", now=NOW)
    text = (tmp_path / "out.csv").read_text(encoding="utf-8")
    assert "calm; grateful 5" in text
    export_journal(memory_journal.db, tmp_path / "out.md", "markdown-single", now=NOW)
    markdown = "".join(p.read_text(encoding="utf-8") for p in tmp_path.rglob("*.md"))
    assert '  - "calm": null\n  - "grateful": 5\n' in markdown


def test_the_dots_start_not_rated_take_a_digit_and_clear_with_delete(qtbot):
    dots = IntensityDots()
    qtbot.addWidget(dots)
    assert dots.value() is None
    assert dots.accessibleDescription() == "intensity not rated"
    seen: list[object] = []
    dots.valueChanged.connect(seen.append)
    qtbot.keyClick(dots, Qt.Key.Key_4)
    assert dots.value() == 4 and dots.accessibleDescription() == "4 of 5, strong"
    qtbot.keyClick(dots, Qt.Key.Key_Delete)
    assert dots.value() is None
    qtbot.keyClick(dots, Qt.Key.Key_Right)
    assert dots.value() == 1
    assert seen == [4, None, 1]
