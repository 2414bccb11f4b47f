"""Translations in the window (Qt Linguist): the German .ts current and complete, the .qm built
and loaded, no bare string in ui/, and the German window free of English."""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from german_window import english_left
from journal_window import open_window
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QApplication,
)

from empathy_journal.storage.journal import Journal
from empathy_journal.ui.translators import (
    TsTranslator,
    catalog_files,
    compile_for_next_starts,
    compiled_in_cache,
    install_translators,
    journal_translator,
    read_ts,
)

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
GERMAN_TS = TRANSLATIONS / "empathy_journal_de.ts"
ENGLISH_TS = TRANSLATIONS / "empathy_journal_en.ts"
UI_FILES = [*sorted((ROOT / "empathy_journal" / "ui").rglob("*.py")),
            ROOT / "empathy_journal" / "app.py"]


def _update_script():
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "packaging" / "update-translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(ts: Path) -> list[ElementTree.Element]:
    return list(ElementTree.parse(ts).getroot().iter("message"))


def _keys(ts: Path) -> set[tuple[str, str, str, bool]]:
    keys = set()
    for context in ElementTree.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            keys.add((context.findtext("name", ""), message.findtext("source", ""),
                      message.findtext("comment", ""), message.get("numerus") == "yes"))
    return keys


@pytest.mark.parametrize("ts", [GERMAN_TS, ENGLISH_TS], ids=lambda p: p.name)
def test_the_catalog_holds_exactly_the_windows_strings(ts: Path, tmp_path: Path) -> None:
    """Gathering the strings again changes nothing: each string in ui/ is in the .ts (run
    packaging/update-translations.py after changing one) and nothing gone stays. English holds
    exactly the plural messages."""
    fresh = tmp_path / ts.name
    shutil.copy(ts, fresh)
    _update_script().update_qt([fresh])
    added = _keys(fresh) - _keys(ts)
    gone = _keys(ts) - _keys(fresh)
    assert not added, f"strings not yet in {ts.name}: {sorted(added)[:20]}"
    assert not gone, f"strings no source uses any more: {sorted(gone)[:20]}"


def test_english_has_the_singular_of_every_plural(qapp: QApplication) -> None:
    """The source language's catalog: each %n message with its English singular and plural, and
    the app's English (installed by conftest as by the app) uses them."""
    german_plurals = {key[:2] for key in _keys(GERMAN_TS) if key[3]}
    english = read_ts(ENGLISH_TS.read_bytes())
    assert {key[:2] for key in english} == german_plurals
    for (context, source, comment), forms in english.items():
        assert len(forms) == 2 and forms[0], (source, forms)  # the singular may say "One"
        assert forms[1] == source, "the plural form is the source text itself"
        assert QCoreApplication.translate(context, source, comment or None, 1) == \
            forms[0].replace("%n", "1")


PLACEHOLDER = re.compile(r"\{[a-z_0-9]*(?:[:!][^}]*)?\}")
MNEMONIC = re.compile(r"&(?=[^&\s])")


def _forms(message: ElementTree.Element) -> list[str]:
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def test_every_window_string_has_its_german_translation() -> None:
    problems = []
    messages = _messages(GERMAN_TS)
    for message in messages:
        source = message.findtext("source", "")
        translation = message.find("translation")
        forms = _forms(message)
        if translation.get("type") or not all(f.strip() for f in forms):
            problems.append(f"untranslated: {source!r}")
            continue
        if message.get("numerus") == "yes" and len(forms) != 2:
            problems.append(f"German has two plural forms: {source!r}")
        for form in forms:
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"placeholders differ: {source!r} → {form!r}")
            if len(MNEMONIC.findall(form)) != len(MNEMONIC.findall(source)):
                problems.append(f"the & of the shortcut key: {source!r} → {form!r}")
            if ("%n" in source) != ("%n" in form) and message.get("numerus") == "yes":
                problems.append(f"%n lost: {source!r} → {form!r}")
    assert not problems, "\n".join(problems[:60])
    assert len(messages) > 0


def test_the_catalog_compiles_and_both_readings_agree(qapp: QApplication,
                                                       tmp_path: Path) -> None:
    """lrelease builds the .qm the bundle ships; it answers every message as the .ts read
    directly does (the fallback of a checkout)."""
    shutil.copy(GERMAN_TS, tmp_path / GERMAN_TS.name)
    subprocess.run([_update_script().qt_tool("lrelease"), "-silent",
                    str(tmp_path / GERMAN_TS.name)], check=True)
    compiled, _source = catalog_files("de", tmp_path)
    assert compiled.exists()
    from_qm = journal_translator("de", tmp_path)
    assert not isinstance(from_qm, TsTranslator)
    from_ts = TsTranslator(read_ts(GERMAN_TS.read_bytes()))
    for context, source, comment in read_ts(GERMAN_TS.read_bytes()):
        for n in (-1, 1, 3):
            # (a null string or None: both mean "not here")
            assert (from_qm.translate(context, source, comment or None, n) or None) == \
                from_ts.translate(context, source, comment or None, n)


def test_the_preferences_language_choice_reads_german(window_in_german: None) -> None:
    assert QCoreApplication.translate("AppearancePage", "Language") == "Sprache"


