"""Trends figures from per-day summaries: years of data without one object per reading.

For long periods SQLite summarises the readings and diary entries a day at a time
(``storage.repository.reading_days`` / ``entry_days``), and these functions turn the days into
*exactly* what :func:`statistics.period_stats`, :func:`series.points_for_chart` and the diary
bars give from the readings themselves (a property test compares both on generated histories).
Why a day's summary is enough:
- Under one plan the zone and the per cent of best never get better as a value gets lower
  (``peak_flow.reaches`` is monotonic, also across scales), so the day's lowest reading of each
  session and scale gives that day's worst zone and lowest per cent.
- Converting between meter scales is monotonic too, so the highest, the lowest and each
  session's best reading convert from the day's extremes on each scale. Readings outside the
  formula's range are summarised apart (``convertible``) and only counted, as before.
- A day on which a plan version came into force part-way (not at midnight) is read reading by
  reading (``load_day``), and so is the one day that holds the lowest per cent, for its moment.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import NamedTuple

from .assessment import judge_value
from .peak_flow import floor_on_scale
from .plan import Scale
from .readings import PeakFlowReading, Period, SymptomEntry
from .series import ChartPoint, ChartSeries, bucket_days_for
from .statistics import (
    PeriodStats,
    _default_scale,
    _per_week,
    _session_means,
    _Tally,
    _variability,
    _walk_entries,
    _walk_readings,
    to_scale,
)
from .timeline import PlanTimeline, day_start
from .zones import Zone


class ReadingDay(NamedTuple):
    """The live readings of one day on one meter scale (``convertible``: all inside, or all
    outside, the conversion formula's range; readings on ``display`` scale are always True).

    Per session: count, lowest, highest, sum of the values on the chart's scale rounded down
    (``floor_on_scale``; the value itself on that scale) and the moment of the first reading.
    """

    day: date
    scale: Scale
    convertible: bool
    morning_count: int
    morning_low: int | None
    morning_high: int | None
    morning_total: int | None
    morning_first: datetime | None
    evening_count: int
    evening_low: int | None
    evening_high: int | None
    evening_total: int | None
    evening_first: datetime | None

    def session(self, period: Period) -> tuple:
        """(count, low, high, total, first) of ``period``."""
        if period is Period.MORNING:
            return self[3:8]
        return self[8:13]


class EntryDay(NamedTuple):
    """The live diary entries of one day, summed."""

    day: date
    count: int
    reliever_puffs: int  # sum over the day's entries
    nights_woken: int  # entries that say woken at night
    any_red: bool  # an entry ticked a red sign
    any_amber: bool


@dataclass(frozen=True)
class DayData:
    """Per-day summaries of ``[start, end]`` for the chart's meter scale ``display``."""

    start: date
    end: date
    display: Scale
    readings: tuple[ReadingDay, ...]
    entries: tuple[EntryDay, ...]

    def cut(self, start: date, end: date) -> DayData:
        """The days of ``[start, end]`` (inside this one)."""
        return DayData(start, end, self.display,
                       tuple(r for r in self.readings if start <= r.day <= end),
                       tuple(e for e in self.entries if start <= e.day <= end))


DayLoader = Callable[[date], tuple[Sequence[PeakFlowReading], Sequence[SymptomEntry]]]


def split_days(timeline: PlanTimeline, start: date, end: date) -> set[date]:
    """Days in ``[start, end]`` on which a plan version came into force after midnight: two
    plans judge readings that day, so it is read reading by reading."""
    return {moment.date() for moment, _plan in timeline.versions
            if moment.time() != time() and start <= moment.date() <= end}


def period_stats_from_days(days: DayData, timeline: PlanTimeline, start: date, end: date,
                           load_day: DayLoader, scale: Scale | None = None) -> PeriodStats:
    """Exactly ``period_stats(readings, entries, timeline, start, end, scale)`` from the days
    (``days`` covers ``[start, end]``; ``load_day(day)`` reads one day's readings and entries)."""
    if end < start:
        raise ValueError("end must not be before start")
    scale = scale or _default_scale(timeline, end)
    if scale is not days.display:
        raise ValueError("the days were summarised for another scale")
    day_count = (end - start).days + 1
    split = split_days(timeline, start, end)
    tally = _Tally(sessions={}, day_zone={}, data_days=set(), recorded=set())
    readings_count = 0
    pending: date | None = None  # a summarised day holding the lowest per cent so far
    for day, rows in _by_day(r for r in days.readings if start <= r.day <= end):
        if day in split:
            readings = load_day(day)[0]
            readings_count += len(readings)
            before = tally.lowest_pct
            _walk_readings(readings, timeline, scale, tally)
            if tally.lowest_pct != before:
                pending = None
            continue
        plan = timeline.plan_at(day_start(day))
        judged = plan is not None and plan.personal_best is not None
        for row in rows:
            for period in (Period.MORNING, Period.EVENING):
                count, low, high, _total, _first = row.session(period)
                if not count:
                    continue
                readings_count += count
                tally.recorded.add((day, period))
                zone = None
                if judged:
                    pct, zone = judge_value(low, row.scale, plan)
                    if tally.lowest_pct is None or pct < tally.lowest_pct:
                        tally.lowest_pct, pending = pct, day
                tally.worsen(day, zone)
                if row.scale is not scale:
                    if not row.convertible:
                        tally.unconverted += count
                        continue
                    low, high = to_scale(low, row.scale, scale), to_scale(high, row.scale, scale)
                key = (day, period)
                tally.sessions[key] = max(high, tally.sessions.get(key, 0))
                tally.highest = high if tally.highest is None else max(tally.highest, high)
                tally.lowest = low if tally.lowest is None else min(tally.lowest, low)
    if pending is not None:  # the first reading of that day with the lowest per cent
        plan = timeline.plan_at(day_start(pending))
        tally.lowest_pct_at = next(
            r.taken_at for r in load_day(pending)[0]
            if judge_value(r.value, r.scale, plan)[0] == tally.lowest_pct)
    diary, reliever, nights = _entry_days(days, timeline, start, end, split, load_day, tally)
    zones = list(tally.day_zone.values())
    mean_morning, mean_evening = _session_means(tally.sessions)
    variability, variability_days = _variability(tally.sessions)
    return PeriodStats(
        start=start, end=end, days=day_count, scale=scale, readings_count=readings_count,
        mean_morning=mean_morning, mean_evening=mean_evening,
        highest=tally.highest, lowest=tally.lowest,
        lowest_pct_best=tally.lowest_pct, lowest_pct_at=tally.lowest_pct_at,
        variability_pct=variability, variability_days=variability_days,
        days_green=zones.count(Zone.GREEN), days_amber=zones.count(Zone.AMBER),
        days_red=zones.count(Zone.RED), days_unzoned=len(tally.data_days) - len(zones),
        days_no_data=day_count - len(tally.data_days), diary_days=len(diary),
        reliever_days=len(reliever), reliever_days_per_week=_per_week(len(reliever), day_count),
        night_waking_days=len(nights), nights_woken_per_week=_per_week(len(nights), day_count),
        sessions_recorded=len(tally.recorded),
        readings_missed=max(0, 2 * day_count - len(tally.recorded)),
        unconverted=tally.unconverted,
    )


def _by_day(rows):
    """``(day, [rows of that day])`` in order (rows come sorted by day)."""
    current, group = None, []
    for row in rows:
        if row.day != current and group:
            yield current, group
            group = []
        current = row.day
        group.append(row)
    if group:
        yield current, group


def _entry_days(days: DayData, timeline: PlanTimeline, start: date, end: date, split: set,
                load_day: DayLoader, tally: _Tally) -> tuple[set, set, set]:
    diary, reliever, nights = set(), set(), set()
    for row in days.entries:
        day = row.day
        if not start <= day <= end:
            continue
        if day in split:
            more = _walk_entries(load_day(day)[1], timeline, tally)
            for target, extra in zip((diary, reliever, nights), more, strict=True):
                target |= extra
            continue
        plan = timeline.plan_at(day_start(day))
        zone = None if plan is None else (
            Zone.RED if row.any_red else Zone.AMBER if row.any_amber else Zone.GREEN)
        tally.worsen(day, zone)
        diary.add(day)
        if row.reliever_puffs > 0:
            reliever.add(day)
        if row.nights_woken:
            nights.add(day)
    return diary, reliever, nights


def session_count(days: DayData, period: Period) -> int:
    """Readings of ``period`` a chart on ``days.display`` can draw (convertible ones)."""
    return sum(row.session(period)[0] for row in days.readings
               if row.scale is days.display or row.convertible)


def series_from_days(days: DayData, period: Period, start: date, end: date,
                     max_points: int) -> ChartSeries:
    """Exactly ``points_for_chart(readings of period, start, end, max_points, days.display)``
    when there are more readings than ``max_points`` (the envelope of each bucket: its true
    lowest and highest value, mean and count). Fewer: draw the readings themselves instead."""
    scale = days.display
    if session_count(days, period) <= max_points:
        raise ValueError("few enough readings to draw one by one: use points_for_chart")
    width = bucket_days_for(start, end, max_points)
    buckets: dict[int, list] = {}
    left_out = 0
    for row in days.readings:
        count, low, high, total, first = row.session(period)
        if not count:
            continue
        if row.scale is not scale:
            if not row.convertible:
                left_out += count
                continue
            low, high = (floor_on_scale(low, row.scale, scale),
                         floor_on_scale(high, row.scale, scale))
        index = (row.day - start).days // width
        bucket = buckets.get(index)
        if bucket is None:
            buckets[index] = [first, low, high, total, count]
        else:
            bucket[0] = min(bucket[0], first)
            bucket[1] = min(bucket[1], low)
            bucket[2] = max(bucket[2], high)
            bucket[3] += total
            bucket[4] += count
    points = tuple(ChartPoint(first, start + timedelta(days=index * width), low, high,
                              total / count, count)
                   for index, (first, low, high, total, count) in sorted(buckets.items()))
    return ChartSeries(points, width, scale, left_out)


def bars_from_days(days: DayData, start: date, end: date, width: int,
                   nights: bool) -> list[tuple[date, int, int | None]]:
    """(first day, days, total) of each ``width``-day bar from ``start``: reliever puffs, or
    with ``nights`` entries saying woken at night; total None where no entry."""
    count = (end - start).days // width + 1
    totals: list[int | None] = [None] * count
    for row in days.entries:
        if start <= row.day <= end:
            index = (row.day - start).days // width
            value = row.nights_woken if nights else row.reliever_puffs
            totals[index] = (totals[index] or 0) + value
    return [(start + timedelta(days=i * width), min(width, (end - start).days + 1 - i * width),
             total) for i, total in enumerate(totals)]
