"""Readings and diary entries of a period as one row per day, for long Trends periods.

Twenty years are 29,200 readings; read as objects and summed in Python they took most of a
second. SQLite keeps per-day sums (``reading_days`` and ``entry_days``, maintained by triggers:
migrations/m0006_daily_summaries.py), so a period reads one row per day, and
``domain/daily.py`` turns the rows into the figures and says why they equal those of the
readings themselves. Zones are judged in SQL with whole-number limits per plan version and
scale (``daily.zone_limits``). Two kinds of reading are read one by one instead, as before:
those on the other meter scale than the figures' (their conversion is a Python rule) and those
of a day on which a plan version came into force after midnight (two plans judge that day).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from ..domain.daily import (
    DAY,
    ENTRY_DAY,
    NEVER,
    ORDINAL,
    ZONE,
    DayData,
    PeriodTotals,
    highest_with_percent,
    one_decimal_of_mean,
    split_days,
    zone_limits,
)
from ..domain.peak_flow import floor_on_scale, percent_on_scale
from ..domain.plan import ActionPlan, Scale
from ..domain.readings import Period, period_for
from ..domain.series import ChartPoint, ChartSeries
from ..domain.statistics import _one_decimal, to_scale
from ..domain.timeline import PlanTimeline, day_after, day_start
from ..domain.zones import Zone
from .repository import entries_between

DayRow = tuple[Any, ...]  # a row of reading_days or entry_days (domain/daily.py columns)

if TYPE_CHECKING:
    from .db_types import Database

_LIVE = "profile_id = :profile AND deleted_at IS NULL AND replaced_by IS NULL"
_VALUE = ("CASE WHEN COALESCE(blow1, blow2, blow3) IS NULL THEN value "
          "ELSE MAX(COALESCE(blow1, 0), COALESCE(blow2, 0), COALESCE(blow3, 0)) END")


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def _span(timeline: PlanTimeline) -> str:
    """SQL: index of the plan version in force at the start of ``day`` (-1: before the
    first), the last version that came into force at or before its midnight, as
    ``PlanTimeline.plan_at``. (A version from later that day makes it a split day.)"""
    if not timeline.versions:
        return "-1"
    cases = " ".join(
        f"WHEN day {'>=' if when.time() == time() else '>'} '{when.date().isoformat()}' "
        f"THEN {index}"
        for index, (when, _plan) in reversed(list(enumerate(timeline.versions))))
    return f"CASE {cases} ELSE -1 END"


def _zone(timeline: PlanTimeline) -> str:
    """SQL: zone of the value ``v`` on ``scale`` under plan version ``span`` (NULL: none)."""
    cases = []
    for index, (_when, plan) in enumerate(timeline.versions):
        if plan.personal_best is None:
            continue
        by_scale = []
        for scale in Scale:
            red, amber = zone_limits(plan, scale)
            by_scale.append(f"WHEN '{scale.value}' THEN CASE WHEN v < {red} THEN {int(Zone.RED)} "
                            f"WHEN v < {amber} THEN {int(Zone.AMBER)} ELSE {int(Zone.GREEN)} END")
        cases.append(f"WHEN {index} THEN CASE scale {' '.join(by_scale)} END")
    return f"CASE span {' '.join(cases)} END" if cases else "NULL"


def days_between(db: Database, profile_id: int, timeline: PlanTimeline,
                 start: date, end: date, display: Scale) -> DayData:
    """Live readings and diary entries of ``[start, end]``, one row per day (domain.daily's
    columns; reading rows carry two more: plan version index and lowest value)."""
    split = sorted(split_days(timeline, start, end))
    params = {"profile": profile_id, "first": start.isoformat(), "last": end.isoformat(),
              "display": display.value}
    lowest = ("CASE WHEN morning_low IS NULL THEN evening_low WHEN evening_low IS NULL "
              "THEN morning_low ELSE MIN(morning_low, evening_low) END")
    highest = ("CASE WHEN morning_high IS NULL THEN evening_high WHEN evening_high IS NULL "
               "THEN morning_high ELSE MAX(morning_high, evening_high) END")
    summed = db.execute(f"""
        SELECT day, {_zone(timeline)}, morning_high, evening_high, {highest}, v,
               morning_count, morning_low, morning_high, morning_total, morning_count,
               morning_first, evening_count, evening_low, evening_high, evening_total,
               evening_count, evening_first, CAST(julianday(day) - 1721424.5 AS INTEGER),
               span, v
        FROM (SELECT *, {lowest} AS v, {_span(timeline)} AS span
              FROM reading_days WHERE profile_id = :profile AND day >= :first
              AND day <= :last AND scale = :display)
        ORDER BY day""", params).fetchall()
    entries = db.execute(f"""
        SELECT day, CASE WHEN span < 0 THEN NULL WHEN any_red THEN {int(Zone.RED)}
                         WHEN any_amber THEN {int(Zone.AMBER)} ELSE {int(Zone.GREEN)} END,
               entries, reliever_puffs, nights_woken,
               CAST(julianday(day) - 1721424.5 AS INTEGER)
        FROM (SELECT *, {_span(timeline)} AS span FROM entry_days
              WHERE profile_id = :profile AND day >= :first AND day <= :last)
        ORDER BY day""", params).fetchall()
    if split:
        days = set(map(date.isoformat, split))
        summed = [row for row in summed if row[DAY] not in days]
        entries = [row for row in entries if row[ENTRY_DAY] not in days] + _entry_rows(
            db, profile_id, timeline, split)
    lows = [(row[DAY], row[ORDINAL + 1], row[ORDINAL + 2]) for row in summed]
    other = other_scale(db, profile_id, start, end, display)
    one_by_one, pcts = (_reading_rows(db, profile_id, timeline, start, end, display, split)
                        if split or other else ([], []))
    if one_by_one:
        summed = _merge(summed, one_by_one)
        lows = sorted(lows + pcts, key=lambda low: low[0])
    return DayData(start, end, display, tuple(summed),
                   tuple(sorted(entries, key=lambda row: row[ENTRY_DAY])), tuple(lows))


def _reading_rows(db: Database, profile_id: int, timeline: PlanTimeline, start: date, end: date,
                  display: Scale, split: list[date]) -> tuple[list[DayRow], list[DayRow]]:
    """Day rows of the readings read one by one (on the other scale, or on a split day), and
    their lows (``DayData.lows``)."""
    days = ", ".join(f"'{day.isoformat()}'" for day in split)
    params = {"profile": profile_id, "low": _iso(day_start(start)),
              "high": _iso(day_after(end)), "display": display.value}
    sql = (f"SELECT taken_at, scale, {_VALUE}, period FROM readings WHERE {_LIVE} "
           f"AND taken_at >= :low AND taken_at < :high AND (scale != :display"
           f"{f' OR substr(taken_at, 1, 10) IN ({days})' if split else ''}) "
           f"ORDER BY taken_at, id")
    rows: dict[str, DayRow] = {}
    pcts: dict[str, DayRow] = {}
    for taken, scale, value, period in db.execute(sql, params):
        moment, scale = datetime.fromisoformat(taken), Scale(scale)
        morning = (period == "morning" if period in ("morning", "evening")
                   else period_for(moment).value == "morning")
        plan = timeline.plan_at(moment)
        zone = pct = None
        if plan is not None and plan.personal_best is not None:
            zone = int(zone_on_plan(value, scale, plan))
            pct = percent_on_scale(value, scale, plan.personal_best, plan.scale)
        converted = to_scale(value, scale, display)
        drawn = None if converted is None else floor_on_scale(value, scale, display)
        one = _reading_row(taken[:10], zone, morning, converted, drawn, taken)
        day = rows.get(one[DAY])
        rows[one[DAY]] = one if day is None else _combine(day, one)
        if pct is not None and (one[DAY] not in pcts or pct < pcts[one[DAY]][2][0]):
            pcts[one[DAY]] = (one[DAY], None, (pct, moment))  # the first with the lowest
    return list(rows.values()), list(pcts.values())


def zone_on_plan(value: int, scale: Scale, plan: ActionPlan) -> Zone:
    red, amber = zone_limits(plan, scale)
    return Zone.RED if value < red else Zone.AMBER if value < amber else Zone.GREEN


def _reading_row(day: str, zone: int | None, morning: bool, converted: int | None,
                 drawn: int | None, taken: str) -> DayRow:
    """The day row of one reading."""
    session = (1, drawn, drawn, drawn, 0 if drawn is None else 1,
               None if drawn is None else taken)
    empty = (0, None, None, None, 0, None)
    return ((day, zone, converted if morning else None, None if morning else converted,
             converted, converted) + (session + empty if morning else empty + session)
            + (date.fromisoformat(day).toordinal(),))


def _pick(a: Any, b: Any, choose: Callable[[Any, Any], Any]) -> Any:  # SQL values
    return b if a is None else a if b is None else choose(a, b)


def _combine(a: DayRow, b: DayRow) -> DayRow:
    """Two rows of one day as one (``b`` later or on another scale)."""
    row = [a[DAY], _pick(a[ZONE], b[ZONE], max), _pick(a[2], b[2], max), _pick(a[3], b[3], max),
           _pick(a[4], b[4], max), _pick(a[5], b[5], min)]
    for at in (6, 12):
        row += [a[at] + b[at], _pick(a[at + 1], b[at + 1], min),
                _pick(a[at + 2], b[at + 2], max), _pick(a[at + 3], b[at + 3], lambda x, y: x + y),
                a[at + 4] + b[at + 4], _pick(a[at + 5], b[at + 5], min)]
    return (*row, a[ORDINAL])


def _merge(summed: list[DayRow], one_by_one: list[DayRow]) -> list[DayRow]:
    """Rows from the sums and rows read one by one, one row per day in day order."""
    by_day = {row[DAY]: row for row in summed}
    for row in one_by_one:
        known = by_day.get(row[DAY])
        by_day[row[DAY]] = row if known is None else _combine(known, row)
    return [by_day[day] for day in sorted(by_day)]


def _entry_rows(db: Database, profile_id: int, timeline: PlanTimeline,
               split: list[date]) -> list[DayRow]:
    """Entry day rows of split days, each entry judged under the plan of its own moment."""
    rows = []
    for day in split:
        entries = entries_between(db, profile_id, day_start(day), day_after(day))
        if not entries:
            continue
        zones = []
        for entry in entries:
            plan = timeline.plan_at(entry.recorded_at)
            if plan is not None:
                zones.append(int(Zone.RED if entry.red_signs else
                                 Zone.AMBER if entry.amber_signs else Zone.GREEN))
        rows.append((day.isoformat(), max(zones) if zones else None, len(entries),
                     sum(e.reliever_puffs for e in entries),
                     sum(1 for e in entries if e.night_waking), day.toordinal()))
    return rows


def lowest_percent(db: Database, profile_id: int, timeline: PlanTimeline,
                   days: DayData) -> tuple[int, datetime] | None:
    """Lowest per cent of best in ``days`` (each reading under the plan in force at its
    moment) and the moment of the first reading with it; None if no reading had a plan with
    a personal best. Per cent never falls as a value rises, so a summed day's lowest value
    gives its lowest per cent, and the first reading at or below the highest value with that
    per cent is the one."""
    best: tuple[int, datetime] | None = None  # from readings read one by one: exact already
    first_day: tuple[int, str, int] | None = None  # (per cent, day, plan index) of a sum
    for day, span, value in days.lows:
        if span is None:
            if best is None or value[0] < best[0]:
                best = value
            continue
        plan = timeline.versions[span][1] if span >= 0 else None
        if value is None or plan is None or plan.personal_best is None:
            continue
        pct = percent_on_scale(value, days.display, plan.personal_best, plan.scale)
        if first_day is None or pct < first_day[0]:
            first_day = (pct, day, span)
    if first_day is None:
        return best
    pct, day, span = first_day
    if best is not None and best[0] < pct:
        return best
    plan = timeline.versions[span][1]
    limit = min(highest_with_percent(plan, days.display, pct), NEVER)
    taken = db.execute(
        f"SELECT MIN(taken_at) FROM readings WHERE {_LIVE} AND taken_at >= :low "
        f"AND taken_at < :high AND scale = :display AND {_VALUE} <= :limit",
        {"profile": profile_id, "low": _iso(day_start(date.fromisoformat(day))),
         "high": _iso(day_after(date.fromisoformat(day))), "display": days.display.value,
         "limit": limit}).fetchone()[0]
    moment = datetime.fromisoformat(taken)
    if best is not None and best[0] == pct and best[1] < moment:
        return best
    return pct, moment


# --- the usual case: every reading on the figures' scale, no mid-day plan change -----------
# SQLite then adds up the day sums too, and Python gets a few rows (buckets, totals).

_DAYS = ("FROM reading_days WHERE profile_id = :profile AND day >= :first AND day <= :last "
         "AND scale = :display")
_LOW = ("CASE WHEN morning_low IS NULL THEN evening_low WHEN evening_low IS NULL "
        "THEN morning_low ELSE MIN(morning_low, evening_low) END")
_ORDINAL = "CAST(julianday(day) - 1721424.5 AS INTEGER)"
# a day's amplitude (% of its mean) from its best morning and evening reading
# (the difference's size as ABS: the same number as MAX - MIN, exactly, in fewer steps)
_AMPLITUDE = ("200.0 * ABS(morning_high - evening_high) / (morning_high + evening_high)")


def _day_params(profile_id: int, start: date, end: date, display: Scale) -> dict[str, Any]:
    return {"profile": profile_id, "first": start.isoformat(), "last": end.isoformat(),
            "display": display.value}


def summed_only(db: Database, profile_id: int, timeline: PlanTimeline,
                start: date, end: date, display: Scale) -> bool:
    """True when the day sums alone give ``[start, end]`` (no reading read one by one)."""
    if split_days(timeline, start, end):
        return False
    return not other_scale(db, profile_id, start, end, display)


def other_scale(db: Database, profile_id: int, start: date, end: date, display: Scale) -> bool:
    """True if ``[start, end]`` has readings on another scale than ``display`` (a look-up on
    the index by scale: migrations/m0011)."""
    return any(db.execute("SELECT 1 FROM reading_days WHERE profile_id = :profile "
                          "AND scale = :other AND day >= :first AND day <= :last LIMIT 1",
                          dict(_day_params(profile_id, start, end, display),
                               other=other.value)).fetchone()
               for other in Scale if other is not display)


# repr=False: never printed, and each method a dataclass makes is compiled from source when
# the module is imported (opening Trends cold; docs/performance.md).
@dataclass(frozen=True, repr=False, eq=False)  # never compared: read field by field
class SummedPeriod:
    """What :func:`summed_period` adds up: the totals, the lowest per cent of best (see
    :func:`lowest_percent`), the chart buckets and the reliever and night bars."""

    totals: PeriodTotals
    lowest: tuple[int, datetime] | None
    buckets: list[DayRow]  # per chart bucket: see summed_series
    reliever: list[tuple[date, int, int | None]]
    nights: list[tuple[date, int, int | None]]


# Zone counts come back packed in one integer per row (SQLite works out a named expression
# again wherever it is used): days of zone 1 + 2**21 x days of zone 2 + 2**42 x days of zone 3.
# A group never holds more than 2**20 days (the widths are capped), so the fields never mix.
_FIELD = 1 << 21
_MAX_WIDTH = 1 << 20


def _unpack(packed: int | None) -> tuple[int, int, int]:
    packed = packed or 0
    return packed % _FIELD, packed // _FIELD % _FIELD, packed // (_FIELD * _FIELD)


def _spans(timeline: PlanTimeline, start: date, end: date) -> list[tuple[int, date, date]]:
    """(plan version index, -1 before the first; first day; last day) of each stretch of
    ``[start, end]`` under one version, in day order: as :func:`_span`, the version in force
    at each day's midnight (:func:`summed_only`: no version starts later in a day here)."""
    firsts = [when.date() if when.time() == time() else when.date() + timedelta(days=1)
              for when, _plan in timeline.versions]
    bounds = [(-1, start), *enumerate(firsts)]
    spans = []
    for at, (index, first) in enumerate(bounds):
        following = bounds[at + 1][1] if at + 1 < len(bounds) else None
        low = max(first, start)
        if following is not None and following <= low:
            continue  # a later version takes over before this one's first day in range
        high = end if following is None else min(end, following - timedelta(days=1))
        if low <= high:
            spans.append((index, low, high))
    return spans


