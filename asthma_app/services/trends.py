"""Trends for one period: statistics, notes and chart series, loaded by indexed range queries.

Only the period asked for is read from the database (``readings_between`` on the
``(profile_id, taken_at)`` index), and what was read is kept: a period inside the one loaded
last is cut from memory, so moving around a range does not go back to the disk.
``refresh()`` forgets everything after the data changed. No Qt here.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from ..domain.assessment import judge_value as judge_plan_value
from ..domain.plan import ActionPlan, Scale
from ..domain.readings import PeakFlowReading, Period, SymptomEntry
from ..domain.series import (
    ChartPoint,
    ChartSeries,
    ZoneBand,
    bucket_days_for,
    points_for_chart,
    zone_bands,
)
from ..domain.statistics import PeriodStats, period_stats
from ..domain.text import fill, translate
from ..domain.timeline import PlanTimeline, day_after, day_start
from ..domain.trend_notes import notes_for
from ..domain.zones import Zone
from ..storage import repository

RANGES = {"2w": 14, "3m": 91, "1y": 365}  # days; "all" runs from the first data to today


def earliest_start(profile, first_data: date | None, end: date, key: str) -> date:
    """Start of the named range ``key`` ending on ``end``: its full length back, but never
    before the profile began or its first data, whichever is earlier (an imported history can
    be older than the profile). A profile made today counted 90 empty days and 181 missed
    readings that nobody could have taken."""
    began = [day for day in (profile.created_at and profile.created_at.date(), first_data) if day]
    floor = min(min(began, default=end), end)
    if key == "all":
        return floor
    return max(end - timedelta(days=RANGES[key] - 1), floor)


@dataclass(frozen=True)
class DiaryBar:
    """Diary figures over ``days`` days from ``start``; ``value`` None: no entry in them."""

    start: date
    days: int
    value: int | None


@dataclass(frozen=True)
class TrendsView:
    """Everything the Trends page shows for ``[start, end]`` (whole days)."""

    start: date
    end: date
    scale: Scale
    stats: PeriodStats
    notes: list[str]
    morning: ChartSeries
    evening: ChartSeries
    bands: list[ZoneBand]
    reliever: list[DiaryBar]  # puffs per bar
    nights: list[DiaryBar]  # nights woken per bar
    bar_days: int  # width of each diary bar in days
    timeline: PlanTimeline

    def series(self, period: Period) -> ChartSeries:
        return self.morning if period is Period.MORNING else self.evening


def _bars(entries: list[SymptomEntry], start: date, end: date, width: int,
          value) -> list[DiaryBar]:
    """``value(entry)`` summed over ``width``-day buckets from ``start``; None: no entries."""
    count = (end - start).days // width + 1
    totals: list[int | None] = [None] * count
    for entry in entries:
        index = (entry.recorded_at.date() - start).days // width
        totals[index] = (totals[index] or 0) + value(entry)
    return [DiaryBar(start + timedelta(days=i * width),
                     min(width, (end - start).days + 1 - i * width), total)
            for i, total in enumerate(totals)]


class TrendsService:
    def __init__(self, session):
        self._session = session
        self.refresh()

    def refresh(self) -> None:
        """Forget what was loaded (call after readings, entries or the plan changed)."""
        self._timeline: PlanTimeline | None = None
        self._loaded: tuple[datetime, datetime] | None = None
        self._readings: list[PeakFlowReading] = []
        self._entries: list[SymptomEntry] = []

    @property
    def timeline(self) -> PlanTimeline:
        if self._timeline is None:
            self._timeline = repository.plan_timeline(self._session.db, self._session.profile_id)
        return self._timeline

    def today(self) -> date:
        return self._session.clock().date()

    def first_day(self) -> date | None:
        """The first day with a reading or a diary entry (start of the "all" range)."""
        span = repository.data_span(self._session.db, self._session.profile_id)
        return span[0].date() if span else None

    def range_for(self, key: str, end: date | None = None) -> tuple[date, date]:
        """``[start, end]`` of a named range ending on ``end`` (default today)."""
        end = end or self.today()
        return earliest_start(self._session.profile, self.first_day(), end, key), end

    def _load(self, start: date, end: date) -> tuple[list, list]:
        low, high = day_start(start), day_after(end)
        if self._loaded is None or not (self._loaded[0] <= low and high <= self._loaded[1]):
            db, profile_id = self._session.db, self._session.profile_id
            self._readings = repository.readings_between(db, profile_id, low, high)
            self._entries = repository.entries_between(db, profile_id, low, high)
            self._loaded = (low, high)
        return _cut(self._readings, low, high), _cut(self._entries, low, high)

    def stats(self, start: date, end: date) -> PeriodStats:
        readings, entries = self._load(start, end)
        return period_stats(readings, entries, self.timeline, start, end)

    def view(self, start: date, end: date, max_points: int) -> TrendsView:
        """Statistics, notes and chart series for ``[start, end]``, at most ``max_points``
        points per peak-flow series and ``max_points`` points for the diary bars (4 a bar)."""
        readings, entries = self._load(start, end)
        timeline = self.timeline
        stats = period_stats(readings, entries, timeline, start, end)
        morning = [r for r in readings if r.session is Period.MORNING]
        evening = [r for r in readings if r.session is Period.EVENING]
        width = bucket_days_for(start, end, max(2, max_points // 2))
        plan = timeline.latest()
        return TrendsView(
            start, end, stats.scale, stats, notes_for(stats, plan),
            points_for_chart(morning, start, end, max_points, stats.scale),
            points_for_chart(evening, start, end, max_points, stats.scale),
            zone_bands(timeline, start, end, stats.scale),
            _bars(entries, start, end, width, lambda e: e.reliever_puffs),
            _bars(entries, start, end, width, lambda e: int(e.night_waking)),
            width, timeline)


def _cut(items: list, low: datetime, high: datetime) -> list:
    """The part of a time-sorted list in ``[low, high)``."""
    moments = [item.when for item in items] if len(items) < 64 else _Moments(items)
    return items[bisect_left(moments, low):bisect_left(moments, high)]


class _Moments:
    """A lazy view of ``items[i].when`` for bisect, without copying a long list."""

    def __init__(self, items: list):
        self._items = items

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, index: int) -> datetime:
        return self._items[index].when


# --- what a selected point means ------------------------------------------------------------

def judge_value(value: int, scale: Scale, plan: ActionPlan | None) -> tuple[int | None,
                                                                            Zone | None]:
    """(% of best rounded down, zone) of ``value`` under ``plan``; (None, None) if no zone.

    The Today card's exact rule (no rounding across meter scales).
    """
    if plan is None or not plan.personal_best:
        return None, None
    return judge_plan_value(value, scale, plan)


def _judgement(value: int, scale: Scale, plan: ActionPlan | None, lowest: bool) -> str:
    pct, zone = judge_value(value, scale, plan)
    if zone is None:
        return translate("Trends", "No zone: there was no plan with a personal best then.")
    if lowest:
        template = translate("Trends", "The lowest reading was %1 % of the personal best in "
                                       "your plan then: %2.")
    else:
        template = translate("Trends", "%1 % of the personal best in your plan then: %2.")
    return fill(template, pct, zone.label())


def describe_point(view: TrendsView, period: Period, point: ChartPoint,
                   when_text: str) -> str:
    """One plain sentence about a selected point; ``when_text`` is its date as the UI shows it."""
    plan = view.timeline.plan_at(point.at)
    session = period.label()
    if point.count == 1:
        head = fill(translate("Trends", "%1 reading, %2: %3 L/min."), session, when_text,
                    point.high)
    else:
        head = fill(translate("Trends", "%1 readings in the %2 days from %3: lowest %4 L/min, "
                                        "highest %5 L/min, average %6 L/min (%7 readings)."),
                    session, _bucket_width(view, period), when_text, point.low, point.high,
                    round(point.mean), point.count)
    return head + " " + _judgement(point.low, view.scale, plan, point.count > 1)


def _bucket_width(view: TrendsView, period: Period) -> int:
    return view.series(period).bucket_days
