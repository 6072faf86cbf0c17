"""Restore per person, as a property: whatever two or three people did before and after a
backup (readings logged, edited, deleted; reminders replaced, which frees row numbers for
someone else), restoring one of them gives exactly their diary of the backup and leaves every
row of everyone else, numbers included, as it was; the per-day sums stay exact."""

from __future__ import annotations

import tempfile
from datetime import datetime, time, timedelta
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from asthma_app.domain.profile import Profile
from asthma_app.domain.readings import PeakFlowReading
from asthma_app.services import reminders
from asthma_app.storage import backup, repository, restore
from asthma_app.storage.database import open_database
from tests.services.test_daily_summaries import _recomputed, _summaries

START = datetime(2026, 1, 1, 8, 0)

action = st.one_of(
    st.tuples(st.just("log"), st.integers(0, 2), st.integers(100, 700)),
    st.tuples(st.just("edit"), st.integers(0, 2), st.integers(100, 700)),
    st.tuples(st.just("delete"), st.integers(0, 2), st.just(0)),
    st.tuples(st.just("reminders"), st.integers(0, 2), st.integers(0, 2)),
    st.tuples(st.just("reminders"), st.integers(0, 2), st.just(0)),  # frees row numbers
)


def apply(db, people, step: int, act) -> None:
    kind, who, number = act
    pid = people[who % len(people)]
    when = START + timedelta(hours=step)
    live = repository.list_readings(db, pid)
    if kind == "log":
        repository.add_reading(db, pid, PeakFlowReading(when, (number,)), when)
    elif kind == "edit" and live:
        repository.replace_reading(db, pid, live[0].id, PeakFlowReading(when, (number,)), when)
    elif kind == "delete" and live:
        repository.set_deleted(db, "readings", live[-1].id, when)
    elif kind == "reminders":
        reminders.save(db, pid, [reminders.Reminder("peak_flow", time(8 + n))
                                 for n in range(number)], when)


def canonical(db, pid: int) -> dict:
    """The person's rows without their numbers: references become the row referred to."""
    readings = db.execute("SELECT id, taken_at, value, created_at, deleted_at, replaced_by "
                          "FROM readings WHERE profile_id = ?", [pid]).fetchall()
    by_id = {row[0]: row[1:4] for row in readings}
    return {
        "readings": sorted((r[1], r[2], r[3], r[4], by_id.get(r[5]) if r[5] else None)
                           for r in readings),
        "reminders": sorted(db.execute("SELECT kind, time_of_day, enabled FROM reminders "
                                       "WHERE profile_id = ?", [pid]).fetchall()),
        "profile": db.execute("SELECT * FROM profiles WHERE id = ?", [pid]).fetchone(),
    }


def exact(db, pid: int) -> dict:
    return {table: sorted(db.execute(f"SELECT * FROM {table} WHERE profile_id = ?",
                                     [pid]).fetchall())
            for table in ("readings", "reminders", "reading_days", "plan_versions")}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# the person's reminder row number goes to someone else after the backup
@example(people=2, before=[("reminders", 0, 1)],
         after=[("reminders", 0, 0), ("reminders", 1, 1)], chosen=0)
@given(people=st.integers(2, 3), before=st.lists(action, max_size=12),
       after=st.lists(action, max_size=12), chosen=st.integers(0, 2))
def test_restoring_one_person_gives_their_backup_and_moves_nobody_else(people, before, after,
                                                                      chosen):
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        db = open_database(folder / "asthma.sqlite3", folder / "backups")
        try:
            ids = [repository.add_profile(db, Profile(f"P{n}"), START).id
                   for n in range(people)]
            for step, act in enumerate(before):
                apply(db, ids, step, act)
            made = backup.make_backup(db, folder / "backups", backup.MANUAL, START)
            pid = ids[chosen % people]
            wanted = canonical(db, pid)
            for step, act in enumerate(after, start=len(before)):
                apply(db, ids, step, act)
            others = {other: exact(db, other) for other in ids if other != pid}

            restore.restore_from_backup(db, made.path, folder / "backups", START, pid)

            assert canonical(db, pid) == wanted
            assert {other: exact(db, other) for other in ids if other != pid} == others
            assert _summaries(db) == _recomputed(db)
            assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        finally:
            db.close()
