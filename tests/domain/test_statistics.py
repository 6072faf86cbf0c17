"""Trends statistics against hand-computed figures (arithmetic in the comments)."""

from __future__ import annotations

import time
from datetime import date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from asthma_app.domain.peak_flow import convert, percent_of_best
from asthma_app.domain.plan import Scale
from asthma_app.domain.readings import PeakFlowReading, SymptomEntry
from asthma_app.domain.statistics import PlanTimeline, judge_reading, period_stats
from asthma_app.domain.zones import Zone

from .trend_fixtures import entry, plan, reading

MARCH_1, MARCH_3 = date(2024, 3, 1), date(2024, 3, 3)
ONE_PLAN = PlanTimeline.of([(datetime(2024, 1, 1), plan(best=500))])


def three_days():
    """Best 500: amber below 400, red below 250."""
    readings = [
        reading(1, 8, 420),
        reading(1, 8, 400, minute=5),  # 80 % exactly: green; same session, session best 420
        reading(1, 20, 450),
        reading(2, 8, 380),            # 76 %: amber
        reading(2, 20, 420),
        reading(3, 8, 240),            # 48 %: red; day 3 has no evening reading
        reading(4, 8, 100),            # outside the period: ignored
    ]
    entries = [entry(2, puffs=2), entry(3, puffs=4, night=True), entry(5, puffs=9, night=True)]
    return readings, entries


def test_three_days_by_hand():
    readings, entries = three_days()
    stats = period_stats(readings, entries, ONE_PLAN, MARCH_1, MARCH_3)
    assert stats.days == 3
    assert stats.scale is Scale.EU
    assert stats.readings_count == 6
    # morning session bests 420, 380, 240 -> 1040 / 3 = 346.67 -> 347;
    # evenings (450 + 420) / 2 = 435
    assert (stats.mean_morning, stats.mean_evening) == (347, 435)
    assert (stats.highest, stats.lowest) == (450, 240)
    # 240 * 100 // 500 = 48
    assert stats.lowest_pct_best == 48
    assert stats.lowest_pct_at == datetime(2024, 3, 3, 8)
    # day 1: 200 * (450 - 420) / (450 + 420) = 6.8966; day 2: 200 * 40 / 800 = 10.0
    # mean (6.8966 + 10) / 2 = 8.448 -> 8.4, over 2 days (day 3 has no evening)
    assert (stats.variability_pct, stats.variability_days) == (8.4, 2)
    assert (stats.days_green, stats.days_amber, stats.days_red) == (1, 1, 1)
    assert (stats.days_unzoned, stats.days_no_data) == (0, 0)
    # reliever on days 2 and 3: 2 * 7 / 3 = 4.67 -> 4.7 a week; night on day 3: 7/3 -> 2.3
    assert (stats.diary_days, stats.reliever_days, stats.reliever_days_per_week) == (2, 2, 4.7)
    assert (stats.night_waking_days, stats.nights_woken_per_week) == (1, 2.3)
    # 3 days * 2 sessions = 6 expected; 5 (day, session) pairs recorded -> 1 missed
    assert (stats.sessions_recorded, stats.readings_missed) == (5, 1)


def test_no_data_at_all():
    stats = period_stats([], [], ONE_PLAN, MARCH_1, MARCH_3)
    assert stats.readings_count == 0
    assert stats.mean_morning is stats.mean_evening is stats.highest is stats.lowest is None
    assert stats.lowest_pct_best is None and stats.variability_pct is None
    assert stats.variability_days == 0
    assert stats.days_no_data == 3 and stats.days_green == 0
    assert stats.readings_missed == 6
    assert stats.reliever_days_per_week == 0.0


def test_no_plan_at_all_means_no_zones_but_figures():
    stats = period_stats([reading(1, 8, 300)], [entry(1, red=("x",))], PlanTimeline(),
                         MARCH_1, MARCH_1)
    assert stats.mean_morning == 300 and stats.lowest_pct_best is None
    assert (stats.days_unzoned, stats.days_red, stats.days_no_data) == (1, 0, 0)
    assert stats.scale is Scale.EU


def test_one_session_only_has_no_variability():
    stats = period_stats([reading(1, 8, 400), reading(2, 7, 410)], [], ONE_PLAN, MARCH_1,
                         date(2024, 3, 2))
    assert stats.variability_pct is None and stats.variability_days == 0
    assert stats.mean_evening is None
    # (400 + 410) / 2 = 405
    assert stats.mean_morning == 405
    assert stats.readings_missed == 2


def test_exact_thresholds_belong_to_the_better_zone():
    # 250 of 500 is exactly 50 %: amber ("red below 50 %"), not red; 400 is exactly 80 %: green
    stats = period_stats([reading(1, 8, 250), reading(2, 8, 400)], [], ONE_PLAN, MARCH_1,
                         date(2024, 3, 2))
    assert (stats.days_green, stats.days_amber, stats.days_red) == (1, 1, 0)
    assert stats.lowest_pct_best == 50


