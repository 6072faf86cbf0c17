"""Encryption at rest for passphrase-protected people (storage/vault.py, vault_moves.py,
services/vaults.py): their diary is unreadable without the passphrase in every file of the
data folder, the move is safe against a kill at every step, and earlier data folders are
encrypted at the person's first unlock. Real files, real SQLCipher."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from asthma_app.domain.profile import Profile
from asthma_app.domain.readings import PeakFlowReading, SymptomEntry
from asthma_app.services import profile_security as security
from asthma_app.services import vaults
from asthma_app.services.profiles import create_profile, open_session
from asthma_app.storage import backup, migrations, repository, vault, vault_moves
from asthma_app.storage.database import open_database

NOW = datetime(2026, 11, 2, 9, 0)
SECRET, NOTE, OTHER_NOTE = "correct horse", "NIA-SECRET-NOTE-7731", "OLLIE-OPEN-NOTE"


def _household(path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    db = open_database(path, path.parent / "backups")
    nia = create_profile(db, Profile("Nia"))
    ollie = create_profile(db, Profile("Ollie"))
    diary = open_session(db, nia.id).diary
    first = diary.log_reading(PeakFlowReading(NOW, (432,), note=NOTE + "-r"))
    diary.edit_reading(first, PeakFlowReading(NOW, (433,), note=NOTE + "-edited"), "edit")
    diary.log_symptoms(SymptomEntry(NOW, note=NOTE))
    open_session(db, ollie.id).diary.log_reading(PeakFlowReading(NOW, (300,), note=OTHER_NOTE))
    backup.make_backup(db, path.parent / "backups", backup.MANUAL, NOW)  # holds Nia in plain
    return db, nia, ollie


def _files_holding(folder: Path, text: str) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and text.encode() in p.read_bytes()]


def _notes(db, profile_id) -> set[str]:
    session = open_session(db, profile_id)
    return ({r.note for r in session.diary.readings()}
            | {e.note for e in session.diary.entries()})


def test_a_protected_diary_is_in_no_file_in_plain_text(data_dir):
    path = data_dir / "asthma.sqlite3"
    db, nia, ollie = _household(path)
    assert _files_holding(data_dir, NOTE)  # the test can see it while it is plain
    security.set_passphrase(db, nia.id, SECRET, now=NOW)
    assert _notes(db, nia.id) == {NOTE + "-edited", NOTE}  # unlocked: the window's view
    assert _files_holding(data_dir, NOTE) == []  # shared file, -wal, backups, the vault
    assert _files_holding(data_dir, OTHER_NOTE)  # Ollie is untouched
    assert _notes(db, ollie.id) == {OTHER_NOTE}
    vaults.lock()
    assert _notes(db, nia.id) == set()  # locked: nothing of hers through the shared file
    db.close()
    assert _files_holding(data_dir, NOTE) == []


def test_the_vault_does_not_open_without_the_key(data_dir):
    path = data_dir / "asthma.sqlite3"
    db, nia, _ollie = _household(path)
    security.set_passphrase(db, nia.id, SECRET, now=NOW)
    name, kdf = vault_moves.vault_of(db, nia.id)
    file = vault.vault_path(path, name)
    vaults.lock()
    with pytest.raises(vault.WrongKey):
        vault.connect(file, vault.derive_key("wrong guess", kdf))
    plain = sqlite3.connect(file)
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
    plain.close()
    assert not security.try_passphrase(db, nia.id, "wrong guess", NOW).ok
    own = vault.connect(file, vault.derive_key(SECRET, kdf))
    assert own.execute("SELECT count(*) FROM readings").fetchone()[0] == 2
    own.close()
    db.close()


def test_a_damaged_page_is_never_reported_as_a_wrong_passphrase(data_dir, tmp_path):
    """Any page of the vault damaged in turn: with the right key it opens (the page is read
    later) or is refused as damaged, never as a wrong passphrase, except page 1, which is all
    SQLCipher can tell a wrong key by. A wrong key is always a wrong key."""
    path = data_dir / "asthma.sqlite3"
    db, nia, _ollie = _household(path)
    security.set_passphrase(db, nia.id, SECRET, now=NOW)
    name, kdf = vault_moves.vault_of(db, nia.id)
    vaults.lock()
    whole = vault.vault_path(path, name).read_bytes()
    key, wrong = vault.derive_key(SECRET, kdf), vault.derive_key("wrong guess", kdf)
    damaged_ones = 0
    for page in range(len(whole) // 4096):
        data = bytearray(whole)
        for at in range(page * 4096 + 200, page * 4096 + 260):
            data[at] ^= 0x5A
        copy = tmp_path / f"page{page + 1}.db"
        copy.write_bytes(bytes(data))
        with pytest.raises(vault.WrongKey):
            vault.connect_read_only(copy, wrong)
        try:
            vault.connect_read_only(copy, key).close()
        except vault.DamagedVault:
            damaged_ones += 1
        except vault.WrongKey:
            assert page == 0, f"damage on page {page + 1} reported as a wrong passphrase"
    assert damaged_ones  # the schema spans more than page 1: the case was met
    db.close()


def test_change_and_remove_move_the_diary_and_keep_everyone_elses(data_dir):
    path = data_dir / "asthma.sqlite3"
    db, nia, ollie = _household(path)
    security.set_passphrase(db, nia.id, SECRET, now=NOW)
    old, _ = vault_moves.vault_of(db, nia.id)
    security.set_passphrase(db, nia.id, "new one", current=SECRET, now=NOW)
    new, _kdf = vault_moves.vault_of(db, nia.id)
    assert new != old and not vault.vault_path(path, old).exists()
    assert _notes(db, nia.id) == {NOTE + "-edited", NOTE}
    # Ollie writes meanwhile: his new rows may take ids Nia's rows had in the shared file
    open_session(db, ollie.id).diary.log_reading(PeakFlowReading(NOW, (310,), note="o2"))
    security.set_passphrase(db, nia.id, None, current="new one", now=NOW)
    assert vault_moves.vault_of(db, nia.id) == (None, None)
    assert list((data_dir / "people").glob("*")) == []
    assert _notes(db, nia.id) == {NOTE + "-edited", NOTE}
    assert _notes(db, ollie.id) == {OTHER_NOTE, "o2"}
    [reading] = open_session(db, nia.id).diary.readings()  # the edit still hides the first
    assert reading.value == 433
    db.close()


def test_a_wrong_current_passphrase_moves_nothing(data_dir):
    path = data_dir / "asthma.sqlite3"
    db, nia, _ollie = _household(path)
    security.set_passphrase(db, nia.id, SECRET, now=NOW)
    before = vault_moves.vault_of(db, nia.id)
    for change in ("other", None):
        with pytest.raises(security.PassphraseRefused):
            security.set_passphrase(db, nia.id, change, current="wrong", now=NOW)
    assert vault_moves.vault_of(db, nia.id) == before
    db.close()


class Killed(BaseException):
    """Stands in for a kill: nothing after the step runs (BaseException, like SystemExit)."""


def _where_is_nia(path: Path, nia_id: int, secret: str | None) -> str:
    """'shared' or 'vault', asserting her diary is complete there and absent elsewhere."""
    db = open_database(path, path.parent / "backups")
    try:
        vault_moves.finish_pending(db)
        name, kdf = vault_moves.vault_of(db, nia_id)
        shared_rows = db.execute("SELECT count(*) FROM readings WHERE profile_id = ?",
                                 [nia_id]).fetchone()[0]
        files = sorted(p.name for p in (path.parent / "people").glob("*")) \
            if (path.parent / "people").exists() else []
        if name is None:
            assert shared_rows == 2 and files == [], files
            return "shared"
        assert shared_rows == 0 and files == [f"{name}.db"], files
        own = vault.connect(vault.vault_path(path, name), vault.derive_key(secret, kdf))
        try:
            assert own.execute("SELECT count(*) FROM readings").fetchone()[0] == 2
        finally:
            own.close()
        return "vault"
    finally:
        db.close()


STEPS = ("vault-written", "before-switch", "switched", "before-wipe")


@pytest.mark.parametrize("step", STEPS)
def test_a_kill_while_moving_in_leaves_the_diary_whole_in_one_place(data_dir, step):
    path = data_dir / "asthma.sqlite3"
    db, nia, _ollie = _household(path)
    kdf = vault.new_kdf()
    with pytest.raises(Killed):
        vault_moves.move_in(db, nia.id, vault.derive_key(SECRET, kdf), kdf,
                            hooks={step: _raise})
    db.close()
    where = _where_is_nia(path, nia.id, SECRET)
    assert where == ("shared" if step in STEPS[:2] else "vault")
    if where == "vault":
        assert _files_holding(data_dir, NOTE) == []  # the wipe was finished at the next open


@pytest.mark.parametrize("step", ("vault-written", "before-switch", "switched"))
@pytest.mark.parametrize("change", ("rekey", "out"))
def test_a_kill_while_changing_or_removing_leaves_the_diary_whole(data_dir, step, change):
    path = data_dir / "asthma.sqlite3"
    db, nia, _ollie = _household(path)
    security.set_passphrase(db, nia.id, SECRET, now=NOW)
    own = vaults.database_for(db, nia.id)
    if change == "out" and step == "vault-written":
        step = "before-switch"  # moving out writes no vault
    with pytest.raises(Killed):
        if change == "rekey":
            kdf = vault.new_kdf()
            vault_moves.rekey(db, nia.id, own, vault.derive_key("new one", kdf), kdf,
                              "hash-of-new", hooks={step: _raise})
        else:
            vault_moves.move_out(db, nia.id, own, hooks={step: _raise})
    vaults.lock()
    db.close()
    switched = step == "switched"
    secret = "new one" if change == "rekey" and switched else SECRET
    expected = "shared" if change == "out" and switched else "vault"
    assert _where_is_nia(path, nia.id, secret) == expected


def _raise():
    raise Killed


@pytest.mark.parametrize("start", range(3, migrations.latest_version()))
def test_a_protected_person_from_an_earlier_version_is_encrypted_at_first_unlock(
        tmp_path, start, plan_factory):
    """Passphrases came with version 3; their plain diary moves into a vault at the first
    unlock (the passphrase is needed to encrypt it), whichever version wrote it."""
    import sqlite_utils

    from asthma_app.services.passwords import hash_secret

    folder = tmp_path / "data"
    folder.mkdir()
    path, backups = folder / "asthma.sqlite3", folder / "backups"
    raw = sqlite_utils.Database(path)
    migrations.migrate(raw, path, backups, upto=start)
    nia = repository.add_profile(raw, Profile("Nia"), NOW)
    repository.add_plan_version(raw, nia.id, plan_factory(), NOW)
    repository.add_reading(raw, nia.id, PeakFlowReading(NOW, (380,), note=NOTE), NOW)
    raw["profiles"].update(nia.id, {"passphrase_hash": hash_secret(SECRET)})
    raw.close()
    db = open_database(path, backups)  # migrates, keeping a plain copy in backups/
    assert _files_holding(folder, NOTE)
    assert security.try_passphrase(db, nia.id, SECRET, NOW).ok
    vaults.unlock(db, nia.id, SECRET, NOW)
    session = open_session(db, nia.id)
    assert [r.note for r in session.diary.readings()] == [NOTE]
    assert session.plans.current().personal_best == 500
    assert _files_holding(folder, NOTE) == []
    assert vault.vault_backups(vault.vault_path(path, vault_moves.vault_of(db, nia.id)[0]))
    db.close()


def test_an_unprotected_household_never_loads_sqlcipher(data_dir):
    path = data_dir / "asthma.sqlite3"
    data_dir.mkdir(parents=True)
    db = open_database(path)
    person = create_profile(db, Profile("Ollie"))
    open_session(db, person.id).diary.log_reading(PeakFlowReading(NOW, (300,)))
    db.close()
    code = ("import sys; from asthma_app import app; db, _ = app.check_and_open(); "
            "from asthma_app.services.profiles import open_session; "
            f"open_session(db, {person.id}).diary.readings(); "
            "print('sqlcipher3' in sys.modules, 'asthma_app.storage.vault' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, env={**__import__("os").environ,
                                            "ASTHMA_APP_DATA_DIR": str(data_dir)})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False False"  # not even the vault code is imported


def test_a_rename_reaches_the_vaults_copy_of_the_profile(data_dir):
    """A JSON export reads the profile from the person's own database: after a rename it must
    carry the new name, not the one from the day the passphrase was set."""
    from dataclasses import replace

    from asthma_app.storage.exchange.json_backup import export_profile

    path = data_dir / "asthma.sqlite3"
    db, nia, _ollie = _household(path)
    security.set_passphrase(db, nia.id, SECRET, now=NOW)
    repository.update_profile(db, replace(nia, name="Nia Jones"))
    session = open_session(db, nia.id)
    assert export_profile(session.db, nia.id, NOW)["profile"]["name"] == "Nia Jones"
    db.close()


def test_tidying_in_another_process_never_deletes_a_vault_being_written(data_dir):
    """The command line (or a second window) opening the diary while the window moves a
    person into a vault: its tidy-up waits for the move's lock instead of deleting the
    unfinished-looking ``.new`` file the move is about to switch to."""
    from asthma_app.storage.database import StorageError

    path = data_dir / "asthma.sqlite3"
    db, nia, _ollie = _household(path)
    other = open_database(path)
    other.execute("PRAGMA busy_timeout = 200")
    seen = []

    def tidy_meanwhile():
        with pytest.raises(StorageError):  # busy: the move holds the lock
            vault_moves.finish_pending(other)
        seen.extend(p.name for p in (data_dir / "people").glob("*"))

    kdf = vault.new_kdf()
    vault_moves.move_in(db, nia.id, vault.derive_key(SECRET, kdf), kdf,
                        hooks={"before-switch": tidy_meanwhile})
    assert len(seen) == 1 and seen[0].endswith(".db.new")
    other.close()
    db.close()
    assert _where_is_nia(path, nia.id, SECRET) == "vault"


NHS = "9434765919"  # a valid NHS number (its check digit checks)


def test_a_protected_persons_nhs_number_is_kept_and_only_in_their_vault(data_dir):
    """Set after the passphrase (the command line, the People menu): it must survive the next
    opening (it was overwritten from the shared file's empty copy and silently lost), reach
    the FHIR and JSON exports, and never sit in the shared file or its backups in plain."""
    from asthma_app.services.profiles import set_nhs_number
    from asthma_app.storage.exchange.json_backup import export_profile

    path = data_dir / "asthma.sqlite3"
    db, nia, _ollie = _household(path)
    security.set_passphrase(db, nia.id, SECRET, now=NOW)
    session = open_session(db, nia.id)
    set_nhs_number(session.db, session.profile, "943 476 5919")
    session = open_session(db, nia.id)  # opened again: the copy from the shared file follows
    assert session.profile.nhs_number == NHS
    assert export_profile(session.db, nia.id, NOW)["profile"]["nhs_number"] == NHS
    backup.make_backup(db, path.parent / "backups", backup.MANUAL, NOW)
    assert _files_holding(data_dir, NHS) == []
    vaults.lock()
    assert repository.get_profile(db, nia.id).nhs_number == ""  # locked: not in the shared file
    db.close()


def test_the_nhs_number_moves_in_and_out_with_the_diary(data_dir):
    from asthma_app.services.profiles import set_nhs_number

    path = data_dir / "asthma.sqlite3"
    db, nia, _ollie = _household(path)
    set_nhs_number(db, nia, NHS)  # before any passphrase: in the shared file
    backup.make_backup(db, path.parent / "backups", backup.MANUAL, NOW)  # and in a backup
    security.set_passphrase(db, nia.id, SECRET, now=NOW)
    assert _files_holding(data_dir, NHS) == []  # the shared file, its -wal and plain backups
    assert open_session(db, nia.id).profile.nhs_number == NHS
    security.set_passphrase(db, nia.id, "new one", current=SECRET, now=NOW)
    assert open_session(db, nia.id).profile.nhs_number == NHS
    security.set_passphrase(db, nia.id, None, current="new one", now=NOW)
    assert repository.get_profile(db, nia.id).nhs_number == NHS  # back in the shared file
    assert open_session(db, nia.id).profile.nhs_number == NHS
    db.close()


def test_an_nhs_number_left_in_the_shared_file_moves_into_the_vault_at_unlock(data_dir):
    """An earlier version kept a protected person's NHS number in the shared file."""
    path = data_dir / "asthma.sqlite3"
    db, nia, _ollie = _household(path)
    security.set_passphrase(db, nia.id, SECRET, now=NOW)
    vaults.lock()
    db.execute("UPDATE profiles SET nhs_number = ? WHERE id = ?", [NHS, nia.id])
    vaults.unlock(db, nia.id, SECRET, NOW)
    assert open_session(db, nia.id).profile.nhs_number == NHS
    assert _files_holding(data_dir, NHS) == []
    db.close()
