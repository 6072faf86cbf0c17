"""An HL7 FHIR R4 ``Bundle`` (type ``collection``) of one profile, for clinical systems.

- Patient (name, birth year), the subject of everything else.
- Peak flow: Observation, LOINC 19935-6, UCUM ``L/min``; personal best: LOINC 83368-1.
- The action plan (current version): CarePlan, with the zone instructions as activities.
- RCP3: the Questionnaire (our own wording) and one QuestionnaireResponse per answer set.
- The review checklist: one Observation per checklist, coded SNOMED CT 270442000 (asthma
  monitoring check done), its items as components. Only the action plan item has a SNOMED CT
  code here (811921000000103 plan agreed, for a plan given or updated; 810901000000102 plan
  review, for a plan looked at without change); inhaler technique, device, spacer, smoking,
  second-hand smoke, flu vaccine and the patient's agenda are sent as text only, uncoded
  (docs/clinical/interoperability.md).
- A child's details (the newest save): drug allergies as an AllergyIntolerance with the text
  as typed (no coded substance is known; verification "unconfirmed", as the family told it);
  the parent or carer and school contacts, the school copy's date, spacer and mask as notes on
  the action plan's CarePlan (a CarePlan of status "unknown" without activities when there is
  no plan). Not RelatedPerson: each contact is one line of free text that cannot be split into
  a name and a telephone number without guessing (docs/data-format.md says more).
- Medicines (fhir_medicines.py): a Medication per medicine, a MedicationStatement per plan
  medicine (the clinician's words as its dosage), a MedicationAdministration per logged dose.
Ids are stable UUIDs derived from the record, so exporting twice gives the same Bundle.
Checked in the tests with ``fhir.resources`` (an independent implementation).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from ...domain.child_details import ChildDetails
from ...domain.control import ControlScore, Tool, rcp3_questions
from ...domain.plan import ActionPlan, resolve_attack_steps
from ...domain.profile import Profile
from ...domain.readings import PeakFlowReading
from ...domain.text import fill

if TYPE_CHECKING:
    from ...domain.checklist import ReviewChecklist

LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
SNOMED = "http://snomed.info/sct"
OBS_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
PEAK_FLOW_LOINC = ("19935-6", ("Maximum expiratory gas flow Respiratory system airway "
                              "by Peak flow meter"))
PERSONAL_BEST_LOINC = ("83368-1", "Personal best peak expiratory flow")
QUESTIONNAIRE_URL = "urn:asthma-app:questionnaire:rcp3"
_NAMESPACE = uuid.UUID("8a1e9a62-3c55-4c2e-9d6a-5a7c0e3b2f10")


def _urn(*parts: object) -> str:
    return f"urn:uuid:{uuid.uuid5(_NAMESPACE, '/'.join(map(str, parts)))}"


def _moment(value: datetime) -> str:
    """FHIR needs a time zone with a time: the app's times are local, so add this computer's
    offset at that moment (summer time included)."""
    return value.astimezone().isoformat(timespec="seconds")


def _lpm(value: int) -> dict[str, Any]:
    return {"value": value, "unit": "L/min", "system": UCUM, "code": "L/min"}


def _entry(full_url: str, resource: dict[str, Any]) -> dict[str, Any]:
    return {"fullUrl": full_url, "resource": resource}


def build_bundle(profile: Profile, plan: ActionPlan | None, readings: list[PeakFlowReading],
                 scores: list[ControlScore], now: datetime,
                 checklists: Sequence[ReviewChecklist] = (),
                 child: ChildDetails | None = None, history: Sequence[Any] = (),
                 diary: Sequence[Any] = (), attacks: Sequence[Any] = (),
                 doses: Sequence[Any] = ()) -> dict[str, Any]:
    """``history``: every plan version as (saved at, plan), newest first (plans.history());
    ``diary``: symptom entries; ``attacks``: attacks and the unscheduled care they needed;
    ``doses``: the doses logged (MedicationAdministration, fhir_medicines.py)."""
    key = (profile.name, profile.created_at)
    patient_url = _urn("patient", *key)
    entries = [_entry(patient_url, _patient(profile))]
    subject = {"reference": patient_url}
    for reading in sorted(readings, key=lambda r: r.taken_at):
        entries.append(_entry(_urn("reading", *key, reading.taken_at, reading.value),
                              _peak_flow(reading, subject)))
    child_notes = _child_notes(child) if child is not None else []
    authors = _authors([plan] + [old for _when, old in history], key, entries)
    older = [old for _when, old in history if plan is None or old.version != plan.version]
    for old in sorted(older, key=lambda p: p.version or 0):
        care_plan = _care_plan(old, subject)
        care_plan["status"] = "completed"  # replaced by a newer version (see ``replaces``)
        _set_author(care_plan, old, authors)
        entries.append(_entry(_urn("careplan", *key, old.version), care_plan))
    if plan is not None:
        entries.extend(_plan_entries(plan, key, subject, child_notes, profile, authors,
                                     [o.version for o in older]))
    elif child_notes:
        entries.append(_entry(_urn("careplan", *key, "child-details"),
                              _child_care_plan(child_notes, subject)))
    if child is not None and child.allergies:
        entries.append(_entry(_urn("allergies", *key, child.allergies),
                              _allergies(child.allergies, subject)))
    from . import fhir_records  # lazy: start-up

    for entry in sorted(diary, key=lambda e: e.recorded_at):
        entries.append(_entry(_urn("diary", *key, entry.recorded_at),
                              fhir_records.diary_entry(entry, subject)))
    for record in sorted(attacks, key=lambda a: (a.occurred_on, a.id or 0)):
        entries.append(_entry(_urn("attack", *key, record.occurred_on, record.id),
                              fhir_records.attack(record, subject)))
    for score in sorted((s for s in scores if s.tool in fhir_records.SCORE_CODES),
                        key=lambda s: (s.taken_on, s.id or 0)):
        entries.append(_entry(_urn("score", *key, score.tool.value, score.taken_on, score.id),
                              fhir_records.licensed_score(score, subject)))
    rcp3 = [s for s in scores if s.tool is Tool.RCP3 and len(s.answers) == 3]
    if rcp3:
        entries.append(_entry(_urn("questionnaire", "rcp3"), _questionnaire()))
        for score in sorted(rcp3, key=lambda s: s.taken_on):
            entries.append(_entry(_urn("rcp3", *key, score.taken_on, score.answers),
                                  _response(score, subject)))
    for checklist in sorted(checklists, key=lambda c: (c.done_on, c.id or 0)):
        entries.append(_entry(_urn("checklist", *key, checklist.done_on, checklist.id),
                              _checklist(checklist, subject)))
    from .fhir_medicines import medicine_entries  # lazy: start-up

    entries += medicine_entries(plan, doses, key, subject, _urn, _moment)
    return {"resourceType": "Bundle", "meta": _meta("Bundle"), "type": "collection",
            "timestamp": _moment(now), "entry": entries}


UK_CORE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-"
NHS_NUMBER_SYSTEM = "https://fhir.nhs.uk/Id/nhs-number"
PEAK_FLOW_SNOMED = ("18491006", "Peak expiratory flow rate")


def _meta(profile: str) -> dict[str, Any]:
    return {"profile": [UK_CORE + profile]}


def _authors(plans: Iterable[ActionPlan | None], key: tuple[object, ...],
             entries: list[dict[str, Any]]) -> dict[str, str]:
    """One Practitioner per clinician who agreed a plan version: their name -> fullUrl."""
    from .fhir_records import practitioner  # lazy: start-up

    urls: dict[str, str] = {}
    for plan in plans:
        name = plan.agreed_by.strip() if plan is not None else ""
        if name and name not in urls:
            urls[name] = _urn("practitioner", *key, name)
            entries.append(_entry(urls[name], practitioner(name)))
    return urls


def _set_author(care_plan: dict[str, Any], plan: ActionPlan, authors: dict[str, str]) -> None:
    url = authors.get(plan.agreed_by.strip())
    if url:
        care_plan["author"] = {"reference": url, "display": plan.agreed_by}


MONITORING_CHECK = ("270442000", "Asthma monitoring check done")
PLAN_AGREED = ("811921000000103", "Asthma self-management plan agreed")
PLAN_REVIEW = ("810901000000102", "Asthma self-management plan review")


def _checklist(checklist: ReviewChecklist, subject: dict[str, Any]) -> dict[str, Any]:
    """The review checklist as one Observation; uncoded items carry text only."""
    from ...domain.checklist import PlanGiven  # lazy: start-up

    def text_component(name: str, value: object) -> dict[str, Any] | None:
        if value in (None, ""):
            return None
        return {"code": {"text": name}, "valueString": str(value)}

    components = [
        {"code": {"text": "Inhaler technique checked"},
         "valueDateTime": checklist.technique_checked_on.isoformat()}
        if checklist.technique_checked_on else None,
        text_component("Inhaler device", checklist.device),
        text_component("Uses a spacer", checklist.spacer),
        text_component("Smoking status", checklist.smoking),
        text_component("Second-hand smoke exposure", checklist.second_hand_smoke),
        text_component("Flu vaccine this season", checklist.flu_vaccine),
        text_component("Patient's agenda for the review", checklist.agenda),
    ]
    if checklist.plan_given is not None:
        code = PLAN_REVIEW if checklist.plan_given is PlanGiven.UNCHANGED else PLAN_AGREED
        components.append({"code": {"coding": [{"system": SNOMED, "code": code[0],
                                                "display": code[1]}],
                                    "text": "Action plan"},
                           "valueString": str(checklist.plan_given)})
    return {"resourceType": "Observation", "meta": _meta("Observation"), "status": "final",
            "performer": [subject],
            "code": {"coding": [{"system": SNOMED, "code": MONITORING_CHECK[0],
                                 "display": MONITORING_CHECK[1]}],
                     "text": "Asthma review checklist"},
            "subject": subject, "effectiveDateTime": checklist.done_on.isoformat(),
            "component": [c for c in components if c is not None]}


def _patient(profile: Profile) -> dict[str, Any]:
    resource: dict[str, Any] = {"resourceType": "Patient", "meta": _meta("Patient"),
                "name": [{"text": profile.name}]}
    if profile.nhs_number:  # checked by its check digit when it was saved
        resource["identifier"] = [{"system": NHS_NUMBER_SYSTEM, "value": profile.nhs_number}]
    if profile.birth_year:
        resource["birthDate"] = str(profile.birth_year)
    return resource


def _vital_signs() -> list[dict[str, Any]]:
    return [{"coding": [{"system": OBS_CATEGORY, "code": "vital-signs",
                         "display": "Vital Signs"}]}]


def _peak_flow(reading: PeakFlowReading, subject: dict[str, Any]) -> dict[str, Any]:
    resource = {
        "resourceType": "Observation", "meta": _meta("Observation"), "status": "final",
        "category": _vital_signs(),
        "code": {"coding": [{"system": LOINC, "code": PEAK_FLOW_LOINC[0],
                             "display": PEAK_FLOW_LOINC[1]},
                            {"system": SNOMED, "code": PEAK_FLOW_SNOMED[0],
                             "display": PEAK_FLOW_SNOMED[1]}], "text": "Peak flow"},
        "subject": subject, "performer": [subject],
        "effectiveDateTime": _moment(reading.taken_at),
        "valueQuantity": _lpm(reading.value),
        "method": {"text": f"Best of {len(reading.blows)} blow(s); {reading.scale.value} scale"},
    }
    notes = [reading.note] if reading.note else []
    if reading.after_reliever:
        notes.append("Taken after using the reliever inhaler")
    if notes:
        resource["note"] = [{"text": text} for text in notes]
    return resource


ALLERGY_CLINICAL = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical"
ALLERGY_VERIFICATION = "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification"


def _allergies(text: str, subject: dict[str, Any]) -> dict[str, Any]:
    """Drug allergies as typed: text only (no coded substance is known) and "unconfirmed"
    (told by the patient or family, not confirmed by a clinician)."""
    return {"resourceType": "AllergyIntolerance", "meta": _meta("AllergyIntolerance"),
            "clinicalStatus": {"coding": [{"system": ALLERGY_CLINICAL, "code": "active"}]},
            "verificationStatus": {"coding": [{"system": ALLERGY_VERIFICATION,
                                               "code": "unconfirmed"}]},
            "category": ["medication"], "code": {"text": text}, "patient": subject,
            "note": [{"text": "Drug allergies as written by the patient or family in the "
                              "asthma app (free text, not coded)"}]}


def _child_notes(child: ChildDetails) -> list[str]:
    notes = []
    if child.carer_contact:
        notes.append(f"Parent or carer to contact: {child.carer_contact}")
    if child.school_contact:
        notes.append(f"School or nursery contact: {child.school_contact}")
    if child.school_copy_on:
        notes.append(f"School or nursery given a copy of this plan on "
                     f"{child.school_copy_on.isoformat()}")
    if child.spacer or child.mask:
        notes.append("Uses a spacer, with a mask" if child.spacer and child.mask
                     else "Uses a spacer" if child.spacer else "Uses a mask")
    return notes


def _child_care_plan(notes: list[str], subject: dict[str, Any]) -> dict[str, Any]:
    """The child's details when no action plan is in the app: a CarePlan with notes only."""
    return {"resourceType": "CarePlan", "meta": _meta("CarePlan"), "status": "unknown",
            "intent": "plan",
            "title": "Asthma care contacts (no action plan recorded in the app)",
            "subject": subject, "note": [{"text": text} for text in notes]}


