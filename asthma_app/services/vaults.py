"""Unlocked vaults: a protected person's encrypted diary, open while they are unlocked.

``unlock`` (after the passphrase was checked) opens the person's vault, moving their plain
rows into a new one first if an earlier version left them in the shared file (their
passphrase is needed to encrypt them, so this happens at their first unlock). ``database_for``
is what a ``Session`` uses: the vault when unlocked, else the shared file. ``lock`` closes
every vault and forgets its key. Moves in and out and new keys: ``storage/vault_moves.py``.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..storage import repository
from ..storage.database import database_file

if TYPE_CHECKING:
    from ..storage.db_types import Database

# storage.vault and vault_moves are imported inside the functions that move or open a vault:
# ``database_for`` runs at every start, and a household without passphrases needs neither.

_OPEN: dict[tuple[Path, int], Database] = {}  # (shared file, profile id) -> vault database
_FILES: dict[tuple[Path, int], Path] = {}  # the same slots -> the vault's file


def _slot(db: Database, profile_id: int) -> tuple[Path, int]:
    return database_file(db).absolute(), profile_id


def database_for(db: Database, profile_id: int) -> Database:
    """The database holding ``profile_id``'s diary: their open vault, or the shared file."""
    return _OPEN.get(_slot(db, profile_id), db) if _OPEN else db


def vault_file(db: Database) -> Path | None:
    """The vault behind ``db`` if it is an open vault (a session's), else None."""
    for slot, own in _OPEN.items():
        if own is db:
            return _FILES[slot]
    return None


def shared_file(db: Database) -> Path:
    """The shared diary file, whether ``db`` is it or an open vault of one of its people."""
    for slot, own in _OPEN.items():
        if own is db:
            return slot[0]
    return database_file(db)


def is_unlocked(db: Database, profile_id: int) -> bool:
    return _slot(db, profile_id) in _OPEN


def unlock(db: Database, profile_id: int, secret: str,
           now: datetime | None = None) -> Database | None:
    """Open the vault of a protected person whose passphrase ``secret`` was just checked
    (``profile_security.try_passphrase``); returns it (None for an unprotected person)."""
    from ..storage import vault, vault_moves  # lazy: start-up

    row = repository.vault_details(db, profile_id)
    if row is None or not row[0]:
        return None
    slot = _slot(db, profile_id)
    if slot in _OPEN:
        return _OPEN[slot]
    name, kdf = row[1], row[2]
    if not name:  # plain rows from before vaults: encrypted now that the passphrase is known
        kdf = vault.new_kdf()
        name = vault_moves.move_in(db, profile_id, vault.derive_key(secret, kdf), kdf)
    assert kdf is not None  # written with the vault's name (vault_moves), never apart
    return _open(db, profile_id, name, vault.derive_key(secret, kdf), now)


def _open(db: Database, profile_id: int, name: str, key: bytes,
          now: datetime | None) -> Database:
    from ..storage import vault, vault_moves  # lazy: start-up

    vault_moves.finish_pending(db)  # e.g. a switched vault still under its ".new" name
    path = vault.vault_path(database_file(db), name)
    own = vault.open_vault(path, key)
    if not db.read_only:
        from ..storage import person_rows  # lazy: start-up
        from ..storage.database import StorageError  # lazy: start-up

        # reminder times and settings an earlier version kept in the shared file
        try:
            if person_rows.take_leftovers(db, own, profile_id):
                vault_moves.finish_pending(db)  # wipes the freed space
        except StorageError:
            pass  # a full disk must not stop the diary opening: tried again next unlock
    vault.remember(path, key)
    _OPEN[_slot(db, profile_id)] = own
    _FILES[_slot(db, profile_id)] = path
    if now is not None and not db.read_only:
        try:
            vault.daily_backup(own, path, key, now)
        except OSError:
            pass  # no room for a backup must not stop the diary opening; tried next unlock
    return own


def lock(db: Database | None = None) -> None:
    """Close every open vault (of ``db``'s shared file, or all) and forget the keys."""
    if not _OPEN:
        return
    from ..storage import vault  # lazy: start-up

    try:
        shared = None if db is None else database_file(db).absolute()
    except sqlite3.ProgrammingError:  # the shared file closed first: lock them all
        shared = None
    for slot in list(_OPEN):
        if shared is None or slot[0] == shared:
            own = _OPEN.pop(slot)
            vault.forget(_FILES.pop(slot))
            own.close()  # closing twice is harmless (a move may have closed it)


def move_in(db: Database, profile_id: int, secret: str, passphrase_hash: str) -> None:
    """A first passphrase: the person's rows go into a new vault, the hash with them."""
    from ..storage import vault, vault_moves  # lazy: start-up

    kdf = vault.new_kdf()
    key = vault.derive_key(secret, kdf)
    name = vault_moves.move_in(db, profile_id, key, kdf, passphrase_hash)
    _open(db, profile_id, name, key, None)


def _opened_with(db: Database, profile_id: int, current: str) -> Database:
    """The person's open vault, or opened now with the (already checked) passphrase."""
    from ..storage import vault, vault_moves  # lazy: start-up

    own = _OPEN.get(_slot(db, profile_id))
    if own is not None:
        return own
    name, kdf = vault_moves.vault_of(db, profile_id)
    # callers move a person who has a vault (profile_security); its kdf is written with it
    assert name is not None and kdf is not None
    return vault.open_vault(vault.vault_path(database_file(db), name),
                            vault.derive_key(current, kdf))


def _done_with(db: Database, profile_id: int, own: Database) -> None:
    """After a switch: the old vault is closed and forgotten (it is being deleted)."""
    from ..storage import vault  # lazy: start-up

    slot = _slot(db, profile_id)
    _OPEN.pop(slot, None)
    vault.forget(_FILES.pop(slot, database_file(own)))
    own.close()


def move_out(db: Database, profile_id: int, current: str) -> None:
    """No more passphrase: the rows come back into the shared file, the vault is deleted."""
    from ..storage import vault_moves  # lazy: start-up

    own = _opened_with(db, profile_id, current)
    was_open = is_unlocked(db, profile_id)
    try:
        vault_moves.move_out(db, profile_id, own,
                             before_delete=lambda: _done_with(db, profile_id, own))
    except BaseException:
        if not was_open:
            own.close()
        raise


def change_key(db: Database, profile_id: int, current: str, secret: str,
               passphrase_hash: str) -> None:
    """A new passphrase: a new vault with a key from it (see ``vault_moves.rekey``)."""
    from ..storage import vault, vault_moves  # lazy: start-up

    own = _opened_with(db, profile_id, current)
    was_open = is_unlocked(db, profile_id)
    _name, old_kdf = vault_moves.vault_of(db, profile_id)
    assert old_kdf is not None  # _opened_with opened it with this kdf
    # the person's backups are copied under the new key (docs/data-safety.md)
    old_key = vault.known_key(database_file(own)) or vault.derive_key(current, old_kdf)
    kdf = vault.new_kdf()
    key = vault.derive_key(secret, kdf)
    try:
        name = vault_moves.rekey(db, profile_id, own, key, kdf, passphrase_hash,
                                 before_delete=lambda: _done_with(db, profile_id, own),
                                 old_key=old_key)
    except BaseException:
        if not was_open:
            own.close()
        raise
    _open(db, profile_id, name, key, None)
