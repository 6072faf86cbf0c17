"""The one place that opens the database.

WAL journal, ``synchronous=FULL`` (a reading whose save returned survives a power cut) and
foreign keys on. Opening also brings the schema up to date (see ``migrations``).
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from . import migrations


class StorageError(RuntimeError):
    """A known storage problem (disk full, read-only, locked, too new) with a plain message."""


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":  # e.g. read-only media: carry on with what we got
        pass
    conn.execute("PRAGMA synchronous = FULL")


def open_database(path: Path, backups_dir: Path | None = None) -> sqlite_utils.Database:
    """Open (creating if needed) and migrate the database at ``path``."""
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    except sqlite3.OperationalError as error:
        raise StorageError(friendly_message(error)) from error
    try:
        _configure(conn)
        db = sqlite_utils.Database(conn)
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
def transaction(db: sqlite_utils.Database):
    """One write = one transaction: everything inside commits together or not at all."""
    try:
        with db.atomic():
            yield db
    except sqlite3.OperationalError as error:
        raise StorageError(friendly_message(error)) from error
