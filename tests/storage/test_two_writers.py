"""Two programs saving into one diary at once (the window and the command line, or two
processes) wait for each other: nothing is refused that waiting a moment would have saved.

In WAL mode a transaction that began by reading and then writes fails at once with
SQLITE_BUSY when another writer got in first, whatever the busy timeout; write transactions
therefore start with BEGIN IMMEDIATE (``storage/lazy_db.py``)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from datetime import datetime
from pathlib import Path

from asthma_app.domain.profile import Profile
from asthma_app.services.profiles import create_profile
from asthma_app.storage.database import open_database

ROOT = Path(__file__).resolve().parents[2]
SAVES = 150

WRITER = textwrap.dedent("""
    import sys, time
    from datetime import datetime, timedelta
    from pathlib import Path

    from asthma_app.domain.readings import PeakFlowReading
    from asthma_app.services.profiles import open_session
    from asthma_app.storage.database import StorageError, open_database

    path, offset, start = Path(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
    db = open_database(path, path.parent / "backups")
    now = datetime(2026, 11, 22, 8, 0)
    session = open_session(db, 1, lambda: now)
    while time.time() < start:  # both begin together
        time.sleep(0.001)
    refused = 0
    for n in range(int(sys.argv[4])):
        try:
            session.diary.log_reading(
                PeakFlowReading(now - timedelta(minutes=offset + n), (300 + n % 300,)))
        except StorageError:
            refused += 1
    print(refused, flush=True)
""")


def test_two_processes_saving_at_once_both_get_every_save_in(tmp_path):
    path = tmp_path / "two writers" / "asthma.sqlite3"
    path.parent.mkdir()
    db = open_database(path)
    create_profile(db, Profile("Ana"), lambda: datetime(2026, 11, 20))
    db.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    import time

    start = str(time.time() + 1.5)
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(offset), start,
                                 str(SAVES)], stdout=subprocess.PIPE, text=True, env=env)
               for offset in (0, 100_000)]
    refused = [int(w.communicate(timeout=300)[0].strip()) for w in writers]
    assert refused == [0, 0]
    db = open_database(path)
    try:
        assert db.execute("SELECT count(*) FROM readings").fetchone()[0] == 2 * SAVES
    finally:
        db.close()


def test_a_write_transaction_takes_the_write_lock_at_its_start(db):
    """The mechanism: inside ``atomic()`` another connection cannot start writing."""
    import sqlite3

    from asthma_app import paths

    other = sqlite3.connect(paths.database_path(), timeout=0, isolation_level=None)
    try:
        with db.atomic():
            try:
                other.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as error:
                assert "locked" in str(error)
            else:
                other.execute("ROLLBACK")
                raise AssertionError("the outer transaction did not hold the write lock")
    finally:
        other.close()
