"""Invariant (a): a zone is never better than exact arithmetic gives, wherever it is computed.

Over generated plans (every kind, both scales, amber 30-95 %) and every reading the input
check accepts, on either scale: the Today card (assess), the statistics (judge_reading and a
day's zone), the Trends point sentence (judge_value) and the chart (a point drawn under the
exact zone line when, and only when, the reading is below it) all agree with an independent
60-digit oracle (tests/safety/oracle.py). Readings beyond the EN 13826 formula are judged at
its nearest end, which the oracle does too; that can only make a zone worse.
"""

from __future__ import annotations

from datetime import datetime

from hypothesis import example, given, settings
from hypothesis import strategies as st

from asthma_app.domain.assessment import assess, judge_reading
from asthma_app.domain.peak_flow import eu_to_wright, wright_to_eu
from asthma_app.domain.plan import ActionPlan, PlanKind, Scale
from asthma_app.domain.readings import PeakFlowReading
from asthma_app.domain.series import points_for_chart, zone_bands
from asthma_app.domain.statistics import PlanTimeline, period_stats
from asthma_app.domain.zones import Zone
from asthma_app.services.trends import judge_value

from .oracle import exact_percent, exact_zone
from .strategies import NOW, plans, scales, values

MOMENT = datetime(2026, 11, 22, 8, 0)


@settings(max_examples=600, deadline=None)
@given(plans(), values, scales)
def test_no_zone_anywhere_is_better_than_exact_arithmetic(plan, value, scale):
    truth = exact_zone(value, scale, plan)
    if truth is None:  # never happens for whole numbers; the oracle refuses to guess
        return
    reading = PeakFlowReading(MOMENT, (value,), scale=scale)
    today = assess(plan, reading, None, NOW).zone
    pct, judged = judge_reading(reading, plan)
    assert today == judged == truth, (today, judged, truth)
    assert judge_value(value, scale, plan) == (pct, truth)
    assert pct == exact_percent(value, scale, plan)
    timeline = PlanTimeline.of([(datetime(2026, 1, 1), plan)])
    stats = period_stats([reading], [], timeline, MOMENT.date(), MOMENT.date())
    assert (stats.days_green, stats.days_amber, stats.days_red) == tuple(
        int(truth is zone) for zone in Zone)


def near_a_threshold(plan, scale, data) -> int:
    """A reading within 2 L/min of where the amber or red line falls on ``scale``: where a
    rounding error would flip the zone (random readings hit these rarely)."""
    pct = data.draw(st.sampled_from([plan.amber_below_pct, plan.red_below_pct]))
    level = plan.personal_best * pct / 100
    if scale is not plan.scale:
        low, high = (1.0, 800.0) if plan.scale is Scale.WRIGHT else (50.8, 877.3)
        level = convert_float(min(max(level, low), high), plan.scale, scale)
    return min(max(int(level) + data.draw(st.integers(-2, 2)), 30), 1000)


def convert_float(value: float, source: Scale, target: Scale) -> float:
    return wright_to_eu(value) if source is Scale.WRIGHT else eu_to_wright(value)


@settings(max_examples=600, deadline=None)
@given(plans(), scales, st.data())
def test_no_zone_is_better_than_exact_arithmetic_at_the_lines(plan, scale, data):
    value = near_a_threshold(plan, scale, data)
    truth = exact_zone(value, scale, plan)
    reading = PeakFlowReading(MOMENT, (value,), scale=scale)
    assert assess(plan, reading, None, NOW).zone == truth, (value, scale)
    assert judge_reading(reading, plan) == (exact_percent(value, scale, plan), truth)
    assert judge_value(value, scale, plan)[1] == truth


# An amber line above the top of the formula's range (Wright 800): no EU reading can reach it,
# so it must not be drawn at the top of the range with EU 878 above it (found by CI).
@example(ActionPlan(kind=PlanKind.PREVENTER_RELIEVER, agreed_by="Nurse Jones",
                    agreed_on=datetime(2026, 1, 1).date(), personal_best=889,
                    scale=Scale.WRIGHT, amber_below_pct=90, red_below_pct=1,
                    green_instructions="g", amber_instructions="a", red_instructions="r"),
         878, Scale.EU, Scale.EU)
@settings(max_examples=400, deadline=None)
@given(plans(), values, scales, scales)
def test_chart_points_never_sit_on_the_better_side_of_a_zone_line(plan, value, scale, chart):
    """On a chart of either scale, a reading whose exact zone is amber or red is drawn below
    the amber line (and a red one below the red line): never rounded up over it."""
    truth = exact_zone(value, scale, plan)
    reading = PeakFlowReading(MOMENT, (value,), scale=scale)
    day = MOMENT.date()
    series = points_for_chart([reading], day, day, 10, chart)
    band = zone_bands(PlanTimeline.of([(datetime(2026, 1, 1), plan)]), day, day, chart)[0]
    if not series.points:  # beyond the formula for this chart scale: left out, and counted
        assert series.left_out == 1
        return
    drawn = series.points[0].low
    if truth is not None and truth >= Zone.AMBER:
        assert drawn < band.amber_value
    if truth is Zone.RED:
        assert drawn < band.red_value


@settings(max_examples=200, deadline=None)
@given(plans(), st.integers(30, 1000))
def test_boundary_rule_on_the_plans_own_scale(plan, value):
    """On the plan's own scale the exact rule is plain integers: at a threshold is the better
    zone (value * 100 == pct * best is not below)."""
    zone = assess(plan, PeakFlowReading(MOMENT, (value,), scale=plan.scale), None, NOW).zone
    if value * 100 < plan.red_below_pct * plan.personal_best:
        assert zone is Zone.RED
    elif value * 100 < plan.amber_below_pct * plan.personal_best:
        assert zone is Zone.AMBER
    else:
        assert zone is Zone.GREEN


def test_the_issues_examples():
    """Wright plan best 500 amber < 80 %: EU 344 (Wright 399.77) is amber; and the reverse."""
    from tests.conftest import make_plan

    for plan_scale, value, scale in ((Scale.WRIGHT, 344, Scale.EU),
                                     (Scale.EU, 451, Scale.WRIGHT)):
        plan = make_plan(scale=plan_scale)
        assert exact_zone(value, scale, plan) is Zone.AMBER
        reading = PeakFlowReading(MOMENT, (value,), scale=scale)
        assert assess(plan, reading, None, NOW).zone is Zone.AMBER
