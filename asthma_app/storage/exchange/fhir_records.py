"""The diary, attacks, licensed control scores, the clinician and earlier plan versions as
FHIR R4 resources for the export (storage/exchange/fhir.py builds the Bundle).

Everything the patient recorded names the patient as its performer (UK Core asks who made
an observation). Codes are used only where a published concept means exactly what the app
recorded (docs/clinical/interoperability.md); everything else is sent as text.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ...domain.control import Attack, ControlScore, Tool
from ...domain.readings import SymptomEntry

SNOMED = "http://snomed.info/sct"
UCUM = "http://unitsofmeasure.org"
UK_CORE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-"
OBS_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"

DIARY_CODES = {  # (SNOMED CT, description) only for a "yes": see practice_codes.py
    "daytime_symptoms": ("373899003", "Asthma daytime symptoms"),
    "night_waking": ("170632009", "Asthma causing night waking"),
    "activity_limited": ("170637003", "Asthma limiting activities"),
}
EXACERBATION = ("708038006", "Acute exacerbation of asthma")
SCORE_CODES = {Tool.ACT: ("443117005", "Asthma control test"),
               Tool.CACT: ("905301000103", "Childhood Asthma Control Test"),
               Tool.ACQ: ("763077003", "Asthma control questionnaire")}


def meta(profile: str) -> dict[str, Any]:
    return {"profile": [UK_CORE + profile]}


def _moment(value: datetime) -> str:
    return value.astimezone().isoformat(timespec="seconds")


def _concept(code: tuple[str, str], text: str | None = None) -> dict[str, Any]:
    coding = [{"system": SNOMED, "code": code[0], "display": code[1]}]
    concept: dict[str, object] = {"coding": coding}
    if text:
        concept["text"] = text
    return concept


def _survey() -> list[dict[str, Any]]:
    return [{"coding": [{"system": OBS_CATEGORY, "code": "survey", "display": "Survey"}]}]


def diary_entry(entry: SymptomEntry, subject: dict[str, Any]) -> dict[str, Any]:
    """One diary entry: the symptoms ticked (coded when yes), reliever puffs, signs, note."""
    components = []
    for name, text in (("daytime_symptoms", "Asthma symptoms in the day"),
                       ("night_waking", "Woken at night by asthma"),
                       ("activity_limited", "Asthma stopped usual activities")):
        value = bool(getattr(entry, name))
        code = {"text": text}
        if value:
            code = _concept(DIARY_CODES[name], text)
        components.append({"code": code, "valueBoolean": value})
    components.append({"code": {"text": "Reliever puffs taken"},
                       "valueQuantity": {"value": entry.reliever_puffs, "unit": "puffs",
                                         "system": UCUM, "code": "{puff}"}})
    for label, values in (("Triggers", entry.triggers), ("Amber signs", entry.amber_signs),
                          ("Red signs", entry.red_signs)):
        if values:
            components.append({"code": {"text": label}, "valueString": "; ".join(values)})
    resource = {"resourceType": "Observation", "meta": meta("Observation"), "status": "final",
                "category": _survey(), "code": {"text": "Asthma diary entry"},
                "subject": subject, "performer": [subject],
                "effectiveDateTime": _moment(entry.recorded_at), "component": components}
    if entry.note:
        resource["note"] = [{"text": entry.note}]
    return resource


def attack(record: Attack, subject: dict[str, Any]) -> dict[str, Any]:
    """An attack the patient recorded, with the unscheduled care it needed as components."""
    resource = {"resourceType": "Observation", "meta": meta("Observation"), "status": "final",
                "code": _concept(EXACERBATION, "Asthma attack (recorded by the patient)"),
                "subject": subject, "performer": [subject],
                "effectiveDateTime": record.occurred_on.isoformat(), "valueBoolean": True,
                "component": [{"code": {"text": care.label()}, "valueBoolean": True}
                              for care in record.care]}
    if record.note:
        resource["note"] = [{"text": record.note}]
    return resource


def licensed_score(score: ControlScore, subject: dict[str, Any]) -> dict[str, Any]:
    """An ACT, Childhood ACT or ACQ total, as entered from a licensed form (no items)."""
    total = score.total
    value = ({"valueInteger": int(total)} if float(total).is_integer() and score.tool is not
             Tool.ACQ else {"valueQuantity": {"value": total, "unit": "score",
                                              "system": UCUM, "code": "{score}"}})
    return {"resourceType": "Observation", "meta": meta("Observation"), "status": "final",
            "category": _survey(), "code": _concept(SCORE_CODES[score.tool], score.tool.label()),
            "subject": subject, "performer": [subject],
            "effectiveDateTime": score.taken_on.isoformat(), **value,
            "note": [{"text": "Total entered by the patient from a licensed form"}]}


def practitioner(name: str) -> dict[str, Any]:
    return {"resourceType": "Practitioner", "meta": meta("Practitioner"),
            "name": [{"text": name}]}
