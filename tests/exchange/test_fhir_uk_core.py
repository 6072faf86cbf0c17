"""The FHIR export toward UK Core (issue 18), checked by two independent implementations:
fhir.resources (pydantic, its R4B models) and fhirclient (SMART on FHIR, its R4 models)."""

from __future__ import annotations

import json

import pytest
from fhir.resources.R4B.bundle import Bundle as PydanticBundle
from fhirclient.models.bundle import Bundle as SmartBundle

from asthma_app.services import exchange
from asthma_app.services.profiles import ProfileError, set_nhs_number

UK_CORE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-"


@pytest.fixture
def bundle(filled, tmp_path):
    set_nhs_number(filled.db, filled.profile, "943 476 5919")
    from asthma_app.services.profiles import open_session

    session = open_session(filled.db, filled.profile_id, filled.clock)
    data = json.loads(exchange.export_data(session, "fhir", tmp_path / "b.json")
                      .read_text("utf-8"))
    PydanticBundle.model_validate(data)  # raises on anything invalid
    SmartBundle(data, strict=True)  # raises FHIRValidationError on anything invalid
    return data


def resources(data, kind=None):
    return [e["resource"] for e in data["entry"]
            if kind is None or e["resource"]["resourceType"] == kind]


def code_of(resource) -> str | None:
    return next((c["code"] for c in resource["code"].get("coding", [])), None)


def test_every_resource_names_its_uk_core_profile(bundle):
    assert bundle["meta"]["profile"] == [UK_CORE + "Bundle"]
    for resource in resources(bundle):
        assert resource["meta"]["profile"] == [UK_CORE + resource["resourceType"]], resource


def test_peak_flow_has_snomed_beside_loinc_and_the_patient_as_performer(bundle):
    patient_url = bundle["entry"][0]["fullUrl"]
    readings = [r for r in resources(bundle, "Observation")
                if any(c.get("code") == "19935-6" for c in r["code"].get("coding", []))]
    assert len(readings) == 42
    for reading in readings:
        systems = {(c["system"], c["code"]) for c in reading["code"]["coding"]}
        assert systems == {("http://loinc.org", "19935-6"),
                           ("http://snomed.info/sct", "18491006")}
        assert reading["performer"] == [{"reference": patient_url}]
    for response in resources(bundle, "QuestionnaireResponse"):
        assert response["author"] == {"reference": patient_url}


def test_nhs_number_diary_attacks_scores_and_plan_history(bundle):
    [patient] = resources(bundle, "Patient")
    assert patient["identifier"] == [{"system": "https://fhir.nhs.uk/Id/nhs-number",
                                      "value": "9434765919"}]
    observations = resources(bundle, "Observation")
    diary = [o for o in observations if o["code"].get("text") == "Asthma diary entry"]
    assert len(diary) == 1
    puffs = next(c for c in diary[0]["component"] if c["code"]["text"] == "Reliever puffs taken")
    assert puffs["valueQuantity"]["value"] == 6
    night = next(c for c in diary[0]["component"]
                 if c["code"].get("text") == "Woken at night by asthma")
    assert night["valueBoolean"] and night["code"]["coding"][0]["code"] == "170632009"
    [attack] = [o for o in observations if code_of(o) == "708038006"]
    assert {c["code"]["text"] for c in attack["component"]} == {
        "Called NHS 111", "Course of steroid tablets"}
    acq = [o for o in observations if code_of(o) == "763077003"]
    assert acq[0]["valueQuantity"]["value"] == 1.5
    plans = resources(bundle, "CarePlan")
    assert [p["status"] for p in plans] == ["completed", "active"]
    assert plans[1]["replaces"] == [{"reference": next(
        e["fullUrl"] for e in bundle["entry"] if e["resource"] is plans[0])}]
    [nurse] = resources(bundle, "Practitioner")
    assert nurse["name"] == [{"text": "Nurse Jones"}]
    assert all(p["author"]["display"] == "Nurse Jones" for p in plans)


def test_a_wrong_nhs_number_is_refused(session):
    with pytest.raises(ProfileError, match="not a valid NHS number"):
        set_nhs_number(session.db, session.profile, "943 476 5918")


def test_both_validators_are_real(bundle):
    """A bundle each library must refuse: a resource with a made-up element."""
    from fhirclient.models.fhirabstractbase import FHIRValidationError
    from pydantic import ValidationError

    broken = json.loads(json.dumps(bundle))
    broken["entry"][0]["resource"]["birthDate"] = 1990  # a number where FHIR wants a date
    with pytest.raises(ValidationError):
        PydanticBundle.model_validate(broken)
    with pytest.raises(FHIRValidationError):
        SmartBundle(broken, strict=True)
