"""Counting an inhaler down: doses logged, reliever puffs from the diary, corrections from the
device's counter win, unknown puffs make the count unknown (never a guess), and reliever
inhalers started per window. Property tests against a brute-force count."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from asthma_app.domain.doses import DoseEvent
from asthma_app.domain.inhalers import (
    REFILL_AT,
    Correction,
    Inhaler,
    current_inhalers,
    doses_left,
    reliever_inhalers_started,
    reliever_weeks,
)
from asthma_app.domain.plan import MedicineRole

T0 = datetime(2026, 11, 1, 8)
NAME = "salbutamol 100 micrograms"
MINUTES = st.integers(-2000, 40000)
DOSES = st.lists(st.tuples(MINUTES, st.booleans(), st.sampled_from([None, 1, 2, 4]),
                           st.booleans()), max_size=30)
PUFFS = st.lists(st.tuples(MINUTES, st.integers(0, 8)), max_size=30)
CORRECTIONS = st.lists(st.tuples(MINUTES, st.integers(0, 200)), max_size=3)


def moment(minutes):
    return T0 + timedelta(minutes=minutes)


def build(role, raw_doses, raw_puffs, raw_corrections, size=200):
    inhaler = Inhaler(NAME, role, T0, size, id=7)
    events = [DoseEvent(NAME if mine else "other", moment(m), taken, puffs=puffs)
              for m, taken, puffs, mine in raw_doses]
    puffs = [(moment(m), n) for m, n in raw_puffs]
    corrections = [Correction(7, moment(m), left, id=i + 1)
                   for i, (m, left) in enumerate(raw_corrections)]
    return inhaler, events, puffs, corrections


def brute_force(inhaler, events, puffs, corrections):
    valid = [c for c in corrections if c.at >= inhaler.started_at]
    if valid:
        last = sorted(valid, key=lambda c: (c.at, c.id))[-1]
        since, count = last.at, last.doses_left

        def after(at):
            return at > since
    else:
        since, count = inhaler.started_at, inhaler.size

        def after(at):
            return at >= since
    counted = [e for e in events if e.taken and e.medicine == NAME and after(e.at)]
    if any(e.puffs is None for e in counted):
        return None
    count -= sum(e.puffs for e in counted)
    if inhaler.role in (MedicineRole.RELIEVER, MedicineRole.MART, MedicineRole.AIR):
        count -= sum(n for at, n in puffs if after(at))
    return count


@given(st.sampled_from(list(MedicineRole)), DOSES, PUFFS, CORRECTIONS)
def test_doses_left_matches_a_brute_force_count(role, raw_doses, raw_puffs, raw_corrections):
    inhaler, events, puffs, corrections = build(role, raw_doses, raw_puffs, raw_corrections)
    left = doses_left(inhaler, events, puffs, corrections)
    assert left.count == brute_force(inhaler, events, puffs, corrections)
    if left.count is not None:
        assert left.shown == max(left.count, 0)
        assert left.refill_due == (left.count <= REFILL_AT)


@given(DOSES, PUFFS)
def test_the_count_never_goes_up_as_more_is_logged(raw_doses, raw_puffs):
    """Logging more can only lower the count (a too-high count could leave an empty reliever)."""
    inhaler, events, puffs, _ = build(MedicineRole.RELIEVER, raw_doses, raw_puffs, [])
    full = doses_left(inhaler, events, puffs, []).count
    fewer = doses_left(inhaler, events[:-1], puffs[:-1], []).count
    if full is not None and fewer is not None:
        assert full <= fewer


def test_a_dose_with_unknown_puffs_makes_the_count_unknown():
    inhaler = Inhaler(NAME, MedicineRole.PREVENTER, T0, 200, id=1)
    event = DoseEvent(NAME, T0 + timedelta(hours=1), True, puffs=None)
    assert doses_left(inhaler, [event], [], []).count is None
    assert not doses_left(inhaler, [event], [], []).refill_due


def test_a_correction_wins_and_counting_goes_on_from_it():
    inhaler = Inhaler(NAME, MedicineRole.RELIEVER, T0, 200, id=1)
    puffs = [(T0 + timedelta(days=1), 10), (T0 + timedelta(days=3), 2)]
    fix = Correction(1, T0 + timedelta(days=2), 150, id=1)
    assert doses_left(inhaler, [], puffs, []).count == 188
    assert doses_left(inhaler, [], puffs, [fix]).count == 148


def test_a_preventer_is_not_counted_down_by_reliever_puffs():
    inhaler = Inhaler("beclometasone", MedicineRole.PREVENTER, T0, 200, id=1)
    assert doses_left(inhaler, [], [(T0 + timedelta(hours=2), 4)], []).count == 200


def test_more_logged_than_the_size_shows_empty_and_asks_for_a_refill():
    inhaler = Inhaler(NAME, MedicineRole.RELIEVER, T0, 20, id=1)
    left = doses_left(inhaler, [], [(T0 + timedelta(hours=1), 30)], [])
    assert left.count == -10 and left.shown == 0 and left.refill_due


def test_refill_from_about_twenty_doses_left():
    inhaler = Inhaler(NAME, MedicineRole.RELIEVER, T0, 200, id=1)
    assert not doses_left(inhaler, [], [(T0, 179)], []).refill_due  # 21 left
    assert doses_left(inhaler, [], [(T0, 180)], []).refill_due  # 20 left


def test_a_new_inhaler_ends_the_old_one():
    old = Inhaler(NAME, MedicineRole.RELIEVER, T0, 200, id=1)
    new = Inhaler(NAME, MedicineRole.RELIEVER, T0 + timedelta(days=20), 200, id=2)
    other = Inhaler("beclometasone", MedicineRole.PREVENTER, T0, 120, id=3)
    assert current_inhalers([new, old, other]) == [other, new]


@given(st.lists(st.tuples(st.integers(0, 500), st.sampled_from(list(MedicineRole))),
                max_size=30))
def test_reliever_inhalers_started_match_a_brute_force_count(raw):
    today = date(2027, 6, 30)
    inhalers = [Inhaler(NAME, role, datetime(2027, 6, 30, 12) - timedelta(days=ago), 200)
                for ago, role in raw]
    counts = reliever_inhalers_started(inhalers, today)
    for days in (30, 91, 365):
        assert counts[days] == sum(1 for ago, role in raw
                                   if role is MedicineRole.RELIEVER and ago < days)


def test_reliever_weeks_count_puffs_and_days():
    monday = datetime(2026, 11, 2, 9)
    puffs = [(monday, 2), (monday + timedelta(hours=5), 2), (monday + timedelta(days=2), 1),
             (monday + timedelta(days=7), 4), (monday + timedelta(days=3), 0)]
    weeks = reliever_weeks(puffs, date(2026, 11, 2), date(2026, 11, 15))
    assert [(w.puffs, w.days) for w in weeks] == [(5, 2), (4, 1)]
