"""The plan file: one action plan as a small, versioned JSON document (docs/data-format.md).

The same bytes travel as a ``.asthmaplan`` file and inside the printed plan's PDF (a file
attachment, storage/exchange/plan_pdf.py). Nothing in it depends on the app that wrote it
(no version numbers of the database, no times of writing), so export -> import -> export gives
the same bytes. Reading checks the plan with every rule of the plan editor
(``backup_import._check_plan`` -> ``domain.plan.validate_plan``): a file cannot bring in a plan
that the editor would refuse.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, TypeGuard

from ...domain.plan import ActionPlan
from ...domain.text import fill, translate
from ..plan_codec import plan_to_dict
from . import ImportRefused

FORMAT = "asthma-app-plan"
FORMAT_VERSION = 1
SUFFIX = ".asthmaplan"
MEDIA_TYPE = "application/vnd.asthma-app.plan+json"
ATTACHMENT_NAME = "action-plan.asthmaplan"  # the file's name inside the PDF
MAX_PLAN_FILE_BYTES = 256 * 1024  # a plan is a few kB; anything this big is not one


@dataclass(frozen=True)
class PlanFile:
    """A plan read from a file, and who it says it is for."""

    plan: ActionPlan
    name: str
    birth_year: int | None
    source: str = "asthmaplan"  # "asthmaplan", "pdf" or "fhir"
    not_read: tuple[str, ...] = ()  # parts of the file that could not be used (FHIR)


def dumps(plan: ActionPlan, name: str, birth_year: int | None) -> str:
    """The file's text: sorted keys, two-space indents, a final newline (so it diffs well)."""
    document = {"format": FORMAT, "format_version": FORMAT_VERSION,
                "person": {"name": name, "birth_year": birth_year},
                "plan": plan_to_dict(plan)}
    return json.dumps(document, ensure_ascii=False, sort_keys=True, indent=2) + "\n"


def wrong_file() -> ImportRefused:
    return ImportRefused(translate(
        "PlanFile", "This file is not an action plan from a nurse. The app opens the plan PDF "
                    "printed by this app, a .asthmaplan file or a FHIR CarePlan. Nothing was "
                    "changed."))


def damaged(detail: str = "") -> ImportRefused:
    message = translate("PlanFile", "This plan file is damaged and can't be read. Ask your "
                                    "nurse for a new copy. Nothing was changed.")
    return ImportRefused(message, detail)


def loads(text: str, source: str = "asthmaplan") -> PlanFile:
    """The plan in ``text``, checked; :class:`ImportRefused` with the reason otherwise."""
    try:
        document = json.loads(text)
    except (ValueError, RecursionError) as error:
        raise damaged() from error
    return from_document(document, source)


def is_plan_document(document: object) -> TypeGuard[dict[str, Any]]:
    return isinstance(document, dict) and document.get("format") == FORMAT


def from_document(document: object, source: str = "asthmaplan") -> PlanFile:
    from .backup_import import _check_plan  # lazy: start-up

    if not is_plan_document(document):
        raise wrong_file()
    version = document.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise damaged("format_version")
    if version > FORMAT_VERSION:
        raise ImportRefused(fill(translate(
            "PlanFile", "This plan was written by a newer version of the app (plan format "
                        "%1). Please update the app, then open the file again. Nothing was "
                        "changed."), version))
    person = document.get("person")
    plan = document.get("plan")
    if not isinstance(person, dict) or not isinstance(plan, dict):
        raise damaged()
    name = person.get("name")
    year = person.get("birth_year")
    if not isinstance(name, str) or not (
            year is None or (isinstance(year, int) and not isinstance(year, bool))):
        raise damaged("person")
    if not isinstance(plan.get("attack_steps_ref"), str):
        # every plan file has it (format 1 onwards): without it, a backup's rule for old data
        # would quietly set reliever steps aside instead of refusing the plan
        raise damaged("plan.attack_steps_ref")
    checked = _check_plan(dict(plan), "plan")  # every rule of the plan editor
    return PlanFile(checked, name, year, source)
