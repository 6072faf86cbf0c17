"""The personal asthma action plan, as agreed with a nurse or doctor.

Everything clinical in it (thresholds, signs, instructions, medicines) is the clinician's
choice; the app only stores it, checks it is complete and shows it back. The defaults below
are the starting points named in clinical-facts §2-3, all editable.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from .text import translate


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


def night_waking_sign(signs) -> str | None:
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
    """UK steps for people whose reliever is a separate SABA inhaler (clinical-facts §2.3)."""
    return (
        translate("Plan", "Sit up straight and stay as calm as you can."),
        translate("Plan", "Use your reliever inhaler: 1 puff, then wait 30 to 60 seconds before "
                          "the next one, up to 10 puffs. Use your spacer if you have one."),
        translate("Plan", "Call %1 for an ambulance if you get worse at any time, if you are "
                          "no better after 10 puffs, or if you do not have your reliever."),
        translate("Plan", "Waiting for the ambulance: if it has not come after 10 minutes and "
                          "you are still no better, do step 2 again."),
        translate("Plan", "Still no better and still no ambulance? Call %1 again at once."),
        translate("Plan", "If you get better without calling %1, you still need to see your GP "
                          "or asthma nurse today: ask for an urgent appointment."),
    )


def default_own_inhaler_attack_steps() -> tuple[str, ...]:
    """General steps for MART/AIR plans: no puff counts, which only the clinician can give."""
    return (
        translate("Plan", "Sit up straight. Try to keep calm."),
        translate("Plan", "Use your inhaler exactly as the red zone of your plan says."),
        translate("Plan", "If you feel worse at any point, or you are not getting better, "
                          "call %1 for an ambulance."),
        translate("Plan", "If your symptoms settle and you did not need to call %1, get an "
                          "urgent same-day appointment with your GP or asthma nurse."),
    )


def default_attack_steps(kind: PlanKind) -> tuple[str, ...]:
    """The SABA steps are not for MART/AIR users (clinical-facts §2.1)."""
    if kind is PlanKind.PREVENTER_RELIEVER:
        return default_uk_attack_steps()
    return default_own_inhaler_attack_steps()


def danger_signs() -> tuple[str, ...]:
    """Signs that always mean calling the emergency number now (clinical-facts §2.4)."""
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
    attack_steps: tuple[str, ...] = field(default_factory=default_uk_attack_steps)
    next_review: date | None = None
    monitoring_hours: int = DEFAULT_MONITORING_HOURS
    version_id: int | None = None
    version: int | None = None

    @property
    def uses_peak_flow(self) -> bool:
        return self.personal_best is not None

    def instructions_for(self, zone) -> str:  # zone: Zone (imported lazily to avoid a cycle)
        return {1: self.green_instructions, 2: self.amber_instructions,
                3: self.red_instructions}[int(zone)]

    def with_version(self, version_id: int, version: int) -> ActionPlan:
        return replace(self, version_id=version_id, version=version)


class PlanError(ValueError):
    """A plan that cannot be agreed as it stands; the message says what to fix."""


def validate_plan(plan: ActionPlan) -> list[str]:
    """Every problem with the plan, in plain words; an empty list means it can be saved."""
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
    saba_steps = plan.attack_steps == default_uk_attack_steps()
    if plan.kind is not PlanKind.PREVENTER_RELIEVER and saba_steps:
        problems.append(translate(
            "Plan", "The reliever attack steps are not for MART or AIR plans: use the steps "
                    "from your own plan."))
    if not 1 <= plan.monitoring_hours <= 24 * 14:
        problems.append(translate("Plan", "Check-in interval must be between 1 hour and 14 days."))
    return problems
