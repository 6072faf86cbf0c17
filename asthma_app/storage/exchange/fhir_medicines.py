"""Medicines in the FHIR R4 Bundle (issue 16).

- Each medicine named in the current plan, and each medicine a dose was logged for: a
  Medication with its name as text (drug, brand, strength, device as the plan writes it; no
  coded product: the app does not know one).
- Each medicine in the current plan: a MedicationStatement (status active) whose dosage is
  the clinician's own words, as written, and a note with the times agreed for ticking doses.
- Each dose the patient logged (not the deleted ones): a MedicationAdministration, status
  ``completed`` (taken) or ``not-done`` (not taken, with the reason as typed), at the moment
  it was taken, with a note of the dose it answers and when it was logged.
The app never adds a dose of its own: no dosage here is computed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from ...domain.doses import DoseEvent
from ...domain.plan import ActionPlan, MedicineRole
from .fhir_records import meta


def medicine_entries(plan: ActionPlan | None, doses: Iterable[DoseEvent], key: tuple[object, ...],
                     subject: dict[str, Any], urn: Callable[..., str],
                     moment: Callable[[datetime], str]) -> list[dict[str, Any]]:
    doses = sorted(doses, key=lambda d: (d.at, d.id or 0))
    names = [m.title() for m in plan.medicines] if plan else []
    names += sorted({d.medicine for d in doses} - set(names))
    medication = {name: urn("medication", *key, name) for name in names}
    devices = {m.title(): m.device for m in plan.medicines} if plan else {}
    entries = []
    for name in names:
        resource = {"resourceType": "Medication", "meta": meta("Medication"),
                    "code": {"text": name}}
        if devices.get(name):
            resource["form"] = {"text": devices[name]}
        entries.append({"fullUrl": medication[name], "resource": resource})
    for medicine in plan.medicines if plan else ():
        assert plan is not None
        notes = [{"text": f"{medicine.role.label()} in the action plan agreed with "
                          f"{plan.agreed_by} on {plan.agreed_on.isoformat()}"}]
        if medicine.role.regular:
            notes.append({"text": "Times agreed for ticking doses: "
                                  + medicine.schedule.label()})
        statement = {
            "resourceType": "MedicationStatement", "meta": meta("MedicationStatement"),
            "status": "active",
            "medicationReference": {"reference": medication[medicine.title()]},
            "subject": subject, "effectivePeriod": {"start": plan.agreed_on.isoformat()},
            "dosage": [{"text": medicine.instructions or "as written in the action plan",
                        "asNeededBoolean": medicine.role in (MedicineRole.RELIEVER,
                                                             MedicineRole.AIR)}],
            "note": notes}
        entries.append({"fullUrl": urn("statement", *key, plan.version, medicine.title()),
                        "resource": statement})
    for dose in doses:
        entries.append({"fullUrl": urn("dose", *key, dose.id, dose.medicine, dose.at),
                        "resource": _administration(dose, medication, subject, moment)})
    return entries


def _administration(dose: DoseEvent, medication: dict[str, Any], subject: dict[str, Any],
                    moment: Callable[[datetime], str]) -> dict[str, Any]:
    notes = []
    if dose.due_on and dose.slot:
        notes.append(f"The {dose.slot.value} dose due on {dose.due_on.isoformat()}")
    if dose.logged_at:
        notes.append(f"Logged by the patient at {moment(dose.logged_at)}"
                     + (" (later than the day it was due)" if dose.logged_late else ""))
    resource = {"resourceType": "MedicationAdministration",
                "meta": meta("MedicationAdministration"),
                "status": "completed" if dose.taken else "not-done",
                "medicationReference": {"reference": medication[dose.medicine]},
                "subject": subject, "effectiveDateTime": moment(dose.at),
                "note": [{"text": text} for text in notes]}
    if not dose.taken and dose.reason:
        resource["statusReason"] = [{"text": dose.reason}]
    return resource
