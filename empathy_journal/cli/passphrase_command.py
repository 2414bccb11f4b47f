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
from empathy_journal.domain.translation import _
from empathy_journal.storage import crypto
from empathy_journal.ui.safety import keyring_store


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the passphrase subcommand."""
    parser = subparsers.add_parser(
        "passphrase", help=_("encrypt the journal, change its passphrase or remove encryption"),
        description=_("Encrypt the journal and its backups with a passphrase (set), change it, or "
                      "store them unencrypted again (remove). Passphrases are typed without echo; "
                      "scripts may give the current one in {passphrase_env} and the new one (for set "
                      "and change) in {new_passphrase_env}; set also takes it from {passphrase_env} "
                      "when {new_passphrase_env} is not set. Both are less private than typing. A "
                      "forgotten passphrase cannot be recovered by anyone.").format(
                      passphrase_env=PASSPHRASE_ENV,
                      new_passphrase_env=NEW_PASSPHRASE_ENV))
    parser.add_argument("action", choices=["set", "change", "remove"])
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Convert the journal and its backups; say what changed."""
    path = journal_path_from(args)
    if not path.exists():
        raise CliError(_("There is no journal at {path}. Nothing was changed.").format(path=path))
    refuse_if_open_in_window(path)
    finish_interrupted_change(path)
    encrypted = crypto.is_encrypted(path)
    if args.action == "set":
        if encrypted:
            raise CliError(_("The journal is already encrypted; use 'passphrase change'. Nothing was "
                             "changed."))
        converted = crypto.encrypt_journal(path, read_new_passphrase(NEW_PASSPHRASE_ENV,
                                                                     PASSPHRASE_ENV))
        print(_("The journal and {backups} are now encrypted.").format(backups=plural(converted, 'backup')))
        return 0
    if not encrypted:
        raise CliError(_("The journal is not encrypted; use 'passphrase set'. Nothing was changed."))
    old = read_passphrase(_("Current passphrase: "))
    if args.action == "change":
        new = read_new_passphrase(NEW_PASSPHRASE_ENV)
        converted = crypto.change_passphrase(path, old, new)
        print(_("The passphrase of the journal and {backups} was changed.").format(
                backups=plural(converted, 'backup')))
        _follow_in_keyring(path, new)
    else:
        converted = crypto.remove_encryption(path, old)
        print(_("The journal and {backups} are stored unencrypted again.").format(
                backups=plural(converted, 'backup')))
        _follow_in_keyring(path, None)
    return 0


def _follow_in_keyring(path: Path, new: str | None) -> None:
    """A passphrase the window remembered in this computer's keyring follows the change, so the
    next start neither offers a stale one nor keeps a secret that no longer opens anything."""
    if keyring_store.remembered_passphrase(path) is None:
        return
    if new is None:
        keyring_store.forget_passphrase(path)
        print(_("The passphrase remembered in this computer's keyring was forgotten."))
    elif keyring_store.remember_passphrase(path, new):
        print(_("The passphrase remembered in this computer's keyring was updated."))
    else:
        keyring_store.forget_passphrase(path)
        print(_("The keyring refused the new passphrase, so the old one was forgotten: the window will "
                "ask for it."))
