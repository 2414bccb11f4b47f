"""Translations of the text made below the window (gettext): _(), ngettext(), use_language()."""

from __future__ import annotations

import gettext
import os
from collections.abc import Iterator, Mapping
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from empathy_journal.domain.resources import resource_path

if TYPE_CHECKING:
    from empathy_journal.domain.translation_catalog import PoEntry

DOMAIN = "empathy_journal"
SUPPORTED = ("en", "de")  # English is the source language: it needs no catalog
OVERRIDE_VARIABLE = "EMPATHY_JOURNAL_LANGUAGE"
# The order gettext itself reads the environment in; the first one set decides.
LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")

_translations: gettext.NullTranslations = gettext.NullTranslations()
_language = "en"


def _(message: str) -> str:
    """message in the language in use."""
    return _translations.gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The singular or a plural form for count, by the rules of the language in use."""
    return _translations.ngettext(singular, plural, count)


def pgettext(context: str, message: str) -> str:
    """message in the language in use, told apart from the same English words by context."""
    return _translations.pgettext(context, message)


def npgettext(context: str, singular: str, plural: str, count: int) -> str:
    """ngettext with a context."""
    return _translations.npgettext(context, singular, plural, count)


def N_(message: str) -> str:  # noqa: N802 - the name every gettext tool knows
    """Marks message for translation where it is defined; translate it with _() where shown."""
    return message


def NC_(context: str, message: str) -> str:  # noqa: N802 - named like N_
    """N_ with a context: marks message for pgettext(context, message) where it is shown."""
    return message


class ShownWords(Mapping[str, str]):
    """A mapping of keys to English messages (marked with N_) whose values are read in the
    language in use: the keys stay what is stored, the words are what is shown."""

    def __init__(self, english: Mapping[str, str]) -> None:
        self.english = dict(english)

    def __getitem__(self, key: str) -> str:
        return _(self.english[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self.english)

    def __len__(self) -> int:
        return len(self.english)


def current_language() -> str:
    """The code of the language in use ("en", "de")."""
    return _language


def _supported(code: str) -> str | None:
    """"de_DE.UTF-8" → "de"; None for a language without a catalog (C and POSIX are English)."""
    base = code.split(".", 1)[0].split("@", 1)[0].split("_", 1)[0].split("-", 1)[0].lower()
    if base in ("c", "posix"):
        return "en"
    return base if base in SUPPORTED else None


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The language the environment asks for (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), or English."""
    env = os.environ if environ is None else environ
    for variable in LOCALE_VARIABLES:
        value = env.get(variable, "")
        if value:
            for code in value.split(":"):
                chosen = _supported(code) if code else None
                if chosen:
                    return chosen
            if variable != "LANGUAGE":
                return "en"
    return "en"


def chosen_language(preference: str = "system", environ: Mapping[str, str] | None = None) -> str:
    """The language to speak: EMPATHY_JOURNAL_LANGUAGE when set, else the preference ("system",
    "en", "de"), "system" meaning the environment's."""
    env = os.environ if environ is None else environ
    override = _supported(env.get(OVERRIDE_VARIABLE, "") or "-")
    if override:
        return override
    if preference in SUPPORTED:
        return preference
    return system_language(env)


def catalog(code: str) -> gettext.NullTranslations:
    """The translations for code from resources/translations (English needs none)."""
    if code == "en" or code not in SUPPORTED:
        return gettext.NullTranslations()
    return catalog_in(resource_path(f"translations/{code}/LC_MESSAGES"))


def catalog_in(folder: Path) -> gettext.NullTranslations:
    """The catalog in folder: the compiled .mo when it is at least as new as the .po, else the .po
    read directly (an editable install, a fresh checkout); English when there is neither or the
    catalog is damaged."""
    po, mo = folder / f"{DOMAIN}.po", folder / f"{DOMAIN}.mo"
    try:
        if mo.exists() and (not po.exists() or mo.stat().st_mtime >= po.stat().st_mtime):
            with mo.open("rb") as handle:
                return gettext.GNUTranslations(handle)
        if not po.exists():
            return gettext.NullTranslations()
        from empathy_journal.domain.translation_catalog import parse_po

        return _PoTranslations(parse_po(po.read_text(encoding="utf-8")))
    except (OSError, ValueError, SyntaxError, UnicodeDecodeError):
        return gettext.NullTranslations()


