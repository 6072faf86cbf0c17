"""Trends service and loading a generated history: range queries against the pure functions."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from asthma_app.domain.profile import Profile
from asthma_app.domain.readings import Period
from asthma_app.domain.series import points_for_chart, zone_bands
from asthma_app.domain.statistics import period_stats
from asthma_app.domain.synthetic import generate_history
from asthma_app.services.profiles import create_profile
from asthma_app.services.sample_data import load_history
from asthma_app.services.trends import TrendsService, describe_point, judge_value
from asthma_app.storage import day_summaries, repository


@pytest.fixture(scope="module")
def history():
    return generate_history(years=2, seed=5, readings_per_session=2, miss_rate=0.05)


@pytest.fixture
def loaded(db, clock, history):
    clock.now = datetime(2025, 12, 31, 23, 0)
    profile = create_profile(db, Profile("Demo", 1980), clock)
    return load_history(db, profile, history, clock)


def test_load_history_stores_everything_with_the_right_plan_dates(loaded, history):
    db, pid = loaded.db, loaded.profile_id
    assert db["readings"].count == len(history.readings)
    assert db["symptom_entries"].count == len(history.entries)
    timeline = repository.plan_timeline(db, pid)
    assert [m for m, _ in timeline.versions] == [m for m, _ in history.plans.versions]
    assert [p.personal_best for _, p in timeline.versions] == \
        [p.personal_best for _, p in history.plans.versions]
    # each reading points at the stored version that was in force when it was taken
    for reading in repository.readings_between(db, pid, datetime(2000, 1, 1),
                                               datetime(2030, 1, 1))[::97]:
        assert reading.plan_version_id == timeline.plan_at(reading.taken_at).version_id


def test_load_history_is_one_transaction(db, clock, history, monkeypatch):
    profile = create_profile(db, Profile("Demo", 1980), clock)
    calls = []
    real = repository.add_entries

    def failing(*args):
        calls.append(1)
        real(*args)
        raise RuntimeError("disk gone")

    monkeypatch.setattr(repository, "add_entries", failing)
    with pytest.raises(RuntimeError):
        load_history(db, profile, history, clock)
    assert calls and db["readings"].count == 0 and db["plan_versions"].count == 0


def test_range_queries_return_exactly_the_period_in_order(loaded, history):
    start, end = datetime(2025, 3, 1), datetime(2025, 4, 1)
    got = repository.readings_between(loaded.db, loaded.profile_id, start, end)
    expected = [r for r in history.readings if start <= r.taken_at < end]
    assert [(r.taken_at, r.blows, r.session) for r in got] == \
        [(r.taken_at, r.blows, r.session) for r in expected]
    entries = repository.entries_between(loaded.db, loaded.profile_id, start, end)
    assert [(e.recorded_at, e.reliever_puffs, e.night_waking, e.amber_signs) for e in entries] \
        == [(e.recorded_at, e.reliever_puffs, e.night_waking, e.amber_signs)
            for e in history.entries if start <= e.recorded_at < end]


def test_range_query_uses_the_index(loaded):
    plan = loaded.db.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM readings WHERE profile_id = 1 AND deleted_at IS NULL "
        "AND replaced_by IS NULL AND taken_at >= '2025' AND taken_at < '2026' "
        "ORDER BY taken_at, id").fetchall()
    assert "USING INDEX" in " ".join(str(row) for row in plan)


@pytest.mark.parametrize("key", ["2w", "3m", "1y", "all"])
def test_view_matches_the_pure_functions(loaded, history, key):
    service = TrendsService(loaded)
    start, end = service.range_for(key)
    assert end == date(2025, 12, 31)
    if key == "all":
        assert start == history.readings[0].taken_at.date()
    view = service.view(start, end, 300)
    assert view.stats == period_stats(history.readings, history.entries, history.plans,
                                      start, end)
    morning = [r for r in history.readings if r.session is Period.MORNING]
    assert view.morning == points_for_chart(morning, start, end, 300, view.scale)
    assert len(view.morning.points) <= 300 and len(view.evening.points) <= 300
    assert [(b.start, b.end, b.best) for b in view.bands] == \
        [(b.start, b.end, b.best) for b in zone_bands(history.plans, start, end)]
    assert 4 * len(view.reliever) <= 300
    in_range = [e for e in history.entries if start <= e.recorded_at.date() <= end]
    assert sum(bar.value or 0 for bar in view.reliever) == sum(e.reliever_puffs for e in in_range)
    assert sum(bar.value or 0 for bar in view.nights) == sum(e.night_waking for e in in_range)
    assert sum(bar.days for bar in view.reliever) == (end - start).days + 1


def test_view_after_a_wider_one_is_cut_from_memory(loaded, monkeypatch):
    """Day summaries of a wider period are cut, not read again; so are the readings drawn one
    by one (a period with no more readings than the chart has points)."""
    service = TrendsService(loaded)
    service.view(*service.range_for("all"), 500)
    monkeypatch.setattr(day_summaries, "days_between", lambda *a: pytest.fail("summed again"))
    year = service.view(*service.range_for("1y"), 500)
    assert year.morning.bucket_days > 0  # drawn from the day summaries
    service.view(*service.range_for("3m"), 500)
    monkeypatch.setattr(repository, "readings_between", lambda *a: pytest.fail("reloaded"))
    small = service.view(*service.range_for("2w"), 500)
    assert small.morning.bucket_days == 0
    assert small.stats.readings_count == sum(p.count for p in small.morning.points) + \
        sum(p.count for p in small.evening.points)


def test_refresh_sees_new_data(loaded, clock):
    from asthma_app.domain.readings import PeakFlowReading

    service = TrendsService(loaded)
    before = service.stats(date(2025, 12, 31), date(2025, 12, 31)).readings_count
    loaded.diary.log_reading(PeakFlowReading(datetime(2025, 12, 31, 22, 50), (300,)))
    service.refresh()
    assert service.stats(date(2025, 12, 31), date(2025, 12, 31)).readings_count == before + 1


def test_describe_point_names_date_value_percent_and_zone(loaded):
    service = TrendsService(loaded)
    view = service.view(date(2025, 12, 1), date(2025, 12, 14), 500)
    point = view.morning.points[0]
    plan = view.timeline.plan_at(point.at)
    pct = point.high * 100 // plan.personal_best
    text = describe_point(view, Period.MORNING, point, "1 Dec 2025")
    assert f"{point.high}\u00a0L/min" in text and "1 Dec 2025" in text and f"{pct}\u00a0%" in text
    assert judge_value(point.high, view.scale, plan)[1].label() in text
    wide = service.view(*service.range_for("all"), 100)
    bucket = wide.evening.points[0]
    text = describe_point(wide, Period.EVENING, bucket, "the start")
    assert f"lowest {bucket.low}\u00a0L/min" in text and f"({bucket.count} readings)" in text


def test_empty_profile(session):
    service = TrendsService(session)
    start, end = service.range_for("all")
    assert start == end == session.clock().date()
    view = service.view(start, end, 200)
    assert view.stats.readings_count == 0 and view.morning.points == () and view.bands == []


def test_a_selected_point_on_the_other_scale_is_judged_exactly():
    """Issue 11 item 1: the Trends point sentence uses the Today card's exact rule. EU 344 on a
    Wright plan of best 500 is Wright 399.77: amber at 79 %, not green at 80 %."""
    from asthma_app.domain.plan import Scale
    from asthma_app.domain.zones import Zone
    from tests.conftest import make_plan

    assert judge_value(344, Scale.EU, make_plan(scale=Scale.WRIGHT)) == (79, Zone.AMBER)
    assert judge_value(451, Scale.WRIGHT, make_plan(scale=Scale.EU)) == (79, Zone.AMBER)
