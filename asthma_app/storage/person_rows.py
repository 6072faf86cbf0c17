"""A person's rows, copied between two databases and deleted without trace: the SQL behind
moving a protected person's diary into their vault and back (``vault_moves``).

Works on two DB-API connections of either SQLite library (Python's ``sqlite3`` for the shared
file, SQLCipher's for a vault): rows travel through Python, never by ``ATTACH`` (see
``storage/vault.py`` on why one file is only ever opened by one library).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import settings
from .database import DERIVED_TABLES, StorageError, transaction

if TYPE_CHECKING:
    from .db_types import Database

# A DB-API connection of either library (sqlcipher3 has no type information)
Connection = Any
Row = tuple[Any, ...]

# Tables with a ``profile_id`` that stay in the shared file: none. Reminder times used to
# (the tray read them while the person was locked), but they tell when someone takes their
# medicine; now they move with the diary, and so do the person's settings except the count of
# wrong passphrase tries, which is checked before the vault can be opened (docs/data-safety.md).
SHARED_TABLES: tuple[str, ...] = ()
SETTINGS = "(their settings)"  # the summary's entry for the person's settings rows


def person_tables(conn: Connection) -> list[str]:
    """Tables holding a person's rows, in the order they were created (a table is created
    after the ones it refers to), derived and shared tables left out."""
    names = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY rowid")]
    return [name for name in names
            if name not in DERIVED_TABLES and name not in SHARED_TABLES and name != "profiles"
            and any(col[1] == "profile_id" for col in conn.execute(
                f"PRAGMA table_info([{name}])"))]


def _rows(conn: Connection, table: str, profile_id: int) -> tuple[list[str], list[Row]]:
    cursor = conn.execute(f"SELECT * FROM [{table}] WHERE profile_id = ? ORDER BY rowid",
                          [profile_id])
    return [c[0] for c in cursor.description], [tuple(row) for row in cursor]


PRIVATE_PROFILE_COLUMNS = ("passphrase_hash", "vault", "vault_kdf")
# Details of the profile row that only the person's vault holds once they have one: the
# shared file keeps their name (the list of people is read before anyone unlocks), not this.
VAULT_PROFILE_COLUMNS = ("nhs_number",)


def copy_person(source: Connection, target: Connection, profile_id: int) -> None:
    """Copy the profile row and every row of ``profile_id`` into an empty vault, ids kept
    (``target`` is inside a transaction of the caller's)."""
    columns, rows = _rows_of_profile(source, profile_id)
    private = dict.fromkeys(PRIVATE_PROFILE_COLUMNS)
    row = [private.get(c, v) if c in private else v for c, v in zip(columns, rows[0],
                                                                     strict=True)]
    _insert(target, "profiles", columns, [tuple(row)])
    for table in person_tables(source):
        columns, rows = _rows(source, table, profile_id)
        _insert(target, table, columns, rows)
    settings.replace_person_rows(target, profile_id, settings.person_rows(source, profile_id))


def sync_profile(source: Database, target_db: Database, profile_id: int) -> None:
    """Bring the vault's copy of the profile row up to date with the shared file's (a rename
    is made there): exports read the profile from the person's own database. The details
    only the vault holds (``VAULT_PROFILE_COLUMNS``) are left as they are."""
    columns, [row] = _rows_of_profile(source, profile_id)
    wanted = {c: v for c, v in zip(columns, row, strict=True)
              if c not in PRIVATE_PROFILE_COLUMNS and c not in VAULT_PROFILE_COLUMNS
              and c != "id"}
    have_columns, [have] = _rows_of_profile(target_db.conn, profile_id)
    current = dict(zip(have_columns, have, strict=True))
    changed = {c: v for c, v in wanted.items() if current.get(c) != v}
    if changed and not target_db.read_only:
        with target_db.atomic():
            target_db.execute("UPDATE profiles SET " + ", ".join(f"[{c}] = ?" for c in changed)
                              + " WHERE id = ?", [*changed.values(), profile_id])


def _rows_of_profile(conn: Connection | Database,
                     profile_id: int) -> tuple[list[str], list[Row]]:
    cursor = conn.execute("SELECT * FROM profiles WHERE id = ?", [profile_id])
    rows = [tuple(r) for r in cursor]
    if len(rows) != 1:
        raise StorageError(f"profile {profile_id} not found")
    return [c[0] for c in cursor.description], rows


def _insert(conn: Connection, table: str, columns: list[str], rows: list[Row]) -> None:
    if rows:
        names = ", ".join(f"[{c}]" for c in columns)
        marks = ", ".join("?" * len(columns))
        conn.executemany(f"INSERT INTO [{table}] ({names}) VALUES ({marks})", rows)


def copy_back(source: Connection, target: Connection, profile_id: int) -> None:
    """Copy a vault's rows back into the shared file with new ids (other people's rows may
    have taken the old ones meanwhile), references rewritten: foreign keys between these
    tables, and ``replaced_by`` (a row's own table). ``target`` is inside a transaction."""
    new_ids: dict[str, dict[int, int]] = {}
    for table in person_tables(source):
        columns, rows = _rows(source, table, profile_id)
        references = {fk[3]: fk[2] for fk in target.execute(f"PRAGMA foreign_key_list([{table}])")
                      if fk[2] != "profiles"}
        mapping = new_ids[table] = {}
        keep = [c for c in columns if c != "id"]
        for row in rows:
            values = dict(zip(columns, row, strict=True))
            for column, other in references.items():
                if values.get(column) is not None and other in new_ids:
                    values[column] = new_ids[other][values[column]]
            if "replaced_by" in values:
                values["replaced_by"] = None  # set below, once every row has its new id
            cursor = target.execute(
                f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in keep)}) "
                f"VALUES ({', '.join('?' * len(keep))})", [values[c] for c in keep])
            mapping[values["id"]] = cursor.lastrowid
        if "replaced_by" in columns:
            at = columns.index("replaced_by")
            target.executemany(f"UPDATE [{table}] SET replaced_by = ? WHERE id = ?",
                               [(mapping[row[at]], mapping[row[0]]) for row in rows
                                if row[at] is not None])
    settings.replace_person_rows(target, profile_id, settings.person_rows(source, profile_id))
    _set_vault_details(target, profile_id, vault_details(source, profile_id))


