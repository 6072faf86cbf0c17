"""Statistics for the Trends page: one period of readings and diary entries, summarised.

Pure and fast (one pass over the data after one sort; a year takes a few milliseconds).
Every reading and diary entry is judged against the plan in force *at its own moment*
(:class:`PlanTimeline`), so updating a personal best never rewrites old zones.

Rounding, stated once so the UI and the tests agree:
- L/min means: nearest whole L/min, halves up (exact integer arithmetic).
- % of personal best: rounded *down*, like everywhere else (``percent_of_best``).
- Variability and "per week" figures: one decimal, halves up.
What counts:
- A day's zone is the worst zone of its readings and diary entries, each judged under the plan
  in force at its own moment (so a plan changed at noon judges the morning by the old plan).
- Means and variability use each day's best reading per session (morning/evening); highest,
  lowest and lowest % of best use every reading. Readings flagged after-reliever count too.
All L/min figures are on ``PeriodStats.scale`` (readings on another meter scale are converted;
a reading that cannot be converted is counted in ``unconverted`` and left out of the figures).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Protocol, TypeVar

from .assessment import entry_zone, judge_reading
from .peak_flow import convert
from .plan import Scale
from .readings import PeakFlowReading, Period, SymptomEntry
from .timeline import PlanTimeline, day_after, day_start
from .trend_notes import notes_for
from .zones import Zone


class HasWhen(Protocol):
    """Anything dated by ``.when``: readings, diary entries, scores, attacks."""

    @property
    def when(self) -> datetime: ...


Timed = TypeVar("Timed", bound=HasWhen)
SessionKey = tuple[date, Period]

__all__ = ["PeriodStats", "PlanTimeline", "period_stats", "notes_for", "judge_reading",
           "entry_zone", "in_period", "to_scale"]


# repr=False: never printed, and each method a dataclass makes is compiled from source when
# the module is imported (opening Trends cold; docs/performance.md).
@dataclass(frozen=True, repr=False)
class PeriodStats:
    """Summary of the closed period ``[start, end]`` (whole days). None means "no data"."""

    start: date
    end: date
    days: int  # days in the period, both ends included
    scale: Scale  # meter scale of every L/min figure below
    readings_count: int
    mean_morning: int | None  # mean of each day's best morning reading
    mean_evening: int | None
    highest: int | None  # over all readings (each reading's best blow)
    lowest: int | None
    lowest_pct_best: int | None  # lowest reading as % of the best in the plan in force then
    lowest_pct_at: datetime | None
    variability_pct: float | None  # mean daily amplitude % mean (docs/clinical/peak-flow.md)
    variability_days: int  # days with both a morning and an evening reading
    days_green: int
    days_amber: int
    days_red: int
    days_unzoned: int  # data, but no plan in force that could give it a zone
    days_no_data: int  # no reading and no diary entry
    diary_days: int  # days with at least one diary entry
    reliever_days: int  # days with reliever puffs > 0
    reliever_days_per_week: float
    night_waking_days: int  # days whose entry says woken at night by asthma
    nights_woken_per_week: float
    sessions_recorded: int  # distinct (day, morning/evening) pairs with a reading
    readings_missed: int  # 2 per day minus sessions recorded, never below 0
    unconverted: int  # readings left out because their scale could not be converted


@lru_cache(maxsize=4096)
def to_scale(value: int, source: Scale, target: Scale) -> int | None:
    """``value`` on the ``target`` scale, or None where the conversion formula is not valid."""
    try:
        return convert(value, source, target)
    except ValueError:
        return None


def in_period(items: Iterable[Timed], start: date, end: date) -> list[Timed]:
    """Items (anything with ``.when``) whose day is in ``[start, end]``, sorted by time."""
    low, high = day_start(start), day_after(end)
    return sorted((item for item in items if low <= item.when < high), key=lambda i: i.when)


def _half_up_int(total: int, count: int) -> int:
    """Exact ``round(total / count)`` with halves going up."""
    return (2 * total + count) // (2 * count)


def _one_decimal(value: float) -> float:
    """``value``'s shortest decimal (its ``repr``) rounded half up to tenths, in whole
    numbers: the same as ``Decimal(repr(value)).quantize(Decimal("0.1"), ROUND_HALF_UP)``
    (tests/domain/test_exact_rounding.py), without importing ``decimal`` (Trends opened
    cold: ~6 million instructions). Beyond 10**26, infinite or NaN: ``Decimal`` itself."""
    if not abs(value) < 1e26:
        from decimal import ROUND_HALF_UP, Decimal  # lazy: see the docstring

        return float(Decimal(repr(value)).quantize(Decimal("0.1"), ROUND_HALF_UP))
    text = repr(value)
    negative = text.startswith("-")
    mantissa, _e, exponent = text.lstrip("-").partition("e")
    whole, _dot, fraction = mantissa.partition(".")
    digits, power = int(whole + fraction), int(exponent or 0) - len(fraction) + 1
    # |value| * 10 == digits * 10**power exactly; its half-up rounding to a whole number:
    tenths: int = (digits * 10**power if power >= 0
                   else (2 * digits + 10**-power) // (2 * 10**-power))
    return -(tenths / 10) if negative else tenths / 10


def _per_week(count: int, days: int) -> float:
    tenths = (count * 140 + days) // (2 * days)  # exact count*7/days to 0.1, halves up
    return tenths / 10


def display_scale(timeline: PlanTimeline, end: date) -> Scale:
    """The scale of L/min figures for a period ending on ``end``: its plan's at the end."""
    plan = timeline.plan_at(day_after(end)) or timeline.latest()
    return plan.scale if plan else Scale.EU


