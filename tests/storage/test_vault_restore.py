"""A protected person brings back their own diary from one of their encrypted backups
(storage/vault_restore.py): only their rows, one transaction, a copy of now first, no
passphrase touched; another key's file, a damaged file or another diary's person refused with
nothing changed; a kill at a random moment leaves the diary wholly before or wholly after;
backups made under an earlier passphrase still restore (re-encrypted when it changed)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from asthma_app.domain.profile import Profile
from asthma_app.domain.readings import PeakFlowReading
from asthma_app.services import profile_security as security
from asthma_app.services import vaults
from asthma_app.services.profiles import create_profile, open_session
from asthma_app.storage import vault, vault_moves, vault_restore
from asthma_app.storage.database import StorageError, open_database

NOW = datetime(2026, 11, 2, 9, 0)
SECRET = "correct horse"
ROOT = Path(__file__).resolve().parents[2]


def _values(db, profile_id) -> list[int]:
    return sorted(r.value for r in open_session(db, profile_id).diary.readings())


def _protected_household(data_dir: Path):
    """Nia (protected, unlocked, two readings and an encrypted backup of them) and Ollie."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / "asthma.sqlite3"
    db = open_database(path, data_dir / "backups")
    nia = create_profile(db, Profile("Nia"))
    ollie = create_profile(db, Profile("Ollie"))
    for value in (400, 410):
        open_session(db, nia.id).diary.log_reading(PeakFlowReading(NOW, (value,)))
    security.set_passphrase(db, nia.id, SECRET, now=NOW)
    own = vaults.database_for(db, nia.id)
    file = vaults.vault_file(own)
    made = vault.manual_backup(own, file, NOW)
    return db, nia, ollie, own, file, made


def _hash(db, profile_id):
    return db.execute("SELECT passphrase_hash, vault, vault_kdf FROM profiles WHERE id = ?",
                      [profile_id]).fetchone()


def test_a_protected_person_restores_their_own_encrypted_backup(data_dir):
    db, nia, ollie, own, file, made = _protected_household(data_dir)
    open_session(db, nia.id).diary.log_reading(PeakFlowReading(NOW + timedelta(hours=1), (420,)))
    open_session(db, ollie.id).diary.log_reading(PeakFlowReading(NOW, (300,)))
    before = _hash(db, nia.id)
    listed = vault_restore.list_vault_backups(file)
    assert [b.path for b in listed] == [made] and listed[0].kind == "manual"
    assert listed[0].created == NOW and listed[0].size > 0
    key = vault.known_key(file)
    safety = vault_restore.restore_vault(own, file, made, key, nia.id, NOW + timedelta(hours=2))
    assert _values(db, nia.id) == [400, 410]
    assert _values(db, ollie.id) == [300]  # nobody else changes
    assert _hash(db, nia.id) == before  # nor any passphrase, key salt or vault name
    assert security.try_passphrase(db, nia.id, SECRET, NOW).ok
    # the diary as it was just before is kept, encrypted, and can itself be brought back
    assert "-before-restore-" in safety.name and os.stat(safety).st_mode & 0o077 == 0
    assert b"SQLite format 3" not in safety.read_bytes()[:16]
    vault_restore.restore_vault(own, file, safety, key, nia.id, NOW + timedelta(hours=3))
    assert _values(db, nia.id) == [400, 410, 420]
    assert list((data_dir / "people").glob("*.restoring*")) == []
    vaults.lock()
    db.close()


