"""``asthma-app log-dose`` and ``doses`` as a real subprocess on a temp data dir, including a
passphrase-protected person (nothing logged or shown without it)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import datetime

import pytest

from asthma_app.domain.plan import Medicine, MedicineRole
from asthma_app.domain.profile import Profile
from asthma_app.domain.schedule import DoseTimes
from asthma_app.services import profile_security as security
from asthma_app.services.profiles import create_profile, open_session
from tests.conftest import make_plan

SECRET = "correct horse"


def run(*args, data_dir, stdin=""):
    return subprocess.run([sys.executable, "-m", "asthma_app", "--data-dir", str(data_dir),
                           *args], input=stdin, capture_output=True, text=True, timeout=120)


def _doses(data_dir) -> int:
    """Doses logged: in the shared file, or (for a protected person) in their encrypted vault,
    never in both."""
    from asthma_app.storage import vault

    conn = sqlite3.connect(data_dir / "asthma.sqlite3")
    try:
        shared = conn.execute("SELECT count(*) FROM dose_events").fetchone()[0]
        found = conn.execute("SELECT vault, vault_kdf FROM profiles WHERE vault IS NOT NULL"
                             ).fetchone()
    finally:
        conn.close()
    if found is None:
        return shared
    assert shared == 0  # the shared file holds none of a protected person's doses
    own = vault.connect(vault.vault_path(data_dir / "asthma.sqlite3", found[0]),
                        vault.derive_key(SECRET, found[1]))
    try:
        return own.execute("SELECT count(*) FROM dose_events").fetchone()[0]
    finally:
        own.close()


@pytest.fixture
def person(db, clock):
    profile = create_profile(db, Profile("Nia"), clock)
    session = open_session(db, profile.id, clock)
    session.plans.agree(make_plan(medicines=(
        Medicine("beclometasone", MedicineRole.PREVENTER, brand="Clenil",
                 schedule=DoseTimes.BOTH, puffs_each_time=2),
        Medicine("salbutamol", MedicineRole.RELIEVER))))
    session.medicines.start_inhaler("Clenil", 200, at=datetime(2026, 11, 1, 7))
    return profile


def test_log_taken_and_not_taken_then_list(person, db, data_dir):
    db.close()
    taken = run("log-dose", "--profile", "nia", "--at", "2026-11-20T08:05", "Clenil",
                data_dir=data_dir)
    assert taken.returncode == 0, taken.stderr
    assert "beclometasone (Clenil)\ttaken\t2026-11-20 morning" in taken.stdout
    missed = run("log-dose", "--profile", "Nia", "--at", "2026-11-20T20:00", "beclometasone",
                 "--not-taken", "--reason", "away from home", data_dir=data_dir)
    assert missed.returncode == 0, missed.stderr
    assert "not taken\t2026-11-20 evening" in missed.stdout
    assert "away from home" in missed.stdout and "logged late" in missed.stdout
    shown = run("doses", "--profile", "Nia", data_dir=data_dir)
    assert shown.returncode == 0, shown.stderr
    assert "Doses left\tbeclometasone (Clenil)\t198" in shown.stdout
    assert shown.stdout.index("20:00") < shown.stdout.index("08:05")  # newest first


def test_refusals_have_a_message_and_save_nothing(person, db, data_dir):
    db.close()
    for args in (("aspirin",), ("salbutamol",), ("Clenil", "--at", "yesterday"),
                 ("Clenil", "--reason", "forgot")):
        done = run("log-dose", "--profile", "Nia", *args, data_dir=data_dir)
        assert done.returncode == 2, (args, done.stdout, done.stderr)
        assert "Nothing was saved" in done.stdout and "Traceback" not in done.stderr
    assert _doses(data_dir) == 0


def test_a_protected_person_needs_the_passphrase(person, db, data_dir):
    security.set_passphrase(db, person.id, SECRET)
    db.close()
    for command in (("log-dose", "--profile", "Nia", "Clenil"), ("doses", "--profile", "Nia")):
        done = run(*command, data_dir=data_dir)
        assert done.returncode == 2 and "passphrase" in done.stderr
        assert done.stdout == ""
    assert _doses(data_dir) == 0
    saved = run("log-dose", "--profile", "Nia", "Clenil", "--passphrase-stdin",
                data_dir=data_dir, stdin=SECRET + "\n")
    assert saved.returncode == 0, saved.stderr
    assert _doses(data_dir) == 1
