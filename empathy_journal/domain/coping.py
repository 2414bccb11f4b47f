"""Coping techniques and their guides: breathing patterns, timed steps, and one tried record."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum

from empathy_journal.domain.translation import N_, _

USER_TECHNIQUE_MINUTES = (1, 60)
BREATHING_MINUTES = (1, 10)
BODY_SCAN_MINUTES = (3, 10)
STRETCH_MINUTES = (3, 5)


class Breath(StrEnum):
    """Where a breathing phase takes the lungs: the circle grows, stays full, shrinks, stays small."""

    IN = "in"
    HOLD_FULL = "hold_full"
    OUT = "out"
    HOLD_EMPTY = "hold_empty"


BREATH_WORDS = {Breath.IN: N_("Breathe in"), Breath.HOLD_FULL: N_("Hold"),
                Breath.OUT: N_("Breathe out"), Breath.HOLD_EMPTY: N_("Hold")}


class TechniqueKind(StrEnum):
    """How a technique is guided on screen."""

    BREATHING = "breathing"  # a repeated breath pattern with the circle
    STEPS = "steps"          # named prompts or poses, one after another, with a timer
    NAMING = "naming"        # emotion words with intensity, then one line on what I need
    TIMER = "timer"          # the user's own technique: its name and a countdown


@dataclass(frozen=True)
class Step:
    """One stretch of a guide: what to do, for how long; breath steps also move the circle."""

    label: str
    seconds: float
    breath: Breath | None = None
    detail: str = ""


def _breaths(*pairs: tuple[Breath, float]) -> tuple[Step, ...]:
    return tuple(Step(BREATH_WORDS[b], s, b) for b, s in pairs)


BOX = _breaths((Breath.IN, 4), (Breath.HOLD_FULL, 4), (Breath.OUT, 4), (Breath.HOLD_EMPTY, 4))
FOUR_SEVEN_EIGHT = _breaths((Breath.IN, 4), (Breath.HOLD_FULL, 7), (Breath.OUT, 8))
RESONANCE = _breaths((Breath.IN, 5), (Breath.OUT, 5))  # six breaths a minute

BODY_SCAN = (
    Step(N_("Settle"), 1, detail=N_("Sit comfortably. Let your eyes close or rest on one spot.")),
    Step(N_("Feet and legs"), 1, detail=N_("Notice your feet on the floor, then your legs. "
         "Nothing to change, just notice.")),
    Step(N_("Belly and chest"), 1, detail=N_("Feel the breath move your belly and chest.")),
    Step(N_("Hands, arms and shoulders"), 1, detail=N_("Let your shoulders drop a little on the "
         "out-breath.")),
    Step(N_("Neck, jaw and face"), 1, detail=N_("Soften your jaw and the space between your eyes.")),
    Step(N_("The whole body"), 1, detail=N_("Feel the body as a whole, breathing. When the mind "
         "wanders, come back to the breath.")),
)
STRETCH = (
    Step(N_("Neck rolls"), 30, detail=N_("Slowly roll your head in a half circle, side to side.")),
    Step(N_("Shoulder rolls"), 30, detail=N_("Roll your shoulders back five times, then forward.")),
    Step(N_("Seated cat–cow"), 40, detail=N_("Hands on knees: arch your back on the in-breath, round "
         "it on the out-breath.")),
    Step(N_("Seated twist"), 40, detail=N_("Turn gently to the right, hold, breathe; then the left.")),
    Step(N_("Standing forward fold"), 40, detail=N_("Stand, knees soft, let the upper body hang.")),
    Step(N_("Side stretch"), 30, detail=N_("Reach one arm overhead and lean away; then the other.")),
    Step(N_("Mountain pose"), 30, detail=N_("Stand tall, feet grounded, three slow breaths.")),
)


@dataclass(frozen=True)
class Technique:
    """A coping technique the person can try; ``minutes`` is its usual length."""

    id: str
    label: str
    description: str
    kind: TechniqueKind
    minutes: int
    builtin: bool = True
    steps: tuple[Step, ...] = ()
    minutes_range: tuple[int, int] = USER_TECHNIQUE_MINUTES


BUILTIN_TECHNIQUES = (
    Technique("box_breathing", N_("Box breathing"), N_("Four seconds in, hold, out, hold; repeat."),
              TechniqueKind.BREATHING, 2, steps=BOX, minutes_range=BREATHING_MINUTES),
    Technique("breathing_478", N_("4-7-8 breathing"), N_("In for four, hold for seven, out for eight."),
              TechniqueKind.BREATHING, 2, steps=FOUR_SEVEN_EIGHT, minutes_range=BREATHING_MINUTES),
    Technique("resonance_breathing", N_("Slow breathing"), N_("About six breaths a minute: five "
              "seconds in, five out."), TechniqueKind.BREATHING, 5, steps=RESONANCE,
              minutes_range=BREATHING_MINUTES),
    Technique("body_scan", N_("Body scan"), N_("Notice each part of the body from feet to head."),
              TechniqueKind.STEPS, 5, steps=BODY_SCAN, minutes_range=BODY_SCAN_MINUTES),
    Technique("stretch_break", N_("Stretch break"), N_("A few gentle stretches and poses, one after "
              "another."), TechniqueKind.STEPS, 4, steps=STRETCH, minutes_range=STRETCH_MINUTES),
    Technique("name_it", N_("Name it to tame it"), N_("Find the precise words for what you feel, then "
              "what you need."), TechniqueKind.NAMING, 2),
)


def displayed(technique: Technique) -> Technique:
    """A built-in technique with its name, description and guide in the language in use (the
    journal keeps the English ones); the person's own as they wrote them."""
    if not technique.builtin:
        return technique
    steps = tuple(replace(s, label=_(s.label), detail=_(s.detail) if s.detail else "")
                  for s in technique.steps)
    return replace(technique, label=_(technique.label), description=_(technique.description),
                   steps=steps)


