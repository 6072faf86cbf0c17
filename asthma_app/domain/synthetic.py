"""A seeded, realistic made-up asthma history for demos, benchmarks and tests.

Deterministic for a seed (its own ``random.Random``; no clock, no global state). The story:
twice-daily peak flow that is lower in the morning and in winter, colds every few months that
dip into amber for some days, an attack every few years that dips into red, plan versions
(preventer dose up, personal best updated after ~8 years, dose down later) and one diary entry
a day whose reliever use, night waking and ticked plan signs agree with the readings.
Nothing here is advice; the plans are invented examples of what a clinician might write.
"""

from __future__ import annotations

import itertools
import math
import random
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from .plan import ActionPlan, Medicine, MedicineRole, PlanKind, Scale
from .readings import PeakFlowReading, Period, SymptomEntry
from .schedule import DoseTimes
from .timeline import PlanTimeline
from .zones import Zone, zone_for_percent

if TYPE_CHECKING:  # annotations only: the medicine modules load when first needed (start-up)
    from .doses import DoseEvent
    from .inhalers import Inhaler

TRIGGERS = ("Colds and flu", "Pollen", "Cold air", "Exercise", "Cigarette smoke")
# True best peak flow (L/min, EU scale) at fractions of the history: improves on the higher
# preventer dose, then declines slowly with age.
TRUE_BEST_KNOTS = ((0.0, 465.0), (0.15, 465.0), (0.38, 520.0), (1.0, 500.0))
# (fraction of the history, personal best, preventer strength, note) of each plan version
PLAN_CHANGES = ((0.0, 460, "100 micrograms", "First plan"),
                (0.15, 460, "200 micrograms", "Preventer dose increased"),
                (0.40, 510, "200 micrograms", "Personal best updated"),
                (0.75, 510, "100 micrograms", "Preventer dose reduced"))


@dataclass(frozen=True)
class History:
    """A generated diary (demo, tests and benchmarks): plans, readings, entries and doses."""

    start: date
    end: date
    plans: PlanTimeline  # versions carry version_id 1, 2, ... and agreed_on = effective date
    readings: tuple[PeakFlowReading, ...]  # sorted by time
    entries: tuple[SymptomEntry, ...]  # one per day, sorted
    attacks: tuple[date, ...]  # the worst day of each attack
    colds: tuple[tuple[date, date], ...]  # first and last day of each cold
    doses: tuple[DoseEvent, ...] = ()  # about two a day, most taken (medicines.py)
    inhalers: tuple[Inhaler, ...] = ()  # a new one as each runs out


def _plan(version: int, effective: date, best: int, strength: str) -> ActionPlan:
    preventer = Medicine("Beclometasone", MedicineRole.PREVENTER, brand="Clenil Modulite",
                         device="inhaler with spacer", strength=strength,
                         instructions="2 puffs morning and evening",
                         schedule=DoseTimes.BOTH, puffs_each_time=2)
    reliever = Medicine("Salbutamol", MedicineRole.RELIEVER, brand="Ventolin",
                        device="inhaler with spacer", strength="100 micrograms",
                        instructions="2 puffs when needed")
    plan = ActionPlan(
        kind=PlanKind.PREVENTER_RELIEVER, agreed_by="Sample Nurse (demo)", agreed_on=effective,
        personal_best=best, scale=Scale.EU,
        green_instructions="Take your preventer every day, even when you feel well.",
        amber_instructions="Keep taking your preventer. Use your reliever as your plan says. "
                           "See your nurse within 24 hours if you are not getting better.",
        red_instructions="Use your reliever as your plan says and get help now.",
        medicines=(preventer, reliever), triggers=TRIGGERS,
        gp_contact="Demo surgery", next_review=effective + timedelta(days=365))
    return plan.with_version(version, version)


def _plans(start: date, days: int) -> PlanTimeline:
    versions: list[tuple[datetime, ActionPlan]] = []
    used: set[int] = set()
    for fraction, best, strength, _note in PLAN_CHANGES:
        offset = int(fraction * days)
        if offset in used:
            continue  # a very short history keeps fewer versions
        used.add(offset)
        effective = start + timedelta(days=offset)
        plan = _plan(len(versions) + 1, effective, best, strength)
        versions.append((datetime.combine(effective, time()), plan))
    return PlanTimeline.of(versions)


