"""Check-ins in the assessments table: each answer as given, the raw score, the local day."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import TYPE_CHECKING

from empathy_journal.domain.entry import parse_utc, utc_iso
from empathy_journal.domain.ids import fresh_uuid
from empathy_journal.domain.instruments import INSTRUMENTS

if TYPE_CHECKING:
    from sqlite_utils import Database

    from empathy_journal.domain.analytics.records import CheckIn

_COLUMNS = "uuid, instrument, taken_utc, local_date, answers, score"


def _record() -> type[CheckIn]:
    # Imported when a check-in is read or taken: the window's start only asks when each was last.
    from empathy_journal.domain.analytics.records import CheckIn

    return CheckIn


def _check_in(row: tuple) -> CheckIn:
    uuid, instrument, taken, day, answers, score = row
    moment = parse_utc(taken)
    assert moment is not None
    return _record()(uuid, instrument, moment, date.fromisoformat(day),
                     tuple(json.loads(answers)), score)


def check_ins_between(db: Database, first: date | None = None, last: date | None = None,
                      instrument: str | None = None) -> list[CheckIn]:
    """Check-ins taken on local days first..last (open ends allowed), oldest first."""
    clauses, params = ["1"], []
    if first is not None:
        clauses.append("local_date >= ?")
        params.append(first.isoformat())
    if last is not None:
        clauses.append("local_date <= ?")
        params.append(last.isoformat())
    if instrument is not None:
        clauses.append("instrument = ?")
        params.append(instrument)
    cursor = db.execute(f"SELECT {_COLUMNS} FROM assessments WHERE {' AND '.join(clauses)} "
                        "ORDER BY taken_utc, uuid", params)
    return [_check_in(row) for row in cursor]


def last_taken(db: Database) -> dict[str, datetime]:
    """When each instrument was last taken (UTC)."""
    found = {}
    for instrument, taken in db.execute(
            "SELECT instrument, max(taken_utc) FROM assessments GROUP BY instrument"):
        moment = parse_utc(taken)
        if moment is not None:
            found[instrument] = moment
    return found


def add_check_in(db: Database, instrument: str, answers: list[int], taken: datetime,
                 local_date: date) -> CheckIn:
    """Store a check-in (inside the caller's transaction); the answers are checked first."""
    score = INSTRUMENTS[instrument].raw_score(answers)
    record = _record()(fresh_uuid(), instrument, taken, local_date,
                       tuple(answers), score)
    db.execute(f"INSERT INTO assessments ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)",
               [record.uuid, instrument, utc_iso(taken), local_date.isoformat(),
                json.dumps(list(answers)), score])
    return record
