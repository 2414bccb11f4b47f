"""``empathy-journal passphrase set|change|remove``: encryption at rest from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path

from empathy_journal.cli.journal_access import (
    NEW_PASSPHRASE_ENV,
    PASSPHRASE_ENV,
    finish_interrupted_change,
    read_new_passphrase,
    read_passphrase,
    refuse_if_open_in_window,
)
from empathy_journal.cli.paths import CliError, journal_path_from
from empathy_journal.domain.text import plural
from empathy_journal.storage import crypto
from empathy_journal.ui.safety import keyring_store


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the passphrase subcommand."""
    parser = subparsers.add_parser(
        "passphrase", help="encrypt the journal, change its passphrase or remove encryption",
        description="Encrypt the journal and its backups with a passphrase (set), change it, "
        "or store them unencrypted again (remove). Passphrases are typed without echo; "
        f"scripts may give the current one in {PASSPHRASE_ENV} and the new one (for set and "
        f"change) in {NEW_PASSPHRASE_ENV}; set also takes it from {PASSPHRASE_ENV} when "
        f"{NEW_PASSPHRASE_ENV} is not set. Both are less private than typing. "
        "A forgotten passphrase cannot be recovered by anyone.")
    parser.add_argument("action", choices=["set", "change", "remove"])
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Convert the journal and its backups; say what changed."""
    path = journal_path_from(args)
    if not path.exists():
        raise CliError(f"There is no journal at {path}. Nothing was changed.")
    refuse_if_open_in_window(path)
    finish_interrupted_change(path)
    encrypted = crypto.is_encrypted(path)
    if args.action == "set":
        if encrypted:
            raise CliError("The journal is already encrypted; use 'passphrase change'. "
                           "Nothing was changed.")
        converted = crypto.encrypt_journal(path, read_new_passphrase(NEW_PASSPHRASE_ENV,
                                                                     PASSPHRASE_ENV))
        print(f"The journal and {plural(converted, 'backup')} are now encrypted.")
        return 0
    if not encrypted:
        raise CliError("The journal is not encrypted; use 'passphrase set'. Nothing was "
                       "changed.")
    old = read_passphrase("Current passphrase: ")
    if args.action == "change":
        new = read_new_passphrase(NEW_PASSPHRASE_ENV)
        converted = crypto.change_passphrase(path, old, new)
        print(f"The passphrase of the journal and {plural(converted, 'backup')} was "
              "changed.")
        _follow_in_keyring(path, new)
    else:
        converted = crypto.remove_encryption(path, old)
        print(f"The journal and {plural(converted, 'backup')} are stored unencrypted "
              "again.")
        _follow_in_keyring(path, None)
    return 0


def _follow_in_keyring(path: Path, new: str | None) -> None:
    """A passphrase the window remembered in this computer's keyring follows the change, so the
    next start neither offers a stale one nor keeps a secret that no longer opens anything."""
    if keyring_store.remembered_passphrase(path) is None:
        return
    if new is None:
        keyring_store.forget_passphrase(path)
        print("The passphrase remembered in this computer's keyring was forgotten.")
    elif keyring_store.remember_passphrase(path, new):
        print("The passphrase remembered in this computer's keyring was updated.")
    else:
        keyring_store.forget_passphrase(path)
        print("The keyring refused the new passphrase, so the old one was forgotten: the "
              "window will ask for it.")