def _true_best(fraction: float) -> float:
    for (x0, y0), (x1, y1) in itertools.pairwise(TRUE_BEST_KNOTS):
        if fraction <= x1:
            return y0 + (y1 - y0) * (fraction - x0) / (x1 - x0)
    return TRUE_BEST_KNOTS[-1][1]


def _dip(dips: list[float], first: int, length: int, depth: float) -> None:
    """Lower ``dips`` over ``length`` days from ``first``: down, bottom, back up (keeps worst)."""
    for index in range(length):
        if 0 <= first + index < len(dips):
            shape = min(1.0, 3 * min(index + 1, length - index) / length)
            dips[first + index] = min(dips[first + index], 1 - (1 - depth) * shape)


def _events(rng: random.Random, days: int) -> tuple[list[float], list[tuple[int, int]], list[int]]:
    """Per-day lung-function factor (1 = usual), colds as (first, last) offsets, attack days."""
    dips, colds, attacks = [1.0] * days, list[tuple[int, int]](), list[int]()
    day = int(rng.expovariate(1 / 60))
    while day < days:
        length = rng.randint(7, 14)
        _dip(dips, day, length, rng.uniform(0.72, 0.82))
        colds.append((day, min(day + length, days) - 1))
        day += length + int(rng.expovariate(1 / 100)) + 20
    day = int(rng.expovariate(1 / 700))
    while day < days:
        _dip(dips, day - 4, 15, rng.uniform(0.40, 0.47))
        attacks.append(day)  # the dip reaches its bottom on this day and stays 7 days
        day += int(rng.expovariate(1 / 700)) + 200
    return dips, colds, attacks


def _level(rng_noise: float, fraction: float, day: date, dip: float) -> float:
    season = 1 - 0.035 * math.cos(2 * math.pi * (day.timetuple().tm_yday - 15) / 365.25)
    return 0.93 * _true_best(fraction) * season * dip * (1 + rng_noise)


def _blows(rng: random.Random, value: float) -> tuple[int, ...]:
    best = max(60, min(800, 5 * round(value / 5)))  # meters are read to the nearest 5
    others = sorted((max(30, best - 5 * rng.randint(0, 6)) for _ in range(2)), reverse=True)
    return (others[1], best, others[0])


def _session(rng: random.Random, day: date, period: Period, level: float, plan: ActionPlan,
             per_session: int, relieved: bool) -> list[PeakFlowReading]:
    base = time(7, 0) if period is Period.MORNING else time(19, 30)
    moment = datetime.combine(day, base) + timedelta(minutes=rng.randint(0, 120))
    factor = 0.94 if period is Period.MORNING else 1.0
    value = level * factor * (1 + rng.gauss(0, 0.025))
    after = relieved and period is Period.EVENING and rng.random() < 0.3
    first = PeakFlowReading(moment, _blows(rng, value * (1.08 if after else 1.0)), Scale.EU,
                            period, after, plan_version_id=plan.version_id)
    readings = [first]
    for extra in range(1, per_session):  # optional re-checks, after reliever if it was used
        again = value * (1.08 if relieved else 1 + rng.gauss(0, 0.02))
        readings.append(replace(first, taken_at=moment + timedelta(minutes=15 * extra),
                                blows=_blows(rng, again), after_reliever=relieved))
    return readings


def _reading_zone(readings: list[PeakFlowReading], plan: ActionPlan, level: float) -> Zone:
    """Worst zone of the day's readings (the expected level when every session was missed)."""
    best = plan.personal_best or 1
    values = [reading.value for reading in readings] or [round(level * 0.94)]
    return max(zone_for_percent(value, best, plan.amber_below_pct, plan.red_below_pct)
               for value in values)


