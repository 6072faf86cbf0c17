"""A passphrase-protected person's diary in a file of its own, encrypted with SQLCipher.

The shared diary file keeps the app's settings and the list of people (name, passphrase hash,
and for a protected person ``vault``: the name of their file in the ``people`` folder, and
``vault_kdf``: how its key is derived). Everything else of theirs (every table with a
``profile_id`` except ``reminders``, plus a copy of their profile row for the foreign keys)
lives in ``people/<vault>.db`` (rows moved by ``person_rows``), same schema, same migrations,
opened with a 256-bit key made from the passphrase by scrypt with a salt of its own (never
the stored passphrase hash).

Each file is opened by exactly one SQLite library: vaults only by SQLCipher (``sqlcipher3``,
its own SQLite build), the shared file only by Python's ``sqlite3``. Two SQLite copies in one
process must never open the same file: their POSIX locks do not see each other, and closing
one drops the other's locks (https://www.sqlite.org/howtocorrupt.html, 2.2.1). So rows move
between the two in Python, never by ATTACH.

``sqlcipher3`` is imported only when a vault is opened: a household with no passphrase never
loads it (start-up time, docs/performance.md).
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.text import translate
from . import migrations
from .database import StorageError, _configure, add_keyed_opener
from .lazy_db import LazyDatabase
from .whole_file import written_whole

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
SCRYPT_N, SCRYPT_R, SCRYPT_P, SALT_BYTES, KEY_BYTES = 2 ** 17, 8, 1, 16, 32
_MAXMEM = 256 * 1024 * 1024
_KEYS: dict[Path, bytes] = {}  # open vaults' keys, for a job's own connection; see remember


class WrongKey(StorageError):
    """The key does not open this file (a wrong passphrase, or not a vault)."""


class DamagedVault(StorageError):
    """The key opens the file's first page, but a page SQLite needs to open it is damaged."""


def _not_opened() -> str:
    return translate("Storage", "This person's encrypted diary could not be opened with that "
                                "passphrase. Nothing was changed.")


def _damaged() -> str:
    return translate("Storage", "This person's encrypted diary is damaged and could not be "
                                "opened. Nothing was changed; their encrypted backups are kept "
                                "in the data folder's backups.")


def _refusal(conn: Connection) -> StorageError:
    """Why a keyed file did not open. Every page carries its own HMAC: with a wrong key the
    first page fails too; with the right key and a damaged page of the schema only that page
    does (without this, damage would be reported as a wrong passphrase)."""
    try:
        failed = [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]
    except Exception:  # noqa: BLE001 - any doubt: the file did not open with this key
        return WrongKey(_not_opened())
    if failed and not any(text.endswith(" page 1") for text in failed):
        return DamagedVault(_damaged())
    return WrongKey(_not_opened())


# --- keys -------------------------------------------------------------------------------------

def new_kdf() -> str:
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${secrets.token_bytes(SALT_BYTES).hex()}"


def derive_key(secret: str, kdf: str) -> bytes:
    """The vault key for ``secret`` under ``kdf`` (``scrypt$N$r$p$salt_hex``)."""
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
    return secrets.token_hex(8)


def connect(path: Path, key: bytes) -> Connection:
    """A SQLCipher connection to ``path`` with ``key``; ``WrongKey`` if it does not open."""
    from sqlcipher3 import dbapi2 as sqlcipher  # lazy: start-up

    conn = sqlcipher.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is ours to report
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA secure_delete = ON")  # deleted rows leave no plain text behind
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as error:
        refusal = _refusal(conn)
        conn.close()
        raise refusal from error
    try:
        _configure(conn)
    except sqlcipher.Error:
        conn.close()
        raise
    return conn


def open_vault(path: Path, key: bytes, backups: Path | None = None) -> LazyDatabase:
    """Open (creating if needed) and migrate the vault; a ``LazyDatabase`` like the shared
    file's, so every service works on it unchanged."""
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
    target.parent.mkdir(parents=True, exist_ok=True)
    with written_whole(target) as partial:
        destination = connect(partial, key)
        try:
            db.conn.backup(destination)
            destination.execute("PRAGMA journal_mode = DELETE")
        finally:
            destination.close()
    return target


def reencrypt(source: Path, old_key: bytes, target: Path, new_key: bytes) -> Path:
    """A copy of the encrypted backup ``source`` under ``new_key`` (a passphrase change keeps
    the person's backups: the old passphrase then opens none of them). SQLCipher's
    ``sqlcipher_export`` into an attached file, both opened by SQLCipher; a failed copy leaves
    nothing. ``source`` is read only."""
    with written_whole(target) as partial:
        conn = connect_read_only(source, old_key)
        try:
            conn.execute("ATTACH DATABASE ? AS fresh KEY ?",
                         [str(partial), f"x'{new_key.hex()}'"])
            conn.execute("SELECT sqlcipher_export('fresh')")
            version = int(conn.execute("PRAGMA main.user_version").fetchone()[0])
            conn.execute(f"PRAGMA fresh.user_version = {version}")
            conn.execute("DETACH DATABASE fresh")
        finally:
            conn.close()
    return target


def connect_read_only(path: Path, key: bytes) -> Connection:
    """A read-only SQLCipher connection (a backup is never changed by reading it, not even its
    journal mode); ``WrongKey`` if the key does not open it."""
    from sqlcipher3 import dbapi2 as sqlcipher  # lazy: start-up

    conn = sqlcipher.connect(Path(path).absolute().as_uri() + "?mode=ro", uri=True,
                             isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as error:
        refusal = _refusal(conn)
        conn.close()
        raise refusal from error
    return conn


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


KEEP_OTHER = 10  # of each kind not made daily ("manual", "before-restore"), as backup.py


def manual_backup(db: Database, vault: Path, now: datetime) -> Path:
    """"Back up now" for an unlocked vault: an encrypted copy with its key."""
    key = known_key(vault)
    if key is None:
        raise StorageError("the vault is locked")
    made = encrypted_copy(db, backups_folder(vault) /
                          f"{vault.stem}-manual-{now.strftime('%Y%m%d-%H%M%S')}{SUFFIX}", key)
    thin_kind(vault, "manual")
    return made


def thin_kind(vault: Path, kind: str) -> None:
    """Keep the newest ``KEEP_OTHER`` of one kind of the vault's backups."""
    mine = [p for p in vault_backups(vault) if p.name.startswith(f"{vault.stem}-{kind}-")]
    for old in mine[KEEP_OTHER:]:
        old.unlink(missing_ok=True)


def _open_if_unlocked(path: Path) -> Any:
    """``database.another_connection``'s way into an unlocked vault (a job's own connection)."""
    key = known_key(path)
    return open_vault(path, key) if key else None


add_keyed_opener(_open_if_unlocked)