def test_another_keys_file_a_damaged_file_or_a_plain_one_is_refused(data_dir):
    db, nia, ollie, own, file, made = _protected_household(data_dir)
    security.set_passphrase(db, ollie.id, "ollie's own", now=NOW)  # his vault, his key
    theirs = vaults.database_for(db, ollie.id)
    his = vault.manual_backup(theirs, vaults.vault_file(theirs), NOW)
    open_session(db, nia.id).diary.log_reading(PeakFlowReading(NOW, (420,)))
    key = vault.known_key(file)
    with pytest.raises(StorageError, match="does not open with your passphrase"):
        vault_restore.restore_vault(own, file, his, key, nia.id, NOW)
    damaged = made.with_name(made.stem[:-6] + "999999.db")
    data = bytearray(made.read_bytes())
    for at in range(len(data) - 3000, len(data) - 2000):  # inside a page, past the header
        data[at] ^= 0x5A
    damaged.write_bytes(bytes(data))
    with pytest.raises(StorageError, match="damaged"):
        vault_restore.restore_vault(own, file, damaged, key, nia.id, NOW)
    plain = made.with_name(made.stem[:-6] + "888888.db")
    plain.write_bytes((data_dir / "asthma.sqlite3").read_bytes())
    with pytest.raises(StorageError, match="does not open with your passphrase"):
        vault_restore.restore_vault(own, file, plain, key, nia.id, NOW)
    empty = made.with_name(made.stem[:-6] + "777777.db")
    empty.write_bytes(b"")
    with pytest.raises(StorageError, match="damaged"):
        vault_restore.restore_vault(own, file, empty, key, nia.id, NOW)
    assert _values(db, nia.id) == [400, 410, 420]  # nothing changed
    assert not [p for p in vault_restore.list_vault_backups(file) if "before-restore" in p.kind]
    assert list((data_dir / "people").glob("*.restoring*")) == []
    vaults.lock()
    db.close()


def test_a_backup_made_before_a_passphrase_change_still_restores(data_dir):
    """Changing the passphrase re-encrypts the person's backups with the new key (the old
    passphrase then opens nothing) instead of deleting them."""
    db, nia, _ollie, _own, _file, _made = _protected_household(data_dir)
    open_session(db, nia.id).diary.log_reading(PeakFlowReading(NOW, (420,)))
    security.set_passphrase(db, nia.id, "a new one", current=SECRET, now=NOW)
    own = vaults.database_for(db, nia.id)
    file = vaults.vault_file(own)
    kinds = [b.kind for b in vault_restore.list_vault_backups(file)]
    assert "manual" in kinds  # the backup made under the old passphrase is still offered
    manual = next(b for b in vault_restore.list_vault_backups(file) if b.kind == "manual")
    _name, old_kdf = None, None
    with pytest.raises(vault.WrongKey):  # it does not open with the old passphrase any more
        vault.connect(manual.path, vault.derive_key(SECRET, vault_moves.vault_of(db, nia.id)[1]))
    vault_restore.restore_vault(own, file, manual.path, vault.known_key(file), nia.id, NOW)
    assert _values(db, nia.id) == [400, 410]
    assert [p.name for p in (data_dir / "backups" / "people").iterdir()
            if not p.name.startswith(file.stem)] == []  # the old vault's backups are gone
    del _name, old_kdf
    vaults.lock()
    db.close()


CHILD = textwrap.dedent("""
    import sys
    from datetime import datetime, timedelta
    from pathlib import Path

    from asthma_app.storage import vault, vault_restore

    file, key, pid = Path(sys.argv[1]), bytes.fromhex(sys.argv[2]), int(sys.argv[3])
    backups = [Path(p) for p in sys.argv[4:]]
    own = vault.open_vault(file, key)
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        vault_restore.restore_vault(own, file, backups[n % 2], key, pid,
                                    datetime(2026, 11, 3) + timedelta(seconds=n))
        print(n % 2, flush=True)  # only after the restore has returned
""")

KILLS = 8