def _signs(rng: random.Random, plan: ActionPlan, zone: Zone, night: bool,
           reliever_week: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Plan signs the patient would tick: (amber signs, red signs)."""
    amber, red = plan.amber_signs, plan.red_signs
    ticked = []
    if zone >= Zone.AMBER:
        ticked.append(amber[0])
    if night:
        ticked.append(amber[1])
    if zone >= Zone.AMBER and rng.random() < 0.4:
        ticked.append(amber[2])
    if reliever_week >= 3:
        ticked.append(amber[3])
    reds = (red[0], red[3]) if rng.random() < 0.6 else (red[3],)
    return tuple(ticked), (reds if zone is Zone.RED else ())


def _triggers(rng: random.Random, day: date, zone: Zone, cold: bool, puffs: int) -> tuple[str, ...]:
    found: list[str] = []
    yday = day.timetuple().tm_yday
    if cold:
        found.append("Colds and flu")
    if 100 <= yday <= 180 and puffs and rng.random() < 0.5:
        found.append("Pollen")
    if (yday < 60 or yday > 330) and puffs and rng.random() < 0.3:
        found.append("Cold air")
    if zone is Zone.GREEN and puffs:
        found.append("Exercise")
    return tuple(found)


def _puffs(rng: random.Random, zone: Zone, relieved: bool) -> int:
    if zone is Zone.RED:
        return rng.randint(8, 24)
    if zone is Zone.AMBER:
        return rng.randint(2, 8)
    return rng.choice((1, 2, 2, 4)) if relieved else 0


def _entry(rng: random.Random, day: date, plan: ActionPlan, zone: Zone, relieved: bool,
           cold: bool, reliever_days: list[bool]) -> SymptomEntry:
    """The evening diary entry, consistent with the day's readings (``zone``)."""
    puffs = _puffs(rng, zone, relieved)
    reliever_days.append(puffs > 0)
    week = sum(reliever_days[-7:])
    night = rng.random() < {Zone.GREEN: 0.01, Zone.AMBER: 0.45, Zone.RED: 0.8}[zone]
    amber, red = _signs(rng, plan, zone, night, week)
    moment = datetime.combine(day, time(21, 30)) + timedelta(minutes=rng.randint(0, 60))
    return SymptomEntry(moment, daytime_symptoms=puffs > 0 or zone > Zone.GREEN,
                        night_waking=night, activity_limited=plan.amber_signs[2] in amber,
                        reliever_puffs=puffs, triggers=_triggers(rng, day, zone, cold, puffs),
                        amber_signs=amber, red_signs=red, plan_version_id=plan.version_id)


def generate_history(years: int = 20, seed: int = 1, end: date = date(2025, 12, 31),
                     miss_rate: float = 0.0, readings_per_session: int = 1) -> History:
    """``365 * years`` days ending on ``end``: readings, one diary entry a day, plans, events.

    Each day has a morning and an evening session; each session is missed with probability
    ``miss_rate`` and otherwise holds ``readings_per_session`` readings (re-checks beyond the
    first, after reliever when it was used). Default: ``2 * 365 * years`` readings.
    """
    if years < 1 or not 0 <= miss_rate < 1 or readings_per_session < 1:
        raise ValueError("years >= 1, 0 <= miss_rate < 1 and readings_per_session >= 1")
    rng, days = random.Random(seed), 365 * years
    start = end - timedelta(days=days - 1)
    plans = _plans(start, days)
    dips, colds, attacks = _events(rng, days)
    cold_days = {offset for first, last in colds for offset in range(first, last + 1)}
    readings: list[PeakFlowReading] = []
    entries: list[SymptomEntry] = []
    reliever_days: list[bool] = []
    drift = 0.0
    for offset in range(days):
        day = start + timedelta(days=offset)
        plan = plans.plan_at(datetime.combine(day, time(12)))
        assert plan is not None  # the first version starts on the first day
        drift = 0.9 * drift + rng.gauss(0, 0.01)
        level = _level(drift, offset / days, day, dips[offset])
        relieved = _reading_zone([], plan, level) > Zone.GREEN or rng.random() < 0.06
        todays = []
        for period in (Period.MORNING, Period.EVENING):
            if not (miss_rate and rng.random() < miss_rate):
                todays += _session(rng, day, period, level, plan, readings_per_session, relieved)
        readings += todays
        zone = _reading_zone(todays, plan, level)
        entries.append(_entry(rng, day, plan, zone, relieved, offset in cold_days, reliever_days))
    from .synthetic_medicines import doses_and_inhalers  # lazy: start-up

    # their own random numbers, so the readings and diary stay as they were for each seed
    doses, inhalers = doses_and_inhalers(random.Random(seed * 7919 + 16), plans, start, days,
                                         entries)
    return History(start, end, plans, tuple(readings), tuple(entries),
                   tuple(start + timedelta(days=a) for a in attacks),
                   tuple((start + timedelta(days=a), start + timedelta(days=b)) for a, b in colds),
                   tuple(doses), tuple(inhalers))
