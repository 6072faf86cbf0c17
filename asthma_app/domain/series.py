"""Data series for the Trends charts, exact and small enough to draw quickly.

No drawing here: the chart code plots what these functions return. Downsampling never
invents values: a bucket keeps the true lowest and highest reading in it (an envelope), so a
dip into red is never smoothed away, plus the mean and the number of readings behind it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from .peak_flow import (
    convertible_range,
    eu_to_wright,
    floor_on_scale,
    wright_to_eu,
)
from .plan import ActionPlan, Scale
from .readings import REFUSE_ABOVE, PeakFlowReading, SymptomEntry
from .statistics import in_period
from .timeline import PlanTimeline, day_after, day_start


# repr=False: never printed, and each method a dataclass makes is compiled from source when
# the module is imported (opening Trends cold; docs/performance.md).
@dataclass(frozen=True, repr=False)
class ChartPoint:
    """One raw reading (``count == 1``) or one bucket of readings."""

    at: datetime  # time of the first reading in the bucket
    bucket_start: date  # first day of the bucket (the reading's own day when raw)
    low: int
    high: int
    mean: float  # not rounded
    count: int


@dataclass(frozen=True, repr=False)
class ChartSeries:
    """The points a chart draws for a period, bucketed to fit the chart's width."""

    points: tuple[ChartPoint, ...]  # empty buckets are left out: a gap means no readings
    bucket_days: int  # 0: raw readings; 1: one bucket per day; 7, 14, ...: whole weeks
    scale: Scale | None  # scale of the values; None: each reading as typed
    left_out: int = 0  # readings that could not be converted to ``scale``


