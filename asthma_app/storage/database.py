"""The one place that opens the database.

WAL journal, ``synchronous=FULL`` (a reading whose save returned survives a power cut) and
foreign keys on. Opening also brings the schema up to date (see ``migrations``).
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

from . import migrations
from .lazy_db import LazyDatabase

# Tables SQLite derives from the others (per-day sums kept by triggers): not data of their
# own, so never hashed for backups nor salvaged (migrations/m0006_daily_summaries.py).
DERIVED_TABLES = ("reading_days", "entry_days")


class StorageError(RuntimeError):
    """A known storage problem (disk full, read-only, locked, too new) with a plain message."""


# SQLite's primary result codes (https://www.sqlite.org/rescode.html)
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR, SQLITE_FULL = 5, 6, 8, 10, 13
SQLITE_CANTOPEN, SQLITE_PERM = 14, 3
# A writable open failing for these means the disk, not the file: read it read-only instead
DISK_PROBLEMS = {SQLITE_READONLY, SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_PERM}


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
            code = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
            if not path.exists() or code not in DISK_PROBLEMS:
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
        raise StorageError(friendly_message(error)) from error
    try:
        db = LazyDatabase(conn)
        db.read_only = read_only
        migrations.migrate(db, path, backups_dir or path.parent / "backups")
    except BaseException as error:
        conn.close()  # a refused or failed open must not keep the file open (or locked)
        if isinstance(error, sqlite3.OperationalError):
            raise StorageError(friendly_message(error)) from error
        raise
    return db


def database_file(db) -> Path:
    """The file behind an open diary (the main database of its connection)."""
    return Path(db.conn.execute("PRAGMA database_list").fetchone()[2])


@contextmanager
def another_connection(path: Path):
    """A connection of its own to the diary at ``path`` (``database_file``, asked on the
    window's thread), for a job in another thread: a connection is never shared between
    threads (a save in the window could otherwise land inside the job's transaction and be
    rolled back with it). Closed when the job ends."""
    from . import vault  # no SQLCipher import unless the path is an unlocked vault

    key = vault.known_key(path)
    own = vault.open_vault(path, key) if key else open_database(path, path.parent / "backups")
    try:
        yield own
    finally:
        own.close()


def friendly_message(error: BaseException) -> str:
    """The plain words for a storage failure, chosen by SQLite's error code (or the OS error
    number), with the text as a last resort for errors that carry neither."""
    from ..domain.text import fill, translate

    code = getattr(error, "sqlite_errorcode", None)
    code = None if code is None else code & 0xFF
    number = getattr(error, "errno", None)
    text = str(error).lower()
    if (code in (SQLITE_READONLY, SQLITE_PERM) or number in (errno.EROFS, errno.EACCES,
                                                                errno.EPERM)
            or (code is None and number is None and ("readonly" in text or "read-only" in text))):
        return translate("Storage", "The data folder is read-only, so nothing can be saved. "
                                    "Nothing was changed.")
    if (code == SQLITE_FULL or number in (errno.ENOSPC, getattr(errno, "EDQUOT", -1))
            or (code is None and number is None and "full" in text)):
        return translate("Storage", "The disk is full, so this could not be saved. "
                                    "Nothing was changed.")
    if code in (SQLITE_BUSY, SQLITE_LOCKED) or (code is None and number is None
                                               and ("locked" in text or "busy" in text)):
        return translate("Storage", "The diary is in use by another program. Close it and "
                                    "try again. Nothing was changed.")
    return fill(translate("Storage", "The diary could not be opened or saved (%1). Nothing "
                                     "was changed."), error)


@contextmanager
def transaction(db):
    """One write = one transaction: everything inside commits together or not at all."""
    try:
        with db.atomic():
            yield db
    except operational_errors() as error:  # a vault's too (disk full, read-only, locked)
        raise StorageError(friendly_message(error)) from error
