"""Folders of Markdown notes: the fixture note by note, front matter, walking, refusals, CLI."""

from __future__ import annotations

import os
import shutil
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from empathy_journal.cli import main
from empathy_journal.domain.entry import Entry
from empathy_journal.interchange.errors import ImportCancelledError, ImportFormatError
from empathy_journal.interchange.exporter import export_journal
from empathy_journal.interchange.importer import (
    detect_format,
    import_batch,
    import_file,
    read_source,
)
from empathy_journal.storage.journal import Journal

FOLDER = Path(__file__).parent / "fixtures" / "interchange" / "markdown_notes"
TAIL = ". Nothing was imported; your journal is unchanged."
NOTES = ["6 Markdown notes found.",
         "1 note has no date in the name or the front matter and was left out: notes/ideas.md.",
         "1 note is not UTF-8 text and was left out: notes/2024-04-01.md.",
         "Front-matter keys this app does not use were ignored: aliases (1×), attendees (1×), "
         "cssclass (1×).",
         "2 hidden files or folders (like .obsidian or .trash) skipped."]
# (place, day, UTC time, title, text, tags, mood, energy, stress), in the folder's name order
EXPECTED = [
    ("daily/2024-01-05.md", "2024-01-05", "2024-01-05T11:00:00Z", "Friday walk",
     "Walked along the canal with Sam. We talked about #work and the #family-plans.\n\n"
     "Mañana más. 明天见。", ["family-plans", "work"], None, None, None),
    ("daily/2024/2024-03-02.md", "2024-03-02", "2024-03-02T11:00:00Z", "Saturday",
     "Slept in. `#not-a-tag` in code.\n\n```\n#include <stdio.h>\n```",
     ["long-weekend", "sleep"], 7, 4, 3),
    ("journals/2026_11_26.md", "2026-11-26", "2026-11-26T11:00:00Z", "",
     "- Morning: phoned mum #family\n- Afternoon: 散歩", ["family"], None, None, None),
    ("notes/meeting.md", "2025-06-01", "2025-06-01T06:30:00Z", "Team retro",
     "It went better than I feared.", ["family-life", "work"], None, None, None),
]


def _rows(journal: Journal) -> list[tuple]:
    rows = journal.db.execute(
        "SELECT id, local_date, created_utc, title, body, mood, energy, stress, tz, source_app "
        "FROM entries ORDER BY local_date").fetchall()
    tags: dict[int, list[str]] = {}
    for entry_id, tag in journal.db.execute("SELECT entry_id, tag FROM entry_tags"):
        tags.setdefault(entry_id, []).append(tag)
    return [(r[1], r[2], r[3], r[4], sorted(tags.get(r[0], [])), *r[5:]) for r in rows]


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    shutil.copytree(FOLDER, folder)
    return folder


def test_the_folder_is_recognised_and_each_dated_note_read() -> None:
    assert detect_format(FOLDER) == "markdown-folder"
    batch = read_source(FOLDER, tz="Europe/Berlin")
    assert batch.notes == NOTES
    assert batch.places == [e[0] for e in EXPECTED]
    assert [(e.local_date.isoformat(), e.created_utc.strftime("%Y-%m-%dT%H:%M:%SZ"), e.title,
             e.body, e.tags, e.mood, e.energy, e.stress) for e in batch.entries] == [
        e[1:] for e in EXPECTED]


def test_importing_stores_every_note_and_twice_adds_nothing(memory_journal: Journal) -> None:
    result = import_file(memory_journal, FOLDER, tz="Europe/Berlin")
    assert (result.added, result.updated, result.unchanged) == (4, 0, 0)
    assert _rows(memory_journal) == sorted(
        (*e[1:6], *e[6:9], "Europe/Berlin", "markdown") for e in EXPECTED)
    again = import_file(memory_journal, FOLDER, tz="Europe/Berlin")
    assert (again.added, again.updated, again.unchanged) == (0, 0, 4)


