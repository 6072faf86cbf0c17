"""The UK guidance facts that the patient's own reliever counts reach, worded as the guidance
(never a verdict, never a change of treatment). Figures: domain/guidance.py."""

from __future__ import annotations

from .guidance import (
    NRAD_SOURCE,
    RELIEVER_DAYS_A_WEEK_LIMIT,
    RELIEVER_INHALERS_A_MONTH_LIMIT,
    RELIEVER_INHALERS_A_YEAR_FIGURE,
    RELIEVER_INHALERS_MONTH_SOURCE,
    RELIEVER_INHALERS_NRAD_LIMIT,
    RELIEVER_INHALERS_YEAR_SOURCE,
    RELIEVER_SOURCE,
)
from .inhalers import WeekUse
from .text import fill, translate
from .year_totals import GuidanceFact


def inhaler_facts(started: dict[int, int]) -> list[GuidanceFact]:
    """``started``: reliever inhalers started in the last 30, 91 and 365 days."""
    facts = []
    if started.get(30, 0) > RELIEVER_INHALERS_A_MONTH_LIMIT:
        facts.append(GuidanceFact("reliever_inhalers_month", fill(translate(
            "Guidance", "Reliever inhalers you started in the last month: %1. UK guidance "
                        "says that using more than one reliever inhaler a month needs an "
                        "urgent asthma review \u2014 talk to your nurse or GP soon."),
            started[30]), RELIEVER_INHALERS_MONTH_SOURCE))
    year = started.get(365, 0)
    if year > RELIEVER_INHALERS_NRAD_LIMIT:
        facts.append(GuidanceFact("reliever_inhalers_nrad", fill(translate(
            "Guidance", "Reliever inhalers you started in the last 12 months: %1. A "
                        "national review of asthma deaths found that many people who died had "
                        "been given more than %2 reliever inhalers in the year before \u2014 "
                        "talk to your nurse or GP soon."), year, RELIEVER_INHALERS_NRAD_LIMIT),
            NRAD_SOURCE))
    elif year >= RELIEVER_INHALERS_A_YEAR_FIGURE:
        facts.append(GuidanceFact("reliever_inhalers_year", fill(translate(
            "Guidance", "Reliever inhalers you started in the last 12 months: %1. UK "
                        "guidance says that %2 or more reliever inhalers in a year have been "
                        "linked with serious asthma attacks \u2014 talk to your nurse."),
            year, RELIEVER_INHALERS_A_YEAR_FIGURE), RELIEVER_INHALERS_YEAR_SOURCE))
    return facts


def last_week_fact(week: WeekUse | None) -> GuidanceFact | None:
    """For the latest whole week: reliever on more than the limit's days."""
    if week is None or week.days <= RELIEVER_DAYS_A_WEEK_LIMIT:
        return None
    return GuidanceFact("reliever_week", fill(translate(
        "Guidance", "Days you used your reliever in the week from %2: %1. UK guidance "
                    "says that anyone who needs their reliever on more than %3 days a week "
                    "should have their asthma reviewed \u2014 talk to your nurse."),
        week.days, week.monday.isoformat(), RELIEVER_DAYS_A_WEEK_LIMIT), RELIEVER_SOURCE)
