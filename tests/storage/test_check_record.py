"""The start-up check takes its last verdict again only for the very bytes that passed it.

``storage/check_record.py``: at a clean end the diary's bytes are checked in full and their
BLAKE2b hash recorded; the next start skips the full check only when the file hashes the
same, with no -wal/-journal holding more. Anything that changed the file since (a flipped
byte, a truncated file, another program's write) must get the full check; a record that is
damaged, foreign or for other bytes must only ever cause a full check.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta

import pytest

from asthma_app import paths
from asthma_app.domain.profile import Profile
from asthma_app.domain.readings import PeakFlowReading
from asthma_app.services.profiles import create_profile, open_session
from asthma_app.storage import check_record, integrity
from asthma_app.storage.database import open_database

DAY = datetime(2026, 11, 20, 8, 0)
MARK = "note-to-find-in-the-file"


def diary(data_dir):
    """A real diary with readings and notes, closed (as at a clean end)."""
    db = open_database(paths.database_path())
    profile = create_profile(db, Profile("Zara Okafor", birth_year=1985), lambda: DAY)
    session = open_session(db, profile.id, lambda: DAY)
    for n in range(60):
        session.diary.log_reading(PeakFlowReading(DAY - timedelta(hours=n), (400 + n,),
                                                  note=f"{MARK} {n}"))
    db.close()
    return paths.database_path()


def clean_end(path):
    """What the app does after its last connection is closed."""
    return check_record.remember_clean_end(path, integrity.check)


def start(path):
    """The verdict a start-up reaches (the same thread the app starts)."""
    return integrity.check_in_background(path, recall=True)()


def test_an_unchanged_file_after_a_clean_end_takes_the_last_verdict_without_reading(data_dir):
    path = diary(data_dir)
    assert start(path).recalled is False  # never recorded: the full check
    assert clean_end(path) is True
    verdict = start(path)
    assert verdict.status == integrity.OK and verdict.recalled is True
    assert not verdict
    # the app's own next clean end, nothing written: the record stands as it is
    assert clean_end(path) is True and start(path).recalled is True


def test_a_byte_flipped_inside_a_value_after_a_clean_end_is_found_at_the_next_start(data_dir):
    path = diary(data_dir)
    assert clean_end(path)
    data = bytearray(path.read_bytes())
    at = data.index(MARK.encode())
    data[at + 3] = 0xFF  # not UTF-8: the row cannot be read back; the size stays the same
    path.write_bytes(bytes(data))
    verdict = start(path)
    assert verdict.recalled is False
    assert verdict.status == integrity.UNREADABLE_TEXT and verdict.unreadable_rows == 1


def test_a_flipped_byte_with_the_files_times_put_back_is_still_found(data_dir):
    path = diary(data_dir)
    assert clean_end(path)
    times = os.stat(path)
    data = bytearray(path.read_bytes())
    at = data.index(MARK.encode())
    data[at] ^= 0x80
    path.write_bytes(bytes(data))
    os.utime(path, ns=(times.st_atime_ns, times.st_mtime_ns))  # a damaged copy put back
    assert start(path).status == integrity.UNREADABLE_TEXT


def test_a_truncated_file_after_a_clean_end_is_found(data_dir):
    path = diary(data_dir)
    assert clean_end(path)
    with open(path, "r+b") as file:
        file.truncate(os.path.getsize(path) - 4096)
    verdict = start(path)
    assert verdict.recalled is False and verdict.status == integrity.DAMAGED


def test_a_write_by_another_program_after_a_clean_end_gets_the_full_check(data_dir):
    path = diary(data_dir)
    assert clean_end(path)
    script = ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]);"
              " c.execute(\"UPDATE readings SET note = 'changed elsewhere' WHERE id = 1\");"
              " c.commit(); c.close()")
    subprocess.run([sys.executable, "-c", script, str(path)], check=True, timeout=60)
    verdict = start(path)
    assert verdict.recalled is False and verdict.status == integrity.OK


def test_a_wal_holding_part_of_the_diary_gets_the_full_check(data_dir):
    path = diary(data_dir)
    assert clean_end(path)
    writer = sqlite3.connect(path)  # open: its last write is in the -wal, not in the file
    writer.execute("UPDATE readings SET note = 'only in the wal' WHERE id = 2")
    writer.commit()
    try:
        assert path.with_name(path.name + "-wal").stat().st_size > 0
        assert start(path).recalled is False
        assert clean_end(path) is False  # a connection still open: nothing recorded
    finally:
        writer.close()


@pytest.mark.parametrize("record", [
    b"", b"{", b"\xff\xfe", b"[]", b"null", b'{"size": 1}',
    b'{"fingerprint": 1, "size": "x", "blake2b": 3}',
    b" " * 5000,
])
def test_a_damaged_record_only_ever_causes_the_full_check(data_dir, record):
    path = diary(data_dir)
    assert clean_end(path)
    check_record.record_path(path).write_bytes(record)
    assert start(path).recalled is False
    assert clean_end(path) is True  # and the next clean end writes a good one again
    assert start(path).recalled is True


def test_a_record_of_other_bytes_or_another_check_is_not_taken(data_dir):
    path = diary(data_dir)
    assert clean_end(path)
    record_file = check_record.record_path(path)
    good = json.loads(record_file.read_text())
    for changed in ({**good, "blake2b": "0" * 64}, {**good, "size": good["size"] + 1},
                    {**good, "fingerprint": "an older version's rules"}):
        record_file.write_text(json.dumps(changed))
        assert start(path).recalled is False
    # a record copied from another, healthy diary does not fit this one
    other = paths.data_dir() / "other.sqlite3"
    other.write_bytes(path.read_bytes()[:-4096] + bytes(4096))
    record_file.write_text(json.dumps(good))
    os.replace(other, path)
    assert start(path).recalled is False


def test_a_damaged_file_at_a_clean_end_is_not_recorded_and_the_old_record_goes(data_dir):
    path = diary(data_dir)
    assert clean_end(path)
    data = bytearray(path.read_bytes())
    data[data.index(MARK.encode())] = 0xFF
    path.write_bytes(bytes(data))
    assert clean_end(path) is False
    assert not check_record.record_path(path).exists()
    assert start(path).status == integrity.UNREADABLE_TEXT
