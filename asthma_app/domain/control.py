"""Asthma control records: RCP 3 Questions, other control-score totals, attacks and
unscheduled care, and the patient's questions for their review (docs/clinical/questionnaires.md).

The RCP 3 Questions are asked in the project's own words. For the Asthma Control Test,
Childhood ACT and ACQ the app records only the *total* copied from a licensed form: their
questions are copyrighted and are never shown. Meanings never diagnose: they say what the
score usually means and to talk to the nurse.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from .text import fill, translate

MAX_NOTE = 2000
MAX_QUESTION = 500


class Tool(StrEnum):
    RCP3 = "rcp3"
    ACT = "act"
    CACT = "cact"
    ACQ = "acq"

    def label(self) -> str:
        labels = {
            Tool.RCP3: translate("Control", "RCP 3 Questions"),
            Tool.ACT: translate("Control", "Asthma Control Test (ACT)"),
            Tool.CACT: translate("Control", "Childhood Asthma Control Test"),
            Tool.ACQ: translate("Control", "Asthma Control Questionnaire (ACQ)"),
        }
        return labels[self]

    @property
    def low(self) -> float:
        return SCORE_RANGES[self][0]

    @property
    def high(self) -> float:
        return SCORE_RANGES[self][1]


SCORE_RANGES = {Tool.RCP3: (0, 3), Tool.ACT: (5, 25), Tool.CACT: (0, 27), Tool.ACQ: (0, 6)}


def rcp3_questions() -> tuple[str, str, str]:
    """The three RCP questions, in this project's own wording (about the last month)."""
    return (
        translate("Control", "In the last month, has your asthma made it hard to sleep? "
                             "This includes coughing at night."),
        translate("Control", "In the last month, have you had your usual asthma symptoms in the "
                             "day, such as cough, wheeze, a tight chest or feeling short of "
                             "breath?"),
        translate("Control", "In the last month, has your asthma got in the way of your usual "
                             "things, such as work, school, housework or sport?"),
    )


def rcp3_score(answers: tuple[bool, bool, bool]) -> int:
    """One point for each "yes": 0 to 3."""
    if len(answers) != 3:
        raise ControlError(translate("Control", "Please answer all three questions."))
    return sum(bool(answer) for answer in answers)


def rcp3_meaning(score: int) -> str:
    """What a score usually means, without diagnosing (docs/clinical/questionnaires.md)."""
    if score <= 0:
        return translate("Control", "0 out of 3: your answers suggest your asthma is well "
                                    "controlled. Keep following your plan.")
    if score == 1:
        return translate("Control", "1 out of 3: you have had some problems. Mention this to "
                                    "your asthma nurse: they may want to ask you more.")
    return fill(translate("Control", "%1 out of 3: your answers suggest your asthma is not well "
                                     "controlled. Please talk to your asthma nurse or GP soon."),
                score)


# Where each licensed form's own interpretation is published (docs/clinical/questionnaires.md).
# Titles of publications: shown as they are, not translated.
FORM_GUIDE_SOURCES = {
    Tool.ACT: "Asthma Control Test scoring guide (QualityMetric); Nathan RA et al., "
              "J Allergy Clin Immunol 2004;113:59-65",
    Tool.CACT: "Liu AH et al., J Allergy Clin Immunol 2007;119:817-825",
    Tool.ACQ: "Juniper EF et al., Respir Med 2006;100:616-621",
}


@dataclass(frozen=True)
class FormGuide:
    """What a licensed form's own published guide says about a total, and where it says so.

    Worded as the form's guide, never as a diagnosis: the nurse interprets the score.
    """

    band: str
    source: str

    def text(self) -> str:
        return fill(translate("Control", "%1 (Source: %2.) This is the form's guide, not a "
                                         "diagnosis: talk about it with your asthma nurse."),
                    self.band, self.source)


def form_guide(tool: Tool, total: float) -> FormGuide | None:
    """The published interpretation band of a licensed form's total; None for RCP3 (which
    has :func:`rcp3_meaning` in our own words) or a total outside the form's range.

    Bands (exact, no rounding): ACT 20-25 / 16-19 / 5-15; Childhood ACT 19 or less;
    ACQ below 0.75 / 0.75 to below 1.5 (in between) / 1.5 or more.
    """
    if tool is Tool.RCP3 or not SCORE_RANGES[tool][0] <= total <= SCORE_RANGES[tool][1]:
        return None
    if tool is Tool.ACT:
        if total >= 20:
            band = translate("Control", "The form's guide says a total from 20 to 25 means "
                                        "asthma that is well controlled.")
        elif total >= 16:
            band = translate("Control", "The form's guide says a total from 16 to 19 means "
                                        "asthma that is not well controlled.")
        else:
            band = translate("Control", "The form's guide says a total from 5 to 15 means "
                                        "asthma that is very poorly controlled.")
    elif tool is Tool.CACT:
        if total <= 19:
            band = translate("Control", "The form's guide says a total of 19 or less means "
                                        "asthma that is not well controlled.")
        else:
            band = translate("Control", "The form's guide marks a total of 19 or less as not "
                                        "well controlled; this total is above that.")
    elif total < 0.75:
        band = translate("Control", "The form's guide says a score below 0.75 means asthma "
                                    "that is well controlled.")
    elif total < 1.5:
        band = translate("Control", "The form's guide says a score from 0.75 to below 1.5 is "
                                    "in between (a grey zone): neither clearly well "
                                    "controlled nor clearly not.")
    else:
        band = translate("Control", "The form's guide says a score of 1.5 or more means "
                                    "asthma that is not well controlled.")
    return FormGuide(band, FORM_GUIDE_SOURCES[tool])


