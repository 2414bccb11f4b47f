"""``empathy-journal search`` filters: the same answers as the window's filters on the same
journal, one-line refusals of bad values, and a search that imports only what it needs."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from empathy_journal.cli import main
from empathy_journal.domain.entry import EmotionTag, Entry, EntryKind
from empathy_journal.storage.journal import Journal
from empathy_journal.storage.search import SearchFilters, search_entries

NOW = datetime(2026, 1, 10, 20, 0, tzinfo=UTC)


def _entries() -> list[Entry]:
    base = Entry(uuid="", local_date=date(2026, 1, 1), created_utc=NOW, tz="UTC")
    rows = [
        ("a", 1, "Coffee with Ana", "coffee and a long talk 😢", 7, 2, ["happy"], ["friends"],
         False, EntryKind.REFLECTION),
        ("b", 2, "Work", "coffee at my desk, 担心 the deadline", 3, 8, ["anxious", "tense"],
         ["work"], True, EntryKind.REFLECTION),
        ("c", 3, "Talk with Ben", "we argued over coffee", 4, 6, ["anxious"], ["work"], False,
         EntryKind.CONVERSATION),
        ("d", 5, "Quiet", "tea, no coffee today 同事", 8, 1, ["calm"], [], True,
         EntryKind.REFLECTION),
        ("e", 9, "Late", "coffee again", 5, 5, [], ["friends"], False, EntryKind.CONVERSATION),
    ]
    return [replace(base, uuid=f"uuid-{u}", local_date=date(2026, 1, day), title=title,
                    body=body, mood=mood, stress=stress,
                    emotions=[EmotionTag(e, 3) for e in feelings], tags=tags, starred=starred,
                    kind=kind)
            for u, day, title, body, mood, stress, feelings, tags, starred, kind in rows]


@pytest.fixture
def journal_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("EMPATHY_JOURNAL_PASSPHRASE", raising=False)
    path = tmp_path / "data" / "journal.sqlite"
    journal = Journal.open(path)
    for entry in _entries():
        journal.repository.save_entry(entry, now=NOW)
    people = journal.db
    people.execute("INSERT INTO people (uuid, name, created_utc) VALUES ('p1', 'Ana', 'x'), "
                   "('p2', 'Ben', 'x')")
    people.execute("INSERT INTO entry_people (entry_id, person_id) SELECT id, 1 FROM entries "
                   "WHERE uuid IN ('uuid-a', 'uuid-e')")
    people.execute("INSERT INTO conversations (entry_id, person_id) SELECT id, 2 FROM entries "
                   "WHERE uuid = 'uuid-c'")
    journal.close()
    return path


def _cli(path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> list[str]:
    assert main(["--journal", str(path), "search", *args, "--json", "--limit", "100"]) == 0
    return [row["uuid"][-1] for row in json.loads(capsys.readouterr().out)]


def _direct(path: Path, query: str, filters: SearchFilters) -> list[str]:
    journal = Journal.open(path)
    try:
        return [h.uuid[-1] for h in search_entries(journal.db, query, filters=filters,
                                                   limit=100)]
    finally:
        journal.close()


CASES = [
    (["--from", "2026-01-02", "--to", "2026-01-05"],
     SearchFilters(first=date(2026, 1, 2), last=date(2026, 1, 5))),
    (["--mood-min", "4", "--mood-max", "7"], SearchFilters(mood=(4, 7))),
    (["--mood-max", "10", "--mood-min", "1"], SearchFilters()),  # the whole scale: no filter
    (["--stress-min", "5"], SearchFilters(stress=(5, 10))),
    (["--emotion", "anxious"], SearchFilters(emotion_ids=("anxious",))),
    (["--emotion", "Calm", "--emotion", "happy"], SearchFilters(emotion_ids=("calm", "happy"))),
    (["--person", "ana"], SearchFilters(person_id=1)),
    (["--person", "Ben"], SearchFilters(person_id=2)),  # the person of a debrief
    (["--tag", "#Work"], SearchFilters(tag="work")),
    (["--kind", "debrief"], SearchFilters(kind=EntryKind.CONVERSATION)),
    (["--kind", "reflection", "--starred"],
     SearchFilters(kind=EntryKind.REFLECTION, starred_only=True)),
]


@pytest.mark.parametrize(("options", "filters"), CASES)
@pytest.mark.parametrize("query", ["coffee", "", "同事", "-tea"])
def test_cli_filters_are_the_search_filters(journal_file: Path, capsys: pytest.CaptureFixture,
                                            query: str, options: list[str],
                                            filters: SearchFilters) -> None:
    assert _cli(journal_file, capsys, query, *options) == _direct(journal_file, query, filters)


def test_cli_filters_agree_with_the_window(journal_file: Path, capsys, qtbot) -> None:
    from PySide6.QtCore import QDate

    from empathy_journal.session.journal_session import JournalSession
    from empathy_journal.ui.search.search_panel import SearchPanel

    journal = Journal.open(journal_file)
    panel = SearchPanel(JournalSession(journal))
    qtbot.addWidget(panel)
    panel.filters_button.setChecked(True)
    box = panel.filters_box

    def window(query: str) -> list[str]:
        panel.query.setText(query)
        return [h.uuid[-1] for h in panel.run_search()]

    try:
        box.use_dates.setChecked(True)
        box.first.setDate(QDate(2026, 1, 2))
        box.last.setDate(QDate(2026, 1, 5))
        box.mood[1].setValue(7)
        found = window("coffee ")
        assert found == _cli(journal_file, capsys, "coffee", "--from", "2026-01-02",
                             "--to", "2026-01-05", "--mood-max", "7")
        assert sorted(found) == ["b", "c"]
        box.use_dates.setChecked(False)
        box.mood[1].setValue(10)
        box.emotion.set_selected(["anxious"])
        box.person.setCurrentIndex(box.person.findText("Ben"))
        assert window("") == _cli(journal_file, capsys, "", "--emotion", "anxious",
                                  "--person", "Ben") == ["c"]
        box.emotion.set_selected([])
        box.person.setCurrentIndex(0)
        box.tag.setCurrentIndex(box.tag.findData("friends"))
        box.kind.setCurrentIndex(box.kind.findData(EntryKind.CONVERSATION))
        assert window("coffee ") == _cli(journal_file, capsys, "coffee", "--tag", "friends",
                                         "--kind", "debrief") == ["e"]
        box.tag.setCurrentIndex(0)
        box.kind.setCurrentIndex(0)
        box.starred.setChecked(True)
        box.stress[0].setValue(2)
        assert window("同事 ") == _cli(journal_file, capsys, "同事", "--starred",
                                      "--stress-min", "2") == []
        box.stress[0].setValue(0)
        assert window("同事 ") == _cli(journal_file, capsys, "同事", "--starred") == ["d"]
    finally:
        journal.close()


@pytest.mark.parametrize(("options", "message"), [
    (["--from", "2026-13-01"], "--from '2026-13-01' is not a date like 2026-11-30."),
    (["--from", "2026-02-01", "--to", "2026-01-01"], "--from 2026-02-01 is after --to"),
    (["--mood-min", "0"], "--mood-min must be between 1 and 10 (not 0)."),
    (["--stress-max", "eleven"], "--stress-max 'eleven' is not a whole number."),
    (["--mood-min", "8", "--mood-max", "3"], "--mood-min 8 is above --mood-max 3"),
    (["--emotion", "grumpish"], "There is no feeling called 'grumpish'"),
    (["--person", "Zed"], "Nobody called 'Zed' is in this journal."),
    (["--kind", "dream"], "--kind must be reflection or debrief (not 'dream')."),
    (["--tag", "#"], "--tag needs a tag"),
])
def test_bad_filter_values_get_one_line_refusals(journal_file: Path, capsys, options: list[str],
                                                 message: str) -> None:
    before = journal_file.read_bytes()
    assert main(["--journal", str(journal_file), "search", "coffee", *options]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and message in captured.err, captured.err
    assert journal_file.read_bytes() == before


def test_exclusions_and_filters_mix_on_the_command_line(journal_file: Path, capsys) -> None:
    assert _cli(journal_file, capsys, "coffee", "-argued", "--kind", "debrief") == ["e"]


def test_search_on_an_older_journal_migrates_it_and_finds_every_script(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import shutil

    fixture = Path(__file__).parent / "fixtures" / "journal-0003_search.sqlite"
    path = tmp_path / "data" / "journal.sqlite"
    path.parent.mkdir()
    shutil.copy(fixture, path)
    assert main(["--journal", str(path), "search", "👋", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["uuid"] == "00000000-0000-4000-8000-000000000002"
    assert "👋🏽" in row["snippet"]
    assert main(["--journal", str(path), "search", "walk", "--json"]) == 0  # now the quick path
    assert len(json.loads(capsys.readouterr().out)) == 1
