"""Version 1: profiles, plan versions, peak-flow readings, symptom entries, settings."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..db_types import Database

VERSION = 1


def apply(db: Database) -> None:
    db["profiles"].create({
        "id": int, "name": str, "birth_year": int, "region": str, "emergency_number": str,
        "has_plan_choice": str, "created_at": str,
    }, pk="id", not_null={"name", "created_at"})
    db["plan_versions"].create({
        "id": int, "profile_id": int, "version": int, "created_at": str, "agreed_by": str,
        "agreed_on": str, "data": str,
    }, pk="id", foreign_keys=[("profile_id", "profiles", "id")],
        not_null={"profile_id", "version", "created_at", "data"})
    db["plan_versions"].create_index(["profile_id", "version"], unique=True)
    db["readings"].create({
        "id": int, "profile_id": int, "taken_at": str, "blow1": int, "blow2": int, "blow3": int,
        "value": int, "scale": str, "period": str, "after_reliever": int, "note": str,
        "plan_version_id": int, "created_at": str, "deleted_at": str, "replaced_by": int,
    }, pk="id", foreign_keys=[("profile_id", "profiles", "id"),
                              ("plan_version_id", "plan_versions", "id")],
        not_null={"profile_id", "taken_at", "value", "scale"})
    db["readings"].create_index(["profile_id", "taken_at"])
    db["symptom_entries"].create({
        "id": int, "profile_id": int, "recorded_at": str, "daytime_symptoms": int,
        "night_waking": int, "activity_limited": int, "reliever_puffs": int, "triggers": str,
        "amber_signs": str, "red_signs": str, "note": str, "plan_version_id": int,
        "created_at": str, "deleted_at": str, "replaced_by": int,
    }, pk="id", foreign_keys=[("profile_id", "profiles", "id"),
                              ("plan_version_id", "plan_versions", "id")],
        not_null={"profile_id", "recorded_at"})
    db["symptom_entries"].create_index(["profile_id", "recorded_at"])
    db["settings"].create({"key": str, "value": str}, pk="key")
