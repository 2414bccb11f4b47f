"""The check-in questionnaires (WHO-5, PSS-10, an IPIP empathy self-check): items and scoring."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import ClassVar

from empathy_journal.domain.translation import N_, _, decimal

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


AGREE = ((1, N_("Very inaccurate")), (2, N_("Moderately inaccurate")),
         (3, N_("Neither accurate nor inaccurate")), (4, N_("Moderately accurate")), (5, N_("Very accurate")))

WHO5_INSTRUMENT = Instrument(
    id=WHO5, name=N_("WHO-5 wellbeing"),
    # Translators: WHO-5: use your language's official version word for word (German: the WHO
    # Collaborating Centre in Mental Health, Frederiksborg: "In den letzten zwei Wochen …", items
    # "… war ich froh und guter Laune" …, answers "Die ganze Zeit" … "Zu keinem Zeitpunkt").
    stem=N_("Over the last two weeks…"),
    choices=((5, N_("All of the time")), (4, N_("Most of the time")), (3, N_("More than half of the time")),
             (2, N_("Less than half of the time")), (1, N_("Some of the time")), (0, N_("At no time"))),
    items=(Item(N_("I have felt cheerful and in good spirits.")), Item(N_("I have felt calm and relaxed.")),
           Item(N_("I have felt active and vigorous.")),
           Item(N_("I woke up feeling fresh and rested.")),
           Item(N_("My daily life has been filled with things that interest me."))),
    every_days=14,
    source=N_("WHO-5 Well-Being Index, WHO Regional Office for Europe, 1998; Topp et al., 2015. "
           "Free to use."),
    bands=(Band(0, 50, N_("lower than it could be: worth some care"), N_("worth care")),
           Band(51, 100, N_("good"), N_("good"))),
    bands_note=N_("50 % or below is commonly read as low wellbeing, worth attention."),
)

PSS10_INSTRUMENT = Instrument(
    id=PSS10, name=N_("PSS-10 perceived stress"),
    # Translators: PSS-10: use your language's validated version (German: Klein et al., 2016,
    # BMC Psychiatry 16:159; answers nie, selten, manchmal, häufig, sehr oft).
    stem=N_("In the last month, how often have you…"),
    choices=((0, N_("Never")), (1, N_("Almost never")), (2, N_("Sometimes")), (3, N_("Fairly often")),
             (4, N_("Very often"))),
    items=(Item(N_("been upset because of something that happened unexpectedly?")),
           Item(N_("felt that you were unable to control the important things in your life?")),
           Item(N_("felt nervous and “stressed”?")),
           Item(N_("felt confident about your ability to handle your personal problems?"), True),
           Item(N_("felt that things were going your way?"), True),
           Item(N_("found that you could not cope with all the things that you had to do?")),
           Item(N_("been able to control irritations in your life?"), True),
           Item(N_("felt that you were on top of things?"), True),
           Item(N_("been angered because of things that were outside of your control?")),
           Item(N_("felt difficulties were piling up so high that you could not overcome them?"))),
    every_days=30,
    source=N_("Perceived Stress Scale, Cohen, Kamarck & Mermelstein, 1983."),
    bands=(Band(0, 13, N_("lighter stress"), N_("lighter")),
           Band(14, 26, N_("moderate stress"), N_("moderate")),
           Band(27, 40, N_("a heavy load"), N_("heavy"))),
    bands_note=N_("The bands (0–13, 14–26, 27–40) are a common convention, not from the paper."),
)

PERSPECTIVE, CONCERN = "perspective", "concern"
EMPATHY_INSTRUMENT = Instrument(
    id=EMPATHY, name=N_("Empathy self-check"),
    # Translators: our own rewording of public-domain IPIP items (no validated translation):
    # translate carefully and keep each reversed item's sense (agreeing means less empathy).
    stem=N_("How well does each describe you, as you generally are now?"),
    choices=AGREE,
    items=(Item(N_("I take other people's interests into account."), part=PERSPECTIVE),
           Item(N_("I appreciate the viewpoints of others."), part=PERSPECTIVE),
           Item(N_("I respect other people's feelings."), part=PERSPECTIVE),
           Item(N_("I am indifferent to the feelings of others."), True, PERSPECTIVE),
           Item(N_("I can't be bothered with other people's needs."), True, PERSPECTIVE),
           Item(N_("I am concerned about others."), part=CONCERN),
           Item(N_("I feel sympathy for those who are worse off than myself."), part=CONCERN),
           Item(N_("I feel little concern for others."), True, CONCERN),
           Item(N_("I look down on any weakness."), True, CONCERN),
           Item(N_("I don't like to get involved in other people's problems."), True, CONCERN)),
    every_days=60,
    source=N_("Items from the International Personality Item Pool (ipip.ori.org, public domain), "
           "reworded: five from AB5C “Understanding” (closest to perspective taking) and five "
           "from Barchard's “Empathic Concern” (2001). A selection, not a published scale."),
    bands_note=N_("No norms or cut-offs: compare with yourself over time."),
)



def displayed(instrument: Instrument) -> Instrument:
    """The questionnaire worded in the language in use (German: the published German wording
    where one exists; see the catalog's notes)."""
    return replace(
        instrument, name=_(instrument.name), stem=_(instrument.stem),
        choices=tuple((value, _(words)) for value, words in instrument.choices),
        items=tuple(replace(item, text=_(item.text)) for item in instrument.items),
        source=_(instrument.source),
        bands=tuple(replace(b, label=_(b.label), short=_(b.short) if b.short else "")
                    for b in instrument.bands),
        bands_note=_(instrument.bands_note) if instrument.bands_note else "")


class _Instruments(Mapping[str, Instrument]):
    """The questionnaires by id, each worded in the language in use when looked up."""

    _english: ClassVar[dict[str, Instrument]] = {
        i.id: i for i in (WHO5_INSTRUMENT, PSS10_INSTRUMENT, EMPATHY_INSTRUMENT)}

    def __getitem__(self, instrument_id: str) -> Instrument:
        return displayed(self._english[instrument_id])

    def __iter__(self) -> Iterator[str]:
        return iter(self._english)

    def __len__(self) -> int:
        return len(self._english)


INSTRUMENTS: Mapping[str, Instrument] = _Instruments()

SELF_REFLECTION_TEXT = N_("A self-reflection to notice how you are doing over time, "
                          "not a test and not a diagnosis.")


def self_reflection() -> str:
    """The line that says what a check-in is (and is not), in the language in use."""
    return _(SELF_REFLECTION_TEXT)


class _ShownText(str):
    """An English message that is written out in the language in use: str() and f-strings
    give the translation (for code that imported the constant rather than calling a function)."""

    __slots__ = ()

    def __str__(self) -> str:
        return _(str.__str__(self))

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


# The line as a constant (self_reflection() is the plain call): f"{SELF_REFLECTION}" is translated.
SELF_REFLECTION: str = _ShownText(SELF_REFLECTION_TEXT)


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
        text = _("{percent} % ({raw} of 25)").format(percent=f"{shown:.0f}", raw=raw)
    elif instrument_id == EMPATHY:
        text = _("{mean} of 5 on average").format(mean=decimal(shown))
    else:
        text = _("{raw} of 40").format(raw=raw)
    band = instrument.band_of(shown)
    return _("{score}: {band}").format(score=text, band=band.label) if band else text