class _PoTranslations(gettext.GNUTranslations):
    """GNUTranslations filled straight from .po entries (what compiling to .mo and reading it
    back would give, without the detour)."""

    def __init__(self, entries: list[PoEntry]) -> None:
        gettext.NullTranslations.__init__(self)
        self._info: dict[str, str] = {}
        self._charset = "utf-8"
        self.plural = lambda n: int(n != 1)  # type: ignore[method-assign]
        catalog: dict[object, str] = {}
        for entry in entries:
            if entry.msgid == "" and entry.msgctxt is None:
                self._read_header(entry.msgstr[0])
            elif entry.translated:
                key = entry.msgid if entry.msgctxt is None else f"{entry.msgctxt}\x04{entry.msgid}"
                if entry.msgid_plural is None:
                    catalog[key] = entry.msgstr[0]
                else:
                    for index, form in enumerate(entry.msgstr):
                        catalog[(key, index)] = form
        self._catalog = catalog

    def _read_header(self, header: str) -> None:
        for line in header.splitlines():
            name, _colon, value = line.partition(":")
            if _colon:
                self._info[name.strip().lower()] = value.strip()
        forms = self._info.get("plural-forms", "")
        if "plural=" in forms:
            rule = forms.split("plural=", 1)[1].strip().rstrip(";")
            self.plural = gettext.c2py(rule)  # type: ignore[method-assign]


def use_language(code: str = "system") -> str:
    """Speak code ("system", "en", "de"; the override variable wins) from now on; returns the code
    in use."""
    global _translations, _language
    chosen = chosen_language(code)
    _translations = catalog(chosen)
    _language = chosen if isinstance(_translations, gettext.GNUTranslations) else "en"
    return _language


def month_name(month: int) -> str:
    """The month's name (1 = January) in the language in use."""
    return (pgettext("month", "January"), pgettext("month", "February"),
            pgettext("month", "March"), pgettext("month", "April"), pgettext("month", "May"),
            pgettext("month", "June"), pgettext("month", "July"), pgettext("month", "August"),
            pgettext("month", "September"), pgettext("month", "October"),
            pgettext("month", "November"), pgettext("month", "December"))[month - 1]


def month_short(month: int) -> str:
    """The month's short name (1 = Jan) in the language in use."""
    return (pgettext("short month", "Jan"), pgettext("short month", "Feb"),
            pgettext("short month", "Mar"), pgettext("short month", "Apr"),
            pgettext("short month", "May"), pgettext("short month", "Jun"),
            pgettext("short month", "Jul"), pgettext("short month", "Aug"),
            pgettext("short month", "Sep"), pgettext("short month", "Oct"),
            pgettext("short month", "Nov"), pgettext("short month", "Dec"))[month - 1]


def weekday_short(day: date) -> str:
    """The short name of day's weekday (Mon…) in the language in use."""
    return (pgettext("weekday", "Mon"), pgettext("weekday", "Tue"), pgettext("weekday", "Wed"),
            pgettext("weekday", "Thu"), pgettext("weekday", "Fri"), pgettext("weekday", "Sat"),
            pgettext("weekday", "Sun"))[day.weekday()]


def long_date(day: date) -> str:
    """"1 December 2026"; German "1. Dezember 2026"."""
    # Translators: {day}, {month} and {year} are filled in; the order and dots are yours.
    return pgettext("date", "{day} {month} {year}").format(
        day=day.day, month=month_name(day.month), year=day.year)


def month_year(day: date) -> str:
    """"December 2026" in the language in use."""
    return pgettext("date", "{month} {year}").format(month=month_name(day.month), year=day.year)


def decimal(value: float, digits: int = 1) -> str:
    """value with digits decimals and the language's decimal mark ("6.5"; German "6,5")."""
    text = f"{value:.{digits}f}"
    # Translators: the decimal mark, "," in German.
    mark = pgettext("decimal mark", ".")
    return text.replace(".", mark) if mark != "." else text
