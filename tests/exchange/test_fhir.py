"""The FHIR export, checked by an independent library (fhir.resources).

fhir.resources 8 defaults to FHIR R5; its ``R4B`` package is the closest to R4 it ships
(Observation, CarePlan, Questionnaire and QuestionnaireResponse are unchanged from R4 to R4B).
The R5 models must refuse the bundle (CarePlan.activity.detail was removed in R5), which
shows the validation is real.
"""

from __future__ import annotations

import json

import pytest
from fhir.resources.R4B.bundle import Bundle

from asthma_app.services import exchange


def test_fhir_bundle_is_valid_r4_with_the_right_codes(filled, tmp_path):
    path = exchange.export_data(filled, "fhir", tmp_path / "b.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    bundle = Bundle.model_validate(data)  # raises on any invalid resource
    kinds = [entry.resource.__resource_type__ for entry in bundle.entry]
    # the plan in force and, since issue 18, the earlier version (its history)
    assert kinds.count("Patient") == 1 and kinds.count("CarePlan") == 2
    assert kinds.count("Questionnaire") == 1 and kinds.count("QuestionnaireResponse") == 2
    observations = [e.resource for e in bundle.entry
                    if e.resource.__resource_type__ == "Observation"]
    peak = [o for o in observations if o.code.coding and o.code.coding[0].code == "19935-6"]
    best = [o for o in observations if o.code.coding and o.code.coding[0].code == "83368-1"]
    assert len(peak) == len(filled.diary.readings()) == 42 and len(best) == 1
    for obs in peak + best:
        assert obs.code.coding[0].system == "http://loinc.org"
        q = obs.valueQuantity
        assert (q.system, q.code, q.unit) == ("http://unitsofmeasure.org", "L/min", "L/min")
    assert best[0].valueQuantity.value == 500
    assert sorted(o.valueQuantity.value for o in peak) == sorted(
        r.value for r in filled.diary.readings())
    response = next(e.resource for e in bundle.entry
                    if e.resource.__resource_type__ == "QuestionnaireResponse"
                    and e.resource.authored.isoformat() == "2026-11-01")
    answers = [item.answer[0] for item in response.item]
    assert [a.valueBoolean for a in answers[:3]] == [True, False, True]
    assert answers[3].valueInteger == 2
    plan = next(e.resource for e in bundle.entry if e.resource.__resource_type__ == "CarePlan"
                and e.resource.status == "active")
    text = " ".join(a.detail.description for a in plan.activity)
    assert "Red zone" in text and "salbutamol" in text
    # every reference points at an entry of the bundle
    urls = {entry.fullUrl for entry in bundle.entry}
    assert all(o.subject.reference in urls for o in observations)


def test_fhir_export_is_stable(filled, tmp_path):
    one = exchange.export_data(filled, "fhir", tmp_path / "1.json").read_text("utf-8")
    two = exchange.export_data(filled, "fhir", tmp_path / "2.json").read_text("utf-8")
    assert one == two


def test_r5_models_refuse_the_r4_careplan(filled, tmp_path):
    from fhir.resources.bundle import Bundle as R5Bundle
    from pydantic import ValidationError

    data = json.loads(exchange.export_data(filled, "fhir", tmp_path / "b.json").read_text("utf-8"))
    with pytest.raises(ValidationError, match="detail"):
        R5Bundle.model_validate(data)


def test_fhir_has_the_plans_medicines_and_every_logged_dose(filled, tmp_path):
    """MedicationStatement per plan medicine (the clinician's words), MedicationAdministration
    per live dose (completed / not-done with the reason), each referencing a Medication in
    the bundle, validated by fhir.resources."""
    path = exchange.export_data(filled, "fhir", tmp_path / "b.json")
    bundle = Bundle.model_validate(json.loads(path.read_text(encoding="utf-8")))
    by_kind: dict[str, list] = {}
    for entry in bundle.entry:
        by_kind.setdefault(entry.resource.__resource_type__, []).append(entry)
    urls = {entry.fullUrl for entry in bundle.entry}
    plan = filled.plans.current()
    statements = [e.resource for e in by_kind["MedicationStatement"]]
    assert len(statements) == len(plan.medicines) == 2
    assert {s.dosage[0].text for s in statements} == {m.instructions for m in plan.medicines}
    given = [e.resource for e in by_kind["MedicationAdministration"]]
    assert len(given) == len(filled.medicines.doses()) == 3  # the deleted one is left out
    assert sorted(a.status for a in given) == ["completed", "completed", "not-done"]
    missed = next(a for a in given if a.status == "not-done")
    assert missed.statusReason[0].text == 'away, "forgot" é'
    names = {e.fullUrl: e.resource.code.text for e in by_kind["Medication"]}
    for resource in statements + given:
        assert resource.medicationReference.reference in names
        assert resource.subject.reference in urls
    late = next(a for a in given if any("later than the day" in n.text for n in a.note or ()))
    assert "morning dose due on 2026-11-20" in late.note[0].text
