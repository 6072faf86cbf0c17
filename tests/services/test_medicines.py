"""MedicineService on a real diary file: logging doses (taken, not taken, late), undo, today's
doses, inhalers and doses left, adherence across plan versions, and old plans (migration 7)."""

from __future__ import annotations

import json
import sqlite3
from datetime import timedelta

import pytest

from asthma_app.domain.doses import DoseError, DoseState
from asthma_app.domain.plan import Medicine, MedicineRole
from asthma_app.domain.readings import SymptomEntry
from asthma_app.domain.schedule import DoseTimes, Slot
from asthma_app.storage import migrations
from asthma_app.storage.database import open_database
from tests.conftest import make_plan

PREVENTER = Medicine("beclometasone", MedicineRole.PREVENTER, brand="Clenil",
                     strength="100 micrograms", instructions="2 puffs morning and evening",
                     schedule=DoseTimes.BOTH, puffs_each_time=2)
RELIEVER = Medicine("salbutamol", MedicineRole.RELIEVER, strength="100 micrograms",
                    instructions="1 to 2 puffs when needed")


def agree(session, *medicines):
    return session.plans.agree(make_plan(medicines=medicines or (PREVENTER, RELIEVER)))


def test_schedule_round_trips_through_the_plan(session):
    saved = agree(session)
    assert session.plans.current().medicines[0].schedule is DoseTimes.BOTH
    assert session.plans.current().medicines[0].puffs_each_time == 2
    assert saved.medicines == (PREVENTER, RELIEVER)


def test_today_lists_due_doses_and_ticks_them(session, clock):
    agree(session)
    today = session.medicines.today()
    assert [(d.due.slot, d.state) for d in today] == [(Slot.MORNING, DoseState.NOT_LOGGED),
                                                      (Slot.EVENING, DoseState.NOT_LOGGED)]
    session.medicines.answer(today[0].due, taken=True)
    session.medicines.answer(today[1].due, taken=False, reason="ran out")
    states = [(d.state, d.event.reason) for d in session.medicines.today()]
    assert states == [(DoseState.TAKEN, ""), (DoseState.NOT_TAKEN, "ran out")]


def test_undo_hides_a_logged_dose_and_nothing_is_overwritten(session, db):
    agree(session)
    due = session.medicines.today()[0].due
    session.medicines.answer(due, taken=False)
    session.medicines.answer(due, taken=True)
    assert session.medicines.today()[0].state is DoseState.TAKEN
    session.medicines.undo()
    assert session.medicines.today()[0].state is DoseState.NOT_TAKEN
    assert db.execute("SELECT COUNT(*) FROM dose_events").fetchone()[0] == 2  # both kept


def test_a_dose_logged_next_day_is_recorded_as_late(session, clock):
    agree(session)
    yesterday_evening = session.medicines.today()[1].due
    clock.advance(days=1)
    saved = session.medicines.answer(yesterday_evening, taken=True)
    assert saved.due_on == yesterday_evening.day and saved.logged_late


def test_log_dose_by_name_picks_the_slot_and_refuses_relievers_and_unknowns(session, clock):
    agree(session)
    morning = session.medicines.log_dose("Clenil")
    assert (morning.slot, morning.puffs, morning.medicine) == (Slot.MORNING, 2,
                                                               PREVENTER.title())
    again = session.medicines.log_dose("beclometasone")  # the morning one is logged already
    assert again.slot is Slot.EVENING
    with pytest.raises(DoseError, match="How I feel"):
        session.medicines.log_dose("salbutamol")
    with pytest.raises(DoseError, match="no medicine called"):
        session.medicines.log_dose("aspirin")
    with pytest.raises(DoseError, match="future"):
        session.medicines.log_dose("Clenil", at=clock() + timedelta(hours=2))
    assert len(session.medicines.doses()) == 2


def test_doses_left_counts_doses_and_diary_reliever_puffs(session, clock):
    agree(session)
    preventer = session.medicines.start_inhaler("Clenil", 200)
    reliever = session.medicines.start_inhaler("salbutamol", 200)
    clock.advance(minutes=5)
    session.medicines.log_dose("Clenil")
    session.diary.log_symptoms(SymptomEntry(clock(), reliever_puffs=4))
    left = {d.inhaler.medicine: d.count for d in session.medicines.doses_left()}
    assert left == {preventer.medicine: 198, reliever.medicine: 196}
    session.medicines.correct_count(reliever, 100)
    clock.advance(minutes=5)
    session.diary.log_symptoms(SymptomEntry(clock(), reliever_puffs=2))
    left = {d.inhaler.medicine: d.count for d in session.medicines.doses_left()}
    assert left[reliever.medicine] == 98


