"""Trends figures from per-day summaries: years of data without one object per reading.

For long periods SQLite sums the readings and diary entries a day at a time
(``storage/day_summaries.py``), and these functions turn the days into *exactly* what
:func:`statistics.period_stats`, :func:`series.points_for_chart` and the diary bars give from
the readings themselves (a property test compares both on generated histories).

Why SQL can judge zones exactly: under one plan version the zone and the per cent of best never
get better as a value gets lower (``peak_flow.reaches`` is monotonic, across scales too). So each
plan version and meter scale has two whole-number limits (:func:`zone_limits`): readings below
the first are red, below the second amber. They are found with the exact rule itself
(``zone_on_scale``), so comparing with them gives the same zone as judging each reading. Each
reading is judged under the version in force at its own moment (its ``span``), never by day.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Any

from .peak_flow import percent_on_scale, zone_on_scale
from .plan import ActionPlan, Scale
from .readings import Period
from .series import ChartPoint, ChartSeries, bucket_days_for
from .statistics import PeriodStats, _half_up_int, _one_decimal, _per_week
from .timeline import PlanTimeline
from .zones import Zone

NEVER = 2**62  # a limit no reading reaches (SQLite integers are 64-bit)

# Columns of a reading day, as storage/day_summaries.py returns them:
# day (ISO text), worst zone (Zone value or None), best morning and best evening reading on the
# statistics' scale (``to_scale``), highest and lowest reading on that scale, then for the
# morning and then the evening: readings, and of those the chart can draw (on its scale,
# rounded down with ``floor_on_scale``) the lowest, highest, sum, number and first moment;
# last the day's ordinal (``date.toordinal``).
DAY, ZONE, BEST_MORNING, BEST_EVENING, HIGHEST, LOWEST = range(6)
MORNING_AT, EVENING_AT = 6, 12  # offsets of (count, low, high, total, drawn, first)
ORDINAL = 18
# Columns of an entry day: day, worst zone (None without a plan), entries, puffs, nights woken,
# the day's ordinal.
ENTRY_DAY, ENTRY_ZONE, ENTRIES, PUFFS, NIGHTS, ENTRY_ORDINAL = range(6)


def _first_true(predicate: Callable[[int], bool], low: int, high: int) -> int:
    """Smallest ``v`` in ``[low, high]`` with ``predicate(v)`` (monotonic); ``high`` if none."""
    while low < high:
        middle = (low + high) // 2
        if predicate(middle):
            high = middle
        else:
            low = middle + 1
    return low


@lru_cache(maxsize=256)
def _limits(best: int, plan_scale: Scale, amber: int, red: int, scale: Scale) -> tuple[int, int]:
    def zone(value: int) -> Zone:
        return zone_on_scale(value, scale, best, plan_scale, amber, red)

    return (_first_true(lambda v: zone(v) is not Zone.RED, 0, NEVER),
            _first_true(lambda v: zone(v) is Zone.GREEN, 0, NEVER))


def zone_limits(plan: ActionPlan, scale: Scale) -> tuple[int, int]:
    """(red below, amber below): a reading on ``scale`` under ``plan`` is red if its value is
    below the first, amber if below the second, else green (``NEVER``: no value gets there).
    Exactly ``assessment.judge_value``'s zone, found with it."""
    return _limits(plan.personal_best, plan.scale, plan.amber_below_pct, plan.red_below_pct,
                   scale)


def highest_with_percent(plan: ActionPlan, scale: Scale, pct: int) -> int:
    """The highest value on ``scale`` whose per cent of best under ``plan`` is at most ``pct``
    (``NEVER`` if every value is)."""
    best, target = plan.personal_best, plan.scale
    above = _first_true(lambda v: percent_on_scale(v, scale, best, target) > pct, 0, NEVER)
    return NEVER if above == NEVER else above - 1


