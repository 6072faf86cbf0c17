"""Issue 15 §1: restoring a backup brings back one person and never touches anyone else.

Real SQLite files with two or three people, one of them passphrase-protected. Restoring the
whole file (the old way) rewound everybody: the protected person lost their passphrase and
every reading made since the backup.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import pytest

from asthma_app import paths
from asthma_app.domain.profile import Profile
from asthma_app.domain.readings import PeakFlowReading
from asthma_app.services import profile_security, reminders
from asthma_app.services.profiles import open_session
from asthma_app.storage import backup, repository, restore
from asthma_app.storage.backup import list_backups, make_backup
from asthma_app.storage.database import DERIVED_TABLES, StorageError
from asthma_app.storage.row_rules import DATE, DATETIME, JSON, RULES, TIME
from tests.storage.test_storage_failures import fill_up, small_fs  # noqa: F401 - a fixture

DAY1 = datetime(2026, 11, 20, 8, 0)
LATER = DAY1 + timedelta(days=3)


@pytest.fixture
def folder():
    return paths.backups_dir()


def person(db, name, when=DAY1):
    return repository.add_profile(db, Profile(name, birth_year=1990), when)


def read(db, who, value, when):
    return repository.add_reading(db, who.id, PeakFlowReading(when, (value,)), when)


def values(db, who) -> list[int]:
    return sorted(r.value for r in repository.list_readings(db, who.id))


def everything(db) -> dict[str, list[tuple]]:
    """Every row of every table (derived per-day sums included), apart from the backup
    bookkeeping the safety copy writes."""
    names = [row[0] for row in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    dump = {}
    for name in sorted(names):
        where = " WHERE key NOT LIKE 'backup.%'" if name == "settings" else ""
        dump[name] = sorted(db.execute(f"SELECT * FROM [{name}]{where}").fetchall(), key=repr)
    return dump


def tables_with_profile_id(db) -> list[str]:
    """Found here independently of the code under test."""
    names = [row[0] for row in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    return [name for name in names if name not in DERIVED_TABLES and "profile_id" in
            [col[1] for col in db.execute(f"PRAGMA table_info([{name}])")]]


def rows_of(db, pid: int, without_ids: bool = False) -> dict[str, list[tuple]]:
    dump = {}
    for name in tables_with_profile_id(db):
        cursor = db.execute(f"SELECT * FROM [{name}] WHERE profile_id = ? ORDER BY id", [pid])
        names = [column[0] for column in cursor.description]
        rows = cursor.fetchall()
        if without_ids:
            keep = [i for i, column in enumerate(names)
                    if column != "id" and not column.endswith("_id") and column != "replaced_by"]
            rows = [tuple(row[i] for i in keep) for row in rows]
        dump[name] = sorted(rows, key=repr)
    profile = db.execute("SELECT * FROM profiles WHERE id = ?", [pid]).fetchone()
    dump["profiles"] = [profile]
    dump["settings"] = sorted(db.execute(
        "SELECT key, value FROM settings WHERE key GLOB ? OR key GLOB ?",
        [f"*:{pid}", f"*:{pid}:*"]).fetchall())
    return dump


def sums(db, pid: int) -> list[tuple]:
    return sorted(db.execute("SELECT * FROM reading_days WHERE profile_id = ?", [pid]))


def fill_every_table(db, who, tag: str, when: datetime) -> None:
    """A row in every table that holds a person's data (found by its profile_id column), so a
    table added later (medicines, ...) is covered without changing this test."""
    made: dict[str, int] = {}  # the row just made in each table: what a later one refers to
    for name in tables_with_profile_id(db):
        if name in ("readings", "plan_versions"):
            continue  # made through the repository below, with real values
        columns = db.execute(f"PRAGMA table_info([{name}])").fetchall()
        refers = {row[3]: row[2] for row in db.execute(f"PRAGMA foreign_key_list([{name}])")}
        row = {}
        for _cid, column, kind, _notnull, _default, pk in columns:
            if pk or column in ("deleted_at", "replaced_by", "answered_at"):
                continue
            rule = RULES.get(name, {}).get(column, (None,))[0]
            if column == "profile_id":
                row[column] = who.id
            elif column.endswith("_id"):
                row[column] = made.get(refers.get(column, ""))  # e.g. a correction's inhaler
            elif rule == DATE or column.endswith("_on"):
                row[column] = when.date().isoformat()
            elif rule == DATETIME or column.endswith("_at"):
                row[column] = when.isoformat(timespec="seconds")
            elif rule == TIME:
                row[column] = f"{when:%H:%M}"
            elif rule == JSON:
                row[column] = f'["{tag}"]'
            elif isinstance(rule, tuple):
                row[column] = rule[0] if tag == "old" else rule[-1]
            elif kind.upper() in ("INTEGER", "INT"):
                row[column] = 1
            elif kind.upper() in ("FLOAT", "REAL"):
                row[column] = 2.5
            else:
                row[column] = f"{name}.{column}.{tag}"
        made[name] = db[name].insert(row).last_pk
    reminders.set_enabled(db, who.id, tag == "old")
    reminders.mark_shown(db, who.id, "peak_flow", when)
    db.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)",
               [f"rcp3_snoozed_on:{who.id}", when.date().isoformat()])


def test_restoring_one_person_keeps_the_others_new_readings(db, folder):
    ana, ben = person(db, "Ana"), person(db, "Ben")
    read(db, ana, 410, DAY1)
    read(db, ben, 300, DAY1)
    saved = make_backup(db, folder, backup.MANUAL, DAY1)
    read(db, ana, 520, LATER)
    read(db, ben, 310, LATER)  # made after the backup, in Ben's window
    ben_before = rows_of(db, ben.id)

    before = restore.restore_from_backup(db, saved.path, folder, LATER, ana.id)

    assert values(db, ana) == [410]
    assert values(db, ben) == [300, 310]
    assert rows_of(db, ben.id) == ben_before
    assert before.kind == backup.BEFORE_RESTORE
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_a_protected_persons_passphrase_and_diary_survive_anothers_restore(db, folder):
    ana, cara = person(db, "Ana"), person(db, "Cara")
    read(db, ana, 410, DAY1)
    saved = make_backup(db, folder, backup.MANUAL, DAY1)  # before Cara chose a passphrase
    profile_security.update_security(db, cara.id, "", LATER, passphrase="cara's secret",
                                     lock_after=5)
    read(db, cara, 350, LATER)
    cara_before = rows_of(db, cara.id)

    restore.restore_from_backup(db, saved.path, folder, LATER, ana.id)

    assert rows_of(db, cara.id) == cara_before
    assert profile_security.try_passphrase(db, cara.id, "cara's secret", LATER).ok
    assert profile_security.lock_after_minutes(db, cara.id) == 5


def test_restore_never_changes_the_persons_own_passphrase(db, folder):
    """Not even their own: an old backup without a passphrase must not remove today's."""
    from asthma_app.services.passwords import hash_secret

    cara = person(db, "Cara")
    read(db, cara, 350, DAY1)
    saved = make_backup(db, folder, backup.MANUAL, DAY1)
    # a passphrase as an earlier version kept it: the diary still in the shared file (it
    # moves into an encrypted file at the next unlock, storage/vault_moves.py)
    repository.update_profile_security(db, cara.id, {
        "passphrase_hash": hash_secret("new secret"), "lock_after_minutes": 10})
    read(db, cara, 360, LATER)

    restore.restore_from_backup(db, saved.path, folder, LATER, cara.id)

    assert values(db, cara) == [350]
    assert profile_security.has_passphrase(db, cara.id)
    assert profile_security.try_passphrase(db, cara.id, "new secret", LATER).ok
    assert profile_security.lock_after_minutes(db, cara.id) == 10


