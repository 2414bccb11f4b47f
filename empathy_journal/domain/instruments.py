"""The check-in questionnaires (WHO-5, PSS-10, an IPIP empathy self-check): items and scoring."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

WHO5, PSS10, EMPATHY = "who5", "pss10", "empathy"


@dataclass(frozen=True)
class Item:
    """One statement; a reversed item counts (top − answer + bottom) toward the score."""

    text: str
    reversed: bool = False
    part: str = ""


@dataclass(frozen=True)
class Band:
    """A stretch of the shown score with a gentle name (a convention, never a diagnosis)."""

    low: float
    high: float
    label: str
    short: str = ""


@dataclass(frozen=True)
class Instrument:
    """A questionnaire: its wording, answer scale, source and how often it is offered."""

    id: str
    name: str
    stem: str
    choices: tuple[tuple[int, str], ...]
    items: tuple[Item, ...]
    every_days: int
    source: str
    bands: tuple[Band, ...] = ()
    bands_note: str = ""

    @property
    def lowest(self) -> int:
        """The smallest answer value."""
        return min(value for value, _ in self.choices)

    @property
    def highest(self) -> int:
        """The largest answer value."""
        return max(value for value, _ in self.choices)

    def check_answers(self, answers: Sequence[int]) -> None:
        """Raise ValueError unless there is one whole answer on the scale for every item."""
        if len(answers) != len(self.items):
            raise ValueError(f"{self.name} has {len(self.items)} questions, "
                             f"got {len(answers)} answers")
        for number, answer in enumerate(answers, start=1):
            if isinstance(answer, bool) or not isinstance(answer, int) or not (
                    self.lowest <= answer <= self.highest):
                raise ValueError(f"{self.name}, question {number}: {answer!r} is not an answer "
                                 f"from {self.lowest} to {self.highest}")

    def item_scores(self, answers: Sequence[int]) -> list[int]:
        """What each answer counts for, reversed items turned round."""
        self.check_answers(answers)
        top, bottom = self.highest, self.lowest
        return [top + bottom - a if item.reversed else a
                for item, a in zip(self.items, answers, strict=True)]

    def raw_score(self, answers: Sequence[int]) -> int:
        """The stored score: the sum of the item scores (WHO-5 0–25, PSS-10 0–40, empathy 10–50)."""
        return sum(self.item_scores(answers))

    def band_of(self, shown: float) -> Band | None:
        """The band a shown score falls in (None when the instrument has none)."""
        return next((b for b in self.bands if b.low <= shown <= b.high), None)


AGREE = ((1, "Very inaccurate"), (2, "Moderately inaccurate"),
         (3, "Neither accurate nor inaccurate"), (4, "Moderately accurate"), (5, "Very accurate"))

WHO5_INSTRUMENT = Instrument(
    id=WHO5, name="WHO-5 wellbeing",
    stem="Over the last two weeks…",
    choices=((5, "All of the time"), (4, "Most of the time"), (3, "More than half of the time"),
             (2, "Less than half of the time"), (1, "Some of the time"), (0, "At no time")),
    items=(Item("I have felt cheerful and in good spirits."), Item("I have felt calm and relaxed."),
           Item("I have felt active and vigorous."),
           Item("I woke up feeling fresh and rested."),
           Item("My daily life has been filled with things that interest me.")),
    every_days=14,
    source="WHO-5 Well-Being Index, WHO Regional Office for Europe, 1998; Topp et al., 2015. "
           "Free to use.",
    bands=(Band(0, 50, "lower than it could be: worth some care", "worth care"),
           Band(51, 100, "good", "good")),
    bands_note="50 % or below is commonly read as low wellbeing, worth attention.",
)

PSS10_INSTRUMENT = Instrument(
    id=PSS10, name="PSS-10 perceived stress",
    stem="In the last month, how often have you…",
    choices=((0, "Never"), (1, "Almost never"), (2, "Sometimes"), (3, "Fairly often"),
             (4, "Very often")),
    items=(Item("been upset because of something that happened unexpectedly?"),
           Item("felt that you were unable to control the important things in your life?"),
           Item("felt nervous and “stressed”?"),
           Item("felt confident about your ability to handle your personal problems?", True),
           Item("felt that things were going your way?", True),
           Item("found that you could not cope with all the things that you had to do?"),
           Item("been able to control irritations in your life?", True),
           Item("felt that you were on top of things?", True),
           Item("been angered because of things that were outside of your control?"),
           Item("felt difficulties were piling up so high that you could not overcome them?")),
    every_days=30,
    source="Perceived Stress Scale, Cohen, Kamarck & Mermelstein, 1983.",
    bands=(Band(0, 13, "lighter stress", "lighter"), Band(14, 26, "moderate stress", "moderate"),
           Band(27, 40, "a heavy load", "heavy")),
    bands_note="The bands (0–13, 14–26, 27–40) are a common convention, not from the paper.",
)

PERSPECTIVE, CONCERN = "perspective", "concern"
EMPATHY_INSTRUMENT = Instrument(
    id=EMPATHY, name="Empathy self-check",
    stem="How well does each describe you, as you generally are now?",
    choices=AGREE,
    items=(Item("I take other people's interests into account.", part=PERSPECTIVE),
           Item("I appreciate the viewpoints of others.", part=PERSPECTIVE),
           Item("I respect other people's feelings.", part=PERSPECTIVE),
           Item("I am indifferent to the feelings of others.", True, PERSPECTIVE),
           Item("I can't be bothered with other people's needs.", True, PERSPECTIVE),
           Item("I am concerned about others.", part=CONCERN),
           Item("I feel sympathy for those who are worse off than myself.", part=CONCERN),
           Item("I feel little concern for others.", True, CONCERN),
           Item("I look down on any weakness.", True, CONCERN),
           Item("I don't like to get involved in other people's problems.", True, CONCERN)),
    every_days=60,
    source="Items from the International Personality Item Pool (ipip.ori.org, public domain), "
           "reworded: five from AB5C “Understanding” (closest to perspective taking) and five "
           "from Barchard's “Empathic Concern” (2001). A selection, not a published scale.",
    bands_note="No norms or cut-offs: compare with yourself over time.",
)

INSTRUMENTS: dict[str, Instrument] = {
    i.id: i for i in (WHO5_INSTRUMENT, PSS10_INSTRUMENT, EMPATHY_INSTRUMENT)}

SELF_REFLECTION = ("A self-reflection to notice how you are doing over time, "
                   "not a test and not a diagnosis.")


def who5_percent(raw: int) -> int:
    """The WHO-5 percentage: raw (0–25) × 4. (Not "(raw − 5) × 4", a wrong formula online.)"""
    if not 0 <= raw <= 25:
        raise ValueError(f"{raw} is not a WHO-5 raw score from 0 to 25")
    return raw * 4


def part_means(answers: Sequence[int]) -> dict[str, float]:
    """The empathy self-check per part (perspective, concern): mean item score, 1–5."""
    scores = EMPATHY_INSTRUMENT.item_scores(answers)
    parts: dict[str, list[int]] = {}
    for item, score in zip(EMPATHY_INSTRUMENT.items, scores, strict=True):
        parts.setdefault(item.part, []).append(score)
    return {part: sum(found) / len(found) for part, found in parts.items()}


def shown_score(instrument_id: str, raw: int) -> float:
    """The score as people see it: WHO-5 as %, PSS-10 as 0–40, empathy as a mean 1–5."""
    if instrument_id == WHO5:
        return who5_percent(raw)
    if instrument_id == EMPATHY:
        return raw / len(EMPATHY_INSTRUMENT.items)
    return raw


def describe_score(instrument_id: str, raw: int) -> str:
    """The score in words, e.g. "64 % (16 of 25): good" or "22 of 40: moderate stress"."""
    instrument = INSTRUMENTS[instrument_id]
    shown = shown_score(instrument_id, raw)
    if instrument_id == WHO5:
        text = f"{shown:.0f} % ({raw} of 25)"
    elif instrument_id == EMPATHY:
        text = f"{shown:.1f} of 5 on average"
    else:
        text = f"{raw} of 40"
    band = instrument.band_of(shown)
    return f"{text}: {band.label}" if band else text
