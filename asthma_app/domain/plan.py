"""The personal asthma action plan, as agreed with a nurse or doctor.

Everything clinical in it (thresholds, signs, instructions, medicines) is the clinician's
choice; the app only stores it, checks it is complete and shows it back. The defaults below
are the starting points in docs/clinical/plans.md and zones.md, all editable.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

from . import attack_steps
from .schedule import DoseTimes
from .text import fill, translate

if TYPE_CHECKING:  # zones imports plan: a run-time import would be a cycle
    from .zones import Zone


class PlanKind(StrEnum):
    PREVENTER_RELIEVER = "preventer_reliever"
    MART = "mart"
    AIR = "air"

    def label(self) -> str:
        labels = {
            PlanKind.PREVENTER_RELIEVER: translate("Plan", "Preventer and reliever"),
            PlanKind.MART: translate("Plan", "MART (one inhaler for every day and for relief)"),
            PlanKind.AIR: translate("Plan", "AIR (anti-inflammatory reliever only)"),
        }
        return labels[self]


class Scale(StrEnum):
    EU = "EU"
    WRIGHT = "Wright"

    def label(self) -> str:
        if self is Scale.EU:
            return translate("Plan", "EU scale (EN 13826)")
        return translate("Plan", "Wright scale (older meters)")


class MedicineRole(StrEnum):
    PREVENTER = "preventer"
    RELIEVER = "reliever"
    MART = "mart"
    AIR = "air"
    TABLETS = "tablets"
    OTHER = "other"

    def label(self) -> str:
        labels = {
            MedicineRole.PREVENTER: translate("Plan", "Preventer"),
            MedicineRole.RELIEVER: translate("Plan", "Reliever"),
            MedicineRole.MART: translate("Plan", "MART inhaler"),
            MedicineRole.AIR: translate("Plan", "AIR inhaler"),
            MedicineRole.TABLETS: translate("Plan", "Tablets"),
            MedicineRole.OTHER: translate("Plan", "Other"),
        }
        return labels[self]

    @property
    def regular(self) -> bool:
        """Taken on a schedule (doses due each day), not only when needed."""
        return self in (MedicineRole.PREVENTER, MedicineRole.MART, MedicineRole.TABLETS,
                        MedicineRole.OTHER)

    @property
    def relieves(self) -> bool:
        """Its puffs are the diary's reliever puffs (a MART inhaler is also the reliever)."""
        return self in (MedicineRole.RELIEVER, MedicineRole.MART, MedicineRole.AIR)


@dataclass(frozen=True)
class Medicine:
    """A medicine named by drug, brand, device and strength: never by colour alone."""

    drug: str
    role: MedicineRole
    brand: str = ""
    device: str = ""
    strength: str = ""
    instructions: str = ""  # exactly as written by the clinician
    colour: str = ""  # optional description only
    # structured copy of the instructions, for ticking doses (regular medicines only):
    # when they are due, and the puffs (or tablets) each time exactly as the plan says
    schedule: DoseTimes = DoseTimes.UNKNOWN
    puffs_each_time: int | None = None

    def title(self) -> str:
        parts = [self.drug, self.brand and f"({self.brand})", self.strength, self.device]
        return " ".join(part for part in parts if part)


def default_amber_signs() -> tuple[str, ...]:
    return (
        translate("Plan", "My symptoms are coming back "
                          "(cough, wheeze, tight chest, hard to breathe)"),
        translate("Plan", "I am waking up at night because of my asthma"),
        translate("Plan", "My symptoms are getting in the way of my day (work, school, exercise)"),
        translate("Plan", "I am using my reliever 3 or more times a week"),
    )


# Source text of the default amber sign for waking at night (translated in default_amber_signs).
NIGHT_WAKING_SIGN = "I am waking up at night because of my asthma"


def night_waking_sign(signs: Iterable[str]) -> str | None:
    """The plan's own sign for waking at night, as written in the plan, or None.

    A plan keeps its signs in the language it was typed in: the default sign is recognised in
    English and in the current language (case and outer spaces aside). Nothing else counts:
    the diary's night question stands in for a plan sign only where the plan says so.
    """
    wanted = {NIGHT_WAKING_SIGN.casefold(), translate("Plan", NIGHT_WAKING_SIGN).casefold()}
    return next((sign for sign in signs if sign.strip().casefold() in wanted), None)


