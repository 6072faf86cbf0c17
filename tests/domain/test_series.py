"""Chart series: downsampling keeps true extremes and counts; daily series; zone bands."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from asthma_app.domain.plan import Scale
from asthma_app.domain.readings import PeakFlowReading
from asthma_app.domain.series import (
    bucket_days_for,
    daily_nights,
    daily_reliever,
    points_for_chart,
    zone_bands,
)
from asthma_app.domain.statistics import PlanTimeline

from .trend_fixtures import entry, plan, reading

MARCH_1 = date(2024, 3, 1)


def test_raw_points_when_they_fit():
    readings = [reading(2, 20, 450), reading(1, 8, 400), reading(9, 8, 999)]  # 9th: outside
    series = points_for_chart(readings, MARCH_1, date(2024, 3, 3), max_points=2)
    assert series.bucket_days == 0
    assert [(p.at, p.low, p.high, p.count) for p in series.points] == [
        (datetime(2024, 3, 1, 8), 400, 400, 1), (datetime(2024, 3, 2, 20), 450, 450, 1)]


def test_daily_envelope_by_hand():
    # 5 readings > max 4 points; 2 days <= 4 // 2 buckets, so one bucket per day
    readings = [reading(1, 8, 400), reading(1, 20, 460), reading(1, 21, 430),
                reading(2, 8, 300), reading(2, 20, 350)]
    series = points_for_chart(readings, MARCH_1, date(2024, 3, 2), max_points=4)
    assert series.bucket_days == 1
    first, second = series.points
    # day 1: min 400, max 460, mean (400 + 460 + 430) / 3 = 430, 3 readings
    assert (first.at, first.bucket_start) == (datetime(2024, 3, 1, 8), MARCH_1)
    assert (first.low, first.high, first.mean, first.count) == (400, 460, 430.0, 3)
    # day 2: min 300, max 350, mean 325
    assert (second.low, second.high, second.mean, second.count) == (300, 350, 325.0, 2)


def test_weekly_buckets_count_from_the_start_date():
    # 10 days, max 4 points -> limit 2 buckets; 10 > 2 days so weeks: ceil(10 / 14) = 1 week
    # wide -> buckets March 1-7 and March 8-10
    readings = [reading(day, 8, 300 + day) for day in range(1, 11)]
    series = points_for_chart(readings, MARCH_1, date(2024, 3, 10), max_points=4)
    assert series.bucket_days == 7
    assert [(p.bucket_start, p.low, p.high, p.count) for p in series.points] == [
        (MARCH_1, 301, 307, 7), (date(2024, 3, 8), 308, 310, 3)]


def test_bucket_width_for_twenty_years():
    # 7,300 days, 500 points -> at most 250 buckets -> 7 * ceil(7300 / 1750) = 35 days
    start = date(2006, 1, 1)
    width = bucket_days_for(start, start + timedelta(days=7299), 500)
    assert width == 35 and -(-7300 // width) <= 250


def test_too_few_points_refused():
    import pytest
    with pytest.raises(ValueError):
        points_for_chart([], MARCH_1, MARCH_1, max_points=1)


def test_values_converted_to_one_scale_and_unconvertible_left_out():
    readings = [reading(1, 8, 400, scale=Scale.WRIGHT), reading(1, 20, 900, scale=Scale.WRIGHT)]
    series = points_for_chart(readings, MARCH_1, MARCH_1, max_points=10, scale=Scale.EU)
    assert [p.low for p in series.points] == [344] and series.left_out == 1


days_and_values = st.lists(st.tuples(st.integers(0, 99), st.integers(0, 23),
                                     st.integers(30, 1000)), max_size=300)


@settings(max_examples=150, deadline=None)
@given(days_and_values, st.integers(2, 60))
def test_envelope_is_exact(items, max_points):
    start = date(2024, 1, 1)
    end = start + timedelta(days=99)
    readings = [PeakFlowReading(datetime(2024, 1, 1, hour) + timedelta(days=day), (value,))
                for day, hour, value in items]
    series = points_for_chart(readings, start, end, max_points)
    assert sum(point.count for point in series.points) == len(readings)
    if len(readings) <= max_points:
        assert series.bucket_days == 0
        return
    assert len(series.points) <= max_points // 2
    width = series.bucket_days
    for point in series.points:
        inside = [r for r in readings
                  if 0 <= (r.taken_at.date() - point.bucket_start).days < width]
        values = [r.value for r in inside]
        assert (point.low, point.high, point.count) == (min(values), max(values), len(values))
        assert point.mean == sum(values) / len(values)
        assert point.at == min(r.taken_at for r in inside)


def test_daily_reliever_and_nights_say_no_entry_as_none():
    entries = [entry(1, puffs=2), entry(1, puffs=3, hour=9), entry(3, night=True),
               entry(5, puffs=7)]  # 5th: outside
    end = date(2024, 3, 3)
    assert daily_reliever(entries, MARCH_1, end) == [
        (MARCH_1, 5), (date(2024, 3, 2), None), (end, 0)]
    assert daily_nights(entries, MARCH_1, end) == [
        (MARCH_1, False), (date(2024, 3, 2), None), (end, True)]


def test_zone_bands_change_at_plan_changes():
    old, new = plan(best=500), plan(best=600, amber=75, red=60)
    timeline = PlanTimeline.of([(datetime(2024, 3, 2, 10), new),
                                (datetime(2024, 1, 1), old)])
    bands = zone_bands(timeline, MARCH_1, date(2024, 3, 3))
    # old: amber below 500 * 80 / 100 = 400, red below 250; new: 600 * .75 = 450, 600 * .6 = 360
    assert [(b.start, b.end, b.best, b.amber_value, b.red_value) for b in bands] == [
        (datetime(2024, 3, 1), datetime(2024, 3, 2, 10), 500, 400.0, 250.0),
        (datetime(2024, 3, 2, 10), datetime(2024, 3, 4), 600, 450.0, 360.0)]


def test_zone_bands_before_first_plan_and_symptom_only():
    timeline = PlanTimeline.of([(datetime(2024, 3, 2), plan(best=None))])
    bands = zone_bands(timeline, MARCH_1, date(2024, 3, 2))
    assert len(bands) == 1 and bands[0].start == datetime(2024, 3, 2)
    assert bands[0].best is bands[0].amber_value is bands[0].red_value is None
    assert zone_bands(PlanTimeline(), MARCH_1, MARCH_1) == []


def test_bands_of_a_plan_on_the_other_scale_are_drawn_on_the_chart_scale():
    """A Wright plan (best 500, amber below 400) on an EU chart: its bands are converted, so a
    reading that is green on the Today card is never drawn inside the amber band."""
    from asthma_app.domain.assessment import reading_zone
    from asthma_app.domain.peak_flow import wright_to_eu
    from asthma_app.domain.zones import Zone

    wright = plan(best=500, scale=Scale.WRIGHT)
    timeline = PlanTimeline.of([(datetime(2024, 1, 1), wright)])
    band = zone_bands(timeline, date(2024, 3, 1), date(2024, 3, 2), Scale.EU)[0]
    assert band.scale is Scale.EU
    assert band.amber_value == wright_to_eu(400)  # 344.2376, not rounded
    eu_reading = reading(1, 8, 380)  # EU 380 on this Wright plan
    assert reading_zone(wright, eu_reading)[0] is Zone.GREEN
    assert eu_reading.value >= band.amber_value  # drawn above the amber band, as it should


def test_amber_line_of_a_wright_plan_is_not_rounded_onto_an_amber_reading():
    """Issue 11 item 1. Wright plan, best 500: amber below Wright 400 = EU 344.24. EU 344 is
    amber; rounded to 344 the line had drawn that reading on the green side of it."""
    from asthma_app.domain.assessment import reading_zone
    from asthma_app.domain.zones import Zone

    wright = plan(best=500, scale=Scale.WRIGHT)
    band = zone_bands(PlanTimeline.of([(datetime(2024, 1, 1), wright)]), MARCH_1, MARCH_1,
                      Scale.EU)[0]
    assert reading_zone(wright, reading(1, 8, 344))[0] is Zone.AMBER
    assert band.amber_value > 344


def test_converted_points_are_rounded_down_never_up_over_a_line():
    """Wright 451 is EU 399.8, amber on an EU plan of best 500 (line at 400): drawn at 399,
    below the line, not at 400 on it."""
    series = points_for_chart([reading(1, 8, 451, scale=Scale.WRIGHT)], MARCH_1, MARCH_1,
                              max_points=10, scale=Scale.EU)
    assert [point.low for point in series.points] == [399]
