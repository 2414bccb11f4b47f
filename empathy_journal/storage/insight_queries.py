"""Read-only queries behind the Insights view: small rows per entry, aggregated where cheap."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from empathy_journal.domain.analytics.records import (
    CheckedGuess,
    CopingUse,
    DayMarker,
    DayNote,
    EmotionUse,
    EntryMoment,
)
from empathy_journal.domain.conversation import PerspectiveResult
from empathy_journal.domain.coping import displayed_technique_label
from empathy_journal.domain.perspective import PerspectiveCheck
from empathy_journal.domain.text import first_line
from empathy_journal.domain.translation import _, pgettext
from empathy_journal.storage.stored_values import (
    rating_or_none,
    readable,
    stored_day,
    stored_intensity,
    stored_moment,
    stored_text,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

_LIVE_IN_RANGE = "e.deleted_utc IS NULL AND e.local_date BETWEEN ? AND ?"
HEADLINE_SOURCE_CHARS = 400


def _range(first: date, last: date) -> list[str]:
    return [first.isoformat(), last.isoformat()]


def entry_moments(db: Database, first: date, last: date) -> list[EntryMoment]:
    """When each live entry of first..last was written and how it was rated."""
    cursor = db.execute(
        f"""SELECT e.uuid, e.local_date, e.created_utc, e.tz, e.mood, e.energy, e.stress
            FROM entries e WHERE {_LIVE_IN_RANGE} ORDER BY e.local_date, e.created_utc""",
        _range(first, last))
    return readable(cursor, lambda r: EntryMoment(
        stored_text(r[0], "uuid"), stored_day(r[1]), _instant(r[2]), stored_text(r[3], "tz"),
        rating_or_none(r[4], "mood"), rating_or_none(r[5], "energy"),
        rating_or_none(r[6], "stress")), "entries (for Insights)")


def _instant(text: object) -> datetime:
    moment = stored_moment(text)
    assert moment is not None  # required
    return moment


def emotion_uses(db: Database, first: date, last: date) -> list[EmotionUse]:
    """Every emotion tagged on live entries of first..last, with the word's place on the plane."""
    cursor = db.execute(
        f"""SELECT e.uuid, e.local_date, ee.emotion_id, em.label, ee.subject, ee.intensity,
                   em.pleasantness, em.energy, em.vague, em.builtin
            FROM entry_emotions ee JOIN entries e ON e.id = ee.entry_id
            JOIN emotions em ON em.id = ee.emotion_id
            WHERE {_LIVE_IN_RANGE} ORDER BY e.local_date, e.created_utc, ee.position""",
        _range(first, last))
    def read(r: tuple) -> EmotionUse:
        uuid, day, emotion_id, label, subject, intensity, pleasantness, energy, vague, builtin = r
        if builtin:
            label = pgettext("emotion", label)
        if subject not in ("self", "other"):
            raise ValueError(f"not a subject: {subject!r}")
        return EmotionUse(stored_text(uuid, "uuid"), stored_day(day), emotion_id, label,
                          subject, stored_intensity(intensity), pleasantness, energy,
                          bool(vague))

    return readable(cursor, read, "emotion words (for Insights)")


_MARKER_SQL = f"""
    SELECT DISTINCT e.local_date, 'practice', p.id, p.label, p.builtin
        FROM entry_practices ep JOIN entries e ON e.id = ep.entry_id
        JOIN practices p ON p.id = ep.practice_id WHERE {_LIVE_IN_RANGE}
    UNION SELECT DISTINCT e.local_date, 'tag', t.tag, '#' || t.tag, 0
        FROM entry_tags t JOIN entries e ON e.id = t.entry_id WHERE {_LIVE_IN_RANGE}
    UNION SELECT DISTINCT e.local_date, 'value', v.uuid || ':' || ev.stance,
        v.name, CASE ev.stance WHEN 'on' THEN 'on' ELSE 'against' END
        FROM entry_values ev JOIN entries e ON e.id = ev.entry_id
        JOIN personal_values v ON v.id = ev.value_id WHERE {_LIVE_IN_RANGE}
    ORDER BY 1, 2, 3"""


def _marker_label(row: tuple) -> str:
    """A marker's words in the language in use: a built-in practice translated, a value acted on
    or against it."""
    kind, label, extra = row[1], row[3], row[4]
    if kind == "value":
        if extra == "on":
            return _("Acted on {value}").format(value=label)
        return _("Acted against {value}").format(value=label)
    return pgettext("practice", label) if kind == "practice" and extra else label


def day_markers(db: Database, first: date, last: date) -> list[DayMarker]:
    """Practices done, tags used and values acted on or against, one row per day and marker."""
    cursor = db.execute(_MARKER_SQL, _range(first, last) * 3)
    return readable(cursor, lambda r: DayMarker(stored_day(r[0]), r[1], r[2], _marker_label(r)),
                    "day markers (for Insights)")


def checked_guesses(db: Database, first: date, last: date) -> list[CheckedGuess]:
    """Guesses about others' feelings checked on days first..last (undated: the debrief's day)."""
    cursor = db.execute(
        """SELECT * FROM (
               SELECT e.id, e.uuid, c.person_id, coalesce(p.name, '') AS person,
                      c.perspective_check, coalesce(c.perspective_checked_on, e.local_date) AS day
               FROM conversations c JOIN entries e ON e.id = c.entry_id
               LEFT JOIN people p ON p.id = c.person_id
               WHERE c.perspective_check IS NOT NULL AND e.deleted_utc IS NULL)
           WHERE day BETWEEN ? AND ? ORDER BY day, id""",
        _range(first, last))
    return readable(cursor, lambda r: CheckedGuess(
        PerspectiveCheck(PerspectiveResult(r[4]), stored_day(r[5]), r[2], r[0]),
        stored_text(r[1], "uuid"), r[3]), "checked guesses (for Insights)")


def coping_uses(db: Database, first: date, last: date) -> list[CopingUse]:
    """Coping techniques tried on days first..last, with stress before and after."""
    cursor = db.execute(
        """SELECT r.technique_id, coalesce(t.label, r.technique_id), r.local_date,
                  r.stress_before, r.stress_after, r.trigger, e.uuid
           FROM coping_records r LEFT JOIN coping_techniques t ON t.id = r.technique_id
           LEFT JOIN entries e ON e.id = r.entry_id AND e.deleted_utc IS NULL
           WHERE r.local_date BETWEEN ? AND ? ORDER BY r.local_date, r.at_utc""",
        _range(first, last))
    return readable(cursor, lambda r: CopingUse(
        r[0], displayed_technique_label(r[0], r[1]), stored_day(r[2]), rating_or_none(r[3], "stress"),
        rating_or_none(r[4], "stress"), r[5], r[6]), "coping records (for Insights)")


def day_notes(db: Database, first: date, last: date) -> list[DayNote]:
    """Each live entry's headline (its title, or else the first line written) and ratings."""
    cursor = db.execute(
        f"""SELECT e.uuid, e.local_date, e.title, substr(e.body, 1, {HEADLINE_SOURCE_CHARS}),
                   e.mood, e.stress
            FROM entries e WHERE {_LIVE_IN_RANGE} ORDER BY e.local_date, e.created_utc""",
        _range(first, last))
    return readable(cursor, lambda r: DayNote(
        stored_text(r[0], "uuid"), stored_day(r[1]),
        first_line(stored_text(r[2], "title")) or first_line(stored_text(r[3], "body")),
        rating_or_none(r[4], "mood"), rating_or_none(r[5], "stress")),
        "entries (for Insights headlines)")
