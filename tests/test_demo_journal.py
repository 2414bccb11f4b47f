"""The demo journal: deterministic, covering every month and every table, with sane values."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from empathy_journal.cli import main
from empathy_journal.domain.instruments import INSTRUMENTS
from empathy_journal.domain.prompts import builtin_prompts
from empathy_journal.interchange.demo_journal import months_before, write_demo_journal
from empathy_journal.storage.errors import JournalError
from empathy_journal.storage.journal import Journal

# Not the shared window TODAY: the six demo months end on 15 March 2026 and cross a new year
# (September 2025 to March 2026, as asserted below), so this file keeps its own day.
TODAY = date(2026, 3, 15)
TABLES = ["entries", "entry_emotions", "entry_tags", "people", "conversations", "entry_people",
          "practices", "entry_practices", "personal_values", "entry_values",
          "coping_techniques", "coping_records", "assessments", "templates"]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    write_demo_journal(path, months=6, seed=7, today=TODAY)
    return path


def _query(path: Path, sql: str) -> list[tuple]:
    journal = Journal.open(path, read_only=True)
    try:
        return [tuple(r) for r in journal.db.execute(sql).fetchall()]
    finally:
        journal.close()


def _hashes(path: Path) -> list[tuple]:
    return _query(path, "SELECT uuid, content_hash, created_utc FROM entries ORDER BY id")


def test_same_seed_gives_identical_journal(demo_file: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.sqlite"
    write_demo_journal(again, months=6, seed=7, today=TODAY)
    assert _hashes(again) == _hashes(demo_file)
    assert _query(again, "SELECT * FROM conversations") == _query(
        demo_file, "SELECT * FROM conversations")


def test_other_seed_gives_other_content(demo_file: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    write_demo_journal(other, months=6, seed=8, today=TODAY)
    assert {h for _, h, _ in _hashes(other)} != {h for _, h, _ in _hashes(demo_file)}


def test_every_month_up_to_today_is_covered(demo_file: Path) -> None:
    months = [r[0] for r in _query(
        demo_file, "SELECT DISTINCT substr(local_date, 1, 7) FROM entries ORDER BY 1")]
    assert months == ["2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02",
                      "2026-03"]
    first, last = _query(demo_file, "SELECT min(local_date), max(local_date) FROM entries")[0]
    assert first >= "2025-09-15" and last <= "2026-03-15"


def test_most_days_have_one_entry_some_none_some_two(demo_file: Path) -> None:
    per_day = [r[0] for r in _query(
        demo_file, "SELECT count(*) FROM entries GROUP BY local_date")]
    days = (TODAY - months_before(TODAY, 6)).days + 1
    assert per_day.count(1) > len(per_day) / 2
    assert 2 in per_day
    assert len(per_day) < days  # some days are skipped
    assert max(per_day) <= 3


@pytest.mark.parametrize("table", TABLES)
def test_every_table_has_rows(demo_file: Path, table: str) -> None:
    assert _query(demo_file, f"SELECT count(*) FROM {table}")[0][0] > 0


def test_ratings_stay_in_range_and_are_sometimes_missing(demo_file: Path) -> None:
    row = _query(demo_file, """SELECT min(mood), max(mood), min(energy), max(energy),
        min(stress), max(stress), sum(mood IS NULL), avg(mood) FROM entries""")[0]
    assert min(row[0], row[2]) >= 1 and row[4] >= 0
    assert max(row[1], row[3], row[5]) <= 10
    assert row[6] > 0
    assert 5.0 <= row[7] <= 7.5


def test_weekends_are_calmer_than_weekdays(demo_file: Path) -> None:
    weekend, weekday = _query(demo_file, """SELECT
        avg(CASE WHEN strftime('%w', local_date) IN ('0', '6') THEN stress END),
        avg(CASE WHEN strftime('%w', local_date) NOT IN ('0', '6') THEN stress END)
        FROM entries""")[0]
    assert weekend < weekday - 1


def test_emotions_fit_the_mood(demo_file: Path) -> None:
    rows = _query(demo_file, """SELECT e.mood, avg(m.pleasantness), count(*) FROM entries e
        JOIN entry_emotions ee ON ee.entry_id = e.id AND ee.subject = 'self'
        JOIN emotions m ON m.id = ee.emotion_id WHERE e.mood IS NOT NULL GROUP BY e.id""")
    assert all(1 <= n <= 4 for _, _, n in rows)
    high = [p for mood, p, _ in rows if mood >= 8]
    low = [p for mood, p, _ in rows if mood <= 3]
    assert min(high) > 0 and max(low) < 0


def test_times_are_evenings_in_berlin(demo_file: Path) -> None:
    rows = _query(demo_file, "SELECT created_utc, tz FROM entries")
    assert {tz for _, tz in rows} == {"Europe/Berlin"}
    # 17:00–23:59 Berlin is 15:00–22:59 UTC across summer and winter time.
    assert all("15" <= created[11:13] <= "22" for created, _ in rows)


def test_debriefs_have_people_follow_ups_and_checks(demo_file: Path) -> None:
    rows = _query(demo_file, """SELECT c.follow_up, c.follow_up_due, c.follow_up_done_utc,
        c.perspective_check, p.name, e.kind FROM conversations c
        JOIN people p ON p.id = c.person_id JOIN entries e ON e.id = c.entry_id""")
    assert {r[5] for r in rows} == {"conversation"}
    assert any(r[0] and r[2] is None and r[1] < TODAY.isoformat() for r in rows)  # overdue
    assert any(r[2] is not None for r in rows)  # done
    assert {r[3] for r in rows} >= {"right", "partly", "wrong"}
    others = _query(demo_file, "SELECT count(*) FROM entry_emotions WHERE subject = 'other'")
    assert others[0][0] >= len(rows)


def test_prompts_come_from_the_builtin_set(demo_file: Path) -> None:
    texts = {p.text for p in builtin_prompts()}
    used = {r[0] for r in _query(demo_file, "SELECT prompt FROM entries WHERE prompt <> ''")}
    assert used and used <= texts


def test_check_ins_store_answers_as_given_and_the_raw_score(demo_file: Path) -> None:
    rows = _query(demo_file, "SELECT instrument, answers, score, local_date FROM assessments")
    assert {r[0] for r in rows} == {"who5", "pss10", "empathy"}
    for instrument, answers, score, local_date in rows:
        assert score == INSTRUMENTS[instrument].raw_score(json.loads(answers))
        assert date.fromisoformat(local_date) <= TODAY
    assert max(r[2] for r in rows if r[0] == "who5") <= 25  # raw, not the percentage


def test_months_before_clamps_to_month_end() -> None:
    assert months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert months_before(date(2026, 1, 15), 2) == date(2025, 11, 15)


def test_refuses_existing_file(demo_file: Path) -> None:
    before = demo_file.read_bytes()
    with pytest.raises(JournalError, match="already exists"):
        write_demo_journal(demo_file)
    assert demo_file.read_bytes() == before


def test_demo_command_writes_then_refuses(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    target = tmp_path / "sample.sqlite"
    assert main(["demo", str(target), "--months", "1", "--seed", "3"]) == 0
    count = _query(target, "SELECT count(*) FROM entries")[0][0]
    assert f"Wrote {count} sample entries" in capsys.readouterr().out
    assert main(["demo", str(target)]) == 1
    assert "already exists" in capsys.readouterr().err


def test_demo_follow_ups_leave_the_name_to_the_with_person_suffix(demo_file: Path) -> None:
    rows = _query(demo_file, """SELECT c.follow_up, p.name FROM conversations c
        JOIN people p ON p.id = c.person_id WHERE c.follow_up <> ''""")
    assert {r[0] for r in rows} == {"Follow up on what we agreed.",
                                    "Talk through how the new plan feels.",
                                    "Book a proper slot to finish the conversation."}
    assert not [text for text, name in rows if name in text]
