"""A FHIR R4 CarePlan as a practice system would send it (no app extension): what FHIR holds
in structured elements is read, nothing clinical is guessed, and whatever was not used is
listed for the patient to see before confirming."""

from __future__ import annotations

import json

import pytest

from asthma_app.domain.plan import PlanKind
from asthma_app.services import plan_import
from asthma_app.storage.exchange import ImportRefused


def practice_bundle(**care_plan_changes) -> dict:
    care_plan = {
        "resourceType": "CarePlan", "status": "active", "intent": "plan",
        "title": "Asthma action plan (preventer and reliever)",
        "subject": {"reference": "urn:uuid:1"},
        "period": {"start": "2026-11-20", "end": "2027-11-20"},
        "author": {"display": "Nurse A. Khan"},
        "activity": [
            {"detail": {"status": "in-progress", "description": "Green: take your preventer "
                                                                "twice a day"}},
            {"detail": {"status": "not-started", "description": "Amber zone: use your "
                                                                "reliever and see us in 24 h"}},
            {"detail": {"status": "not-started", "description": "Red: this is an attack, "
                                                                "call 999"}},
            {"detail": {"status": "in-progress", "description": "preventer: 2 puffs twice a day",
                        "productCodeableConcept": {"text": "Clenil Modulite 100"}}},
            {"detail": {"status": "in-progress", "description": "Bring your inhalers to "
                                                                "the review"}},
        ],
        "note": [{"text": "Emergency number: 999"},
                 {"text": "Personal best 450 L/min; amber below 75 %, red below 50 %"}],
    }
    care_plan.update(care_plan_changes)
    return {"resourceType": "Bundle", "type": "collection", "entry": [
        {"resource": {"resourceType": "Patient", "name": [{"given": ["Sam"],
                                                           "family": "Patel"}],
                      "birthDate": "1990-04-02"}},
        {"resource": {"resourceType": "Observation", "status": "final",
                      "code": {"coding": [{"system": "http://loinc.org", "code": "83368-1"}]},
                      "valueQuantity": {"value": 450, "unit": "L/min",
                                        "system": "http://unitsofmeasure.org",
                                        "code": "L/min"}}},
        {"resource": care_plan}]}


def write(tmp_path, bundle) -> object:
    path = tmp_path / "careplan.json"
    path.write_text(json.dumps(bundle), encoding="utf-8")
    return path


def test_a_practice_careplan_becomes_the_plan_after_confirmation(session, tmp_path):
    found = plan_import.read_plan_file(write(tmp_path, practice_bundle()))
    plan = found.plan
    assert plan.kind is PlanKind.PREVENTER_RELIEVER and plan.agreed_by == "Nurse A. Khan"
    assert (plan.personal_best, plan.amber_below_pct, plan.red_below_pct) == (450, 75, 50)
    assert plan.green_instructions == "take your preventer twice a day"
    assert plan.medicines[0].drug == "Clenil Modulite 100"
    assert (found.name, found.birth_year) == ("Sam Patel", 1990)
    assert plan_import.person_matches(found, session.profile)
    assert found.not_read == ("Bring your inhalers to the review",)  # said, never dropped
    assert session.plans.current() is None  # nothing written by reading
    assert plan_import.accept(session, found).version == 1


def test_a_careplan_that_does_not_name_its_kind_is_refused(tmp_path):
    with pytest.raises(ImportRefused, match="which kind of plan"):
        plan_import.read_plan_file(write(tmp_path, practice_bundle(title="Asthma plan")))


def test_a_mart_careplan_with_reliever_steps_is_refused(tmp_path):
    from asthma_app.domain.plan import default_uk_attack_steps

    bundle = practice_bundle(title="Asthma action plan (MART)")
    steps = " ".join(f"{i}. {s.replace('%1', '999')}"
                     for i, s in enumerate(default_uk_attack_steps(), 1))
    bundle["entry"][2]["resource"]["activity"].append(
        {"detail": {"status": "not-started", "description": f"Asthma attack steps: {steps}"}})
    with pytest.raises(ImportRefused, match="not for MART or AIR"):
        plan_import.read_plan_file(write(tmp_path, bundle))


def test_a_personal_best_without_levels_is_not_used_and_says_so(tmp_path):
    found = plan_import.read_plan_file(write(tmp_path, practice_bundle(
        note=[{"text": "Emergency number: 999"}])))
    assert found.plan.personal_best is None
    assert any("450\u00a0L/min" in text for text in found.not_read)


def test_a_bare_careplan_imports_too(tmp_path):
    care_plan = practice_bundle()["entry"][2]["resource"]
    found = plan_import.read_plan_file(write(tmp_path, care_plan))
    assert found.name == "" and found.plan.personal_best is None