def default_red_signs() -> tuple[str, ...]:
    return (
        translate("Plan", "My reliever is not helping, or I need it more than every 4 hours"),
        translate("Plan", "I can't walk or talk easily"),
        translate("Plan", "I am breathing hard and fast"),
        translate("Plan", "I am coughing or wheezing a lot, or my chest is very tight"),
    )


def default_uk_attack_steps() -> tuple[str, ...]:
    """UK steps for people whose reliever is a separate SABA inhaler
    (docs/clinical/attack-steps.md)."""
    return attack_steps.saba_uk_v1()


def default_own_inhaler_attack_steps() -> tuple[str, ...]:
    """General steps for MART/AIR plans: no puff counts, which only the clinician can give."""
    return attack_steps.own_inhaler_v1()


def default_attack_steps_ref(kind: PlanKind) -> str:
    """The SABA steps are not for MART/AIR users (docs/clinical/attack-steps.md)."""
    if kind is PlanKind.PREVENTER_RELIEVER:
        return attack_steps.SABA_UK_V1
    return attack_steps.OWN_INHALER_V1


def default_attack_steps(kind: PlanKind) -> tuple[str, ...]:
    return attack_steps.STANDARD[default_attack_steps_ref(kind)].texts()


def danger_signs() -> tuple[str, ...]:
    """Signs that always mean calling the emergency number now (docs/clinical/plans.md)."""
    return (
        translate("Plan", "Lips look blue or grey"),
        translate("Plan", "Too breathless to speak, eat or sleep"),
        translate("Plan", "Reliever not helping"),
        translate("Plan", "Drowsy, confused or exhausted"),
        translate("Plan", "Getting worse quickly"),
    )


DEFAULT_AMBER_BELOW_PCT = 80
DEFAULT_RED_BELOW_PCT = 50
DEFAULT_MONITORING_HOURS = 24


@dataclass(frozen=True)
class ActionPlan:
    """One version of a patient's plan. Storage gives it ``version_id``/``version``."""

    kind: PlanKind
    agreed_by: str
    agreed_on: date
    personal_best: int | None = None  # L/min; None for a symptom-only plan
    scale: Scale = Scale.EU
    amber_below_pct: int = DEFAULT_AMBER_BELOW_PCT
    red_below_pct: int = DEFAULT_RED_BELOW_PCT
    green_instructions: str = ""
    amber_instructions: str = ""
    red_instructions: str = ""
    amber_signs: tuple[str, ...] = field(default_factory=default_amber_signs)
    red_signs: tuple[str, ...] = field(default_factory=default_red_signs)
    medicines: tuple[Medicine, ...] = ()
    triggers: tuple[str, ...] = ()
    gp_contact: str = ""
    out_of_hours_contact: str = ""
    emergency_number: str = "999"
    # The attack steps: the clinician's own, exactly as written, or else a reference to a
    # standard set (a key and version, never a copy of its text; None = the kind's default).
    attack_steps: tuple[str, ...] = ()
    attack_steps_ref: str | None = None
    # reliever-inhaler steps found on a MART/AIR plan by an upgrade or import: kept for the
    # record, never shown (see resolve_attack_steps)
    withdrawn_attack_steps: tuple[str, ...] = ()
    max_reliever_puffs_per_day: int | None = None  # MART/AIR: as written, never computed
    next_review: date | None = None
    monitoring_hours: int = DEFAULT_MONITORING_HOURS
    # Written by the nurse at the review (plan files, docs/plan-handover.md): the role of
    # ``agreed_by`` (e.g. "Practice nurse") and who agreed the plan with them (the patient,
    # or a parent or carer). ``agreed_on`` is the date of that review.
    agreed_by_role: str = ""
    agreed_with: str = ""
    version_id: int | None = None
    version: int | None = None

    def __post_init__(self) -> None:
        if self.attack_steps_ref is None or self.attack_steps:
            # own steps replace any reference; none at all means the kind's standard steps
            ref = "" if self.attack_steps else default_attack_steps_ref(self.kind)
            object.__setattr__(self, "attack_steps_ref", ref)

    @property
    def uses_peak_flow(self) -> bool:
        return self.personal_best is not None

    def instructions_for(self, zone: Zone) -> str:
        return {1: self.green_instructions, 2: self.amber_instructions,
                3: self.red_instructions}[int(zone)]

    def with_version(self, version_id: int, version: int) -> ActionPlan:
        return replace(self, version_id=version_id, version=version)


