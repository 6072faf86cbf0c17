"""Automatic backups (only when changed, at most daily), thinning, listing and restore."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta

import pytest
import sqlite_utils

from asthma_app import paths
from asthma_app.domain.profile import Profile
from asthma_app.domain.readings import PeakFlowReading
from asthma_app.storage import migrations, repository, settings
from asthma_app.storage.backup import (
    AUTO,
    BEFORE_RESTORE,
    MANUAL,
    auto_backup,
    backup_to,
    fingerprint,
    list_backups,
    make_backup,
    quick_check,
    thin,
    to_keep,
)
from asthma_app.storage.database import StorageError, open_database
from asthma_app.storage.restore import restore_from_backup as restore

DAY1 = datetime(2026, 11, 20, 8, 0)


@pytest.fixture
def folder(tmp_path):
    return tmp_path / "backups"


@pytest.fixture
def ana(db):
    return repository.add_profile(db, Profile("Ana"), DAY1)


def values(path) -> list[int]:
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute("SELECT value FROM readings ORDER BY id")]
    finally:
        conn.close()


def add(db, profile, value, when=DAY1):
    return repository.add_reading(db, profile.id, PeakFlowReading(when, (value,)), when)


def test_first_start_makes_a_backup_that_is_a_complete_self_contained_copy(db, ana, folder):
    add(db, ana, 410)
    made = auto_backup(db, folder, DAY1)
    assert made is not None and made.kind == AUTO and made.created == DAY1
    assert made.path.name == "auto-20261120-080000.sqlite3"
    assert values(made.path) == [410]
    assert quick_check(made.path)
    conn = sqlite3.connect(made.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    assert not made.path.with_name(made.path.name + "-wal").exists()
    assert not list(folder.glob("*.partial"))


def test_a_backup_reaches_the_disk_before_it_takes_its_name(db, ana, folder, monkeypatch):
    """Synced, then renamed: after a power cut a backup's name never points at a file whose
    pages were still in the disk cache (storage/whole_file.py)."""
    import os

    from asthma_app.storage import whole_file

    events = []
    real_fsync, real_replace = os.fsync, type(folder).replace
    monkeypatch.setattr(whole_file.os, "fsync", lambda fd: (events.append("sync"),
                                                            real_fsync(fd))[1])
    monkeypatch.setattr(type(folder), "replace", lambda self, target: (
        events.append("rename"), real_replace(self, target))[1])
    add(db, ana, 410)
    auto_backup(db, folder, DAY1)
    assert events == ["sync", "rename"]


def test_at_most_one_automatic_backup_a_day_and_only_after_a_change(db, ana, folder):
    assert auto_backup(db, folder, DAY1) is not None
    add(db, ana, 420)
    assert auto_backup(db, folder, DAY1 + timedelta(hours=3)) is None  # same day
    assert auto_backup(db, folder, DAY1 + timedelta(days=1)) is not None  # changed, new day
    assert auto_backup(db, folder, DAY1 + timedelta(days=2)) is None  # nothing changed
    repository.update_profile(db, Profile("Ana B", id=ana.id, created_at=DAY1))  # an edit
    assert auto_backup(db, folder, DAY1 + timedelta(days=3)) is not None
    assert [info.created.date() for info in list_backups(folder)] == [
        date(2026, 11, 23), date(2026, 11, 21), date(2026, 11, 20)]


def test_soft_delete_counts_as_a_change(db, ana, folder):
    reading = add(db, ana, 430)
    before = fingerprint(db)
    repository.set_deleted(db, "readings", reading.id, DAY1)
    assert fingerprint(db) != before


def test_fingerprint_ignores_its_own_setting_but_not_other_settings(db, ana):
    before = fingerprint(db)
    settings.BACKUP_FINGERPRINT.set(db, "anything")
    assert fingerprint(db) == before
    settings.LANGUAGE.set(db, "cy")
    assert fingerprint(db) != before


def test_two_backups_in_the_same_second_both_kept(db, folder):
    first = make_backup(db, folder, MANUAL, DAY1)
    second = make_backup(db, folder, MANUAL, DAY1)
    assert first.path != second.path
    assert {info.path for info in list_backups(folder)} == {first.path, second.path}


def test_list_reads_kind_time_and_size_newest_first(db, folder):
    make_backup(db, folder, MANUAL, DAY1)
    make_backup(db, folder, AUTO, DAY1 + timedelta(days=1))
    (folder / "before-migration-v2-20261119-070000.sqlite3").write_bytes(b"")
    (folder / "notes.txt").write_text("not a backup")
    listed = list_backups(folder)
    assert [(i.kind, i.created) for i in listed] == [
        (AUTO, DAY1 + timedelta(days=1)), (MANUAL, DAY1),
        ("before-migration-v2", datetime(2026, 11, 19, 7, 0))]
    assert listed[0].size == listed[0].path.stat().st_size > 0


def test_list_skips_names_that_only_look_like_backups(db, folder):
    make_backup(db, folder, MANUAL, DAY1)
    (folder / "daily-20261399-070000.sqlite3").write_bytes(b"")  # no 99th day of month 13
    arabic_indic_date = "\u0662\u0660\u0662\u0666\u0661\u0661\u0661\u0669"  # 20261119
    (folder / f"daily-{arabic_indic_date}-070000.sqlite3").write_bytes(b"")
    assert [info.kind for info in list_backups(folder)] == [MANUAL]


# --- thinning -----------------------------------------------------------------------------------

def test_thinning_daily_backups_of_most_of_a_year():
    days = [datetime(2026, 1, 1, 8) + timedelta(days=n) for n in range(326)]  # to 22 Nov (Sun)
    assert days[-1] == datetime(2026, 11, 22, 8)
    keep = {moment.date() for moment in to_keep(days)}
    daily = {date(2026, 11, d) for d in range(16, 23)}
    weekly = {date(2026, 11, 15), date(2026, 11, 8), date(2026, 11, 1), date(2026, 10, 25)}
    monthly = {date(2026, 10, 31), date(2026, 9, 30), date(2026, 8, 31), date(2026, 7, 31),
               date(2026, 6, 30), date(2026, 5, 31), date(2026, 4, 30), date(2026, 3, 31),
               date(2026, 2, 28), date(2026, 1, 31)}
    assert keep == daily | weekly | monthly


def test_thinning_keeps_the_newest_of_a_day_and_counts_days_that_have_backups():
    moments = [datetime(2026, 3, 1, 9), datetime(2026, 3, 1, 18),  # two the same day
               datetime(2026, 2, 2, 9), datetime(2025, 6, 1, 9)]    # long gaps between
    keep = to_keep(moments, daily=2, weekly=0, monthly=0)
    assert keep == {datetime(2026, 3, 1, 18), datetime(2026, 2, 2, 9)}
    assert to_keep(moments, daily=0, weekly=0, monthly=3) == {
        datetime(2026, 3, 1, 18), datetime(2026, 2, 2, 9), datetime(2025, 6, 1, 9)}
    assert to_keep([]) == set()


def test_thin_deletes_only_what_the_rule_drops_and_keeps_other_kinds(db, folder):
    for n in range(20):
        make_backup(db, folder, AUTO, DAY1 - timedelta(days=n))
    manual = make_backup(db, folder, MANUAL, DAY1 - timedelta(days=300))
    deleted = thin(folder)
    left = list_backups(folder)
    autos = [i.created for i in left if i.kind == AUTO]
    assert set(autos) == to_keep(DAY1 - timedelta(days=n) for n in range(20))
    assert len(deleted) == 20 - len(autos) > 0
    assert manual.path.exists()


# --- restore ------------------------------------------------------------------------------------

def test_restore_brings_back_a_backup_and_first_saves_the_current_state(db, ana, folder):
    add(db, ana, 410)
    saved = make_backup(db, folder, MANUAL, DAY1)
    add(db, ana, 520)
    before = restore(db, saved.path, folder, DAY1 + timedelta(hours=1), ana.id)
    assert [r.value for r in repository.list_readings(db, ana.id)] == [410]
    assert before.kind == BEFORE_RESTORE
    assert sorted(values(before.path)) == [410, 520]
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    add(db, ana, 430)  # the live connection carries on working
    db.close()
    reopened = open_database(paths.database_path())
    try:
        assert [r.value for r in repository.list_readings(reopened, ana.id)] == [430, 410]
    finally:
        reopened.close()


def test_restoring_an_older_schema_backup_migrates_it(db, folder, tmp_path):
    old = tmp_path / "old.sqlite3"
    raw = sqlite_utils.Database(sqlite3.connect(str(old), isolation_level=None))
    migrations.migrate(raw, old, folder, upto=1)
    raw["profiles"].insert({"name": "Old Ana", "created_at": "2026-01-01T08:00:00"})
    raw.close()
    target = folder / "before-migration-v1-20260101-080000.sqlite3"
    folder.mkdir(parents=True, exist_ok=True)
    old.replace(target)
    ana = repository.add_profile(db, Profile("Ana"), datetime(2026, 1, 1, 8, 0))
    restore(db, target, folder, DAY1, ana.id)
    assert migrations.current_version(db) == migrations.latest_version()
    assert [p.name for p in repository.list_profiles(db)] == ["Old Ana"]


def test_a_damaged_backup_is_refused_and_nothing_changes(db, ana, folder):
    folder.mkdir()
    bad = folder / "manual-20261101-080000.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8000)
    with pytest.raises(StorageError, match="damaged"):
        restore(db, bad, folder, DAY1, ana.id)
    assert [p.name for p in repository.list_profiles(db)] == ["Ana"]
    assert [i.path for i in list_backups(folder)] == [bad]  # no safety copy was needed


def test_start_up_makes_the_daily_backup_once(data_dir, clock):
    from asthma_app.app import check_and_open, start_daily_backup

    for _ in range(2):
        db, message = check_and_open(clock)
        repository.add_profile(db, Profile("Ana"), clock())
        start_daily_backup(clock).wait()  # its own connection, while the window's is open
        db.close()
    assert message == ""
    assert [(i.kind, i.created) for i in list_backups(paths.backups_dir())] == [(AUTO, clock())]
    clock.advance(days=1)
    db = check_and_open(clock)[0]
    start_daily_backup(clock).wait()
    db.close()
    assert len(list_backups(paths.backups_dir())) == 2


def test_a_backup_from_a_newer_app_is_refused_before_anything_is_copied(db, ana, folder,
                                                                         tmp_path):
    """Restoring first and checking the version after left a diary the app could not open."""
    newer = tmp_path / "newer.sqlite3"
    backup_to(db, newer)
    raw = sqlite3.connect(str(newer))
    raw.execute("PRAGMA user_version = 99")
    raw.commit()
    raw.close()
    with pytest.raises(StorageError, match="newer version"):
        restore(db, newer, folder, DAY1, ana.id)
    assert db.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.latest_version()
    assert [p.name for p in repository.list_profiles(db)] == ["Ana"]
