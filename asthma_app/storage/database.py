"""The one place that opens the database.

WAL journal, ``synchronous=FULL`` (a reading whose save returned survives a power cut) and
foreign keys on. Opening also brings the schema up to date (see ``migrations``).
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from pathlib import Path

from . import migrations
from .lazy_db import LazyDatabase

# Tables SQLite derives from the others (per-day sums kept by triggers): not data of their
# own, so never hashed for backups nor salvaged (migrations/m0007_daily_summaries.py).
DERIVED_TABLES = ("reading_days", "entry_days")


class StorageError(RuntimeError):
    """A known storage problem (disk full, read-only, locked, too new) with a plain message."""


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    try:
        conn.execute("PRAGMA journal_mode = WAL")
    except sqlite3.OperationalError:
        pass  # read-only media: SQLite still reads; every save then says "read-only" plainly
    conn.execute("PRAGMA synchronous = FULL")


def _connect(path: Path) -> sqlite3.Connection:
    """A read-write connection; on read-only media (the folder cannot be written) an
    ``immutable`` read-only one, because SQLite cannot read a WAL database there otherwise
    (it needs a ``-shm`` file it cannot create). Saves then fail with the read-only message."""
    targets = [(str(path), False)]
    if path.exists() and not os.access(path.parent, os.W_OK):
        targets.append((f"file:{path}?mode=ro&immutable=1", True))
    for number, (target, uri) in enumerate(targets, 1):
        conn = sqlite3.connect(target, uri=uri, isolation_level=None, check_same_thread=False)
        try:
            _configure(conn)
            return conn
        except sqlite3.OperationalError:
            conn.close()
            if number == len(targets):
                raise
    raise AssertionError("unreachable")


def open_database(path: Path, backups_dir: Path | None = None) -> LazyDatabase:
    """Open (creating if needed) and migrate the database at ``path``."""
    try:
        conn = _connect(path)
    except sqlite3.OperationalError as error:
        raise StorageError(friendly_message(error)) from error
    try:
        db = LazyDatabase(conn)
        migrations.migrate(db, path, backups_dir or path.parent / "backups")
    except BaseException as error:
        conn.close()  # a refused or failed open must not keep the file open (or locked)
        if isinstance(error, sqlite3.OperationalError):
            raise StorageError(friendly_message(error)) from error
        raise
    return db


def friendly_message(error: sqlite3.Error) -> str:
    text = str(error).lower()
    if "readonly" in text or "read-only" in text:
        return "The data folder is read-only, so nothing can be saved. Nothing was changed."
    if "full" in text:
        return "The disk is full, so this could not be saved. Nothing was changed."
    if "locked" in text or "busy" in text:
        return ("The diary is in use by another program. Close it and try again. "
                "Nothing was changed.")
    return f"The diary could not be opened or saved ({error}). Nothing was changed."


@contextmanager
def transaction(db):
    """One write = one transaction: everything inside commits together or not at all."""
    try:
        with db.atomic():
            yield db
    except sqlite3.OperationalError as error:
        raise StorageError(friendly_message(error)) from error
