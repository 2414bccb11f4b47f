"""The window's translations: Qt Linguist catalogs (.qm, or the .ts itself) installed on the app."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from empathy_journal.domain.resources import resource_path

CATALOG = "empathy_journal"


def catalog_files(language: str, folder: Path | None = None) -> tuple[Path, Path]:
    """The compiled catalog (.qm, made by the build) and its source (.ts) for language."""
    folder = folder or resource_path("translations")
    return folder / f"{CATALOG}_{language}.qm", folder / f"{CATALOG}_{language}.ts"


def install_translators(app: QCoreApplication, language: str,
                        folder: Path | None = None) -> list[QTranslator]:
    """Speak language in the window from now on: Qt's own strings (standard buttons, the text
    fields' menus) and ours. Returns the translators installed (keep
    them referenced: Qt does not own them). English, the source language, gets only its plural
    forms ("1 entry" from "%n entries")."""
    installed: list[QTranslator] = []
    if language != "en" and QLocale.system().language() != QLocale(language).language():
        # The calendar's weekday letters, the date fields and numbers speak it too (a German
        # window on an English or "C" system); a system locale of the language (de_AT) stays.
        QLocale.setDefault(QLocale(language))
    qt_own = QTranslator(app)
    if language != "en" and qt_own.load(
            QLocale(language), "qtbase", "_",
            QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        installed.append(qt_own)
    ours = journal_translator(language, folder, app)
    if ours is not None:
        installed.append(ours)
    for translator in installed:
        app.installTranslator(translator)
    # Qt may still translate while the application is torn down: not through Python by then.
    app.aboutToQuit.connect(lambda: [app.removeTranslator(t) for t in installed])
    return installed


def compile_for_next_starts(app: QCoreApplication, installed: list[QTranslator],
                            language: str, folder: Path | None = None) -> None:
    """Once the journal is open (never before: a refused start writes nothing), compile a
    catalog still read from its .ts into the cache and use the compiled one from now on."""
    for index, translator in enumerate(installed):
        if isinstance(translator, TsTranslator):
            compiled = journal_translator(language, folder, app, compile=True)
            if compiled is not None and not isinstance(compiled, TsTranslator):
                app.removeTranslator(translator)
                app.installTranslator(compiled)
                installed[index] = compiled


def journal_translator(language: str, folder: Path | None = None,
                       parent: QCoreApplication | None = None, *,
                       compile: bool = False) -> QTranslator | None:
    """Our catalog for language: the .qm when it is at least as new as the .ts; else the .ts
    compiled into the cache earlier (or now, with compile); else the .ts read directly (a
    checkout or an editable install, where nothing compiled it); None when there is neither or
    both are unreadable."""
    compiled, source = catalog_files(language, folder)
    try:
        fresh = compiled.exists() and (
            not source.exists() or compiled.stat().st_mtime >= source.stat().st_mtime)
    except OSError:
        fresh = False
    for candidate in ([compiled] if fresh else []) + [compiled_in_cache(source, compile)]:
        translator = QTranslator(parent)
        if candidate is not None and translator.load(str(candidate)):
            return translator
    from xml.etree.ElementTree import ParseError

    try:
        messages = read_ts(source.read_bytes())
    except (OSError, ParseError):
        return None
    return TsTranslator(messages, parent)


def compiled_in_cache(source: Path, compile: bool = True) -> Path | None:
    """source compiled by PySide6's lrelease into this computer's cache, once per version of
    the file (a checkout or a pip install has no build step: answering from a .qm is several
    times cheaper per string than from the .ts); None when that cannot be done here, or when it
    was not compiled yet and compile is False."""
    from platformdirs import user_cache_dir

    try:
        stat = source.stat()
        cache = Path(user_cache_dir("empathy-journal")) / "translations"
        target = cache / f"{source.stem}-{stat.st_size}-{stat.st_mtime_ns}.qm"
        if target.exists():
            return target
    except OSError:
        return None
    if not compile:
        return None
    import subprocess

    import PySide6

    lrelease = Path(PySide6.__file__).parent / "lrelease"
    if not lrelease.exists():
        return None
    try:
        cache.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".partial")
        subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(partial)],
                       check=True, capture_output=True, timeout=30)
        for older in cache.glob(f"{source.stem}-*.qm"):
            older.unlink(missing_ok=True)
        partial.replace(target)
        return target
    except (OSError, subprocess.SubprocessError):
        return None


Key = tuple[str, str, str]  # context, source, disambiguation ("" when none)


def read_ts(data: bytes) -> dict[Key, list[str]]:
    """The finished translations of a Qt Linguist .ts file: one form, or one per plural form."""
    from xml.etree import ElementTree

    messages: dict[Key, list[str]] = {}
    for context in ElementTree.fromstring(data).iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete",
                                                                   "vanished"):
                continue
            if message.get("numerus") == "yes":
                forms = [form.text or "" for form in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            if all(forms):
                key = (name, message.findtext("source", ""), message.findtext("comment", ""))
                messages[key] = forms
    return messages


class TsTranslator(QTranslator):
    """A translator answering from a .ts file's messages, as its compiled .qm would (plural forms
    chosen by the rule of German and English: the first for one, the second otherwise)."""

    def __init__(self, messages: dict[Key, list[str]],
                 parent: QCoreApplication | None = None) -> None:
        super().__init__(parent)
        self._messages = messages

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return not self._messages

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:  # type: ignore[override]
        forms = self._messages.get((context, source, disambiguation or ""))
        form = 0 if n in (-1, 1) else 1
        if not forms or form >= len(forms):
            return None  # as lrelease's .qm: a message without plural forms asked with a count
        return forms[form]
