"""The command line: version, help, the demo command, usage errors and files it must refuse."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest
from cli_process import file_digest, run_cli, tree_snapshot

from empathy_journal.cli import EXIT_FAILED, EXIT_USAGE, main
from empathy_journal.storage.database import APPLICATION_ID
from empathy_journal.storage.journal import Journal
from empathy_journal.storage.migrations import MIGRATION_SET

FUTURE_MIGRATION = "0099_written_by_a_newer_version"


def entry_bodies(path: Path) -> list[str]:
    """Entry bodies in a journal file, in id order, read without the app."""
    with sqlite3.connect(path) as connection:
        return [row[0] for row in connection.execute("SELECT body FROM entries ORDER BY id")]


def test_version_through_the_console_script(tmp_path: Path) -> None:
    result = run_cli(["--version"], home=tmp_path / "home")
    assert (result.returncode, result.stdout, result.stderr) == (0, "empathy-journal 0.1.0\n", "")


def test_help_lists_every_option_and_the_demo_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--help"])
    assert stopped.value.code == 0
    text = capsys.readouterr().out
    assert text.startswith("usage: empathy-journal ")
    for option in ("--version", "--help", "--data-dir DIR", "--journal FILE", "--demo"):
        assert option in text
    assert "\n    demo " in text  # listed under "commands"


def test_demo_writes_a_journal_and_reports_the_entry_count(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "sample.sqlite"
    assert main(["demo", str(target), "--months", "1", "--seed", "3"]) == 0
    out = capsys.readouterr().out
    bodies = entry_bodies(target)
    assert out == f"Wrote {len(bodies)} sample entries to {target}\n"
    assert len(bodies) >= 20  # about one evening a day for a month
    with sqlite3.connect(target) as connection:
        assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_demo_is_the_same_for_the_same_seed(tmp_path: Path) -> None:
    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    assert main(["demo", str(first), "--months", "1", "--seed", "11"]) == 0
    assert main(["demo", str(second), "--months", "1", "--seed", "11"]) == 0
    assert entry_bodies(first) == entry_bodies(second)


def test_demo_refuses_an_existing_file_and_leaves_it_alone(tmp_path: Path) -> None:
    target = tmp_path / "precious.sqlite"
    target.write_bytes(b"my own notes, not a demo\n")
    result = run_cli(["demo", str(target)], home=tmp_path / "home")
    assert result.returncode == EXIT_FAILED
    assert result.stderr.splitlines() == [
        f"empathy-journal: {target} already exists; choose a new file name (nothing was changed)."
    ]
    assert target.read_bytes() == b"my own notes, not a demo\n"


def test_demo_refuses_zero_months(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "sample.sqlite"
    assert main(["demo", str(target), "--months", "0"]) == EXIT_FAILED
    assert capsys.readouterr().err == "empathy-journal: --months must be at least 1.\n"
    assert not target.exists()


@pytest.mark.parametrize("argv", [
    ["--no-such-option"],
    ["demo"],
    ["demo", "x.sqlite", "--months", "six"],
    ["no-such-command"],
])
def test_usage_errors_exit_2_with_the_usage_line(
        argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    assert stopped.value.code == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.startswith("usage: empathy-journal")
    assert "empathy-journal" in err.splitlines()[-1] and "error:" in err.splitlines()[-1]


@pytest.mark.parametrize("how", ["option", "environment"])
def test_a_data_folder_under_a_regular_file_is_refused_and_nothing_is_written(
        tmp_path: Path, how: str) -> None:
    area, home = tmp_path / "area", tmp_path / "home"
    area.mkdir()
    blocker = area / "blocker"
    blocker.write_text("a file where a folder was expected\n")
    data_dir = blocker / "journal-data"
    before = tree_snapshot(area)
    if how == "option":
        result = run_cli(["--data-dir", str(data_dir)], home=home)
    else:
        result = run_cli([], home=home, env_extra={"EMPATHY_JOURNAL_DATA_DIR": str(data_dir)})
    assert result.returncode == EXIT_FAILED
    [line] = result.stderr.splitlines()
    assert line.startswith(f"empathy-journal: The journal cannot be kept in {data_dir}: ")
    assert "part of that path is a file, not a folder. Nothing was written." in line
    assert tree_snapshot(area) == before
    assert tree_snapshot(home) == {}  # no fallback to the default data folder


def _random_bytes(path: Path) -> None:
    path.write_bytes(random.Random(5).randbytes(8192))


def _zero_bytes(path: Path) -> None:
    path.write_bytes(b"")


def _other_program_database(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT, minutes INTEGER)")
        connection.execute("INSERT INTO recipes VALUES ('soup', 40)")
    connection.close()


def _empty_sqlite_database(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA user_version = 3")  # writes the header, no tables
    connection.close()


@pytest.mark.parametrize(("make_file", "says"), [
    # Random bytes cannot be told apart from an encrypted journal without a passphrase.
    (_random_bytes, "is encrypted, or it is not a journal at all"),
    (_zero_bytes, "is empty (zero bytes), so it is not a journal"),
    (_other_program_database, "is another program's SQLite database, not an Empathy Journal"),
    (_empty_sqlite_database, "is an empty SQLite database, not an Empathy Journal"),
], ids=["random-bytes", "zero-length", "other-program", "empty-sqlite"])
def test_a_file_that_is_not_a_journal_is_refused_and_left_untouched(
        tmp_path: Path, make_file, says: str) -> None:
    data_dir, home = tmp_path / "data", tmp_path / "home"
    data_dir.mkdir()
    journal = data_dir / "journal.sqlite"
    make_file(journal)
    digest, before = file_digest(journal), tree_snapshot(data_dir)
    result = run_cli(["--data-dir", str(data_dir)], home=home)
    assert result.returncode == EXIT_FAILED
    [line] = result.stderr.splitlines()
    assert line.startswith(f"empathy-journal: {journal} {says}")
    assert "left untouched" in line
    assert file_digest(journal) == digest
    assert tree_snapshot(data_dir) == before  # no -wal, no backup, no settings: never opened as new


def _journal_from_a_newer_version(path: Path) -> None:
    Journal.open(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
            (MIGRATION_SET, FUTURE_MIGRATION, "2027-03-01 09:00:00+00:00"))
    connection.close()


def test_a_journal_from_a_newer_version_is_refused_and_left_untouched(tmp_path: Path) -> None:
    folder, home = tmp_path / "elsewhere", tmp_path / "home"
    journal = folder / "future.sqlite"
    _journal_from_a_newer_version(journal)
    digest, before = file_digest(journal), tree_snapshot(folder)
    result = run_cli(["--journal", str(journal), "--data-dir", str(folder)], home=home)
    assert result.returncode == EXIT_FAILED
    [line] = result.stderr.splitlines()
    assert line.startswith("empathy-journal: This journal was written by a newer version")
    assert FUTURE_MIGRATION in line and "Nothing was changed." in line
    assert file_digest(journal) == digest
    assert tree_snapshot(folder) == before


def test_search_words_starting_with_a_dash_are_exclusions_not_options() -> None:
    from empathy_journal.cli import _protect_search_exclusions

    assert _protect_search_exclusions(["--journal", "j", "search", "walk", "-park", "--limit",
                                       "2", "--json"]) == [
        "--journal", "j", "search", "--limit", "2", "--json", "--", "walk -park"]
    assert _protect_search_exclusions(["search", "walk"]) == ["search", "walk"]
    assert _protect_search_exclusions(["search", "--", "-x"]) == ["search", "--", "-x"]


def test_subcommands_are_found_without_a_folder_to_list(monkeypatch) -> None:
    """In the frozen bundle the command modules live in an archive, not in a folder."""
    from empathy_journal.cli import parser

    folder = parser.command_names()
    monkeypatch.setattr(parser.sys, "frozen", True, raising=False)
    assert parser.command_names() == folder
    assert "search" in folder and "salvage" in folder
