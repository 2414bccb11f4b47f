#!/usr/bin/env python3
"""Regenerates both catalogs (gettext below the window, Qt Linguist in it), or compiles them.

    python packaging/update-translations.py            # resources/translations/empathy_journal.pot
                                                       # + each <lang>/LC_MESSAGES/empathy_journal.po
                                                       # + each empathy_journal_<lang>.ts (ui/, app.py)
    python packaging/update-translations.py --compile  # each .po → .mo, each .ts → .qm (build step)

The window's strings (``self.tr``, ``QCoreApplication.translate``) are gathered by Qt's
``lupdate`` (pyside6-lupdate, shipped with PySide6) without source locations, so that a moved
line changes nothing; ``lrelease`` compiles them.

New messages arrive untranslated; a message whose English changed appears as a new one and the
old translation moves to the end as obsolete ("#~"), for the translator to reuse or delete.
tests/test_translations.py fails until every message is translated.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from empathy_journal.domain.translation import DOMAIN  # noqa: E402
from empathy_journal.domain.translation_catalog import (  # noqa: E402
    PoEntry,
    format_po,
    mo_bytes,
    parse_po,
)
from empathy_journal.domain.translation_sources import source_messages  # noqa: E402

TRANSLATIONS = ROOT / "resources" / "translations"
TEMPLATE_HEADER = (
    "Project-Id-Version: Empathy Journal\n"
    "MIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=UTF-8\n"
    "Content-Transfer-Encoding: 8bit\n"
    "Plural-Forms: nplurals=2; plural=(n != 1);\n"
)


def merged_catalog(existing: list[PoEntry], sources: list[PoEntry]) -> list[PoEntry]:
    """sources with the translations of existing; what no source uses any more, obsolete."""
    known = {e.key: e for e in existing if e.msgid}
    header = next((e for e in existing if e.msgid == "" and e.msgctxt is None), None)
    result = [header or PoEntry("", [TEMPLATE_HEADER])]
    for source in sources:
        old = known.pop(source.key, None)
        entry = PoEntry(source.msgid, list(source.msgstr), source.msgid_plural, source.msgctxt,
                        source.comments, source.references, set(source.flags))
        if old is not None and not old.obsolete and (old.msgid_plural is None) == (
                source.msgid_plural is None):
            entry.msgstr = old.msgstr
            entry.flags |= old.flags & {"fuzzy"}
        result.append(entry)
    for old in known.values():
        if any(old.msgstr):
            old.obsolete = True
            old.references = []
            result.append(old)
    return result


def update() -> None:
    sources = source_messages(ROOT)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    (TRANSLATIONS / f"{DOMAIN}.pot").write_text(
        format_po([PoEntry("", [TEMPLATE_HEADER]), *sources]), encoding="utf-8")
    for po in sorted(TRANSLATIONS.glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        merged = merged_catalog(parse_po(po.read_text(encoding="utf-8")), sources)
        po.write_text(format_po(merged), encoding="utf-8")
        missing = sum(1 for e in merged[1:] if not e.obsolete and not e.translated)
        print(f"{po.relative_to(ROOT)}: {len(merged) - 1} messages, {missing} to translate")


def qt_tool(name: str) -> str:
    """The path of Qt's lupdate or lrelease: PySide6's own first, then the system's Qt 6."""
    try:
        import PySide6

        bundled = Path(PySide6.__file__).parent / name
        if bundled.exists():
            return str(bundled)
    except ImportError:
        pass
    for candidate in (f"pyside6-{name}", f"{name}6", f"{name}-qt6", name):
        found = shutil.which(candidate)
        if found:
            return found
    raise SystemExit(f"update-translations: Qt's {name} was not found (install PySide6)")


def qt_sources() -> list[Path]:
    """The files whose strings Qt's lupdate gathers: the window's."""
    package = ROOT / "empathy_journal"
    return [*sorted((package / "ui").rglob("*.py")), package / "app.py"]


def qt_catalogs() -> list[Path]:
    return sorted(TRANSLATIONS.glob(f"{DOMAIN}_*.ts"))


def update_qt(ts_files: list[Path], sources: list[Path] | None = None) -> None:
    """Merge the window's strings into each .ts: new ones unfinished, vanished ones dropped."""
    sources = qt_sources() if sources is None else sources
    for ts in ts_files:
        # English is the source language: its catalog holds only the plural messages, whose
        # singular English needs too ("1 entry" from "%n entries").
        only_plurals = ["-pluralonly"] if ts.stem.endswith("_en") else []
        subprocess.run([qt_tool("lupdate"), "-silent", "-locations", "none", "-no-obsolete",
                        *only_plurals, *map(str, sources), "-ts", str(ts)], check=True)
        text = ts.read_text(encoding="utf-8")
        missing = text.count('type="unfinished"')
        print(f"{ts.name}: {text.count('<message')} messages, {missing} to translate")


def compile_all() -> None:
    for po in sorted(TRANSLATIONS.glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        po.with_suffix(".mo").write_bytes(mo_bytes(parse_po(po.read_text(encoding="utf-8"))))
        print(f"{po.with_suffix('.mo').relative_to(ROOT)}")
    for ts in qt_catalogs():
        subprocess.run([qt_tool("lrelease"), "-silent", str(ts), "-qm",
                        str(ts.with_suffix(".qm"))], check=True)
        print(f"{ts.with_suffix('.qm').name}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compile", action="store_true", help="write each .po as .mo")
    if parser.parse_args().compile:
        compile_all()
    else:
        update()
        update_qt(qt_catalogs())
