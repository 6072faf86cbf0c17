"""The made-up patient's medicines: preventer doses logged morning and evening (most taken,
a few missed with a reason, some not logged, some logged the next day), and a new inhaler
whenever the last one would be running out (preventer by its doses, reliever by the diary's
puffs). Deterministic for the random generator given (domain/synthetic.py)."""

from __future__ import annotations

import random
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from .doses import DoseEvent, DueDose, doses_due_on
from .inhalers import Inhaler
from .plan import Medicine
from .readings import SymptomEntry
from .schedule import Slot
from .timeline import PlanTimeline

REASONS = ("Forgot", "Away from home", "Ran out", "Felt well")
INHALER_SIZE = 200  # doses printed on both made-up inhalers
SLOT_TIME = {Slot.MORNING: time(7, 30), Slot.EVENING: time(21, 0)}


def doses_and_inhalers(rng: random.Random, plans: PlanTimeline, start: date, days: int,
                       entries: Iterable[SymptomEntry]) -> tuple[list[DoseEvent], list[Inhaler]]:
    doses: list[DoseEvent] = []
    inhalers: list[Inhaler] = []
    used: dict[str, int] = {}
    puffs_by_day = {e.recorded_at.date(): e.reliever_puffs for e in entries}
    for offset in range(days):
        day = start + timedelta(days=offset)
        plan = plans.plan_at(datetime.combine(day, time(12)))
        if plan is None:
            continue
        for due in doses_due_on(plan, day):
            event = _dose(rng, due, plan.version_id)
            if event is None:
                continue
            doses.append(event)
            if event.taken:
                _count(inhalers, used, due.medicine, datetime.combine(day, time(7)),
                       event.puffs or 0)
        reliever = next((m for m in plan.medicines if m.role.relieves), None)
        if reliever is not None and puffs_by_day.get(day):
            _count(inhalers, used, reliever, datetime.combine(day, time(8)), puffs_by_day[day])
    return doses, inhalers


def _dose(rng: random.Random, due: DueDose, version_id: int | None) -> DoseEvent | None:
    roll = rng.random()
    if roll < 0.06:
        return None  # not logged
    moment = datetime.combine(due.day, SLOT_TIME[due.slot]) + timedelta(
        minutes=rng.randint(0, 90))
    logged = moment + timedelta(hours=11) if rng.random() < 0.03 else moment  # next morning
    if roll < 0.10:
        return DoseEvent(due.medicine.title(), moment, False, due.day, due.slot,
                         rng.choice(REASONS), None, logged, version_id)
    return DoseEvent(due.medicine.title(), moment, True, due.day, due.slot, "",
                     due.medicine.puffs_each_time, logged, version_id)


def _count(inhalers: list[Inhaler], used: dict[str, int], medicine: Medicine,
           moment: datetime, puffs: int) -> None:
    """Start a new inhaler of ``medicine`` when there is none or it is nearly empty."""
    title = medicine.title()
    if title not in used or used[title] + puffs > INHALER_SIZE - 10:
        inhalers.append(Inhaler(title, medicine.role, moment, INHALER_SIZE))
        used[title] = 0
    used[title] += puffs
