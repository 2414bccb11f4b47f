"""Translations below the window: German complete and consistent, plurals, dates, the CLI in German."""

from __future__ import annotations

import ast
import gettext
import io
import os
import re
import sqlite3
import string
from datetime import date
from pathlib import Path

import pytest
from cli_process import run_cli
from insights_helpers import add_entry

from empathy_journal.domain.instruments import INSTRUMENTS, WHO5, describe_score
from empathy_journal.domain.preferences import ComputerPreferences
from empathy_journal.domain.text import plural
from empathy_journal.domain.translation import (
    catalog_in,
    chosen_language,
    long_date,
    system_language,
    use_language,
)
from empathy_journal.domain.translation_catalog import PoEntry, format_po, mo_bytes, parse_po
from empathy_journal.domain.translation_sources import QT_SIDE, source_messages
from empathy_journal.insights.labels import day_label, number
from empathy_journal.session.journal_session import JournalSession
from empathy_journal.storage.journal import Journal
from empathy_journal.storage.settings_file import saved_language

ROOT = Path(__file__).resolve().parents[1]
GERMAN = ROOT / "resources" / "translations" / "de" / "LC_MESSAGES" / "empathy_journal.po"


def _placeholders(text: str) -> set[str]:
    """{name}, {name!r:>4} (as "name") and %(name)s / %s in text."""
    found = {f"%({m})" for m in re.findall(r"%\((\w+)\)", text)}
    found |= {"%" + m for m in re.findall(r"%(?!\()[-#0 +]*\d*(?:\.\d+)?[sdrfi]", text)}
    try:
        found |= {f"{{{name}}}" for _text, name, _spec, _conv in string.Formatter().parse(text)
                  if name is not None}
    except ValueError:
        found.add("<unbalanced braces>")
    return found


def _catalog() -> dict[tuple[str | None, str], PoEntry]:
    return {e.key: e for e in parse_po(GERMAN.read_text(encoding="utf-8")) if e.msgid}


def test_every_message_below_the_window_has_a_current_german_translation():
    sources = source_messages(ROOT)
    assert len(sources) > 900  # the code's messages and every built-in word, prompt and practice
    german = _catalog()
    missing = [e.key for e in sources if e.key not in german or not german[e.key].translated]
    assert missing == [], f"untranslated or fuzzy (run packaging/update-translations.py): {missing}"
    wrong_forms = [e.key for e in sources if (e.msgid_plural is None) != (
        german[e.key].msgid_plural is None) or len(german[e.key].msgstr) != (
        2 if e.msgid_plural else 1)]
    assert wrong_forms == []
    stale = sorted(k for k, e in german.items() if e.obsolete or k not in {s.key for s in sources})
    assert stale == [], f"stale translations in the catalog: {stale}"


def test_translations_keep_the_placeholders_of_their_source():
    differing = []
    for entry in _catalog().values():
        wanted = _placeholders(entry.msgid) | _placeholders(entry.msgid_plural or "")
        for form in entry.msgstr:
            if _placeholders(form) != wanted:
                differing.append((entry.msgid, form))
    assert differing == []


def test_the_catalog_declares_german_plural_rules():
    header = parse_po(GERMAN.read_text(encoding="utf-8"))[0]
    assert header.msgid == ""
    assert "Language: de\n" in header.msgstr[0]
    assert "Plural-Forms: nplurals=2; plural=(n != 1);" in header.msgstr[0]


def test_the_extractor_sees_only_code_below_the_window():
    references = {r.split(":")[0] for e in source_messages(ROOT) for r in e.references}
    assert not any(r.startswith(("empathy_journal/ui/", "empathy_journal/app.py"))
                   for r in references)
    assert QT_SIDE == ("ui", "app.py")
    assert "resources/emotions.json" in references