def test_bad_inhaler_sizes_and_counts_are_refused(session):
    agree(session)
    for size in (0, -5, 5000):
        with pytest.raises(DoseError):
            session.medicines.start_inhaler("salbutamol", size)
    inhaler = session.medicines.start_inhaler("salbutamol", 200)
    with pytest.raises(DoseError):
        session.medicines.correct_count(inhaler, 201)
    assert len(session.medicines.inhalers()) == 1


def test_adherence_over_days_and_plan_versions(session, clock):
    agree(session)
    start = clock().date()
    for _ in range(3):
        for dose in session.medicines.today():
            session.medicines.answer(dose.due, taken=dose.due.slot is Slot.MORNING)
        clock.advance(days=1)
    result = session.medicines.adherence(start, start + timedelta(days=2))
    assert (result.due, result.taken, result.not_taken, result.percent) == (6, 3, 3, 50)


def test_reliever_inhalers_started_per_window(session, clock):
    agree(session)
    for days in (0, 20, 60, 200):
        session.medicines.start_inhaler("salbutamol", 200, at=clock() - timedelta(days=days))
    assert session.medicines.reliever_inhalers_started() == {30: 2, 91: 3, 365: 4}


def test_a_diary_from_before_migration_7_keeps_its_plan_with_no_schedule(tmp_path, clock):
    """The plan JSON written before schedules existed has no "schedule" key: it opens, its
    regular medicines are "not set", and no adherence figure is given (said plainly)."""
    import sqlite_utils

    from asthma_app.domain.profile import Profile
    from asthma_app.services.profiles import open_session
    from asthma_app.storage import repository

    path, backups = tmp_path / "old.sqlite3", tmp_path / "backups"
    raw = sqlite_utils.Database(sqlite3.connect(str(path), isolation_level=None))
    migrations.migrate(raw, path, backups, upto=6)
    profile = repository.add_profile(raw, Profile("Ana Old", birth_year=1970), clock())
    old_plan = make_plan()
    repository.add_plan_version(raw, profile.id, old_plan, clock())
    data = json.loads(raw.execute("SELECT data FROM plan_versions").fetchone()[0])
    for medicine in data["medicines"]:  # as an older version wrote it
        del medicine["schedule"], medicine["puffs_each_time"]
    raw.execute("UPDATE plan_versions SET data = ?", [json.dumps(data)])
    raw.close()

    db = open_database(path, backups)
    try:
        assert {"dose_events", "inhalers", "inhaler_corrections"} <= set(db.table_names())
        session = open_session(db, profile.id, clock)
        plan = session.plans.current()
        assert [m.schedule for m in plan.medicines] == [DoseTimes.UNKNOWN] * 2
        assert session.medicines.today() == []
        assert [m.drug for m in session.medicines.unscheduled()] == ["beclometasone"]
        today = clock().date()
        assert session.medicines.adherence(today - timedelta(days=6), today).percent is None
    finally:
        db.close()


def test_sqlite_picks_the_same_deciding_dose_as_the_domain_rule(session, clock, db):
    """decisive_doses (SQL window) against decisive_events (Python) on a messy history:
    several answers to one dose, undone ones, unscheduled extra doses."""
    import random

    from asthma_app.domain.doses import adherence, decisive_events
    from asthma_app.storage import medicine_repository as repo

    agree(session)
    start = clock().date()
    rng = random.Random(16)
    for _ in range(60):
        dose = rng.choice(session.medicines.today())
        saved = session.medicines.answer(dose.due, taken=rng.random() < 0.6)
        if rng.random() < 0.2:
            session.medicines.delete_dose(saved)
        if rng.random() < 0.3:
            clock.advance(hours=rng.randint(1, 30))
    end = clock().date()
    every = repo.list_doses(db, session.profile_id)
    python = {key: e.id for key, e in decisive_events(every).items()}
    sql = {(e.medicine, e.due_on, e.slot): e.id
           for e in repo.decisive_doses(db, session.profile_id, start, end)}
    assert sql == python
    plan_on = session.medicines.plan_on()
    assert session.medicines.adherence(start, end) == adherence(plan_on, every, start, end)
    bars = session.medicines.adherence_bars(start, end, 3)
    assert sum(b.due for b in bars) == adherence(plan_on, every, start, end).due
    assert sum(b.taken for b in bars) == adherence(plan_on, every, start, end).taken
