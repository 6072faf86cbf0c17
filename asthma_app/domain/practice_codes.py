"""The review summary's "for your practice" part: the answers an asthma review template asks
for, each beside the SNOMED CT concept a practice would record, so a nurse can code the review
in minutes. Pure: built from a ReviewSummary.

Codes and their sources are in docs/clinical/interoperability.md. The app codes only what it
knows: an answer whose meaning no listed concept matches exactly (no daytime symptoms in the
last month is not "never causes daytime symptoms"), reliever use, the other kinds of
unscheduled care and the patient's questions are given as text with no code, never with a
near-miss code. The app records what the patient entered; the nurse decides what to code.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from .control import Care, Tool
from .review import ReviewSummary
from .text import fill, translate

SNOMED = "http://snomed.info/sct"

# (code, the concept's description) - docs/clinical/interoperability.md, "Review template"
HAS_WRITTEN_PLAN = ("527171000000103", "Patient has a written asthma personal action plan")
PLAN_AGREED = ("811921000000103", "Asthma self-management plan agreed")
PLAN_REVIEW = ("810901000000102", "Asthma self-management plan review")
RCP3_REVIEW = ("754061000000100", "Asthma review using Royal College of Physicians three questions")
SLEEP_YES = ("170631002", "Asthma disturbing sleep")
SLEEP_NO = ("170635006", "Asthma not disturbing sleep")
DAYTIME_YES = ("373899003", "Asthma daytime symptoms")
ACTIVITY_YES = ("170637003", "Asthma limiting activities")
ACTIVITY_NO = ("170638008", "Asthma not limiting activities")
SCORE_CODES = {
    Tool.ACT: ("443117005", "Asthma control test"),
    Tool.CACT: ("905301000103", "Childhood Asthma Control Test"),
    Tool.ACQ: ("763077003", "Asthma control questionnaire"),
}
EXACERBATIONS_YEAR = ("366874008", "Number of asthma exacerbations in past year")
AE_SINCE_LAST = ("708373002", "Asthma accident and emergency attendance since last visit")
ADMISSION_SINCE_LAST = ("708358003", "Emergency asthma admission since last appointment")
NO_CODE = ("", "")


@dataclass(frozen=True)
class CodedLine:
    """One answer: what the template asks, the patient's answer, and its code (or none)."""

    label: str
    value: str
    code: str = ""
    display: str = ""  # the concept's description, in English as SNOMED CT publishes it


def _line(label: str, value: str, concept: tuple[str, str] = NO_CODE) -> CodedLine:
    return CodedLine(label, value, *concept)


def practice_lines(summary: ReviewSummary,
                   date_text: Callable[[date], str] = date.isoformat) -> tuple[CodedLine, ...]:
    yes, no = translate("PracticePart", "Yes"), translate("PracticePart", "No")
    lines = [_plan_line(summary, date_text)]
    checklist = summary.checklist
    if checklist is not None and checklist.plan_given is not None:
        from .checklist import PlanGiven  # lazy: start-up

        concept = PLAN_REVIEW if checklist.plan_given is PlanGiven.UNCHANGED else PLAN_AGREED
        lines.append(
            _line(
                translate("PracticePart", "Action plan at this review"),
                checklist.plan_given.label(),
                concept,
            )
        )
    rcp3 = summary.latest_rcp3
    if rcp3 is None:
        lines.append(
            _line(
                translate("PracticePart", "RCP 3 Questions"),
                translate("PracticePart", "Not answered in this period"),
            )
        )
    else:
        sleep, day, activity = rcp3.answers
        lines += [
            _line(
                translate("PracticePart", "RCP 3 Questions"),
                fill(
                    translate("PracticePart", "Answered %1: %2 of 3 yes"),
                    date_text(rcp3.taken_on),
                    int(rcp3.total),
                ),
                RCP3_REVIEW,
            ),
            _line(
                translate("PracticePart", "Trouble sleeping because of asthma (last month)"),
                yes if sleep else no,
                SLEEP_YES if sleep else SLEEP_NO,
            ),
            _line(
                translate("PracticePart", "Usual asthma symptoms during the day (last month)"),
                yes if day else no,
                DAYTIME_YES if day else NO_CODE,
            ),
            _line(
                translate("PracticePart", "Asthma stopped usual activities (last month)"),
                yes if activity else no,
                ACTIVITY_YES if activity else ACTIVITY_NO,
            ),
        ]
    for score in summary.other_scores:  # newest first; totals from licensed forms only
        lines.append(
            _line(
                fill(
                    translate("PracticePart", "%1 (total entered from a licensed form)"),
                    score.tool.label(),
                ),
                fill(
                    translate("PracticePart", "%1 on %2"),
                    _number(score.total),
                    date_text(score.taken_on),
                ),
                SCORE_CODES.get(score.tool, NO_CODE),
            )
        )
    lines += _attack_lines(summary)
    stats = summary.stats
    lines.append(
        _line(
            translate("PracticePart", "Reliever use"),
            fill(
                translate(
                    "PracticePart", "On %1 of %2 days with a diary entry (about %3 days a week)"
                ),
                stats.reliever_days,
                stats.diary_days,
                f"{stats.reliever_days_per_week:.1f}",
            )
            if stats.diary_days
            else translate("PracticePart", "No diary entries in this period"),
        )
    )
    questions = [q.text for q in summary.questions]
    lines.append(
        _line(
            translate("PracticePart", "Questions for the nurse"),
            "\n".join(questions) if questions else translate("PracticePart", "None"),
        )
    )
    return tuple(lines)


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}"


def _plan_line(summary: ReviewSummary, date_text: Callable[[date], str]) -> CodedLine:
    label = translate("PracticePart", "Written action plan held")
    plan = summary.plan
    if plan is None:
        return _line(label, translate("PracticePart", "No plan in the app"))
    return _line(
        label,
        fill(
            translate("PracticePart", "Yes: agreed %1 with %2"),
            date_text(plan.agreed_on),
            plan.agreed_by,
        ),
        HAS_WRITTEN_PLAN,
    )


def _attack_lines(summary: ReviewSummary) -> list[CodedLine]:
    attacks = summary.attacks

    def count(care: Care) -> int:
        return sum(1 for a in attacks if care in a.care)

    lines = [_line(translate("PracticePart", "Attacks since the last review"), str(len(attacks)))]
    if summary.year is not None:
        lines.append(
            _line(
                translate("PracticePart", "Attacks in the last 12 months"),
                str(summary.year.attacks),
                EXACERBATIONS_YEAR,
            )
        )
    lines += [
        _line(
            translate("PracticePart", "A&E visits since the last review"),
            str(count(Care.EMERGENCY_DEPARTMENT)),
            AE_SINCE_LAST,
        ),
        _line(
            translate("PracticePart", "Hospital admissions since the last review"),
            str(count(Care.HOSPITAL_ADMISSION)),
            ADMISSION_SINCE_LAST,
        ),
    ]
    for care in (
        Care.URGENT_APPOINTMENT,
        Care.OUT_OF_HOURS,
        Care.NHS_111,
        Care.AMBULANCE,
        Care.STEROID_TABLETS,
    ):
        lines.append(
            _line(
                fill(translate("PracticePart", "%1 since the last review"), care.label()),
                str(count(care)),
            )
        )
    return lines
