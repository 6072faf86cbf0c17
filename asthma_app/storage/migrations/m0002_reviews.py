"""Version 2: control scores (RCP3 answers, ACT/CACT/ACQ totals), attacks and unscheduled
care, and the patient's questions for their review."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..db_types import Database

VERSION = 2


def apply(db: Database) -> None:
    db["control_scores"].create({
        "id": int, "profile_id": int, "taken_on": str, "tool": str, "total": float,
        "answers": str, "note": str, "created_at": str, "deleted_at": str,
    }, pk="id", foreign_keys=[("profile_id", "profiles", "id")],
        not_null={"profile_id", "taken_on", "tool", "total", "created_at"})
    db["control_scores"].create_index(["profile_id", "taken_on"])
    db["attacks"].create({
        "id": int, "profile_id": int, "occurred_on": str, "care": str, "note": str,
        "created_at": str, "deleted_at": str,
    }, pk="id", foreign_keys=[("profile_id", "profiles", "id")],
        not_null={"profile_id", "occurred_on", "created_at"})
    db["attacks"].create_index(["profile_id", "occurred_on"])
    db["review_questions"].create({
        "id": int, "profile_id": int, "text": str, "created_at": str, "answered_at": str,
        "deleted_at": str,
    }, pk="id", foreign_keys=[("profile_id", "profiles", "id")],
        not_null={"profile_id", "text", "created_at"})
