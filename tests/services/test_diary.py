"""DiaryService: logging stamped with the plan in force, edit/delete with undo, today's zone."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from asthma_app.domain.readings import PeakFlowReading, ReadingError, SymptomEntry
from asthma_app.domain.zones import Zone
from asthma_app.services.diary import READINGS, SYMPTOMS
from tests.conftest import make_plan


def blow(clock, value=450, hours_ago=0):
    return PeakFlowReading(clock() - timedelta(hours=hours_ago), (value,))


def test_reading_without_a_plan_has_no_version(session, clock):
    assert session.diary.log_reading(blow(clock)).plan_version_id is None


def test_reading_is_stamped_with_the_current_plan(session, clock):
    plan = session.plans.agree(make_plan())
    saved = session.diary.log_reading(blow(clock))
    assert saved.plan_version_id == plan.version_id
    entry = session.diary.log_symptoms(SymptomEntry(clock()))
    assert entry.plan_version_id == plan.version_id


def test_plan_change_keeps_the_old_readings_version(session, clock):
    first = session.plans.agree(make_plan(personal_best=450))
    old = session.diary.log_reading(blow(clock, 400))
    clock.advance(days=1)
    second = session.plans.agree(make_plan(personal_best=520))
    new = session.diary.log_reading(blow(clock, 410))
    by_id = {r.id: r for r in session.diary.readings()}
    assert by_id[old.id].plan_version_id == first.version_id
    assert by_id[new.id].plan_version_id == second.version_id
    assert session.plans.by_id(by_id[old.id].plan_version_id).personal_best == 450


def test_editing_an_old_reading_keeps_its_plan_version(session, clock):
    first = session.plans.agree(make_plan())
    old = session.diary.log_reading(blow(clock, 400))
    session.plans.agree(make_plan(personal_best=520))
    edited = session.diary.edit_reading(old, replace(old, blows=(420,)), "Edit reading")
    assert edited.plan_version_id == first.version_id


def test_invalid_reading_is_not_saved(session, clock):
    with pytest.raises(ReadingError):
        session.diary.log_reading(blow(clock, 5))
    with pytest.raises(ReadingError):
        session.diary.log_symptoms(SymptomEntry(clock(), reliever_puffs=-1))
    assert session.diary.readings() == []
    assert session.diary.entries() == []


def test_delete_and_undo(session, clock):
    reading = session.diary.log_reading(blow(clock))
    step = session.diary.delete(READINGS, reading.id, "Delete reading of 450")
    assert session.diary.readings() == []
    assert session.diary.can_undo
    assert session.diary.undo_description == "Delete reading of 450"
    assert session.diary.undo() == step
    assert session.diary.readings() == [reading]
    assert not session.diary.can_undo


def test_edit_and_undo(session, clock):
    reading = session.diary.log_reading(blow(clock, 300))
    edited = session.diary.edit_reading(reading, replace(reading, blows=(330, 350)),
                                        "Edit reading")
    assert session.diary.readings() == [edited]
    assert edited.value == 350
    session.diary.undo()
    assert session.diary.readings() == [reading]


def test_edit_twice_then_undo_twice(session, clock):
    reading = session.diary.log_reading(blow(clock, 300))
    once = session.diary.edit_reading(reading, replace(reading, blows=(310,)), "first")
    session.diary.edit_reading(once, replace(once, blows=(320,)), "second")
    assert session.diary.undo_description == "second"
    session.diary.undo()
    assert [r.value for r in session.diary.readings()] == [310]
    session.diary.undo()
    assert session.diary.readings() == [reading]


def test_symptom_edit_delete_and_undo(session, clock):
    entry = session.diary.log_symptoms(SymptomEntry(clock(), reliever_puffs=2))
    edited = session.diary.edit_entry(entry, replace(entry, reliever_puffs=4), "Edit")
    assert session.diary.entries() == [edited]
    session.diary.delete(SYMPTOMS, edited.id, "Delete")
    assert session.diary.entries() == []
    session.diary.undo()
    assert session.diary.entries() == [edited]
    session.diary.undo()
    assert session.diary.entries() == [entry]


def test_undo_with_nothing_to_undo(session):
    assert not session.diary.can_undo
    assert session.diary.undo_description == ""
    assert session.diary.undo() is None


def test_clear_undo(session, clock):
    reading = session.diary.log_reading(blow(clock))
    session.diary.delete(READINGS, reading.id, "Delete")
    session.diary.clear_undo()
    assert session.diary.undo() is None
    assert session.diary.readings() == []


def test_invalid_edit_changes_nothing(session, clock):
    reading = session.diary.log_reading(blow(clock, 300))
    with pytest.raises(ReadingError):
        session.diary.edit_reading(reading, replace(reading, blows=(3000,)), "Edit")
    assert session.diary.readings() == [reading]
    assert not session.diary.can_undo


# --- assess_now, end to end -----------------------------------------------------------------

def test_assess_now_without_a_plan(session):
    result = session.diary.assess_now()
    assert result.zone is None
    assert result.next_step


def test_assess_now_end_to_end(session, clock):
    plan = session.plans.agree(make_plan(personal_best=500))
    assert session.diary.assess_now().zone is None  # plan, but nothing logged yet

    session.diary.log_reading(blow(clock, 450))  # 90 %
    result = session.diary.assess_now()
    assert result.zone is Zone.GREEN
    assert result.instructions == plan.green_instructions
    assert result.plan_version_id == plan.version_id
    assert result.data_time == clock()

    clock.advance(hours=2)
    amber = session.diary.log_reading(blow(clock, 390))  # 78 %
    assert session.diary.assess_now().zone is Zone.AMBER

    session.diary.log_symptoms(SymptomEntry(clock(), red_signs=("I can't walk or talk easily",)))
    result = session.diary.assess_now()
    assert result.zone is Zone.RED
    assert result.instructions == plan.red_instructions

    # a day and more later, with nothing new, the same data is shown as out of date
    clock.advance(hours=25)
    result = session.diary.assess_now()
    assert result.stale
    assert result.zone is Zone.RED
    assert "out of date" in result.reasons[-1]

    # deleting the newest reading falls back to the one before it, at its own time
    session.diary.delete(READINGS, amber.id, "Delete")
    session.diary.delete(SYMPTOMS, session.diary.entries()[0].id, "Delete")
    result = session.diary.assess_now()
    assert result.zone is Zone.GREEN
    assert result.data_time == clock() - timedelta(hours=27)
    assert result.stale


# --- a mistyped future date must not hide today's data ---------------------------------------

def test_future_dated_reading_is_refused(session, clock):
    """A reading typed as tomorrow would stay the "latest" one and hide today's readings from
    the zone (a green tomorrow masking a red today), so the diary refuses it."""
    session.plans.agree(make_plan())
    tomorrow = PeakFlowReading(clock() + timedelta(days=1), (480,))
    with pytest.raises(ReadingError, match="in the future"):
        session.diary.log_reading(tomorrow)
    with pytest.raises(ReadingError, match="in the future"):
        session.diary.log_symptoms(SymptomEntry(clock() + timedelta(days=1)))
    today = session.diary.log_reading(blow(clock, 200))
    with pytest.raises(ReadingError, match="in the future"):
        session.diary.edit_reading(today, tomorrow, "Edit")
    assert session.diary.readings() == [today]
    assert session.diary.assess_now().zone is Zone.RED


def test_a_few_minutes_ahead_is_allowed(session, clock):
    # the form may be filled in a moment before it is saved, or the clocks differ slightly
    saved = session.diary.log_reading(PeakFlowReading(clock() + timedelta(minutes=5), (450,)))
    assert session.diary.readings() == [saved]


def test_future_dated_symptom_edit_is_refused(session, clock):
    entry = session.diary.log_symptoms(SymptomEntry(clock()))
    with pytest.raises(ReadingError, match="in the future"):
        session.diary.edit_entry(entry, replace(entry, recorded_at=clock() + timedelta(hours=3)),
                                 "Edit")
    assert session.diary.entries() == [entry]
