"""The demo's people, debriefs, practices, values, coping records and check-ins, in plain SQL."""

from __future__ import annotations

import json
import random
import uuid as uuid_module
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlite_utils import Database

from empathy_journal.domain.entry import Entry, EntryKind, utc_iso
from empathy_journal.domain.instruments import INSTRUMENTS, PSS10, WHO5, Instrument
from empathy_journal.domain.translation import NC_
from empathy_journal.interchange.demo_text import CONVERSATION, shown
from empathy_journal.storage.practice_repository import sync_builtin_practices
from empathy_journal.storage.template_repository import sync_builtin_templates

DEMO_VALUES = [
    (NC_("demo", "Kindness"), NC_("demo", "Treat people, me included, with warmth.")),
    (NC_("demo", "Honesty"), NC_("demo", "Say what I think, gently and on time.")),
    (NC_("demo", "Curiosity"), NC_("demo", "Ask before assuming.")),
    (NC_("demo", "Health"), NC_("demo", "Sleep, move, eat like I mean it.")),
    (NC_("demo", "Family"), NC_("demo", "Show up for the people at home.")),
]
DEMO_COPING = [
    ("box_breathing",
     NC_("demo", "Box breathing"),
     NC_("demo", "Four seconds in, hold, out, hold; repeat.")),
    ("breathing_478",
     NC_("demo", "4-7-8 breathing"),
     NC_("demo", "In for four, hold for seven, out for eight.")),
    ("walk", NC_("demo", "A walk"), NC_("demo", "Ten minutes outside, no phone.")),
    ("body_scan",
     NC_("demo", "Body scan"),
     NC_("demo", "Notice each part of the body from feet to head.")),
    ("talk_to_someone",
     NC_("demo", "Talk to someone"),
     NC_("demo", "Tell a person you trust what is going on.")),
    ("reframe",
     NC_("demo", "Reframe it"),
     NC_("demo", "Look for another way to read the situation.")),
    ("write_it_down",
     NC_("demo", "Write it down"),
     NC_("demo", "Put the worry on paper until it stops circling.")),
]
DEMO_TZ = "Europe/Berlin"  # the zone every demo entry and check-in is written in
COPING_TRIGGERS = [
    NC_("demo", "Pager went off"), NC_("demo", "Deadline moved"),
    NC_("demo", "Argument in code review"), NC_("demo", "Too many meetings"),
    NC_("demo", "Bad night"), NC_("demo", "Inbox at 200"), NC_("demo", "Tense call at home"),
]


@dataclass(frozen=True)
class DemoPerson:
    """Someone who appears in the demo, with the role their fragments use."""

    name: str
    note: str
    role: str


def uuid_from(rng: random.Random) -> str:
    """A version-4 UUID drawn from rng, so the demo is identical for a seed."""
    return str(uuid_module.UUID(int=rng.getrandbits(128), version=4))


def _insert(db: Database, table: str, row: dict) -> int:
    cursor = db.execute(
        f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})",
        list(row.values()),
    )
    return cursor.lastrowid


def write_extras(
    db: Database,
    rng: random.Random,
    entries: list[Entry],
    debriefs: list[tuple[Entry, dict, DemoPerson]],
    people: list[DemoPerson],
    today: date,
) -> None:
    """Fill every table beyond entries so each view of the app has something to show."""
    start = entries[0].created_utc if entries else datetime.now(UTC)
    person_ids = {
        p.name: _insert(db, "people", {"uuid": uuid_from(rng), "name": p.name, "note": shown(p.note),
                                        "created_utc": utc_iso(start)})
        for p in people
    }
    _write_conversations(db, rng, debriefs, person_ids, today)
    _link_mentions(db, entries, person_ids)
    _write_practices(db, rng, entries)
    _write_values(db, rng, entries)
    _write_coping(db, rng, entries)
    _write_assessments(db, rng, entries, today)


def _write_conversations(db: Database, rng: random.Random, debriefs: list,
                         person_ids: dict[str, int], today: date) -> None:
    for entry, fields, person in debriefs:
        # The feelings themselves are emotion tags on the entry (mine and theirs); the
        # free-text fields are for what the words don't capture, so the demo leaves them empty.
        row = {"entry_id": entry.id, "person_id": person_ids[person.name], **fields}
        if fields["follow_up"]:
            due = entry.local_date + timedelta(days=rng.randint(2, 10))
            row["follow_up_due"] = due.isoformat()
            # People close most follow-ups; only the last five weeks leave some open or overdue.
            recent = (today - due).days < 35
            if due < today and (not recent or rng.random() < 0.4):
                done = datetime.combine(due, time(17, rng.randint(0, 59)), UTC)
                row["follow_up_done_utc"] = utc_iso(done)
        checked_on = entry.local_date + timedelta(days=rng.randint(2, 6))
        if checked_on <= today and rng.random() < 0.6:
            verdict = rng.choice(["right", "right", "partly", "wrong"])
            note_index = {"right": 0, "partly": 1, "wrong": 2}[verdict]
            row["perspective_check"] = verdict
            row["perspective_checked_on"] = checked_on.isoformat()
            row["perspective_note"] = shown(CONVERSATION["perspective_note"][note_index])
        _insert(db, "conversations", row)
        db.execute("INSERT INTO entry_people (entry_id, person_id) VALUES (?, ?)",
                   [entry.id, person_ids[person.name]])