def test_a_diary_kept_encrypted_apart_is_never_restored_from_the_shared_file(db, folder):
    """Its backups are the vault's own: restoring the shared file's copy would bring the old
    rows back in plain text, beside the encrypted diary."""
    cara = person(db, "Cara")
    read(db, cara, 350, DAY1)
    saved = make_backup(db, folder, backup.MANUAL, DAY1)
    profile_security.update_security(db, cara.id, "", LATER, passphrase="new secret")
    assert repository.profile_vault(db, cara.id)
    before = rows_of(db, cara.id)

    with pytest.raises(StorageError, match="encrypted"):
        restore.restore_from_backup(db, saved.path, folder, LATER, cara.id)
    assert rows_of(db, cara.id) == before
    assert profile_security.try_passphrase(db, cara.id, "new secret", LATER).ok


def test_every_table_of_the_person_comes_back_and_no_one_elses_moves(db, folder):
    ana, ben, cara = person(db, "Ana"), person(db, "Ben"), person(db, "Cara")
    for who in (ana, ben, cara):
        fill_every_table(db, who, "old", DAY1)
        read(db, who, 400 + who.id, DAY1)
    saved = make_backup(db, folder, backup.MANUAL, DAY1)
    in_backup = rows_of(db, ana.id)
    ana_sums = sums(db, ana.id)
    for who in (ana, ben, cara):
        fill_every_table(db, who, "new", LATER)
        read(db, who, 500 + who.id, LATER)
    repository.update_profile(db, Profile("Ana Renamed", birth_year=1991, id=ana.id,
                                          created_at=ana.created_at))
    others = {who.id: rows_of(db, who.id) for who in (ben, cara)}
    assert rows_of(db, ana.id) != in_backup

    restore.restore_from_backup(db, saved.path, folder, LATER, ana.id)

    assert rows_of(db, ana.id) == in_backup
    assert repository.get_profile(db, ana.id).name == "Ana"
    assert sums(db, ana.id) == ana_sums  # the per-day sums follow (kept by triggers)
    assert {who.id: rows_of(db, who.id) for who in (ben, cara)} == others
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_row_numbers_taken_by_someone_else_since_are_renumbered(db, folder):
    """Reminders are replaced by deleting the old rows, so their numbers come free and may go
    to someone else; the person's rows then get new numbers, with every reference kept."""
    ana, ben = person(db, "Ana"), person(db, "Ben")
    from asthma_app.services.reminders import Reminder

    plan_reader = read(db, ana, 410, DAY1)
    replaced_by = repository.replace_reading(db, ana.id, plan_reader.id,
                                             PeakFlowReading(DAY1, (420,)), DAY1)
    reminders.save(db, ana.id, [Reminder("peak_flow", DAY1.time())], DAY1)
    saved = make_backup(db, folder, backup.MANUAL, DAY1)
    ana_then = rows_of(db, ana.id, without_ids=True)
    reminders.save(db, ana.id, [], LATER)  # Ana's reminder row is deleted...
    reminders.save(db, ben.id, [Reminder("peak_flow", DAY1.time())], LATER)  # ...its id reused
    ben_before = rows_of(db, ben.id)

    restore.restore_from_backup(db, saved.path, folder, LATER, ana.id)

    assert rows_of(db, ben.id) == ben_before
    assert rows_of(db, ana.id, without_ids=True) == ana_then
    assert len(reminders.load(db, ana.id)) == 1
    live = repository.list_readings(db, ana.id)
    assert [r.value for r in live] == [420] and replaced_by.value == 420
    hidden = db.execute("SELECT replaced_by FROM readings WHERE profile_id = ? AND value = 410",
                        [ana.id]).fetchone()[0]
    assert hidden == live[0].id


