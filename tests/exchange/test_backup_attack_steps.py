"""JSON backups and attack steps: a format-1 backup's copied steps are read by the old-data
rule; a backup can never bring reliever-inhaler steps to a MART or AIR plan."""

from __future__ import annotations

from datetime import date

import pytest

from asthma_app.domain.attack_steps import OWN_INHALER_V1, SABA_UK_V1
from asthma_app.domain.plan import PlanKind, default_own_inhaler_attack_steps, resolve_attack_steps
from asthma_app.storage import repository
from asthma_app.storage.exchange import ImportRefused, json_backup
from asthma_app.storage.exchange.backup_import import import_backup
from tests.safety.catalogue import saba_steps

TODAY = date(2026, 11, 22)


def backup(filled, *, version: int = json_backup.FORMAT_VERSION, **plan_changes) -> dict:
    data = json_backup.export_profile(filled.db, filled.profile_id, filled.clock())
    data["format_version"] = version
    data["profile"]["name"] = "Imported"
    for item in data["plan_versions"]:
        item["plan"].update(plan_changes)
        if version == 1:  # format 1 had neither the reference nor the new fields
            for key in ("attack_steps_ref", "withdrawn_attack_steps",
                        "max_reliever_puffs_per_day"):
                item["plan"].pop(key)
    return data


def imported_plan(filled, data):
    report = import_backup(filled.db, data, TODAY)
    return repository.current_plan(filled.db, report.profile_id)


def test_format_1_copies_become_the_reference(filled):
    plan = imported_plan(filled, backup(filled, version=1, attack_steps=list(saba_steps("pl"))))
    assert (plan.attack_steps_ref, plan.attack_steps) == (SABA_UK_V1, ())


@pytest.mark.parametrize("kind", [PlanKind.MART, PlanKind.AIR])
def test_format_1_mart_air_with_reliever_steps_get_the_general_steps(filled, kind):
    steps = saba_steps("en")[:2] + saba_steps("en")[3:]  # one step removed
    plan = imported_plan(filled, backup(filled, version=1, kind=kind.value,
                                        attack_steps=list(steps)))
    assert (plan.attack_steps_ref, plan.attack_steps) == (OWN_INHALER_V1, ())
    assert plan.withdrawn_attack_steps == steps  # kept for the record, not lost
    shown = resolve_attack_steps(plan)
    assert shown.steps == default_own_inhaler_attack_steps() and shown.set_aside


@pytest.mark.parametrize(("changes", "message"), [
    ({"kind": "mart", "attack_steps_ref": SABA_UK_V1}, "not for MART or AIR"),
    ({"kind": "air", "attack_steps_ref": "", "attack_steps": list(saba_steps("ur"))},
     "not for MART or AIR"),
    ({"kind": "mart", "attack_steps_ref": "",
      "attack_steps": list(reversed(saba_steps("cy")[:4]))}, "not for MART or AIR"),
    ({"attack_steps_ref": "standard:saba-uk:v7"}, "update the app"),
    ({"attack_steps_ref": 3}, "attack_steps_ref"),
    ({"max_reliever_puffs_per_day": "8"}, "max_reliever_puffs_per_day"),
    ({"kind": "mart", "max_reliever_puffs_per_day": 80}, "between 1 and 24"),
])
def test_backup_cannot_bring_wrong_steps(filled, changes, message):
    before = filled.db["plan_versions"].count
    with pytest.raises(ImportRefused) as refused:
        import_backup(filled.db, backup(filled, **changes), TODAY)
    assert message in f"{refused.value} {refused.value.where}"
    assert filled.db["plan_versions"].count == before


def test_fhir_care_plan_carries_the_steps_shown_never_reliever_steps_for_mart(session):
    from asthma_app.storage.exchange.fhir import build_bundle
    from tests.conftest import make_plan

    session.plans.agree(make_plan(kind=PlanKind.MART, max_reliever_puffs_per_day=8))
    bundle = build_bundle(session.profile, session.plans.current(), [], [], session.clock())
    [care_plan] = [e["resource"] for e in bundle["entry"]
                   if e["resource"]["resourceType"] == "CarePlan"]
    text = " ".join(a["detail"]["description"] for a in care_plan["activity"])
    notes = " ".join(n["text"] for n in care_plan["note"])
    assert "Asthma attack steps: 1. Sit up straight. Try to keep calm." in text
    assert not any(step.replace("%1", "999") in text for step in saba_steps("en"))
    assert f"standard set {OWN_INHALER_V1}" in notes
    assert "Maximum reliever puffs a day (as written in the plan): 8" in notes