@dataclass(frozen=True)
class ShownSteps:
    """The attack steps to show for a plan, in the current language (``%1`` = the number)."""

    steps: tuple[str, ...]
    own: bool  # the clinician's own steps, shown as written
    ref: str  # the standard set shown, or "" for own steps
    set_aside: bool  # steps stored with the plan were not right for it and are not shown


def resolve_attack_steps(plan: ActionPlan) -> ShownSteps:
    """The steps to show. Never the reliever-inhaler steps on a MART or AIR plan, whatever
    was stored: those give way to the general steps, and ``set_aside`` says so."""
    own_inhaler = plan.kind is not PlanKind.PREVENTER_RELIEVER
    withdrawn = bool(plan.withdrawn_attack_steps)
    fallback = ShownSteps(attack_steps.own_inhaler_v1(), False, attack_steps.OWN_INHALER_V1,
                          True)
    if plan.attack_steps:
        if own_inhaler and attack_steps.reliever_like(plan.attack_steps):
            return fallback
        return ShownSteps(plan.attack_steps, True, "", withdrawn)
    standard = attack_steps.STANDARD.get(plan.attack_steps_ref or
                                         default_attack_steps_ref(plan.kind))
    if standard is None or (own_inhaler and standard.reliever_inhaler):
        return fallback  # a set this version does not know, or the wrong one for the kind
    return ShownSteps(standard.texts(), False, standard.ref, withdrawn)


def steps_from_text(kind: PlanKind, lines: tuple[str, ...]
                    ) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """(reference, own steps, withdrawn steps) for steps stored as text by an older version.

    A copy of a standard set (in any shipped language, up to two steps left out, any order)
    becomes its reference. On a MART/AIR plan, reliever-like steps are withdrawn (kept, never
    shown) and the general steps are used instead. Anything else is the clinician's own.
    """
    lines = tuple(line for line in lines if line.strip())
    if not lines:
        return default_attack_steps_ref(kind), (), ()
    own_inhaler = kind is not PlanKind.PREVENTER_RELIEVER
    if own_inhaler and attack_steps.reliever_like(lines):
        return attack_steps.OWN_INHALER_V1, (), lines
    copied = attack_steps.copy_of(lines)
    if copied is not None:
        return copied, (), ()
    return "", lines, ()


def set_aside_note() -> str:
    """Shown with a plan whose stored steps gave way to the general ones."""
    return translate(
        "Plan", "The attack steps saved with this plan are not right for this kind of plan, "
                "so general steps are shown instead. Ask your nurse or doctor to write the "
                "attack steps for your plan.")


def max_puffs_line(plan: ActionPlan) -> str | None:
    """The most reliever puffs in a day, exactly as the plan gives it (MART/AIR only)."""
    if plan.kind is PlanKind.PREVENTER_RELIEVER:
        return None
    if plan.max_reliever_puffs_per_day is None:
        if plan.kind is PlanKind.AIR:
            return None  # optional on an AIR plan
        return translate("Plan", "My plan does not say the most reliever puffs I can take in "
                                 "a day: ask my nurse or doctor.")
    return fill(translate("Plan", "The most reliever puffs I can take in a day: %1 "
                                  "(as written in my plan)."), plan.max_reliever_puffs_per_day)


AIR_MINIMUM_AGE = 12
MAX_RELIEVER_PUFFS_LIMIT = 24  # a plausibility check on what was typed, not a dose