def test_a_person_not_in_the_backup_is_refused_plainly(db, folder):
    ana = person(db, "Ana")
    read(db, ana, 410, DAY1)
    saved = make_backup(db, folder, backup.MANUAL, DAY1)
    ben = person(db, "Ben", LATER)  # added after the backup
    read(db, ben, 300, LATER)
    before = everything(db)

    with pytest.raises(restore.PersonNotInBackup, match="does not hold Ben's diary"):
        restore.restore_from_backup(db, saved.path, folder, LATER, ben.id)

    assert everything(db) == before
    assert [info.kind for info in list_backups(folder)] == [backup.MANUAL]  # no safety copy


def test_the_same_number_for_someone_else_is_not_them(db, folder, tmp_path):
    """A backup from a diary started afresh: person 1 there is not person 1 here."""
    ana = person(db, "Ana", LATER)
    read(db, ana, 410, LATER)
    other = tmp_path / "other.sqlite3"
    from asthma_app.storage.database import open_database

    fresh = open_database(other)
    try:
        person(fresh, "Someone else", DAY1)
        stranger = make_backup(fresh, folder, backup.MANUAL, DAY1)
    finally:
        fresh.close()
    before = everything(db)
    with pytest.raises(restore.PersonNotInBackup):
        restore.restore_from_backup(db, stranger.path, folder, LATER, ana.id)
    assert everything(db) == before