def test_a_kill_at_a_random_moment_leaves_the_diary_wholly_before_or_after(data_dir):
    db, nia, _ollie, own, file, two = _protected_household(data_dir)
    open_session(db, nia.id).diary.log_reading(PeakFlowReading(NOW, (420,)))
    three = vault.manual_backup(own, file, NOW + timedelta(minutes=1))
    key = vault.known_key(file)
    vaults.lock()
    db.close()
    expected = {0: [400, 410], 1: [400, 410, 420]}  # backups[n % 2] after restore n
    rng = random.Random(15)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    last = None
    for _ in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(file), key.hex(), str(nia.id), str(two),
             str(three)], stdout=subprocess.PIPE, env=env, text=True)
        assert child.stdout.readline().strip() == "ready"
        for _ in range(rng.randint(1, 3)):
            last = int(child.stdout.readline())
        with pytest.raises(subprocess.TimeoutExpired):
            child.wait(timeout=rng.uniform(0.0, 0.3))  # often in the middle of a restore
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate()
        assert child.returncode == -signal.SIGKILL
        done = [int(line) for line in out.split()]
        last = done[-1] if done else last
        check = vault.connect(file, key)
        try:
            assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            values = sorted(v for (v,) in check.execute(
                "SELECT value FROM readings WHERE replaced_by IS NULL AND deleted_at IS NULL"))
        finally:
            check.close()
        # wholly one backup's diary: the last one returned, or the next (cut off after commit)
        assert values in (expected[0], expected[1]), values
        assert values == expected[last] or values == expected[1 - last]
    db = open_database(data_dir / "asthma.sqlite3", data_dir / "backups")
    vault_moves.finish_pending(db)  # a copy a kill left behind is removed at the next open
    assert list((data_dir / "people").glob("*.restoring*")) == []
    db.close()


def test_a_kill_before_a_passphrase_change_switches_leaves_no_stray_backups(data_dir):
    """The re-encrypted copies are written before the switch; a kill there leaves copies no
    vault names (under a key whose salt was never saved): removed at the next open, while
    the old vault's backups stay and still open with the old passphrase."""
    db, nia, _ollie, own, file, made = _protected_household(data_dir)
    old_key = vault.known_key(file)
    kdf = vault.new_kdf()

    class Killed(BaseException):
        pass

    def kill():
        raise Killed

    with pytest.raises(Killed):
        vault_moves.rekey(db, nia.id, own, vault.derive_key("a new one", kdf), kdf, "hash",
                          hooks={"vault-written": kill}, old_key=old_key)
    folder = data_dir / "backups" / "people"
    assert len(list(folder.iterdir())) == 2  # the old backup and its copy under the new key
    vaults.lock()
    db.close()
    db = open_database(data_dir / "asthma.sqlite3", data_dir / "backups")
    vault_moves.finish_pending(db)
    assert [p.name for p in folder.iterdir()] == [made.name]
    vault.connect(made, old_key).close()  # still hers, with the passphrase she still has
    db.close()


def test_a_backup_from_before_reminders_moved_in_keeps_todays_reminders(data_dir):
    """Vault backups of the previous version hold no reminders or settings (they were in the
    shared file): restoring one must not switch a preventer reminder off."""
    from datetime import time

    from asthma_app.services import reminders as rem

    db, nia, _ollie, own, file, made = _protected_household(data_dir)
    old = vault.connect(made, vault.known_key(file))  # as the previous version made it
    old.execute("DELETE FROM reminders")
    old.execute("DELETE FROM settings")
    old.close()
    rem.save(own, nia.id, [rem.Reminder("preventer", time(8, 0))], NOW)
    rem.set_enabled(own, nia.id, True)
    vault_restore.restore_vault(own, file, made, vault.known_key(file), nia.id, NOW)
    assert rem.enabled(own, nia.id)
    assert [r.kind for r in rem.load(own, nia.id)] == ["preventer"]
    vaults.lock()
    db.close()


def test_a_copy_left_by_a_killed_restore_does_not_spoil_the_next(data_dir):
    """A kill during a restore leaves ``<vault>.db.restoring`` and its ``-wal``: the next
    restore (before any reopen tidied it) must not read that log into its new copy."""
    import shutil

    db, nia, _ollie, own, file, made = _protected_household(data_dir)
    key = vault.known_key(file)
    copy = file.with_name(file.name + vault_restore.RESTORING)
    shutil.copyfile(made, copy)
    stale = vault.connect(copy, key)
    stale.execute("PRAGMA wal_autocheckpoint = 0")
    stale.execute("DELETE FROM readings")  # frames in the -wal, as a killed restore leaves
    log = Path(str(copy) + "-wal").read_bytes()
    stale.close()
    Path(str(copy) + "-wal").write_bytes(log)
    open_session(db, nia.id).diary.log_reading(PeakFlowReading(NOW, (420,)))
    vault_restore.restore_vault(own, file, made, key, nia.id, NOW)
    assert _values(db, nia.id) == [400, 410]
    vaults.lock()
    db.close()