def air_age_warning(kind: PlanKind, birth_year: int | None, this_year: int) -> str | None:
    """A warning when an AIR plan is for someone who may be under 12 by year of birth."""
    if kind is not PlanKind.AIR or birth_year is None:
        return None
    if this_year - birth_year > AIR_MINIMUM_AGE:
        return None  # 13 or over this year: at least 12 already
    return fill(translate(
        "Plan", "AIR plans are for people aged 12 and over. By the year of birth in this "
                "profile (%1), this person may be under 12: check with the nurse or doctor "
                "that AIR is right."), birth_year)


class PlanError(ValueError):
    """A plan that cannot be agreed as it stands; the message says what to fix."""


def validate_plan(plan: ActionPlan, new: bool = False) -> list[str]:
    """Every problem with the plan, in plain words; an empty list means it can be saved.

    ``new``: a version being agreed now (not one stored or imported from before), which must
    also hold what today's plans need (a MART plan's most reliever puffs a day)."""
    problems: list[str] = []
    if not plan.agreed_by.strip():
        problems.append(translate("Plan", "Please say who agreed this plan with you."))
    if plan.personal_best is not None and not 60 <= plan.personal_best <= 1000:
        problems.append(translate("Plan", "Personal best must be between 60 and 1000 L/min."))
    if not 0 < plan.red_below_pct < plan.amber_below_pct <= 100:
        problems.append(translate(
            "Plan", "The red level must be lower than the amber level, "
                    "and both between 1 and 100 %."))
    if not plan.emergency_number.strip():
        problems.append(translate("Plan", "Please enter the emergency phone number."))
    if plan.next_review is not None and plan.next_review < plan.agreed_on:
        problems.append(translate(
            "Plan", "The next review date can't be before the plan was agreed."))
    if not (plan.green_instructions.strip() or plan.medicines):
        problems.append(translate(
            "Plan", "Please add what to do every day (green zone) or at least one medicine."))
    if not plan.amber_instructions.strip():
        problems.append(translate(
            "Plan", "Please add what to do when asthma gets worse (amber zone)."))
    if not plan.red_instructions.strip():
        problems.append(translate("Plan", "Please add what to do in an asthma attack (red zone)."))
    problems += _attack_step_problems(plan)
    problems += _max_puffs_problems(plan, new)
    if any(m.puffs_each_time is not None and not 1 <= m.puffs_each_time
           <= MAX_RELIEVER_PUFFS_LIMIT for m in plan.medicines):
        problems.append(fill(translate(
            "Plan", "The puffs or tablets each time must be between 1 and %1: copy the number "
                    "from your plan."), MAX_RELIEVER_PUFFS_LIMIT))
    if not 1 <= plan.monitoring_hours <= 24 * 14:
        problems.append(translate("Plan", "Check-in interval must be between 1 hour and 14 days."))
    return problems


def _attack_step_problems(plan: ActionPlan) -> list[str]:
    problems = []
    standard = attack_steps.STANDARD.get(plan.attack_steps_ref or "")
    reliever = (attack_steps.reliever_like(plan.attack_steps) if plan.attack_steps
                else standard is not None and standard.reliever_inhaler)
    if plan.kind is not PlanKind.PREVENTER_RELIEVER and reliever:
        problems.append(translate(
            "Plan", "The reliever attack steps are not for MART or AIR plans: use the steps "
                    "from your own plan."))
    if not plan.attack_steps and plan.attack_steps_ref and standard is None:
        problems.append(fill(translate(
            "Plan", "The plan refers to standard attack steps this version of the app does "
                    "not know (%1). Please update the app."), plan.attack_steps_ref[:60]))
    return problems


def _max_puffs_problems(plan: ActionPlan, new: bool) -> list[str]:
    puffs = plan.max_reliever_puffs_per_day
    if puffs is not None and not 1 <= puffs <= MAX_RELIEVER_PUFFS_LIMIT:
        return [fill(translate(
            "Plan", "The most reliever puffs in a day must be between 1 and %1: copy the "
                    "number from your plan."), MAX_RELIEVER_PUFFS_LIMIT)]
    if new and puffs is None and plan.kind is PlanKind.MART:
        return [translate(
            "Plan", "Please enter the most reliever puffs in a day that your MART plan "
                    "allows, exactly as your nurse or doctor wrote it.")]
    return []