def _column_sums(rows: list[list[Any]], first: int) -> list[int]:
    """Sum of each column of ``rows`` from ``first`` on (NULL: nothing to add)."""
    return [sum(filter(None, column))
            for column in zip(*(row[first:] for row in rows), strict=True)]


def _add(a: Any, b: Any) -> Any:
    return a + b


# how the chart columns of two pieces of one bucket make one: (first, low, high, sum, number)
_BUCKET_HOW: tuple[Callable[[Any, Any], Any], ...] = (min, min, max, _add, _add) * 2


def _pieces(spans: list[tuple[int, date, date]], start: date,
            width: int) -> list[tuple[int, int, int, int]]:
    """(group index, span number, first day, last day: ordinals) of each part of a plan
    version's stretch inside one group of ``width`` days from ``start``, in day order."""
    pieces = []
    origin = start.toordinal()
    for number, (_index, first, last) in enumerate(spans):
        low, end = first.toordinal(), last.toordinal()
        group = (low - origin) // width
        while low <= end:
            high = min(end, origin + (group + 1) * width - 1)
            pieces.append((group, number, low, high))
            low, group = high + 1, group + 1
    return pieces


# The pieces of a plan version come as one JSON parameter, so the statement's text stays the
# same (prepared once; a list of constants made SQLite parse and compile hundreds of rows
# each time), kept in a table of their own (MATERIALIZED: else each piece would read its
# days out of the JSON text again); the version's zone limits are parameters.
_PIECES = ("WITH p AS MATERIALIZED (SELECT key AS at, value ->> 0 AS lo, value ->> 1 AS hi "
           "FROM json_each(:pieces))")


