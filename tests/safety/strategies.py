"""Hypothesis strategies for the safety invariants: plans, readings, diary entries, clocks.

Plans cover every kind, both meter scales and amber thresholds from 30 to 95 % (red always
below amber); readings cover every value the input check accepts (30-1000 L/min) on either
scale, so cross-scale judging and the ends of the EN 13826 formula are always exercised.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import strategies as st

from asthma_app.domain.plan import ActionPlan, PlanKind, Scale
from asthma_app.domain.readings import PeakFlowReading, SymptomEntry

LANGUAGE_CODES = ("en", "cy", "pl", "ur", "bn")
NOW = datetime(2026, 11, 22, 9, 0)

kinds = st.sampled_from(list(PlanKind))
scales = st.sampled_from(list(Scale))
bests = st.integers(60, 1000)
values = st.integers(30, 1000)


@st.composite
def thresholds(draw) -> tuple[int, int]:
    amber = draw(st.integers(30, 95))
    red = draw(st.integers(1, amber - 1))
    return amber, red


@st.composite
def plans(draw, peak_flow: bool | None = True) -> ActionPlan:
    """A plan of any kind and scale; ``peak_flow`` None: with or without a personal best."""
    amber, red = draw(thresholds())
    uses_peak_flow = draw(st.booleans()) if peak_flow is None else peak_flow
    return ActionPlan(
        kind=draw(kinds), agreed_by=draw(st.sampled_from(["Nurse Jones", "Dr Ahmed",
                                                          "Siân Pritchard"])),
        agreed_on=date(2026, 1, 1) + timedelta(days=draw(st.integers(0, 300))),
        personal_best=draw(bests) if uses_peak_flow else None, scale=draw(scales),
        amber_below_pct=amber, red_below_pct=red,
        green_instructions="green: as my plan says", amber_instructions="amber: as my plan says",
        red_instructions="red: as my plan says",
        monitoring_hours=draw(st.integers(1, 24 * 14)))


def readings(when: datetime = NOW) -> st.SearchStrategy[PeakFlowReading]:
    return st.builds(lambda value, scale: PeakFlowReading(when, (value,), scale=scale),
                     values, scales)


ages = st.integers(0, 20 * 24 * 60).map(lambda minutes: timedelta(minutes=minutes))


@st.composite
def aged_reading(draw, now: datetime = NOW) -> PeakFlowReading:
    return PeakFlowReading(now - draw(ages), (draw(values),), scale=draw(scales))


@st.composite
def aged_entry(draw, plan: ActionPlan | None = None, now: datetime = NOW) -> SymptomEntry:
    amber = plan.amber_signs if plan else ("coming back",)
    red = plan.red_signs if plan else ("can't talk",)
    return SymptomEntry(now - draw(ages),
                        amber_signs=tuple(draw(st.lists(st.sampled_from(amber), max_size=2,
                                                        unique=True))),
                        red_signs=tuple(draw(st.lists(st.sampled_from(red), max_size=1))))


clocks = st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2035, 12, 31))
