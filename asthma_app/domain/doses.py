"""Doses of regular medicines: which are due on a day, what the patient logged, adherence.

Counting rules (docs/clinical/medicines.md; property tests in tests/domain/test_doses.py):
- a dose is *due* for each slot (morning, evening) of each regular medicine whose schedule in
  the plan in force that day is known; a medicine with unknown or "other" times has no doses
  due, and so no adherence figure (said plainly, never shown as 0 % or 100 %);
- for each due dose, the newest live event logged for it decides: taken, or not taken; a dose
  with no event is *not logged*, and never counts as taken;
- adherence = doses taken ÷ doses due, over whole days; None when nothing was due.
Nothing is overwritten: a change is a new event, and undo hides an event (``deleted_at``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from .plan import ActionPlan, Medicine
from .schedule import EVENING_FROM_HOUR, Slot
from .text import translate

MAX_REASON_LENGTH = 200

# A scheduled dose: (the medicine's title(), the day it is due, morning or evening).
DoseKey = tuple[str, date, Slot]
# The plan in force on a day (None before the first plan).
PlanOn = Callable[[date], ActionPlan | None]


@dataclass(frozen=True)
class DoseEvent:
    """One dose the patient logged as taken or not taken.

    ``due_on``/``slot`` name the scheduled dose it answers (None for a dose outside the
    schedule); ``at`` is when it was taken (or missed), ``logged_at`` when it was logged, so a
    dose logged late is recorded as such. ``puffs`` is the plan's "puffs each time" copied
    when it was logged (None when the plan did not say), for counting an inhaler down."""

    medicine: str  # the plan medicine's title()
    at: datetime
    taken: bool = True
    due_on: date | None = None
    slot: Slot | None = None
    reason: str = ""
    puffs: int | None = None
    logged_at: datetime | None = None
    plan_version_id: int | None = None
    id: int | None = None

    @property
    def when(self) -> datetime:
        return self.at

    @property
    def logged_late(self) -> bool:
        """Logged on a later day than the dose was due."""
        day = self.due_on or self.at.date()
        return self.logged_at is not None and self.logged_at.date() > day


class DoseError(ValueError):
    """A dose that cannot be logged as given; the message says why, in plain words."""


def regular_medicines(plan: ActionPlan | None) -> tuple[Medicine, ...]:
    return tuple(m for m in plan.medicines if m.role.regular) if plan else ()


def find_medicine(plan: ActionPlan | None, name: str) -> Medicine | None:
    """The plan's medicine called ``name`` (its title, drug or brand; case aside)."""
    wanted = name.strip().casefold()
    for medicine in plan.medicines if plan else ():
        if wanted in {medicine.title().casefold(), medicine.drug.casefold(),
                      medicine.brand.casefold()} - {""}:
            return medicine
    return None


@dataclass(frozen=True)
class DueDose:
    """One dose a plan asks for: a medicine, on a day, at a time of day."""

    medicine: Medicine
    day: date
    slot: Slot

    @property
    def key(self) -> tuple[str, date, Slot]:
        return (self.medicine.title(), self.day, self.slot)


def doses_due_on(plan: ActionPlan | None, day: date) -> list[DueDose]:
    """The doses due on ``day`` under ``plan``, morning ones first."""
    due = [DueDose(m, day, slot) for m in regular_medicines(plan) for slot in m.schedule.slots()]
    return sorted(due, key=lambda d: (list(Slot).index(d.slot), d.medicine.title()))


def unscheduled(plan: ActionPlan | None) -> tuple[Medicine, ...]:
    """Regular medicines whose times are not known: no doses due, no adherence figure."""
    return tuple(m for m in regular_medicines(plan) if not m.schedule.counted)


class DoseState(StrEnum):
    TAKEN = "taken"
    NOT_TAKEN = "not_taken"
    NOT_LOGGED = "not_logged"

    def label(self) -> str:
        return {DoseState.TAKEN: translate("Doses", "Taken"),
                DoseState.NOT_TAKEN: translate("Doses", "Not taken"),
                DoseState.NOT_LOGGED: translate("Doses", "Not logged yet")}[self]


def decisive_events(events: Iterable[DoseEvent]) -> dict[tuple[str, date, Slot], DoseEvent]:
    """For each scheduled dose, the newest live event logged for it (later logging wins)."""
    newest: dict[tuple[str, date, Slot], DoseEvent] = {}
    for event in events:
        if event.due_on is None or event.slot is None:
            continue
        key = (event.medicine, event.due_on, event.slot)
        old = newest.get(key)
        if old is None or _order(event) > _order(old):
            newest[key] = event
    return newest


def _order(event: DoseEvent) -> tuple[datetime, int]:
    return (event.logged_at or event.at, event.id or 0)


