"""A plan from the nurse: read a plan file (PDF, .asthmaplan or FHIR), say what it changes,
and make it the new plan version only when the patient confirms. Writing the plan file
(.asthmaplan, and the same bytes for the PDF attachment) is here too. No Qt.

Every path refuses with an :class:`ImportRefused` whose message says why in plain words, and
writes nothing: wrong file, damaged, newer format, an unsafe plan (every rule of the plan
editor). A plan for someone else is not refused here: :func:`person_matches` lets the caller
ask first (docs/safety/hazard-log.md H50).
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.plan import ActionPlan, max_puffs_line, resolve_attack_steps, validate_plan
from ..domain.profile import Profile
from ..domain.text import fill, translate
from ..storage.exchange import ImportRefused, decode, read_bytes
from ..storage.exchange import plan_file as plan_format
from ..storage.exchange.plan_file import PlanFile
from .file_write import write_atomically

if TYPE_CHECKING:
    from .session import Session

PLAN_FILE_SUFFIXES = (".pdf", plan_format.SUFFIX, ".json")


def plan_file_text(session: Session, plan: ActionPlan | None = None) -> str:
    plan = plan or session.plans.current()
    if plan is None:  # the File menu offers this to a person who has no plan yet
        raise ValueError(translate("PlanFile", "There is no action plan to save yet. "
                                               "Nothing was saved."))
    return plan_format.dumps(plan, session.profile.name, session.profile.birth_year)


def save_plan_file(session: Session, path: Path, plan: ActionPlan | None = None) -> Path:
    text = plan_file_text(session, plan)

    def write(partial: Path) -> None:
        partial.write_text(text, encoding="utf-8")

    write_atomically(Path(path), write)
    return Path(path)


def read_plan_file(path: Path) -> PlanFile:
    """The plan in ``path`` (any of the three kinds), checked by every plan-editor rule."""
    from ..storage.exchange import fhir_plan, plan_pdf  # lazy: start-up

    raw = read_bytes(path)
    try:
        if plan_pdf.is_pdf(raw):
            found = plan_format.loads(plan_pdf.extract(path).decode("utf-8"), "pdf")
        else:
            try:
                document = json.loads(decode(raw))
            except (ValueError, RecursionError, ImportRefused) as error:
                # a plan file cut short is damaged; anything else is the wrong file
                ours = plan_format.FORMAT.encode() in raw[:200]
                raise (plan_format.damaged() if ours else plan_format.wrong_file()) from error
            if fhir_plan.is_fhir(document):
                found = fhir_plan.plan_from_fhir(document)
            else:
                found = plan_format.from_document(document)
    except ImportRefused:
        raise
    except (
        UnicodeDecodeError,
        AttributeError,
        TypeError,
        ValueError,
        KeyError,
        IndexError,
    ) as error:  # a structure not as the format says: damaged
        raise plan_format.damaged() from error
    return _checked_as_new(found)


def _checked_as_new(found: PlanFile) -> PlanFile:
    """The rules for a version agreed now (``new=True``: e.g. a MART plan's most puffs)."""
    problems = validate_plan(found.plan, new=True)
    if problems:
        raise ImportRefused(
            fill(
                translate(
                    "PlanFile",
                    "This plan can't be used as it stands: %1 Ask your nurse to correct "
                    "it. Nothing was changed.",
                ),
                " ".join(problems),
            )
        )
    return found


def _normal(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def person_matches(found: PlanFile, profile: Profile) -> bool:
    """Same name (case, accents' encoding and spaces aside) and, when both are known, the
    same year of birth. A mismatch is asked about, never silently accepted."""
    if _normal(found.name) != _normal(profile.name):
        return False
    return None in (found.birth_year, profile.birth_year) or found.birth_year == profile.birth_year


def accept(session: Session, found: PlanFile) -> ActionPlan:
    """Make the file's plan the newest version (the old versions stay)."""
    return session.plans.agree(replace(found.plan, version_id=None, version=None))


@dataclass(frozen=True)
class Change:
    """One field of a plan, before and after an import."""

    label: str
    before: str
    after: str

    @property
    def changed(self) -> bool:
        return self.before != self.after


DateText = Callable[[date], str]


def compare(
    current: ActionPlan | None, incoming: ActionPlan, date_text: DateText = date.isoformat
) -> list[Change]:
    """Every part a patient would check, before and after, in plain words (changed or not)."""
    rows = _rows(incoming, date_text)
    before = _rows(current, date_text) if current is not None else dict.fromkeys(rows, "")
    return [Change(label, before[label], after) for label, after in rows.items()]


def _dash(text: str) -> str:
    return text if text.strip() else translate("PlanChanges", "(none)")


def _rows(plan: ActionPlan, date_text: DateText) -> dict[str, str]:
    agreed = fill(translate("PlanChanges", "%1 with %2"), date_text(plan.agreed_on), plan.agreed_by)
    if plan.agreed_by_role:
        agreed = fill(
            translate("PlanChanges", "%1 with %2 (%3)"),
            date_text(plan.agreed_on),
            plan.agreed_by,
            plan.agreed_by_role,
        )
    if plan.personal_best is None:
        levels = translate("PlanChanges", "Symptoms only (no peak flow levels)")
    else:
        levels = fill(
            translate("PlanChanges", "Personal best %1 L/min; amber below %2 %, red below %3 %"),
            plan.personal_best,
            plan.amber_below_pct,
            plan.red_below_pct,
        )
    medicines = "\n".join(
        f"{m.role.label()}: {m.title()}" + (f" — {m.instructions}" if m.instructions else "")
        for m in plan.medicines
    )
    steps = "\n".join(
        f"{i}. {fill(step, plan.emergency_number)}"
        for i, step in enumerate(resolve_attack_steps(plan).steps, start=1)
    )
    return {
        translate("PlanChanges", "Kind of plan"): plan.kind.label(),
        translate("PlanChanges", "Agreed"): agreed,
        translate("PlanChanges", "Agreed with (patient or carer)"): _dash(plan.agreed_with),
        translate("PlanChanges", "Next review"): date_text(plan.next_review)
        if plan.next_review
        else _dash(""),
        translate("PlanChanges", "Peak flow levels"): levels,
        translate("PlanChanges", "Every day (green)"): _dash(plan.green_instructions),
        translate("PlanChanges", "When worse (amber)"): _dash(plan.amber_instructions),
        translate("PlanChanges", "Asthma attack (red)"): _dash(plan.red_instructions),
        translate("PlanChanges", "Signs of getting worse"): _dash("\n".join(plan.amber_signs)),
        translate("PlanChanges", "Signs of an attack"): _dash("\n".join(plan.red_signs)),
        translate("PlanChanges", "Medicines"): _dash(medicines),
        translate("PlanChanges", "Most reliever puffs a day"): _dash(max_puffs_line(plan) or ""),
        translate("PlanChanges", "Attack steps"): steps,
        translate("PlanChanges", "Emergency number"): plan.emergency_number,
        translate("PlanChanges", "Triggers"): _dash(", ".join(plan.triggers)),
        translate("PlanChanges", "GP or nurse contact"): _dash(plan.gp_contact),
        translate("PlanChanges", "Out-of-hours contact"): _dash(plan.out_of_hours_contact),
    }
