"""Medicines taken (issue 16): doses logged as taken or not taken, the inhalers the patient
uses and corrections of their count from the device's own counter.

Nothing is overwritten: a dose or an inhaler is hidden by ``deleted_at`` (undo brings it back),
and a correction is a new row. Plans keep working unchanged: a medicine saved without a
schedule reads as "not set" (plan_codec), which gives no adherence figure.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..db_types import Database

VERSION = 9


def apply(db: Database) -> None:
    db["dose_events"].create({
        "id": int, "profile_id": int, "medicine": str, "taken_at": str, "taken": int,
        "due_on": str, "slot": str, "reason": str, "puffs": int, "plan_version_id": int,
        "created_at": str, "deleted_at": str,
    }, pk="id", foreign_keys=[("profile_id", "profiles", "id"),
                              ("plan_version_id", "plan_versions", "id")],
        not_null={"profile_id", "medicine", "taken_at", "taken", "created_at"})
    db["dose_events"].create_index(["profile_id", "taken_at"])
    # each dose's answers, found by the dose they answer (the triggers of m0010_dose_days,
    # medicine_repository.decisive_doses)
    db["dose_events"].create_index(["profile_id", "due_on", "medicine", "slot"])
    db["inhalers"].create({
        "id": int, "profile_id": int, "medicine": str, "role": str, "started_at": str,
        "size": int, "created_at": str, "deleted_at": str,
    }, pk="id", foreign_keys=[("profile_id", "profiles", "id")],
        not_null={"profile_id", "medicine", "role", "started_at", "size", "created_at"})
    db["inhalers"].create_index(["profile_id", "started_at"])
    db["inhaler_corrections"].create({
        "id": int, "profile_id": int, "inhaler_id": int, "counted_at": str,
        "doses_left": int, "created_at": str, "deleted_at": str,
    }, pk="id", foreign_keys=[("profile_id", "profiles", "id"),
                              ("inhaler_id", "inhalers", "id")],
        not_null={"profile_id", "inhaler_id", "counted_at", "doses_left", "created_at"})