def _driver(pieces: list[tuple[int, int, int, int]]) -> str:
    """The pieces as JSON for :data:`_PIECES`: [first day, last day] each, in order."""
    day = date.fromordinal
    return json.dumps([[day(low).isoformat(), day(high).isoformat()]
                       for _group, _number, low, high in pieces])


def _limits_of(timeline: PlanTimeline, spans: list[tuple[int, date, date]],
               display: Scale) -> list[tuple[int, int, int]]:
    """Per span: (a plan in force 1/0, red below, amber below; -1: no personal best, so no
    reading value is judged)."""
    limits = []
    for index, _first, _last in spans:
        plan = timeline.versions[index][1] if index >= 0 else None
        if plan is None:
            limits.append((0, -1, -1))
        elif plan.personal_best is None:
            limits.append((1, -1, -1))
        else:
            limits.append((1, *zone_limits(plan, display)))
    return limits


def _read_pieces(db: Database, columns: Callable[[int, int], str], source: str,
                 params: dict[str, Any], pieces: list[tuple[int, int, int, int]],
                 limits: list[tuple[int, int, int]], day: str) -> list[list[Any]]:
    """``[place in pieces, days, *columns]`` of each piece with days in ``source`` (SQL:
    ``table WHERE ...`` of the piece ``p``'s days; ``day``: its day column), added up by
    SQLite one piece at a time, one statement per plan version (its limits as parameters,
    not read from the piece for every day; ``columns(planned, red)``: the columns' SQL for
    that version), all of them back as one JSON text (in any
    order: each carries its place). Pieces of one day each (a short period) are the groups
    of a ``GROUP BY`` of the day instead: the key's order, so nothing is sorted, and no
    piece is looked up on its own."""
    one_day = all(low == high for _group, _number, low, high in pieces)
    rows = []
    at = 0  # place of the version's first piece
    for number in sorted({piece[1] for piece in pieces}):
        own = [piece for piece in pieces if piece[1] == number]
        planned, red, amber = limits[number]
        limit_params = dict(params, planned=planned, red=red, amber=amber)
        version_columns = columns(planned, red)
        if one_day:
            text = db.execute(
                f"SELECT group_concat(x) FROM (SELECT json_array({day}, "
                f"{_named(version_columns)}) "
                f"AS x FROM {_named(source)} GROUP BY {day})",
                dict(limit_params, lo=date.fromordinal(own[0][2]).isoformat(),
                     hi=date.fromordinal(own[-1][2]).isoformat())).fetchone()[0]
            first = own[0][2]
            for row in json.loads(f"[{text or ''}]"):
                row[0] = at + date.fromisoformat(row[0]).toordinal() - first
                rows.append(row)
        else:
            limited = _named(version_columns, ("planned", "red", "amber"))
            text = db.execute(f"{_PIECES} SELECT group_concat((SELECT json_array(p.at, "
                              f"{limited}) FROM {source})) FROM p",
                              dict(limit_params, pieces=_driver(own))).fetchone()[0]
            for row in json.loads(f"[{text or ''}]"):
                row[0] += at
                rows.append(row)
        at += len(own)
    return [row for row in rows if row[1]]


