"""A profile's optional passphrase (stored only as a salted scrypt hash) and idle lock."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported lazily at run time: see storage/lazy_db.py
    import sqlite_utils

from ..storage.database import transaction

LOCK_CHOICES = (0, 5, 10, 15, 30, 60)  # minutes; 0 = never


def has_passphrase(db: sqlite_utils.Database, profile_id: int) -> bool:
    return bool(db["profiles"].get(profile_id)["passphrase_hash"])


def set_passphrase(db: sqlite_utils.Database, profile_id: int, secret: str | None) -> None:
    """Set (or with None/"" remove) the passphrase; removing it also turns the lock off."""
    from .passwords import hash_secret  # hashing code loads on use, not at every start

    values = {"passphrase_hash": hash_secret(secret)} if secret else \
        {"passphrase_hash": None, "lock_after_minutes": None}
    with transaction(db):
        db["profiles"].update(profile_id, values)


def check_passphrase(db: sqlite_utils.Database, profile_id: int, secret: str) -> bool:
    """True if the profile has no passphrase, or ``secret`` is it."""
    from .passwords import verify_secret

    stored = db["profiles"].get(profile_id)["passphrase_hash"]
    return not stored or verify_secret(secret, stored)


def lock_after_minutes(db: sqlite_utils.Database, profile_id: int) -> int:
    """Idle minutes before locking; 0 = never (and always 0 without a passphrase)."""
    row = db["profiles"].get(profile_id)
    return int(row["lock_after_minutes"] or 0) if row["passphrase_hash"] else 0


def set_lock_after_minutes(db: sqlite_utils.Database, profile_id: int, minutes: int) -> None:
    if minutes not in LOCK_CHOICES:
        raise ValueError(f"lock time must be one of {LOCK_CHOICES}")
    with transaction(db):
        db["profiles"].update(profile_id, {"lock_after_minutes": minutes or None})
