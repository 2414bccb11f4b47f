"""The import's fast paths give exactly what the plain code they replace gives: the content hash,
the whitespace-normalised source id and the cleaned text, over generated values."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from empathy_journal.domain.entry import EmotionTag, Entry, EntryKind, Subject, content_hash
from empathy_journal.domain.text import clean_text
from empathy_journal.interchange.source_text import single_spaced, source_id

# Characters that test the escapes: quotes, backslashes, controls, every kind of space,
# lone surrogates, non-ASCII letters and emoji.
TRICKY = st.sampled_from(list('a Z."\\/\x00\x01\x08\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x7f\x85\xa0'
                              '\u1680\u2000\u2028\u2029\u202f\u3000\ud800\udfffé眠😊'))
TEXT = st.text(TRICKY, max_size=30) | st.text(max_size=30)


def reference_hash(entry: Entry) -> str:
    """The content hash as first written: the JSON of a dict, through json.dumps."""
    canonical = {
        "kind": str(entry.kind), "local_date": entry.local_date.isoformat(),
        "title": entry.title, "body": entry.body, "mood": entry.mood, "energy": entry.energy,
        "stress": entry.stress, "starred": bool(entry.starred), "prompt": entry.prompt,
        "emotions": sorted([e.emotion_id, e.intensity, str(e.subject)] for e in entry.emotions),
        "tags": sorted(entry.tags),
    }
    data = json.dumps(canonical, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


RATING = st.none() | st.integers(0, 10)
EMOTIONS = st.lists(st.builds(EmotionTag, st.sampled_from(["joy", "calm", 'a"b']),
                              st.none() | st.integers(1, 5), st.sampled_from(list(Subject))),
                    max_size=3, unique_by=lambda tag: tag.emotion_id)


@settings(max_examples=300, deadline=None)
@given(title=TEXT, body=TEXT, prompt=TEXT, mood=RATING, energy=RATING, stress=RATING,
       starred=st.booleans(), tags=st.lists(TEXT, max_size=4), emotions=EMOTIONS,
       kind=st.sampled_from(list(EntryKind)), day=st.dates(date(1000, 1, 1), date(2200, 1, 1)))
def test_content_hash_is_the_hash_of_the_canonical_json(title, body, prompt, mood, energy,
                                                         stress, starred, tags, emotions, kind,
                                                         day) -> None:
    entry = Entry(uuid="u", local_date=day, created_utc=datetime(2024, 1, 1, tzinfo=UTC),
                  tz="UTC", kind=kind, title=clean_text(title), body=clean_text(body),
                  prompt=clean_text(prompt), mood=mood, energy=energy, stress=stress,
                  starred=starred, tags=[clean_text(t) for t in tags], emotions=emotions)
    assert content_hash(entry) == reference_hash(entry)


def test_content_hash_of_unusual_values_goes_through_the_encoder() -> None:
    entry = Entry(uuid="u", local_date=date(2024, 1, 1),
                  created_utc=datetime(2024, 1, 1, tzinfo=UTC), tz="UTC", mood=True)
    assert content_hash(entry) == reference_hash(entry)  # true, not 1
    assert content_hash(entry) != content_hash(Entry(
        uuid="u", local_date=date(2024, 1, 1), created_utc=datetime(2024, 1, 1, tzinfo=UTC),
        tz="UTC", mood=1))


@settings(max_examples=500, deadline=None)
@given(TEXT)
def test_single_spaced_is_split_and_join(text: str) -> None:
    assert single_spaced(text) == " ".join(text.split())


def test_source_id_of_known_parts() -> None:
    assert source_id("2024-01-15", "09:30", "Stand-up ran long again. Then\n a calm  day.") == (
        hashlib.sha256(b"2024-01-15\x1f09:30\x1fStand-up ran long again. Then a calm day."
                       ).hexdigest()[:32])


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_clean_text_drops_nul_and_replaces_lone_surrogates(text: str) -> None:
    expected = "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c
                       for c in text if c != "\x00")
    assert clean_text(text) == expected
