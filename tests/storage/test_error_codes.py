"""Storage failures are told apart by SQLite's error code or the OS error number, never by
their wording (storage/errors.py). Known problems get a plain message; anything else is a bug
and is raised as it is, for the crash dialog and log. Real conditions where they can be made
here: a damaged page, a file that is not a database, writes refused, another writer, a page
limit (the full tmpfs and read-only remount are in test_storage_failures.py)."""

from __future__ import annotations

import errno
import sqlite3
from datetime import datetime, timedelta

import pytest

from asthma_app import paths
from asthma_app.domain.profile import Profile
from asthma_app.domain.readings import PeakFlowReading
from asthma_app.storage import repository
from asthma_app.storage.database import (
    StorageError,
    friendly_message,
    open_database,
    transaction,
)

NOW = datetime(2026, 11, 22, 8, 0)


def reading(hours: int = 0) -> PeakFlowReading:
    return PeakFlowReading(NOW - timedelta(hours=hours), (400,), note="a note " * 40)


def test_a_damaged_page_met_while_saving_gives_a_plain_message(data_dir):
    """SQLITE_CORRUPT is a DatabaseError, not an OperationalError: it used to escape as a
    crash. Now it says the file is damaged and that a restart repairs it."""
    path = paths.database_path()
    db = open_database(path)
    person = repository.add_profile(db, Profile("Ana"), NOW)
    for hours in range(40):  # the readings table spans many pages
        repository.add_reading(db, person.id, reading(hours), NOW)
    root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'readings'").fetchone()[0]
    size = db.execute("PRAGMA page_size").fetchone()[0]
    db.close()
    with open(path, "r+b") as handle:  # the table's root page overwritten
        handle.seek((root - 1) * size)
        handle.write(b"\xff" * size)
    db = open_database(path)
    try:
        with pytest.raises(StorageError) as caught:
            repository.add_reading(db, person.id, reading(), NOW)
        assert caught.value.__cause__.sqlite_errorname == "SQLITE_CORRUPT"
        assert "damaged" in str(caught.value) and "start it again" in str(caught.value)
    finally:
        db.close()


def test_a_file_that_is_not_a_database_gives_a_plain_message(tmp_path):
    path = tmp_path / "diary.sqlite3"
    path.write_bytes(b"This is a shopping list, not a diary.\n" * 200)
    with pytest.raises(StorageError) as caught:
        open_database(path)
    assert caught.value.__cause__.sqlite_errorname == "SQLITE_NOTADB"
    assert "not a diary of this app" in str(caught.value)
    assert "shopping" not in str(caught.value)


@pytest.mark.parametrize(("make_it_fail", "name", "words"), [
    (lambda db, other: db.execute("PRAGMA query_only = ON"), "SQLITE_READONLY", "read-only"),
    (lambda db, other: other.execute("BEGIN EXCLUSIVE"), "SQLITE_BUSY",
     "in use by another program"),
    (lambda db, other: db.execute(
        f"PRAGMA max_page_count = {db.execute('PRAGMA page_count').fetchone()[0]}"),
     "SQLITE_FULL", "disk is full"),
])
def test_known_problems_are_found_by_their_code(db, make_it_fail, name, words):
    person = repository.add_profile(db, Profile("Ana"), NOW)
    db.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(paths.database_path(), isolation_level=None)
    try:
        make_it_fail(db, other)
        with pytest.raises(StorageError) as caught:
            for hours in range(50):  # the page limit is met after a few
                repository.add_reading(db, person.id, reading(hours), NOW)
    finally:
        if other.in_transaction:
            other.execute("ROLLBACK")
        other.close()
    assert caught.value.__cause__.sqlite_errorname.startswith(name)
    assert words in str(caught.value) and "Nothing was changed" in str(caught.value)


def test_an_unknown_sqlite_error_is_a_bug_raised_as_it_is(db):
    """"no such table" is the code's fault, not the disk's: it must reach the crash dialog
    and log rather than be shown as "could not be saved"."""
    with pytest.raises(sqlite3.OperationalError) as caught, transaction(db):
        db.execute("INSERT INTO no_such_table VALUES (1)")
    assert not isinstance(caught.value, StorageError)
    assert caught.value.sqlite_errorname == "SQLITE_ERROR"
    assert not db.conn.in_transaction  # rolled back all the same


def test_the_wording_of_an_error_is_never_read():
    """Without a code, "database or disk is full" is not taken for a full disk."""
    from asthma_app.storage.errors import problem

    for text in ("database or disk is full", "attempt to write a readonly database",
                 "database is locked"):
        assert problem(sqlite3.OperationalError(text)) is None
        assert "could not be opened or saved" in friendly_message(sqlite3.OperationalError(text))


@pytest.mark.parametrize(("number", "words"), [
    (errno.EROFS, "read-only"), (errno.ENOSPC, "disk is full"),
    (errno.EACCES, "does not allow"), (errno.EPERM, "does not allow"),
    (errno.EIO, "could not be read or written"),
])
def test_os_errors_are_found_by_their_number(tmp_path, number, words):
    error = OSError(number, "whatever the OS says", str(tmp_path))
    assert words in friendly_message(error)


def test_every_known_problem_has_its_own_message():
    from asthma_app.storage.errors import Problem, message

    texts = [message(known) for known in Problem]
    assert len(set(texts)) == len(texts) and all(texts)
