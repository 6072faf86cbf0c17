"""The synthetic history: counts, determinism, plausibility and internal consistency."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest

from asthma_app.domain.readings import Period, period_for
from asthma_app.domain.statistics import judge_reading
from asthma_app.domain.synthetic import generate_history
from asthma_app.domain.zones import Zone


@pytest.fixture(scope="module")
def history():
    return generate_history()


def _day_zones(history):
    zones: dict[date, Zone] = {}
    for reading in history.readings:
        _pct, zone = judge_reading(reading, history.plans.plan_at(reading.taken_at))
        day = reading.taken_at.date()
        zones[day] = max(zones.get(day, Zone.GREEN), zone)
    return zones


def test_twenty_years_counts(history):
    # 365 * 20 = 7,300 days; 2 sessions a day, none missed by default -> 14,600 readings
    assert (history.end - history.start).days + 1 == 7300
    assert len(history.entries) == 7300
    assert len(history.readings) == 14600
    assert history.end == date(2025, 12, 31)


def test_two_readings_per_session_gives_29_200():
    assert len(generate_history(readings_per_session=2).readings) == 29200


def test_same_seed_same_history_other_seed_differs(history):
    again = generate_history(seed=1)
    assert again == history
    assert generate_history(years=2, seed=2) != generate_history(years=2, seed=1)


def test_values_are_plausible(history):
    for reading in history.readings:
        assert 60 <= reading.value <= 800
        assert all(30 <= blow <= 1000 for blow in reading.blows) and len(reading.blows) == 3


def test_readings_sorted_and_sessions_match_the_clock(history):
    times = [reading.taken_at for reading in history.readings]
    assert times == sorted(times)
    assert all(period_for(r.taken_at) is r.session for r in history.readings)
    per_day = Counter((r.taken_at.date(), r.session) for r in history.readings)
    assert set(per_day.values()) == {1}


def test_morning_lower_than_evening_on_average(history):
    morning = [r.value for r in history.readings if r.session is Period.MORNING]
    evening = [r.value for r in history.readings if r.session is Period.EVENING]
    assert sum(morning) / len(morning) < sum(evening) / len(evening)


def test_plan_versions_change_best_and_preventer_dose(history):
    plans = [plan for _moment, plan in history.plans.versions]
    assert len(plans) >= 3
    assert len({plan.personal_best for plan in plans}) >= 2
    assert len({plan.medicines[0].strength for plan in plans}) >= 2
    assert [plan.version_id for plan in plans] == list(range(1, len(plans) + 1))
    assert all(r.plan_version_id == history.plans.plan_at(r.taken_at).version_id
               for r in history.readings[::97])


def test_colds_dip_into_amber_and_attacks_into_red(history):
    zones = _day_zones(history)
    assert len(history.colds) >= 20 and 4 <= len(history.attacks) <= 20
    for first, last in history.colds:
        days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
        assert any(zones[day] >= Zone.AMBER for day in days)
    assert all(zones[day] is Zone.RED for day in history.attacks)
    assert any(reading.after_reliever for reading in history.readings)


def test_diary_agrees_with_readings(history):
    zones = _day_zones(history)
    for entry in history.entries:
        zone = zones[entry.recorded_at.date()]
        assert bool(entry.red_signs) == (zone is Zone.RED)
        if zone >= Zone.AMBER:
            assert entry.amber_signs and entry.reliever_puffs > 0
        if entry.night_waking:
            assert "I am waking up at night because of my asthma" in entry.amber_signs


def test_missed_sessions_option():
    history = generate_history(years=4, miss_rate=0.05)
    slots = 2 * 365 * 4
    missed = slots - len(history.readings)
    assert 0.03 * slots < missed < 0.07 * slots
    assert len(history.entries) == 365 * 4


def test_bad_arguments_are_refused():
    with pytest.raises(ValueError):
        generate_history(years=0)
    with pytest.raises(ValueError):
        generate_history(years=1, miss_rate=1.0)


def test_one_year_history_is_valid():
    history = generate_history(years=1, seed=7, end=date(2024, 6, 30))
    assert len(history.readings) == 730 and history.start == date(2023, 7, 2)
    assert len(history.plans.versions) == 4
