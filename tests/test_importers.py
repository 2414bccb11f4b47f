"""Importers: each fixture read entry by entry, idempotent re-import, malformed files, cancel."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest

from empathy_journal.interchange.daylio import mood_labels, parse_clock
from empathy_journal.interchange.errors import ImportCancelledError, ImportFormatError
from empathy_journal.interchange.importer import (
    detect_format,
    import_batch,
    import_file,
    read_source,
)
from empathy_journal.storage.journal import Journal

FIXTURES = Path(__file__).parent / "fixtures" / "interchange"
JRNL_EXPECTED = [
    ("2024-01-15", "2024-01-15T09:30:00+00:00", "Stand-up ran long again.",
     "Then a calm afternoon with @work tasks.\nSecond line.", ["work"], False),
    ("2024-01-15", "2024-01-15T21:05:00+00:00", "Called mum.",
     'We laughed, "properly", for once. 😊 @family', ["family"], True),
    ("2024-01-16", "2024-01-16T07:45:00+00:00", "Über müde heute.",
     "Schlecht geschlafen; 眠い. #sleep @work", ["sleep", "work"], False),
]


def _dump(journal: Journal) -> list[list[tuple]]:
    tables = ["entries", "entry_emotions", "entry_tags", "entries_fts", "people",
              "conversations", "settings"]
    return [sorted(journal.db.execute(f"SELECT * FROM {t}").fetchall()) for t in tables]


def _summary(entries) -> list[tuple]:
    return [(e.local_date.isoformat(), e.created_utc.isoformat(), e.title, e.body, e.tags,
             e.starred) for e in entries]


@pytest.mark.parametrize("name", ["jrnl.json", "jrnl.txt"])
def test_jrnl_entries(name: str) -> None:
    batch = read_source(FIXTURES / name)
    assert _summary(batch.entries) == JRNL_EXPECTED
    assert {e.mood for e in batch.entries} == {None}
    assert {e.source_app for e in batch.entries} == {"jrnl"}


def test_jrnl_text_and_json_are_the_same_entries(memory_journal: Journal) -> None:
    first = import_file(memory_journal, FIXTURES / "jrnl.txt")
    again = import_file(memory_journal, FIXTURES / "jrnl.json")
    assert (first.added, again.added, again.unchanged) == (3, 0, 3)


def test_jrnl_time_zone_option() -> None:
    batch = read_source(FIXTURES / "jrnl.txt", "jrnl-text", tz="Europe/Berlin")
    assert batch.entries[0].created_utc.isoformat() == "2024-01-15T08:30:00+00:00"
    assert batch.entries[0].tz == "Europe/Berlin"


def test_dayone_entries_unescaped_with_zones() -> None:
    batch = read_source(FIXTURES / "dayone.json")
    assert [(e.local_date.isoformat(), e.tz, e.title, e.body, e.tags, e.starred, e.source_id)
            for e in batch.entries] == [
        ("2023-12-06", "Europe/London", "A walk by the sea",
         "Cold wind. Lovely light! Saw 3-4 seals.\n\nHome by 5.", ["nature-trips", "walk"],
         True, "0F3C1A2B3C4D5E6F708192A3B4C5D6E7"),
        ("2023-12-06", "America/New_York", "", "Late note, no heading. Café ☕ and *emphasis*.",
         [], False, "1A2B3C4D5E6F708192A3B4C5D6E7F801"),
        ("2023-12-07", "Asia/Tokyo", "東京", "朝ごはん.", [], False,
         "2B3C4D5E6F708192A3B4C5D6E7F80192"),
    ]
    assert batch.notes == ["Journals: dayone.",
                           "1 photo or other media file is not imported: media are in Day One's "
                           "ZIP export, not in this JSON file (import the ZIP to keep them)."]


def _zip(tmp_path: Path, members: dict[str, bytes]) -> Path:
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_dayone_zip(tmp_path: Path, memory_journal: Journal) -> None:
    data = (FIXTURES / "dayone.json").read_bytes()
    path = _zip(tmp_path, {"Journal.json": data, "photos/d41d8cd98f00b204e9800998ecf8427e.jpeg":
                           b"\xff\xd8"})
    assert detect_format(path) == "dayone"
    assert import_file(memory_journal, path).added == 3
    assert import_file(memory_journal, path).unchanged == 3


def test_zip_without_journal_is_refused(tmp_path: Path, memory_journal: Journal) -> None:
    path = _zip(tmp_path, {"photos/a.jpeg": b"\xff\xd8"})
    before = _dump(memory_journal)
    with pytest.raises(ImportFormatError, match=r"export\.zip: the ZIP holds no Day One journal"):
        import_file(memory_journal, path)
    assert _dump(memory_journal) == before


def test_daylio_8_columns() -> None:
    batch = read_source(FIXTURES / "daylio.csv")
    assert [(e.local_date.isoformat(), e.created_utc.strftime("%H:%M"), e.mood, e.title,
             e.body, e.tags) for e in batch.entries] == [
        ("2020-05-29", "23:59", 2, "", "", []),
        ("2020-05-30", "08:10", 6, "", "Early call & coffee\nthen 🐢 pace", ["work"]),
        ("2020-05-30", "18:50", 10, "", "Awesome",
         ["friends", "gaming", "nap", "programming"]),
        ("2020-05-31", "18:05", None, "Game night", 'Won, finally!\nTwo lines, "quoted".',
         ["board-games", "friends"]),
    ]
    assert batch.notes == ["Mood label 'super' (1 row) has no number yet; that row is "
                           "imported unrated unless you map it."]
    assert batch.mapping["mood rad"] == "10" and batch.mapping["mood awful"] == "2"


def test_daylio_renamed_mood_mapped() -> None:
    batch = read_source(FIXTURES / "daylio.csv", mood_map={"super": 9, "meh": 5})
    assert [e.mood for e in batch.entries] == [2, 5, 10, 9]
    assert batch.notes == []
    assert mood_labels(FIXTURES / "daylio.csv") == ["super", "rad", "meh", "awful"]


def test_daylio_7_columns() -> None:
    batch = read_source(FIXTURES / "daylio_old.csv")
    assert [(e.local_date.isoformat(), e.created_utc.strftime("%H:%M"), e.mood, e.body, e.tags)
            for e in batch.entries] == [
        ("2018-03-11", "14:00", 4, "Headache, stayed in", []),
        ("2018-03-12", "21:15", 8, "Pasta night", ["cooking", "reading"]),
    ]


@pytest.mark.parametrize(("text", "expected"), [
    ("6:50 pm", "18:50"), ("6:50 PM", "18:50"), ("12:05 am", "00:05"), ("18:50", "18:50"),
    ("07:05:00", "07:05"), ("6:50 p.m.", "18:50"),
])
def test_daylio_clock(text: str, expected: str) -> None:
    assert parse_clock(text).strftime("%H:%M") == expected


@pytest.mark.parametrize(("name", "fmt"), [
    ("jrnl.json", "jrnl-json"), ("jrnl.txt", "jrnl-text"), ("dayone.json", "dayone"),
    ("daylio.csv", "daylio"), ("daylio_old.csv", "daylio"),
])
def test_detect_format(name: str, fmt: str) -> None:
    assert detect_format(FIXTURES / name) == fmt


@pytest.mark.parametrize(("name", "fmt", "message"), [
    ("truncated.json", "auto", r"^truncated\.json: the JSON is cut off or damaged \(unterminated "
     r"string starting at line 11, column 12\)\. Nothing was imported; your journal is "
     r"unchanged\.$"),
    ("daylio_missing_column.csv", "auto",
     r"^daylio_missing_column\.csv, line 1: the header lacks the column mood\. Nothing "
     r"was imported; your journal is unchanged\.$"),
    ("daylio.csv", "json", r"^daylio\.csv: the JSON is cut off or damaged \(expecting value at "
     r"line 1, column 1\)\."),
    ("jrnl.json", "jrnl-text", r"^jrnl\.json, line 1: no jrnl entry header"),
])
def test_malformed_files_leave_the_journal_untouched(
        memory_journal: Journal, name: str, fmt: str, message: str) -> None:
    import_file(memory_journal, FIXTURES / "jrnl.json")
    before = _dump(memory_journal)
    with pytest.raises(ImportFormatError, match=message):
        import_file(memory_journal, FIXTURES / name, fmt)
    assert _dump(memory_journal) == before


def test_bad_row_names_the_row(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("full_date,date,weekday,time,mood,activities,note_title,note\n"
                    "2020-05-30,30 May,Saturday,6:50 pm,rad,,,ok\n"
                    "2020-05-31,31 May,Sunday,25 o'clock,rad,,,x\n", encoding="utf-8")
    with pytest.raises(ImportFormatError, match=r"bad\.csv, row 3: unrecognised time"):
        read_source(path)


def test_unknown_format_is_named(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("just some notes\n", encoding="utf-8")
    with pytest.raises(ImportFormatError, match="its format was not recognised"):
        detect_format(path)


def test_cancel_rolls_everything_back(memory_journal: Journal) -> None:
    import_file(memory_journal, FIXTURES / "dayone.json")
    before = _dump(memory_journal)
    batch = read_source(FIXTURES / "jrnl.json")
    calls = iter([False, True])
    with pytest.raises(ImportCancelledError, match="exactly as it was"):
        import_batch(memory_journal, batch, cancel=lambda: next(calls, True))
    assert next(calls, "used up") == "used up"  # cancelled at the last check
    assert _dump(memory_journal) == before


def test_progress_reaches_the_total(memory_journal: Journal) -> None:
    seen: list[tuple[int, int]] = []
    import_file(memory_journal, FIXTURES / "daylio.csv", progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 4) and seen[-1] == (4, 4)


def test_imported_entries_are_searchable_and_hashed(memory_journal: Journal) -> None:
    from empathy_journal.domain.entry import content_hash
    from empathy_journal.storage.search import search_entries

    import_file(memory_journal, FIXTURES / "dayone.json")
    hits = search_entries(memory_journal.db, "seals")
    assert [h.local_date for h in hits] == [date(2023, 12, 6)]
    stored = memory_journal.repository.get_entry(hits[0].uuid)
    assert stored is not None and stored.content_hash == content_hash(stored)
    assert stored.revision == 1


def test_changed_source_entry_is_updated_not_doubled(tmp_path: Path,
                                                     memory_journal: Journal) -> None:
    path = tmp_path / "j.txt"
    path.write_text("[2024-02-01 10:00] Hello. First version.\n", encoding="utf-8")
    import_file(memory_journal, path)
    batch = read_source(path)
    batch.entries[0].starred = True
    result = import_batch(memory_journal, batch)
    assert (result.added, result.updated) == (0, 1)
    assert memory_journal.repository.entry_count() == 1


def test_own_json_with_a_dangling_link_is_refused(tmp_path: Path,
                                                  memory_journal: Journal) -> None:
    from empathy_journal.interchange.exporter import export_journal

    memory_journal.repository.save_entry(read_source(FIXTURES / "jrnl.json").entries[0])
    export_journal(memory_journal.db, tmp_path / "a.json", "json")
    text = (tmp_path / "a.json").read_text(encoding="utf-8")
    broken = tmp_path / "broken.json"
    head, entry_line = text.rsplit('"people": []', 1)  # the entry's links, not the table
    broken.write_text(f'{head}"people": ["no-such-person"]{entry_line}', encoding="utf-8")
    target = Journal.open(None)
    try:
        with pytest.raises(ImportFormatError, match=r"^broken\.json: a link or record in it"):
            import_file(target, broken)
        assert target.repository.entry_count() == 0
    finally:
        target.close()


def test_encrypted_journal_imports_and_searches(tmp_path: Path) -> None:
    from empathy_journal.storage.search import search_entries

    journal = Journal.open(tmp_path / "secret.sqlite", passphrase="correct horse")
    try:
        assert import_file(journal, FIXTURES / "dayone.json").added == 3
        assert [h.title for h in search_entries(journal.db, "seal*")] == ["A walk by the sea"]
    finally:
        journal.close()


def test_own_json_never_overwrites_a_newer_edit(tmp_path: Path, memory_journal: Journal) -> None:
    from empathy_journal.interchange.exporter import export_journal

    entry = memory_journal.repository.save_entry(read_source(FIXTURES / "jrnl.json").entries[0])
    export_journal(memory_journal.db, tmp_path / "a.json", "json")
    entry.body = "Edited after the export."
    memory_journal.repository.save_entry(entry)
    result = import_file(memory_journal, tmp_path / "a.json")
    assert (result.added, result.updated, result.unchanged, result.kept_newer) == (0, 0, 0, 1)
    assert result.message.endswith("1 changed here since that export and was kept as it is.")
    stored = memory_journal.repository.get_entry(entry.uuid)
    assert stored is not None and stored.body == "Edited after the export."
    assert stored.revision == 2


def test_own_json_brings_back_an_older_state_only_when_newer(tmp_path: Path,
                                                            memory_journal: Journal) -> None:
    from empathy_journal.interchange.exporter import export_journal

    entry = memory_journal.repository.save_entry(read_source(FIXTURES / "jrnl.json").entries[0])
    entry.body = "Second version."
    memory_journal.repository.save_entry(entry)
    export_journal(memory_journal.db, tmp_path / "v2.json", "json")
    target = Journal.open(None)
    try:
        target.repository.save_entry(read_source(FIXTURES / "jrnl.json").entries[0])
        target.db.execute("UPDATE entries SET uuid = ?", [entry.uuid])
        result = import_file(target, tmp_path / "v2.json")
        assert (result.updated, result.kept_newer) == (1, 0)
        stored = target.repository.get_entry(entry.uuid)
        assert stored is not None and (stored.body, stored.revision) == ("Second version.", 2)
    finally:
        target.close()


def test_a_refusal_is_one_line_whatever_the_file_quotes(tmp_path: Path) -> None:
    # Python's own reasons may quote the file raw ("unconverted data remains: \n…"), and a
    # file's name may hold a line break: the message must still be one readable line.
    error = ImportFormatError(tmp_path / "notes\n2020.csv", "row 2",
                              "unconverted data remains: \n\tx")
    assert str(error) == ("notes\\n2020.csv, row 2: unconverted data remains: \\n\\tx. Nothing "
                          "was imported; your journal is unchanged.")
    assert ImportFormatError(tmp_path / "日記 😀.csv", "", "odd").args[0].startswith("日記 😀.csv:")
