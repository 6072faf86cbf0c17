"""Invariants for the MART/AIR plan fields (issue 11 item 9): the most reliever puffs a day is
shown exactly as written (never computed), and an AIR plan warns whenever the year of birth
allows the person to be under 12."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from asthma_app.domain.plan import (
    AIR_MINIMUM_AGE,
    PlanKind,
    air_age_warning,
    max_puffs_line,
    validate_plan,
)
from tests.conftest import make_plan


@given(kind=st.sampled_from(PlanKind) | st.just(PlanKind.AIR),
       this_year=st.integers(2000, 2100),
       age=st.none() | st.integers(8, 16) | st.integers(-5, 120))
def test_air_warns_exactly_when_the_person_may_be_under_12(kind, this_year, age):
    birth_year = None if age is None else this_year - age
    # by year alone, someone born in B is (Y - B - 1) or (Y - B) years old during year Y
    may_be_under_12 = birth_year is not None and this_year - birth_year - 1 < AIR_MINIMUM_AGE
    warning = air_age_warning(kind, birth_year, this_year)
    assert (warning is not None) == (kind is PlanKind.AIR and may_be_under_12)
    if warning:
        assert str(birth_year) in warning


@given(kind=st.sampled_from([PlanKind.MART, PlanKind.AIR]), puffs=st.integers(1, 24))
def test_maximum_puffs_shown_is_the_number_written(kind, puffs):
    plan = make_plan(kind=kind, max_reliever_puffs_per_day=puffs)
    assert validate_plan(plan, new=True) == []
    line = max_puffs_line(plan)
    assert [int(n) for n in re.findall(r"\d+", line)] == [puffs]


@given(puffs=st.none() | st.integers(-5, 100))
def test_reliever_plans_show_no_daily_maximum(puffs):
    assert max_puffs_line(make_plan(max_reliever_puffs_per_day=puffs)) is None
