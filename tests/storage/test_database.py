"""The one database connection: durable settings, data survives closing, one write = one
transaction."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest

from asthma_app import paths
from asthma_app.domain.profile import Profile
from asthma_app.domain.readings import PeakFlowReading
from asthma_app.storage import migrations, repository
from asthma_app.storage.database import (
    StorageError,
    open_database,
    transaction,
)
from asthma_app.storage.settings import LANGUAGE, Setting

NOW = datetime(2026, 11, 22, 8, 0)


def test_open_write_close_reopen(data_dir):
    path = paths.database_path()
    db = open_database(path)
    profile = repository.add_profile(db, Profile("Ana"), NOW)
    repository.add_reading(db, profile.id, PeakFlowReading(NOW, (410, 450)), NOW)
    db.close()

    db = open_database(path)
    try:
        assert [p.name for p in repository.list_profiles(db)] == ["Ana"]
        [reading] = repository.list_readings(db, profile.id)
        assert reading.blows == (410, 450)
        assert reading.value == 450
    finally:
        db.close()
    # and a plain sqlite3 connection (another program) sees the committed rows too
    with sqlite3.connect(path) as other:
        assert other.execute("SELECT count(*) FROM readings").fetchone()[0] == 1
    other.close()


def test_pragmas_on_the_live_connection(db):
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] == 5000


def test_user_version_is_latest(db):
    assert db.execute("PRAGMA user_version").fetchone()[0] == migrations.latest_version()
    assert migrations.latest_version() >= 1


def test_schema_tables(db):
    assert {"profiles", "plan_versions", "readings", "symptom_entries", "settings"} <= set(
        db.table_names())


def test_foreign_keys_are_enforced(db):
    with pytest.raises(sqlite3.IntegrityError):
        repository.add_reading(db, 999, PeakFlowReading(NOW, (450,)), NOW)
    assert db["readings"].count == 0


def test_failing_write_inside_a_transaction_leaves_nothing(db):
    profile = repository.add_profile(db, Profile("Ana"), NOW)
    with pytest.raises(RuntimeError, match="power cut"), transaction(db):
        db["readings"].insert({"profile_id": profile.id, "taken_at": "2026-11-22T08:00:00",
                               "value": 450, "scale": "EU"})
        db["settings"].insert({"key": "k", "value": "v"})
        raise RuntimeError("power cut")
    assert db["readings"].count == 0
    assert db["settings"].count == 0
    assert not db.conn.in_transaction


THEME = Setting("theme", str, register=False)  # a setting for these tests only
K = Setting("k", str, register=False)


def test_nested_repository_write_rolls_back_with_the_outer_transaction(db):
    """Repository calls inside an outer transaction join it (savepoint) and roll back with it."""
    profile = repository.add_profile(db, Profile("Ana"), NOW)
    with pytest.raises(ValueError), transaction(db):
        repository.add_reading(db, profile.id, PeakFlowReading(NOW, (450,)), NOW)
        THEME.set(db, "dark")
        raise ValueError("changed my mind")
    assert repository.list_readings(db, profile.id) == []
    assert THEME.get(db) is None


def test_committed_transaction_is_visible_from_another_connection(db, data_dir):
    with transaction(db):
        LANGUAGE.set(db, "cy")
    other = sqlite3.connect(paths.database_path())
    try:
        row = other.execute("SELECT value FROM settings WHERE key = 'language'").fetchone()
        assert row == ("cy",)
    finally:
        other.close()


def test_locked_database_gives_a_plain_storage_error(db, data_dir):
    other = sqlite3.connect(paths.database_path(), timeout=0, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        db.execute("PRAGMA busy_timeout = 0")
        with pytest.raises(StorageError, match="in use by another program"):
            K.set(db, "v")
        other.execute("ROLLBACK")
    finally:
        other.close()
    assert not db.conn.in_transaction
    K.set(db, "v")  # and the connection still works afterwards
    assert K.get(db) == "v"


def test_settings_upsert(db):
    x = Setting("x", str, "default", register=False)
    assert x.get(db) == "default"
    x.set(db, "1")
    x.set(db, "2")
    assert x.get(db) == "2"
    assert db["settings"].count == 1


def test_rows_where_with_an_offset_and_no_limit_works_like_sqlite_utils(db):
    """storage/lazy_db.py answers rows_where in plain SQL; it must match sqlite-utils."""
    for name in ("a", "b", "c"):
        db.execute("INSERT INTO settings (key, value) VALUES (?, ?)", [name, name])
    fast = [row["key"] for row in db["settings"].rows_where(order_by="key", offset=1)]
    real = [row["key"] for row in db.real["settings"].rows_where(order_by="key", offset=1)]
    assert fast == real == ["b", "c"]