def split_days(timeline: PlanTimeline, start: date, end: date) -> set[date]:
    """Days in ``[start, end]`` on which a plan version came into force after midnight: two
    plans judge readings that day, so it is read reading by reading."""
    return {moment.date() for moment, _plan in timeline.versions
            if moment.time() != time() and start <= moment.date() <= end}


# repr=False: never printed, and each method a dataclass makes is compiled from source when
# the module is imported (opening Trends cold; docs/performance.md).
@dataclass(frozen=True, repr=False, eq=False)  # never compared: read field by field
class DayData:
    """Per-day rows of ``[start, end]`` (readings summed for figures on ``display``).

    ``lows``: per day, what gives its lowest per cent of best: ``(day, plan index, lowest
    value)`` for a summed day, ``(day, None, (per cent, moment))`` for readings read one by one.
    """

    start: date
    end: date
    display: Scale
    readings: tuple[tuple[Any, ...], ...]  # rows of the reading_days columns above
    entries: tuple[tuple[Any, ...], ...]  # rows of the entry_days columns above
    lows: tuple[tuple[Any, ...], ...] = ()

    def cut(self, start: date, end: date) -> DayData:
        """The days of ``[start, end]`` (inside this one)."""
        low, high = start.isoformat(), end.isoformat()
        return DayData(start, end, self.display,
                       tuple(r for r in self.readings if low <= r[DAY] <= high),
                       tuple(e for e in self.entries if low <= e[ENTRY_DAY] <= high),
                       tuple(e for e in self.lows if low <= e[0] <= high))


def period_stats_from_days(days: DayData, start: date, end: date,
                           lowest: tuple[int, datetime] | None) -> PeriodStats:
    """Exactly ``period_stats`` of ``[start, end]`` (``days`` covers just that period, summed
    on the statistics' scale; ``lowest``: lowest per cent of best and its first moment)."""
    day_count = (end - start).days + 1
    rows, entries = days.readings, days.entries
    readings_count = recorded = drawn = 0
    day_zone: dict[str, int] = {}
    mornings, evenings, amplitudes = [], [], []
    highest = lowest_value = None
    m_count, m_drawn, e_count, e_drawn = MORNING_AT, MORNING_AT + 4, EVENING_AT, EVENING_AT + 4
    for row in rows:
        readings_count += row[m_count] + row[e_count]
        recorded += (row[m_count] > 0) + (row[e_count] > 0)
        drawn += row[m_drawn] + row[e_drawn]
        if row[ZONE] is not None:
            day_zone[row[DAY]] = row[ZONE]
        morning, evening = row[BEST_MORNING], row[BEST_EVENING]
        if morning is not None:
            mornings.append(morning)
            if evening is not None:  # in day order, as period_stats adds them up
                high, low = max(morning, evening), min(morning, evening)
                amplitudes.append(200 * (high - low) / (high + low))
        if evening is not None:
            evenings.append(evening)
        if row[HIGHEST] is not None:
            highest = row[HIGHEST] if highest is None else max(highest, row[HIGHEST])
            lowest_value = row[LOWEST] if lowest_value is None else min(lowest_value, row[LOWEST])
    diary = reliever = nights = 0
    for entry in entries:
        diary += 1
        reliever += entry[PUFFS] > 0
        nights += entry[NIGHTS] > 0
        if entry[ENTRY_ZONE] is not None and entry[ENTRY_ZONE] > day_zone.get(entry[ENTRY_DAY], 0):
            day_zone[entry[ENTRY_DAY]] = entry[ENTRY_ZONE]
    data_days = len({row[DAY] for row in rows} | {entry[ENTRY_DAY] for entry in entries})
    zones = list(day_zone.values())
    variability = _one_decimal(sum(amplitudes) / len(amplitudes)) if amplitudes else None
    return PeriodStats(
        start=start, end=end, days=day_count, scale=days.display, readings_count=readings_count,
        mean_morning=_half_up_int(sum(mornings), len(mornings)) if mornings else None,
        mean_evening=_half_up_int(sum(evenings), len(evenings)) if evenings else None,
        highest=highest, lowest=lowest_value,
        lowest_pct_best=lowest[0] if lowest else None,
        lowest_pct_at=lowest[1] if lowest else None,
        variability_pct=variability, variability_days=len(amplitudes),
        days_green=zones.count(Zone.GREEN), days_amber=zones.count(Zone.AMBER),
        days_red=zones.count(Zone.RED), days_unzoned=data_days - len(zones),
        days_no_data=day_count - data_days, diary_days=diary,
        reliever_days=reliever, reliever_days_per_week=_per_week(reliever, day_count),
        night_waking_days=nights, nights_woken_per_week=_per_week(nights, day_count),
        sessions_recorded=recorded, readings_missed=max(0, 2 * day_count - recorded),
        unconverted=readings_count - drawn,
    )


