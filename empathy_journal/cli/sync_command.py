"""``empathy-journal sync [FOLDER]``: sync the journal through a folder a sync tool shares."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from empathy_journal.cli.journal_access import (
    finish_interrupted_change,
    passphrase_for,
    read_passphrase,
    refuse_if_damaged,
    refuse_if_open_in_window,
)
from empathy_journal.cli.paths import CliError, journal_path_from
from empathy_journal.domain.text import plural
from empathy_journal.domain.translation import _

LOCK_WAIT_SECONDS = 30.0  # how long a sync waits for another sync of the same journal


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the sync subcommand."""
    parser = subparsers.add_parser(
        "sync", help=_("sync the journal with other computers through a shared folder"),
        description=_("Exchange changes with your other computers through FOLDER, a folder that "
                      "Syncthing, Nextcloud, Dropbox or a USB stick carries between them. The folder "
                      "is remembered, so later 'empathy-journal sync' alone is enough. The journal "
                      "itself never goes into the folder; only change files do (encrypted when the "
                      "journal is). A journal that does not exist yet is created and filled from the "
                      "folder."))
    parser.add_argument("folder", nargs="?", type=Path, metavar="FOLDER",
                        help=_("the shared folder (default: the one this journal synced with)"))
    parser.set_defaults(handler=run)


def _folder_is_encrypted(folder: Path | None) -> bool:
    from empathy_journal.sync.folder import JournalFolder, journals_in

    if folder is None:
        return False
    found = journals_in(folder.expanduser())
    if len(found) != 1:
        return False
    described = JournalFolder(folder.expanduser(), found[0]).description() or {}
    return bool(described.get("encrypted"))


def run(args: argparse.Namespace) -> int:
    """Sync and say what came in, what went out and what needs a look."""
    from empathy_journal.session.journal_session import JournalSession
    from empathy_journal.storage.journal import Journal
    from empathy_journal.sync import SyncFolderError
    from empathy_journal.sync.folder import is_inside
    from empathy_journal.sync.sync_lock import SyncBusy

    path = journal_path_from(args)
    if args.folder is not None and is_inside(path, args.folder.expanduser()):
        raise CliError(_("The journal {path} would be inside the sync folder {folder}. A sync tool "
                         "copying a journal that is open can damage it; keep the journal outside and "
                         "choose an empty folder for syncing. Nothing was changed.").format(
                         path=path,
                         folder=args.folder))
    if path.exists():
        refuse_if_open_in_window(path)
        finish_interrupted_change(path)
        passphrase = passphrase_for(path)
        created = False
    else:
        if args.folder is None:
            raise CliError(_("There is no journal at {path} yet. Run 'empathy-journal sync FOLDER' "
                             "with the shared folder to create it from there.").format(path=path))
        passphrase = (read_passphrase(
            _("Passphrase for the journal in {folder}: ").format(folder=args.folder))
                      if _folder_is_encrypted(args.folder) else None)
        path.parent.mkdir(parents=True, exist_ok=True)
        created = True
    journal = Journal.open(path, passphrase=passphrase)
    refuse_if_damaged(journal)
    session = JournalSession(journal)
    try:
        outcome = session.apply_sync(
            args.folder, lock_wait=LOCK_WAIT_SECONDS,
            waiting=lambda message: print(f"empathy-journal: {message}", file=sys.stderr,
                                          flush=True))
    except SyncBusy as error:
        raise CliError(str(error)) from None
    except SyncFolderError as error:
        raise CliError(str(error)) from None
    except OSError as error:
        reason = error.strerror or str(error)
        raise CliError(_("The sync folder could not be read or written ({reason}). Nothing was "
                         "changed in the journal; sync again once the folder is reachable.").format(
                             reason=reason)) from None
    finally:
        session.close()
    report = outcome.report
    if created:
        print(_("Created {path} from the sync folder.").format(path=path))
    parts = [_("{changes} in").format(changes=plural(report.received, 'change')), _("{changes} out").format(
                                                          changes=plural(report.sent, 'change'))]
    if report.merged:
        parts.append(_("{edits} merged").format(edits=plural(report.merged, 'edit')))
    print(_("Synced with {folder}: {join} · {computers}.").format(
            folder=outcome.folder,
            join=', '.join(parts),
            computers=plural(report.devices, 'computer')))
    if report.conflicts:
        print(_("{entries} were edited on two computers in the same place; both versions are kept "
                '(look for "conflict copy" in the title) so you can choose.').format(
                entries=plural(report.conflicts, 'entry', 'entries')))
    for warning in outcome.warnings:
        print(_("empathy-journal: {warning}").format(warning=warning), file=sys.stderr)
    return 0
