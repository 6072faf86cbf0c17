"""ActionPlan <-> JSON, used for plan versions in the database and in exports."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date

from ..domain.plan import ActionPlan, Medicine, MedicineRole, PlanKind, Scale

_TUPLE_FIELDS = ("amber_signs", "red_signs", "triggers", "attack_steps")


def plan_to_dict(plan: ActionPlan) -> dict:
    data = asdict(plan)
    data.pop("version_id")
    data.pop("version")
    data["kind"] = plan.kind.value
    data["scale"] = plan.scale.value
    data["agreed_on"] = plan.agreed_on.isoformat()
    data["next_review"] = plan.next_review.isoformat() if plan.next_review else None
    for medicine in data["medicines"]:
        medicine["role"] = MedicineRole(medicine["role"]).value
    for name in _TUPLE_FIELDS:
        data[name] = list(data[name])
    return data


def plan_from_dict(data: dict, version_id: int | None = None,
                   version: int | None = None) -> ActionPlan:
    values = dict(data)
    values["kind"] = PlanKind(values["kind"])
    values["scale"] = Scale(values.get("scale", Scale.EU.value))
    values["agreed_on"] = date.fromisoformat(values["agreed_on"])
    review = values.get("next_review")
    values["next_review"] = date.fromisoformat(review) if review else None
    values["medicines"] = tuple(
        Medicine(**{**medicine, "role": MedicineRole(medicine["role"])})
        for medicine in values.get("medicines", ()))
    for name in _TUPLE_FIELDS:
        if name in values:
            values[name] = tuple(values[name])
    return ActionPlan(**values, version_id=version_id, version=version)


def plan_to_json(plan: ActionPlan) -> str:
    return json.dumps(plan_to_dict(plan), ensure_ascii=False, sort_keys=True)


def plan_from_json(text: str, version_id: int | None = None,
                   version: int | None = None) -> ActionPlan:
    return plan_from_dict(json.loads(text), version_id, version)
