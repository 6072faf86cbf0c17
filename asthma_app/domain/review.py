"""The review summary: everything a nurse asks about at an asthma review, for one period.

Pure: the caller passes the records; nothing here reads the database or the clock. The
default period runs from the day the current plan was agreed (the last review) to today, or
over the last 12 months when there is no plan (or it was agreed today).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from .checklist import ReviewChecklist
from .child_details import ChildDetails
from .control import Attack, ControlScore, ReviewQuestion, Tool
from .plan import ActionPlan, Medicine
from .readings import PeakFlowReading, SymptomEntry
from .statistics import PeriodStats, Timed, in_period, period_stats
from .timeline import PlanTimeline
from .year_totals import GuidanceFact, YearTotals, facts_that_apply, year_totals

DEFAULT_MONTHS_DAYS = 365


def default_period(plan: ActionPlan | None, today: date) -> tuple[date, date]:
    """Since the last review (the current plan's agreed date), else the last 12 months."""
    if plan is not None and plan.agreed_on < today:
        return plan.agreed_on, today
    return today - timedelta(days=DEFAULT_MONTHS_DAYS), today


@dataclass(frozen=True)
class PlanFacts:
    """The current plan as a review summary shows it."""

    kind_label: str
    version: int | None
    agreed_by: str
    agreed_on: date
    age_days: int
    next_review: date | None
    review_overdue: bool
    personal_best: int | None
    scale: str


@dataclass(frozen=True)
class ReviewSummary:
    """Everything a review summary shows for a period, ready to print or export."""

    patient: str
    start: date
    end: date
    made_on: date
    plan: PlanFacts | None
    rcp3: tuple[ControlScore, ...]  # newest first, within the period
    other_scores: tuple[ControlScore, ...]  # ACT / CACT / ACQ totals, newest first
    stats: PeriodStats
    readings: tuple[PeakFlowReading, ...]  # within the period, oldest first (for the chart)
    attacks: tuple[Attack, ...]  # newest first
    medicines: tuple[Medicine, ...]
    questions: tuple[ReviewQuestion, ...]  # open questions, oldest first
    current_plan: ActionPlan | None
    year: YearTotals | None = None  # the 12 months up to ``end``, whatever the period
    facts: tuple[GuidanceFact, ...] = ()  # UK guidance facts that the year's totals reach
    checklist: ReviewChecklist | None = None  # the newest one made on or before ``end``
    child: ChildDetails | None = None  # a child's carer, school, spacer and allergies, if kept
    medicines_taken: object = None  # domain.medicine_review.MedicineFacts, when counted

    @property
    def latest_rcp3(self) -> ControlScore | None:
        return self.rcp3[0] if self.rcp3 else None


def _plan_facts(plan: ActionPlan | None, today: date) -> PlanFacts | None:
    if plan is None:
        return None
    return PlanFacts(
        kind_label=plan.kind.label(), version=plan.version, agreed_by=plan.agreed_by,
        agreed_on=plan.agreed_on, age_days=(today - plan.agreed_on).days,
        next_review=plan.next_review,
        review_overdue=plan.next_review is not None and plan.next_review < today,
        personal_best=plan.personal_best, scale=plan.scale.value)


def _newest_first(items: Iterable[Timed], start: date, end: date) -> tuple[Timed, ...]:
    return tuple(reversed(in_period(items, start, end)))


def build_summary(patient: str, timeline: PlanTimeline, readings: Sequence[PeakFlowReading],
                  entries: Sequence[SymptomEntry], scores: Sequence[ControlScore],
                  attacks: Sequence[Attack], questions: Sequence[ReviewQuestion],
                  start: date, end: date, today: date,
                  year_entries: Sequence[SymptomEntry] | None = None,
                  checklists: Sequence[ReviewChecklist] = (),
                  child: ChildDetails | None = None) -> ReviewSummary:
    """The summary of ``[start, end]``; questions are all the open ones, whatever their date.
    The year at a glance covers the 12 months up to ``end`` from ``attacks`` and
    ``year_entries`` (diary entries over that year; default ``entries``)."""
    plan = timeline.latest()
    year = year_totals(attacks, entries if year_entries is None else year_entries, end)
    scores_in = _newest_first(scores, start, end)
    return ReviewSummary(
        patient=patient, start=start, end=end, made_on=today,
        plan=_plan_facts(plan, today),
        rcp3=tuple(s for s in scores_in if s.tool is Tool.RCP3),
        other_scores=tuple(s for s in scores_in if s.tool is not Tool.RCP3),
        stats=period_stats(readings, entries, timeline, start, end),
        readings=tuple(in_period(readings, start, end)),
        attacks=_newest_first(attacks, start, end),
        medicines=plan.medicines if plan else (),
        questions=tuple(sorted((q for q in questions if not q.answered),
                               key=lambda q: q.created_at)),
        current_plan=plan, year=year, facts=tuple(facts_that_apply(year)),
        checklist=max((c for c in checklists if c.done_on <= end),
                      key=lambda c: (c.done_on, c.id or 0), default=None),
        child=child)
