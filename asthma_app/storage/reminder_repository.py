"""Rows of the ``reminders`` table (one person's daily reminders; services/reminders.py)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .db_types import Database

from .database import transaction


def list_reminders(db: Database, profile_id: int) -> list[dict[str, Any]]:
    """The person's reminders in the order they were saved: ``kind``, ``time_of_day``
    ("HH:MM"), ``enabled`` (0/1) and ``id``."""
    return list(db["reminders"].rows_where("profile_id = ?", [profile_id], order_by="id"))


def replace_reminders(db: Database, profile_id: int, rows: Iterable[dict[str, Any]],
                      now: datetime) -> None:
    """Replace the person's reminders with ``rows`` (``kind``, ``time_of_day``, ``enabled``),
    in one transaction."""
    table = db.table("reminders")
    with transaction(db):
        table.delete_where("profile_id = ?", [profile_id])
        table.insert_all({**row, "profile_id": profile_id,
                          "created_at": now.isoformat(timespec="seconds")} for row in rows)