def _named(sql: str, columns: tuple[str, ...] = ("lo", "hi", "planned", "red",
                                                 "amber")) -> str:
    """``sql`` with the piece's ``columns`` as named parameters (``p.red`` -> ``:red``)."""
    for column in columns:
        sql = sql.replace(f"p.{column}", f":{column}")
    return sql


def summed_period(db: Database, profile_id: int, timeline: PlanTimeline, start: date,
                  end: date, display: Scale, width: int, bar_width: int,
                  totals: bool = True) -> SummedPeriod:
    """Totals, chart buckets of ``width`` days and diary bars of ``bar_width`` days from
    ``start``, when :func:`summed_only`: one read of the reading days and one of the entry
    days. Each is cut into pieces (a chart bucket or bar under one plan version, its zone
    limits given with it), and SQLite adds up each piece's days, found by the key's range:
    in day order already, so nothing is sorted or grouped (a ``GROUP BY`` of the bucket made
    SQLite sort every day first), and no day's date is parsed. ``totals=False``: the buckets
    and bars alone (no zone judged)."""
    params = _day_params(profile_id, start, end, display)
    width, bar_width = min(width, _MAX_WIDTH), min(bar_width, _MAX_WIDTH)
    spans = _spans(timeline, start, end)
    limits = _limits_of(timeline, spans, display)
    chart = ("COUNT(*), MIN(morning_first), MIN(morning_low), MAX(morning_high), "
             "SUM(morning_total), SUM(morning_count), MIN(evening_first), MIN(evening_low), "
             "MAX(evening_high), SUM(evening_total), SUM(evening_count)")

    def columns(planned: int, red: int) -> str:
        """The reading pieces' columns under a version: ``planned`` (1/0) and whether it has
        a personal best (``red >= 0``) are folded into the SQL, not asked of every day."""
        if not totals:
            return chart
        # zone of a day: the worse of its lowest reading's and its entries' signs (0: none;
        # days with readings and entries counted once without a plan; the signs are kept in
        # the reading day: migrations/m0011); a session's lowest below a limit is the day's
        # lowest below it; under a personal best every day has a zone (green at least),
        # without one only a day with entries
        # (a session's highest is there exactly when it has a reading: its recorded sessions)
        rest = "1" if red >= 0 else "CASE WHEN entry_signs IS NOT NULL THEN 1 ELSE 0 END"
        zone = (f"SUM(CASE WHEN morning_low < p.red OR evening_low < p.red "
                f"OR entry_signs = 2 THEN {_FIELD * _FIELD} WHEN morning_low < p.amber "
                f"OR evening_low < p.amber OR entry_signs = 1 THEN {_FIELD} ELSE {rest} END)"
                if planned else "0")  # (without a plan no day has a zone: not read)
        # (the day's signs read once, the usual "none" first; NULL: no entries)
        signs = (f"SUM(CASE entry_signs WHEN 0 THEN 1 WHEN 1 THEN {_FIELD} WHEN 2 "
                 f"THEN {_FIELD * _FIELD} ELSE entry_signs IS NOT NULL END)"
                 if planned else "SUM(entry_signs IS NOT NULL)")
        # (the counts are never NULL: readings = morning + evening counts)
        return (f"{chart}, SUM(morning_high), COUNT(morning_high), SUM(evening_high), "
                f"COUNT(evening_high), {zone}, {signs}, SUM({_AMPLITUDE}), "
                f"COUNT(morning_high + evening_high)")

    pieces = _pieces(spans, start, width)
    buckets: dict[int, list[Any]] = {}
    extra: dict[int, list[Any]] = {}  # per span: the totals' columns
    lows: dict[int, list[tuple[int, int | None]]] = {}  # per span: (bucket, lowest value)
    by_span: dict[int, list[list[Any]]] = {}
    for row in _read_pieces(db, columns, "reading_days AS r WHERE r.profile_id = "
                            ":profile AND r.day >= p.lo AND r.day <= p.hi "
                            "AND r.scale = :display", params, pieces, limits, "r.day"):
        group, number = pieces[row[0]][:2]
        index = spans[number][0]
        known = buckets.get(group)
        buckets[group] = row[2:12] if known is None else [  # a bucket under two versions
            _pick(old, new, choose) for old, new, choose in
            zip(known, row[2:12], _BUCKET_HOW, strict=True)]
        lows.setdefault(index, []).append((group, _pick(row[3], row[8], min)))
        by_span.setdefault(index, []).append(row)
    if totals:
        for index, rows in by_span.items():
            sums = _column_sums(rows, 12)
            extra[index] = [sums[1] + sums[3], *sums[:4], sum(row[1] for row in rows),
                            *sums[4:]]
    bar_pieces = _pieces(spans, start, bar_width)

    def entry_columns(planned: int, _red: int) -> str:
        """The bar pieces' columns."""
        bar = "COUNT(*), SUM(reliever_puffs), SUM(nights_woken)"
        if not totals:
            return bar
        zone = (f"SUM(CASE WHEN any_red THEN {_FIELD * _FIELD} WHEN any_amber "
                f"THEN {_FIELD} ELSE 1 END)" if planned else "0")  # (see columns)
        return f"{bar}, SUM(reliever_puffs > 0), SUM(nights_woken > 0), {zone}"

    bars: dict[int, list[Any]] = {}
    entry_extra: dict[int, list[Any]] = {}
    by_span = {}
    for row in _read_pieces(db, entry_columns, "entry_days WHERE profile_id = :profile "
                            "AND day >= p.lo AND day <= p.hi", params, bar_pieces, limits,
                            "day"):
        group, number = bar_pieces[row[0]][:2]
        known = bars.get(group)
        bars[group] = row[2:4] if known is None else [known[0] + row[2], known[1] + row[3]]
        by_span.setdefault(spans[number][0], []).append(row)
    if totals:
        for index, rows in by_span.items():
            entry_extra[index] = [sum(row[1] for row in rows), *_column_sums(rows, 4)]
    ordered = [(key, *buckets[key]) for key in sorted(buckets)]
    reliever, nights = _bars(bars, start, end, bar_width)
    if not totals:
        return SummedPeriod(PeriodTotals(0, 0, (0, 0), (0, 0), None, None, None, 0, {}, 0, 0,
                                         0),
                            None, ordered, reliever, nights)
    return SummedPeriod(_totals(db, params, spans, ordered, extra, entry_extra,
                                len(pieces) + len(spans)),
                        _lowest_from_lows(db, timeline, params, spans, lows, width),
                        ordered, reliever, nights)


