"""Opening the journal from the command line: passphrases, the window's lock, plain failures."""

from __future__ import annotations

import argparse
import getpass
import os
import sqlite3
import sys
from pathlib import Path

from empathy_journal.cli.paths import CliError, journal_path_from
from empathy_journal.storage.conversion import finish_interrupted
from empathy_journal.storage.crypto import is_encrypted
from empathy_journal.storage.journal import Journal
from empathy_journal.storage.window_lock_files import live_window_locks

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
        raise CliError(f"No passphrase was given (type it at a terminal, or set {env}). "
                       "Nothing was changed.") from None


def read_new_passphrase(env: str, *fallbacks: str) -> str:
    """A new passphrase from env (else the first fallback variable set), or typed twice."""
    for name in (env, *fallbacks):
        if os.environ.get(name):
            return os.environ[name]
    first = read_passphrase("New passphrase: ", env)
    if read_passphrase("Type the new passphrase again: ", env) != first:
        raise CliError("The two passphrases differ. Nothing was changed.")
    return first


def finish_interrupted_change(path: Path) -> None:
    """Finish or roll back a passphrase change a crash cut off (not while a window has it)."""
    try:
        refuse_if_open_in_window(path)
    except CliError:
        return
    finish_interrupted(path)


def passphrase_for(path: Path) -> str | None:
    """The passphrase the journal at path needs, or None when it is not encrypted."""
    if path.exists() and is_encrypted(path):
        return read_passphrase(f"Passphrase for {path.name}: ")
    return None


def refuse_if_open_in_window(path: Path) -> None:
    """Stop when a window holds the journal, by this name or another (symlink, hard link)."""
    if not live_window_locks(path):
        return
    raise CliError("The journal is open in the Empathy Journal window; close it and try "
                   "again. Nothing was changed.")


DAMAGED = ("The journal file is damaged (SQLite cannot read part of it), so nothing was done "
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
        raise CliError(DAMAGED)


def open_for_command(args: argparse.Namespace) -> tuple[Journal, Path, str | None]:
    """Open the chosen journal (asking for its passphrase if needed) for a subcommand."""
    path = journal_path_from(args)
    if not path.exists():
        raise CliError(f"There is no journal at {path}. Nothing was changed.")
    finish_interrupted_change(path)
    passphrase = passphrase_for(path)
    return Journal.open(path, passphrase=passphrase), path, passphrase
