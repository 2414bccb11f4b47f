"""German below the window, exact: debrief labels, schedules, periods in sentences, exports, CLI."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from cli_process import run_cli
from insights_helpers import add_entry

from empathy_journal.domain import record_schema as rs
from empathy_journal.domain.analytics.period import Period, PeriodKind
from empathy_journal.domain.attachments import AttachmentRefused, check_size
from empathy_journal.domain.check_in_schedule import EVERY_CHOICES, every_choices, every_words
from empathy_journal.domain.conversation import DEBRIEF_TEXT_FIELDS, FollowUp, describe_due
from empathy_journal.domain.instruments import SELF_REFLECTION, self_reflection
from empathy_journal.domain.text import plural
from empathy_journal.domain.translation import N_, use_language
from empathy_journal.insights.markdown_report import markdown_report
from empathy_journal.insights.review import load_review
from empathy_journal.insights.summary_text import summary_lines
from empathy_journal.interchange.dayone_media import MediaReport
from empathy_journal.interchange.demo_journal import write_demo_journal
from empathy_journal.interchange.exporter import EXPORT_LABELS, export_journal
from empathy_journal.interchange.importer import FORMAT_LABELS, FORMATS, import_file
from empathy_journal.interchange.markdown_export import entry_markdown
from empathy_journal.storage.journal import Journal
from empathy_journal.sync.sync_lock import busy, sync_lock_path

TODAY = date(2026, 3, 10)
NOW = datetime(2026, 2, 1, 12, 0, tzinfo=UTC)


def test_debrief_labels_are_shown_in_german_and_stored_by_their_english_names(german):
    context, observed = DEBRIEF_TEXT_FIELDS[0], DEBRIEF_TEXT_FIELDS[1]
    assert (context.name, context.label) == ("context", "Zusammenhang")
    assert context.hint == "Wo und wann es passiert ist und worum es ging."
    assert (observed.name, observed.label) == ("observed", "Was passiert ist")
    assert [f.name for f in DEBRIEF_TEXT_FIELDS][-1] == "follow_up"
    assert DEBRIEF_TEXT_FIELDS[-1].label == "Nachfassen"
    use_language("en")
    assert (context.label, DEBRIEF_TEXT_FIELDS[-1].label) == ("Context", "Follow-up")


def _follow_up(due: date | None) -> FollowUp:
    return FollowUp(1, "u", date(2026, 3, 1), "Ask Ana", due)


def test_due_lines_in_german(german):
    lines = [describe_due(_follow_up(day), TODAY) for day in (
        date(2026, 3, 8), date(2026, 3, 9), TODAY, date(2026, 3, 11), date(2026, 3, 13),
        date(2026, 3, 20), None)]
    assert lines == ["Seit 2 Tagen überfällig", "Seit 1 Tag überfällig", "Heute fällig",
                     "Morgen fällig", "Fällig in 3 Tagen", "Fällig Fr, 20. März", "Ohne Datum"]


def test_check_in_schedule_choices_and_the_self_reflection_line(german):
    assert list(EVERY_CHOICES) == [(14, "Alle zwei Wochen"), (30, "Jeden Monat"),
                                   (60, "Alle zwei Monate"), (0, "Aus")]
    assert every_choices() == tuple(EVERY_CHOICES)
    assert (every_words(30), every_words(45)) == ("Jeden Monat", "Alle 45 Tage")
    assert f"<b>WHO-5</b><br>{SELF_REFLECTION}" == (
        "<b>WHO-5</b><br>Eine Selbstreflexion, um zu bemerken, wie es dir im Lauf der Zeit "
        "geht, kein Test und keine Diagnose.")
    assert str(SELF_REFLECTION) == self_reflection()
    use_language("en")
    assert every_words(45) == "Every 45 days" and EVERY_CHOICES[3] == (0, "Off")
    assert f"{SELF_REFLECTION}".startswith("A self-reflection to notice")


def test_format_names_are_shown_in_german_under_their_english_keys(german):
    assert FORMAT_LABELS["dayone"] == "Day-One-JSON-Export"
    assert list(FORMAT_LABELS) == list(FORMATS)
    assert EXPORT_LABELS["csv"] == "CSV für Tabellenkalkulationen (eine Zeile je Eintrag)"
    assert dict(EXPORT_LABELS.items())["markdown-single"] == "Markdown, eine einzige Datei"


def test_german_plurals_and_the_case_a_sentence_needs(german):
    assert plural(1, "day") == "1 Tag"
    assert plural(3, "day") == "3 Tage"
    assert plural(3, "day", context="on days") == "3 Tagen"
    assert plural(1, "photo") == "1 Foto"
    assert plural(2, "audio recording") == "2 Tonaufnahmen"
    assert plural(0, "entry", "entries") == "0 Einträge"
    use_language("en")
    assert plural(3, "day", context="on days") == "3 days"


@pytest.mark.parametrize(("period", "english", "german_words"), [
    (Period.month(2024, 3), "in March 2024", "im März 2024"),
    (Period(PeriodKind.QUARTER, date(2024, 1, 1)), "in Q1 2024", "im Q1 2024"),
    (Period(PeriodKind.YEAR, date(2024, 1, 1)), "in 2024", "im Jahr 2024"),
])
def test_a_period_reads_right_in_a_sentence(memory_journal, german, period, english,
                                            german_words):
    add_entry(memory_journal, date(2024, 3, 4), mood=8)
    add_entry(memory_journal, date(2024, 3, 5), mood=4)
    review = load_review(memory_journal, period)
    assert period.during == german_words
    assert summary_lines(review.summary, period)[0] == (
        f"2 Einträge an 2 Tagen {german_words}.")
    use_language("en")
    assert summary_lines(review.summary, period)[0] == f"2 entries on 2 days {english}."


def test_a_period_from_its_label_alone_and_an_empty_period(memory_journal, german):
    year = Period(PeriodKind.YEAR, date(2023, 1, 1))
    add_entry(memory_journal, date(2023, 6, 1), mood=6)
    review = load_review(memory_journal, year)
    assert summary_lines(review.summary, "2023", "2022")[0] == (
        "1 Eintrag an 1 Tag im Jahr 2023.")
    empty = load_review(memory_journal, Period(PeriodKind.YEAR, date(2020, 1, 1)))
    assert summary_lines(empty.summary, empty.period) == [
        "Für 2020 ist noch nichts geschrieben. Ein paar Zeilen an einem Abend genügen; diese "
        "Seite füllt sich, während du schreibst."]


def test_german_report_headings_for_a_year(memory_journal, german):
    add_entry(memory_journal, date(2024, 3, 4), mood=8, stress=2, mine=["grateful"])
    review = load_review(memory_journal, Period(PeriodKind.YEAR, date(2024, 1, 1)))
    lines = markdown_report(review, date(2024, 12, 31)).splitlines()
    assert lines[:3] == ["# Empathy Journal: 2024", "", "- 1 Eintrag an 1 Tag im Jahr 2024."]
    assert "## Stimmung und Stress" in lines
    assert "## Am häufigsten benannte Gefühle" in lines
    assert "## Offene Nachfassungen" in lines


def _record(**changes: object) -> dict:
    record = {"local_date": "2024-03-05", "created_utc": "2024-03-05T19:30:00Z",
              "tz": "Europe/Berlin", "kind": "conversation", "title": "Gespräch mit Ana",
              "mood": 6, "energy": None, "stress": 4, "starred": False,
              "emotions": [{"emotion": "tense", "subject": "other", "intensity": 3}],
              "people": [], "tags": [], "uuid": "11111111-1111-4111-8111-111111111111",
              "prompt": "", "body": "",
              "conversation": {"context": "Beim Mittag.", "differently": "Früher fragen."}}
    record.update(changes)
    return record


def test_markdown_export_headings_in_german_with_the_front_matter_keys_kept(german):
    text = entry_markdown(_record(), {"tense": "tense"}, {})
    assert text == (
        "---\ndate: 2024-03-05\ncreated: 2024-03-05T19:30:00Z\ntimezone: Europe/Berlin\n"
        'kind: conversation\ntitle: "Gespräch mit Ana"\nmood: 6\nstress: 4\n'
        'emotions:\n  - "tense (theirs)": 3\nuuid: 11111111-1111-4111-8111-111111111111\n'
        "---\n\n# Gespräch mit Ana\n\n## Zusammenhang\n\nBeim Mittag.\n\n"
        "## Nächstes Mal\n\nFrüher fragen.\n")


def test_exports_made_in_german_still_round_trip(tmp_path: Path, german):
    write_demo_journal(tmp_path / "demo.sqlite", months=1, today=date(2026, 1, 20))
    source = Journal.open(tmp_path / "demo.sqlite")
    try:
        export_journal(source.db, tmp_path / "first.json", "json", now=NOW)
        export_journal(source.db, tmp_path / "out.csv", "csv")
    finally:
        source.close()
    target = Journal.open(None)
    try:
        import_file(target, tmp_path / "first.json")
        export_journal(target.db, tmp_path / "second.json", "json", now=NOW)
    finally:
        target.close()
    first = (tmp_path / "first.json").read_text(encoding="utf-8")
    assert (tmp_path / "second.json").read_text(encoding="utf-8") == first
    rows = list(csv.reader(io.StringIO((tmp_path / "out.csv").read_text(encoding="utf-8-sig"),
                                       newline="")))
    assert rows[0][:5] == ["date", "time", "mood", "energy", "stress"]  # keys, not words


def test_attachment_sync_and_media_messages_in_german(tmp_path: Path, german):
    with pytest.raises(AttachmentRefused) as refused:
        check_size("leer.txt", 0, 0)
    assert str(refused.value) == (
        "„leer.txt“ ist leer und wurde darum nicht angehängt. Es wurde nichts angehängt.")
    with pytest.raises(AttachmentRefused) as refused:
        check_size("huge.jpg", 30 * 1024 * 1024, 0)
    assert str(refused.value) == ("„huge.jpg“ ist 30,0 MB groß; eine Datei darf höchstens "
                                  "25,0 MB groß sein. Es wurde nichts angehängt.")
    lock = sync_lock_path(tmp_path / "journal.sqlite")
    lock.write_text("4242 command\n", encoding="utf-8")
    assert str(busy(lock, 3.2)) == (
        "Ein anderer Abgleich dieses Tagebuchs läuft in einem Befehl 'empathy-journal sync' "
        "(Prozess 4242); dieser hat 3 s gewartet und aufgegeben. Es wurde nichts geändert; "
        "gleiche erneut ab, sobald er fertig ist.")
    report = MediaReport(found=3, missing=1, by_kind={"photo": 2, "PDF": 1})
    assert report.notes() == [
        "2 Fotos, 1 PDF werden an ihre Einträge angehängt.",
        "1 Mediendatei, die Einträge nennen, ist nicht im ZIP und kann nicht angehängt werden."]


def test_german_messages_of_the_installed_command(tmp_path: Path):
    folder = tmp_path / "export"
    folder.mkdir()
    german = {"EMPATHY_JOURNAL_LANGUAGE": "de", "COLUMNS": "100"}
    result = run_cli(["--journal", str(tmp_path / "j.sqlite"), "import", "--format", "dayone",
                      str(folder)], tmp_path / "home", german)
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1] == (
        f"empathy-journal: {folder} ist ein Ordner; ein Day-One-JSON-Export ist eine einzelne "
        "Datei, wähle also die Datei darin. Nichts wurde importiert.")
    helped = run_cli(["search", "--help"], tmp_path / "home", german)
    assert helped.returncode == 0, helped.stderr
    assert "Filter (wie in der Suche des Fensters):" in helped.stdout.splitlines()


def test_the_due_date_written_further_off_follows_the_language(german):
    far = _follow_up(TODAY + timedelta(days=30))
    assert describe_due(far, TODAY) == "Fällig Do, 9. Apr"


def test_why_an_imported_value_was_refused_reads_in_german(german):
    with pytest.raises(ValueError) as refused:
        rs.day(rs.YearRange())("2024-13-01")
    assert str(refused.value) == "'2024-13-01' ist kein Datum wie 2024-01-31"
    with pytest.raises(ValueError) as refused:
        rs.list_of(rs.integer(1, 5))([3, 9])
    assert str(refused.value) == "Element 2: 9 ist keine ganze Zahl von 1 bis 5"
    record = {"follow_up_due": "bald"}
    found = rs.check_record(record, {"follow_up_due": rs.Field(
        rs.day(rs.YearRange()), drop=N_("the follow-up was imported undated"))})
    assert found.dropped == ["follow_up_due: 'bald' ist kein Datum wie 2024-01-31; das "
                             "Nachfassen wurde ohne Datum importiert"]
    assert record == {"follow_up_due": None}


def test_the_demo_journal_is_written_in_german_when_german_is_spoken(tmp_path: Path, german):
    write_demo_journal(tmp_path / "demo.sqlite", months=1, today=date(2026, 1, 20))
    journal = Journal.open(tmp_path / "demo.sqlite")
    try:
        notes = dict(journal.db.execute("SELECT name, note FROM people").fetchall())
        titles = [r[0] for r in journal.db.execute(
            "SELECT title FROM entries WHERE kind = 'conversation'").fetchall()]
        tags = {r[0] for r in journal.db.execute("SELECT tag FROM entry_tags").fetchall()}
        values = {r[0] for r in journal.db.execute("SELECT name FROM personal_values")}
    finally:
        journal.close()
    assert notes["Leo"] == "Mein jüngerer Bruder"
    assert titles and all(t.startswith("Gespräch mit ") for t in titles)
    assert "gespräch" in tags and "conversation" not in tags
    assert values == {"Freundlichkeit", "Ehrlichkeit", "Neugier", "Gesundheit", "Familie"}