def test_no_function_below_the_window_hides_gettext_behind_a_throwaway_underscore():
    """``for _ in …`` in a function that also calls ``_()`` would make ``_`` a local name."""
    offenders = []
    for path in sorted((ROOT / "empathy_journal").rglob("*.py")):
        if path.relative_to(ROOT / "empathy_journal").parts[0] in QT_SIDE:
            continue
        for function in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            own = list(_own_nodes(function))
            stores = any(isinstance(n, ast.Name) and n.id == "_" and isinstance(n.ctx, ast.Store)
                         for n in own)
            calls = any(isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
                        and n.func.id == "_" for n in ast.walk(function))
            if stores and calls:
                offenders.append(f"{path.name}:{function.name}")
    assert offenders == []


def _own_nodes(node: ast.AST):
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda | ast.ClassDef
                      | ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp):
            continue
        yield child
        yield from _own_nodes(child)


def test_german_plurals_dates_and_numbers(german):
    assert plural(1, "entry", "entries") == "1 Eintrag"
    assert plural(2, "entry", "entries") == "2 Einträge"
    assert plural(0, "backup") == "0 Sicherungen"
    assert long_date(date(2026, 12, 1)) == "1. Dezember 2026"
    assert day_label(date(2024, 3, 5)) == "Di, 5. März"
    assert day_label(date(2024, 3, 5), year=True) == "Di, 5. März 2024"
    assert number(6.5) == "6,5"
    assert number(6.0) == "6"
    assert describe_score(WHO5, 16) == "64 % (16 von 25): gut"


def test_english_stays_the_source(monkeypatch):
    monkeypatch.setenv("EMPATHY_JOURNAL_LANGUAGE", "en")
    assert use_language("de") == "en"  # the override wins over the preference
    assert plural(1, "entry", "entries") == "1 entry"
    assert long_date(date(2026, 12, 1)) == "1 December 2026"
    assert number(6.5) == "6.5"


def test_german_questionnaires_use_the_published_wording(german):
    who5 = INSTRUMENTS[WHO5]
    assert who5.stem == "In den letzten zwei Wochen …"
    assert who5.items[0].text == "… war ich froh und guter Laune."
    assert [words for _value, words in who5.choices] == [
        "Die ganze Zeit", "Meistens", "Etwas mehr als die Hälfte der Zeit",
        "Etwas weniger als die Hälfte der Zeit", "Ab und zu", "Zu keinem Zeitpunkt"]
    assert INSTRUMENTS["pss10"].choices[4] == (4, "Sehr oft")


@pytest.mark.parametrize(("environ", "expected"), [
    ({"LANGUAGE": "fr:de", "LANG": "en_US.UTF-8"}, "de"),   # the first supported of LANGUAGE
    ({"LANGUAGE": "", "LC_ALL": "de_AT.UTF-8", "LANG": "en_GB"}, "de"),
    ({"LC_MESSAGES": "de_CH", "LANG": "en_US"}, "de"),
    ({"LC_ALL": "fr_FR.UTF-8", "LANG": "de_DE"}, "en"),     # the first one set decides
    ({"LANG": "C.UTF-8"}, "en"),
    ({}, "en"),
])
def test_the_system_language_follows_the_environment_order(environ, expected):
    assert system_language(environ) == expected


def test_preference_override_and_system():
    assert chosen_language("de", {"LANG": "en_US"}) == "de"
    assert chosen_language("system", {"LANG": "de_DE.UTF-8"}) == "de"
    assert chosen_language("de", {"EMPATHY_JOURNAL_LANGUAGE": "en"}) == "en"
    assert chosen_language("en", {"EMPATHY_JOURNAL_LANGUAGE": "de_DE"}) == "de"
    assert chosen_language("en", {"EMPATHY_JOURNAL_LANGUAGE": "klingon"}) == "en"