def vault_details(conn: Connection, profile_id: int) -> dict[str, Any]:
    """The person's ``VAULT_PROFILE_COLUMNS`` in ``conn`` (those its schema has)."""
    columns = _vault_columns(conn)
    if not columns:
        return {}
    row = conn.execute(f"SELECT {', '.join(f'[{c}]' for c in columns)} FROM profiles "
                       "WHERE id = ?", [profile_id]).fetchone()
    return dict(zip(columns, row, strict=True)) if row else {}


def _vault_columns(conn: Connection) -> list[str]:
    have = {row[1] for row in conn.execute("PRAGMA table_info(profiles)")}
    return [c for c in VAULT_PROFILE_COLUMNS if c in have]


def _set_vault_details(conn: Connection, profile_id: int, values: dict[str, Any]) -> None:
    if values:
        conn.execute(f"UPDATE profiles SET {', '.join(f'[{c}] = ?' for c in values)} "
                     "WHERE id = ?", [*values.values(), profile_id])


def person_summary(conn: Connection, profile_id: int) -> dict[str, list[Row]]:
    """Every row of the person, ids and references left out, sorted: equal on both sides of
    a move, whatever ids the rows got (``verify`` compares these)."""
    summary = {}
    for table in person_tables(conn):
        columns, rows = _rows(conn, table, profile_id)
        skip = {"id", "replaced_by"} | {fk[3] for fk in conn.execute(
            f"PRAGMA foreign_key_list([{table}])")}
        keep = [i for i, c in enumerate(columns) if c not in skip]
        summary[table] = sorted((tuple(row[i] for i in keep) for row in rows), key=repr)
    summary[SETTINGS] = [tuple(row) for row in settings.person_rows(conn, profile_id)]
    return summary