def _bars(bars: dict[int, list[Any]], start: date, end: date,
          width: int) -> tuple[list[tuple[date, int, int | None]],
                               list[tuple[date, int, int | None]]]:
    """``daily.bars_from_days`` of the reliever puffs and of the nights woken."""
    count = (end - start).days // width + 1
    result: tuple[list[tuple[date, int, int | None]], ...] = ([], [])
    for i in range(count):
        first = start + timedelta(days=i * width)
        days = min(width, (end - start).days + 1 - i * width)
        sums = bars.get(i, (None, None))
        for column in (0, 1):
            result[column].append((first, days, sums[column]))
    return result[0], result[1]


def _totals(db: Database, params: dict[str, Any], spans: list[tuple[int, date, date]],
            buckets: list[DayRow], extra: dict[int, list[Any]],
            entry_extra: dict[int, list[Any]], terms: int) -> PeriodTotals:
    """The period's totals from the groups of :func:`summed_period`."""
    recorded = morning_sum = mornings = evening_sum = evenings = 0
    zone_days: dict[int | None, int] = {}

    def count(zone: int | None, days: int) -> None:
        if days:
            zone_days[zone] = zone_days.get(zone, 0) + days

    diary = reliever = nights = 0
    for index, _first, _last in spans:
        row = extra.get(index)
        joined, joined_zones = 0, (0, 0, 0)
        if row is not None:
            recorded += row[0]
            morning_sum += row[1] or 0
            mornings += row[2]
            evening_sum += row[3] or 0
            evenings += row[4]
            if index < 0:
                count(None, row[5])
                joined = row[7]
            else:
                zones = _unpack(row[6])
                for zone, days in zip((1, 2, 3), zones, strict=True):
                    count(zone, days)
                count(None, row[5] - sum(zones))
                joined_zones = _unpack(row[7])
        entries = entry_extra.get(index)
        if entries is not None:
            diary += entries[0]
            reliever += entries[1] or 0
            nights += entries[2] or 0
            if index < 0:
                count(None, entries[0] - joined)
            else:  # days with entries only
                for zone, days, known in zip(
                        (1, 2, 3), _unpack(entries[3]),
                        joined_zones, strict=True):
                    count(zone, days - known)
    readings = sum(bucket[5] + bucket[10] for bucket in buckets)
    highest = max(filter(None, (high for bucket in buckets for high in (bucket[3], bucket[8]))),
                  default=None)
    lowest = min(filter(None, (low for bucket in buckets for low in (bucket[2], bucket[7]))),
                 default=None)
    amplitude_total = amplitude_days = 0
    for row in extra.values():
        amplitude_total += row[8] or 0
        amplitude_days += row[9]
    variability = one_decimal_of_mean(amplitude_total, amplitude_days, terms)
    if amplitude_days and variability is None:  # too close to call: as period_stats does
        amplitudes = [value for (value,) in db.execute(
            f"SELECT {_AMPLITUDE} {_DAYS} AND morning_high IS NOT NULL "
            f"AND evening_high IS NOT NULL ORDER BY day", params)]
        variability = _one_decimal(sum(amplitudes) / len(amplitudes))
    return PeriodTotals(readings, recorded, (morning_sum, mornings), (evening_sum, evenings),
                        highest, lowest, variability, amplitude_days, zone_days, diary,
                        reliever, nights)


