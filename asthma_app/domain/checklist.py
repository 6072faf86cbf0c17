"""What the nurse checks: a short review checklist the nurse and patient fill in together
(docs/clinical/reviews.md, "What an annual review records").

It records what was checked and what the patient said, never a judgement: every answer may be
left as "not asked". The newest checklist is the next review's starting point.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum

from .control import ControlError
from .text import translate

MAX_AGENDA = 2000
MAX_DEVICE = 200


class YesNo(StrEnum):
    YES = "yes"
    NO = "no"

    def label(self) -> str:
        return {YesNo.YES: translate("Checklist", "Yes"),
                YesNo.NO: translate("Checklist", "No")}[self]


class Smoking(StrEnum):
    NEVER = "never"
    EX = "ex"
    CURRENT = "current"

    def label(self) -> str:
        return {Smoking.NEVER: translate("Checklist", "Never smoked"),
                Smoking.EX: translate("Checklist", "Used to smoke"),
                Smoking.CURRENT: translate("Checklist", "Smokes now")}[self]


class PlanGiven(StrEnum):
    GIVEN = "given"  # a new written plan
    UPDATED = "updated"
    UNCHANGED = "unchanged"  # looked at together, no change

    def label(self) -> str:
        return {PlanGiven.GIVEN: translate("Checklist", "New written plan given"),
                PlanGiven.UPDATED: translate("Checklist", "Plan updated"),
                PlanGiven.UNCHANGED: translate("Checklist", "Plan looked at, no change")}[self]


@dataclass(frozen=True)
class ReviewChecklist:
    """One review's checklist. ``None`` answers mean "not asked"."""

    done_on: date
    technique_checked_on: date | None = None
    device: str = ""
    spacer: YesNo | None = None
    smoking: Smoking | None = None
    second_hand_smoke: YesNo | None = None
    flu_vaccine: YesNo | None = None  # this season
    plan_given: PlanGiven | None = None
    agenda: str = ""  # what the patient wanted to talk about
    id: int | None = None

    @property
    def when(self) -> datetime:
        return datetime.combine(self.done_on, datetime.min.time())


def validate_checklist(checklist: ReviewChecklist, today: date) -> ReviewChecklist:
    """The checklist with its text tidied, or ControlError saying what to fix."""
    if checklist.done_on > today:
        raise ControlError(translate("Checklist", "The review date can't be in the future."))
    checked = checklist.technique_checked_on
    if checked is not None and checked > today:
        raise ControlError(translate("Checklist", "The date the inhaler technique was checked "
                                                  "can't be in the future."))
    if len(checklist.agenda) > MAX_AGENDA or len(checklist.device) > MAX_DEVICE:
        raise ControlError(translate("Checklist", "Some of the text is too long. Please "
                                                  "shorten it."))
    return replace(checklist, device=" ".join(checklist.device.split()),
                   agenda=checklist.agenda.strip())


def flu_season(day: date) -> str:
    """The flu vaccine season a day falls in, as "2026/27" (UK seasons start in September)."""
    first = day.year if day.month >= 9 else day.year - 1
    return f"{first}/{(first + 1) % 100:02d}"