def test_plan_change_mid_period_judges_each_reading_by_its_own_plan():
    timeline = PlanTimeline.of([
        (datetime(2024, 3, 2), plan(best=400)),  # given out of order on purpose
        (datetime(2024, 1, 1), plan(best=500)),
    ])
    # day 1 under best 500: 390 -> 78 % amber; day 2 under best 400: 390 -> 97 % green
    stats = period_stats([reading(1, 8, 390), reading(2, 8, 390)], [], timeline, MARCH_1,
                         date(2024, 3, 2))
    assert (stats.days_green, stats.days_amber) == (1, 1)
    assert stats.lowest_pct_best == 78
    assert stats.lowest_pct_at == datetime(2024, 3, 1, 8)


def test_plan_in_force_from_its_exact_moment():
    timeline = PlanTimeline.of([(datetime(2024, 1, 1), plan(best=500)),
                                (datetime(2024, 3, 1, 12), plan(best=400))])
    assert timeline.plan_at(datetime(2023, 12, 31)) is None
    assert timeline.plan_at(datetime(2024, 3, 1, 11, 59)).personal_best == 500
    assert timeline.plan_at(datetime(2024, 3, 1, 12)).personal_best == 400


def test_reading_on_other_scale_is_converted_to_the_plan_scale():
    # Wright 400 -> EU 50.356 + 160 + 141.024 - 7.1424 = 344.24 -> 344.
    # Plan best 430 EU: 344 * 100 = 34,400 = 80 * 430 -> exactly 80 %: green.
    assert convert(400, Scale.WRIGHT, Scale.EU) == 344
    timeline = PlanTimeline.of([(datetime(2024, 1, 1), plan(best=430))])
    stats = period_stats([reading(1, 8, 400, scale=Scale.WRIGHT)], [], timeline,
                         MARCH_1, MARCH_1)
    assert stats.lowest_pct_best == 80 and stats.days_green == 1
    assert stats.highest == stats.lowest == stats.mean_morning == 344
    # asked for the Wright scale, the figures stay as typed
    wright = period_stats([reading(1, 8, 400, scale=Scale.WRIGHT)], [], timeline,
                          MARCH_1, MARCH_1, scale=Scale.WRIGHT)
    assert wright.highest == 400 and wright.lowest_pct_best == 80


def test_default_scale_is_the_plan_scale_at_the_end_of_the_period():
    timeline = PlanTimeline.of([(datetime(2024, 1, 1), plan(best=500)),
                                (datetime(2024, 3, 2), plan(best=500, scale=Scale.WRIGHT))])
    stats = period_stats([reading(1, 8, 400)], [], timeline, MARCH_1, MARCH_3)
    assert stats.scale is Scale.WRIGHT
    assert stats.highest == convert(400, Scale.EU, Scale.WRIGHT)


def test_unconvertible_reading_is_counted_not_guessed():
    # Wright 900 is above the EN 13826 formula's range: no EU value in the figures, but the
    # day gets the zone the Today card gives (the formula's nearest end), never "no zone"
    from asthma_app.domain.assessment import reading_zone

    high = reading(1, 8, 900, scale=Scale.WRIGHT)
    stats = period_stats([high], [], ONE_PLAN, MARCH_1, MARCH_1)
    assert stats.unconverted == 1 and stats.highest is None
    assert stats.days_unzoned == 0 and stats.sessions_recorded == 1
    today_zone = reading_zone(ONE_PLAN.latest(), high)[0]
    assert (stats.days_green, stats.days_amber, stats.days_red).count(1) == 1
    assert {1: stats.days_green, 2: stats.days_amber, 3: stats.days_red}[int(today_zone)] == 1


def test_very_low_reading_on_the_other_scale_is_red_as_on_the_today_card():
    """EU 40 on a Wright plan is below the formula's range: red in statistics too."""
    wright_plan = PlanTimeline.of([(datetime(2024, 1, 1), plan(scale=Scale.WRIGHT))])
    stats = period_stats([reading(1, 8, 40)], [], wright_plan, MARCH_1, MARCH_1)
    assert stats.days_red == 1 and stats.days_unzoned == 0


def test_symptom_only_plan_zones_from_entries_only():
    timeline = PlanTimeline.of([(datetime(2024, 1, 1), plan(best=None))])
    stats = period_stats([reading(1, 8, 100), reading(2, 8, 100)], [entry(2, amber=("a",))],
                         timeline, MARCH_1, date(2024, 3, 2))
    assert stats.lowest_pct_best is None
    assert (stats.days_amber, stats.days_unzoned) == (1, 1)


