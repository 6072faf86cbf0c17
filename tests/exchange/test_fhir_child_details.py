"""A child's details in the FHIR export: drug allergies as an AllergyIntolerance (text only:
no coded substance is known), the parent or carer and school contacts, the school copy, spacer
and mask as notes on the action plan's CarePlan. Checked with fhir.resources (R4B models, as
test_fhir.py)."""

from __future__ import annotations

import json
from datetime import date

from fhir.resources.R4B.bundle import Bundle

from asthma_app.domain.child_details import ChildDetails
from asthma_app.services import exchange

DETAILS = ChildDetails(carer_contact="Mum (Sara) 07700 900123",
                       school_contact="Oak Primary, office 01632 960000",
                       school_copy_on=date(2026, 11, 2), spacer=True, mask=True,
                       allergies="Penicillin (rash); ibuprofen")


def _bundle(session, tmp_path) -> Bundle:
    path = exchange.export_data(session, "fhir", tmp_path / "b.json")
    return Bundle.model_validate(json.loads(path.read_text(encoding="utf-8")))


def _of(bundle: Bundle, kind: str) -> list:
    return [e.resource for e in bundle.entry if e.resource.__resource_type__ == kind]


def test_allergies_are_an_allergy_intolerance_as_text(filled, tmp_path):
    filled.reviews.save_child_details(DETAILS)
    bundle = _bundle(filled, tmp_path)
    [allergy] = _of(bundle, "AllergyIntolerance")
    assert allergy.code.text == "Penicillin (rash); ibuprofen" and not allergy.code.coding
    assert allergy.category == ["medication"]
    assert allergy.verificationStatus.coding[0].code == "unconfirmed"  # told by the family
    assert allergy.clinicalStatus.coding[0].code == "active"
    [patient] = _of(bundle, "Patient")
    urls = {e.fullUrl: e.resource for e in bundle.entry}
    assert urls[allergy.patient.reference] is patient


def test_contacts_school_copy_spacer_and_mask_are_careplan_notes(filled, tmp_path):
    filled.reviews.save_child_details(DETAILS)
    [plan] = [p for p in _of(_bundle(filled, tmp_path), "CarePlan") if p.status == "active"]
    notes = [n.text for n in plan.note]
    assert "Parent or carer to contact: Mum (Sara) 07700 900123" in notes
    assert "School or nursery contact: Oak Primary, office 01632 960000" in notes
    assert "School or nursery given a copy of this plan on 2026-11-02" in notes
    assert "Uses a spacer, with a mask" in notes
    assert not _of(_bundle(filled, tmp_path), "RelatedPerson")


def test_child_details_without_a_plan_still_go_out(session, tmp_path):
    session.reviews.save_child_details(DETAILS)
    bundle = _bundle(session, tmp_path)
    [plan] = _of(bundle, "CarePlan")
    assert plan.status == "unknown" and not plan.activity
    assert "Parent or carer to contact: Mum (Sara) 07700 900123" in [n.text for n in plan.note]
    assert len(_of(bundle, "AllergyIntolerance")) == 1


def test_only_the_newest_details_and_nothing_when_empty(filled, tmp_path):
    assert not _of(_bundle(filled, tmp_path), "AllergyIntolerance")
    filled.reviews.save_child_details(DETAILS)
    filled.reviews.save_child_details(ChildDetails(carer_contact="Dad 07700 900456"))
    bundle = _bundle(filled, tmp_path)
    assert not _of(bundle, "AllergyIntolerance")  # allergies cleared in the newest save
    [plan] = [p for p in _of(bundle, "CarePlan") if p.status == "active"]  # the one in force
    notes = [n.text for n in plan.note]
    assert "Parent or carer to contact: Dad 07700 900456" in notes
    assert not any("Sara" in n or "Oak Primary" in n or "spacer" in n for n in notes)
