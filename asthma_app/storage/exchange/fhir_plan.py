"""An action plan from an HL7 FHIR R4 CarePlan (a Bundle holding one, or the bare resource).

Two kinds of CarePlan arrive:

- **This app's own export** carries the plan file (storage/exchange/plan_file.py) in the
  extension ``PLAN_FILE_EXTENSION`` as a base64 attachment: that is read exactly, so an export
  of the app imports as the same plan.
- **A practice system's CarePlan** has no such extension. What FHIR holds in structured
  elements is read (author, period, activities, medicines as ``productCodeableConcept``, the
  personal best Observation); zones are recognised by the words an action plan uses ("Green",
  "Amber"/"Yellow", "Red" at the start of an activity). Nothing clinical is guessed: the kind
  of plan must be named in the CarePlan (MART, AIR, or preventer and reliever), otherwise the
  file is refused; peak-flow zones come only with their thresholds; everything that could not
  be used is listed in ``PlanFile.not_read`` and shown before the patient confirms (no silent
  partial import, docs/safety/hazard-log.md H52).
The resulting plan then passes every rule of the plan editor (``_check_plan``). No Qt.
"""

from __future__ import annotations

import base64
import binascii
import re
from typing import Any, TypeGuard

from ...domain import attack_steps
from ...domain.plan import Medicine, MedicineRole, PlanKind, steps_from_text
from ...domain.text import fill, translate
from ..plan_codec import plan_to_dict
from . import ImportRefused
from .plan_file import MAX_PLAN_FILE_BYTES, PlanFile, damaged, loads

PLAN_FILE_EXTENSION = "urn:asthma-app:fhir:extension:plan-file"
PERSONAL_BEST_LOINC = "83368-1"


def is_fhir(document: object) -> TypeGuard[dict[str, Any]]:
    return isinstance(document, dict) and document.get("resourceType") in ("Bundle", "CarePlan")


def plan_from_fhir(document: dict[str, Any]) -> PlanFile:
    resources = _resources(document)
    # the plan in force: an export's earlier versions are "completed", contacts "unknown"
    care_plans = [r for r in resources if r.get("resourceType") == "CarePlan"
                  and r.get("status") in ("active", None) and r.get("activity")]
    if not care_plans:
        raise ImportRefused(translate(
            "PlanFile", "This FHIR file has no action plan (CarePlan) in it. Nothing was "
                        "changed."))
    if len(care_plans) > 1:
        raise ImportRefused(translate(
            "PlanFile", "This FHIR file holds more than one action plan, so the app can't "
                        "tell which one is yours. Ask for a file with one plan. Nothing was "
                        "changed."))
    care_plan = care_plans[0]
    own = _own_plan_file(care_plan)
    if own is not None:
        return own
    return _practice_plan(care_plan, resources)


def _resources(document: dict[str, Any]) -> list[dict[str, Any]]:
    if document.get("resourceType") == "CarePlan":
        return [document]
    entries = document.get("entry")
    if not isinstance(entries, list):
        raise damaged("entry")
    return [e["resource"] for e in entries
            if isinstance(e, dict) and isinstance(e.get("resource"), dict)]


def _own_plan_file(care_plan: dict[str, Any]) -> PlanFile | None:
    for extension in care_plan.get("extension") or ():
        if isinstance(extension, dict) and extension.get("url") == PLAN_FILE_EXTENSION:
            data = (extension.get("valueAttachment") or {}).get("data")
            if not isinstance(data, str) or len(data) > MAX_PLAN_FILE_BYTES * 2:
                raise damaged("extension")
            try:
                text = base64.b64decode(data, validate=True).decode("utf-8")
            except (binascii.Error, UnicodeDecodeError) as error:
                raise damaged("extension") from error
            return loads(text, "fhir")
    return None


def plan_extension(text: str) -> dict[str, Any]:
    """The extension that carries the plan file in this app's own CarePlan."""
    from .plan_file import MEDIA_TYPE  # lazy: start-up

    return {"url": PLAN_FILE_EXTENSION, "valueAttachment": {
        "contentType": MEDIA_TYPE, "title": "Action plan (asthma app plan file)",
        "data": base64.b64encode(text.encode("utf-8")).decode("ascii")}}


_KINDS = ((PlanKind.MART, re.compile(r"\bMART\b|maintenance and reliever", re.I)),
          (PlanKind.AIR, re.compile(r"\bAIR\b|anti-inflammatory reliever", re.I)),
          (PlanKind.PREVENTER_RELIEVER, re.compile(r"preventer and reliever|preventer \+ "
                                                   r"reliever", re.I)))
_ZONES = {"green": "green_instructions", "amber": "amber_instructions",
          "yellow": "amber_instructions", "red": "red_instructions"}
_ZONE_LINE = re.compile(r"^\s*(green|amber|yellow|red)\b[^:]*:\s*(.+)$", re.I | re.S)
_STEPS_LINE = re.compile(r"^\s*asthma attack steps\s*:\s*(.+)$", re.I | re.S)
_THRESHOLDS = re.compile(r"amber below (\d{1,3}) ?%.*red below (\d{1,3}) ?%", re.I)


def _text_of(concept: object) -> str:
    if not isinstance(concept, dict):
        return ""
    codings = [c.get("display", "") for c in concept.get("coding") or () if isinstance(c, dict)]
    return str(concept.get("text") or next((d for d in codings if d), ""))


