"""Damage found at start-up: the damaged set is kept aside, the newest good backup comes back,
or what can be read is salvaged, and the user is told plainly."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta

import pytest

from asthma_app import paths
from asthma_app.domain.profile import Profile
from asthma_app.domain.readings import PeakFlowReading
from asthma_app.services.profiles import create_profile, open_session
from asthma_app.storage import repository
from asthma_app.storage.backup import AUTO, auto_backup, list_backups, make_backup
from asthma_app.storage.database import open_database
from asthma_app.storage.recovery import (
    OK,
    RESTORED,
    SALVAGED,
    check_and_recover,
    is_damaged,
)

DAY1 = datetime(2026, 11, 20, 8, 0)
DAY2 = DAY1 + timedelta(days=1)
NOW = DAY2 + timedelta(days=1)


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pages_of(path, table: str) -> list[int]:
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno",
            [table])]
    finally:
        conn.close()


def flip(path, page: int, offset: int = 0, count: int = 24) -> None:
    """XOR bytes at the start of a b-tree page: its header (type, cell count, pointers)."""
    data = bytearray(path.read_bytes())
    start = (page - 1) * 4096 + offset
    for i in range(start, start + count):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))


def diary_with_two_days(folder):
    """A real diary: readings through the services on day 1, backup, more on day 2."""
    db = open_database(paths.database_path(), folder)
    profile = create_profile(db, Profile("Zara Okafor", birth_year=1985), lambda: DAY1)
    session = open_session(db, profile.id, lambda: NOW)
    for n in range(150):
        session.diary.log_reading(PeakFlowReading(DAY1 - timedelta(hours=n), (400 + n % 50,),
                                                  note=f"day one note {n}"))
    assert auto_backup(db, folder, DAY1) is not None
    for n in range(5):
        session.diary.log_reading(PeakFlowReading(DAY2 + timedelta(hours=n), (300,)))
    db.close()
    return profile


def test_a_healthy_diary_is_left_alone(db, data_dir):
    db.close()
    before = sha(paths.database_path())
    result = check_and_recover(paths.database_path(), paths.backups_dir(), NOW)
    assert result.status == OK and result.message == ""
    assert sha(paths.database_path()) == before
    assert not (data_dir / "damaged").exists()


def test_the_background_check_gives_the_same_verdicts(db, data_dir):
    from asthma_app.storage.integrity import check_in_background

    db.close()
    live = paths.database_path()
    assert check_in_background(live)().status == "ok"
    assert not check_in_background(data_dir / "nothing.sqlite3")()
    flip(live, 1, offset=100, count=8)  # the first b-tree page's header
    assert bool(check_in_background(live)()) is True is is_damaged(live)


def test_missing_or_empty_file_is_not_damage(data_dir):
    assert not is_damaged(data_dir / "nothing.sqlite3")
    paths.data_dir()  # creates the folder
    (data_dir / "empty.sqlite3").touch()
    assert not is_damaged(data_dir / "empty.sqlite3")


def test_flipped_bytes_are_detected_damaged_file_kept_newest_backup_restored(data_dir):
    folder = paths.backups_dir()
    profile = diary_with_two_days(folder)
    live = paths.database_path()
    flip(live, pages_of(live, "readings")[2])
    damaged_hash = sha(live)
    assert is_damaged(live)

    from asthma_app.app import check_and_open  # the start-up path the app runs
    from asthma_app.storage.integrity import check_in_background

    db, message = check_and_open(lambda: NOW, damaged=check_in_background(live))
    try:
        # the user is told, plainly, what happened and from when their data now runs
        assert "damaged" in message and "backup from 20 Nov 2026, 08:00" in message
        assert "now runs up to 20 Nov 2026, 08:00" in message
        assert str(data_dir / "damaged") in message
        readings = repository.list_readings(db, profile.id)
        # day 1 from the backup; day 2 (after it) from what the damaged file still holds
        assert len(readings) == 155
        assert "still held 5 entries saved after that backup" in message
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        db.close()
    [kept] = (data_dir / "damaged").glob("*.sqlite3")
    assert kept.name.startswith("asthma-damaged-")
    assert sha(kept) == damaged_hash  # set aside untouched, never deleted


def test_a_damaged_newest_backup_is_skipped(data_dir):
    folder = paths.backups_dir()
    diary_with_two_days(folder)
    db = open_database(paths.database_path(), folder)
    newer = make_backup(db, folder, "manual", DAY2 + timedelta(hours=6))
    db.close()
    flip(newer.path, pages_of(newer.path, "readings")[0])
    live = paths.database_path()
    flip(live, pages_of(live, "readings")[1])

    result = check_and_recover(live, folder, NOW)
    assert result.status == RESTORED
    assert result.restored_from == DAY1  # the older, good, automatic one
    assert [i.kind for i in list_backups(folder)] == ["manual", AUTO]  # backups untouched


def test_the_wal_and_shm_are_moved_aside_with_the_file_as_a_set(data_dir, tmp_path):
    folder = paths.backups_dir()
    diary_with_two_days(folder)
    live = paths.database_path()
    first_leaf = pages_of(live, "readings")[0]  # (closing this connection removes the WAL)
    # a program that dies with changes still in the WAL (no checkpoint on close)
    script = textwrap.dedent(f"""
        import os, sqlite3
        conn = sqlite3.connect({str(live)!r}, isolation_level=None)
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        conn.execute("INSERT INTO settings (key, value) VALUES ('late', 'change')")
        os._exit(0)
    """)
    subprocess.run([sys.executable, "-c", script], check=True)
    wal, shm = live.with_name(live.name + "-wal"), live.with_name(live.name + "-shm")
    assert wal.exists() and wal.stat().st_size > 0 and shm.exists()
    flip(live, first_leaf)
    hashes = {p.name[len("asthma.sqlite3"):]: sha(p) for p in (live, wal, shm)}

    result = check_and_recover(live, folder, NOW)
    assert result.status == RESTORED
    kept = result.damaged_path
    assert sha(kept) == hashes[""]
    assert sha(kept.with_name(kept.name + "-wal")) == hashes["-wal"]
    # -shm is SQLite's shared-memory index of the WAL, rebuilt by any reader (our read-only
    # quick_check too); it holds no data. It moves with the set.
    assert kept.with_name(kept.name + "-shm").exists()
    assert not wal.exists() or wal.stat().st_size == 0  # no stale WAL beside the restored file


def test_no_backup_salvages_what_can_be_read(data_dir):
    folder = paths.backups_dir()
    profile = diary_with_two_days(folder)
    for info in list_backups(folder):
        info.path.unlink()
    live = paths.database_path()
    leaves = pages_of(live, "readings")
    assert len(leaves) >= 4
    flip(live, leaves[1])

    result = check_and_recover(live, folder, NOW)
    assert result.status == SALVAGED
    assert "no backup" in result.message and "Some entries may be missing" in result.message
    db = open_database(live, folder)
    try:
        readings = repository.list_readings(db, profile.id)
        assert 100 <= len(readings) < 155  # all but the damaged page's rows
        assert result.salvaged["readings"] == len(readings)
        assert f"{len(readings)} peak-flow readings" in result.message
        assert [p.name for p in repository.list_profiles(db)] == ["Zara Okafor"]
        assert repository.current_plan(db, profile.id) is None
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        db.close()
    assert len(list((data_dir / "damaged").glob("*.sqlite3"))) == 1


def test_not_a_database_at_all_gives_a_fresh_diary_and_keeps_the_file(data_dir):
    live = paths.database_path()
    live.write_bytes(b"this is not a database " * 300)
    result = check_and_recover(live, paths.backups_dir(), NOW)
    assert result.status == SALVAGED
    assert "0 peak-flow readings" in result.message
    assert (data_dir / "damaged").exists()
    open_database(live).close()


@pytest.mark.parametrize("damage", ["header", "schema"])
def test_damage_to_the_header_or_schema_page_is_found(data_dir, damage):
    diary_with_two_days(paths.backups_dir())
    live = paths.database_path()
    if damage == "header":
        flip(live, 1, offset=0, count=16)
    else:
        flip(live, 1, offset=100, count=12)
    assert is_damaged(live)
