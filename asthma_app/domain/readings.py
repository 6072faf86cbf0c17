"""Peak-flow readings and symptom diary entries, with input validation.

Plausible values and the best of three blows: docs/clinical/peak-flow.md.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from .plan import Scale
from .text import fill, translate

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


def parse_blow(text: str) -> BlowCheck:
    """Turn what the user typed into L/min, refusing anything that is not a plausible number."""
    cleaned = text.strip().replace(",", "")
    if cleaned.lower().endswith("l/min"):
        cleaned = cleaned[:-5].strip()
    if not cleaned:
        return BlowCheck(error=translate("Reading", "Please type a number."))
    try:
        number = float(cleaned)
        if not math.isfinite(number):  # float() takes "nan" and "inf"; int() would crash
            raise ValueError(cleaned)
    except ValueError:
        return BlowCheck(error=fill(translate(
            "Reading", "\u201c%1\u201d is not a number. Type the number the pointer shows, "
                       "for example 450."), text.strip()))
    if number != int(number):
        if number < 20:
            return BlowCheck(error=translate(
                "Reading", "This looks like litres per second. The app uses litres per minute "
                           "(L/min): type the number on your meter's L/min scale."))
        return BlowCheck(error=translate("Reading", "Please type a whole number, for example 450."))
    return check_value(int(number))


def check_value(value: int, personal_best: int | None = None) -> BlowCheck:
    if value < REFUSE_BELOW or value > REFUSE_ABOVE:
        if 0 < value < 20:
            return BlowCheck(error=translate(
                "Reading", "This looks like litres per second. The app uses litres per minute "
                           "(L/min): type the number on your meter's L/min scale."))
        return BlowCheck(error=fill(translate(
            "Reading", "%1 L/min can't be right: peak flow meters read between %2 and %3 L/min. "
                       "Please check the number."), value, REFUSE_BELOW, REFUSE_ABOVE))
    warnings: list[str] = []
    if value < CHECK_BELOW or value > CHECK_ABOVE:
        warnings.append(fill(translate(
            "Reading", "%1 L/min is unusual. Please check you typed it right."), value))
    if personal_best and value * 100 > CHECK_ABOVE_BEST_PCT * personal_best:
        warnings.append(fill(translate(
            "Reading", "%1 L/min is more than 20 % above your personal best of %2. Please "
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
