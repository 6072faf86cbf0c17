"""Trends for a profile made today: the named periods start when the profile began (or at its
first data, if that is earlier: an import), not 90 days before anything existed."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st


def test_a_new_profile_counts_only_its_own_days(session, clock):
    from asthma_app.services.trends import TrendsService

    service = TrendsService(session)
    for key in ("2w", "3m", "1y", "all"):
        start, end = service.range_for(key)
        assert (start, end) == (date(2026, 11, 22), date(2026, 11, 22)), key
        stats = service.stats(start, end)
        assert stats.days_no_data == 1 and stats.readings_missed == 2


def test_a_week_old_profile_counts_a_week(session, clock):
    from asthma_app.domain.readings import PeakFlowReading
    from asthma_app.services.trends import TrendsService

    clock.advance(days=6)
    session.diary.log_reading(PeakFlowReading(clock.now, (400,)))
    stats = TrendsService(session).stats(*TrendsService(session).range_for("3m"))
    assert stats.days == 7 and stats.days_no_data == 6


def test_imported_history_older_than_the_profile_is_still_shown(session, clock):
    from asthma_app.domain.readings import PeakFlowReading
    from asthma_app.services.trends import TrendsService

    session.diary.log_reading(PeakFlowReading(datetime(2026, 10, 1, 8, 0), (400,)))
    assert TrendsService(session).range_for("3m")[0] == date(2026, 10, 1)
    assert TrendsService(session).range_for("2w")[0] == date(2026, 11, 9)  # 14 days


@settings(max_examples=40, deadline=None)
@given(age=st.integers(0, 800), key=st.sampled_from(["2w", "3m", "1y", "all"]))
def test_a_named_period_never_starts_before_the_profile(age, key):
    """Property: the start is never before the profile began (with no older data), never
    after the end, and the period is never longer than its name says."""
    from asthma_app.domain.profile import Profile
    from asthma_app.services.trends import RANGES, earliest_start

    made = datetime(2026, 1, 1, 9, 0)
    end = made.date() + timedelta(days=age)
    start = earliest_start(Profile("A", created_at=made), None, end, key)
    assert made.date() <= start <= end
    if key in RANGES:
        assert (end - start).days + 1 <= RANGES[key]
        if age + 1 >= RANGES[key]:
            assert (end - start).days + 1 == RANGES[key]