def bucket_days_for(start: date, end: date, max_points: int) -> int:
    """Bucket width in days: a day if that fits, else the fewest whole weeks that fit.

    Buckets run from ``start`` (not from Mondays), so there are at most
    ``ceil(days / width) <= max_points // 2`` of them.
    """
    if max_points < 2:
        raise ValueError("max_points must be at least 2 (a low and a high per bucket)")
    limit = max_points // 2
    days = (end - start).days + 1
    if days <= limit:
        return 1
    weeks = -(-days // (7 * limit))  # ceiling division
    return 7 * weeks


def _values(readings: list[PeakFlowReading], scale: Scale | None) -> list[tuple[datetime, int]]:
    """Each reading on ``scale``; a converted one rounded *down* (the worse way), so a point
    never sits above a zone line that its exact value is below."""
    if scale is None:
        return [(reading.taken_at, reading.value) for reading in readings]
    pairs = []
    for reading in readings:
        if reading.scale is not scale:
            low, high = convertible_range(reading.scale)
            if not low <= reading.value <= high:
                continue  # outside the formula: left out and counted, never guessed
        pairs.append((reading.taken_at, floor_on_scale(reading.value, reading.scale, scale)))
    return pairs


def _exact_level(value: float, source: Scale, target: Scale) -> float:
    """A zone line carried to the other scale without rounding. A line above the top of the
    formula's range (Wright 800) is one no reading on the other scale can reach
    (``peak_flow.reaches``), so it goes above every value that can be logged: every point
    stays below it. Below the range it is clamped at the bottom (points there are drawn on the
    worse side, never the better)."""
    if source is target:
        return value
    if value > convertible_range(source)[1]:
        return float(REFUSE_ABOVE + 1)
    return _clamped_level(value, source, target)


def _clamped_level(value: float, source: Scale, target: Scale) -> float:
    """``value`` carried to ``target``, clamped at the ends of the formula's range."""
    if source is target:
        return value
    low, high = convertible_range(source)
    value = min(max(value, low), high)
    return wright_to_eu(value) if source is Scale.WRIGHT else eu_to_wright(value)


def _buckets(pairs: list[tuple[datetime, int]], start: date, width: int) -> list[ChartPoint]:
    """Group time-sorted ``pairs`` into ``width``-day buckets counted from ``start``: one pass."""
    points: list[ChartPoint] = []
    if not pairs:
        return points
    first, current = pairs[0][0], (pairs[0][0].date() - start).days // width
    chunk: list[int] = []
    for moment, value in pairs:
        bucket = (moment.date() - start).days // width
        if bucket != current and chunk:
            points.append(_point(first, start, width, current, chunk))
            chunk = []
        if not chunk:
            first, current = moment, bucket
        chunk.append(value)
    points.append(_point(first, start, width, current, chunk))
    return points


def _point(first: datetime, start: date, width: int, bucket: int, chunk: list[int]) -> ChartPoint:
    return ChartPoint(first, start + timedelta(days=bucket * width), min(chunk), max(chunk),
                      sum(chunk) / len(chunk), len(chunk))


def points_for_chart(readings: Iterable[PeakFlowReading], start: date, end: date,
                     max_points: int, scale: Scale | None = None) -> ChartSeries:
    """Readings in ``[start, end]`` as chart points: raw if they fit, else an envelope.

    Raw when the number of readings is at most ``max_points``; otherwise one point per
    non-empty bucket (see :func:`bucket_days_for`) with the bucket's true min and max.
    ``scale`` converts every value to one meter scale (recommended when scales are mixed).
    """
    if max_points < 2:
        raise ValueError("max_points must be at least 2 (a low and a high per bucket)")
    chosen = in_period(readings, start, end)
    pairs = _values(chosen, scale)
    left_out = len(chosen) - len(pairs)
    if len(pairs) <= max_points:
        points = tuple(ChartPoint(when, when.date(), value, value, float(value), 1)
                       for when, value in pairs)
        return ChartSeries(points, 0, scale, left_out)
    width = bucket_days_for(start, end, max_points)
    return ChartSeries(tuple(_buckets(pairs, start, width)), width, scale, left_out)


def _days(start: date, end: date) -> list[date]:
    return [start + timedelta(days=offset) for offset in range((end - start).days + 1)]


def daily_reliever(entries: Iterable[SymptomEntry], start: date,
                   end: date) -> list[tuple[date, int | None]]:
    """Reliever puffs per day (summed over the day's entries); None: no diary entry that day."""
    totals: dict[date, int] = {}
    for item in in_period(entries, start, end):
        day = item.recorded_at.date()
        totals[day] = totals.get(day, 0) + item.reliever_puffs
    return [(day, totals.get(day)) for day in _days(start, end)]


def daily_nights(entries: Iterable[SymptomEntry], start: date,
                 end: date) -> list[tuple[date, bool | None]]:
    """Woken at night by asthma that day (any entry says so); None: no diary entry."""
    woken: dict[date, bool] = {}
    for item in in_period(entries, start, end):
        day = item.recorded_at.date()
        woken[day] = woken.get(day, False) or item.night_waking
    return [(day, woken.get(day)) for day in _days(start, end)]


@dataclass(frozen=True, repr=False)
class ZoneBand:
    """Chart background from ``start`` to ``end`` (exclusive) under one plan version.

    Readings strictly below ``amber_value`` are amber, strictly below ``red_value`` red (the
    exact thresholds, not rounded; on ``scale``). Values are None for a symptom-only plan.
    """

    start: datetime
    end: datetime
    best: int | None
    amber_value: float | None
    red_value: float | None
    scale: Scale
    plan: ActionPlan


def zone_bands(timeline: PlanTimeline, start: date, end: date,
               scale: Scale | None = None) -> list[ZoneBand]:
    """One band per plan version in force during ``[start, end]``; none before the first plan.

    With ``scale`` (the scale the chart's points are drawn on) every band is converted to it,
    so a plan written on the other meter scale never puts its bands at the wrong height.
    """
    bands = []
    for low, high, plan in timeline.spans(day_start(start), day_after(end)):
        target = scale or plan.scale
        best = plan.personal_best
        amber = best * plan.amber_below_pct / 100 if best else None
        red = best * plan.red_below_pct / 100 if best else None
        if best and amber is not None and red is not None and target is not plan.scale:
            best = round(_clamped_level(best, plan.scale, target))  # shown, not judged
            amber = _exact_level(amber, plan.scale, target)
            red = _exact_level(red, plan.scale, target)
        bands.append(ZoneBand(low, high, best, amber, red, target, plan))
    return bands
