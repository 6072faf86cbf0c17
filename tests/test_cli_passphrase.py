"""The command line asks for a protected person's passphrase before reading or writing their
data, and exports them only when told knowingly that the file is not encrypted. Run as a real
subprocess on a temp data dir."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from asthma_app.domain.profile import Profile
from asthma_app.services import profile_security as security
from asthma_app.services.profiles import create_profile, open_session

SECRET = "correct horse"
NOTE = "private note about the dog"


def run(*args, data_dir, stdin=""):
    return subprocess.run([sys.executable, "-m", "asthma_app", "--data-dir", str(data_dir),
                           *args], input=stdin, capture_output=True, text=True, timeout=120)


@pytest.fixture
def protected(db, clock):
    from asthma_app.domain.readings import PeakFlowReading, SymptomEntry

    person = create_profile(db, Profile("Nia"), clock)
    diary = open_session(db, person.id, clock).diary
    diary.log_reading(PeakFlowReading(clock(), (432,)))
    diary.log_symptoms(SymptomEntry(clock(), note=NOTE))
    security.set_passphrase(db, person.id, SECRET)
    db.close()
    return person


def _readings_count(data_dir) -> int:
    """Nia's readings, in her encrypted vault (the shared file has none of hers)."""
    import sqlite3

    from asthma_app.storage import vault

    conn = sqlite3.connect(data_dir / "asthma.sqlite3")
    try:
        assert conn.execute("SELECT count(*) FROM readings").fetchone()[0] == 0
        name, kdf = conn.execute("SELECT vault, vault_kdf FROM profiles").fetchone()
    finally:
        conn.close()
    own = vault.connect(vault.vault_path(data_dir / "asthma.sqlite3", name),
                        vault.derive_key(SECRET, kdf))
    try:
        return own.execute("SELECT count(*) FROM readings").fetchone()[0]
    finally:
        own.close()


@pytest.mark.parametrize("secret", ["", "wrong guess"])
def test_no_data_without_the_passphrase(protected, data_dir, tmp_path, secret):
    csv = tmp_path / "in.csv"
    csv.write_text("date,peak_flow\n2026-11-01T08:00,400\n", encoding="utf-8")
    out = tmp_path / "out.json"
    stdin = secret + "\n" if secret else ""
    flag = ["--passphrase-stdin"] if secret else []
    commands = [
        ("readings", "--profile", "Nia", *flag),
        ("log-reading", "--profile", "Nia", "400", *flag),
        ("export", "--profile", "Nia", "--format", "csv", "--plain-export", "--out", str(out),
         *flag),
        ("import", str(csv), "--profile", "Nia", *flag),
    ]
    for command in commands:
        done = run(*command, data_dir=data_dir, stdin=stdin)
        assert done.returncode == 2, (command, done.stdout, done.stderr)
        assert done.stdout == "" and "432" not in done.stderr and NOTE not in done.stderr
        assert "Traceback" not in done.stderr and "usage:" not in done.stderr
        assert ("passphrase" in done.stderr or "wait" in done.stderr), done.stderr
    assert not out.exists() and _readings_count(data_dir) == 1


def test_the_right_passphrase_on_stdin_opens_the_diary(protected, data_dir):
    shown = run("readings", "--profile", "Nia", "--passphrase-stdin", data_dir=data_dir,
                stdin=SECRET + "\n")
    assert shown.returncode == 0, shown.stderr
    assert "\t432\t" in shown.stdout
    saved = run("log-reading", "--profile", "Nia", "410", "--passphrase-stdin",
                data_dir=data_dir, stdin=SECRET + "\n")
    assert saved.returncode == 0, saved.stderr
    assert _readings_count(data_dir) == 2


def test_a_plain_export_of_a_protected_person_needs_plain_export(protected, data_dir, tmp_path):
    out = tmp_path / "nia.json"
    refused = run("export", "--profile", "Nia", "--format", "json", "--out", str(out),
                  "--passphrase-stdin", data_dir=data_dir, stdin=SECRET + "\n")
    assert refused.returncode == 2 and "--plain-export" in refused.stderr
    assert "not encrypted" in refused.stderr and not out.exists()
    done = run("export", "--profile", "Nia", "--format", "json", "--out", str(out),
               "--plain-export", "--passphrase-stdin", data_dir=data_dir, stdin=SECRET + "\n")
    assert done.returncode == 0, done.stderr
    assert NOTE in json.dumps(json.loads(out.read_text(encoding="utf-8")))


def test_people_without_a_passphrase_are_not_asked(db, clock, data_dir):
    create_profile(db, Profile("Open Ollie"), clock)
    db.close()
    done = run("log-reading", "--profile", "Open Ollie", "400", data_dir=data_dir)
    assert done.returncode == 0, done.stderr


def test_an_earlier_versions_plain_diary_is_encrypted_at_the_first_command(db, clock,
                                                                           data_dir):
    """A protected person whose diary an earlier version left in plain text: the first
    command given their passphrase moves it into their encrypted vault."""
    from asthma_app.domain.readings import PeakFlowReading
    from asthma_app.services.passwords import hash_secret

    person = create_profile(db, Profile("Nia"), clock)
    open_session(db, person.id, clock).diary.log_reading(
        PeakFlowReading(clock(), (432,), note=NOTE))
    db["profiles"].update(person.id, {"passphrase_hash": hash_secret(SECRET)})  # as before
    db.close()
    assert any(NOTE.encode() in p.read_bytes() for p in data_dir.rglob("*") if p.is_file())
    shown = run("readings", "--profile", "Nia", "--passphrase-stdin", data_dir=data_dir,
                stdin=SECRET + "\n")
    assert shown.returncode == 0, shown.stderr
    assert "\t432\t" in shown.stdout
    assert not any(NOTE.encode() in p.read_bytes() for p in data_dir.rglob("*") if p.is_file())
    assert _readings_count(data_dir) == 1


def test_create_profile_with_a_passphrase_from_stdin(data_dir):
    """A protected person made from the command line (scripts, the bundle's smoke test): their
    diary is in an encrypted vault from the start, opened only with the passphrase."""
    made = run("create-profile", "Nia", "--passphrase-stdin", data_dir=data_dir,
               stdin=SECRET + "\n")
    assert made.returncode == 0, made.stderr
    assert SECRET not in made.stdout + made.stderr
    saved = run("log-reading", "--profile", "Nia", "432", "--passphrase-stdin",
                data_dir=data_dir, stdin=SECRET + "\n")
    assert saved.returncode == 0, saved.stderr
    assert _readings_count(data_dir) == 1
    refused = run("readings", "--profile", "Nia", data_dir=data_dir)
    assert refused.returncode == 2 and "432" not in refused.stdout + refused.stderr
    (vault_file,) = (data_dir / "people").glob("*.db")
    assert not vault_file.read_bytes().startswith(b"SQLite format 3")


@pytest.mark.parametrize("stdin", ["", "\n", "abc\n"])
def test_create_profile_refuses_a_missing_or_short_passphrase(data_dir, stdin):
    made = run("create-profile", "Nia", "--passphrase-stdin", data_dir=data_dir, stdin=stdin)
    assert made.returncode == 2, made.stdout + made.stderr
    assert "at least 4 characters" in made.stderr and "Traceback" not in made.stderr
    listed = run("profiles", data_dir=data_dir)
    assert "Nia" not in listed.stdout