def test_a_failure_half_way_leaves_everything_as_it_was(db, folder, monkeypatch):
    ana, ben = person(db, "Ana"), person(db, "Ben")
    for who in (ana, ben):
        fill_every_table(db, who, "old", DAY1)
        read(db, who, 400, DAY1)
    saved = make_backup(db, folder, backup.MANUAL, DAY1)
    for who in (ana, ben):
        fill_every_table(db, who, "new", LATER)
        read(db, who, 500, LATER)
    before = everything(db)
    real_insert = restore._insert
    calls = []

    def insert_then_fail(conn, table, row):
        calls.append(table)
        if len(calls) == 5:  # the person's rows are deleted and some written back
            raise sqlite3.OperationalError("disk I/O error")
        return real_insert(conn, table, row)

    monkeypatch.setattr(restore, "_insert", insert_then_fail)
    with pytest.raises(StorageError):
        restore.restore_from_backup(db, saved.path, folder, LATER, ana.id)
    assert len(calls) == 5
    assert everything(db) == before
    monkeypatch.undo()
    restore.restore_from_backup(db, saved.path, folder, LATER, ana.id)  # and it works afterwards
    assert values(db, ana) == [400]


def test_restore_works_on_any_database_file(db, folder, tmp_path):
    """``restore_person`` takes the target database: it can be pointed at another file (such
    as one person's own file)."""
    from asthma_app.storage.database import open_database

    ana = person(db, "Ana")
    read(db, ana, 410, DAY1)
    saved = make_backup(db, folder, backup.MANUAL, DAY1)
    copy = tmp_path / "copy.sqlite3"
    backup.backup_to(db, copy)
    read(db, ana, 999, LATER)
    target = open_database(copy)
    try:
        read(target, ana, 520, LATER)
        restore.restore_person(target, saved.path, ana.id)
        assert values(target, ana) == [410]
    finally:
        target.close()
    assert values(db, ana) == [410, 999]  # the other file was not touched


def test_the_session_sees_the_restored_diary(db, folder, clock):
    ana = person(db, "Ana")
    session = open_session(db, ana.id, clock)
    session.diary.log_reading(PeakFlowReading(DAY1, (410,)))
    saved = make_backup(db, folder, backup.MANUAL, DAY1)
    session.diary.log_reading(PeakFlowReading(DAY1 + timedelta(days=1), (520,)))
    restore.restore_from_backup(db, saved.path, folder, LATER, ana.id)
    assert [r.value for r in session.diary.readings()] == [410]


def test_a_full_disk_half_way_leaves_everything_as_it_was(small_fs, tmp_path):  # noqa: F811
    """The diary on a real 1 MiB filesystem that fills up while the restore writes (the
    backups folder is elsewhere, so the safety copy is made)."""
    from asthma_app.storage.database import open_database

    folder = tmp_path / "backups"
    db = open_database(small_fs / "asthma.sqlite3", folder)
    try:
        ana, ben = person(db, "Ana"), person(db, "Ben")
        note = "a longer note " * 15
        repository.add_readings(db, ana.id, [
            PeakFlowReading(DAY1 - timedelta(minutes=n), (400,), note=note)
            for n in range(800)], DAY1)
        saved = make_backup(db, folder, backup.MANUAL, DAY1)
        read(db, ana, 520, LATER)
        read(db, ben, 310, LATER)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        before = everything(db)
        fill_up(small_fs, leave=96 * 1024)
        with pytest.raises(StorageError, match="disk is full"):
            restore.restore_from_backup(db, saved.path, folder, LATER, ana.id)
        assert not db.conn.in_transaction
        assert everything(db) == before
        # it failed while writing: the safety copy (on the other disk) had been made
        assert backup.BEFORE_RESTORE in [info.kind for info in list_backups(folder)]
        (small_fs / "filler.bin").unlink()
        restore.restore_from_backup(db, saved.path, folder, LATER, ana.id)
        assert len(values(db, ana)) == 800 and values(db, ben) == [310]
    finally:
        db.close()


