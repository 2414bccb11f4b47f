"""A sample journal with months of realistic evening reflections, deterministic per seed."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from empathy_journal.domain.entry import EmotionTag, Entry, EntryKind, Subject
from empathy_journal.domain.prompts import Prompt, builtin_prompts
from empathy_journal.domain.translation import NC_, _, pgettext
from empathy_journal.domain.vocabulary import Emotion
from empathy_journal.interchange import demo_text
from empathy_journal.interchange.demo_records import DEMO_TZ, DemoPerson, uuid_from, write_extras
from empathy_journal.storage.errors import JournalError
from empathy_journal.storage.journal import Journal

# Weekday effects, Monday first: (mood, stress).
WEEKDAY_EFFECT = [(-0.8, 1.0), (-0.3, 1.2), (-0.2, 1.2), (0.0, 1.0), (0.5, 0.3),
                  (1.2, -1.5), (0.8, -1.2)]
PEOPLE = [  # notes and roles (their tags) in English, written in the language in use
    DemoPerson("Mara", NC_("demo", "Team lead; weekly 1:1 on Thursdays"),
               NC_("demo tag", "manager")),
    DemoPerson("Jonas", NC_("demo", "Backend colleague, sits opposite"),
               NC_("demo tag", "colleague")),
    DemoPerson("Priya", NC_("demo", "Friend from the climbing gym"), NC_("demo tag", "friend")),
    DemoPerson("Leo", NC_("demo", "My younger brother"), NC_("demo tag", "family")),
    DemoPerson("Aiko", NC_("demo", "Designer on the app team"), NC_("demo tag", "colleague")),
]


@dataclass
class DayMood:
    """The ratings and tone planned for one day."""

    mood: int | None
    energy: int | None
    stress: int | None
    hard: bool


def months_before(day: date, months: int) -> date:
    """The same day of the month ``months`` months earlier (clamped to the month's length)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    for candidate in range(day.day, 27, -1) if day.day > 28 else [day.day]:
        try:
            return date(year, month, candidate)
        except ValueError:
            continue
    return date(year, month, 28)


def _clamp(value: float, low: int, high: int) -> int:
    return max(low, min(high, round(value)))


def plan_day(rng: random.Random, day: date, index: int, rough: bool) -> DayMood:
    """Ratings following the weekly rhythm, a slow drift, rough weeks and bad nights."""
    mood_shift, stress_shift = WEEKDAY_EFFECT[day.weekday()]
    drift = 0.7 * math.sin(index / 9.5)
    bad_night = rng.random() < (0.4 if rough else 0.18)
    mood = 6.4 + mood_shift + drift - (2.6 if rough else 0) - (0.7 if bad_night else 0)
    stress = 3.8 + stress_shift - drift + (3.0 if rough else 0)
    energy = 6.2 + 0.5 * mood_shift - (2.2 if bad_night else 0) - (1.5 if rough else 0)
    mood_value = _clamp(rng.gauss(mood, 1.1), 1, 10)
    plan = DayMood(
        mood=mood_value,
        energy=_clamp(rng.gauss(energy, 1.0), 1, 10),
        stress=_clamp(rng.gauss(stress, 1.1), 0, 10),
        hard=mood_value <= 4 or (rough and mood_value <= 5),
    )
    if rng.random() < 0.05:
        plan.mood = None
    if rng.random() < 0.07:
        plan.energy = None
    if rng.random() < 0.07:
        plan.stress = None
    return plan


def pick_emotions(rng: random.Random, words: list[Emotion], plan: DayMood) -> list[EmotionTag]:
    """One to four words whose pleasantness fits the mood, intensities growing with distance."""
    valence = (plan.mood - 5.5) / 4.5 if plan.mood is not None else (-0.5 if plan.hard else 0.4)
    near = [w for w in words if abs(w.pleasantness - valence) <= 0.45 and not w.vague]
    pool = near or words
    chosen = rng.sample(pool, min(len(pool), rng.choices([1, 2, 3, 4], [3, 4, 3, 1])[0]))
    tags = []
    for word in chosen:
        strength = 1.3 + 3.2 * abs(valence) * (0.5 + abs(word.pleasantness) / 2)
        tags.append(EmotionTag(word.id, _clamp(rng.gauss(strength, 0.6), 1, 5)))
    return tags


def _evening(day: date, rng: random.Random, start_hour: int = 20,
             latest: datetime | None = None) -> datetime:
    """A time that evening, never later than latest (today's entries are not from the future)."""
    minutes = rng.randint(0, (23 - start_hour) * 60 + 30)
    local = datetime.combine(day, time(start_hour, 0), ZoneInfo(DEMO_TZ))
    when = (local + timedelta(minutes=minutes)).astimezone(UTC)
    return min(when, latest) if latest is not None else when


@dataclass
class DemoWriter:
    """Generates and saves the demo's entries into an open journal."""

    journal: Journal
    rng: random.Random
    prompts: list[Prompt]
    cast: demo_text.Cast
    latest: datetime | None = None  # now: no entry is written later than this

    def reflection(self, day: date, plan: DayMood, start_hour: int = 20) -> Entry:
        """One evening reflection for day."""
        rng = self.rng
        topics = demo_text.pick_topics(rng, plan.hard)
        body = demo_text.compose_body(rng, self.cast, topics, plan.hard)
        prompt = rng.choice(self.prompts).text if rng.random() < 0.2 else ""
        tags = sorted({demo_text.tag(demo_text.TOPIC_TAGS[t]) for t in topics
                       if rng.random() < 0.6})
        return Entry(
            uuid=uuid_from(rng), local_date=day, created_utc=_evening(day, rng, start_hour, self.latest),
            tz=DEMO_TZ, title=demo_text.compose_title(rng, plan.mood), body=body,
            mood=plan.mood, energy=plan.energy, stress=plan.stress,
            starred=rng.random() < 0.06, prompt=prompt, tags=tags,
            emotions=pick_emotions(rng, self.journal.emotions(), plan),
        )

    def debrief(self, day: date, plan: DayMood, person: DemoPerson) -> tuple[Entry, dict]:
        """A conversation debrief entry plus the text fields of its conversations row."""
        rng = self.rng
        fields = demo_text.compose_debrief(rng, person.name)
        words = self.journal.emotions()
        other_pool = [w for w in words if w.pleasantness < 0.2] if plan.hard else words
        others = [EmotionTag(w.id, rng.randint(2, 4), Subject.OTHER)
                  for w in rng.sample(other_pool, rng.randint(1, 2))]
        entry = Entry(
            uuid=uuid_from(rng), local_date=day, created_utc=_evening(day, rng, 18, self.latest),
            tz=DEMO_TZ, kind=EntryKind.CONVERSATION,
            title=pgettext("demo", "Talk with {name}").format(name=person.name),
            body=f"{fields['context']} {fields['heard']}", mood=plan.mood,
            energy=plan.energy, stress=plan.stress,
            tags=[demo_text.tag(NC_("demo tag", "conversation")), demo_text.tag(person.role)],
            emotions=pick_emotions(rng, words, plan)[:2] + others,
        )
        return entry, fields

    def save(self, entry: Entry) -> Entry:
        """Save through the repository, stamped with its own creation time."""
        return self.journal.repository.save_entry(entry, now=entry.created_utc)


def _rough_weeks(rng: random.Random, weeks: int) -> set[int]:
    candidates = list(range(1, max(2, weeks - 1)))
    return set(rng.sample(candidates, min(2, len(candidates))))


def write_demo_journal(
    path: Path, *, months: int = 6, seed: int = 7, today: date | None = None
) -> int:
    """Create a new journal at path holding ``months`` months of sample entries; returns the count.

    Refuses an existing path, so no real journal is ever touched.
    """
    if path.exists():
        raise JournalError(_("{path} already exists; the demo journal is only written to a new "
                             "file. Nothing was changed.").format(path=path), path=path)
    journal = Journal.open(path)
    try:
        with journal.db.atomic():
            return _fill(journal, random.Random(seed), months, today or date.today(),
                         datetime.now(UTC))
    finally:
        journal.close()


def _fill(journal: Journal, rng: random.Random, months: int, today: date,
          now: datetime) -> int:
    first = months_before(today, months)
    cast = demo_text.Cast(*(p.name for p in (PEOPLE[1], PEOPLE[0], PEOPLE[2], PEOPLE[3])))
    writer = DemoWriter(journal, rng, builtin_prompts(), cast, latest=now)
    rough = _rough_weeks(rng, (today - first).days // 7)
    saved: list[Entry] = []
    debriefs: list[tuple[Entry, dict, DemoPerson]] = []
    for index in range((today - first).days + 1):
        day = first + timedelta(days=index)
        plan = plan_day(rng, day, index, (index // 7) in rough)
        roll = rng.random()
        if roll < 0.12:
            continue
        saved.append(writer.save(writer.reflection(day, plan)))
        if rng.random() < (0.2 if day.weekday() < 5 else 0.08):
            person = rng.choice(PEOPLE)
            entry, fields = writer.debrief(day, plan, person)
            debriefs.append((writer.save(entry), fields, person))
            saved.append(debriefs[-1][0])
        elif roll > 0.9:
            saved.append(writer.save(writer.reflection(day, plan, start_hour=17)))
    write_extras(journal.db, rng, saved, debriefs, PEOPLE, today)
    return len(saved)
