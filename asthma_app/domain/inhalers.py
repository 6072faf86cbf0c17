"""Inhalers and their doses left, and reliever use as counts (never advice).

Counting rules (docs/clinical/medicines.md; property tests in tests/domain/test_inhalers.py):
- an inhaler starts full at its size (doses as printed on it) when the patient starts it;
- it is counted down by the puffs of every dose of its medicine logged as taken from then on
  (the plan's "puffs each time", copied when the dose was logged) and, for a medicine that is a
  reliever (a reliever, MART or AIR inhaler), by every reliever puff in the diary from then on;
- a correction from the device's own counter wins: the count starts again from the corrected
  figure, and only what is logged after its moment counts (the counter already shows what came
  before, including anything logged in the same second);
- a dose whose puffs are not known makes the count unknown (``None``), never a guess: a count
  that is too high could leave the patient with an empty reliever (an empty pressurised
  inhaler still sprays propellant);
- starting a new inhaler of the same medicine ends the old one.
The refill reminder comes at ``REFILL_AT`` doses left or fewer.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from .doses import DoseEvent
from .plan import MedicineRole

REFILL_AT = 20  # doses left: the usual point to get a new inhaler (docs/clinical/medicines.md)
MAX_INHALER_SIZE = 1000  # a plausibility check on what was typed (largest common pack: 400)


@dataclass(frozen=True)
class Inhaler:
    """An inhaler the person started, with the doses printed on it."""

    medicine: str  # the plan medicine's title()
    role: MedicineRole
    started_at: datetime
    size: int  # doses as printed on the inhaler
    id: int | None = None


@dataclass(frozen=True)
class Correction:
    """The count read from the device's own counter at a moment."""

    inhaler_id: int
    at: datetime
    doses_left: int
    id: int | None = None


@dataclass(frozen=True)
class DosesLeft:
    """How many doses an inhaler has left, from the doses logged since it was started."""

    inhaler: Inhaler
    count: int | None  # None: cannot be counted (a dose with unknown puffs)
    used: int  # puffs counted since the starting point
    corrected_at: datetime | None

    @property
    def shown(self) -> int | None:
        """What to show: never below 0 (more logged than the size: it is empty)."""
        return None if self.count is None else max(self.count, 0)

    @property
    def refill_due(self) -> bool:
        return self.count is not None and self.count <= REFILL_AT


def current_inhalers(inhalers: Iterable[Inhaler]) -> list[Inhaler]:
    """The newest inhaler of each medicine (starting a new one ends the old one)."""
    newest: dict[str, Inhaler] = {}
    for inhaler in inhalers:
        old = newest.get(inhaler.medicine)
        if old is None or (inhaler.started_at, inhaler.id or 0) > (old.started_at, old.id or 0):
            newest[inhaler.medicine] = inhaler
    return sorted(newest.values(), key=lambda i: i.medicine)


def doses_left(inhaler: Inhaler, events: Iterable[DoseEvent],
               reliever_puffs: Iterable[tuple[datetime, int]],
               corrections: Iterable[Correction]) -> DosesLeft:
    """Doses left in ``inhaler`` by the rules in this module's docstring.

    ``reliever_puffs``: (moment, puffs) from the diary; counted only for a relieving inhaler.
    """
    own = [c for c in corrections if c.inhaler_id == inhaler.id and c.at >= inhaler.started_at]
    latest = max(own, key=lambda c: (c.at, c.id or 0), default=None)
    since, start_count = ((latest.at, latest.doses_left) if latest
                          else (inhaler.started_at, inhaler.size))
    def counts(moment: datetime) -> bool:
        return moment > since if latest else moment >= since

    used, unknown = 0, False
    for event in events:
        if event.taken and event.medicine == inhaler.medicine and counts(event.at):
            if event.puffs is None:
                unknown = True
            else:
                used += event.puffs
    if inhaler.role.relieves:
        used += sum(puffs for moment, puffs in reliever_puffs if counts(moment))
    count = None if unknown else start_count - used
    return DosesLeft(inhaler, count, used, latest.at if latest else None)


# --- reliever use, as counts for the review (figures in domain/guidance.py) ----------------

RELIEVER_WINDOWS_DAYS = (30, 91, 365)  # "the last month", "3 months", "12 months"


def reliever_inhalers_started(inhalers: Iterable[Inhaler], today: date) -> dict[int, int]:
    """Reliever (SABA) inhalers started in each window ending on ``today`` (inclusive)."""
    starts = [i.started_at.date() for i in inhalers if i.role is MedicineRole.RELIEVER]
    return {days: sum(1 for day in starts if today - timedelta(days=days - 1) <= day <= today)
            for days in RELIEVER_WINDOWS_DAYS}


@dataclass(frozen=True)
class WeekUse:
    """Reliever use in one calendar week (Monday to Sunday)."""

    monday: date
    puffs: int
    days: int  # days with any reliever puff


def reliever_weeks(reliever_puffs: Iterable[tuple[datetime, int]], start: date,
                   end: date) -> list[WeekUse]:
    """Puffs and days with reliever use per calendar week (Monday to Sunday) in the span."""
    puffs: dict[date, int] = {}
    days: dict[date, set[date]] = {}
    for moment, count in reliever_puffs:
        day = moment.date()
        if count > 0 and start <= day <= end:
            monday = day - timedelta(days=day.weekday())
            puffs[monday] = puffs.get(monday, 0) + count
            days.setdefault(monday, set()).add(day)
    weeks = []
    monday = start - timedelta(days=start.weekday())
    while monday <= end:
        weeks.append(WeekUse(monday, puffs.get(monday, 0), len(days.get(monday, ()))))
        monday += timedelta(days=7)
    return weeks
