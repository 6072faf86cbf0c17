"""The year at a glance: totals over the 12 months up to a day, for the review summary, and
the UK guidance facts that those totals bring up (docs/clinical/reviews.md).

Counting rules (stated so that they can be checked, and tested against a brute-force count):
- the window is every day from the same calendar day one year earlier (29 February falls back
  to 28 February) up to and including ``end``: a boundary day is always counted, so a total
  errs towards counting, never under-counting;
- every live attack in the window counts once as an attack, and once under each kind of care
  ticked for it (an attack with A&E and steroid tablets is one A&E visit and one course);
- reliever use: days in the window with a diary entry showing reliever puffs, the days with
  any diary entry, and the calendar weeks (Monday to Sunday) in the window with reliever use
  on more than ``RELIEVER_DAYS_A_WEEK_LIMIT`` days.

A fact is stated as what the guidance says, never as a verdict about the patient.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from .control import Attack, Care
from .guidance import (
    RELIEVER_DAYS_A_WEEK_LIMIT,
    RELIEVER_SOURCE,
    STEROID_COURSES_LIMIT,
    STEROID_SOURCE,
)
from .readings import SymptomEntry
from .text import fill, translate


def year_start(end: date) -> date:
    """The first day of the 12-month window that ends on ``end`` (inclusive)."""
    try:
        return end.replace(year=end.year - 1)
    except ValueError:  # 29 February: the year before has none
        return end.replace(year=end.year - 1, day=28)


@dataclass(frozen=True)
class YearTotals:
    """Attacks and unscheduled care counted over one year."""

    start: date
    end: date
    attacks: int
    steroid_courses: int
    emergency_visits: int  # A&E
    ambulances: int
    admissions: int
    out_of_hours: int  # out-of-hours doctor or NHS 111
    diary_days: int
    reliever_days: int
    busy_reliever_weeks: int  # weeks with reliever use on more than the limit's days

    @property
    def reliever_days_per_week(self) -> float | None:
        """Average over the days with a diary entry (None without any): days not logged are
        not counted as days without reliever, which would make the average too low."""
        if not self.diary_days:
            return None
        return round(self.reliever_days * 7 / self.diary_days, 1)


def _count(attacks: list[Attack], care: Care) -> int:
    return sum(1 for attack in attacks if care in attack.care)


def year_totals(attacks: Iterable[Attack], entries: Iterable[SymptomEntry],
                end: date) -> YearTotals:
    start = year_start(end)
    inside = [a for a in attacks if start <= a.occurred_on <= end]
    diary_days, reliever_days = set(), set()
    for entry in entries:
        day = entry.recorded_at.date()
        if start <= day <= end:
            diary_days.add(day)
            if entry.reliever_puffs > 0:
                reliever_days.add(day)
    per_week: dict[date, int] = {}
    for day in reliever_days:
        monday = day - timedelta(days=day.weekday())
        per_week[monday] = per_week.get(monday, 0) + 1
    return YearTotals(
        start=start, end=end, attacks=len(inside),
        steroid_courses=_count(inside, Care.STEROID_TABLETS),
        emergency_visits=_count(inside, Care.EMERGENCY_DEPARTMENT),
        ambulances=_count(inside, Care.AMBULANCE),
        admissions=_count(inside, Care.HOSPITAL_ADMISSION),
        out_of_hours=sum(1 for a in inside
                         if Care.OUT_OF_HOURS in a.care or Care.NHS_111 in a.care),
        diary_days=len(diary_days), reliever_days=len(reliever_days),
        busy_reliever_weeks=sum(1 for n in per_week.values()
                                if n > RELIEVER_DAYS_A_WEEK_LIMIT))


@dataclass(frozen=True)
class GuidanceFact:
    """What UK guidance says, and where; worded as the guidance, never as a verdict."""

    key: str
    text: str
    source: str

    def full_text(self) -> str:
        return fill(translate("Guidance", "%1 (Source: %2.)"), self.text, self.source)


def facts_that_apply(totals: YearTotals) -> list[GuidanceFact]:
    """The sourced facts whose figure the patient's own totals reach."""
    facts = []
    if totals.steroid_courses > STEROID_COURSES_LIMIT:
        facts.append(GuidanceFact("steroid_courses", fill(translate(
            "Guidance", "You recorded %1 courses of steroid tablets in the last 12 months. UK "
                        "guidance says that people who need more than %2 courses in 12 months "
                        "should be considered for a specialist asthma review \u2014 talk to "
                        "your nurse."), totals.steroid_courses, STEROID_COURSES_LIMIT),
            STEROID_SOURCE))
    if totals.busy_reliever_weeks:
        facts.append(GuidanceFact("reliever", fill(translate(
            "Guidance", "In %1 of the weeks you logged in the last 12 months you used your "
                        "reliever on more than %2 days. UK guidance says that anyone who needs "
                        "their reliever on more than %2 days a week should have their asthma "
                        "reviewed \u2014 talk to your nurse."),
            totals.busy_reliever_weeks, RELIEVER_DAYS_A_WEEK_LIMIT), RELIEVER_SOURCE))
    return facts
