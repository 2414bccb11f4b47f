"""RedNotebook data folders: the fixture read day by day, markup, idempotence, refusals, CLI."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from empathy_journal.cli import EXIT_FAILED, main
from empathy_journal.interchange.errors import (
    ImportCancelledError,
    ImportFormatError,
    ImportSourceError,
)
from empathy_journal.interchange.importer import (
    detect_format,
    import_batch,
    import_file,
    read_source,
)
from empathy_journal.interchange.rednotebook_markup import to_markdown
from empathy_journal.storage.journal import Journal

FOLDER = Path(__file__).parent / "fixtures" / "interchange" / "rednotebook"
TAIL = ". Nothing was imported; your journal is unchanged."
# (day, UTC time of noon in Europe/Berlin, title, text, tags), in date order
EXPECTED = [
    ("2023-12-24", "2023-12-24T11:00:00Z", "",
     "Cooked with Ana for hours. **Best** evening in *weeks*.\n#family #cooking\n\n"
     "- Cooking: lasagne\n- Cooking: tiramisu", ["cooking", "family"]),
    ("2023-12-31", "2023-12-31T11:00:00Z", "",
     "大晦日。同事と話した。#振り返り\n\n### 来年\nもっと休む。", ["振り返り"]),
    ("2024-02-03", "2024-02-03T11:00:00Z", "", "", ["exercise"]),
    ("2024-02-29", "2024-02-29T11:00:00Z", "Leap day",
     "A ~~cancelled~~ meeting, then `coffee`.\n1. first\n1. second\n"
     "![Photo](<file:///home/me/Pictures/leap day.jpg>)\n"
     "[RedNotebook](https://rednotebook.app) see https://example.org//a//b", ["work-trip"]),
    ("2025-01-01", "2025-01-01T11:00:00Z", "",
     "Νέα χρονιά. Новый год. 새해 복 많이 받으세요 🎉 #newyear", ["newyear"]),
    ("2025-01-02", "2025-01-02T11:00:00Z", "", "Quiet day.\nRead *Middlemarch*.\n\n"
     "- Reading: Middlemarch", ["reading"]),
]


def _summary(journal: Journal) -> list[tuple]:
    rows = journal.db.execute(
        "SELECT id, local_date, created_utc, title, body, tz, source_app FROM entries "
        "ORDER BY local_date").fetchall()
    tags = {}
    for entry_id, tag in journal.db.execute("SELECT entry_id, tag FROM entry_tags"):
        tags.setdefault(entry_id, []).append(tag)
    return [(r[1], r[2], r[3], r[4], sorted(tags.get(r[0], [])), r[5], r[6]) for r in rows]


def _dump(journal: Journal) -> list[list[tuple]]:
    return [sorted(journal.db.execute(f"SELECT * FROM {t}").fetchall())
            for t in ("entries", "entry_tags", "entries_fts")]


def test_the_folder_is_recognised_from_its_month_files() -> None:
    assert detect_format(FOLDER) == "rednotebook"
    assert detect_format(FOLDER / "2024-02.txt") == "rednotebook"  # one month file


def test_every_day_is_imported_with_its_text_tags_and_categories(
        memory_journal: Journal) -> None:
    batch = read_source(FOLDER, tz="Europe/Berlin")
    assert batch.notes == ["3 month files from 2023 to 2025.", "2 empty days were left out."]
    result = import_batch(memory_journal, batch)
    assert (result.added, result.updated, result.unchanged) == (6, 0, 0)
    assert _summary(memory_journal) == [
        (*expected[:4], expected[4], "Europe/Berlin", "rednotebook") for expected in EXPECTED]


def test_importing_the_folder_twice_adds_nothing_and_an_edited_day_is_updated(
        memory_journal: Journal, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    shutil.copytree(FOLDER, folder)
    assert import_file(memory_journal, folder).added == 6
    again = import_file(memory_journal, folder)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 6)
    month = folder / "2025-01.txt"
    month.write_text(month.read_text(encoding="utf-8").replace("Quiet day.", "Loud day."),
                     encoding="utf-8")
    edited = import_file(memory_journal, folder)
    assert (edited.added, edited.updated, edited.unchanged) == (0, 1, 5)
    [body] = memory_journal.db.execute(
        "SELECT body FROM entries WHERE local_date = '2025-01-02'").fetchone()
    assert body.startswith("Loud day.")
    assert memory_journal.repository.entry_count() == 6


def test_rednotebooks_own_folder_finds_its_data_folder(tmp_path: Path) -> None:
    shutil.copytree(FOLDER, tmp_path / ".rednotebook" / "data")
    batch = read_source(tmp_path / ".rednotebook")
    assert (batch.format, len(batch.entries)) == ("rednotebook", 6)


def test_search_finds_imported_non_latin_words(memory_journal: Journal) -> None:
    import_file(memory_journal, FOLDER)
    from empathy_journal.storage.search import search_entries

    found = {h.title or h.local_date.isoformat() for h in search_entries(memory_journal.db,
                                                                          "同事")}
    assert found == {"2023-12-31"}


def test_cancel_leaves_the_journal_unchanged(memory_journal: Journal) -> None:
    import_file(memory_journal, FOLDER / "2023-12.txt")
    before = _dump(memory_journal)
    with pytest.raises(ImportCancelledError):
        import_file(memory_journal, FOLDER, cancel=lambda: True)
    assert _dump(memory_journal) == before


@pytest.mark.parametrize(("content", "reason"), [
    ("1: {text: [unclosed", "2024-02.txt: the YAML is damaged (did not find expected ',' or "
     "']' at line 2, column 1)"),
    ("30: {text: Too late}", "2024-02.txt: 30 is not a day of February 2024"),
    ("- a list\n- of things", "2024-02.txt: it holds a list, not days of the month"),
    ("3: {text: [1, 2]}", "2024-02.txt, day 3, text: expected text, got a list"),
    ("3: just words", "2024-02.txt, day 3: the day holds 'just words', not a text and "
     "categories"),
    ("3: {text: x, Work: [a, b]}", "2024-02.txt, day 3, category 'Work': it holds a list; a "
     "category holds entries or nothing"),
    ("3: {text: x}\n'3': {text: y}", "2024-02.txt, day 3: the day is in the file twice"),
    ("3: {text: !!python/object/apply:os.system [ls]}", "2024-02.txt: the YAML is damaged "
     "(could not determine a constructor for the tag "
     "'tag:yaml.org,2002:python/object/apply:os.system' at line 1, column 11)"),
])
def test_a_bad_month_among_good_ones_is_refused_by_name(
        memory_journal: Journal, tmp_path: Path, content: str, reason: str) -> None:
    folder = tmp_path / "data"
    shutil.copytree(FOLDER, folder)
    (folder / "2024-02.txt").write_text(content, encoding="utf-8")
    with pytest.raises(ImportFormatError) as refused:
        import_file(memory_journal, folder)
    assert str(refused.value) == "data, " + reason + TAIL
    assert memory_journal.repository.entry_count(include_trashed=True) == 0


def test_a_month_that_is_not_utf8_is_refused_with_its_line(tmp_path: Path) -> None:
    (tmp_path / "2024-05.txt").write_bytes(b"1: {text: caf\xe9}\n")
    with pytest.raises(ImportFormatError) as refused:
        read_source(tmp_path)
    assert str(refused.value) == (f"{tmp_path.name}, 2024-05.txt: the file is not valid UTF-8 "
                                  "text (an invalid byte at line 1, column 14)" + TAIL)


def test_an_empty_month_file_and_other_files_are_left_alone(tmp_path: Path) -> None:
    (tmp_path / "2024-05.txt").write_text("", encoding="utf-8")
    (tmp_path / "2024-05.old.txt").write_text("1: {text: backup}", encoding="utf-8")
    (tmp_path / "2024-06.txt").write_text("2: {text: June}", encoding="utf-8")
    batch = read_source(tmp_path, "rednotebook")
    assert [(e.local_date.isoformat(), e.body) for e in batch.entries] == [("2024-06-02", "June")]
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(ImportSourceError) as refused:
        read_source(empty, "rednotebook")
    assert str(refused.value) == (f"{empty} holds no RedNotebook month files (named like "
                                  "2024-05.txt). Nothing was imported.")


def test_markup_without_an_equivalent_is_kept_as_written() -> None:
    assert to_markdown("__under__ and a -- b -- c and 3//4 // x") == (
        "__under__ and a -- b -- c and 3//4 // x")
    assert to_markdown("```\n//verbatim//\n```\n= Top =\n-------------------------") == (
        "```\n//verbatim//\n```\n# Top\n---")
    assert to_markdown('[file ""file:///tmp/a b.pdf""] line\\\\') == (
        "[file](<file:///tmp/a b.pdf>) line\\")


def test_the_command_line_imports_the_folder_once(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "journal.sqlite"
    assert main(["--journal", str(target), "import", str(FOLDER)]) == 0
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [
        f"Read 6 entries (RedNotebook data folder) from {FOLDER}.",
        "3 month files from 2023 to 2025.", "2 empty days were left out."]
    assert captured.out == "Imported 6 new entries, updated 0, 0 were already in the journal.\n"
    assert main(["--journal", str(target), "import", str(FOLDER), "--format",
                 "rednotebook"]) == 0
    assert capsys.readouterr().out == (
        "Imported 0 new entries, updated 0, 6 were already in the journal.\n")
    assert main(["--journal", str(target), "import", str(FOLDER / "notes.txt"), "--format",
                 "rednotebook"]) == EXIT_FAILED
    assert capsys.readouterr().err == (
        "empathy-journal: notes.txt: a RedNotebook month file is named like 2024-05.txt; "
        f"choose the folder that holds them{TAIL}\n")
