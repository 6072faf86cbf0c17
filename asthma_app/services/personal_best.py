"""Finding a personal best: two weeks of twice-daily readings while well, then the highest.

The app only proposes; the plan changes when the user confirms, as a new plan version saying
who agreed it (docs/clinical/peak-flow.md). Predicted values are for reference only (same page).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..domain.peak_flow import ADULT_AGES, predicted_eu
from ..domain.plan import ActionPlan, Scale
from ..domain.statistics import to_scale
from ..domain.timeline import day_after, day_start
from ..storage import repository

if TYPE_CHECKING:
    from .session import Session

DAYS = 14
ADULT_FROM_AGE = ADULT_AGES[0]


@dataclass(frozen=True)
class BestProgress:
    """How far the two weeks of readings that find a personal best have come."""

    start: date
    end: date  # today
    days_with_readings: int  # days in the window with any reading
    days_complete: int  # days with both a morning and an evening reading
    sessions: int  # distinct (day, morning/evening) pairs, out of 2 * DAYS
    highest: int | None  # on ``scale``
    highest_day: date | None
    scale: Scale

    @property
    def complete(self) -> bool:
        return self.days_complete >= DAYS


def progress(session: Session, scale: Scale | None = None) -> BestProgress:
    """What the last 14 days (today included) hold for finding a personal best."""
    end = session.clock().date()
    start = end - timedelta(days=DAYS - 1)
    plan = session.plans.current()
    scale = scale or (plan.scale if plan else Scale.EU)
    readings = repository.readings_between(session.db, session.profile_id, day_start(start),
                                           day_after(end))
    sessions, highest, highest_day = set(), None, None
    for reading in readings:
        day = reading.taken_at.date()
        sessions.add((day, reading.session))
        value = to_scale(reading.value, reading.scale, scale)
        if value is not None and (highest is None or value > highest):
            highest, highest_day = value, day
    days = {day for day, _period in sessions}
    complete = sum(1 for day in days if len({p for d, p in sessions if d == day}) == 2)
    return BestProgress(start, end, len(days), complete, len(sessions), highest, highest_day,
                        scale)


def agree_best(session: Session, value: int, agreed_by: str) -> ActionPlan:
    """Save the current plan with ``value`` as personal best: a new version, agreed today."""
    plan = session.plans.current()
    if plan is None:
        raise ValueError("there is no plan to change")
    today = session.clock().date()
    review = plan.next_review if plan.next_review and plan.next_review >= today else None
    return session.plans.agree(replace(plan, personal_best=value, agreed_by=agreed_by.strip(),
                                       agreed_on=today, next_review=review))


def predicted(age: int | None, sex: str, height_cm: float) -> int | None:
    """Predicted peak flow (EU scale), or None: no year of birth, or outside every formula's
    validated range (adult ages 15-85 and heights 140-210 cm; children 85-170 cm)."""
    if age is None:
        return None
    return predicted_eu(age, sex, height_cm)
