"""Counting doses: due doses from the schedule, the newest event decides, adherence, and the
plans made before schedules (unknown times: no figure). Property tests check the rules against
a brute-force count over generated histories."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from hypothesis import given
from hypothesis import strategies as st

from asthma_app.domain.doses import (
    DoseEvent,
    DoseState,
    adherence,
    decisive_events,
    doses_due_on,
    slot_for,
    unscheduled,
    weekly_adherence,
)
from asthma_app.domain.plan import Medicine, MedicineRole
from asthma_app.domain.schedule import DoseTimes, Slot
from tests.conftest import make_plan

START = date(2026, 11, 2)  # a Monday


def plan_with(times: DoseTimes, puffs: int | None = 2):
    return make_plan(medicines=(
        Medicine("beclometasone", MedicineRole.PREVENTER, schedule=times, puffs_each_time=puffs),
        Medicine("salbutamol", MedicineRole.RELIEVER)))


PREVENTER = "beclometasone"
EVENTS = st.lists(st.tuples(
    st.integers(0, 13),  # day
    st.sampled_from(list(Slot)),
    st.booleans(),  # taken
    st.integers(0, 3000),  # minutes after the day's start that it was logged
), max_size=40)


def as_events(raw) -> list[DoseEvent]:
    events = []
    for index, (day, slot, taken, minutes) in enumerate(raw):
        due = START + timedelta(days=day)
        logged = datetime.combine(due, time()) + timedelta(minutes=minutes)
        events.append(DoseEvent(PREVENTER, logged, taken, due, slot, logged_at=logged,
                                id=index + 1))
    return events


def brute_force(times: DoseTimes, events: list[DoseEvent], days: int):
    """Per (day, slot): the event logged last decides; no event is not taken."""
    due = taken = 0
    for offset in range(days):
        day = START + timedelta(days=offset)
        for slot in times.slots():
            due += 1
            mine = [e for e in events if e.due_on == day and e.slot is slot]
            if mine and max(mine, key=lambda e: (e.logged_at, e.id)).taken:
                taken += 1
    return due, taken


@given(st.sampled_from(list(DoseTimes)), EVENTS, st.integers(1, 14))
def test_adherence_matches_a_brute_force_count(times, raw, days):
    events = as_events(raw)
    plan = plan_with(times)
    result = adherence(lambda day: plan, events, START, START + timedelta(days=days - 1))
    assert (result.due, result.taken) == brute_force(times, events, days)
    assert 0 <= result.taken + result.not_taken <= result.due
    if result.due:
        assert result.percent == result.taken * 100 // result.due
    else:
        assert result.percent is None  # no figure, never 0 % or 100 %


@given(EVENTS)
def test_a_dose_with_no_taken_event_is_never_counted_as_taken(raw):
    events = [e for e in as_events(raw) if not e.taken]
    plan = plan_with(DoseTimes.BOTH)
    result = adherence(lambda day: plan, events, START, START + timedelta(days=13))
    assert result.taken == 0
    assert result.not_logged + result.not_taken == result.due == 28


def test_the_newest_event_decides_a_dose():
    due = START
    early = DoseEvent(PREVENTER, datetime(2026, 11, 2, 8), True, due, Slot.MORNING,
                      logged_at=datetime(2026, 11, 2, 8), id=1)
    later = DoseEvent(PREVENTER, datetime(2026, 11, 2, 9), False, due, Slot.MORNING,
                      logged_at=datetime(2026, 11, 2, 9), id=2)
    assert decisive_events([later, early])[(PREVENTER, due, Slot.MORNING)] is later


def test_unknown_schedule_gives_no_adherence_figure_and_is_named():
    plan = plan_with(DoseTimes.UNKNOWN)
    assert doses_due_on(plan, START) == []
    assert [m.drug for m in unscheduled(plan)] == [PREVENTER]
    result = adherence(lambda day: plan, [], START, START + timedelta(days=6))
    assert result.due == 0 and result.percent is None
    assert unscheduled(plan_with(DoseTimes.OTHER))  # other times: recorded, not counted


def test_no_plan_means_nothing_due():
    assert doses_due_on(None, START) == []
    assert adherence(lambda day: None, [], START, START).percent is None


def test_relievers_are_never_due():
    plan = plan_with(DoseTimes.BOTH)
    assert {d.medicine.drug for d in doses_due_on(plan, START)} == {PREVENTER}
    assert [d.slot for d in doses_due_on(plan, START)] == [Slot.MORNING, Slot.EVENING]


def test_a_dose_logged_on_a_later_day_is_marked_late():
    event = DoseEvent(PREVENTER, datetime(2026, 11, 2, 20), True, START, Slot.EVENING,
                      logged_at=datetime(2026, 11, 3, 7, 30))
    assert event.logged_late
    assert not DoseEvent(PREVENTER, datetime(2026, 11, 2, 20), True, START, Slot.EVENING,
                         logged_at=datetime(2026, 11, 2, 23, 59)).logged_late


def test_slot_for_a_dose_logged_without_saying_which():
    both = Medicine(PREVENTER, MedicineRole.PREVENTER, schedule=DoseTimes.BOTH)
    morning = datetime(2026, 11, 2, 9)
    evening = datetime(2026, 11, 2, 19)
    assert slot_for(both, morning, set()) is Slot.MORNING
    assert slot_for(both, evening, set()) is Slot.EVENING
    assert slot_for(both, evening, {Slot.EVENING}) is Slot.MORNING  # the morning one, late
    assert slot_for(both, evening, {Slot.EVENING, Slot.MORNING}) is Slot.EVENING
    only_evening = Medicine(PREVENTER, MedicineRole.PREVENTER, schedule=DoseTimes.EVENING)
    assert slot_for(only_evening, morning, set()) is Slot.EVENING
    assert slot_for(Medicine(PREVENTER, MedicineRole.PREVENTER), morning, set()) is None


@given(st.sampled_from(list(DoseTimes)), EVENTS)
def test_weekly_figures_add_up_to_the_period(times, raw):
    events = as_events(raw)
    plan = plan_with(times)
    end = START + timedelta(days=13)
    weeks = weekly_adherence(lambda day: plan, events, START, end)
    whole = adherence(lambda day: plan, events, START, end)
    assert len(weeks) == 2
    assert sum(w.due for w in weeks) == whole.due
    assert sum(w.taken for w in weeks) == whole.taken


def test_schedule_follows_the_plan_in_force_each_day():
    before, after = plan_with(DoseTimes.UNKNOWN), plan_with(DoseTimes.MORNING)

    def plan_on(day):
        return before if day < START + timedelta(days=3) else after
    result = adherence(plan_on, [], START, START + timedelta(days=6))
    assert result.due == 4


def test_states_have_words():
    assert {s.label() for s in DoseState} == {"Taken", "Not taken", "Not logged yet"}


@given(st.sampled_from(list(DoseTimes)), EVENTS, st.integers(1, 9))
def test_bars_add_up_to_the_period(times, raw, width):
    from asthma_app.domain.doses import adherence_bars

    events = as_events(raw)
    plan = plan_with(times)
    end = START + timedelta(days=13)
    bars = adherence_bars(lambda day: plan, events, START, end, width)
    whole = adherence(lambda day: plan, events, START, end)
    assert sum(b.days for b in bars) == 14
    assert (sum(b.due for b in bars), sum(b.taken for b in bars)) == (whole.due, whole.taken)
