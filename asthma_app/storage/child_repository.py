"""Rows <-> a child's details (table child_details). Every save adds a row; the newest live
row is the current one, older ones stay as history."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .db_types import Database

from ..domain.child_details import ChildDetails
from .database import transaction


def _row(profile_id: int, details: ChildDetails, now: datetime) -> dict[str, Any]:
    return {"profile_id": profile_id, "carer_contact": details.carer_contact,
            "school_contact": details.school_contact,
            "school_copy_on": details.school_copy_on.isoformat()
            if details.school_copy_on else None,
            "spacer": int(details.spacer), "mask": int(details.mask),
            "allergies": details.allergies, "created_at": now.isoformat(timespec="seconds"),
            "deleted_at": None}


def _details(row: dict[str, Any]) -> ChildDetails:
    copy = row["school_copy_on"]
    return ChildDetails(carer_contact=row["carer_contact"] or "",
                        school_contact=row["school_contact"] or "",
                        school_copy_on=date.fromisoformat(copy) if copy else None,
                        spacer=bool(row["spacer"]), mask=bool(row["mask"]),
                        allergies=row["allergies"] or "", id=row["id"])


def save(db: Database, profile_id: int, details: ChildDetails,
         now: datetime) -> ChildDetails:
    table = db.table("child_details")  # a Table, never a View (as db[...] may be)
    with transaction(db):
        row_id = table.insert(_row(profile_id, details, now)).last_pk
    assert row_id is not None  # insert() always sets it
    return _details(table.get(row_id))


def current(db: Database, profile_id: int) -> ChildDetails | None:
    rows = list(db["child_details"].rows_where(
        "profile_id = ? AND deleted_at IS NULL", [profile_id], order_by="id desc", limit=1))
    return _details(rows[0]) if rows else None