def _kind(care_plan: dict[str, Any]) -> PlanKind:
    texts = [str(care_plan.get("title", "")), str(care_plan.get("description", ""))]
    texts += [_text_of(c) for c in care_plan.get("category") or ()]
    for kind, pattern in _KINDS:
        if any(pattern.search(text) for text in texts):
            return kind
    raise ImportRefused(translate(
        "PlanFile", "This plan does not say which kind of plan it is (preventer and reliever, "
                    "MART or AIR), and the app will not guess: the attack steps depend on it. "
                    "Ask your nurse to add it. Nothing was changed."))


def _practice_plan(care_plan: dict[str, Any], resources: list[dict[str, Any]]) -> PlanFile:
    from .backup_import import _check_plan  # lazy: start-up

    kind = _kind(care_plan)
    not_read: list[str] = []
    values: dict[str, Any] = {"kind": kind.value, "medicines": []}
    period = care_plan.get("period") or {}
    agreed = str(period.get("start") or care_plan.get("created") or "")[:10]
    if not agreed:
        raise ImportRefused(translate(
            "PlanFile", "This plan does not say when it was agreed. Nothing was changed."))
    values["agreed_on"] = agreed
    values["next_review"] = str(period["end"])[:10] if period.get("end") else None
    author = care_plan.get("author") or {}
    values["agreed_by"] = str(author.get("display", "")) if isinstance(author, dict) else ""
    steps: tuple[str, ...] = ()
    for activity in care_plan.get("activity") or ():
        detail = (activity or {}).get("detail") or {}
        description = str(detail.get("description") or _text_of(detail.get("code")) or "")
        product = _text_of(detail.get("productCodeableConcept"))
        zone, found_steps = _ZONE_LINE.match(description), _STEPS_LINE.match(description)
        if product:
            values["medicines"].append(_medicine(product, description))
        elif found_steps:
            steps = tuple(s.strip() for s in re.split(r"(?:^|\s)\d{1,2}\.\s", found_steps[1])
                          if s.strip())
        elif zone:
            values[_ZONES[zone[1].lower()]] = zone[2].strip()
        elif description:
            not_read.append(description)
    _steps(values, kind, steps)
    _personal_best(values, care_plan, resources, not_read)
    for note in care_plan.get("note") or ():
        text = str((note or {}).get("text", ""))
        match = re.match(r"emergency number:\s*(\S.*)$", text, re.I)
        if match:
            values["emergency_number"] = match[1].strip()
        elif text and not _THRESHOLDS.search(text):
            not_read.append(text)
    if "emergency_number" not in values:
        not_read.append(translate("PlanFile", "No emergency number in the file: 999 is used."))
    name, year = _patient(resources)
    checked = _check_plan(plan_to_dict_safe(values), "CarePlan")
    return PlanFile(checked, name, year, "fhir", tuple(not_read))


def plan_to_dict_safe(values: dict[str, Any]) -> dict[str, Any]:
    """Medicine objects into dicts (``_check_plan`` wants the JSON shape)."""
    out = dict(values)
    out["medicines"] = [{k: (v.value if isinstance(v, MedicineRole) else v)
                         for k, v in m.__dict__.items()} for m in values["medicines"]]
    return out


def _medicine(product: str, description: str) -> Medicine:
    lowered = description.lower()
    role = next((role for role in (MedicineRole.RELIEVER, MedicineRole.PREVENTER,
                                   MedicineRole.TABLETS) if role.value in lowered),
                MedicineRole.OTHER)
    return Medicine(drug=product[:200], role=role, instructions=description[:500])


def _steps(values: dict[str, Any], kind: PlanKind, steps: tuple[str, ...]) -> None:
    if kind is not PlanKind.PREVENTER_RELIEVER and attack_steps.reliever_like(steps):
        values["attack_steps"], values["attack_steps_ref"] = list(steps), ""  # refused later
        return
    ref, own, _withdrawn = steps_from_text(kind, steps)
    values["attack_steps"], values["attack_steps_ref"] = list(own), ref


def _personal_best(values: dict[str, Any], care_plan: dict[str, Any],
                   resources: list[dict[str, Any]], not_read: list[str]) -> None:
    best = next((r for r in resources if r.get("resourceType") == "Observation" and any(
        c.get("code") == PERSONAL_BEST_LOINC for c in (r.get("code") or {}).get("coding") or ()
        if isinstance(c, dict))), None)
    if best is None:
        return
    quantity = best.get("valueQuantity") or {}
    thresholds = next((_THRESHOLDS.search(str((n or {}).get("text", "")))
                       for n in care_plan.get("note") or ()
                       if _THRESHOLDS.search(str((n or {}).get("text", "")))), None)
    if quantity.get("code") != "L/min" or not isinstance(quantity.get("value"), int | float):
        not_read.append(translate("PlanFile", "The personal best is not in L/min, so it "
                                              "was not used."))
    elif thresholds is None:
        not_read.append(fill(translate(
            "PlanFile", "A personal best of %1 L/min is in the file, but not the amber and red "
                        "levels, so the plan uses symptoms only. Ask your nurse for the "
                        "levels."), int(quantity["value"])))
    else:
        values["personal_best"] = int(quantity["value"])
        values["amber_below_pct"], values["red_below_pct"] = map(int, thresholds.groups())


def _patient(resources: list[dict[str, Any]]) -> tuple[str, int | None]:
    patient = next((r for r in resources if r.get("resourceType") == "Patient"), {})
    names = patient.get("name") or [{}]
    first = names[0] if isinstance(names[0], dict) else {}
    name = first.get("text") or " ".join([*first.get("given", []), first.get("family", "")])
    birth = str(patient.get("birthDate") or "")[:4]
    return str(name).strip(), int(birth) if birth.isdigit() else None


__all__ = ["plan_from_fhir", "plan_extension", "is_fhir", "plan_to_dict"]