def test_a_ticked_red_sign_makes_a_green_reading_day_red():
    stats = period_stats([reading(1, 8, 500)], [entry(1, red=("r",))], ONE_PLAN,
                         MARCH_1, MARCH_1)
    assert stats.days_red == 1 and stats.days_green == 0


def test_rounding_halves_go_up():
    # means: (400 + 401) / 2 = 400.5 -> 401 (round() would give 400)
    stats = period_stats([reading(1, 8, 400), reading(2, 8, 401)], [], ONE_PLAN, MARCH_1,
                         date(2024, 3, 2))
    assert stats.mean_morning == 401
    # 1 reliever day in 20: 7 / 20 = 0.35 a week -> 0.4 (round(0.35, 1) would give 0.3)
    stats = period_stats([], [entry(1, puffs=1)], ONE_PLAN, MARCH_1, date(2024, 3, 20))
    assert stats.reliever_days_per_week == 0.4


def test_end_before_start_is_refused():
    import pytest
    with pytest.raises(ValueError):
        period_stats([], [], ONE_PLAN, MARCH_3, MARCH_1)


def _year_of_data():
    start = datetime(2023, 1, 1)
    readings, entries = [], []
    for index in range(365):
        day = start + timedelta(days=index)
        readings.append(PeakFlowReading(day.replace(hour=8), (300 + index % 200,)))
        readings.append(PeakFlowReading(day.replace(hour=20), (320 + index % 190,)))
        entries.append(SymptomEntry(day.replace(hour=21), reliever_puffs=index % 3))
    return readings, entries


def test_a_year_is_fast_enough():
    """Generous bound (the benchmark shows a few ms): guards against quadratic work only."""
    readings, entries = _year_of_data()
    began = time.perf_counter()
    stats = period_stats(readings, entries, ONE_PLAN, date(2023, 1, 1), date(2023, 12, 31))
    assert time.perf_counter() - began < 0.5
    assert stats.readings_count == 730 and stats.readings_missed == 0


sessions = st.tuples(st.integers(1, 10), st.sampled_from([8, 20]), st.integers(60, 800),
                     st.sampled_from([Scale.EU, Scale.WRIGHT]))


@settings(max_examples=150, deadline=None)
@given(st.lists(sessions, max_size=30), st.integers(300, 700), st.booleans())
def test_lowest_percent_is_at_most_every_reading_percent(items, best, change_plan):
    versions = [(datetime(2024, 1, 1), plan(best=best))]
    if change_plan:
        versions.append((datetime(2024, 3, 5, 12), plan(best=best + 50, scale=Scale.WRIGHT)))
    timeline = PlanTimeline.of(versions)
    readings = [reading(day, hour, value, scale) for day, hour, value, scale in items]
    stats = period_stats(readings, [], timeline, MARCH_1, date(2024, 3, 10))
    percents = [judge_reading(r, timeline.plan_at(r.taken_at))[0] for r in readings]
    percents = [p for p in percents if p is not None]
    assert stats.lowest_pct_best == (min(percents) if percents else None)
    zoned = stats.days_green + stats.days_amber + stats.days_red + stats.days_unzoned
    assert zoned + stats.days_no_data == stats.days == 10
    assert 0 <= stats.readings_missed == 20 - stats.sessions_recorded
    if stats.highest is not None:
        assert stats.lowest <= stats.highest


def test_judge_reading_matches_percent_of_best_and_zone():
    assert judge_reading(reading(1, 8, 399), plan(best=500)) == (
        percent_of_best(399, 500), Zone.AMBER)
    assert judge_reading(reading(1, 8, 399), None) == (None, None)


def test_two_versions_saved_in_the_same_second_keep_their_order():
    moment = datetime(2024, 1, 1, 9, 0)
    first, second = plan(best=500).with_version(1, 1), plan(best=400).with_version(2, 2)
    timeline = PlanTimeline.of([(moment, second), (moment, first)])  # newest first, as stored
    assert timeline.latest().personal_best == 400


def test_reading_just_under_the_line_on_the_other_scale_makes_an_amber_day():
    """Issue 11 item 1. Wright 451 = EU 399.8, below 400 (80 % of EU best 500): amber, 79 %.
    Rounded to 400 first it had counted as a green day at 80 %."""
    stats = period_stats([reading(1, 8, 451, scale=Scale.WRIGHT)], [], ONE_PLAN, MARCH_1,
                         MARCH_1)
    assert (stats.days_amber, stats.days_green) == (1, 0)
    assert stats.lowest_pct_best == 79
    assert judge_reading(reading(1, 8, 451, scale=Scale.WRIGHT), plan(best=500)) == (79,
                                                                                Zone.AMBER)