def state_of(due: DueDose,
             decisive: dict[DoseKey, DoseEvent]) -> tuple[DoseState, DoseEvent | None]:
    event = decisive.get(due.key)
    if event is None:
        return DoseState.NOT_LOGGED, None
    return (DoseState.TAKEN if event.taken else DoseState.NOT_TAKEN), event


def slot_for(medicine: Medicine, moment: datetime, logged: set[Slot]) -> Slot | None:
    """Which of the day's doses a dose logged at ``moment`` answers, when the patient did not
    say: the only one, or by the time of day, or the other one if that is already logged."""
    slots = medicine.schedule.slots()
    if not slots:
        return None
    if len(slots) == 1:
        return slots[0]
    guess = Slot.EVENING if moment.hour >= EVENING_FROM_HOUR else Slot.MORNING
    other = Slot.MORNING if guess is Slot.EVENING else Slot.EVENING
    return other if guess in logged and other not in logged else guess


@dataclass(frozen=True)
class Adherence:
    """Preventer (regular) doses taken ÷ due over a span of whole days."""

    start: date
    end: date  # inclusive
    due: int
    taken: int
    not_taken: int

    @property
    def not_logged(self) -> int:
        return self.due - self.taken - self.not_taken

    @property
    def percent(self) -> int | None:
        """Rounded down, so the figure never looks better than the count; None if none due."""
        return self.taken * 100 // self.due if self.due else None


def adherence(plan_on: PlanOn, events: Iterable[DoseEvent], start: date, end: date) -> Adherence:
    """Count over ``start``..``end`` (inclusive). ``plan_on(day)`` gives the plan in force on
    that day (the schedule can change with a new plan version)."""
    decisive = decisive_events(events)
    due = taken = not_taken = 0
    day = start
    while day <= end:
        for dose in doses_due_on(plan_on(day), day):
            due += 1
            state, _event = state_of(dose, decisive)
            taken += state is DoseState.TAKEN
            not_taken += state is DoseState.NOT_TAKEN
        day += timedelta(days=1)
    return Adherence(start, end, due, taken, not_taken)


def weekly_adherence(plan_on: PlanOn, events: Iterable[DoseEvent], start: date,
                     end: date) -> list[Adherence]:
    """One figure per calendar week (Monday to Sunday) within ``start``..``end``."""
    events = list(events)
    weeks = []
    monday = start - timedelta(days=start.weekday())
    while monday <= end:
        weeks.append(adherence(plan_on, events, max(monday, start),
                               min(monday + timedelta(days=6), end)))
        monday += timedelta(days=7)
    return weeks


def check_dose(event: DoseEvent, now: datetime, tolerance: timedelta) -> None:
    if event.at > now + tolerance:
        raise DoseError(translate("Doses", "This date and time is in the future. Please check it."))
    if len(event.reason) > MAX_REASON_LENGTH:
        raise DoseError(translate("Doses", "Please keep the reason short (200 letters at most)."))
    if event.taken and event.reason.strip():
        raise DoseError(translate("Doses", "A reason is only kept for a dose not taken."))




@dataclass(frozen=True)
class AdherenceBar:
    """Doses due and taken over ``days`` days from ``start`` (a bar of the Trends chart)."""

    start: date
    days: int
    due: int
    taken: int

    @property
    def percent(self) -> int | None:
        return self.taken * 100 // self.due if self.due else None


def adherence_bars(plan_on: PlanOn, events: Iterable[DoseEvent], start: date, end: date,
                   width: int) -> list[AdherenceBar]:
    """Bars of ``width`` days from ``start`` (the last one cut at ``end``), counted by
    :func:`adherence`'s rules (a property test checks they add up to it); a bar with nothing
    due has no figure."""
    taken = {key for key, event in decisive_events(events).items() if event.taken}
    return bars_from_taken(plan_on, taken, start, end, width)


def bars_from_taken(plan_on: PlanOn, taken: set[DoseKey], start: date, end: date,
                    width: int) -> list[AdherenceBar]:
    """:func:`adherence_bars` from the set of (medicine, day, time) whose deciding event says
    taken. Each day is counted once, and each plan version's due doses are worked out once
    (twenty years are 7,300 days)."""
    slots_of: dict[int, list[tuple[str, Slot]]] = {}
    bars = []
    day = start
    while day <= end:
        last = min(day + timedelta(days=width - 1), end)
        due = done = 0
        current = day
        while current <= last:
            plan = plan_on(current)
            if plan is not None:
                slots = slots_of.get(id(plan))
                if slots is None:
                    slots = slots_of[id(plan)] = [
                        (d.medicine.title(), d.slot) for d in doses_due_on(plan, current)]
                due += len(slots)
                done += sum(1 for title, slot in slots if (title, current, slot) in taken)
            current += timedelta(days=1)
        bars.append(AdherenceBar(day, (last - day).days + 1, due, done))
        day = last + timedelta(days=1)
    return bars