def test_the_command_line_reads_the_language_qsettings_wrote(tmp_path):
    from empathy_journal.ui.settings import WindowSettings

    settings = WindowSettings(tmp_path)
    settings.set_computer_preferences(ComputerPreferences(language="de"))
    settings.sync()
    assert "[appearance]" in (tmp_path / "settings.ini").read_text()
    assert saved_language(tmp_path) == "de"
    (tmp_path / "settings.ini").write_text("[appearance]\nlanguage=tlh\n")
    assert saved_language(tmp_path) == "system"  # unknown: the default, never a traceback
    (tmp_path / "settings.ini").write_bytes(b"\xff\xfe[broken")
    assert saved_language(tmp_path) == "system"
    assert saved_language(tmp_path / "missing") == "system"


def _catalog_with(tmp_path: Path, greeting: str) -> list[PoEntry]:
    return [PoEntry("", ["Content-Type: text/plain; charset=UTF-8\n"
                         "Plural-Forms: nplurals=2; plural=(n != 1);\n"]),
            PoEntry("Hello", [greeting]),
            PoEntry("{count} day", ["{count} Tag", "{count} Tage"], msgid_plural="{count} days"),
            PoEntry("May", ["Mai"], msgctxt="month"),
            PoEntry("Unfinished", ["Halb"], flags={"fuzzy"})]


def test_the_catalog_is_read_from_the_po_when_the_mo_is_missing_or_older(tmp_path):
    po, mo = tmp_path / "empathy_journal.po", tmp_path / "empathy_journal.mo"
    po.write_text(format_po(_catalog_with(tmp_path, "Hallo")), encoding="utf-8")
    read = catalog_in(tmp_path)
    assert read.gettext("Hello") == "Hallo"
    assert read.ngettext("{count} day", "{count} days", 1) == "{count} Tag"
    assert read.ngettext("{count} day", "{count} days", 5) == "{count} Tage"
    assert read.pgettext("month", "May") == "Mai"
    assert read.gettext("Unfinished") == "Unfinished"  # fuzzy is never shown
    mo.write_bytes(mo_bytes(_catalog_with(tmp_path, "Servus")))
    os.utime(mo, (po.stat().st_mtime + 10,) * 2)
    assert catalog_in(tmp_path).gettext("Hello") == "Servus"  # the compiled one, when current
    os.utime(po, (mo.stat().st_mtime + 10,) * 2)
    assert catalog_in(tmp_path).gettext("Hello") == "Hallo"  # a newer .po wins
    po.write_text('msgid "broken', encoding="utf-8")
    assert isinstance(catalog_in(tmp_path), gettext.NullTranslations)


def test_po_text_survives_reading_and_writing():
    text = GERMAN.read_text(encoding="utf-8")
    assert format_po(parse_po(text)) == text
    compiled = gettext.GNUTranslations(io.BytesIO(mo_bytes(parse_po(text))))
    assert compiled.pgettext("emotion", "happy") == "glücklich"


