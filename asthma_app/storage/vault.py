"""A passphrase-protected person's diary in a file of its own, encrypted with SQLCipher.

The shared diary file keeps the app's settings and the list of people (name, passphrase hash,
and for a protected person ``vault``: the name of their file in the ``people`` folder, and
``vault_kdf``: how its key is derived). Everything else of theirs (every table with a
``profile_id`` except ``reminders``, plus a copy of their profile row for the foreign keys)
lives in ``people/<vault>.db``, same schema, same migrations, opened with a 256-bit key made
from the passphrase by scrypt with a salt of its own (never the stored passphrase hash).

Each file is opened by exactly one SQLite library: vaults only by SQLCipher (``sqlcipher3``,
its own SQLite build), the shared file only by Python's ``sqlite3``. Two SQLite copies in one
process must never open the same file: their POSIX locks do not see each other, and closing
one drops the other's locks (https://www.sqlite.org/howtocorrupt.html, 2.2.1). So rows move
between the two in Python, never by ATTACH.

``sqlcipher3`` is imported only when a vault is opened: a household with no passphrase never
loads it (start-up time, docs/performance.md).
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .database import DERIVED_TABLES, StorageError, _configure, add_keyed_opener

if TYPE_CHECKING:
    from .db_types import Database
    from .lazy_db import LazyDatabase

# A sqlite3 connection or a SQLCipher one: sqlcipher3 ships no type information (its
# connection has sqlite3's methods), so the functions below that take either say Any.
Connection = Any
Row = tuple[Any, ...]

FOLDER = "people"
SUFFIX = ".db"
NEW = ".new"  # a vault being written: only a complete, verified one gets its name
SHARED_TABLES = ("reminders",)  # reminder times stay readable while the person is locked
SCRYPT_N, SCRYPT_R, SCRYPT_P, SALT_BYTES, KEY_BYTES = 2 ** 17, 8, 1, 16, 32
_MAXMEM = 256 * 1024 * 1024
_KEYS: dict[Path, bytes] = {}  # open vaults' keys, for a job's own connection; see remember


class WrongKey(StorageError):
    """The key does not open this file (a wrong passphrase, or not a vault)."""


def _not_opened() -> str:
    from ..domain.text import translate  # lazy: none (move it to the top)

    return translate("Storage", "This person's encrypted diary could not be opened with that "
                                "passphrase. Nothing was changed.")


# --- keys -------------------------------------------------------------------------------------

def new_kdf() -> str:
    import secrets  # lazy: on use: the start-up path only checks for unfinished moves

    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${secrets.token_bytes(SALT_BYTES).hex()}"


def derive_key(secret: str, kdf: str) -> bytes:
    """The vault key for ``secret`` under ``kdf`` (``scrypt$N$r$p$salt_hex``)."""
    import hashlib  # lazy: none (move it to the top)

    kind, n, r, p, salt = kdf.split("$")
    if kind != "scrypt":
        raise ValueError("unknown key derivation")
    return hashlib.scrypt(secret.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n), r=int(r),
                          p=int(p), maxmem=_MAXMEM, dklen=KEY_BYTES)


def remember(path: Path, key: bytes) -> None:
    """Keep ``key`` for ``path`` while the person is unlocked, so a job in another thread can
    open its own connection (``storage.database.another_connection``)."""
    _KEYS[Path(path).absolute()] = key


def forget(path: Path | None = None) -> None:
    """Forget one vault's key (or every key: the window locked)."""
    if path is None:
        _KEYS.clear()
    else:
        _KEYS.pop(Path(path).absolute(), None)


def known_key(path: Path) -> bytes | None:
    return _KEYS.get(Path(path).absolute())


# --- files ------------------------------------------------------------------------------------

def folder(shared: Path) -> Path:
    return shared.parent / FOLDER


def vault_path(shared: Path, name: str) -> Path:
    return folder(shared) / f"{name}{SUFFIX}"


def new_name() -> str:
    import secrets  # lazy: none (move it to the top)

    return secrets.token_hex(8)


