"""Doses counted from per-day answers (``dose_days``, migration m0010) equal the counts from
every dose event.

Generated histories go into a real SQLite file: plan versions whose medicines and schedules
change (morning, evening, both, other times, not set, a medicine listed twice, none), saved at
any time of a day, several on one day; doses of those and other medicines answered taken or not
taken, some several times (the newest answer decides, ties on the logging second broken by the
row id), logged late (a logging moment before another answer's: an import), extra doses outside
the schedule, doses hidden (deleted), hidden and brought back (undo), removed outright, rows
moved to another day and medicine, a second profile's doses; diary entries with reliever puffs,
some deleted or replaced. The reference is
the full computation the app used before (every live event as an object through
``domain.doses.adherence`` / ``adherence_bars`` / ``weekly_adherence``, the reliever puffs of
every live entry through ``domain.inhalers.reliever_weeks``), and the trigger-kept table must
equal the migration's rebuild from every row.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from asthma_app.domain import doses as dose_rules
from asthma_app.domain import inhalers as inhaler_rules
from asthma_app.domain.doses import DoseEvent
from asthma_app.domain.plan import Medicine, MedicineRole
from asthma_app.domain.profile import Profile
from asthma_app.domain.readings import SymptomEntry
from asthma_app.domain.schedule import DoseTimes, Slot
from asthma_app.domain.timeline import day_start
from asthma_app.services.profiles import open_session
from asthma_app.storage import medicine_repository as repo
from asthma_app.storage import repository
from tests.conftest import make_plan

FIRST = date(2026, 3, 1)
DAYS = 30
NOW = datetime(2026, 6, 1, 12, 0)
RELIEVER = Medicine("salbutamol", MedicineRole.RELIEVER, instructions="when needed")

days = st.integers(-2, DAYS + 1).map(lambda n: FIRST + timedelta(days=n))
moments = st.builds(lambda day, minute: day_start(day) + timedelta(minutes=minute),
                    days, st.integers(0, 24 * 60 - 1))
# a few logging moments only, so that answers often tie on the second
logged = st.integers(0, 5).map(lambda n: day_start(FIRST) + timedelta(days=10 * n, hours=9))
regular = st.builds(lambda drug, role, times: Medicine(drug, role, instructions="as agreed",
                                                        schedule=times),
                    st.sampled_from(["beclometasone", "budesonide"]),
                    st.sampled_from([MedicineRole.PREVENTER, MedicineRole.TABLETS]),
                    st.sampled_from(list(DoseTimes)))
plan_versions = st.lists(st.tuples(moments, st.lists(regular, max_size=3)), max_size=4)
titles = st.sampled_from([Medicine("beclometasone", MedicineRole.PREVENTER).title(),
                          Medicine("budesonide", MedicineRole.PREVENTER).title(), "montelukast"])
events = st.builds(
    lambda medicine, at, taken, due, slot, when: DoseEvent(
        medicine, at, taken, due_on=due if slot else None, slot=slot,
        reason="" if taken else "ran out", logged_at=when),
    titles, moments, st.booleans(), days, st.sampled_from([Slot.MORNING, Slot.EVENING, None]),
    logged)
fates = st.lists(st.sampled_from(["keep", "keep", "hide", "undo", "remove", "move"]),
                 max_size=60)
entries = st.builds(SymptomEntry, recorded_at=moments, reliever_puffs=st.integers(0, 6))


def _store(db, versions, new_events, one_by_one, event_fates, new_entries) -> int:
    pid = repository.add_profile(db, Profile("Hyp"), NOW).id
    other = repository.add_profile(db, Profile("Other"), NOW).id
    for moment, medicines in versions:
        repository.add_plan_version(db, pid, make_plan(medicines=(*medicines, RELIEVER)), moment)
    if one_by_one:  # the app's way: one row a transaction
        for event in new_events:
            repo.add_dose(db, pid, event, NOW)
    else:  # an import's way
        repo.add_doses(db, pid, new_events, NOW)
    repo.add_doses(db, other, [DoseEvent(e.medicine, e.at, not e.taken, e.due_on, e.slot,
                                         logged_at=e.logged_at) for e in new_events], NOW)
    ids = [row[0] for row in db.execute("SELECT id FROM dose_events WHERE profile_id = ? "
                                        "ORDER BY id", [pid])]
    for row_id, fate in zip(ids, event_fates, strict=False):
        if fate in ("hide", "undo"):
            repo.set_deleted(db, repo.DOSES, pid, row_id, NOW)
        if fate == "undo":
            repo.set_deleted(db, repo.DOSES, pid, row_id, None)
        if fate == "remove":
            db.execute("DELETE FROM dose_events WHERE id = ?", [row_id])
        if fate == "move":  # a row changed by hand or a repair: another day and medicine
            db.execute("UPDATE dose_events SET due_on = date(due_on, '+1 day'), "
                       "medicine = 'montelukast' WHERE id = ?", [row_id])
    repository.add_entries(db, pid, new_entries, NOW)
    for entry, fate in zip(repository.list_entries(db, pid), event_fates, strict=False):
        if fate == "hide":
            repository.set_deleted(db, "symptom_entries", entry.id, NOW)
        elif fate == "remove":
            repository.replace_entry(db, pid, entry.id, SymptomEntry(
                entry.recorded_at, reliever_puffs=(entry.reliever_puffs + 2) % 7), NOW)
    return pid


def _dose_days(db) -> list:
    return db.execute("SELECT * FROM dose_days ORDER BY profile_id, day, medicine").fetchall()


def _recomputed(db) -> list:
    """The table rebuilt from every row, as the migration builds it."""
    from asthma_app.storage.migrations import m0010_dose_days as migration

    db.execute("SAVEPOINT recompute")
    try:
        db.execute("DELETE FROM dose_days")
        db.execute(migration.dose_days_sql("1"))
        return _dose_days(db)
    finally:
        db.execute("ROLLBACK TO recompute")
        db.execute("RELEASE recompute")


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(versions=plan_versions, new_events=st.lists(events, max_size=60),
       one_by_one=st.booleans(), event_fates=fates,
       new_entries=st.lists(entries, max_size=12),
       first=st.integers(-4, DAYS), length=st.integers(-3, DAYS + 6),
       width=st.integers(1, 12))
@example(versions=[(day_start(FIRST), [Medicine("beclometasone", MedicineRole.PREVENTER,
                                                schedule=DoseTimes.BOTH)])],
         new_events=[DoseEvent(Medicine("beclometasone", MedicineRole.PREVENTER).title(),
                               day_start(FIRST), taken, FIRST, Slot.MORNING,
                               logged_at=day_start(FIRST)) for taken in (False, True)],
         one_by_one=True, event_fates=["keep", "undo"], new_entries=[], first=0, length=3,
         width=2)  # a tie on the logging second, the newer row undone: the newest id decides
@example(versions=[(day_start(FIRST), [
    Medicine("beclometasone", MedicineRole.PREVENTER, schedule=DoseTimes.BOTH),
    Medicine("beclometasone", MedicineRole.PREVENTER, schedule=DoseTimes.MORNING),
    Medicine("budesonide", MedicineRole.PREVENTER, schedule=DoseTimes.EVENING)])],
         new_events=[DoseEvent(Medicine(drug, MedicineRole.PREVENTER).title(),
                               day_start(FIRST), taken, FIRST, slot, logged_at=day_start(FIRST))
                     for drug, taken, slot in (("beclometasone", True, Slot.MORNING),
                                               ("beclometasone", False, Slot.EVENING),
                                               ("budesonide", True, Slot.EVENING))],
         one_by_one=False, event_fates=[], new_entries=[], first=0, length=3,
         width=2)  # a (medicine, time) listed twice counts twice; two medicines due
def test_counts_from_the_day_answers_equal_the_counts_from_every_dose(
        db, clock, versions, new_events, one_by_one, event_fates, new_entries, first, length,
        width):
    pid = _store(db, versions, new_events, one_by_one, event_fates, new_entries)
    assert _dose_days(db) == _recomputed(db)  # the triggers kept the table exact

    medicines = open_session(db, pid, clock).medicines
    every = repo.list_doses(db, pid)  # every live event, as objects
    plan_on = medicines.plan_on()  # the plan in force on a day, by bisection (unchanged)
    start = FIRST + timedelta(days=first)
    end = start + timedelta(days=length)
    assert medicines.adherence_bars(start, end, width) == dose_rules.adherence_bars(
        plan_on, every, start, end, width)
    assert medicines.adherence(start, end) == dose_rules.adherence(plan_on, every, start, end)
    assert medicines.weekly_adherence(start, end) == dose_rules.weekly_adherence(
        plan_on, every, start, end)
    puffs = [(e.recorded_at, e.reliever_puffs) for e in repository.list_entries(db, pid)]
    assert medicines.reliever_weeks(start, end) == inhaler_rules.reliever_weeks(
        puffs, start, end)


def test_the_migration_builds_the_table_from_existing_doses(tmp_path):
    """A diary saved before m0010 gets its per-day answers when it is migrated."""
    import sqlite3

    import sqlite_utils

    from asthma_app.storage import migrations
    from asthma_app.storage.database import open_database
    from asthma_app.storage.migrations import m0010_dose_days as migration

    path, backups = tmp_path / "old.sqlite3", tmp_path / "backups"
    db = sqlite_utils.Database(sqlite3.connect(str(path), isolation_level=None))
    migrations.migrate(db, path, backups, upto=migration.VERSION - 1)
    try:
        assert "dose_days" not in db.table_names()
        pid = repository.add_profile(db, Profile("Old"), NOW).id
        title = Medicine("beclometasone", MedicineRole.PREVENTER).title()
        repo.add_doses(db, pid, [
            DoseEvent(title, day_start(FIRST), False, FIRST, Slot.MORNING, logged_at=NOW),
            DoseEvent(title, day_start(FIRST), True, FIRST, Slot.MORNING,
                      logged_at=NOW + timedelta(hours=1)),
            DoseEvent(title, day_start(FIRST), True, FIRST, Slot.EVENING, logged_at=NOW),
            DoseEvent(title, day_start(FIRST), True, None, None, logged_at=NOW)], NOW)
    finally:
        db.close()
    db = open_database(path, backups)
    try:
        assert _dose_days(db) == [(pid, FIRST.isoformat(), title, 1, 1)]
    finally:
        db.close()


def test_a_json_backup_round_trip_brings_the_same_counts(session, clock, tmp_path):
    """The table is not in the backup (derived): an import rebuilds it by its triggers."""
    import json

    from asthma_app.services import exchange
    from asthma_app.storage.database import open_database
    from asthma_app.storage.exchange import json_backup
    from asthma_app.storage.exchange.backup_import import import_backup

    session.plans.agree(make_plan(medicines=(Medicine(
        "beclometasone", MedicineRole.PREVENTER, instructions="2 puffs morning and evening",
        schedule=DoseTimes.BOTH), RELIEVER)))
    start = clock().date()
    for day in range(6):
        for number, today in enumerate(session.medicines.today()):
            if (day + number) % 3:
                saved = session.medicines.answer(today.due, taken=day % 2 == 0)
                if day == 4:
                    session.medicines.delete_dose(saved)
        clock.advance(hours=24)
    end = clock().date()
    path = exchange.export_data(session, "json", tmp_path / "doses.json")
    assert "dose_days" not in json.loads(path.read_text("utf-8"))
    (tmp_path / "other").mkdir()
    other = open_database(tmp_path / "other" / "asthma.sqlite3")
    try:
        report = import_backup(other, json_backup.loads(path.read_text("utf-8")), end)
        again = open_session(other, report.profile_id, clock).medicines
        assert _dose_days(other) == _recomputed(other)
        assert again.adherence_bars(start, end, 2) == session.medicines.adherence_bars(
            start, end, 2)
        assert again.adherence(start, end) == session.medicines.adherence(start, end)
        counted = again.adherence(start, end)  # by hand: 7 days of two; day 4's answers undone
        assert (counted.due, counted.taken, counted.not_taken) == (14, 2, 4)
    finally:
        other.close()
