"""The review loop's rules: which attacks start a follow-up, when it is due, and the 12-month
totals, checked against a brute-force count over generated histories."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from hypothesis import given
from hypothesis import strategies as st

from asthma_app.domain.control import Attack, Care
from asthma_app.domain.follow_up import (
    FOLLOW_UP_CARE,
    FOLLOW_UP_RECENT_DAYS,
    follow_up_due,
    needs_follow_up,
    starts_follow_up,
)
from asthma_app.domain.guidance import RELIEVER_DAYS_A_WEEK_LIMIT, STEROID_COURSES_LIMIT
from asthma_app.domain.readings import SymptomEntry
from asthma_app.domain.year_totals import facts_that_apply, year_start, year_totals

DAYS = st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31))
CARES = st.lists(st.sampled_from(list(Care)), unique=True, max_size=4).map(tuple)


@given(CARES)
def test_follow_up_starts_exactly_after_emergency_care_or_steroid_tablets(care):
    emergency = {Care.EMERGENCY_DEPARTMENT, Care.AMBULANCE, Care.HOSPITAL_ADMISSION,
                 Care.OUT_OF_HOURS, Care.STEROID_TABLETS}
    assert needs_follow_up(care) == bool(emergency & set(care))


def test_routine_care_alone_starts_no_follow_up():
    assert not needs_follow_up((Care.URGENT_APPOINTMENT, Care.NHS_111))
    assert not needs_follow_up(())
    assert {Care.EMERGENCY_DEPARTMENT, Care.AMBULANCE, Care.HOSPITAL_ADMISSION,
                              Care.OUT_OF_HOURS, Care.STEROID_TABLETS} == FOLLOW_UP_CARE


@given(CARES, st.integers(0, 60))
def test_only_a_recent_attack_starts_a_follow_up(care, days_ago):
    today = date(2026, 11, 22)
    attack = Attack(today - timedelta(days=days_ago), care)
    assert starts_follow_up(attack, today) == (needs_follow_up(care)
                                               and days_ago <= FOLLOW_UP_RECENT_DAYS)


@given(DAYS)
def test_follow_up_due_is_two_working_days_later_never_more(day):
    due = follow_up_due(day)
    assert due.weekday() < 5
    between = [day + timedelta(days=n) for n in range(1, (due - day).days + 1)]
    assert sum(1 for d in between if d.weekday() < 5) == 2


def test_follow_up_due_over_a_weekend():
    assert follow_up_due(date(2026, 11, 27)) == date(2026, 12, 1)  # Friday -> Tuesday
    assert follow_up_due(date(2026, 11, 23)) == date(2026, 11, 25)  # Monday -> Wednesday


# --- the year at a glance -------------------------------------------------------------------

def _in_window_brute_force(day: date, end: date) -> bool:
    """Independent statement of the window: on or after the same calendar day a year before
    (28 February standing in for a missing 29th), and not after ``end``."""
    month_day = (end.month, end.day) if (end.month, end.day) != (2, 29) else (2, 28)
    first = (end.year - 1, *month_day)
    return first <= (day.year, day.month, day.day) <= (end.year, end.month, end.day)


# days from the end, with the days either side of both boundaries drawn often
OFFSETS = st.one_of(st.sampled_from([-367, -366, -365, -364, -1, 0, 1]), st.integers(-400, 3))


@st.composite
def histories(draw):
    """An end day, attacks and diary entries around its 12-month window."""
    end = draw(DAYS)
    attacks = [Attack(end + timedelta(days=draw(OFFSETS)), draw(CARES))
               for _ in range(draw(st.integers(0, 30)))]
    entries = [SymptomEntry(datetime.combine(end + timedelta(days=draw(OFFSETS)),
                                             draw(st.sampled_from([time(0, 0), time(8, 0),
                                                                   time(23, 59, 59)]))),
                            reliever_puffs=draw(st.integers(0, 3)))
               for _ in range(draw(st.integers(0, 60)))]
    return attacks, entries, end


@given(histories())
def test_totals_match_a_brute_force_count(history):
    attacks, entries, end = history
    totals = year_totals(attacks, entries, end)
    inside = [a for a in attacks if _in_window_brute_force(a.occurred_on, end)]
    assert totals.attacks == len(inside)
    for field, care in (("steroid_courses", Care.STEROID_TABLETS),
                        ("emergency_visits", Care.EMERGENCY_DEPARTMENT),
                        ("ambulances", Care.AMBULANCE),
                        ("admissions", Care.HOSPITAL_ADMISSION)):
        assert getattr(totals, field) == sum(care in a.care for a in inside), field
    assert totals.out_of_hours == sum(bool({Care.OUT_OF_HOURS, Care.NHS_111} & set(a.care))
                                      for a in inside)
    logged = {e.recorded_at.date() for e in entries
              if _in_window_brute_force(e.recorded_at.date(), end)}
    used = {e.recorded_at.date() for e in entries
            if e.reliever_puffs and _in_window_brute_force(e.recorded_at.date(), end)}
    assert (totals.diary_days, totals.reliever_days) == (len(logged), len(used))
    weeks = {}
    for day in used:
        weeks.setdefault(day.isocalendar()[:2], set()).add(day)
    assert totals.busy_reliever_weeks == sum(
        len(days) > RELIEVER_DAYS_A_WEEK_LIMIT for days in weeks.values())


@given(DAYS)
def test_window_boundaries_count_the_first_day_and_the_end_day(end):
    first = year_start(end)
    attacks = [Attack(first, (Care.STEROID_TABLETS,)), Attack(end, (Care.STEROID_TABLETS,)),
               Attack(first - timedelta(days=1), (Care.STEROID_TABLETS,)),
               Attack(end + timedelta(days=1), (Care.STEROID_TABLETS,))]
    totals = year_totals(attacks, [], end)
    assert (totals.attacks, totals.steroid_courses) == (2, 2)
    assert 365 <= (end - first).days <= 366


def test_leap_day_window():
    assert year_start(date(2028, 2, 29)) == date(2027, 2, 28)
    assert year_start(date(2027, 3, 1)) == date(2026, 3, 1)


@given(st.integers(0, 6))
def test_steroid_fact_applies_only_above_the_limit(courses):
    attacks = [Attack(date(2026, 11, 1) - timedelta(days=n), (Care.STEROID_TABLETS,))
               for n in range(courses)]
    facts = facts_that_apply(year_totals(attacks, [], date(2026, 11, 22)))
    assert ("steroid_courses" in [f.key for f in facts]) == (courses > STEROID_COURSES_LIMIT)


@given(st.lists(st.integers(0, 6), min_size=1, max_size=10, unique=True))
def test_reliever_fact_applies_when_a_week_has_more_than_the_limit(weekdays):
    monday = date(2026, 11, 9)
    entries = [SymptomEntry(datetime.combine(monday + timedelta(days=d), time(9)),
                            reliever_puffs=2) for d in weekdays]
    totals = year_totals([], entries, date(2026, 11, 22))
    keys = [f.key for f in facts_that_apply(totals)]
    assert ("reliever" in keys) == (len(weekdays) > RELIEVER_DAYS_A_WEEK_LIMIT)


def test_facts_are_stated_as_guidance_with_a_source_never_as_a_verdict():
    attacks = [Attack(date(2026, 10, n), (Care.STEROID_TABLETS,)) for n in (1, 2, 3)]
    entries = [SymptomEntry(datetime(2026, 11, d, 9), reliever_puffs=1) for d in (9, 10, 11)]
    facts = facts_that_apply(year_totals(attacks, entries, date(2026, 11, 22)))
    assert len(facts) == 2
    for fact in facts:
        assert "UK guidance says" in fact.text and "talk to your nurse" in fact.text
        assert fact.source in fact.full_text()
        for verdict in ("you have", "uncontrolled", "you need", "you must", "diagnos"):
            assert verdict not in fact.text.lower()


def test_reliever_average_counts_only_logged_days():
    entries = [SymptomEntry(datetime(2026, 11, d, 9), reliever_puffs=1 if d % 2 else 0)
               for d in range(1, 15)]
    totals = year_totals([], entries, date(2026, 11, 22))
    assert totals.reliever_days_per_week == 3.5
    assert year_totals([], [], date(2026, 11, 22)).reliever_days_per_week is None
