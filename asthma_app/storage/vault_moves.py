"""Moving a person's diary into their encrypted vault, out of it, and to a new key: in an
order that a kill at any moment leaves their data complete in exactly one place.

The one switch is a transaction on the shared file that sets (or clears) ``profiles.vault``
together with deleting (or inserting) the person's plain rows: before it commits, the shared
file is what counts and a half-made vault is only a ``.new`` file that nothing names (deleted
at the next start, ``finish_pending``); after it, the vault named there is complete and
verified. Work left after the switch (emptying freed pages and the log, deleting an old
vault) is written down in the same transaction (settings ``vault.pending.*``) and finished by
``finish_pending`` if a kill cut it off.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.text import translate
from . import person_rows, settings, vault
from .database import StorageError, database_file, transaction
from .whole_file import fsync_file

if TYPE_CHECKING:
    from .db_types import Database

# Tests inject a failure (or a kill) at a named step of a move.
Hooks = Mapping[str, Callable[[], object]]

WIPE = settings.VAULT_PENDING_WIPE
DELETE = settings.VAULT_PENDING_DELETE


class MoveFailed(StorageError):
    """The copy did not read back the same: nothing was switched (the check is the point)."""

    def __init__(self, detail: str):
        super().__init__(translate("Storage", "The diary could not be moved safely, so "
                                              "nothing was changed. Please try again."))
        self.detail = detail


def _set(conn: Any, setting: settings.Setting[str], value: str | None) -> None:
    setting.set_in(conn, value)


def _get(conn: Any, setting: settings.Setting[str]) -> str | None:
    return setting.get_in(conn)


def vault_of(db: Database, profile_id: int) -> tuple[str | None, str | None]:
    row = db.execute("SELECT vault, vault_kdf FROM profiles WHERE id = ?",
                     [profile_id]).fetchone()
    return (row[0], row[1]) if row else (None, None)


def _write_vault(source_conn: vault.Connection, shared: Path, profile_id: int, key: bytes) -> str:
    """A complete, verified vault under a ``.new`` name; returns its name."""
    name = vault.new_name()
    final = vault.vault_path(shared, name)
    partial = final.with_name(final.name + vault.NEW)
    try:
        own = vault.open_vault(partial, key, vault.backups_folder(final))
        try:
            with own.atomic():
                person_rows.copy_person(source_conn, own.conn, profile_id)
        finally:
            own.close()  # the last connection to close folds its log into the file
        check = vault.connect(partial, key)  # read back from the file, not from a cache
        try:
            summary = person_rows.person_summary
            if summary(check, profile_id) != summary(source_conn, profile_id):
                raise MoveFailed("the encrypted copy does not match")
        finally:
            check.close()
        fsync_file(partial)
    except BaseException:
        for extra in ("", "-wal", "-shm", "-journal"):
            Path(str(partial) + extra).unlink(missing_ok=True)
        raise
    return name


def move_in(db: Database, profile_id: int, key: bytes, kdf: str,
            passphrase_hash: str | None = None, hooks: Hooks | None = None) -> str:
    """Move the person's plain rows into a new vault keyed by ``key``; with
    ``passphrase_hash``, the passphrase changes in the same switch. Returns the vault name."""
    hooks = hooks or {}
    shared = database_file(db)
    with transaction(db):  # the write lock: no one changes their rows meanwhile
        name = _write_vault(db.conn, shared, profile_id, key)
        _step(hooks, "vault-written")
        values = {"vault": name, "vault_kdf": kdf}
        if passphrase_hash is not None:
            values["passphrase_hash"] = passphrase_hash
        db.execute("UPDATE profiles SET " + ", ".join(f"{c} = ?" for c in values)
                   + " WHERE id = ?", [*values.values(), profile_id])
        person_rows.delete_person_rows(db.conn, profile_id)
        _set(db.conn, WIPE, "1")
        _step(hooks, "before-switch")
    _step(hooks, "switched")
    finish_pending(db, profile_id, hooks)
    return name


def move_out(db: Database, profile_id: int, vault_db: Database, hooks: Hooks | None = None,
             before_delete: Callable[[], object] | None = None) -> None:
    """Bring the person's rows back into the shared file (new ids), verified, and clear the
    passphrase and lock in the same switch; then delete the vault and its backups."""
    hooks = hooks or {}
    name, _kdf = vault_of(db, profile_id)
    with transaction(db):
        person_rows.copy_back(vault_db.conn, db.conn, profile_id)
        summary = person_rows.person_summary
        if summary(db.conn, profile_id) != summary(vault_db.conn, profile_id):
            raise MoveFailed("the plain copy does not match")
        db.execute("UPDATE profiles SET vault = NULL, vault_kdf = NULL, passphrase_hash = NULL,"
                   " lock_after_minutes = NULL WHERE id = ?", [profile_id])
        _pending_delete(db.conn, name)
        _step(hooks, "before-switch")
    (before_delete or vault_db.close)()  # the old vault is closed before it is deleted
    _step(hooks, "switched")
    finish_pending(db, profile_id, hooks)


def rekey(db: Database, profile_id: int, vault_db: Database, key: bytes, kdf: str,
          passphrase_hash: str, hooks: Hooks | None = None,
          before_delete: Callable[[], object] | None = None,
          old_key: bytes | None = None) -> str:
    """A new passphrase: a new vault with the new key (written and verified beside the old
    one), and the person's encrypted backups copied under the new key (with ``old_key``:
    without it they are dropped), switched to with the new hash in one transaction, then the
    old vault and its backups deleted (they open with the old passphrase). Safer than
    ``PRAGMA rekey``, which rewrites the only copy in place while the shared file still holds
    the old key's salt. A kill before the switch leaves copies no one names: removed by
    ``finish_pending``."""
    hooks = hooks or {}
    shared = database_file(db)
    old, _kdf = vault_of(db, profile_id)
    with transaction(db):
        name = _write_vault(vault_db.conn, shared, profile_id, key)
        if old and old_key is not None:
            _reencrypt_backups(vault.vault_path(shared, old), old_key,
                               vault.vault_path(shared, name), key)
        _step(hooks, "vault-written")
        db.execute("UPDATE profiles SET vault = ?, vault_kdf = ?, passphrase_hash = ? "
                   "WHERE id = ?", [name, kdf, passphrase_hash, profile_id])
        _pending_delete(db.conn, old)
        _step(hooks, "before-switch")
    (before_delete or vault_db.close)()  # the old vault is closed before it is deleted
    _step(hooks, "switched")
    finish_pending(db, profile_id, hooks)
    return name


def _reencrypt_backups(old: Path, old_key: bytes, new: Path, key: bytes) -> None:
    """The old vault's backups under the new vault's name and key (same kind and time)."""
    for backup in vault.vault_backups(old):
        suffix = backup.name[len(old.stem):]  # "-auto-20261102-090000.db"
        vault.reencrypt(backup, old_key, backup.with_name(new.stem + suffix), key)


def _pending_delete(conn: Any, name: str | None) -> None:
    if name:
        names = json.loads(_get(conn, DELETE) or "[]")
        _set(conn, DELETE, json.dumps(sorted(set(names) | {name})))


def _step(hooks: Hooks, name: str) -> None:
    """Tests inject a failure (or a kill) at each step of a move."""
    hook = hooks.get(name)
    if hook is not None:
        hook()


def finish_pending(db: Database, profile_id: int | None = None,
                   hooks: Hooks | None = None) -> None:
    """Finish what a move left: name a switched vault's ``.new`` file, delete unnamed ones and
    vaults switched away from (with their backups), empty the shared file's freed pages and
    log, and take people with vaults out of the plain backups. Runs after every move and
    whenever the diary is opened; cheap when there is nothing to do."""
    if db.read_only or "vault" not in _profile_columns(db):
        return
    shared = database_file(db)
    # under the write lock: a move in another process holds it from writing its ".new" file
    # to the switch, so a file not named here is really left over, never one being written
    with transaction(db):
        named = {row[0]: row[1] for row in db.execute(
            "SELECT vault, id FROM profiles WHERE vault IS NOT NULL")}
        _tidy_files(shared, named)
        _tidy_backups(shared, named)
        doomed = json.loads(_get(db.conn, DELETE) or "[]")
        for name in doomed:
            if name not in named:
                _delete_vault(shared, name)
        if doomed:
            _set(db.conn, DELETE, None)
    if _get(db.conn, WIPE):
        _step(hooks or {}, "before-wipe")
        for person in named.values():
            person_rows.scrub_plain_backups(shared.parent / "backups", person)
        if person_rows.wipe_free_space(db.conn):
            with transaction(db):
                _set(db.conn, WIPE, None)
            person_rows.wipe_free_space(db.conn)  # the flag's own change leaves the log empty


def _tidy_files(shared: Path, named: dict[str, int]) -> None:
    """Name a switched vault's ``.new`` file; delete ``.new`` files nothing names."""
    people = vault.folder(shared)
    for partial in people.glob(f"*{vault.SUFFIX}{vault.NEW}") if people.is_dir() else ():
        name = partial.name[:-len(vault.SUFFIX + vault.NEW)]
        try:
            if name in named:
                partial.replace(vault.vault_path(shared, name))
            else:
                partial.unlink(missing_ok=True)
        except FileNotFoundError:
            pass  # another process finished it first


def _tidy_backups(shared: Path, named: dict[str, int]) -> None:
    """Delete encrypted backups of vaults nothing names (copies a passphrase change cut off
    before its switch wrote), and copies a restore cut off by a kill left in ``people``."""
    from .vault_restore import remove_copies  # lazy: only where there are vaults

    folder = shared.parent / "backups" / vault.FOLDER
    for backup in folder.glob(f"*{vault.SUFFIX}*") if folder.is_dir() else ():
        if backup.name.split("-", 1)[0] not in named:
            backup.unlink(missing_ok=True)
    try:
        remove_copies(vault.folder(shared))
    except OSError:
        pass  # open in a restore elsewhere (Windows): removed at a later open


def _profile_columns(db: Database) -> set[str]:
    return {row[1] for row in db.execute("PRAGMA table_info(profiles)")}


def _delete_vault(shared: Path, name: str) -> None:
    path = vault.vault_path(shared, name)
    for extra in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + extra).unlink(missing_ok=True)
    for backup in vault.vault_backups(path):
        backup.unlink(missing_ok=True)
