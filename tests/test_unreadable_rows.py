"""Reading never trusts what is stored: a row with values nobody could have written through the
app shows as "Unreadable entry", never stops the window or a command, and the rest is shown."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from cli_process import run_cli
from journal_window import TODAY, open_window

from empathy_journal.domain.entry import EmotionTag, new_entry
from empathy_journal.storage.journal import Journal

GOOD = {3: "met Ana for tea", 4: "argued, then listened", 5: "a long walk"}
# Values another program or damage could leave behind, one row each (written with plain SQL).
BAD = {
    10: "UPDATE entries SET created_utc = 'x' WHERE id = :id",
    11: "UPDATE entries SET kind = 'nope' WHERE id = :id",
    12: "UPDATE entries SET mood = 'high' WHERE id = :id",
    13: "UPDATE entries SET uuid = NULL WHERE id = :id",
    14: "UPDATE entries SET local_date = '2026-11-1' WHERE id = :id",
    15: "UPDATE entry_emotions SET emotion_id = 'no-such-word', intensity = 9 "
        "WHERE entry_id = :id",
    16: "UPDATE entries SET local_date = 'garbage' WHERE id = :id",
    17: "UPDATE entries SET revision = 'two', starred = 'yes' WHERE id = :id",
}


@pytest.fixture
def bad_journal(tmp_path: Path) -> Path:
    """Three good entries and one bad row per kind of bad value, in November 2026."""
    return write_bad_journal(tmp_path / "data" / "journal.sqlite", BAD)


def write_bad_journal(path: Path, bad: dict[int, str]) -> Path:
    """The good entries, then one row per day of bad, spoilt by its SQL."""
    journal = Journal.open(path)
    save = journal.repository.save_entry
    for day, body in GOOD.items():
        save(replace(new_entry(date(2026, 11, day)), body=body, mood=6))
    ids = {}
    for day in bad:
        saved = save(replace(new_entry(date(2026, 11, day)), body=f"bad row of the {day}th",
                             mood=4, emotions=[EmotionTag("calm", 2)]))
        ids[day] = saved.id
    journal.close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA writable_schema = ON")  # as an older tool's schema would: uuid nullable
    conn.execute("UPDATE sqlite_schema SET sql = replace(sql, 'uuid TEXT NOT NULL UNIQUE', "
                 "'uuid TEXT UNIQUE') WHERE name = 'entries'")
    conn.execute("PRAGMA writable_schema = OFF")
    conn.close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute("PRAGMA foreign_keys = OFF")
    for day, sql in bad.items():
        conn.execute(sql, {"id": ids[day]})
    conn.close()
    return path


def test_the_window_shows_bad_rows_as_unreadable_and_the_rest_as_written(
        qtbot, bad_journal: Path) -> None:
    journal = Journal.open(bad_journal)
    window = open_window(qtbot, journal, today=TODAY)
    window.show_month(2026, 11)
    model = window.page.entry_model
    titles = [model.index(r).data() for r in range(model.rowCount())]
    assert {"met Ana for tea", "argued, then listened", "a long walk"} <= set(titles)
    assert titles.count("Unreadable entry") >= 5
    for row in range(model.rowCount()):
        window.page.entry_list.setCurrentIndex(model.index(row))
        window.page.entry_list.activated.emit(model.index(row))
    opened = [r for r in range(model.rowCount()) if model.index(r).data() == "Unreadable entry"]
    window.page.entry_list.activated.emit(model.index(opened[0]))
    banner = window.page.banner
    assert banner.isVisible() and "cannot be read" in banner.text.text()
    assert "nothing was changed" in banner.text.text().lower()
    window.show_insights()
    window.show_journal()
    window.conversations.people_action.trigger()
    window.show_journal()
    window.quitting_without_questions = True
    window.close()
    journal.close()


def test_commands_skip_bad_rows_and_name_them(bad_journal: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    journal_args = ["--journal", str(bad_journal)]
    check = run_cli([*journal_args, "check"], home)
    assert check.returncode == 1 and "Traceback" not in check.stderr
    assert "unreadable" in (check.stdout + check.stderr).lower()
    for fmt, dest in (("json", "out.json"), ("csv", "out.csv"), ("markdown", "md")):
        result = run_cli([*journal_args, "export", str(tmp_path / dest), "--format", fmt], home)
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
        assert "skipped" in result.stderr.lower() and "cannot be read" in result.stderr
    records = json.loads((tmp_path / "out.json").read_text())["entries"]
    assert {r["body"] for r in records} >= set(GOOD.values())
    csv_text = (tmp_path / "out.csv").read_text()
    assert all(body in csv_text for body in GOOD.values())
    for args in (["search", "bad"], ["search", "tea"],
                 ["report", "--month", "2026-11", "--output", str(tmp_path / "r.md")]):
        result = run_cli([*journal_args, *args], home)
        assert result.returncode == 0, (args, result.stderr)
        assert "Traceback" not in result.stderr


def test_a_time_written_with_a_three_digit_year_by_old_versions_still_reads(
        tmp_path: Path) -> None:
    journal = Journal.open(tmp_path / "journal.sqlite")
    saved = journal.repository.save_entry(replace(new_entry(date(2026, 11, 3)), body="kept"))
    journal.db.execute("UPDATE entries SET created_utc = '202-01-05T09:00:00Z'")
    entry = journal.repository.get_entry(saved.uuid)
    assert entry is not None and entry.created_utc.year == 202
    [summary] = journal.repository.entries_between(date(2026, 11, 1), date(2026, 11, 30))
    assert not summary.unreadable
    journal.close()
