"""Peak-flow readings and symptom diary entries, with input validation.

Plausible values and the best of three blows: docs/clinical/peak-flow.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from .plan import Scale
from .text import fill, translate
from .typed_numbers import TypedNumber, litres_per_second_message, parse_whole_number

REFUSE_BELOW = 30
REFUSE_ABOVE = 1000
CHECK_BELOW = 60
CHECK_ABOVE = 800
CHECK_ABOVE_BEST_PCT = 120
MAX_RELIEVER_PUFFS = 200


class Period(StrEnum):
    MORNING = "morning"
    EVENING = "evening"

    def label(self) -> str:
        if self is Period.MORNING:
            return translate("Reading", "Morning")
        return translate("Reading", "Evening")


def period_for(moment: datetime) -> Period:
    """Before 2 pm counts as the morning reading, later as the evening one (editable)."""
    return Period.MORNING if moment.hour < 14 else Period.EVENING


@dataclass(frozen=True)
class PeakFlowReading:
    """A peak flow reading: one to three blows, as typed."""

    taken_at: datetime
    blows: tuple[int, ...]  # one to three blows, L/min
    scale: Scale = Scale.EU
    period: Period | None = None
    after_reliever: bool = False
    note: str = ""
    plan_version_id: int | None = None
    id: int | None = None

    @property
    def value(self) -> int:
        """The best of the blows: the one that counts (docs/clinical/peak-flow.md)."""
        return max(self.blows)

    @property
    def when(self) -> datetime:
        return self.taken_at

    @property
    def session(self) -> Period:
        return self.period or period_for(self.taken_at)


@dataclass(frozen=True)
class SymptomEntry:
    """One day's symptom diary entry."""

    recorded_at: datetime
    daytime_symptoms: bool = False
    night_waking: bool = False
    activity_limited: bool = False
    reliever_puffs: int = 0
    triggers: tuple[str, ...] = ()
    amber_signs: tuple[str, ...] = ()  # signs from the plan's amber list the patient ticked
    red_signs: tuple[str, ...] = ()
    note: str = ""
    plan_version_id: int | None = None
    id: int | None = None

    @property
    def when(self) -> datetime:
        return self.recorded_at


@dataclass(frozen=True)
class BlowCheck:
    """What the app thinks of one typed value: refused (error), doubtful (warning) or fine."""

    value: int | None = None
    error: str = ""
    warnings: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.error


class ReadingError(ValueError):
    """A reading that must not be saved; the message is shown to the user as it is."""


def parse_blow(text: str, language: str = "en") -> BlowCheck:
    """Turn what the user typed into L/min, refusing anything that is not a plausible number.

    ``language`` is the app's current language code: it decides the one thousands-separator
    form accepted ("1,000" or "1 000"); decimals in any form are refused (typed_numbers).
    """
    typed = parse_whole_number(text, language)
    if typed.value is None:  # refused (TypedNumber: no value exactly when refused)
        return BlowCheck(error=typed.error)
    return check_value(typed.value)


def check_value(value: int, personal_best: int | None = None) -> BlowCheck:
    if value < REFUSE_BELOW or value > REFUSE_ABOVE:
        if 0 < value < 20:
            return BlowCheck(error=litres_per_second_message())
        return BlowCheck(error=fill(translate(
            "Reading", "%1\u00a0L/min can't be right: peak flow meters read between %2 and "
                       "%3\u00a0L/min. "
                       "Please check the number."), value, REFUSE_BELOW, REFUSE_ABOVE))
    warnings: list[str] = []
    if value < CHECK_BELOW or value > CHECK_ABOVE:
        warnings.append(fill(translate(
            "Reading", "%1\u00a0L/min is unusual. Please check you typed it right."), value))
    if personal_best and value * 100 > CHECK_ABOVE_BEST_PCT * personal_best:
        warnings.append(fill(translate(
            "Reading", "%1\u00a0L/min is more than 20\u00a0% above your personal best of %2. "
                       "Please "
                       "check the reading. If it is right, talk to your nurse about a new "
                       "personal best."),
            value, personal_best))
    return BlowCheck(value=value, warnings=tuple(warnings))


def validate_reading(reading: PeakFlowReading) -> None:
    """Last line of defence before storage: raises ReadingError for an impossible reading."""
    if not 1 <= len(reading.blows) <= 3:
        raise ReadingError(translate("Reading", "Please enter one to three blows."))
    for blow in reading.blows:
        check = check_value(blow)
        if not check.ok:
            raise ReadingError(check.error)


def validate_symptoms(entry: SymptomEntry) -> None:
    if not 0 <= entry.reliever_puffs <= MAX_RELIEVER_PUFFS:
        raise ReadingError(fill(translate(
            "Reading", "Reliever puffs must be a number from 0 to %1."), MAX_RELIEVER_PUFFS))


BEST_LOWEST = 60  # the plan check's range (plan.validate_plan): one rule for box and plan
BEST_HIGHEST = 1000


def parse_personal_best(text: str, language: str = "en") -> TypedNumber:
    """A typed personal best in L/min, or why it is refused; never a number not typed."""
    typed = parse_whole_number(text, language)
    if typed.value is None:  # refused
        return typed
    if 0 < typed.value < 20:
        return TypedNumber(error=litres_per_second_message())
    if not BEST_LOWEST <= typed.value <= BEST_HIGHEST:
        return TypedNumber(error=translate("Plan", "Personal best must be between 60 and 1000 "
                                                   "L/min."))
    return typed
