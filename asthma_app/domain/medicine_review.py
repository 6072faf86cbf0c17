"""Medicines taken, for the review summary: preventer doses taken ÷ due over the period,
reliever inhalers started and reliever use per week, and the UK guidance facts those counts
reach (worded as the guidance, never a verdict). Counting rules: domain/doses.py and
domain/inhalers.py."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .doses import Adherence
from .inhalers import WeekUse
from .reliever_facts import inhaler_facts, last_week_fact
from .year_totals import GuidanceFact


@dataclass(frozen=True)
class MedicineFacts:
    """What the diary shows about medicines over a review's period."""

    adherence: Adherence
    unscheduled: tuple[str, ...]  # regular medicines whose times the plan does not give
    inhalers_started: dict[int, int]  # reliever inhalers started in the last 30/91/365 days
    weeks: tuple[WeekUse, ...]  # reliever use per calendar week in the period
    facts: tuple[GuidanceFact, ...]

    @property
    def puffs(self) -> int:
        return sum(week.puffs for week in self.weeks)


def medicine_facts(adherence: Adherence, unscheduled: Iterable[str],
                   inhalers_started: dict[int, int], weeks: Iterable[WeekUse]) -> MedicineFacts:
    weeks = tuple(weeks)
    facts = inhaler_facts(inhalers_started)
    whole = [w for w in weeks if w.monday >= adherence.start]  # the last whole week logged
    week_fact = last_week_fact(whole[-1] if whole else None)
    if week_fact is not None:
        facts.append(week_fact)
    return MedicineFacts(adherence, tuple(unscheduled), dict(inhalers_started), weeks,
                         tuple(facts))