def delete_person_rows(conn: Connection, profile_id: int) -> None:
    """Delete every row of the person but the profile row, and the details of that row only
    a vault keeps (newest tables first: a row goes before the rows it refers to). With
    ``secure_delete`` on, the freed space is zeroed."""
    conn.execute("PRAGMA secure_delete = ON")
    _set_vault_details(conn, profile_id, dict.fromkeys(_vault_columns(conn)))
    for table in reversed(person_tables(conn)):
        conn.execute(f"DELETE FROM [{table}] WHERE profile_id = ?", [profile_id])
    for table in DERIVED_TABLES:  # kept by triggers; cleared too in case of drift
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [table]).fetchone():
            conn.execute(f"DELETE FROM [{table}] WHERE profile_id = ?", [profile_id])
    settings.replace_person_rows(conn, profile_id, [])  # not the count of wrong tries


def take_leftovers(shared_db: Database, vault_db: Database, profile_id: int) -> bool:
    """Move what an earlier version kept in the shared file for a person who has a vault
    (their reminder times, settings and NHS number) into the open vault. The vault is
    written first and replaces its own copy, so a kill between the two steps only repeats the
    move at the next unlock. Returns True if anything moved (the shared file then has free
    space to wipe)."""
    columns, rows = _rows(shared_db.conn, "reminders", profile_id)
    found = settings.person_rows(shared_db.conn, profile_id)
    details = {c: v for c, v in vault_details(shared_db.conn, profile_id).items()
               if v is not None}
    if not rows and not found and not details:
        return False
    keep = [c for c in columns if c != "id"]  # the vault numbers its own rows
    with transaction(vault_db):
        vault_db.conn.execute("DELETE FROM reminders WHERE profile_id = ?", [profile_id])
        _insert(vault_db.conn, "reminders", keep,
                [tuple(v for c, v in zip(columns, row, strict=True) if c != "id")
                 for row in rows])
        merged = dict(settings.person_rows(vault_db.conn, profile_id)) | dict(found)
        settings.replace_person_rows(vault_db.conn, profile_id, sorted(merged.items()))
        _set_vault_details(vault_db.conn, profile_id, details)
    with transaction(shared_db):
        shared_db.conn.execute("PRAGMA secure_delete = ON")
        _set_vault_details(shared_db.conn, profile_id, dict.fromkeys(details))
        shared_db.conn.execute("DELETE FROM reminders WHERE profile_id = ?", [profile_id])
        settings.replace_person_rows(shared_db.conn, profile_id, [])
        settings.VAULT_PENDING_WIPE.set_in(shared_db.conn, "1")
    return True


def wipe_free_space(conn: Connection) -> bool:
    """After rows were deleted: rebuild the file (VACUUM: no old page keeps a deleted note,
    temporary data in memory, not in a temp file) and empty the write-ahead log. False if a
    reader elsewhere kept the log from being emptied (tried again at the next move or open)."""
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("VACUUM")
    busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return not busy


def scrub_plain_backups(backups: Path, profile_id: int) -> list[Path]:
    """Take a person who now has a vault out of the plain backups of the shared file (their
    rows and vault-only details deleted with ``secure_delete``, the file rebuilt). Their
    profile row stays, so the list of people in a backup is unchanged. Returns the backups
    changed."""
    changed = []
    for path in sorted(backups.glob("*.sqlite3")) if backups.is_dir() else ():
        try:
            conn = sqlite3.connect(str(path), isolation_level=None)
        except sqlite3.Error:
            continue
        try:
            tables = person_tables(conn)
            if not any(conn.execute(f"SELECT 1 FROM [{t}] WHERE profile_id = ? LIMIT 1",
                                    [profile_id]).fetchone() for t in tables) \
                    and not any(v is not None for v in vault_details(conn, profile_id).values()):
                continue
            conn.execute("BEGIN IMMEDIATE")
            delete_person_rows(conn, profile_id)
            conn.execute("COMMIT")
            wipe_free_space(conn)
            changed.append(path)
        except sqlite3.Error:
            continue  # a damaged backup: left as it is (it cannot be restored anyway)
        finally:
            conn.close()
    return changed
