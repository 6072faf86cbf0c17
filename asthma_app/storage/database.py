"""The one place that opens the database.

WAL journal, ``synchronous=FULL`` (a reading whose save returned survives a power cut) and
foreign keys on. Opening also brings the schema up to date (see ``migrations``).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.text import fill, translate
from . import migrations
from .errors import database_errors, message, problem, sqlite_code
from .lazy_db import LazyDatabase

if TYPE_CHECKING:
    from .db_types import Database

# Tables SQLite derives from the others (per-day sums kept by triggers): not data of their
# own, so never hashed for backups nor salvaged (migrations/m0006_daily_summaries.py,
# m0010_dose_days.py).
DERIVED_TABLES = ("reading_days", "entry_days", "dose_days")


class StorageError(RuntimeError):
    """A known storage problem (disk full, read-only, locked, too new) with a plain message."""


# A writable open failing for these means the disk, not the file: read it read-only instead
DISK_PROBLEMS = {sqlite3.SQLITE_READONLY, sqlite3.SQLITE_IOERR, sqlite3.SQLITE_FULL,
                 sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM}


def folder_is_writable(folder: Path) -> bool:
    """Really try: make and remove a file. ``os.access(W_OK)`` is always true for folders on
    Windows and says nothing about read-only media mounted with write bits set."""
    try:
        handle, name = tempfile.mkstemp(prefix=".write-test-", dir=folder)
    except OSError:
        return False
    os.close(handle)
    try:
        os.unlink(name)
    except OSError:
        pass
    return True


def operational_errors() -> tuple[type[Exception], ...]:
    """SQLite's OperationalError, and SQLCipher's once a vault has been opened: ``sqlcipher3``
    has its own exception classes (same error codes), and is never imported just for this."""
    cipher = sys.modules.get("sqlcipher3.dbapi2")
    return (sqlite3.OperationalError,) + ((cipher.OperationalError,) if cipher else ())


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    try:
        conn.execute("PRAGMA journal_mode = WAL")
    except operational_errors():
        pass  # read-only media: SQLite still reads; every save then says "read-only" plainly
    conn.execute("PRAGMA synchronous = FULL")


READ_ONLY, FULL = "read-only", "full"  # why a diary was opened read-only


def _connect(path: Path) -> tuple[sqlite3.Connection, str]:
    """A read-write connection; failing that, for an existing diary on read-only media or a
    full disk, an ``immutable`` read-only one: SQLite cannot otherwise read a WAL database
    there (it needs a ``-shm`` file it cannot make). Saves then fail with a plain message.
    Returns the connection and why it is read-only (``READ_ONLY``, ``FULL``, or "")."""
    writable = folder_is_writable(path.parent)
    if writable or not path.exists():
        try:
            conn = sqlite3.connect(str(path), isolation_level=None)
            try:
                _configure(conn)
            except sqlite3.Error:
                conn.close()
                raise
            return conn, ""
        except sqlite3.OperationalError as error:
            if not path.exists() or sqlite_code(error) not in DISK_PROBLEMS:
                raise  # e.g. locked by another program: say so, never open read-only
    # the file's name as a URI: "#", "?" and "%" in a folder name are escaped
    conn = sqlite3.connect(path.absolute().as_uri() + "?mode=ro&immutable=1", uri=True,
                           isolation_level=None)
    try:
        _configure(conn)
    except sqlite3.Error:
        conn.close()
        raise
    full = writable and shutil.disk_usage(path.parent).free < 1024 * 1024
    return conn, FULL if full else READ_ONLY


def open_database(path: Path, backups_dir: Path | None = None) -> LazyDatabase:
    """Open (creating if needed) and migrate the database at ``path``.

    The connection belongs to the thread that opens it (SQLite's default check): a job in
    another thread opens its own (``open_database`` again), never borrows this one."""
    try:
        conn, read_only = _connect(path)
    except (sqlite3.Error, OSError) as error:
        known = known_storage_error(error)
        if known is None:
            raise
        raise known from error
    try:
        db = LazyDatabase(conn)
        db.read_only = read_only
        migrations.migrate(db, path, backups_dir or path.parent / "backups")
    except BaseException as error:
        conn.close()  # a refused or failed open must not keep the file open (or locked)
        known = known_storage_error(error) if isinstance(error, sqlite3.Error) else None
        if known is None:
            raise
        raise known from error
    return db


def database_file(db: Database) -> Path:
    """The file behind an open diary (the main database of its connection)."""
    return Path(db.conn.execute("PRAGMA database_list").fetchone()[2])


def checkpoint(db: Database) -> None:
    """Fold the WAL into the main file and empty it, so the file alone holds everything (a
    template about to be copied)."""
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def replace_with_copy(source: Path, target: Path) -> None:
    """Replace the diary at ``target`` (closed) with a copy of ``source``, made with SQLite's
    backup API (a consistent copy even if ``source`` has a WAL)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    original = sqlite3.connect(str(source))
    copy = sqlite3.connect(str(target))
    try:
        original.backup(copy)
    finally:
        copy.close()
        original.close()


# Files that need a key to open: storage/vault.py adds its opener when it is imported (so the
# shared file's code never imports SQLCipher, and there is no database <-> vault cycle). An
# opener gives an open database for a path whose key it knows, else None.
_KEYED_OPENERS: list[Callable[[Path], LazyDatabase | None]] = []


def add_keyed_opener(opener: Callable[[Path], LazyDatabase | None]) -> None:
    _KEYED_OPENERS.append(opener)


@contextmanager
def another_connection(path: Path) -> Iterator[LazyDatabase]:
    """A connection of its own to the diary at ``path`` (``database_file``, asked on the
    window's thread), for a job in another thread: a connection is never shared between
    threads (a save in the window could otherwise land inside the job's transaction and be
    rolled back with it). Closed when the job ends."""
    opened = (opener(path) for opener in _KEYED_OPENERS)
    own = next((db for db in opened if db is not None), None) or \
        open_database(path, path.parent / "backups")
    try:
        yield own
    finally:
        own.close()


def friendly_message(error: BaseException) -> str:
    """The plain words for a storage failure, chosen by its SQLite error code or OS error
    number (``storage/errors.py``). An error that is neither is a bug: callers that must
    still say something (the command line, start-up) get a general sentence naming it."""
    known = problem(error)
    if known is not None:
        return message(known)
    return fill(translate("Storage", "The diary could not be opened or saved (%1). Nothing "
                                     "was changed."), error)


def known_storage_error(error: BaseException) -> StorageError | None:
    """A ``StorageError`` with the plain message when ``error`` is a known problem (disk
    full, read-only, locked, damaged...), else None: a bug, to be raised as it is."""
    known = problem(error)
    return None if known is None else StorageError(message(known))


@contextmanager
def transaction(db: Database) -> Iterator[Database]:
    """One write = one transaction: everything inside commits together or not at all."""
    try:
        with db.atomic():
            yield db
    except database_errors() as error:  # a vault's too (SQLCipher has its own classes)
        known = known_storage_error(error)
        if known is None:
            raise  # a bug (e.g. no such column): the crash dialog and log, not "disk full"
        raise known from error