def _plan_entries(plan: ActionPlan, key: tuple[object, ...], subject: dict[str, Any],
                  child_notes: Sequence[str] = (), profile: Profile | None = None,
                  authors: Any = None, replaces: Sequence[Any] = ()) -> list[dict[str, Any]]:
    out = []
    authors = authors or {}
    if plan.personal_best is not None:
        author = authors.get(plan.agreed_by.strip())
        out.append(_entry(_urn("best", *key, plan.version), {
            "resourceType": "Observation", "meta": _meta("Observation"), "status": "final",
            "category": _vital_signs(),
            "performer": [{"reference": author} if author else subject],
            "code": {"coding": [{"system": LOINC, "code": PERSONAL_BEST_LOINC[0],
                                 "display": PERSONAL_BEST_LOINC[1]}]},
            "subject": subject, "effectiveDateTime": plan.agreed_on.isoformat(),
            "valueQuantity": _lpm(plan.personal_best),
            "method": {"text": f"{plan.scale.value} scale"}}))
    care_plan = _care_plan(plan, subject)
    _set_author(care_plan, plan, authors)
    if replaces:
        care_plan["replaces"] = [{"reference": _urn("careplan", *key, version)}
                                 for version in replaces]
    care_plan["note"] += [{"text": text} for text in child_notes]
    if profile is not None:  # the plan file, so that this export imports as the same plan
        from .fhir_plan import plan_extension  # lazy: start-up
        from .plan_file import dumps  # lazy: start-up

        care_plan["extension"] = [plan_extension(dumps(plan, profile.name,
                                                       profile.birth_year))]
    out.append(_entry(_urn("careplan", *key, plan.version), care_plan))
    return out


