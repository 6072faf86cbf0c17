"""assess(): the zone and advice for the Today card, from the plan and the latest data."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from asthma_app.domain.assessment import assess
from asthma_app.domain.plan import PlanKind, Scale, default_attack_steps
from asthma_app.domain.readings import PeakFlowReading, SymptomEntry
from asthma_app.domain.zones import Zone
from tests.conftest import make_plan

NOW = datetime(2026, 11, 22, 9, 0)
AN_HOUR_AGO = NOW - timedelta(hours=1)


def reading(value, when=AN_HOUR_AGO, scale=Scale.EU):
    return PeakFlowReading(when, (value,), scale=scale)


def symptoms(when=AN_HOUR_AGO, amber=(), red=()):
    return SymptomEntry(when, amber_signs=tuple(amber), red_signs=tuple(red))


def test_no_plan_gives_no_zone_and_a_next_step():
    result = assess(None, reading(300), symptoms(red=["x"]), NOW)
    assert result.zone is None
    assert "action plan" in result.next_step
    assert result.reasons and "don't have an action plan" in result.reasons[0]
    assert result.instructions == ""


def test_plan_but_no_data():
    plan = make_plan().with_version(4, 1)
    result = assess(plan, None, None, NOW)
    assert result.zone is None
    assert "peak flow" in result.next_step
    assert result.reasons == ("No readings or symptoms logged yet.",)
    assert result.plan_version_id == 4
    assert result.data_time is None


def test_symptom_only_plan_ignores_readings():
    plan = make_plan(personal_best=None)
    result = assess(plan, reading(100), None, NOW)  # 100 would be red on any peak-flow plan
    assert result.zone is None
    assert result.next_step == "Log how you feel today to see your zone."
    result = assess(plan, reading(100), symptoms(amber=["waking at night"]), NOW)
    assert result.zone is Zone.AMBER
    assert result.evidence == ("symptoms",)
    assert not any("L/min" in reason for reason in result.reasons)


@pytest.mark.parametrize(("amber", "red", "zone"), [
    ((), (), Zone.GREEN), (("waking at night",), (), Zone.AMBER),
    ((), ("reliever not helping",), Zone.RED), (("waking at night",), ("can't talk",), Zone.RED),
])
def test_symptoms_alone_set_the_zone(amber, red, zone):
    result = assess(make_plan(), None, symptoms(amber=amber, red=red), NOW)
    assert result.zone is zone
    assert result.evidence == ("symptoms",)
    for sign in (red or amber):
        assert f"You told us: {sign}" in result.reasons


@pytest.mark.parametrize(("value", "signs", "zone"), [
    (450, {"red": ["can't talk"]}, Zone.RED),      # green reading, red symptoms -> red
    (200, {}, Zone.RED),                             # red reading, no signs -> red
    (350, {"amber": ["night"]}, Zone.AMBER),         # amber + amber
    (200, {"amber": ["night"]}, Zone.RED),           # red reading beats amber symptoms
    (450, {"amber": ["night"]}, Zone.AMBER),         # amber symptoms beat a green reading
    (450, {}, Zone.GREEN),
])
def test_worse_of_reading_and_symptoms_wins(value, signs, zone):
    result = assess(make_plan(), reading(value), symptoms(**signs), NOW)
    assert result.zone is zone
    assert set(result.evidence) == {"reading", "symptoms"}


def test_reading_reason_shows_value_percent_and_best():
    # best 500, 398 is 79.6 % -> shown floored as 79 %, amber below 80 %
    result = assess(make_plan(), reading(398), None, NOW)
    assert result.zone is Zone.AMBER
    assert result.reasons == (
        "398\u00a0L/min is 79\u00a0% of your best of 500: below your amber level of 80\u00a0%.",)
    result = assess(make_plan(), reading(400), None, NOW)
    assert result.zone is Zone.GREEN
    assert "400\u00a0L/min is 80\u00a0% of your best of 500: at or above" in result.reasons[0]
    result = assess(make_plan(), reading(249), None, NOW)
    assert result.zone is Zone.RED
    assert ("249\u00a0L/min is 49\u00a0% of your best of 500: below your red level of "
            "50\u00a0%.") in result.reasons


def test_boundary_on_an_odd_best_through_assess():
    # best 333: 267 is 80.18 % (green), 266 is 79.88 % (amber)
    plan = make_plan(personal_best=333)
    assert assess(plan, reading(267), None, NOW).zone is Zone.GREEN
    assert assess(plan, reading(266), None, NOW).zone is Zone.AMBER


def test_custom_thresholds_through_assess():
    plan = make_plan(amber_below_pct=75, red_below_pct=60)
    assert assess(plan, reading(300), None, NOW).zone is Zone.AMBER  # 60 % exactly
    assert assess(plan, reading(299), None, NOW).zone is Zone.RED
    assert "red level of 60\u00a0%" in assess(plan, reading(299), None, NOW).reasons[0]


def test_stale_data_is_marked_and_says_so():
    plan = make_plan(monitoring_hours=24)
    old = NOW - timedelta(hours=24, seconds=1)
    result = assess(plan, reading(450, when=old), None, NOW)
    assert result.zone is Zone.GREEN
    assert result.stale
    assert result.data_time == old
    assert "out of date" in result.reasons[-1]
    assert "every 24 hours" in result.reasons[-1]


def test_exactly_at_the_interval_is_still_fresh():
    result = assess(make_plan(monitoring_hours=24), reading(450, when=NOW - timedelta(hours=24)),
                    None, NOW)
    assert not result.stale
    assert not any("out of date" in reason for reason in result.reasons)


def test_monitoring_hours_is_the_plans_own():
    plan = make_plan(monitoring_hours=12)
    assert assess(plan, reading(450, when=NOW - timedelta(hours=13)), None, NOW).stale
    assert not assess(plan, reading(450, when=NOW - timedelta(hours=11)), None, NOW).stale


def test_fresh_data_is_preferred_over_stale():
    """Red symptoms from three days ago must not outweigh a green reading from this morning,
    and the zone's time is the fresh one's."""
    old = NOW - timedelta(days=3)
    result = assess(make_plan(), reading(450), symptoms(when=old, red=["can't talk"]), NOW)
    assert result.zone is Zone.GREEN
    assert not result.stale
    assert result.evidence == ("reading",)
    assert result.data_time == AN_HOUR_AGO
    # and the other way round
    result = assess(make_plan(), reading(450, when=old), symptoms(red=["can't talk"]), NOW)
    assert result.zone is Zone.RED
    assert result.evidence == ("symptoms",)


def test_all_stale_uses_all_and_worse_wins():
    old = NOW - timedelta(days=3)
    result = assess(make_plan(), reading(200, when=old - timedelta(hours=1)),
                    symptoms(when=old), NOW)
    assert result.zone is Zone.RED
    assert result.stale
    assert result.data_time == old  # the newer of the two


def test_wright_reading_on_an_eu_plan_is_converted():
    """Wright 400 -> EU 344.24 -> 344; best 500 EU: 344 / 500 = 68.8 % -> amber (shown 68 %).
    Unconverted it would have been 80 % and green."""
    result = assess(make_plan(scale=Scale.EU), reading(400, scale=Scale.WRIGHT), None, NOW)
    assert result.zone is Zone.AMBER
    assert result.reasons[0] == ("400\u00a0L/min (344\u00a0L/min on your plan's meter scale) "
                                 "is 68\u00a0% of your best of 500: below your amber level of "
                                 "80\u00a0%.")


def test_eu_reading_just_under_the_amber_line_on_a_wright_plan_is_amber():
    """Issue 11 item 1. EU 344 is Wright 399.77 exactly: below 80 % of a Wright best of 500
    (400), so amber. Rounding it to 400 first had made it 80 % and green."""
    result = assess(make_plan(scale=Scale.WRIGHT), reading(344, scale=Scale.EU), None, NOW)
    assert result.zone is Zone.AMBER
    assert result.reasons[0] == ("344\u00a0L/min (399\u00a0L/min on your plan's meter scale) "
                                 "is 79\u00a0% of your best of 500: below your amber level of "
                                 "80\u00a0%.")


def test_wright_reading_just_under_the_amber_line_on_an_eu_plan_is_amber():
    """The reverse: Wright 451 is EU 399.796 exactly, below 400 (80 % of an EU best of 500)."""
    result = assess(make_plan(scale=Scale.EU), reading(451, scale=Scale.WRIGHT), None, NOW)
    assert result.zone is Zone.AMBER
    assert result.reasons[0] == ("451\u00a0L/min (399\u00a0L/min on your plan's meter scale) "
                                 "is 79\u00a0% of your best of 500: below your amber level of "
                                 "80\u00a0%.")


def test_eu_reading_just_over_the_amber_line_on_a_wright_plan_stays_green():
    """EU 345 is Wright 400.8: at or above 400, green (the boundary rule still holds)."""
    result = assess(make_plan(scale=Scale.WRIGHT), reading(345, scale=Scale.EU), None, NOW)
    assert result.zone is Zone.GREEN
    assert "(400\u00a0L/min on your plan's meter scale) is 80\u00a0%" in result.reasons[0]


def test_same_scale_is_not_mentioned():
    result = assess(make_plan(scale=Scale.WRIGHT), reading(450, scale=Scale.WRIGHT), None, NOW)
    assert "meter scale" not in result.reasons[0]


@pytest.mark.parametrize(("plan_scale", "value", "reading_scale"), [
    (Scale.EU, 850, Scale.WRIGHT),   # accepted by the input check, beyond the formula's 800
    (Scale.EU, 1000, Scale.WRIGHT),
    (Scale.WRIGHT, 40, Scale.EU),    # below EU 50.76, the formula's lowest point
    (Scale.WRIGHT, 30, Scale.EU),
    (Scale.WRIGHT, 900, Scale.EU),   # above EU 877.3, the formula's highest point
])
def test_conversion_outside_the_formula_does_not_crash(plan_scale, value, reading_scale):
    """Every value the input check accepts (30..1000) must give a zone, never an exception.
    Outside the formula's range the nearest end is used: that can only make the zone worse
    (never better) than the true value would."""
    plan = make_plan(scale=plan_scale)
    result = assess(plan, reading(value, scale=reading_scale), None, NOW)
    assert result.zone is not None
    assert result.reasons


def test_low_out_of_range_conversion_is_red():
    result = assess(make_plan(scale=Scale.WRIGHT), reading(40, scale=Scale.EU), None, NOW)
    assert result.zone is Zone.RED


@pytest.mark.parametrize("kind", list(PlanKind))
def test_instructions_are_the_plans_own_text_for_each_kind(kind):
    plan = make_plan(kind=kind, attack_steps=default_attack_steps(kind),
                     green_instructions=f"{kind} green text", amber_instructions=f"{kind} amber",
                     red_instructions=f"{kind} red: use my inhaler as written")
    assert assess(plan, reading(450), None, NOW).instructions == f"{kind} green text"
    assert assess(plan, reading(350), None, NOW).instructions == f"{kind} amber"
    assert assess(plan, reading(100), None, NOW).instructions == plan.red_instructions
    assert assess(plan, None, symptoms(red=["x"]), NOW).instructions == plan.red_instructions


def test_assessment_carries_plan_version():
    plan = make_plan().with_version(12, 3)
    assert assess(plan, reading(450), None, NOW).plan_version_id == 12


def test_out_of_range_conversion_says_so():
    # Wright 850 is above the formula's 800, so the EU value is at least EU(800) = 877.3 -> 877
    result = assess(make_plan(scale=Scale.EU, personal_best=900), reading(850, scale=Scale.WRIGHT),
                    None, NOW)
    assert "(at least 877\u00a0L/min on your plan's meter scale)" in result.reasons[0]
    assert result.zone is Zone.GREEN  # 877 / 900 = 97 %


def test_fresh_symptoms_do_not_hide_an_out_of_date_red_peak_flow():
    """Issue 11 item 7. Peak-flow plan; a diary entry an hour ago with nothing ticked, and the
    last peak flow red (200 of 500) 30 hours ago. The symptoms set the zone, but the card is
    not current: the old peak flow is listed with its value, zone and time."""
    old = NOW - timedelta(hours=30)
    result = assess(make_plan(), reading(200, when=old), symptoms(), NOW)
    assert result.zone is Zone.GREEN and result.evidence == ("symptoms",)
    assert not result.current
    (part,) = result.out_of_date
    assert (part.kind, part.zone, part.when) == ("reading", Zone.RED, old)
    assert part.reason.startswith("200\u00a0L/min is 40\u00a0% of your best of 500")


def test_fresh_reading_lists_old_symptoms_as_out_of_date():
    old = NOW - timedelta(days=3)
    result = assess(make_plan(), reading(450), symptoms(when=old, red=["can't talk"]), NOW)
    assert result.zone is Zone.GREEN and not result.current
    assert [(p.kind, p.zone, p.when) for p in result.out_of_date] == [
        ("symptoms", Zone.RED, old)]
    assert "can't talk" in result.out_of_date[0].reason


def test_a_peak_flow_plan_without_any_peak_flow_says_so():
    result = assess(make_plan(), None, symptoms(), NOW)
    assert not result.current
    assert [(p.kind, p.zone, p.when) for p in result.out_of_date] == [("reading", None, None)]


def test_everything_fresh_is_current():
    result = assess(make_plan(), reading(450), symptoms(), NOW)
    assert result.current and result.out_of_date == ()
    symptom_plan = make_plan(personal_best=None)
    assert assess(symptom_plan, reading(100, when=NOW - timedelta(days=9)), symptoms(),
                  NOW).current  # peak flow is not monitored on a symptom-only plan
