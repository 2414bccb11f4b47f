"""Opening the journal from the command line: passphrases, the window's lock, plain failures.

The storage modules are imported inside the functions that need them, so a command that only
reads (``search``) pays for none of sqlite-utils, migrations or conversions
(``open_for_reading``).
"""

from __future__ import annotations

import argparse
import getpass
import glob
import os
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from empathy_journal.cli.paths import CliError, journal_path_from
from empathy_journal.domain.translation import N_, _

if TYPE_CHECKING:
    from empathy_journal.storage.journal import Journal

PASSPHRASE_ENV = "EMPATHY_JOURNAL_PASSPHRASE"
NEW_PASSPHRASE_ENV = "EMPATHY_JOURNAL_NEW_PASSPHRASE"


def read_passphrase(prompt: str, env: str = PASSPHRASE_ENV) -> str:
    """The passphrase from env if set, else typed at the terminal without echo."""
    value = os.environ.get(env)
    if value:
        return value
    try:
        if not sys.stdin or not sys.stdin.isatty():
            raise EOFError
        return getpass.getpass(prompt)
    except (EOFError, OSError):
        raise CliError(_("No passphrase was given (type it at a terminal, or set {env}). Nothing was "
                         "changed.").format(env=env)) from None


def read_new_passphrase(env: str, *fallbacks: str) -> str:
    """A new passphrase from env (else the first fallback variable set), or typed twice."""
    for name in (env, *fallbacks):
        if os.environ.get(name):
            return os.environ[name]
    first = read_passphrase(_("New passphrase: "), env)
    if read_passphrase(_("Type the new passphrase again: "), env) != first:
        raise CliError(_("The two passphrases differ. Nothing was changed."))
    return first


def finish_interrupted_change(path: Path) -> None:
    """Finish or roll back a passphrase change a crash cut off (not while a window has it)."""
    from empathy_journal.storage.conversion import finish_interrupted

    try:
        refuse_if_open_in_window(path)
    except CliError:
        return
    finish_interrupted(path)


def passphrase_for(path: Path) -> str | None:
    """The passphrase the journal at path needs, or None when it is not encrypted."""
    from empathy_journal.storage.cipher import looks_encrypted  # = crypto.is_encrypted

    if path.exists() and looks_encrypted(path):
        return read_passphrase(_("Passphrase for {name}: ").format(name=path.name))
    return None


def refuse_if_open_in_window(path: Path) -> None:
    """Stop when a window holds the journal, by this name or another (symlink, hard link)."""
    from empathy_journal.storage.window_lock_files import live_window_locks

    if not live_window_locks(path):
        return
    raise CliError(_("The journal is open in the Empathy Journal window; close it and try again. "
                     "Nothing was changed."))


DAMAGED = N_("The journal file is damaged (SQLite cannot read part of it), so nothing was done "
           "and nothing was changed. 'empathy-journal check' says what is wrong; "
           "'empathy-journal salvage' copies every entry that can still be read into a new "
           "journal beside it.")


def refuse_if_damaged(journal: Journal) -> None:
    """Stop before writing into, or backing up, a journal that SQLite finds damaged."""
    try:
        verdict = journal.db.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError:
        verdict = "unreadable"
    if verdict != "ok":
        journal.close()
        raise CliError(_(DAMAGED))


def open_for_command(args: argparse.Namespace) -> tuple[Journal, Path, str | None]:
    """Open the chosen journal (asking for its passphrase if needed) for a subcommand."""
    path = journal_path_from(args)
    if not path.exists():
        raise CliError(_("There is no journal at {path}. Nothing was changed.").format(path=path))
    finish_interrupted_change(path)
    passphrase = passphrase_for(path)
    return _open_journal(path, passphrase), path, passphrase


def _open_journal(path: Path, passphrase: str | None) -> Journal:
    """Journal.open, showing the progress of a long migration on a terminal's stderr."""
    from empathy_journal.storage import migrations
    from empathy_journal.storage.journal import Journal

    shown: list[int] = []

    def show(what: str, done: int, total: int) -> None:
        percent = 100 * done // max(total, 1)
        if sys.stderr.isatty() and (not shown or percent != shown[-1]):
            shown.append(percent)
            end = "\n" if done >= total else ""
            print(f"\r{what}: {percent}%", end=end, file=sys.stderr, flush=True)

    with migrations.reporting_progress(show):
        return Journal.open(path, passphrase=passphrase)


class Reader:
    """A journal open for reading by a command: a plain connection or the whole Journal.

    ``db`` offers ``execute`` either way (what ``storage/search.py`` uses).
    """

    def __init__(self, db: object, close: object) -> None:
        self.db = db
        self.close = close


def open_for_reading(args: argparse.Namespace) -> Reader:
    """Open the chosen journal to read it, cheaply when nothing needs doing first.

    A current journal (no leftovers of an interrupted change beside it, its schema up
    to date) is opened with one SQLite connection and nothing else imported; anything else
    takes the full path of ``open_for_command`` (finishing a change, migrating with a backup
    first, the plain messages of every refusal).
    """
    path = journal_path_from(args)
    if not path.exists():
        raise CliError(_("There is no journal at {path}. Nothing was changed.").format(path=path))
    connection, passphrase = _quick_connection(path)
    if connection is not None:
        return Reader(connection, connection.close)
    finish_interrupted_change(path)
    if passphrase is None:
        passphrase = passphrase_for(path)
    journal = _open_journal(path, passphrase)
    return Reader(journal.db, journal.close)


def _quick_connection(path: Path) -> tuple[sqlite3.Connection | None, str | None]:
    """A connection to a current journal, or (None, the passphrase read so far)."""
    from empathy_journal.storage import migrations
    from empathy_journal.storage.file_format import APPLICATION_ID, SQLITE_HEADER

    if any(path.parent.glob(f".{glob.escape(path.name)}*")):  # a change or a copy cut off
        return None, None
    try:
        with path.open("rb") as handle:
            plain = handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return None, None
    read_only = not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))
    passphrase = None
    try:
        if plain and not read_only:  # the common case, without the SQLCipher driver's import
            connection = sqlite3.connect(str(path))
        else:
            from empathy_journal.storage.cipher import connect_file, looks_encrypted

            if not plain and not looks_encrypted(path):
                return None, None
            if not plain:
                passphrase = read_passphrase(_("Passphrase for {name}: ").format(name=path.name))
            connection = connect_file(path, passphrase, read_only=read_only)
    except sqlite3.Error:
        return None, passphrase
    try:
        connection.execute("PRAGMA busy_timeout = 3000")
        current = (connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
                   and migrations.recorded_migration_names(connection)
                   == set(migrations.known_migration_names()))
    except sqlite3.DatabaseError:
        current = False
    if not current:
        connection.close()
        return None, passphrase
    return connection, passphrase
