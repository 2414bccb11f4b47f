"""Refusals and messages of import, export, report and demo: nothing overwritten, plain words."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from empathy_journal.cli import EXIT_FAILED, EXIT_USAGE, main
from empathy_journal.domain.entry import Entry
from empathy_journal.domain.text import plural
from empathy_journal.interchange.batch import ImportResult
from empathy_journal.interchange.errors import ExportFailedError, ImportSourceError
from empathy_journal.interchange.exporter import export_journal
from empathy_journal.interchange.importer import detect_format, read_source
from empathy_journal.storage.journal import Journal
from empathy_journal.storage.search import matching_entry_ids

FIXTURES = Path(__file__).parent / "fixtures" / "interchange"
NOW = datetime(2024, 3, 4, 20, tzinfo=UTC)


def _journal_file(path: Path, count: int = 1) -> Path:
    journal = Journal.open(path)
    for day in range(1, count + 1):
        journal.repository.save_entry(Entry(
            uuid=f"uuid-{day}", local_date=date(2024, 3, day), created_utc=NOW, tz="UTC",
            title=f"Day {day}", body="A walk by the canal."), now=NOW)
    journal.close()
    return path


def test_report_refuses_to_replace_an_existing_file(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    path = _journal_file(tmp_path / "journal.sqlite")
    notes = tmp_path / "notes.md"
    notes.write_text("my own notes\n", encoding="utf-8")
    code = main(["--journal", str(path), "report", "--month", "2024-03", "--output", str(notes)])
    assert code == EXIT_FAILED
    assert capsys.readouterr().err == (
        f"empathy-journal: {notes} already exists; choose a new name. Nothing was written.\n")
    assert notes.read_text(encoding="utf-8") == "my own notes\n"


def test_export_from_after_to_is_a_usage_error(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    path = _journal_file(tmp_path / "journal.sqlite")
    dest = tmp_path / "out.csv"
    with pytest.raises(SystemExit) as stopped:
        main(["--journal", str(path), "export", str(dest), "--format", "csv",
              "--from", "2024-03-10", "--to", "2024-03-01"])
    assert stopped.value.code == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.startswith("usage: empathy-journal export ")
    assert err.splitlines()[-1] == ("empathy-journal export: error: --from 2024-03-10 is after "
                                    "--to 2024-03-01; nothing was written.")
    assert not dest.exists()


@pytest.mark.parametrize("fmt", ["json", "markdown", "markdown-single", "csv"])
def test_every_export_refuses_a_missing_parent_folder(tmp_path: Path, fmt: str) -> None:
    journal = Journal.open(_journal_file(tmp_path / "journal.sqlite"))
    dest = tmp_path / "missing" / "out"
    with pytest.raises(ExportFailedError) as refused:
        export_journal(journal.db, dest, fmt)
    journal.close()
    assert str(refused.value) == (f"The folder {tmp_path / 'missing'} does not exist; choose an "
                                  "existing folder. Nothing was written.")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journal.sqlite"]


def test_importing_a_folder_says_what_it_should_hold(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "imp"
    folder.mkdir()
    (folder / "notes.txt").write_text("not a month file", encoding="utf-8")
    expected = (f"{folder} is a folder with neither RedNotebook month files (named like "
                "2024-05.txt) nor Markdown notes (.md) in it; choose a journal export or such a "
                "folder. Nothing was imported.")
    with pytest.raises(ImportSourceError) as refused:
        detect_format(folder)
    assert str(refused.value) == expected
    with pytest.raises(ImportSourceError) as one_file:
        read_source(folder, "jrnl-text")
    assert str(one_file.value) == (f"{folder} is a folder; a jrnl plain-text journal is one "
                                   "file, so choose the file inside it. Nothing was imported.")
    target = tmp_path / "journal.sqlite"
    assert main(["--journal", str(target), "import", str(folder)]) == EXIT_FAILED
    assert capsys.readouterr().err == f"empathy-journal: {expected}\n"
    assert not target.exists()
    missing = tmp_path / "nope.json"
    assert main(["--journal", str(target), "import", str(missing)]) == EXIT_FAILED
    assert capsys.readouterr().err == (
        f"empathy-journal: There is no file at {missing}; nothing was imported.\n")


def test_demo_in_an_unusable_place_says_to_choose_another_file(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "ro"
    blocker.write_text("a file where a folder was expected", encoding="utf-8")
    target = blocker / "x.sqlite"
    assert main(["demo", str(target), "--months", "1"]) == EXIT_FAILED
    err = capsys.readouterr().err
    assert err.startswith(f"empathy-journal: The journal cannot be kept in {blocker}: ")
    assert err.endswith("Nothing was written. Choose another FILE for the demo journal (demo "
                        "does not use --data-dir).\n")
    assert "Choose another folder" not in err


def test_an_empty_parsed_query_selects_no_entries(tmp_path: Path) -> None:
    journal = Journal.open(_journal_file(tmp_path / "journal.sqlite", count=3))
    assert matching_entry_ids(journal.db, '"(*') == []
    assert matching_entry_ids(journal.db, "") == []
    assert len(matching_entry_ids(journal.db, "canal")) == 3
    journal.close()


def test_plural_words() -> None:
    assert [plural(n, "entry", "entries") for n in (0, 1, 2)] == [
        "0 entries", "1 entry", "2 entries"]
    assert plural(1, "day") == "1 day" and plural(3, "day") == "3 days"


def test_import_result_message_is_singular_for_one() -> None:
    assert ImportResult(added=1, updated=0, unchanged=1, kept_newer=1).message == (
        "Imported 1 new entry, updated 0, 1 was already in the journal. 1 changed here since "
        "that export and was kept as it is.")
    assert ImportResult(added=2, updated=1, unchanged=0).message == (
        "Imported 2 new entries, updated 1, 0 were already in the journal.")


def test_cli_import_and_export_counts_are_singular_for_one(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _journal_file(tmp_path / "one.sqlite")
    dest = tmp_path / "one.json"
    assert main(["--journal", str(source), "export", str(dest), "--format", "json"]) == 0
    assert capsys.readouterr().out == f"Exported 1 entry to {dest}\n"
    assert main(["--journal", str(tmp_path / "new.sqlite"), "import", str(dest)]) == 0
    captured = capsys.readouterr()
    assert captured.err == f"Read 1 entry (Empathy Journal JSON) from {dest}.\n"
    assert captured.out == "Imported 1 new entry, updated 0, 0 were already in the journal.\n"


def test_cli_daylio_summary_shows_the_mood_numbers_and_how_to_rate_unknown_labels(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = FIXTURES / "daylio.csv"
    assert main(["--journal", str(tmp_path / "j.sqlite"), "import", str(source)]) == 0
    assert capsys.readouterr().err.splitlines() == [
        f"Read 4 entries (Daylio CSV export) from {source}.",
        "Daylio moods were read as: awful 2, bad 4, meh 6, good 8, rad 10",
        "Mood label 'super' (1 row) has no number yet; that row is imported unrated (use the "
        "window's import preview to give it a number).",
    ]
