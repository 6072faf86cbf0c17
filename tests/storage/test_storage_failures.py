"""A full disk, a read-only data folder and a database locked by another program: a plain
message, and nothing half-written.

The disk-full and read-only tests use a real small filesystem (tmpfs mounted as root, then
remounted read-only: chmod does not stop root). Where mounting is not allowed they are skipped
and ``PRAGMA max_page_count`` (the same SQLite "database or disk is full" error) still runs.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from asthma_app import paths
from asthma_app.domain.profile import Profile
from asthma_app.domain.readings import PeakFlowReading
from asthma_app.services.profiles import create_profile, open_session
from asthma_app.storage.backup import list_backups, make_backup
from asthma_app.storage.database import StorageError, open_database

NOW = datetime(2026, 11, 22, 8, 0)


def mount(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["mount", *args], capture_output=True, text=True)


@pytest.fixture
def small_fs(tmp_path):
    import shutil
    import sys

    if not sys.platform.startswith("linux") or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs is Linux only; the max_page_count test covers "
                    "the SQLite side")
    folder = tmp_path / "small"
    folder.mkdir()
    done = mount("-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder))
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here ({done.stderr.strip()}); "
                    "the max_page_count test covers the SQLite side")
    yield folder
    mount("-o", "remount,rw", str(folder))
    subprocess.run(["umount", "--lazy", str(folder)], check=True)


def fill_up(folder: Path, leave: int) -> None:
    stat = os.statvfs(folder)
    free = stat.f_bavail * stat.f_frsize
    (folder / "filler.bin").write_bytes(b"\0" * max(0, free - leave))


def new_session(path: Path):
    db = open_database(path, path.parent / "backups")
    profile = create_profile(db, Profile("Ana"), lambda: NOW)
    return db, open_session(db, profile.id, lambda: NOW)


def reading(n: int) -> PeakFlowReading:
    return PeakFlowReading(NOW - timedelta(minutes=n), (400,), note="a longer note " * 20)


def save_until_error(session) -> tuple[list[int], StorageError]:
    saved = []
    for n in range(100_000):
        try:
            saved.append(session.diary.log_reading(reading(n)).id)
        except StorageError as error:
            return saved, error
    raise AssertionError("the disk never filled up")


def count_and_check(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return conn.execute("SELECT count(*) FROM readings").fetchone()[0]
    finally:
        conn.close()


def test_disk_full_gives_a_plain_message_and_keeps_every_finished_save(small_fs):
    filler = small_fs / "filler.bin"
    # room for a few saves after the schema (its per-day sums take a little room too)
    filler.write_bytes(b"\0" * 32 * 1024)
    db, session = new_session(small_fs / "asthma.sqlite3")
    saved, error = save_until_error(session)
    assert len(saved) > 5
    assert str(error) == "The disk is full, so this could not be saved. Nothing was changed."
    assert not db.conn.in_transaction
    assert len(session.diary.readings()) == len(saved)
    filler.unlink()  # the user makes room; saving works again on the same connection
    again = session.diary.log_reading(reading(-1))
    db.close()
    assert count_and_check(small_fs / "asthma.sqlite3") == len(saved) + 1
    assert again.id not in saved


def test_backup_on_a_full_disk_fails_plainly_and_leaves_no_partial_file(small_fs, db):
    backups = small_fs / "backups"
    profile = create_profile(db, Profile("Ana"), lambda: NOW)
    session = open_session(db, profile.id, lambda: NOW)
    for n in range(50):
        session.diary.log_reading(reading(n))
    fill_up(small_fs, leave=8 * 1024)
    with pytest.raises(StorageError, match="disk is full"):
        make_backup(db, backups, "manual", NOW)
    assert list(backups.iterdir()) == []
    assert list_backups(backups) == []


def test_read_only_data_folder_opens_reads_and_refuses_writes_plainly(small_fs):
    from asthma_app.app import check_and_open

    paths.set_data_dir(small_fs)
    db, session = new_session(paths.database_path())
    session.diary.log_reading(reading(1))
    db.close()
    assert mount("-o", "remount,ro", str(small_fs)).returncode == 0

    db, message = check_and_open(lambda: NOW + timedelta(days=1))
    try:
        assert message == ""
        session = open_session(db, 1, lambda: NOW)
        assert len(session.diary.readings()) == 1
        with pytest.raises(StorageError) as caught:
            session.diary.log_reading(reading(2))
        assert str(caught.value) == ("The data folder is read-only, so nothing can be saved. "
                                     "Nothing was changed.")
        assert len(session.diary.readings()) == 1
    finally:
        db.close()
    assert not (small_fs / "backups").exists()  # and no backup half-made


def test_full_database_via_max_page_count_rolls_back_cleanly(db):
    """Runs everywhere: SQLite's own page limit gives the same "database or disk is full"."""
    profile = create_profile(db, Profile("Ana"), lambda: NOW)
    session = open_session(db, profile.id, lambda: NOW)
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages + 3}")
    saved, error = save_until_error(session)
    assert "disk is full" in str(error)
    db.execute("PRAGMA max_page_count = 1000000")
    assert [r.id for r in session.diary.readings()] == sorted(saved)  # newest time first
    db.close()
    assert count_and_check(paths.database_path()) == len(saved)


def test_locked_by_another_program_gives_a_plain_message_and_saves_nothing(db):
    profile = create_profile(db, Profile("Ana"), lambda: NOW)
    session = open_session(db, profile.id, lambda: NOW)
    db.execute("PRAGMA busy_timeout = 100")
    other = sqlite3.connect(paths.database_path(), isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(StorageError, match="in use by another program"):
            session.diary.log_reading(reading(1))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert session.diary.readings() == []
    assert session.diary.log_reading(reading(1)).id is not None
