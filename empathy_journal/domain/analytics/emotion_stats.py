"""Which emotions were named, mine vs. perceived in others, and how precisely (granularity)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from empathy_journal.domain.analytics.records import EmotionUse
from empathy_journal.domain.vocabulary import Quadrant, quadrant_at

QUADRANT_ORDER = (
    Quadrant.HIGH_PLEASANT,
    Quadrant.LOW_PLEASANT,
    Quadrant.LOW_UNPLEASANT,
    Quadrant.HIGH_UNPLEASANT,
)


@dataclass(frozen=True)
class EmotionCount:
    """How often one word was tagged as my feeling and as the feeling I saw in someone else."""

    emotion_id: str
    label: str
    mine: int
    theirs: int
    pleasantness: float
    entry_uuids: tuple[str, ...]

    @property
    def total(self) -> int:
        """Both sides together."""
        return self.mine + self.theirs


def emotion_counts(uses: Iterable[EmotionUse], limit: int | None = None) -> list[EmotionCount]:
    """Words by total uses (most first, ties by label), with the entries that used each."""
    mine: Counter[str] = Counter()
    theirs: Counter[str] = Counter()
    entries: dict[str, dict[str, None]] = defaultdict(dict)
    first_use: dict[str, EmotionUse] = {}
    for use in uses:
        (mine if use.subject == "self" else theirs)[use.emotion_id] += 1
        entries[use.emotion_id].setdefault(use.entry_uuid, None)
        first_use.setdefault(use.emotion_id, use)
    counts = [
        EmotionCount(word, first_use[word].label, mine[word], theirs[word],
                     first_use[word].pleasantness, tuple(entries[word]))
        for word in first_use
    ]
    counts.sort(key=lambda c: (-c.total, c.label))
    return counts[:limit] if limit is not None else counts


def quadrant_of(use: EmotionUse) -> Quadrant:
    """The quarter of the pleasantness × energy plane the word sits in."""
    return quadrant_at(use.pleasantness, use.energy)


@dataclass(frozen=True)
class MonthGranularity:
    """How precisely I named my own feelings in one month."""

    month: date
    uses: int
    distinct_words: int
    vague_share: float
    quadrant_counts: dict[Quadrant, int]

    @property
    def quadrants_used(self) -> int:
        """In how many of the four quarters of the plane I named a feeling."""
        return sum(1 for n in self.quadrant_counts.values() if n)


def granularity_by_month(uses: Iterable[EmotionUse]) -> list[MonthGranularity]:
    """Per month with my own (not perceived) feelings: distinct words, vague share, quadrants."""
    by_month: dict[date, list[EmotionUse]] = defaultdict(list)
    for use in uses:
        if use.subject == "self":
            by_month[use.local_date.replace(day=1)].append(use)
    return [_granularity(month, by_month[month]) for month in sorted(by_month)]


def _granularity(month: date, uses: list[EmotionUse]) -> MonthGranularity:
    quadrants = Counter(quadrant_of(u) for u in uses)
    return MonthGranularity(
        month=month,
        uses=len(uses),
        distinct_words=len({u.emotion_id for u in uses}),
        vague_share=sum(1 for u in uses if u.vague) / len(uses),
        quadrant_counts={q: quadrants.get(q, 0) for q in QUADRANT_ORDER},
    )
