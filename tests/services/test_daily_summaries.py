"""Trends from per-day summaries (domain/daily.py) equal Trends from the readings themselves.

Generated histories go into a real SQLite file: plan versions that change at midnight and in
the middle of a day, with and without a personal best, on both meter scales; readings on both
scales across the whole accepted range (so some cannot be converted), one to three blows,
morning and evening; diary entries with and without signs; some readings and entries deleted
and some replaced by an edit. The statistics, both chart series (raw and envelope) and the
diary bars must equal the reference computed from ``readings_between`` (every live reading as
an object) with ``period_stats`` and ``points_for_chart``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from asthma_app.domain.plan import Scale
from asthma_app.domain.profile import Profile
from asthma_app.domain.readings import PeakFlowReading, Period, SymptomEntry
from asthma_app.domain.series import bucket_days_for, points_for_chart
from asthma_app.domain.statistics import period_stats
from asthma_app.domain.timeline import day_after, day_start
from asthma_app.services.profiles import open_session
from asthma_app.services.trends import TrendsService
from asthma_app.storage import day_summaries, repository
from tests.safety.strategies import plans, scales

FIRST = date(2025, 3, 1)
DAYS = 40
NOW = datetime(2025, 6, 1, 12, 0)

moments = st.builds(lambda day, minute: day_start(FIRST + timedelta(days=day))
                    + timedelta(minutes=minute),
                    st.integers(0, DAYS - 1), st.integers(0, 24 * 60 - 1))
midnights = st.integers(-3, DAYS - 1).map(lambda day: day_start(FIRST + timedelta(days=day)))
blows = st.lists(st.integers(30, 1000), min_size=1, max_size=3).map(tuple)
readings = st.builds(PeakFlowReading, taken_at=moments, blows=blows, scale=scales,
                     period=st.sampled_from([None, Period.MORNING, Period.EVENING]))
signs = st.lists(st.sampled_from(["cough", "tight chest", "breathless"]), max_size=2).map(tuple)
entries = st.builds(SymptomEntry, recorded_at=moments, night_waking=st.booleans(),
                    reliever_puffs=st.integers(0, 6), amber_signs=signs, red_signs=signs)


@st.composite
def histories(draw, summed: bool = False):
    """``summed``: the usual case the day sums alone give (one scale, plans from midnight)."""
    if summed:
        versions = draw(st.lists(st.tuples(midnights, plans(peak_flow=None).map(
            lambda plan: replace(plan, scale=Scale.EU))), max_size=4))
        some = st.lists(readings.map(lambda r: replace(r, scale=Scale.EU)), max_size=90)
    else:
        versions = draw(st.lists(st.tuples(st.one_of(moments, midnights),
                                           plans(peak_flow=None)), max_size=4))
        some = st.lists(readings, max_size=90)
    return (versions, draw(some),
            draw(st.lists(entries, max_size=30)),
            draw(st.lists(st.sampled_from(["keep", "delete", "replace"]), max_size=90)))


def _store(db, versions, new_readings, new_entries, fates) -> int:
    pid = repository.add_profile(db, Profile("Hyp"), NOW).id
    for moment, plan in versions:
        repository.add_plan_version(db, pid, plan, moment)
    repository.add_readings(db, pid, new_readings, NOW)
    repository.add_entries(db, pid, new_entries, NOW)
    stored = repository.list_readings(db, pid)
    for reading, fate in zip(stored, fates, strict=False):
        if fate == "delete":
            repository.set_deleted(db, "readings", reading.id, NOW)
        elif fate == "replace":  # an edit: another value, maybe another scale and time
            edited = PeakFlowReading(reading.taken_at + timedelta(hours=5),
                                     (max(30, reading.value - 40),), reading.scale)
            repository.replace_reading(db, pid, reading.id, edited, NOW)
    # rows as older versions or imports may have left them: no session stored, no blows
    db.execute("UPDATE readings SET period = NULL WHERE profile_id = ? AND id % 3 = 0", [pid])
    db.execute("UPDATE readings SET blow1 = NULL, blow2 = NULL, blow3 = NULL "
               "WHERE profile_id = ? AND id % 5 = 0", [pid])
    stored_entries = repository.list_entries(db, pid)
    for entry, fate in zip(stored_entries, reversed(fates), strict=False):
        if fate == "delete":
            repository.set_deleted(db, "symptom_entries", entry.id, NOW)
        elif fate == "replace":
            edited = SymptomEntry(entry.recorded_at, reliever_puffs=entry.reliever_puffs + 1,
                                  red_signs=("breathless",))
            repository.replace_entry(db, pid, entry.id, edited, NOW)
    return pid


def _summaries(db) -> tuple[list, list]:
    return (db.execute("SELECT * FROM reading_days ORDER BY profile_id, day, scale").fetchall(),
            db.execute("SELECT * FROM entry_days ORDER BY profile_id, day").fetchall())


def _recomputed(db) -> tuple[list, list]:
    """The day sums rebuilt from every row, as the migrations build them (the reading days'
    entry signs written last from the entry days, whatever the triggers did meanwhile)."""
    from asthma_app.storage.migrations import m0006_daily_summaries as migration
    from asthma_app.storage.migrations import m0011_reading_days_entry_signs as signs

    db.execute("SAVEPOINT recompute")
    try:
        db.execute("DELETE FROM reading_days")
        db.execute("DELETE FROM entry_days")
        db.execute(migration.reading_days_sql("1"))
        db.execute(migration.entry_days_sql("1"))
        db.execute(signs.signs_sql())
        return _summaries(db)
    finally:
        db.execute("ROLLBACK TO recompute")
        db.execute("RELEASE recompute")


def _reference_bars(entries, start, end, width, value):
    count = (end - start).days // width + 1
    totals = [None] * count
    for entry in entries:
        if start <= entry.recorded_at.date() <= end:
            index = (entry.recorded_at.date() - start).days // width
            totals[index] = (totals[index] or 0) + value(entry)
    return totals


@settings(max_examples=120, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(history=histories(), first=st.integers(-2, DAYS), length=st.integers(0, DAYS + 4),
       max_points=st.integers(2, 60))
def test_summaries_give_exactly_the_figures_of_the_readings(db, clock, history, first, length,
                                                             max_points):
    _check(db, clock, history, first, length, max_points)


@settings(max_examples=80, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(history=histories(summed=True), first=st.integers(-2, DAYS),
       length=st.integers(0, DAYS + 4), max_points=st.integers(2, 60))
def test_sums_added_up_by_sqlite_give_exactly_the_same(db, clock, history, first, length,
                                                       max_points):
    """One scale and plans from midnight: SQLite adds up the day sums too."""
    pid = _check(db, clock, history, first, length, max_points)
    start = FIRST + timedelta(days=first)
    assert day_summaries.summed_only(db, pid, repository.plan_timeline(db, pid), start,
                                     start + timedelta(days=length), Scale.EU)


@pytest.mark.parametrize("max_points", [2, 4, 30])  # 2: the envelope
def test_days_with_readings_and_entries_and_the_first_lowest_in_a_later_bucket(db, clock,
                                                                            max_points):
    """Summed by SQLite: a day with readings and entries counts once, under the worse zone;
    an entry-only day counts too; the lowest per cent of best is the first reading with it
    though another bucket of the same plan version has the same value later."""
    from tests.conftest import make_plan

    plan = replace(make_plan(), scale=Scale.EU)  # personal best 500
    new_plan = replace(plan, personal_best=450)
    versions = [(day_start(FIRST), plan), (day_start(FIRST + timedelta(days=14)), new_plan)]

    def at(day: int, hour: int) -> datetime:
        return day_start(FIRST + timedelta(days=day)) + timedelta(hours=hour)

    readings_ = [PeakFlowReading(taken_at=at(day, 8), blows=(value,), scale=Scale.EU)
                 for day, value in ((0, 420), (2, 180), (5, 400), (9, 180), (13, 400),
                                    (14, 410), (16, 300), (20, 162))]
    entries_ = [SymptomEntry(recorded_at=at(day, 9), night_waking=False, reliever_puffs=1,
                             amber_signs=amber, red_signs=())
                for day, amber in ((0, ("cough",)), (3, ()), (5, ()), (16, ("cough",)))]
    pid = _check(db, clock, (versions, readings_, entries_, []), 0, 22, max_points)
    assert day_summaries.summed_only(db, pid, repository.plan_timeline(db, pid), FIRST,
                                     FIRST + timedelta(days=22), Scale.EU)


def _check(db, clock, history, first, length, max_points) -> int:
    pid = _store(db, *history)
    start = FIRST + timedelta(days=first)
    end = start + timedelta(days=length)
    everything = (day_start(FIRST - timedelta(days=10)), day_after(FIRST + timedelta(days=60)))
    live = repository.readings_between(db, pid, *everything)
    live_entries = repository.entries_between(db, pid, *everything)
    timeline = repository.plan_timeline(db, pid)
    expected = period_stats(live, live_entries, timeline, start, end)

    assert _summaries(db) == _recomputed(db)  # the triggers kept the day sums exact
    session = open_session(db, pid, clock)
    assert TrendsService(session).stats(start, end) == expected  # nothing read before
    view = TrendsService(session).view(start, end, max_points)
    assert view.stats == expected
    prepared = TrendsService(session)
    prepared.stats(start, end)  # statistics known before the view (idle preparation)
    assert prepared.view(start, end, max_points) == view
    for period in (Period.MORNING, Period.EVENING):
        chosen = [r for r in live if r.session is period]
        assert view.series(period) == points_for_chart(chosen, start, end, max_points,
                                                       expected.scale)
    width = bucket_days_for(start, end, max(2, max_points // 2))
    assert [bar.value for bar in view.reliever] == _reference_bars(
        live_entries, start, end, width, lambda e: e.reliever_puffs)
    assert [bar.value for bar in view.nights] == _reference_bars(
        live_entries, start, end, width, lambda e: int(e.night_waking))
    assert [(bar.start, bar.days) for bar in view.reliever] == [
        (start + timedelta(days=i * width), min(width, (end - start).days + 1 - i * width))
        for i in range(len(view.reliever))]
    return pid


def _stats_both_ways(db, clock, versions, readings_):
    pid = _store(db, versions, readings_, [], [])
    live = repository.readings_between(db, pid, datetime(2000, 1, 1), datetime(2100, 1, 1))
    first, last = live[0].taken_at.date(), live[-1].taken_at.date()
    got = TrendsService(open_session(db, pid, clock)).stats(first, last)
    assert got == period_stats(live, [], repository.plan_timeline(db, pid), first, last)
    return got


def test_a_plan_changed_at_noon_judges_the_morning_by_the_old_plan(db, clock):
    """The day sum alone cannot tell which plan judged which reading: such a day is read
    reading by reading. Morning 300 under best 500 (60 %, amber), evening 300 under best 700
    from noon (42 %, red): the day is red, the lowest per cent 42 at 7 pm, lower than the 90 %
    of a summed day before it."""
    from tests.conftest import make_plan

    day = FIRST + timedelta(days=3)
    versions = [(day_start(FIRST), make_plan(personal_best=500)),
                (datetime.combine(day, time(12)), make_plan(personal_best=700))]
    readings_ = [PeakFlowReading(datetime.combine(FIRST, time(8)), (450,)),
                 PeakFlowReading(datetime.combine(day, time(8)), (300,)),
                 PeakFlowReading(datetime.combine(day, time(19)), (300,))]
    stats = _stats_both_ways(db, clock, versions, readings_)
    assert (stats.days_green, stats.days_amber, stats.days_red) == (1, 0, 1)
    assert (stats.lowest_pct_best, stats.lowest_pct_at) == (42, datetime.combine(day, time(19)))


def test_every_value_at_and_around_the_zone_limits(db, clock):
    """Every accepted value, one a day, on both scales under a plan on each scale: the zones
    judged in SQL with whole-number limits equal the exact rule reading by reading."""
    from asthma_app.domain.plan import Scale
    from tests.conftest import make_plan

    for plan in (make_plan(personal_best=500, amber_below_pct=80, red_below_pct=50),
                 make_plan(personal_best=430, scale=Scale.WRIGHT, amber_below_pct=75,
                           red_below_pct=40)):
        for scale in Scale:
            readings_ = [PeakFlowReading(datetime(2020, 1, 1, 9) + timedelta(days=value - 30),
                                         (value,), scale) for value in range(30, 1001)]
            stats = _stats_both_ways(db, clock, [(datetime(2019, 1, 1), plan)], readings_)
            assert stats.days_red and stats.days_amber and stats.days_green


def test_a_tie_for_the_lowest_per_cent_goes_to_the_first_reading(db, clock):
    """Wright 362 on an EU plan of best 500 is 61 %, like EU 305 the next day: the first
    reading (read one by one for its scale) is the one named, not the later summed day."""
    from asthma_app.domain.peak_flow import percent_on_scale
    from asthma_app.domain.plan import Scale
    from tests.conftest import make_plan

    wright = next(v for v in range(200, 600)
                  if percent_on_scale(v, Scale.WRIGHT, 500, Scale.EU) == 61)
    readings_ = [PeakFlowReading(datetime(2025, 3, 1, 9), (wright,), Scale.WRIGHT),
                 PeakFlowReading(datetime(2025, 3, 2, 9), (305,))]
    stats = _stats_both_ways(db, clock, [(datetime(2025, 1, 1), make_plan())], readings_)
    assert (stats.lowest_pct_best, stats.lowest_pct_at) == (61, datetime(2025, 3, 1, 9))


def test_the_first_day_with_the_lowest_per_cent_is_named_when_sqlite_adds_up(db, clock):
    """EU 300, 304 and 302 on three days under best 500 are all 60 %: the first is named."""
    from tests.conftest import make_plan

    readings_ = [PeakFlowReading(datetime(2025, 3, day, 9), (value,))
                 for day, value in ((1, 304), (2, 300), (3, 302))]
    stats = _stats_both_ways(db, clock, [(datetime(2025, 1, 1), make_plan())], readings_)
    assert (stats.lowest_pct_best, stats.lowest_pct_at) == (60, datetime(2025, 3, 1, 9))


def test_a_variability_halfway_between_tenths_is_added_up_day_by_day(db, clock):
    """Amplitudes 12.5 and 12.4 average 12.45: SQLite's sum cannot tell how period_stats'
    own sum rounds (domain/daily.one_decimal_of_mean), so the days' amplitudes are read and
    added up as it does: 12.5."""
    from tests.conftest import make_plan

    readings_ = [PeakFlowReading(datetime(2025, 3, day, hour), (value,))
                 for day, hour, value in ((1, 8, 340), (1, 19, 300), (2, 8, 469), (2, 19, 531))]
    stats = _stats_both_ways(db, clock, [(datetime(2025, 1, 1), make_plan())], readings_)
    assert (stats.variability_pct, stats.variability_days) == (12.5, 2)
    pid = db.execute("SELECT MAX(id) FROM profiles").fetchone()[0]
    assert day_summaries.summed_only(db, pid, repository.plan_timeline(db, pid),
                                     date(2025, 3, 1), date(2025, 3, 2), Scale.EU)


def test_the_migration_gives_existing_reading_days_their_entry_signs(tmp_path, clock):
    """A diary saved before m0011: its reading days get their diary days' signs, and the
    triggers keep them afterwards (a red entry added to a day with readings)."""
    import sqlite3

    import sqlite_utils

    from asthma_app.storage import migrations
    from asthma_app.storage.database import open_database
    from asthma_app.storage.migrations import m0011_reading_days_entry_signs as migration

    path, backups = tmp_path / "old.sqlite3", tmp_path / "backups"
    db = sqlite_utils.Database(sqlite3.connect(str(path), isolation_level=None))
    migrations.migrate(db, path, backups, upto=migration.VERSION - 1)
    try:
        pid = repository.add_profile(db, Profile("Old"), NOW).id
        repository.add_readings(db, pid, [PeakFlowReading(datetime(2025, 3, day, 8), (400,))
                                          for day in (1, 2, 3)], NOW)
        repository.add_entries(db, pid, [SymptomEntry(datetime(2025, 3, 1, 20)),
                                         SymptomEntry(datetime(2025, 3, 2, 20),
                                                      amber_signs=("cough",))], NOW)
    finally:
        db.close()
    db = open_database(path, backups)
    try:
        signs = "SELECT day, entry_signs FROM reading_days WHERE profile_id = ? ORDER BY day"
        assert db.execute(signs, [pid]).fetchall() == [
            ("2025-03-01", 0), ("2025-03-02", 1), ("2025-03-03", None)]
        repository.add_entry(db, pid, SymptomEntry(datetime(2025, 3, 3, 20),
                                                   red_signs=("breathless",)), NOW)
        assert db.execute(signs, [pid]).fetchall()[2] == ("2025-03-03", 2)
        assert _summaries(db) == _recomputed(db)
    finally:
        db.close()
