"""Trends for one period: statistics, notes and chart series, from per-day sums.

Statistics, the envelopes of long periods and the diary bars come from the per-day sums SQLite
keeps (``storage/day_summaries.py``; usually added up by SQLite too), so twenty years are a
few thousand rows, not 29,200 reading objects. Only a series with no more readings than the
chart has points is read reading by reading (``readings_between`` on the
``(profile_id, taken_at)`` index); what was read is kept, and a period inside the one loaded
last is cut from memory. ``refresh()`` forgets everything after the data changed. No Qt here.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from ..domain.assessment import judge_value as judge_plan_value
from ..domain.daily import (
    DayData,
    bars_from_days,
    period_stats_from_days,
    period_stats_from_totals,
    series_from_days,
    session_count,
)
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
from ..domain.statistics import HasWhen, PeriodStats, Timed, display_scale
from ..domain.text import fill, translate
from ..domain.timeline import PlanTimeline, day_after, day_start
from ..domain.trend_notes import notes_for
from ..domain.zones import Zone
from ..storage import day_summaries, repository

if TYPE_CHECKING:
    from ..domain.doses import AdherenceBar
    from ..domain.profile import Profile
    from .session import Session


RANGES = {"2w": 14, "3m": 91, "1y": 365}  # days; "all" runs from the first data to today


def earliest_start(profile: Profile, first_data: date | None, end: date, key: str) -> date:
    """Start of the named range ``key`` ending on ``end``: its full length back, but never
    before the profile began or its first data, whichever is earlier (an imported history can
    be older than the profile). A profile made today counted 90 empty days and 181 missed
    readings that nobody could have taken."""
    began = [day for day in (profile.created_at and profile.created_at.date(), first_data) if day]
    floor = min(min(began, default=end), end)
    if key == "all":
        return floor
    return max(end - timedelta(days=RANGES[key] - 1), floor)


# repr=False: never printed, and each method a dataclass makes is compiled from source when
# the module is imported (opening Trends cold; docs/performance.md).
@dataclass(frozen=True, repr=False)
class DiaryBar:
    """Diary figures over ``days`` days from ``start``; ``value`` None: no entry in them."""

    start: date
    days: int
    value: int | None


@dataclass(frozen=True, repr=False)
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
    adherence: tuple[AdherenceBar, ...] = ()  # per diary bar (the same widths)

    @property
    def doses_due(self) -> int:
        return sum(bar.due for bar in self.adherence)

    @property
    def doses_taken(self) -> int:
        return sum(bar.taken for bar in self.adherence)

    @property
    def reliever_puffs_per_week(self) -> float | None:
        """Puffs over the days with a diary entry, as a weekly rate (days not logged are not
        counted as days without reliever, which would make it too low)."""
        days = self.stats.diary_days
        if not days:
            return None
        return round(sum(bar.value or 0 for bar in self.reliever) * 7 / days, 1)

    def series(self, period: Period) -> ChartSeries:
        return self.morning if period is Period.MORNING else self.evening


class TrendsService:
    def __init__(self, session: Session) -> None:
        self._session = session
        self.refresh()

    def refresh(self) -> None:
        """Forget what was loaded (call after readings, entries or the plan changed)."""
        self._timeline: PlanTimeline | None = None
        self._loaded: tuple[datetime, datetime] | None = None
        self._readings: list[PeakFlowReading] = []
        self._entries: list[SymptomEntry] = []
        self._summaries: DayData | None = None
        # SQLite's answers by (start, end, scale): kept, like the rest, until the data changes
        self._summed_only_of: dict[tuple[date, date, Scale], bool] = {}
        self._summed_stats_of: dict[tuple[date, date, Scale], PeriodStats] = {}

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

    def _load(self, start: date, end: date) -> tuple[list[PeakFlowReading], list[SymptomEntry]]:
        low, high = day_start(start), day_after(end)
        if self._loaded is None or not (self._loaded[0] <= low and high <= self._loaded[1]):
            db, profile_id = self._session.db, self._session.profile_id
            self._readings = repository.readings_between(db, profile_id, low, high)
            self._entries = repository.entries_between(db, profile_id, low, high)
            self._loaded = (low, high)
        return _cut(self._readings, low, high), _cut(self._entries, low, high)

    def _days(self, start: date, end: date, scale: Scale) -> DayData:
        """Per-day sums of ``[start, end]`` for figures on ``scale`` (7,300 rows for twenty
        years); a period inside the one summed last is cut from memory."""
        known = self._summaries
        if known is None or known.display is not scale or not (
                known.start <= start and end <= known.end):
            known = self._summaries = day_summaries.days_between(
                self._session.db, self._session.profile_id, self.timeline, start, end, scale)
        return known if (known.start, known.end) == (start, end) else known.cut(start, end)

    def _stats(self, days: DayData, start: date, end: date) -> PeriodStats:
        lowest = day_summaries.lowest_percent(self._session.db, self._session.profile_id,
                                              self.timeline, days)
        return period_stats_from_days(days, start, end, lowest)

    def stats(self, start: date, end: date) -> PeriodStats:
        """``period_stats`` of ``[start, end]``, summed by SQLite (domain/daily.py)."""
        if end < start:
            raise ValueError("end must not be before start")
        scale = display_scale(self.timeline, end)
        if self._summed_only(start, end, scale):
            return self._summed_stats(start, end, scale)
        return self._stats(self._days(start, end, scale), start, end)

    def _summed_only(self, start: date, end: date, scale: Scale) -> bool:
        key = (start, end, scale)
        if key not in self._summed_only_of:
            self._summed_only_of[key] = day_summaries.summed_only(
                self._session.db, self._session.profile_id, self.timeline, start, end, scale)
        return self._summed_only_of[key]

    def _summed_stats(self, start: date, end: date, scale: Scale) -> PeriodStats:
        key = (start, end, scale)
        if key not in self._summed_stats_of:
            whole = (end - start).days + 1  # one bucket and one bar: the totals alone
            self._summed(start, end, scale, whole, whole)
        return self._summed_stats_of[key]

    def _summed(self, start: date, end: date, scale: Scale, width: int,
                bar_width: int) -> day_summaries.SummedPeriod:
        """The day sums added up by SQLite (statistics kept unless known already)."""
        key = (start, end, scale)
        summed = day_summaries.summed_period(
            self._session.db, self._session.profile_id, self.timeline, start, end, scale,
            width, bar_width, totals=key not in self._summed_stats_of)
        if key not in self._summed_stats_of:
            self._summed_stats_of[key] = period_stats_from_totals(summed.totals, start, end,
                                                                  scale, summed.lowest)
        return summed

    def prepare(self, start: date, end: date) -> None:
        """Idle time before a first visit: read what a view of ``[start, end]`` needs whatever
        the chart's width (known only once the page is shown): the plan versions, the
        statistics and the period's readings. Kept until ``refresh``, like the rest."""
        self.stats(start, end)
        self._load(start, end)

    def view(self, start: date, end: date, max_points: int) -> TrendsView:
        """Statistics, notes and chart series for ``[start, end]``, at most ``max_points``
        points per peak-flow series and ``max_points`` points for the diary bars (4 a bar).

        Statistics, bars and envelopes come from per-day summaries; only a series with no
        more readings than ``max_points`` (drawn one by one) reads its readings."""
        timeline = self.timeline
        scale = display_scale(timeline, end)
        width = bucket_days_for(start, end, max(2, max_points // 2))
        if self._summed_only(start, end, scale):  # the usual case: SQLite adds up the days
            chart_width = bucket_days_for(start, end, max_points)
            summed = self._summed(start, end, scale, chart_width, width)
            stats = self._summed_stats_of[(start, end, scale)]
            buckets = summed.buckets
            counts = {Period.MORNING: sum(row[5] or 0 for row in buckets),
                      Period.EVENING: sum(row[10] or 0 for row in buckets)}

            def envelope(period: Period) -> ChartSeries:
                return day_summaries.summed_series(buckets, start, scale, period, chart_width)

            def bars(width: int, nights: bool) -> list[tuple[date, int, int | None]]:
                return summed.nights if nights else summed.reliever
        else:
            days = self._days(start, end, scale)
            stats = self._stats(days, start, end)
            counts = {period: session_count(days, period) for period in Period}

            def envelope(period: Period) -> ChartSeries:
                return series_from_days(days, period, start, end, max_points)

            def bars(width: int, nights: bool) -> list[tuple[date, int, int | None]]:
                return bars_from_days(days, start, end, width, nights)
        series: dict[Period, ChartSeries] = {}
        for period in (Period.MORNING, Period.EVENING):
            if counts[period] <= max_points:  # drawn one by one
                chosen = [r for r in self._load(start, end)[0] if r.session is period]
                series[period] = points_for_chart(chosen, start, end, max_points, scale)
            else:
                series[period] = envelope(period)
        plan = timeline.latest()
        return TrendsView(
            start, end, stats.scale, stats, notes_for(stats, plan),
            series[Period.MORNING], series[Period.EVENING],
            zone_bands(timeline, start, end, stats.scale),
            [DiaryBar(*bar) for bar in bars(width, False)],
            [DiaryBar(*bar) for bar in bars(width, True)],
            width, timeline,
            tuple(self._session.medicines.adherence_bars(start, end, width, timeline)))


def _cut(items: list[Timed], low: datetime, high: datetime) -> list[Timed]:
    """The part of a time-sorted list in ``[low, high)``."""
    moments = [item.when for item in items] if len(items) < 64 else _Moments(items)
    return items[bisect_left(moments, low):bisect_left(moments, high)]


class _Moments:
    """A lazy view of ``items[i].when`` for bisect, without copying a long list."""

    def __init__(self, items: Sequence[HasWhen]) -> None:
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