# --- every table, column and setting is classified ------------------------------------------

def test_every_table_is_shared_derived_or_a_persons(db):
    """A table added later that is none of these would be left out of a restore silently."""
    assert restore.unclassified_tables(db.conn) == []
    owned = {o.table for o in restore.owned_tables(db.conn)}
    assert set(tables_with_profile_id(db)) <= owned
    assert {"readings", "symptom_entries", "plan_versions", "child_details"} <= owned


def test_every_profile_column_is_restored_or_kept_on_purpose(db):
    columns = {row[1] for row in db.execute("PRAGMA table_info(profiles)")}
    restored, kept = set(restore.RESTORED_PROFILE_COLUMNS), set(restore.KEPT_PROFILE_COLUMNS)
    assert not restored & kept
    assert columns == restored | kept
    assert "passphrase_hash" in kept


def test_every_setting_a_person_makes_is_restored_or_kept_on_purpose(db, clock):
    """Use every per-person setting the app writes (the second person's number is 2, so a key
    holding "1" by accident shows up too)."""
    import fnmatch

    person(db, "Ana")
    ben = person(db, "Ben")
    session = open_session(db, ben.id, clock)
    session.reviews.snooze_rcp3()
    session.reviews.dismiss_attack_offer()
    reminders.set_enabled(db, ben.id, True)
    reminders.mark_shown(db, ben.id, "peak_flow", clock())
    profile_security.update_security(db, ben.id, "", clock(), passphrase="secret")
    profile_security.try_passphrase(db, ben.id, "wrong", clock())
    from asthma_app.services import vaults

    # with a passphrase, Ben's settings moved into his vault (all but the count of wrong tries)
    keys = [row[0] for row in db.execute("SELECT key FROM settings")] + [
        row[0] for row in vaults.database_for(db, ben.id).execute("SELECT key FROM settings")]
    mine = [key for key in keys if "2" in key.split(":") or key.endswith(".2")]
    from asthma_app.storage import settings

    patterns = [s.key.replace("{profile}", "2").replace("{item}", "*")
                for s in settings.declared() if s.scope == settings.PROFILE]
    assert len(mine) >= 5
    assert [key for key in mine if not any(fnmatch.fnmatchcase(key, p) for p in patterns)] == []


def test_an_older_schema_backup_is_read_at_the_current_schema(db, folder, tmp_path):
    """A backup made before reminders existed (version 2) brings back the person's readings;
    the backup file itself is not changed."""
    import sqlite_utils

    from asthma_app.storage import migrations

    old = tmp_path / "old.sqlite3"
    raw = sqlite_utils.Database(sqlite3.connect(str(old), isolation_level=None))
    migrations.migrate(raw, old, folder, upto=2)
    raw["profiles"].insert({"name": "Ana", "birth_year": 1990,
                            "created_at": DAY1.isoformat(timespec="seconds")})
    raw["readings"].insert({"profile_id": 1, "taken_at": "2026-11-19T08:00:00", "value": 410,
                            "scale": "EU"})
    raw.close()
    target = folder / "before-migration-v2-20261119-080000.sqlite3"
    folder.mkdir(parents=True, exist_ok=True)
    old.replace(target)
    frozen = target.read_bytes()
    ana = person(db, "Ana")
    read(db, ana, 520, LATER)
    restore.restore_from_backup(db, target, folder, LATER, ana.id)
    assert values(db, ana) == [410]
    assert target.read_bytes() == frozen
    assert [p.name for p in tmp_path.rglob("*.sqlite3") if "migration" in p.name] == [target.name]
