"""``empathy-journal check``: integrity, entry checksums and schema; exit 0 when healthy."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

from empathy_journal.cli.journal_access import finish_interrupted_change, passphrase_for
from empathy_journal.cli.paths import CliError, journal_path_from
from empathy_journal.domain.text import plural
from empathy_journal.domain.translation import _, ngettext
from empathy_journal.storage import migrations as schema
from empathy_journal.storage.backup import list_backups
from empathy_journal.storage.cipher import connect_file
from empathy_journal.storage.health import HealthReport, check_journal_file


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the check subcommand."""
    parser = subparsers.add_parser(
        "check", help=_("check the journal's integrity, checksums and schema"),
        description=_("Read the whole journal without changing it: SQLite's integrity check, every "
                      "entry's checksum and the schema version. Exit code 0 means healthy."))
    parser.set_defaults(handler=run)


def _schema_line(report: HealthReport) -> str:
    known = schema.known_migration_names()
    unknown = [n for n in report.schema_names if n not in known]
    if unknown:
        return _("schema: written by a newer version ({names})").format(names=", ".join(unknown))
    pending = [n for n in known if n not in report.schema_names]
    latest = report.schema_names[-1] if report.schema_names else _("none")
    if pending:
        return _("schema: {latest} (will be updated to {newest} when opened)").format(
            latest=latest, newest=known[-1])
    return _("schema: {latest} (current)").format(latest=latest)


def _refuse_a_wrong_passphrase(path: Path, passphrase: str) -> None:
    """Stop before checking when the passphrase cannot read the file's first page."""
    try:
        conn = connect_file(path, passphrase, read_only=True)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        raise CliError(_("That passphrase does not open this journal; nothing was checked or "
                         "changed.")) from None


def run(args: argparse.Namespace) -> int:
    """Print what was checked; fail with the first problem when the journal is not healthy."""
    path = journal_path_from(args)
    if not path.exists():
        raise CliError(_("There is no journal at {path}.").format(path=path))
    finish_interrupted_change(path)
    passphrase = passphrase_for(path)
    if passphrase is not None:
        _refuse_a_wrong_passphrase(path, passphrase)
    report = check_journal_file(path, passphrase, full=True)
    print(_("journal: {path}").format(path=path))
    if report.problems:
        raise CliError(_("The journal is not healthy: {value}. Nothing was changed; 'empathy-journal "
                         "restore' can bring back a backup.").format(value=report.problems[0]))
    print(_("integrity: ok"))
    print(_schema_line(report))
    print(_("entries: {count}").format(count=report.entry_count))
    backups = list_backups(path, with_counts=False)
    newest = backups[0].taken_utc.strftime("%Y-%m-%d %H:%M UTC") if backups else _("none")
    print(_("backups: {count} (newest: {newest})").format(count=len(backups), newest=newest))
    unreadable = [d.uuid for d in report.damaged_entries if d.unreadable]
    if unreadable:
        print(_("unreadable: {entries} whose stored values cannot be read ({uuids}); they are "
                'kept as they are and shown as "Unreadable entry"; \'empathy-journal salvage\' '
                "copies the rest").format(entries=plural(len(unreadable), 'entry', 'entries'),
                                          uuids=', '.join(unreadable)))
    if report.damaged_entries:
        dates = ", ".join(d.isoformat() for d in report.damaged_dates) or _("unknown dates")
        count = len(report.damaged_entries)
        print(_("checksums: {entries} damaged ({dates})").format(
                entries=plural(count, 'entry', 'entries'),
                dates=dates))
        print(ngettext("empathy-journal: {count} entry no longer matches its checksum ({dates}); "
                       "open Empathy Journal to repair it from a backup.",
                       "empathy-journal: {count} entries no longer match their checksums "
                       "({dates}); open Empathy Journal to repair them from a backup.",
                       count).format(count=count, dates=dates), file=sys.stderr)
        return 1
    print(_("checksums: all match"))
    return 0
