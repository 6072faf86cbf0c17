"""Numbered migrations in PRAGMA user_version, with a backup before upgrading existing data."""

from __future__ import annotations

import hashlib
import sqlite3
import sys
import textwrap
from datetime import datetime

import pytest
import sqlite_utils

from asthma_app.domain.profile import Profile
from asthma_app.storage import migrations, repository
from asthma_app.storage.database import open_database
from asthma_app.storage.migrations import SchemaTooNewError

NOW = datetime(2026, 11, 22, 8, 0)
LATEST = migrations.latest_version()


def user_version(path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def raw_db(path) -> sqlite_utils.Database:
    return sqlite_utils.Database(sqlite3.connect(str(path), isolation_level=None))


def test_empty_file_migrates_to_latest_without_a_backup(tmp_path):
    path = tmp_path / "new.sqlite3"
    path.touch()  # a zero-byte file is a valid empty SQLite database at version 0
    backups = tmp_path / "backups"
    db = open_database(path, backups)
    try:
        assert migrations.current_version(db) == LATEST
        assert "readings" in db.table_names()
    finally:
        db.close()
    assert not backups.exists() or not any(backups.iterdir())


def test_missing_file_is_created_without_a_backup(tmp_path):
    path = tmp_path / "fresh.sqlite3"
    db = open_database(path)
    db.close()
    assert user_version(path) == LATEST
    backups = tmp_path / "backups"
    assert not backups.exists() or not any(backups.iterdir())


@pytest.mark.parametrize("start", range(LATEST + 1))
def test_every_earlier_version_reaches_latest(tmp_path, start):
    path = tmp_path / "old.sqlite3"
    backups = tmp_path / "backups"
    db = raw_db(path)
    assert migrations.migrate(db, path, backups, upto=start) == start
    assert migrations.current_version(db) == start
    db.close()

    db = open_database(path, backups)
    try:
        assert migrations.current_version(db) == LATEST
    finally:
        db.close()
    made = sorted(backups.glob("*.sqlite3")) if backups.exists() else []
    if 0 < start < LATEST:
        assert len(made) == 1
        assert user_version(made[0]) == start
    else:
        assert made == []  # new database, or nothing to do


def test_migrating_an_up_to_date_db_again_is_a_no_op(tmp_path):
    path = tmp_path / "db.sqlite3"
    open_database(path, tmp_path / "backups").close()
    db = open_database(path, tmp_path / "backups")
    try:
        assert migrations.migrate(db, path, tmp_path / "backups") == LATEST
    finally:
        db.close()
    assert not (tmp_path / "backups").exists() or not any((tmp_path / "backups").iterdir())


def test_newer_schema_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "future.sqlite3"
    db = open_database(path)
    repository.add_profile(db, Profile("From the future"), NOW)
    db.execute(f"PRAGMA user_version = {LATEST + 5}")
    db.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()

    with pytest.raises(SchemaTooNewError, match="newer version of the app"):
        open_database(path, tmp_path / "backups")

    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert user_version(path) == LATEST + 5
    # the refused connection was closed: SQLite removes the -wal file when the last one closes
    assert not path.with_name(path.name + "-wal").exists()
    assert not (tmp_path / "backups").exists()


def test_migrate_refuses_newer_schema_directly(tmp_path):
    path = tmp_path / "future.sqlite3"
    db = raw_db(path)
    db.execute(f"PRAGMA user_version = {LATEST + 1}")
    with pytest.raises(SchemaTooNewError):
        migrations.migrate(db, path, tmp_path / "backups")
    db.close()


def test_migration_numbers_are_1_to_n():
    assert [m.VERSION for m in migrations.all_migrations()] == list(range(1, LATEST + 1))
    for module in migrations.all_migrations():
        assert callable(module.apply)
        assert module.__doc__, f"{module.__name__} needs a docstring saying what it changes"


# --- with extra, real migration files added to the package path ----------------------------

@pytest.fixture
def extra_migrations(tmp_path, monkeypatch):
    """Write extra mNNNN_*.py files into a folder that is added to the migrations package."""
    folder = tmp_path / "extra"
    folder.mkdir()
    monkeypatch.setattr(migrations, "__path__", [*migrations.__path__, str(folder)])
    written = []

    def add(name: str, body: str) -> None:
        (folder / f"{name}.py").write_text(textwrap.dedent(body))
        written.append(name)

    yield add
    for name in written:
        sys.modules.pop(f"{migrations.__name__}.{name}", None)


def test_numbering_gap_is_detected(extra_migrations):
    gap = LATEST + 2
    extra_migrations(f"m{gap:04d}_gap", f"VERSION = {gap}\ndef apply(db):\n    pass\n")
    with pytest.raises(RuntimeError, match="without gaps"):
        migrations.all_migrations()


def test_duplicate_number_is_detected(extra_migrations):
    extra_migrations(f"m{LATEST:04d}_again", f"VERSION = {LATEST}\ndef apply(db):\n    pass\n")
    with pytest.raises(RuntimeError, match="without gaps"):
        migrations.all_migrations()


NEXT_MIGRATION = """
    '''Add a column (a stand-in for the next real migration).'''
    VERSION = {version}

    def apply(db):
        db["readings"].add_column("device", str)
"""

FAILING_MIGRATION = """
    '''A migration that fails half way through.'''
    VERSION = {version}

    def apply(db):
        db["readings"].add_column("half_done", str)
        raise RuntimeError("migration bug")
"""


def test_upgrade_of_existing_data_backs_up_first_and_keeps_rows(tmp_path, extra_migrations):
    path, backups = tmp_path / "db.sqlite3", tmp_path / "backups"
    db = open_database(path, backups)
    profile = repository.add_profile(db, Profile("Ana"), NOW)
    db.close()

    extra_migrations(f"m{LATEST + 1:04d}_device", NEXT_MIGRATION.format(version=LATEST + 1))
    db = open_database(path, backups)
    try:
        assert migrations.current_version(db) == LATEST + 1
        assert "device" in db["readings"].columns_dict
        assert repository.get_profile(db, profile.id).name == "Ana"
    finally:
        db.close()

    [backup] = backups.glob("before-migration-v*.sqlite3")
    assert backup.name.startswith(f"before-migration-v{LATEST}-")
    assert user_version(backup) == LATEST
    old = raw_db(backup)
    try:
        assert "device" not in old["readings"].columns_dict
        assert [row["name"] for row in old["profiles"].rows] == ["Ana"]
    finally:
        old.close()


def test_failed_migration_rolls_back_and_keeps_the_old_version(tmp_path, extra_migrations):
    path, backups = tmp_path / "db.sqlite3", tmp_path / "backups"
    db = open_database(path, backups)
    repository.add_profile(db, Profile("Ana"), NOW)
    db.close()

    extra_migrations(f"m{LATEST + 1:04d}_broken", FAILING_MIGRATION.format(version=LATEST + 1))
    with pytest.raises(RuntimeError, match="migration bug"):
        open_database(path, backups)

    assert user_version(path) == LATEST
    db = raw_db(path)
    try:
        assert "half_done" not in db["readings"].columns_dict
        assert db["profiles"].count == 1
    finally:
        db.close()
    assert len(list(backups.glob("*.sqlite3"))) == 1  # the backup was taken before trying
    assert not path.with_name(path.name + "-wal").exists()  # the failed connection was closed


@pytest.mark.parametrize("start", range(1, LATEST))
def test_real_data_written_at_every_earlier_version_is_carried_over(tmp_path, start,
                                                                    plan_factory):
    """A diary written by an older app (profile, plan, reading, symptoms) survives upgrading."""
    from asthma_app.domain.readings import PeakFlowReading, SymptomEntry

    path, backups = tmp_path / "old.sqlite3", tmp_path / "backups"
    db = raw_db(path)
    migrations.migrate(db, path, backups, upto=start)
    profile = repository.add_profile(db, Profile("Ana Old", birth_year=1970), NOW)
    repository.add_plan_version(db, profile.id, plan_factory(), NOW)
    repository.add_reading(db, profile.id, PeakFlowReading(NOW, (380, 410), note="old note"),
                           NOW)
    repository.add_entry(db, profile.id, SymptomEntry(NOW, reliever_puffs=2), NOW)
    db.close()

    db = open_database(path, backups)
    try:
        assert migrations.current_version(db) == LATEST
        [again] = repository.list_profiles(db)
        assert (again.name, again.birth_year) == ("Ana Old", 1970)
        assert repository.current_plan(db, profile.id).personal_best == 500
        [reading] = repository.list_readings(db, profile.id)
        assert (reading.blows, reading.note) == ((380, 410), "old note")
        [entry] = repository.list_entries(db, profile.id)
        assert entry.reliever_puffs == 2
    finally:
        db.close()
    assert len(list(backups.glob(f"before-migration-v{start}-*.sqlite3"))) == 1