def test_an_edited_note_is_updated_not_doubled(memory_journal: Journal, tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    import_file(memory_journal, folder)
    note = folder / "journals" / "2026_11_26.md"
    note.write_text("- Evening: a long call #family\n", encoding="utf-8")
    edited = import_file(memory_journal, folder)
    assert (edited.added, edited.updated, edited.unchanged) == (0, 1, 3)
    assert memory_journal.db.execute(
        "SELECT body FROM entries WHERE local_date = '2026-11-26'").fetchone() == (
        "- Evening: a long call #family",)


def test_hidden_folders_and_link_loops_are_walked_safely(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    os.symlink(folder, folder / "daily" / "loop", target_is_directory=True)
    os.symlink(folder / "daily", folder / "also-daily", target_is_directory=True)
    batch = read_source(folder)
    assert len(batch.entries) == 4  # daily/ reached through the link is not read again
    assert batch.notes[0] == "6 Markdown notes found."


def test_cancel_leaves_the_journal_unchanged(memory_journal: Journal) -> None:
    with pytest.raises(ImportCancelledError):
        import_file(memory_journal, FOLDER, cancel=lambda: True)
    assert memory_journal.repository.entry_count(include_trashed=True) == 0


@pytest.mark.parametrize(("front", "reason"), [
    ("mood: 11", "mood: 11 is outside 1–10 (change it in the note, or remove it, and import "
     "again)"),
    ("stress: -1", "stress: -1 is outside 0–10 (change it in the note, or remove it, and "
     "import again)"),
    ("energy: 6.5", "energy: 6.5 is not a whole number from 1 to 10"),
    ("mood: great", "mood: 'great' is not a whole number from 1 to 10"),
    ("date: someday", "date: 'someday' is not a date like 2024-05-31 (or 2024-05-31 08:30)"),
    ("date: 2024-02-30", "the YAML holds a value that cannot be read (day is out of range for "
     "month)"),
    ("tags: {a: b}", "tags: an object is not a list of tags or tags separated by commas"),
    ("mood: [7", "the YAML is damaged (did not find expected ',' or ']' at line 3, column 1)"),
    ("- just\n- a list", "its front matter holds a list, not keys and values"),
])
def test_a_bad_note_among_good_ones_is_refused_by_name(
        memory_journal: Journal, tmp_path: Path, front: str, reason: str) -> None:
    folder = _copy(tmp_path)
    (folder / "daily" / "2024-01-07.md").write_text(f"---\n{front}\n---\nText\n",
                                                    encoding="utf-8")
    with pytest.raises(ImportFormatError) as refused:
        import_file(memory_journal, folder)
    assert str(refused.value) == f"vault, daily/2024-01-07.md, {reason}{TAIL}".replace(
        "md, its front", "md: its front").replace("md, the YAML", "md: the YAML")
    assert memory_journal.repository.entry_count(include_trashed=True) == 0


def test_front_matter_dates_and_tags_in_their_usual_shapes(tmp_path: Path) -> None:
    notes = {
        "a.md": "---\ndate: 2024-05-31\ntags: [one, Two Words]\nstarred: true\n---\nA",
        "b.md": "---\ndate: '2024-06-01T07:15:00+02:00'\ntags: one two\n---\n# B title\nB",
        "c.md": "---\ndate: 2024-06-02\ntitle: From the front\nmood: '8'\n---\nC",
        "2024.06.03.md": "---\n---\nD #nested/tag",
        "2024-06-04 Walk by the sea.md": "\ufeffE",
    }
    for name, text in notes.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    batch = read_source(tmp_path, "markdown-folder", tz="Asia/Tokyo")
    assert [(e.local_date.isoformat(), e.created_utc.isoformat(), e.title, e.body, e.tags,
             e.mood, e.starred) for e in batch.entries] == [
        ("2024-06-04", "2024-06-04T03:00:00+00:00", "", "E", [], None, False),
        ("2024-06-03", "2024-06-03T03:00:00+00:00", "", "D #nested/tag", ["nested/tag"], None,
         False),
        ("2024-05-31", "2024-05-31T03:00:00+00:00", "", "A", ["one", "two-words"], None, True),
        ("2024-06-01", "2024-06-01T05:15:00+00:00", "B title", "B", ["one", "two"], None,
         False),
        ("2024-06-02", "2024-06-02T03:00:00+00:00", "From the front", "C", [], 8, False),
    ]


def test_our_own_markdown_export_comes_back_with_dates_ratings_and_tags(
        memory_journal: Journal, tmp_path: Path) -> None:
    now = datetime(2026, 3, 1, 12, tzinfo=UTC)
    memory_journal.repository.save_entry(Entry(
        uuid="u-1", local_date=date(2026, 2, 28), created_utc=datetime(2026, 2, 28, 22, 5,
                                                                       tzinfo=UTC),
        tz="America/New_York", title="A \"quoted\" day", body="Calm.\n\nMore.", mood=6,
        stress=2, tags=["calm", "home"], starred=True), now=now)
    export_journal(memory_journal.db, tmp_path / "out", "markdown", now=now)
    batch = read_source(tmp_path / "out")
    [entry] = batch.entries
    assert (entry.local_date, entry.created_utc, entry.tz, entry.title, entry.body,
            entry.mood, entry.stress, entry.tags, entry.starred) == (
        date(2026, 2, 28), datetime(2026, 2, 28, 22, 5, tzinfo=UTC), "America/New_York",
        'A "quoted" day', "Calm.\n\nMore.", 6, 2, ["calm", "home"], True)
    assert batch.notes[-1] == "Front-matter keys this app does not use were ignored: kind (1×), " \
        "uuid (1×)."


def test_the_command_line_imports_a_vault(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "journal.sqlite"
    assert main(["--journal", str(target), "import", str(FOLDER)]) == 0
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [
        f"Read 4 entries (folder of Markdown notes) from {FOLDER}.", *NOTES]
    assert captured.out == "Imported 4 new entries, updated 0, 0 were already in the journal.\n"
    assert main(["--journal", str(target), "import", "--format", "markdown-folder",
                 str(FOLDER)]) == 0
    assert capsys.readouterr().out == (
        "Imported 0 new entries, updated 0, 4 were already in the journal.\n")


def test_a_batch_from_read_source_is_checked_once(memory_journal: Journal,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from empathy_journal.interchange import importer

    calls: list[int] = []
    real = importer.check_entries
    monkeypatch.setattr(importer, "check_entries",
                        lambda path, entries, places=None: calls.append(len(entries))
                        or real(path, entries, places))
    batch = read_source(FOLDER)
    import_batch(memory_journal, batch)
    assert calls == [4]


def test_logseq_page_properties_are_read_like_front_matter(tmp_path: Path) -> None:
    journals = tmp_path / "graph" / "journals"
    journals.mkdir(parents=True)
    (journals / "2026_11_26.md").write_text(
        "mood:: 8\nstress:: 2\ntags:: [[work]], [[family time]]\ndate:: [[Nov 26th, 2026]]\n"
        "- Called mum\n  - she is well\n", encoding="utf-8")
    (journals / "2026_11_27.md").write_text("- starred:: is not a property here\n",
                                            encoding="utf-8")
    batch = read_source(tmp_path / "graph")
    assert [(e.local_date.isoformat(), e.body, e.mood, e.stress, e.tags)
            for e in batch.entries] == [
        ("2026-11-26", "- Called mum\n  - she is well", 8, 2, ["family-time", "work"]),
        ("2026-11-27", "- starred:: is not a property here", None, None, [])]
    assert batch.notes[-1] == "Front-matter keys this app does not use were ignored: date (1×)."


def test_one_note_chosen_as_a_file_says_to_choose_its_folder(tmp_path: Path) -> None:
    note = tmp_path / "2024-01-05.md"
    note.write_text("# A day\n", encoding="utf-8")
    with pytest.raises(ImportFormatError) as refused:
        read_source(note)
    assert str(refused.value) == ("2024-01-05.md: Markdown notes are imported as a folder: "
                                  "choose the folder that holds them instead of one note" + TAIL)
