"""SIGKILL at random moments while readings are being saved: the database always passes
``PRAGMA integrity_check`` and every reading whose save had returned is there."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
KILLS = 50

CHILD = textwrap.dedent("""
    import sys
    from datetime import datetime, timedelta
    from pathlib import Path

    from asthma_app.domain.profile import Profile
    from asthma_app.domain.readings import PeakFlowReading
    from asthma_app.services.profiles import create_profile, open_session, profiles
    from asthma_app.storage.database import open_database

    path = Path(sys.argv[1])
    db = open_database(path, path.parent / "backups")
    now = datetime(2026, 11, 22, 8, 0)
    people = profiles(db) or [create_profile(db, Profile("Kill Test"), lambda: now)]
    session = open_session(db, people[0].id, lambda: now)
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        saved = session.diary.log_reading(
            PeakFlowReading(now - timedelta(minutes=n), (300 + n % 400,), note="x"))
        print(saved.id, flush=True)  # only after log_reading has returned
""")


def run_and_kill(path: Path, rng: random.Random) -> list[int]:
    """Start the child, wait for it to be writing, SIGKILL it; the ids it reported saved."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(path)], stdout=subprocess.PIPE,
                             env=env, text=True)
    assert child.stdout.readline().strip() == "ready"
    # Counted in saves, not seconds: on a busy machine each synchronous save takes longer, and
    # a timed kill then landed before the child had saved anything worth checking.
    saved = [int(child.stdout.readline()) for _ in range(rng.randint(6, 15))]
    with pytest.raises(subprocess.TimeoutExpired):  # the child saves on and never stops by itself
        child.wait(timeout=rng.uniform(0.0, 0.05))  # then a random moment, often mid-save
    child.send_signal(signal.SIGKILL)
    out, _ = child.communicate()
    assert child.returncode == -signal.SIGKILL
    return saved + [int(line) for line in out.split()]


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"),
                    reason="SIGKILL is POSIX only (Windows' TerminateProcess is not a signal)")
def test_sigkill_while_saving_never_loses_a_returned_save_or_damages_the_file(tmp_path):
    path = tmp_path / "kill.sqlite3"
    rng = random.Random(7)
    promised: set[int] = set()
    for _ in range(KILLS):
        promised |= set(run_and_kill(path, rng))
        conn = sqlite3.connect(path)  # like the next start of the app (recovers the WAL)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            stored = {row[0] for row in conn.execute("SELECT id FROM readings")}
        finally:
            conn.close()
        assert promised <= stored, f"lost {sorted(promised - stored)[:10]}"
    assert len(promised) > KILLS * 5  # the child really was saving when it was killed