def session_count(days: DayData, period: Period) -> int:
    """Readings of ``period`` a chart on ``days.display`` can draw."""
    at = (MORNING_AT if period is Period.MORNING else EVENING_AT) + 4
    return sum(row[at] for row in days.readings)


def series_from_days(days: DayData, period: Period, start: date, end: date,
                     max_points: int) -> ChartSeries:
    """Exactly ``points_for_chart(readings of period, start, end, max_points, days.display)``
    when there are more readings than ``max_points``: each bucket's true lowest and highest
    value, mean and count. With fewer, draw the readings themselves instead."""
    if session_count(days, period) <= max_points:
        raise ValueError("few enough readings to draw one by one: use points_for_chart")
    at = MORNING_AT if period is Period.MORNING else EVENING_AT
    width = bucket_days_for(start, end, max_points)
    origin = start.toordinal()
    buckets: dict[int, list[Any]] = {}  # [first moment, low, high, total, drawn]
    left_out = 0
    count_at, drawn_at = at, at + 4
    for row in days.readings:
        drawn = row[drawn_at]
        left_out += row[count_at] - drawn
        if not drawn:
            continue
        index = (row[ORDINAL] - origin) // width
        bucket = buckets.get(index)
        if bucket is None:
            buckets[index] = [row[at + 5], row[at + 1], row[at + 2], row[at + 3], drawn]
        else:  # days come in order: the bucket's first moment is already there
            if row[at + 1] < bucket[1]:
                bucket[1] = row[at + 1]
            if row[at + 2] > bucket[2]:
                bucket[2] = row[at + 2]
            bucket[3] += row[at + 3]
            bucket[4] += drawn
    parse = datetime.fromisoformat
    points = tuple(ChartPoint(parse(first), start + timedelta(days=index * width), low, high,
                              total / drawn, drawn)
                   for index, (first, low, high, total, drawn) in buckets.items())
    return ChartSeries(points, width, days.display, left_out)


def bars_from_days(days: DayData, start: date, end: date, width: int,
                   nights: bool) -> list[tuple[date, int, int | None]]:
    """(first day, days, total) of each ``width``-day bar from ``start``: reliever puffs, or
    with ``nights`` entries saying woken at night; total None where there is no entry."""
    count = (end - start).days // width + 1
    totals: list[int | None] = [None] * count
    origin, column = start.toordinal(), NIGHTS if nights else PUFFS
    for entry in days.entries:
        index = (entry[ENTRY_ORDINAL] - origin) // width
        total = totals[index]
        totals[index] = entry[column] if total is None else total + entry[column]
    return [(start + timedelta(days=i * width), min(width, (end - start).days + 1 - i * width),
             total) for i, total in enumerate(totals)]


