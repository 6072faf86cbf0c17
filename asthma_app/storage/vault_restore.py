"""A protected person brings back their own diary from one of their encrypted backups.

A vault backup (``storage/vault.py``: daily, "Back up now", before a restore) is a SQLCipher
file with the vault's key, holding only that person. Restoring one:

1. copies the backup's bytes to ``people/<vault>.db.restoring`` (the backup itself is never
   opened for writing, never migrated), opens the copy with the person's key (another key,
   or a file that is not a vault: ``WrongKey``, nothing changed), checks it (SQLCipher's
   page HMACs and SQLite's ``quick_check``; damaged: refused, nothing changed), brings it to
   the current schema and reads the person's rows (the same person: the same number and
   moment of creation, else refused); the copy is then deleted (a kill leaves an encrypted
   ``.restoring`` file, removed at the next open by ``vault_moves.finish_pending``);
2. holding the vault's write lock, saves the vault as it is now as an encrypted
   ``before-restore`` backup (from a second connection) and replaces the person's rows in one
   transaction (``restore.replace_person``: SQLite's atomic commit, so a kill at any moment
   leaves the diary wholly as before or wholly restored).

Nothing of anyone else is touched (a vault holds one person), nor any passphrase: the
passphrase, its hash and the key salt live in the shared file, which a vault restore never
writes. The person's details (name, year of birth...) are the shared file's and stay as they
are.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.text import translate
from ..private_files import make_private
from . import migrations, vault
from .backup import BEFORE_RESTORE, restore_refused, too_new
from .database import StorageError, transaction
from .errors import database_errors
from .lazy_db import LazyDatabase
from .restore import (
    PersonCopy,
    _dicts,
    person_in,
    replace_person,
)
from .settings import person_rows

if TYPE_CHECKING:
    from .db_types import Database

RESTORING = ".restoring"  # a backup's copy being read (never a live file)
_STAMP = r"(?P<stamp>[0-9]{8}-[0-9]{6})(-[0-9]+)?"


@dataclass(frozen=True)
class VaultBackup:
    """An encrypted backup of a protected person's diary (a vault backup)."""

    path: Path
    kind: str
    created: datetime
    size: int


def list_vault_backups(vault_file: Path) -> list[VaultBackup]:
    """The vault's encrypted backups, newest first (names ``<vault>-<kind>-<time>.db``)."""
    pattern = re.compile(rf"^{re.escape(vault_file.stem)}-(?P<kind>[a-z0-9-]+?)-{_STAMP}"
                         rf"{re.escape(vault.SUFFIX)}$")
    found = []
    for path in vault.vault_backups(vault_file):
        match = pattern.match(path.name)
        try:
            created = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S") if match else None
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        if match is not None and created is not None:
            found.append(VaultBackup(path, match["kind"], created, size))
    found.sort(key=lambda info: (info.created, info.path.name), reverse=True)
    return found


def other_key() -> str:
    return translate("Restore", "This backup does not open with your passphrase: it belongs to "
                                "someone else, or it is not a backup of this app. Nothing was "
                                "changed.")


def _copy_path(vault_file: Path) -> Path:
    return vault_file.with_name(vault_file.name + RESTORING)


def remove_copies(people: Path) -> None:
    """Delete the copies a restore cut off by a kill left (encrypted, but of no use)."""
    for left in people.glob(f"*{vault.SUFFIX}{RESTORING}*") if people.is_dir() else ():
        left.unlink(missing_ok=True)


def read_vault_person(backup: Path, key: bytes, vault_db: Database, vault_file: Path,
                      profile_id: int) -> PersonCopy:
    """The person's rows from the encrypted ``backup``, checked and at the current schema.
    Raises ``StorageError`` with a plain message (another key, damaged, too new, not this
    person); the backup file is never changed."""
    here = vault_db.execute("SELECT name, created_at FROM profiles WHERE id = ?",
                            [profile_id]).fetchone()
    if here is None:
        raise ValueError(f"no profile {profile_id} in this vault")
    copy = _copy_path(vault_file)
    _remove_copy(copy)  # a kill may have left one, with a -wal that belongs to another file
    try:
        try:
            if not backup.is_file() or backup.stat().st_size == 0:
                raise StorageError(restore_refused())
            shutil.copyfile(backup, copy)
            make_private(copy)  # encrypted, but private like every file of the data folder
        except OSError as error:
            raise StorageError(restore_refused()) from error
        try:
            conn = vault.connect(copy, key)
        except vault.WrongKey as error:
            raise StorageError(other_key()) from error
        except vault.DamagedVault as error:
            raise StorageError(restore_refused()) from error
        try:
            return _read(conn, copy, profile_id, here)
        finally:
            conn.close()
    finally:
        _remove_copy(copy)


def _remove_copy(copy: Path) -> None:
    for extra in ("", "-wal", "-shm", "-journal"):
        Path(str(copy) + extra).unlink(missing_ok=True)


def _read(conn: Any, copy: Path, profile_id: int, here: Any) -> PersonCopy:
    try:
        broken = conn.execute("PRAGMA cipher_integrity_check").fetchall()  # page HMACs
        if broken or conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise StorageError(restore_refused())
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > migrations.latest_version():
            raise StorageError(too_new())
        db: Any = LazyDatabase(conn)
        migrations.migrate(db, copy, copy.parent, copy_first=False)
        _found, rows, settings = person_in(conn, profile_id, here)
    except database_errors() as error:  # a damaged page SQLCipher's HMAC catches on reading
        raise StorageError(restore_refused()) from error
    # the person's details (name, year of birth...) are the shared file's: not restored here
    return PersonCopy(profile_id, here[1], {}, rows, settings)


def restore_vault(vault_db: Database, vault_file: Path, backup: Path, key: bytes,
                  profile_id: int, now: datetime) -> Path:
    """Bring back the person's diary in the open vault ``vault_db`` from their encrypted
    ``backup``, after an encrypted copy of the vault as it is now (returned). On any failure
    nothing changes."""
    person = read_vault_person(backup, key, vault_db, vault_file, profile_id)
    if not person.rows.get("reminders") and not person.settings:
        # made before reminders and settings moved into the vault: it holds none, and
        # restoring it must not switch off a preventer reminder (kept as they are now)
        person.rows["reminders"] = _dicts(vault_db.conn.execute(
            "SELECT * FROM reminders WHERE profile_id = ? ORDER BY rowid", [profile_id]))
        person.settings = person_rows(vault_db.conn, profile_id)
    with transaction(vault_db):  # the write lock: nothing saved in between is lost
        before = _safety_copy(vault_file, key, now)
        replace_person(vault_db, person)
    return before


class _Reader:
    """A second connection: the one holding the write lock cannot be the backup's source."""

    def __init__(self, path: Path, key: bytes):
        self.conn = vault.connect(path, key)


def _safety_copy(vault_file: Path, key: bytes, now: datetime) -> Path:
    folder = vault.backups_folder(vault_file)
    stamp, counter = now.strftime("%Y%m%d-%H%M%S"), 1
    target = folder / f"{vault_file.stem}-{BEFORE_RESTORE}-{stamp}{vault.SUFFIX}"
    while target.exists():  # two in the same second
        counter += 1
        target = folder / f"{vault_file.stem}-{BEFORE_RESTORE}-{stamp}-{counter}{vault.SUFFIX}"
    reader: Any = _Reader(vault_file, key)
    try:
        made = vault.encrypted_copy(reader, target, key)
    finally:
        reader.conn.close()
    vault.thin_kind(vault_file, BEFORE_RESTORE)
    return made