def connect(path: Path, key: bytes) -> Connection:
    """A SQLCipher connection to ``path`` with ``key``; ``WrongKey`` if it does not open."""
    from sqlcipher3 import dbapi2 as sqlcipher  # lazy: start-up

    conn = sqlcipher.connect(str(path), isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA secure_delete = ON")  # deleted rows leave no plain text behind
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as error:
        conn.close()
        raise WrongKey(_not_opened()) from error
    try:
        _configure(conn)
    except sqlcipher.Error:
        conn.close()
        raise
    return conn


def open_vault(path: Path, key: bytes, backups: Path | None = None) -> LazyDatabase:
    """Open (creating if needed) and migrate the vault; a ``LazyDatabase`` like the shared
    file's, so every service works on it unchanged."""
    from . import migrations  # lazy: none (move it to the top)
    from .lazy_db import LazyDatabase  # lazy: none (move it to the top)

    path.parent.mkdir(parents=True, exist_ok=True)
    conn = connect(path, key)
    db = LazyDatabase(conn)
    try:
        migrations.migrate(db, path, backups or backups_folder(path),
                           copy=lambda source, target: encrypted_copy(
                               source, target.with_name(f"{path.stem}-{target.stem}{SUFFIX}"),
                               key))
    except BaseException:
        conn.close()
        raise
    return db


def encrypted_copy(db: Database, target: Path, key: bytes) -> Path:
    """A consistent copy of an open vault with the same key (SQLCipher's backup API needs
    both ends keyed alike); a failed copy leaves nothing."""
    from ..private_files import make_private  # lazy: none (move it to the top)

    partial = target.with_name(target.name + ".partial")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial.unlink(missing_ok=True)
    destination = connect(partial, key)
    try:
        db.conn.backup(destination)
        destination.execute("PRAGMA journal_mode = DELETE")
    except BaseException:
        destination.close()
        partial.unlink(missing_ok=True)
        raise
    destination.close()
    make_private(partial)
    partial.replace(target)
    return target


def backups_folder(vault: Path) -> Path:
    return vault.parent.parent / "backups" / FOLDER


def vault_backups(vault: Path) -> list[Path]:
    """This vault's encrypted backups, newest first."""
    found = backups_folder(vault).glob(f"{vault.stem}-*{SUFFIX}")
    return sorted(found, key=lambda p: p.name, reverse=True)


KEEP_BACKUPS = 7


def daily_backup(db: Database, vault: Path, key: bytes, now: datetime) -> Path | None:
    """An encrypted copy of the vault, once a day (when it is unlocked), keeping the last
    ``KEEP_BACKUPS`` days."""
    day = now.strftime("%Y%m%d")
    existing = vault_backups(vault)
    if any(p.name.startswith(f"{vault.stem}-auto-{day}") for p in existing):
        return None
    made = encrypted_copy(db, backups_folder(vault) /
                          f"{vault.stem}-auto-{now.strftime('%Y%m%d-%H%M%S')}{SUFFIX}", key)
    autos = [p for p in vault_backups(vault) if p.name.startswith(f"{vault.stem}-auto-")]
    for old in autos[KEEP_BACKUPS:]:
        old.unlink(missing_ok=True)
    return made


def manual_backup(db: Database, vault: Path, now: datetime) -> Path:
    """"Back up now" for an unlocked vault: an encrypted copy with its key."""
    key = known_key(vault)
    if key is None:
        raise StorageError("the vault is locked")
    return encrypted_copy(db, backups_folder(vault) /
                          f"{vault.stem}-manual-{now.strftime('%Y%m%d-%H%M%S')}{SUFFIX}", key)


def remove_unfinished(shared: Path) -> list[Path]:
    """Vaults a kill cut off while being written (never named, never referenced)."""
    removed = []
    for path in folder(shared).glob(f"*{SUFFIX}{NEW}*") if folder(shared).is_dir() else ():
        path.unlink(missing_ok=True)
        removed.append(path)
    return removed


# --- moving a person's rows -----------------------------------------------------------------

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


def sync_profile(source: Database, target_db: Database, profile_id: int) -> None:
    """Bring the vault's copy of the profile row up to date with the shared file's (a rename
    is made there): exports read the profile from the person's own database."""
    columns, [row] = _rows_of_profile(source, profile_id)
    wanted = {c: v for c, v in zip(columns, row, strict=True)
              if c not in PRIVATE_PROFILE_COLUMNS and c != "id"}
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
    return summary


def delete_person_rows(conn: Connection, profile_id: int) -> None:
    """Delete every row of the person but the profile row (newest tables first: a row goes
    before the rows it refers to). With ``secure_delete`` on, the freed space is zeroed."""
    conn.execute("PRAGMA secure_delete = ON")
    for table in reversed(person_tables(conn)):
        conn.execute(f"DELETE FROM [{table}] WHERE profile_id = ?", [profile_id])
    for table in DERIVED_TABLES:  # kept by triggers; cleared too in case of drift
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [table]).fetchone():
            conn.execute(f"DELETE FROM [{table}] WHERE profile_id = ?", [profile_id])


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
    rows deleted with ``secure_delete``, the file rebuilt). Their profile row stays, so the
    list of people in a backup is unchanged. Returns the backups changed."""
    import sqlite3  # lazy: none (move it to the top)

    changed = []
    for path in sorted(backups.glob("*.sqlite3")) if backups.is_dir() else ():
        try:
            conn = sqlite3.connect(str(path), isolation_level=None)
        except sqlite3.Error:
            continue
        try:
            tables = person_tables(conn)
            if not any(conn.execute(f"SELECT 1 FROM [{t}] WHERE profile_id = ? LIMIT 1",
                                    [profile_id]).fetchone() for t in tables):
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


def fsync_file(path: Path) -> None:
    handle = os.open(path, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _open_if_unlocked(path: Path) -> Any:
    """``database.another_connection``'s way into an unlocked vault (a job's own connection)."""
    key = known_key(path)
    return open_vault(path, key) if key else None


add_keyed_opener(_open_if_unlocked)