def one_decimal_of_mean(total: float, count: int, terms: int) -> float | None:
    """``_one_decimal(sum(values) / count)`` as ``period_stats`` works out the variability
    (``sum`` adding ``count`` non-negative floats left to right), known only from ``total``,
    the same values added in another order and way (SQLite's sums of ``terms`` groups, each
    written with at least 15 significant digits, added up here); None if ``total`` is too
    close to a halfway point between tenths to tell which way that rounding goes.

    Why this is exact: each sum of n non-negative floats lies within n * 2**-53 (plus a
    relative 5e-15 for each group's written form) of the true sum times itself, so the two
    means lie within ``margin`` below of each other; ``_one_decimal`` rounds the shortest
    decimal of its float (within half a unit in the last place of it) half up to tenths. If
    every number within ``margin`` plus a unit in the last place of the estimate rounds to
    the same tenth, both means do. Otherwise the caller adds up the values themselves."""
    if count <= 0 or not math.isfinite(total) or total < 0:
        return None
    if total == 0:  # non-negative values summing to nothing: every one is 0, exactly
        return 0.0
    bound = ((2 * count + terms + 8) * 2.0**-52 + 2e-14) * total  # the two sums apart
    mean = total / count
    # Exact rational arithmetic in whole numbers (no ``fractions`` to import: ~4.5 million
    # instructions when Trends is opened cold): each float is a whole number over a power of
    # two, so all three share the largest of their denominators.
    ratios = [x.as_integer_ratio() for x in (mean, 4 * bound / count, 4 * math.ulp(mean))]
    common = max(denominator for _n, denominator in ratios)
    centre, *margins = (numerator * (common // denominator) for numerator, denominator in ratios)
    margin = sum(margins)

    def tenth(numerator: int) -> int:  # floor(numerator / common * 10 + 1/2): half up
        return (20 * numerator + common) // (2 * common)

    if tenth(centre - margin) != tenth(centre + margin):
        return None
    return _one_decimal(mean)


@dataclass(frozen=True, repr=False, eq=False)  # never compared: read field by field
class PeriodTotals:
    """A period's figures added up by SQLite from day sums alone (every reading on the
    figures' scale, no day with a mid-day plan change): the same facts as the day rows."""

    readings: int
    sessions_recorded: int
    morning_bests: tuple[int, int]  # (sum, number) of each day's best morning reading
    evening_bests: tuple[int, int]
    highest: int | None
    lowest: int | None
    variability: float | None  # period_stats' mean daily amplitude to 0.1 (None: no day)
    variability_days: int  # days with a morning and an evening reading
    zone_days: dict[int | None, int]  # Zone value (None: no zone) -> days with data
    diary_days: int
    reliever_days: int
    night_waking_days: int


def period_stats_from_totals(totals: PeriodTotals, start: date, end: date, display: Scale,
                             lowest: tuple[int, datetime] | None) -> PeriodStats:
    """Exactly ``period_stats`` from ``totals`` (see :func:`period_stats_from_days`)."""
    day_count = (end - start).days + 1
    zones = totals.zone_days
    data_days = sum(zones.values())
    zoned = {zone: zones.get(int(zone), 0) for zone in Zone}
    recorded = totals.sessions_recorded

    def mean(pair: tuple[int, int]) -> int | None:
        return _half_up_int(*pair) if pair[1] else None

    return PeriodStats(
        start=start, end=end, days=day_count, scale=display, readings_count=totals.readings,
        mean_morning=mean(totals.morning_bests), mean_evening=mean(totals.evening_bests),
        highest=totals.highest, lowest=totals.lowest,
        lowest_pct_best=lowest[0] if lowest else None,
        lowest_pct_at=lowest[1] if lowest else None,
        variability_pct=totals.variability, variability_days=totals.variability_days,
        days_green=zoned[Zone.GREEN], days_amber=zoned[Zone.AMBER], days_red=zoned[Zone.RED],
        days_unzoned=zones.get(None, 0), days_no_data=day_count - data_days,
        diary_days=totals.diary_days, reliever_days=totals.reliever_days,
        reliever_days_per_week=_per_week(totals.reliever_days, day_count),
        night_waking_days=totals.night_waking_days,
        nights_woken_per_week=_per_week(totals.night_waking_days, day_count),
        sessions_recorded=recorded, readings_missed=max(0, 2 * day_count - recorded),
        unconverted=0,
    )