@dataclass(repr=False, eq=False)
class _Tally:
    """Running totals while walking the readings once."""

    sessions: dict[SessionKey, int]  # best value on the display scale
    day_zone: dict[date, Zone]  # worst Zone seen
    data_days: set[date]
    recorded: set[SessionKey]  # (day, Period) pairs with any reading, converted or not
    highest: int | None = None
    lowest: int | None = None
    lowest_pct: int | None = None
    lowest_pct_at: datetime | None = None
    unconverted: int = 0

    def worsen(self, day: date, zone: Zone | None) -> None:
        self.data_days.add(day)
        if zone is not None and zone > self.day_zone.get(day, 0):
            self.day_zone[day] = zone


def _walk_readings(readings: Sequence[PeakFlowReading], timeline: PlanTimeline, scale: Scale,
                   tally: _Tally) -> None:
    for reading in readings:
        plan = timeline.plan_at(reading.taken_at)
        pct, zone = judge_reading(reading, plan)
        day = reading.taken_at.date()
        tally.worsen(day, zone)
        tally.recorded.add((day, reading.session))
        if pct is not None and (tally.lowest_pct is None or pct < tally.lowest_pct):
            tally.lowest_pct, tally.lowest_pct_at = pct, reading.taken_at
        value = to_scale(reading.value, reading.scale, scale)
        if value is None:
            tally.unconverted += 1
            continue
        key = (day, reading.session)
        tally.sessions[key] = max(value, tally.sessions.get(key, 0))
        tally.highest = value if tally.highest is None else max(tally.highest, value)
        tally.lowest = value if tally.lowest is None else min(tally.lowest, value)


def _session_means(sessions: dict[SessionKey, int]) -> tuple[int | None, int | None]:
    means = []
    for period in (Period.MORNING, Period.EVENING):
        values = [value for (_day, p), value in sessions.items() if p is period]
        means.append(_half_up_int(sum(values), len(values)) if values else None)
    return means[0], means[1]


def _variability(sessions: dict[SessionKey, int]) -> tuple[float | None, int]:
    amplitudes = []
    for (day, period), morning in sessions.items():
        evening = sessions.get((day, Period.EVENING)) if period is Period.MORNING else None
        if evening is not None:
            high, low = max(morning, evening), min(morning, evening)
            amplitudes.append(200 * (high - low) / (high + low))
    if not amplitudes:
        return None, 0
    return _one_decimal(sum(amplitudes) / len(amplitudes)), len(amplitudes)


def _walk_entries(entries: Sequence[SymptomEntry], timeline: PlanTimeline,
                  tally: _Tally) -> tuple[set[date], set[date], set[date]]:
    diary: set[date] = set()
    reliever: set[date] = set()
    nights: set[date] = set()
    for entry in entries:
        day = entry.recorded_at.date()
        tally.worsen(day, entry_zone(entry, timeline.plan_at(entry.recorded_at)))
        diary.add(day)
        if entry.reliever_puffs > 0:
            reliever.add(day)
        if entry.night_waking:
            nights.add(day)
    return diary, reliever, nights


def period_stats(readings: Iterable[PeakFlowReading], entries: Iterable[SymptomEntry],
                 timeline: PlanTimeline, start: date, end: date,
                 scale: Scale | None = None) -> PeriodStats:
    """All Trends figures for ``[start, end]``; data outside the period is ignored.

    ``scale`` is the meter scale for L/min figures; by default the scale of the plan in force
    at the end of the period (EU if there is no plan).
    """
    if end < start:
        raise ValueError("end must not be before start")
    scale = scale or display_scale(timeline, end)
    days = (end - start).days + 1
    readings = in_period(readings, start, end)
    tally = _Tally(sessions={}, day_zone={}, data_days=set(), recorded=set())
    _walk_readings(readings, timeline, scale, tally)
    diary, reliever, nights = _walk_entries(in_period(entries, start, end), timeline, tally)
    zones = list(tally.day_zone.values())
    mean_morning, mean_evening = _session_means(tally.sessions)
    variability, variability_days = _variability(tally.sessions)
    return PeriodStats(
        start=start, end=end, days=days, scale=scale, readings_count=len(readings),
        mean_morning=mean_morning, mean_evening=mean_evening,
        highest=tally.highest, lowest=tally.lowest,
        lowest_pct_best=tally.lowest_pct, lowest_pct_at=tally.lowest_pct_at,
        variability_pct=variability, variability_days=variability_days,
        days_green=zones.count(Zone.GREEN), days_amber=zones.count(Zone.AMBER),
        days_red=zones.count(Zone.RED), days_unzoned=len(tally.data_days) - len(zones),
        days_no_data=days - len(tally.data_days), diary_days=len(diary),
        reliever_days=len(reliever), reliever_days_per_week=_per_week(len(reliever), days),
        night_waking_days=len(nights), nights_woken_per_week=_per_week(len(nights), days),
        sessions_recorded=len(tally.recorded),
        readings_missed=max(0, 2 * days - len(tally.recorded)),
        unconverted=tally.unconverted,
    )
