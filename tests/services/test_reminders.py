"""Reminder rules (pure) and their storage."""

from datetime import date, datetime, time, timedelta

from asthma_app.services import reminders as rem
from asthma_app.services.reminders import Reminder, due

NOW = datetime(2026, 11, 22, 8, 5)
MORNING = Reminder("preventer", time(8, 0))
PEAK = Reminder("peak_flow", time(8, 1))


def test_daily_reminder_due_once_after_its_time():
    assert due(NOW - timedelta(minutes=10), [MORNING], {}, None) == []
    found = due(NOW, [MORNING], {}, None)
    assert [d.key for d in found] == ["preventer@08:00"] and "preventer" in found[0].text
    assert due(NOW, [MORNING], {MORNING.key: NOW}, None) == []  # already shown today
    yesterday = NOW - timedelta(days=1)
    assert len(due(NOW, [MORNING], {MORNING.key: yesterday}, None)) == 1


def test_not_nagged_hours_later_and_off_means_off():
    assert due(NOW + timedelta(hours=3), [MORNING], {}, None) == []
    assert due(NOW, [Reminder("preventer", time(8, 0), enabled=False)], {}, None) == []


def test_earliest_first():
    assert [d.key for d in due(NOW, [PEAK, MORNING], {}, None)] == [MORNING.key, PEAK.key]


def test_review_due_from_next_review():
    assert due(NOW, [], {}, NOW.date() + timedelta(days=8)) == []
    soon = due(NOW, [], {}, NOW.date() + timedelta(days=7))
    assert soon[0].key == rem.REVIEW_KEY and "2026-11-29" in soon[0].text
    assert due(NOW, [], {rem.REVIEW_KEY: NOW - timedelta(hours=1)}, date(2026, 11, 1)) == []
    assert len(due(NOW, [], {rem.REVIEW_KEY: NOW - timedelta(days=1)}, date(2026, 11, 1))) == 1


def test_storage_round_trip(session, clock):
    db, pid = session.db, session.profile_id
    assert rem.load(db, pid) == [] and not rem.enabled(db, pid)
    rem.save(db, pid, [MORNING, PEAK], clock())
    assert [(r.kind, r.time_of_day) for r in rem.load(db, pid)] == [
        ("preventer", time(8, 0)), ("peak_flow", time(8, 1))]
    rem.set_enabled(db, pid, True)
    rem.mark_shown(db, pid, MORNING.key, clock())
    assert rem.enabled(db, pid) and rem.last_shown(db, pid) == {MORNING.key: clock()}
