"""Version 3: per-profile passphrase (salted scrypt hash) and idle lock, and reminders."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..db_types import Database

VERSION = 3


def apply(db: Database) -> None:
    db["profiles"].add_column("passphrase_hash", str)
    db["profiles"].add_column("lock_after_minutes", int)
    db["reminders"].create({
        "id": int, "profile_id": int, "kind": str, "time_of_day": str, "enabled": int,
        "created_at": str,
    }, pk="id", foreign_keys=[("profile_id", "profiles", "id")],
        not_null={"profile_id", "kind", "enabled", "created_at"})
