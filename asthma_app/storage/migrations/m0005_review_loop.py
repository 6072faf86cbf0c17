"""The review loop (issue 17): the follow-up after an attack, kept on the attack itself, the
review checklist the nurse and patient fill in together, and a child's details (carer, school
copy, spacer and mask, drug allergies).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..db_types import Database

VERSION = 5


def apply(db: Database) -> None:
    # open / booked / done, or NULL when the attack needed no follow-up (and for every attack
    # recorded before this version: an old attack never starts a reminder on upgrade)
    db["attacks"].add_column("follow_up", str)
    db["attacks"].add_column("follow_up_changed_at", str)
    db["review_checklists"].create({
        "id": int, "profile_id": int, "done_on": str, "technique_checked_on": str,
        "device": str, "spacer": str, "smoking": str, "second_hand_smoke": str,
        "flu_vaccine": str, "plan_given": str, "agenda": str, "created_at": str,
        "deleted_at": str,
    }, pk="id", foreign_keys=[("profile_id", "profiles", "id")],
        not_null={"profile_id", "done_on", "created_at"})
    db["review_checklists"].create_index(["profile_id", "done_on"])
    db["child_details"].create({
        "id": int, "profile_id": int, "carer_contact": str, "school_contact": str,
        "school_copy_on": str, "spacer": int, "mask": int, "allergies": str,
        "created_at": str, "deleted_at": str,
    }, pk="id", foreign_keys=[("profile_id", "profiles", "id")],
        not_null={"profile_id", "created_at"})
    db["child_details"].create_index(["profile_id"])