def _lowest_from_lows(db: Database, timeline: PlanTimeline, params: dict[str, Any],
                      spans: list[tuple[int, date, date]],
                      lows: dict[int, list[tuple[int, int | None]]],
                      width: int) -> tuple[int, datetime] | None:
    """The lowest per cent of best (see :func:`lowest_percent`) from each version's lowest
    value per bucket: the lowest value of a version gives its lowest per cent, and the first
    day at or below the highest value with the lowest per cent lies in the first bucket (of
    the first version with it) whose lowest value is that low."""
    display = Scale(params["display"])
    found = []
    for index, first, last in spans:
        plan = timeline.versions[index][1] if index >= 0 else None
        values = [low for _bucket, low in lows.get(index, ()) if low is not None]
        if plan is None or plan.personal_best is None or not values:
            continue
        pct = percent_on_scale(min(values), display, plan.personal_best, plan.scale)
        found.append((pct, index, first, last, plan))
    if not found:
        return None
    lowest = min(pct for pct, *_rest in found)
    pct, index, first, last, plan = next(one for one in found if one[0] == lowest)
    limit = min(highest_with_percent(plan, display, lowest), NEVER)
    origin = date.fromisoformat(params["first"])
    bucket = min(bucket for bucket, low in lows[index] if low is not None and low <= limit)
    low_day = max(first, origin + timedelta(days=bucket * width))
    high_day = min(last, origin + timedelta(days=(bucket + 1) * width - 1))
    day = db.execute(f"SELECT MIN(day) FROM reading_days WHERE profile_id = :profile "
                     f"AND day >= :low AND day <= :high AND scale = :display "
                     f"AND {_LOW} <= :limit",
                     dict(params, low=low_day.isoformat(), high=high_day.isoformat(),
                          limit=limit)).fetchone()[0]
    taken = db.execute(
        f"SELECT MIN(taken_at) FROM readings WHERE {_LIVE} AND taken_at >= :low "
        f"AND taken_at < :high AND scale = :display AND {_VALUE} <= :limit",
        {"profile": params["profile"], "low": _iso(day_start(date.fromisoformat(day))),
         "high": _iso(day_after(date.fromisoformat(day))), "display": display.value,
         "limit": limit}).fetchone()[0]
    return lowest, datetime.fromisoformat(taken)


def summed_series(buckets: list[DayRow], start: date, display: Scale, period: Period,
                  width: int) -> ChartSeries:
    """``points_for_chart`` of ``period`` as an envelope from :func:`summed_period`'s buckets: each
    bucket's lowest, highest, mean, count and first moment."""
    at, origin = 1 if period is Period.MORNING else 6, start.toordinal()
    parse, day = datetime.fromisoformat, date.fromordinal
    points = tuple(ChartPoint(parse(row[at]), day(origin + row[0] * width), row[at + 1],
                              row[at + 2], row[at + 3] / row[at + 4], row[at + 4])
                   for row in buckets if row[at + 4])
    return ChartSeries(points, width, display, 0)


