"""Plain-language notes under the Trends charts: facts about a period, never a diagnosis.

Each note is one whole translatable sentence (``translate`` + ``fill``). Wording from the
plan is quoted exactly as the clinician wrote it, and only when the plan has such a sign; the
app adds no threshold of its own (docs/clinical/safety-boundary.md and peak-flow.md: show
the number, do not diagnose).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .plan import ActionPlan
from .text import fill, translate

if TYPE_CHECKING:
    from .statistics import PeriodStats


def _plan_sign(plan: ActionPlan | None, keyword: str) -> str | None:
    """The first amber sign of ``plan`` that mentions ``keyword`` (case-insensitive)."""
    if plan is None or not keyword:
        return None
    for sign in plan.amber_signs:
        if keyword.casefold() in sign.casefold():
            return sign
    return None


def _quote(sign: str | None) -> list[str]:
    if sign is None:
        return []
    template = translate("Trends", "Your action plan lists this as an amber sign: \u201c%1\u201d.")
    return [fill(template, sign)]


def _days_of(count: int, stats: PeriodStats, complete: str, partial: str) -> str:
    """``complete`` when every day has a diary entry, else ``partial`` naming the gaps."""
    if stats.diary_days == stats.days:
        return fill(complete, count, stats.days)
    return fill(partial, count, stats.diary_days, stats.days - stats.diary_days)


def _reliever_notes(stats: PeriodStats, plan: ActionPlan | None) -> list[str]:
    note = _days_of(stats.reliever_days, stats,
                    translate("Trends", "Reliever used on %1 of the %2 days in this period."),
                    translate("Trends", "Reliever used on %1 of the %2 days with a diary entry "
                                        "(days without an entry: %3)."))
    notes = [note]
    if stats.days > 7 and stats.diary_days == stats.days:
        notes.append(fill(translate("Trends", "That is %1 days a week on average."),
                          stats.reliever_days_per_week))
    if stats.reliever_days:
        # Translators: a word that appears in the plan's amber sign about reliever use.
        notes += _quote(_plan_sign(plan, translate("Trends", "reliever")))
    return notes


def _night_notes(stats: PeriodStats, plan: ActionPlan | None) -> list[str]:
    notes = [_days_of(stats.night_waking_days, stats,
                      translate("Trends", "Woken at night by asthma on %1 of the %2 days in "
                                          "this period."),
                      translate("Trends", "Woken at night by asthma on %1 of the %2 days with a "
                                          "diary entry (days without an entry: %3)."))]
    if stats.night_waking_days:
        # Translators: a word that appears in the plan's amber sign about waking at night.
        notes += _quote(_plan_sign(plan, translate("Trends", "night")))
    return notes


def _peak_flow_notes(stats: PeriodStats, plan: ActionPlan | None) -> list[str]:
    if stats.readings_count == 0:
        return [translate("Trends", "No peak flow readings in this period.")]
    notes = []
    if stats.mean_morning is not None:
        notes.append(fill(translate("Trends", "Average morning peak flow: %1 L/min."),
                          stats.mean_morning))
    if stats.mean_evening is not None:
        notes.append(fill(translate("Trends", "Average evening peak flow: %1 L/min."),
                          stats.mean_evening))
    if stats.highest is not None:
        notes.append(fill(translate("Trends", "Highest reading %1 L/min, lowest %2 L/min."),
                          stats.highest, stats.lowest))
    if stats.lowest_pct_best is not None:
        notes.append(fill(translate("Trends", "The lowest reading was %1 % of the personal best "
                                              "in your plan at the time."), stats.lowest_pct_best))
    if stats.variability_pct is not None:
        notes.append(fill(translate("Trends", "Peak flow varied by %1 % on average between "
                                              "morning and evening (days with both readings: %2)."),
                          stats.variability_pct, stats.variability_days))
    if stats.readings_missed and plan is not None and plan.uses_peak_flow:
        notes.append(fill(translate("Trends", "%1 of %2 morning and evening readings were not "
                                              "recorded."), stats.readings_missed, 2 * stats.days))
    return notes


def _zone_notes(stats: PeriodStats) -> list[str]:
    notes = [fill(translate("Trends", "Days in the green zone: %1. Amber zone: %2. Red zone: %3. "
                                      "No data: %4."),
                  stats.days_green, stats.days_amber, stats.days_red, stats.days_no_data)]
    if stats.days_unzoned:
        notes.append(fill(translate("Trends", "Days with data but no zone, because no plan with "
                                              "zones was in force: %1."), stats.days_unzoned))
    return notes


def notes_for(stats: PeriodStats, plan: ActionPlan | None) -> list[str]:
    """Notes for ``stats``, quoting ``plan`` (normally the plan in force now) where it helps."""
    notes = _peak_flow_notes(stats, plan) + _zone_notes(stats)
    if stats.diary_days == 0:
        notes.append(translate("Trends", "No diary entries in this period."))
    else:
        notes += _reliever_notes(stats, plan) + _night_notes(stats, plan)
    if stats.unconverted:
        notes.append(fill(translate("Trends", "Readings left out of these figures because they "
                                              "could not be converted to one meter scale: %1."),
                          stats.unconverted))
    return notes
