"""Creating the people recorded on this computer."""

from __future__ import annotations

import pytest

from asthma_app.domain.profile import Profile
from asthma_app.services.profiles import ProfileError, create_profile, open_session, profiles


def test_create_and_list(db, clock):
    ana = create_profile(db, Profile("Ana", birth_year=2015), clock)
    ben = create_profile(db, Profile("Ben", region="AU"), clock)
    assert profiles(db) == [ana, ben]
    assert ben.emergency == "000"
    assert ana.created_at == clock()


@pytest.mark.parametrize("name", ["", "   "])
def test_empty_name_refused(db, clock, name):
    with pytest.raises(ProfileError) as caught:
        create_profile(db, Profile(name), clock)
    assert caught.value.problems == ["Please enter a name."]
    assert profiles(db) == []


def test_long_name_refused(db, clock):
    with pytest.raises(ProfileError, match="shorter name"):
        create_profile(db, Profile("x" * 81), clock)
    create_profile(db, Profile("x" * 80), clock)


@pytest.mark.parametrize("year", [1900, 2027, 3000, 0, -5])
def test_silly_birth_year_refused(db, clock, year):
    # the clock says 2026: 1906..2026 is accepted
    with pytest.raises(ProfileError, match="year of birth"):
        create_profile(db, Profile("Ana", birth_year=year), clock)


@pytest.mark.parametrize("year", [1906, 2026, None])
def test_birth_year_edges_accepted(db, clock, year):
    assert create_profile(db, Profile("Ana", birth_year=year), clock).birth_year == year


def test_sessions_are_per_person(db, clock):
    ana = create_profile(db, Profile("Ana"), clock)
    ben = create_profile(db, Profile("Ben"), clock)
    from datetime import timedelta

    from asthma_app.domain.readings import PeakFlowReading

    open_session(db, ana.id, clock).diary.log_reading(
        PeakFlowReading(clock() - timedelta(hours=1), (450,)))
    ben_session = open_session(db, ben.id, clock)
    assert ben_session.profile.name == "Ben"
    assert ben_session.diary.readings() == []  # never another person's data
    assert len(open_session(db, ana.id, clock).diary.readings()) == 1