def displayed_technique_label(technique_id: str, stored_label: str) -> str:
    """The name to show for a technique kept in the journal under technique_id."""
    for technique in BUILTIN_TECHNIQUES:
        if technique.id == technique_id:
            return _(technique.label)
    return stored_label


def user_technique(technique_id: str, label: str, description: str, minutes: int) -> Technique:
    """One of the user's own techniques: a name and a countdown."""
    return Technique(technique_id, label, description, TechniqueKind.TIMER, minutes,
                     builtin=False, steps=(Step(label, minutes * 60, detail=description),))


@dataclass(frozen=True)
class Moment:
    """Where a guide is at some elapsed time."""

    step: Step
    index: int           # which step of the pattern
    step_elapsed: float  # seconds into this step
    remaining: float     # seconds left of the whole guide
    finished: bool

    @property
    def step_remaining(self) -> float:
        """Seconds left of this step."""
        return max(0.0, self.step.seconds - self.step_elapsed)

    @property
    def progress(self) -> float:
        """How far through this step, 0–1."""
        return min(1.0, self.step_elapsed / self.step.seconds) if self.step.seconds else 1.0

    @property
    def fullness(self) -> float:
        """How full the breathing circle is, 0–1 (eased, so it starts and ends gently)."""
        eased = (1 - math.cos(math.pi * self.progress)) / 2
        return {Breath.IN: eased, Breath.HOLD_FULL: 1.0, Breath.OUT: 1 - eased,
                Breath.HOLD_EMPTY: 0.0}.get(self.step.breath, 0.0) if self.step.breath else 0.0


@dataclass(frozen=True)
class Guide:
    """A technique laid out in time: its steps (repeated for breathing) and its whole length.

    The moment is a pure function of the elapsed time, so a guide driven by a monotonic clock
    never drifts, however late the screen's timer fires.
    """

    steps: tuple[Step, ...]
    total_s: float
    repeat: bool = False
    cycle_s: float = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "cycle_s", sum(s.seconds for s in self.steps))

    def at(self, elapsed: float) -> Moment:
        """The moment elapsed seconds after the start."""
        elapsed = max(0.0, elapsed)
        finished = elapsed >= self.total_s
        at = min(elapsed, self.total_s)
        into = at % self.cycle_s if self.repeat and at < self.total_s else min(at, self.cycle_s)
        if self.repeat and finished:
            into = self.cycle_s
        for index, step in enumerate(self.steps):
            if into < step.seconds or index == len(self.steps) - 1:
                return Moment(step, index, min(into, step.seconds), self.total_s - at, finished)
            into -= step.seconds
        raise ValueError("a guide needs at least one step")


def guide_for(technique: Technique, minutes: int) -> Guide:
    """The guide of a technique for about minutes: whole breath cycles, or the steps stretched
    evenly over the length."""
    low, high = technique.minutes_range
    seconds = max(low, min(high, minutes)) * 60
    if technique.kind == TechniqueKind.BREATHING:
        cycle = sum(s.seconds for s in technique.steps)
        return Guide(technique.steps, max(1, round(seconds / cycle)) * cycle, repeat=True)
    steps = technique.steps or (Step(technique.label, seconds),)
    scale = seconds / sum(s.seconds for s in steps)
    scaled = tuple(Step(s.label, s.seconds * scale, s.breath, s.detail) for s in steps)
    return Guide(scaled, seconds)


@dataclass(frozen=True)
class CopingRecord:
    """One technique tried: stress (0–10) before and after, how long, on which day.

    ``duration_s`` is the time actually spent (stopping early records what was done);
    ``entry_id`` links the record to the day's entry when there is one.
    """

    uuid: str
    technique_id: str
    at_utc: datetime
    local_date: date
    stress_before: int | None = None
    stress_after: int | None = None
    duration_s: int | None = None
    trigger: str = ""
    entry_id: int | None = None
    id: int | None = None