def test_plurals_follow_the_number(window_in_german: None) -> None:
    """A %n message takes the singular for one and the plural otherwise."""
    numerus = [(ctx, src) for (ctx, src, _c), forms in read_ts(GERMAN_TS.read_bytes()).items()
               if len(forms) == 2]
    assert numerus, "the window has at least one plural message"
    context, source = numerus[0]
    forms = read_ts(GERMAN_TS.read_bytes())[(context, source, "")]
    assert QCoreApplication.translate(context, source, None, 1) == forms[0].replace("%n", "1")
    assert QCoreApplication.translate(context, source, None, 4) == forms[1].replace("%n", "4")


# Calls whose first string argument a person reads (a Qt setter or a widget made with text).
TEXT_CALLS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis",
    "setPlaceholderText", "setAccessibleName", "setAccessibleDescription", "setTitle",
    "addAction", "addMenu", "addTab", "setTabText", "addItem", "setItemText", "showMessage",
    "setLabelText", "setSuffix", "setPrefix", "setSpecialValueText", "setHtml",
    "setPlainText", "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox",
    "QAction", "QMenu", "QToolButton", "addRow", "setButtonText", "setInformativeText",
    "information", "warning", "critical", "question", "about", "getText", "getItem",
}
MESSAGE_BOXES = {"information", "warning", "critical", "question", "about"}
WORDS = re.compile(r"[A-Za-z]{2,}")


def _bare_strings(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(
            node.func, "id", "")
        if name not in TEXT_CALLS:
            continue
        owner = getattr(getattr(node.func, "value", None), "id", "")
        if name in MESSAGE_BOXES and owner != "QMessageBox":
            continue  # log.warning(...) is not QMessageBox.warning(...)
        for argument in node.args[:3]:
            literal = isinstance(argument, ast.Constant) and isinstance(argument.value, str)
            text = argument.value if literal else ""
            if isinstance(argument, ast.JoinedStr):
                text = "".join(v.value for v in argument.values
                               if isinstance(v, ast.Constant) and isinstance(v.value, str))
            if WORDS.search(text or ""):
                found.append(f"{path.name}:{node.lineno} {name}({text!r})")
    return found


@pytest.mark.parametrize("path", UI_FILES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_no_bare_string_in_the_window(path: Path) -> None:
    """Text given to Qt goes through tr() / QCoreApplication.translate, never as a literal."""
    assert _bare_strings(path) == []


def test_the_german_window_shows_no_english(window_in_german: None, qtbot, tmp_path: Path) -> None:
    """The journal page, Insights and Preferences in German: no English sentence left."""
    window = open_window(qtbot, Journal.open(tmp_path / "journal.sqlite"))
    window.show_insights()
    window.show_journal()
    dialog = window.preferences.open()
    left = english_left(window) + english_left(dialog)
    assert not left, f"{len(left)} English texts:\n" + "\n".join(left)


def test_a_checkout_compiles_its_catalog_once_into_the_cache(
        qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a built .qm, lrelease compiles the .ts into the user's cache once the journal is
    open; the next start loads that file (a .qm answers at a fraction of the .ts's cost)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = tmp_path / "translations"
    folder.mkdir()
    shutil.copy(GERMAN_TS, folder / GERMAN_TS.name)
    before = journal_translator("de", folder)  # before the journal opened: nothing written
    assert isinstance(before, TsTranslator) and not (tmp_path / "cache").exists()
    assert before.translate("AppearancePage", "Language") == "Sprache"
    first = journal_translator("de", folder, compile=True)
    assert not isinstance(first, TsTranslator)
    assert first.translate("AppearancePage", "Language") == "Sprache"
    cached = compiled_in_cache(folder / GERMAN_TS.name)
    assert cached is not None and cached.parent == tmp_path / "cache" / "empathy-journal" / \
        "translations"
    made = cached.stat().st_mtime_ns
    assert compiled_in_cache(folder / GERMAN_TS.name) == cached
    assert cached.stat().st_mtime_ns == made  # not compiled again
    assert not isinstance(journal_translator("de", folder), TsTranslator)  # the next start
    assert [p.name for p in cached.parent.iterdir()] == [cached.name]


def test_a_damaged_catalog_leaves_the_window_in_english(
        qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    (tmp_path / GERMAN_TS.name).write_bytes(b"<TS><context><name>AppearancePage</nam")
    translator = journal_translator("de", tmp_path)
    assert translator is None or not translator.translate("AppearancePage", "Language")


def test_an_opened_journal_switches_to_the_compiled_catalog(
        qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The start reads the .ts (nothing written yet); once the journal is open the catalog is
    compiled, installed in its place, and German goes on answering."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    shutil.copy(GERMAN_TS, tmp_path / GERMAN_TS.name)
    locale = QLocale()
    installed = install_translators(qapp, "de", tmp_path)
    try:
        assert isinstance(installed[-1], TsTranslator)
        compile_for_next_starts(qapp, installed, "de", tmp_path)
        assert not any(isinstance(t, TsTranslator) for t in installed)
        assert QCoreApplication.translate("AppearancePage", "Language") == "Sprache"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(locale)
    assert QCoreApplication.translate("AppearancePage", "Language") == "Language"
