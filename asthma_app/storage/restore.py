"""Bring back one person's diary from a backup, leaving everyone else exactly as they are.

A backup file holds everybody who shares the data folder. Copying it back whole rewound every
person: readings others made since were lost, and a passphrase chosen since was gone. So a
restore replaces only the chosen person's rows, in one transaction:

- every table with a ``profile_id`` column, and any table whose foreign key leads to one (found
  from the schema, so a table added later is included without a change here); the per-day sums
  (``DERIVED_TABLES``) follow by their triggers;
- the person's own fields of their ``profiles`` row (``RESTORED_PROFILE_COLUMNS``); their
  passphrase, idle lock and anything not listed are never taken from a backup;
- their settings (``settings.person_rows``); the count of wrong passphrase tries is not one of them.

The person must be in the backup as the same person: the same number *and* the same moment of
creation (numbers are reused in a diary started afresh). Row numbers are kept where they are
free and renumbered, with every reference, where someone else has taken them since.
The backup is read into memory and brought to the current schema there, never changing it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.text import fill, translate
from . import migrations
from .backup import (
    BEFORE_RESTORE,
    GOOD,
    TOO_NEW,
    BackupInfo,
    make_backup,
    restore_refused,
    too_new,
    verify,
)
from .database import (
    DERIVED_TABLES,
    StorageError,
    database_file,
    friendly_message,
    transaction,
)
from .integrity import connect_read_only
from .lazy_db import LazyDatabase
from .settings import TABLE as SETTINGS_TABLE
from .settings import person_rows, replace_person_rows

if TYPE_CHECKING:
    from .db_types import Database

SHARED_TABLES = ("profiles", SETTINGS_TABLE)  # everybody's: only the person's part is replaced
# Columns of ``profiles`` that are the person's details. Their passphrase and lock (and any
# column not named here, such as one a later version adds) are never restored.
RESTORED_PROFILE_COLUMNS: tuple[str, ...] = ("name", "birth_year", "region", "emergency_number",
                            "has_plan_choice")
RESTORED_PROFILE_COLUMNS += ("nhs_number",)
KEPT_PROFILE_COLUMNS = ("id", "created_at", "passphrase_hash", "lock_after_minutes",
                        "vault", "vault_kdf")  # where their encrypted diary is (vault.py)
# Columns that hold another row's id without a foreign key.
ROW_REFERENCES = {("readings", "replaced_by"): "readings",
                  ("symptom_entries", "replaced_by"): "symptom_entries"}


class PersonNotInBackup(StorageError):
    """The backup holds nobody who is this person (added later, or another diary's)."""


@dataclass(frozen=True)
class Owned:
    """A table holding people's rows: ``where`` selects one person's (one ``?``: their id);
    ``references`` maps a column to the owned table whose id it holds."""

    table: str
    where: str
    references: dict[str, str] = field(default_factory=dict)


@dataclass
class PersonCopy:
    """One person's rows read from a backup, ready to be written into a diary."""

    profile_id: int
    created_at: str
    profile: dict[str, Any]
    rows: dict[str, list[dict[str, Any]]]
    settings: list[tuple[str, str]]


def owned_tables(conn: sqlite3.Connection) -> list[Owned]:
    """The tables holding people's rows, each after the tables it refers to."""
    names = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name")]
    candidates = [n for n in names if n not in SHARED_TABLES and n not in DERIVED_TABLES]
    keys = {n: [(row[3], row[2]) for row in conn.execute(f"PRAGMA foreign_key_list([{n}])")]
            for n in candidates}
    where = {n: "profile_id = ?" for n in candidates if "profile_id" in _columns(conn, n)}
    grown = True
    while grown:  # rows owned through a parent row (a dose of one of the person's medicines)
        grown = False
        for name in candidates:
            for column, parent in keys[name] if name not in where else ():
                if parent in where:
                    where[name] = f"[{column}] IN (SELECT id FROM [{parent}] WHERE {where[parent]})"
                    grown = True
                    break
    ordered: list[Owned] = []
    while len(ordered) < len(where):
        placed = {owned.table for owned in ordered}
        for name in where:
            parents = {p for _c, p in keys[name] if p in where and p != name}
            if name not in placed and parents <= placed:
                references = {c: p for c, p in keys[name] if p in where}
                references.update({c: t for (n, c), t in ROW_REFERENCES.items() if n == name})
                ordered.append(Owned(name, where[name], references))
                break
        else:
            raise RuntimeError("the person's tables refer to each other in a circle")
    return ordered


def unclassified_tables(conn: sqlite3.Connection) -> list[str]:
    """Tables that are neither shared, derived nor a person's: a new table must be one of
    them before restore can be trusted (tests/storage/test_restore_person.py checks)."""
    owned = {o.table for o in owned_tables(conn)}
    return [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        if row[0] not in owned and row[0] not in SHARED_TABLES and row[0] not in DERIVED_TABLES]


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA table_info([{table}])")]


def _dicts(cursor: sqlite3.Cursor) -> list[dict[str, Any]]:
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


# --- reading the backup -----------------------------------------------------------------------

def person_in(conn: Any, profile_id: int, here: tuple[str, str]
              ) -> tuple[dict[str, Any], dict[str, list[dict[str, Any]]], list[Any]]:
    """The person's profile row, owned rows and settings in a backup's connection (plain or
    encrypted); ``PersonNotInBackup`` unless it is the same person as ``here`` (name, creation
    time): an id alone may have been reused."""
    found = _dicts(conn.execute("SELECT * FROM profiles WHERE id = ?", [profile_id]))
    if not found or found[0]["created_at"] != here[1]:
        raise PersonNotInBackup(_not_in_backup(here[0]))
    rows = {owned.table: _dicts(conn.execute(
        f"SELECT * FROM [{owned.table}] WHERE {owned.where} ORDER BY rowid", [profile_id]))
        for owned in owned_tables(conn)}
    return found[0], rows, person_rows(conn, profile_id)


def read_person(backup: Path, target: Database, profile_id: int) -> PersonCopy:
    """The person's rows from ``backup`` (checked first, and brought to the current schema in
    memory). Raises ``StorageError`` for a damaged or too new backup and ``PersonNotInBackup``
    when the backup does not hold this person of ``target``."""

    verdict = verify(backup)
    if verdict == TOO_NEW:
        raise StorageError(too_new())
    if verdict != GOOD:
        raise StorageError(restore_refused())
    here = target.execute("SELECT name, created_at FROM profiles WHERE id = ?",
                          [profile_id]).fetchone()
    if here is None:
        raise ValueError(f"no profile {profile_id} in the target diary")
    if "vault" in _columns(target.conn, "profiles") and target.execute(
            "SELECT vault FROM profiles WHERE id = ?", [profile_id]).fetchone()[0]:
        # their diary is in their own encrypted file: a backup of this one does not hold it,
        # and restoring into this file would put it here in plain text
        raise StorageError(_encrypted_apart())
    memory = _in_memory(backup)
    try:
        conn = memory.conn
        found, rows, settings = person_in(conn, profile_id, here)
    except sqlite3.Error as error:
        raise StorageError(friendly_message(error)) from error
    finally:
        memory.close()
    return PersonCopy(profile_id, here[1], found, rows, settings)


def _in_memory(backup: Path) -> Any:
    """A copy of the backup in memory at the current schema (the file is never changed, and
    no copy of it is written anywhere)."""
    source = connect_read_only(backup)
    memory = sqlite3.connect(":memory:", isolation_level=None)
    try:
        source.backup(memory)
        db: Any = LazyDatabase(memory)
        migrations.migrate(db, backup, backup.parent, copy_first=False)
    except BaseException:
        memory.close()
        raise
    finally:
        source.close()
    return db


# --- writing it into a diary ------------------------------------------------------------------

def replace_person(db: Database, person: PersonCopy) -> None:
    """Replace the person's rows in ``db`` with ``person``'s, in one transaction (nested
    inside the caller's, if any). Nobody else's rows, no passphrase, no shared setting."""
    pid = person.profile_id
    conn = db.conn
    try:
        with transaction(db):
            here = conn.execute("SELECT created_at FROM profiles WHERE id = ?", [pid]).fetchone()
            if here is None or here[0] != person.created_at:
                raise ValueError("the diary changed: this is not the person that was read")
            conn.execute("PRAGMA defer_foreign_keys = ON")  # checked at the end, all at once
            tables = owned_tables(conn)
            for owned in reversed(tables):  # the rows that refer to others first
                conn.execute(f"DELETE FROM [{owned.table}] WHERE {owned.where}", [pid])
            _write_rows(conn, tables, person.rows)
            _write_profile(conn, person)
            replace_person_rows(conn, pid, person.settings)
            if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
                raise StorageError(_inconsistent())
    except sqlite3.Error as error:
        raise StorageError(friendly_message(error)) from error


def _write_rows(conn: sqlite3.Connection, tables: list[Owned],
                rows: dict[str, list[dict[str, Any]]]) -> None:
    """Insert every table's rows (parents first), keeping each row's number if it is free;
    then correct the references to rows that had to be renumbered."""
    numbers: dict[str, dict[int, int]] = {}
    later: list[tuple[str, int, str, int]] = []  # table, new id, column, old reference
    for owned in tables:
        numbers[owned.table] = mapping = {}
        columns = set(_columns(conn, owned.table))
        for source in rows.get(owned.table, ()):
            row = {c: v for c, v in source.items() if c in columns}
            for column, target in owned.references.items():
                old = row.get(column)
                if old is not None:
                    row[column] = numbers.get(target, {}).get(old, old)
            old_id = row.get("id")
            if old_id is not None and conn.execute(
                    f"SELECT 1 FROM [{owned.table}] WHERE id = ?", [old_id]).fetchone():
                del row["id"]  # taken by someone else since: a new number
            new_id = _insert(conn, owned.table, row)
            if old_id is not None:
                mapping[old_id] = new_id
                later += [(owned.table, new_id, c, source[c]) for c in owned.references
                          if source.get(c) is not None]
    for table, new_id, column, old in later:
        target = next(o.references[column] for o in tables if o.table == table)
        wanted = numbers.get(target, {}).get(old, old)
        conn.execute(f"UPDATE [{table}] SET [{column}] = ? WHERE id = ? AND [{column}] IS NOT ?",
                     [wanted, new_id, wanted])


def _insert(conn: sqlite3.Connection, table: str, row: dict[str, Any]) -> int:
    names = ", ".join(f"[{c}]" for c in row)
    marks = ", ".join("?" for _ in row)
    cursor = conn.execute(f"INSERT INTO [{table}] ({names}) VALUES ({marks})", list(row.values()))
    if cursor.lastrowid is None:
        raise RuntimeError(f"no row number for a row of {table}")
    return cursor.lastrowid


def _write_profile(conn: sqlite3.Connection, person: PersonCopy) -> None:
    columns = [c for c in RESTORED_PROFILE_COLUMNS
               if c in person.profile and c in _columns(conn, "profiles")]
    if columns:
        conn.execute(f"UPDATE profiles SET {', '.join(f'[{c}] = ?' for c in columns)} "
                     "WHERE id = ?", [person.profile[c] for c in columns] + [person.profile_id])


def restore_person(target_db: Database, backup_path: Path, profile_id: int) -> None:
    """Replace person ``profile_id``'s diary in ``target_db`` (any open diary) with the one in
    ``backup_path``. Everything else in ``target_db`` stays as it is; on any failure nothing
    changes. (The safety copy first is ``restore_from_backup``'s job.)"""
    replace_person(target_db, read_person(backup_path, target_db, profile_id))


def _not_in_backup(name: str) -> str:
    return fill(translate("Restore", "This backup does not hold %1's diary (it was made before "
                                     "they were added, or on another diary), so nothing was "
                                     "brought back. Nothing was changed."), name)


def _encrypted_apart() -> str:
    # the Backups page's own sentence (one translation for both)
    return translate("BackupsPage", "Your diary is encrypted and kept apart, so these backups "
                                    "do not hold it. Nothing was changed.")


def _inconsistent() -> str:
    return translate("Restore", "This backup could not be brought back because its rows do "
                                "not fit together. Nothing was changed.")


def restore_from_backup(db: Database, backup: Path, folder: Path, now: datetime,
                        profile_id: int) -> BackupInfo:
    """Bring back person ``profile_id``'s diary from ``backup`` (``restore_person``:
    nobody else's rows, no passphrase), after saving the whole diary as it is now. Returns
    that safety copy. The backup is checked and read before anything is written; the copy is
    made while this connection holds the write lock, so nothing saved in between is lost."""
    person = read_person(backup, db, profile_id)
    with transaction(db):  # BEGIN IMMEDIATE: no other connection can write from here on
        before = _safety_copy(database_file(db), folder, now)
        replace_person(db, person)
    return before


class _Reader:
    """A second connection to the same file: a connection holding the write lock cannot
    itself be the source of SQLite's backup API (it waits on its own lock)."""

    def __init__(self, path: Path):
        self.conn = sqlite3.connect(str(path))


def _safety_copy(path: Path, folder: Path, now: datetime) -> BackupInfo:
    reader: Any = _Reader(path)
    try:
        return make_backup(reader, folder, BEFORE_RESTORE, now)
    finally:
        reader.conn.close()