def _link_mentions(db: Database, entries: list[Entry], person_ids: dict[str, int]) -> None:
    for entry in entries:
        if entry.kind == EntryKind.CONVERSATION:
            continue
        for name, person_id in person_ids.items():
            if name in entry.body:
                db.execute("INSERT OR IGNORE INTO entry_people (entry_id, person_id) "
                           "VALUES (?, ?)", [entry.id, person_id])


def _write_practices(db: Database, rng: random.Random, entries: list[Entry]) -> None:
    sync_builtin_practices(db)
    sync_builtin_templates(db)
    practice_ids = [r[0] for r in db.execute("SELECT id FROM practices ORDER BY position")]
    for entry in entries:
        count = rng.choices([0, 1, 2, 3], [3, 4, 3, 1])[0]
        for practice_id in rng.sample(practice_ids, count):
            db.execute("INSERT INTO entry_practices (entry_id, practice_id) VALUES (?, ?)",
                       [entry.id, practice_id])


def _write_values(db: Database, rng: random.Random, entries: list[Entry]) -> None:
    value_ids = [
        _insert(db, "personal_values", {"uuid": uuid_from(rng), "name": shown(name),
                                        "description": shown(description)})
        for name, description in DEMO_VALUES
    ]
    for entry in entries:
        if rng.random() < 0.3:
            low_mood = entry.mood is not None and entry.mood <= 4
            stance = "against" if low_mood and rng.random() < 0.6 else "on"
            db.execute("INSERT INTO entry_values (entry_id, value_id, stance) VALUES (?, ?, ?)",
                       [entry.id, rng.choice(value_ids), stance])


def _write_coping(db: Database, rng: random.Random, entries: list[Entry]) -> None:
    for technique_id, label, description in DEMO_COPING:
        db.execute("INSERT INTO coping_techniques (id, label, description) VALUES (?, ?, ?) "
                   "ON CONFLICT (id) DO NOTHING", [technique_id, shown(label), shown(description)])
    for entry in entries:
        if entry.stress is None or entry.stress < 6 or rng.random() < 0.4:
            continue
        relief = rng.choice([0, 1, 2, 2, 3, 3, 4])
        at = entry.created_utc - timedelta(minutes=rng.randint(30, 240))
        _insert(db, "coping_records", {
            "uuid": uuid_from(rng), "entry_id": entry.id,
            "technique_id": rng.choice(DEMO_COPING)[0],
            "trigger": shown(rng.choice(COPING_TRIGGERS)), "stress_before": entry.stress,
            "stress_after": max(0, entry.stress - relief),
            "duration_s": rng.choice([120, 240, 300, 600, 900]),
            "at_utc": utc_iso(at), "local_date": entry.local_date.isoformat(),
        })


def who5_answers(rng: random.Random, mood: float) -> list[int]:
    """Five WHO-5 answers (0–5) that rise with the mean mood of the weeks before."""
    centre = (mood - 1) / 9 * 5
    return [max(0, min(5, round(rng.gauss(centre, 0.8)))) for _ in range(5)]


def _answers(rng: random.Random, instrument: Instrument, level: float) -> list[int]:
    """Answers near level (0–1 of the scale) as given: a reversed item is answered the other way."""
    low, high = instrument.lowest, instrument.highest
    answers = []
    for item in instrument.items:
        value = max(low, min(high, round(rng.gauss(low + level * (high - low), 0.7))))
        answers.append(high + low - value if item.reversed else value)
    return answers


def _mean(values: list[int | None], default: float) -> float:
    present = [v for v in values if v is not None]
    return sum(present) / len(present) if present else default


def _check_in(db: Database, rng: random.Random, instrument: Instrument, answers: list[int],
              day: date) -> None:
    """One check-in as the app stores it: the answers as given, the raw score, the local day."""
    taken = datetime.combine(day, time(19, 30), ZoneInfo(DEMO_TZ)).astimezone(UTC)
    _insert(db, "assessments", {"uuid": uuid_from(rng), "instrument": instrument.id,
                                "taken_utc": utc_iso(taken), "local_date": day.isoformat(),
                                "answers": json.dumps(answers),
                                "score": instrument.raw_score(answers)})


def _write_assessments(db: Database, rng: random.Random, entries: list[Entry],
                       today: date) -> None:
    """Each check-in on its default schedule (WHO-5 every two weeks, PSS-10 monthly, the
    empathy self-check every two months), answered in line with the weeks before."""
    if not entries:
        return
    first = entries[0].local_date
    for instrument in INSTRUMENTS.values():
        day = first + timedelta(days=instrument.every_days)
        while day <= today:
            recent = [e for e in entries if day - timedelta(days=instrument.every_days)
                      <= e.local_date <= day]
            if instrument.id == WHO5:
                answers = who5_answers(rng, _mean([e.mood for e in recent], 6.0))
            elif instrument.id == PSS10:
                answers = _answers(rng, instrument, _mean([e.stress for e in recent], 4.0) / 10)
            else:
                answers = _answers(rng, instrument, 0.65 + 0.2 * rng.random())
            _check_in(db, rng, instrument, answers, day)
            day += timedelta(days=instrument.every_days)