def _care_plan(plan: ActionPlan, subject: dict[str, Any]) -> dict[str, Any]:
    zones = (("Green zone (every day)", plan.green_instructions),
             ("Amber zone (when asthma is getting worse)", plan.amber_instructions),
             ("Red zone (asthma attack)", plan.red_instructions))
    activities = [{"detail": {"status": "not-started", "description": f"{title}: {text}"}}
                  for title, text in zones if text.strip()]
    activities += [{"detail": {"status": "in-progress",
                               "description": f"{m.role.label()}: {m.title()}. {m.instructions}"
                                              .strip()}} for m in plan.medicines]
    shown = resolve_attack_steps(plan)  # never the reliever-inhaler steps on MART/AIR
    steps = " ".join(f"{i}. {fill(step, plan.emergency_number)}"
                     for i, step in enumerate(shown.steps, start=1))
    activities.append({"detail": {"status": "not-started",
                                  "description": f"Asthma attack steps: {steps}"}})
    period = {"start": plan.agreed_on.isoformat()}
    if plan.next_review:
        period["end"] = plan.next_review.isoformat()
    notes = [f"Agreed with {plan.agreed_by} on {plan.agreed_on.isoformat()}"
             + (f" ({plan.agreed_by_role})" if plan.agreed_by_role else ""),
             f"Emergency number: {plan.emergency_number}"]
    if plan.agreed_with:
        notes.append(f"Agreed by (patient or carer): {plan.agreed_with}")
    if plan.personal_best is not None:
        notes.append(f"Personal best {plan.personal_best} L/min; amber below "
                     f"{plan.amber_below_pct} %, red below {plan.red_below_pct} %")
    notes.append(f"Attack steps: standard set {shown.ref}" if shown.ref
                 else "Attack steps: written by the clinician")
    if plan.max_reliever_puffs_per_day is not None:
        notes.append(f"Maximum reliever puffs a day (as written in the plan): "
                     f"{plan.max_reliever_puffs_per_day}")
    return {
        "resourceType": "CarePlan", "meta": _meta("CarePlan"), "status": "active",
        "intent": "plan",
        "title": f"Personal asthma action plan ({plan.kind.label()}), version {plan.version}",
        "category": [{"coding": [{"system": SNOMED, "code": "527171000000103",
                                  "display": "Patient has a written asthma personal action "
                                             "plan"}]}],
        "subject": subject, "period": period, "created": plan.agreed_on.isoformat(),
        "activity": activities, "note": [{"text": text} for text in notes],
    }


def _questionnaire() -> dict[str, Any]:
    return {
        "resourceType": "Questionnaire", "meta": _meta("Questionnaire"),
        "url": QUESTIONNAIRE_URL, "status": "active",
        "title": "RCP 3 Questions (asthma control, last month)",
        "item": [{"linkId": f"q{i + 1}", "text": text, "type": "boolean", "required": True}
                 for i, text in enumerate(rcp3_questions())]
                + [{"linkId": "score", "text": "Number of yes answers (0 to 3)",
                    "type": "integer", "readOnly": True}],
    }


def _response(score: ControlScore, subject: dict[str, Any]) -> dict[str, Any]:
    items = [{"linkId": f"q{i + 1}", "answer": [{"valueBoolean": bool(answer)}]}
             for i, answer in enumerate(score.answers)]
    items.append({"linkId": "score", "answer": [{"valueInteger": int(score.total)}]})
    return {"resourceType": "QuestionnaireResponse", "meta": _meta("QuestionnaireResponse"),
            "questionnaire": QUESTIONNAIRE_URL, "status": "completed", "subject": subject,
            "author": subject, "source": subject, "authored": score.taken_on.isoformat(),
            "item": items}