def _journal_rows(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_switching_language_shows_the_new_words_and_rewrites_nothing(journal_path, german):
    use_language("en")
    session = JournalSession(Journal.open(journal_path))  # stores the built-ins, in English
    add_entry(session.journal, date(2024, 3, 4), mood=7, mine=["grateful"])
    session.close()
    before, before_bytes = _journal_rows(journal_path), journal_path.read_bytes()
    for language, word, practice, template in (
            ("de", "dankbar", "Eine Atempause gemacht", "Abendreflexion"),
            ("en", "grateful", "Took a breathing break", "Evening reflection"),
            ("de", "dankbar", "Eine Atempause gemacht", "Abendreflexion")):
        use_language(language)
        session = JournalSession(Journal.open(journal_path))
        try:
            words = {e.id: e.label for e in session.emotions()}
            assert words["grateful"] == word
            assert practice in [p.label for p in session.practices.practices()]
            assert session.templates.templates()[0].name == template
        finally:
            session.close()
    assert _journal_rows(journal_path) == before
    assert journal_path.read_bytes() == before_bytes


def test_german_help_from_the_installed_command(tmp_path):
    result = run_cli(["--help"], tmp_path / "home", {"EMPATHY_JOURNAL_LANGUAGE": "de",
                                                     "COLUMNS": "100"})
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == ("Aufruf: empathy-journal [-h] [--version] [--data-dir DIR] "
                        "[--journal FILE] [--demo] BEFEHL ...")
    assert "Optionen:" in lines
    assert "  -h, --help      diese Hilfe zeigen und beenden" in lines
    assert "Befehle:" in lines
    assert "    backup        eine geprüfte Sicherung des Tagebuchs schreiben" in lines
    assert lines[-1] == "Alles bleibt auf diesem Computer; nichts wird irgendwohin gesendet."


def test_german_report_from_the_installed_command(tmp_path, journal_path):
    journal = Journal.open(journal_path)
    add_entry(journal, date(2024, 2, 12), mood=5, stress=5)
    add_entry(journal, date(2024, 3, 4), mood=8, stress=2, title="Mittag mit Ana",
              mine=["grateful"], theirs=["tense"], hour=13)
    add_entry(journal, date(2024, 3, 5), mood=4, stress=7, body="Später Deploy.",
              mine=["frustrated", "grateful"])
    journal.close()
    out = tmp_path / "bericht.md"
    result = run_cli(["--journal", str(journal_path), "report", "--month", "2024-03",
                      "--output", str(out)], tmp_path / "home",
                     {"EMPATHY_JOURNAL_LANGUAGE": "de"})
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Bericht für März 2024 nach {out} geschrieben\n"
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[:9] == [
        "# Empathy Journal: März 2024",
        "",
        "- 2 Einträge an 2 Tagen im März 2024.",
        "- Durchschnittliche Stimmung 6 von 10 (+1 ggü. Februar 2024).",
        "- Durchschnittlicher Stress 4,5 von 10 (−0,5 ggü. Februar 2024).",
        "- Was ich am meisten fühlte: dankbar, frustriert.",
        "- Was ich am meisten bei anderen sah: angespannt.",
        "- Bester Tag: Mo, 4. März, Stimmung 8: „Mittag mit Ana“",
        "- Schwerster Tag: Di, 5. März, Stimmung 4: „Später Deploy.“",
    ]
    assert "| Durchschnittlicher Stress (0–10) | 4,5 | 5 | −0,5 |" in lines
    assert "| Mo | 8 | 2 | 1 |" in lines
    assert "| Nachmittag (12–18) | 8 | 2 | 1 |" in lines
    assert lines[-1].startswith("_Geschrieben von Empathy Journal am ")


def test_a_refusal_in_german_from_the_installed_command(tmp_path):
    result = run_cli(["report", "--month", "2024-13", "--output", str(tmp_path / "x.md")],
                     tmp_path / "home", {"EMPATHY_JOURNAL_LANGUAGE": "de"})
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1] == (
        "empathy-journal report: Fehler: Argument --month: '2024-13' ist kein Monat; schreibe "
        "ihn als JJJJ-MM, z. B. 2024-03")


def test_every_build_carries_the_compiled_catalog():
    spec = (ROOT / "packaging" / "empathy-journal.spec").read_text(encoding="utf-8")
    assert '"update-translations.py"), "--compile"]' in spec  # compiled before Analysis
    assert '(str(ROOT / "resources"), "resources")' in spec   # the whole folder, .po and .mo
    flatpak = (ROOT / "packaging" / "org.empathyjournal.EmpathyJournal.yml").read_text()
    assert "- python3 packaging/update-translations.py --compile" in flatpak
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"translations/*/LC_MESSAGES/*.po"' in pyproject
    assert '"translations/*/LC_MESSAGES/*.mo"' in pyproject
    assert "*.mo" in (ROOT / ".gitignore").read_text().split()  # built, never committed twice


def test_charts_speak_german_too(german):
    from empathy_journal.insights.emotion_charts import emotions_chart
    from empathy_journal.insights.theme import LIGHT

    chart = emotions_chart([], LIGHT)
    assert chart.title == "Am häufigsten benannte Gefühle"
    assert chart.empty_message.startswith("In diesem Zeitraum noch keine Gefühle benannt.")