class ControlError(ValueError):
    """A record that must not be saved; the message says what to fix."""


@dataclass(frozen=True)
class ControlScore:
    """One control score. ``answers`` holds the RCP3 yes/no answers; other tools have none."""

    taken_on: date
    tool: Tool
    total: float
    answers: tuple[bool, ...] = ()
    note: str = ""
    id: int | None = None

    @property
    def when(self) -> datetime:
        return datetime.combine(self.taken_on, datetime.min.time())


def rcp3(taken_on: date, answers: tuple[bool, bool, bool], note: str = "") -> ControlScore:
    return ControlScore(taken_on, Tool.RCP3, rcp3_score(answers), tuple(answers), note)


def validate_score(score: ControlScore, today: date) -> None:
    low, high = SCORE_RANGES[score.tool]
    if score.taken_on > today:
        raise ControlError(translate("Control", "The date can't be in the future."))
    if not isinstance(score.total, (int, float)) or not low <= score.total <= high:
        raise ControlError(fill(translate(
            "Control", "A %1 score must be between %2 and %3. Please check the form."),
            score.tool.label(), _number(low), _number(high)))
    if score.tool is not Tool.ACQ and score.total != int(score.total):
        raise ControlError(fill(translate(
            "Control", "A %1 score is a whole number."), score.tool.label()))
    if score.tool is Tool.RCP3 and (len(score.answers) != 3
                                    or rcp3_score(score.answers) != score.total):
        raise ControlError(translate("Control", "Please answer all three questions."))
    if len(score.note) > MAX_NOTE:
        raise ControlError(translate("Control", "The note is too long."))


def _number(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


class Care(StrEnum):
    """What happened in an attack: the unscheduled care that a review asks about."""

    URGENT_APPOINTMENT = "urgent_appointment"
    OUT_OF_HOURS = "out_of_hours"
    NHS_111 = "nhs_111"
    EMERGENCY_DEPARTMENT = "emergency_department"
    AMBULANCE = "ambulance"
    HOSPITAL_ADMISSION = "hospital_admission"
    STEROID_TABLETS = "steroid_tablets"

    def label(self) -> str:
        labels = {
            Care.URGENT_APPOINTMENT: translate("Care", "Urgent GP or nurse appointment"),
            Care.OUT_OF_HOURS: translate("Care", "Out-of-hours doctor"),
            Care.NHS_111: translate("Care", "Called NHS 111"),
            Care.EMERGENCY_DEPARTMENT: translate("Care", "A&E (emergency department)"),
            Care.AMBULANCE: translate("Care", "Ambulance"),
            Care.HOSPITAL_ADMISSION: translate("Care", "Stayed in hospital"),
            Care.STEROID_TABLETS: translate("Care", "Course of steroid tablets"),
        }
        return labels[self]


class FollowUp(StrEnum):
    """The follow-up after an attack (domain/follow_up.py says which attacks need one)."""

    OPEN = "open"  # not booked yet: the reminder shows
    BOOKED = "booked"  # booked: the reminder to bring the plan shows
    DONE = "done"  # seen: nothing shows


@dataclass(frozen=True)
class Attack:
    """An asthma attack or a time unscheduled care was needed."""

    occurred_on: date
    care: tuple[Care, ...] = ()
    note: str = ""
    id: int | None = None
    follow_up: FollowUp | None = None  # None: no follow-up was started for this attack

    @property
    def when(self) -> datetime:
        return datetime.combine(self.occurred_on, datetime.min.time())


def validate_attack(attack: Attack, today: date) -> None:
    if attack.occurred_on > today:
        raise ControlError(translate("Control", "The date can't be in the future."))
    if len(set(attack.care)) != len(attack.care):
        raise ControlError(translate("Control", "Each kind of care can be ticked only once."))
    if len(attack.note) > MAX_NOTE:
        raise ControlError(translate("Control", "The note is too long."))


@dataclass(frozen=True)
class ReviewQuestion:
    """Something the patient wants to ask at their next review."""

    text: str
    created_at: datetime
    answered_at: datetime | None = None
    id: int | None = None

    @property
    def answered(self) -> bool:
        return self.answered_at is not None


def validate_question(text: str) -> str:
    cleaned = " ".join(text.split())
    if not cleaned:
        raise ControlError(translate("Control", "Please type your question."))
    if len(cleaned) > MAX_QUESTION:
        raise ControlError(fill(translate(
            "Control", "Please keep the question shorter (%1 letters at most)."), MAX_QUESTION))
    return cleaned
