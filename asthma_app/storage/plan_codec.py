"""ActionPlan <-> JSON, used for plan versions in the database and in exports.

Attack steps are stored as ``attack_steps_ref`` (a standard set by key and version) or as the
clinician's own ``attack_steps``. A dict without ``attack_steps_ref`` was written by an older
version, which copied the standard steps' text: it is read through ``steps_from_text`` (the
same rule as migration 4), so old copies become references and reliever steps never reach a
MART or AIR plan.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date
from typing import Any

from ..domain.plan import ActionPlan, Medicine, MedicineRole, PlanKind, Scale, steps_from_text
from ..domain.schedule import DoseTimes

_TUPLE_FIELDS = ("amber_signs", "red_signs", "triggers", "attack_steps",
                 "withdrawn_attack_steps")


def plan_to_dict(plan: ActionPlan) -> dict[str, Any]:
    data = asdict(plan)
    data.pop("version_id")
    data.pop("version")
    data["kind"] = plan.kind.value
    data["scale"] = plan.scale.value
    data["agreed_on"] = plan.agreed_on.isoformat()
    data["next_review"] = plan.next_review.isoformat() if plan.next_review else None
    for medicine in data["medicines"]:
        medicine["role"] = MedicineRole(medicine["role"]).value
        medicine["schedule"] = DoseTimes(medicine["schedule"]).value
    for name in _TUPLE_FIELDS:
        data[name] = list(data[name])
    return data


def plan_from_dict(data: dict[str, Any], version_id: int | None = None,
                   version: int | None = None) -> ActionPlan:
    values = dict(data)
    values["kind"] = PlanKind(values["kind"])
    values["scale"] = Scale(values.get("scale", Scale.EU.value))
    values["agreed_on"] = date.fromisoformat(values["agreed_on"])
    review = values.get("next_review")
    values["next_review"] = date.fromisoformat(review) if review else None
    values["medicines"] = tuple(
        Medicine(**{**medicine, "role": MedicineRole(medicine["role"]),
                    # plans saved before schedules existed: unknown (no adherence figure)
                    "schedule": DoseTimes(medicine.get("schedule") or "")})
        for medicine in values.get("medicines", ()))
    for name in _TUPLE_FIELDS:
        if name in values:
            values[name] = tuple(values[name])
    if "attack_steps_ref" not in values:
        upgrade_steps(values)
    return ActionPlan(**values, version_id=version_id, version=version)


def plan_to_json(plan: ActionPlan) -> str:
    return json.dumps(plan_to_dict(plan), ensure_ascii=False, sort_keys=True)


def plan_from_json(text: str, version_id: int | None = None,
                   version: int | None = None) -> ActionPlan:
    return plan_from_dict(json.loads(text), version_id, version)


def upgrade_steps(values: dict[str, Any]) -> None:
    """Steps stored as text by an older version -> reference / own / withdrawn, in place."""
    ref, own, withdrawn = steps_from_text(PlanKind(values["kind"]),
                                          tuple(values.get("attack_steps") or ()))
    values["attack_steps_ref"] = ref
    values["attack_steps"] = own
    values["withdrawn_attack_steps"] = tuple(values.get("withdrawn_attack_steps") or ()) + withdrawn
