"""Zone assessment: from the patient's own plan and their latest data to what to show.

One pure function, :func:`assess`. It compares, never prescribes: the zone comes from the
plan's thresholds and ticked signs, the advice is the plan's own text for that zone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from .peak_flow import convert_clamped, convertible_range, percent_of_best
from .plan import ActionPlan
from .readings import PeakFlowReading, SymptomEntry
from .text import fill, translate
from .zones import Zone, zone_for_percent


@dataclass(frozen=True)
class Assessment:
    """The result behind the Today card. ``zone`` is None for the "no zone yet" state."""

    zone: Zone | None
    reasons: tuple[str, ...]
    instructions: str = ""
    data_time: datetime | None = None
    stale: bool = False
    next_step: str = ""  # what to do when there is no zone yet
    plan_version_id: int | None = None
    evidence: tuple[str, ...] = field(default=())  # "reading" / "symptoms" behind the zone


def reading_zone(plan: ActionPlan, reading: PeakFlowReading) -> tuple[Zone, str]:
    """Zone of one reading under ``plan``, and the sentence that explains it."""
    best = plan.personal_best
    assert best is not None
    value = reading.value
    converted = ""
    if reading.scale != plan.scale:
        # Outside the formula's range use its nearest end: that can only make the zone worse.
        low, high = convertible_range(reading.scale)
        if value > high:
            template = translate("Assessment", " (at least %1 L/min on your plan's meter scale)")
        elif value < low:
            template = translate("Assessment", " (at most %1 L/min on your plan's meter scale)")
        else:
            template = translate("Assessment", " (%1 L/min on your plan's meter scale)")
        value = convert_clamped(value, reading.scale, plan.scale)
        converted = fill(template, value)
    zone = zone_for_percent(value, best, plan.amber_below_pct, plan.red_below_pct)
    pct = percent_of_best(value, best)
    if zone is Zone.RED:
        template = translate("Assessment", "%1 L/min%2 is %3 % of your best of %4: below your "
                                           "red level of %5 %.")
        reason = fill(template, reading.value, converted, pct, best, plan.red_below_pct)
    elif zone is Zone.AMBER:
        template = translate("Assessment", "%1 L/min%2 is %3 % of your best of %4: below your "
                                           "amber level of %5 %.")
        reason = fill(template, reading.value, converted, pct, best, plan.amber_below_pct)
    else:
        template = translate("Assessment", "%1 L/min%2 is %3 % of your best of %4: at or above "
                                           "your amber level of %5 %.")
        reason = fill(template, reading.value, converted, pct, best, plan.amber_below_pct)
    return zone, reason


def judge_reading(reading: PeakFlowReading, plan: ActionPlan | None) -> tuple[int | None,
                                                                           Zone | None]:
    """(% of best rounded down, zone) of one reading under ``plan``; (None, None) if no zone.

    Same rule as the Today card (:func:`reading_zone`) without building a sentence, including
    its conversion at the ends of the scale formula, so both give the same zone. Used by the
    statistics and the Today prompts (kept here so Today need not load the statistics).
    """
    if plan is None or plan.personal_best is None:
        return None, None
    value = convert_clamped(reading.value, reading.scale, plan.scale)
    best = plan.personal_best
    return (percent_of_best(value, best),
            zone_for_percent(value, best, plan.amber_below_pct, plan.red_below_pct))


def entry_zone(entry: SymptomEntry, plan: ActionPlan | None) -> Zone | None:
    """Zone of a diary entry: any red sign ticked is red, any amber sign amber, else green."""
    if plan is None:
        return None
    if entry.red_signs:
        return Zone.RED
    return Zone.AMBER if entry.amber_signs else Zone.GREEN


def symptom_zone(entry: SymptomEntry) -> tuple[Zone, list[str]]:
    """Zone from the plan signs the patient ticked: any red sign is red, any amber is amber."""
    if entry.red_signs:
        return Zone.RED, [fill(translate("Assessment", "You told us: %1"), sign)
                          for sign in entry.red_signs]
    if entry.amber_signs:
        return Zone.AMBER, [fill(translate("Assessment", "You told us: %1"), sign)
                            for sign in entry.amber_signs]
    return Zone.GREEN, [translate("Assessment", "None of your plan's warning signs were ticked.")]


def _is_stale(moment: datetime, now: datetime, plan: ActionPlan) -> bool:
    return now - moment > timedelta(hours=plan.monitoring_hours)


def assess(plan: ActionPlan | None, reading: PeakFlowReading | None,
           entry: SymptomEntry | None, now: datetime) -> Assessment:
    """Assess the latest reading and symptom entry against the current plan.

    Only fresh data counts when there is some; if all of it is older than the plan's check-in
    interval, all of it is used and marked stale. The worse zone wins either way.
    """
    if plan is None:
        reason = translate("Assessment", "You don't have an action plan in the app yet.")
        # The page's own title (the same source text and context as the navigation's, so
        # every language names it as the list of pages does): it is "My plan", not "Plan".
        step = fill(translate("Assessment", "Ask your GP or asthma nurse for a personal asthma "
                                            "action plan, then add it under \u201c%1\u201d."),
                    translate("PlanPage", "My plan"))
        return Assessment(None, (reason,), next_step=step)
    if plan.personal_best is None:
        reading = None  # a symptom-only plan: peak flow is recorded but sets no zone
    candidates = [item for item in (reading, entry) if item is not None]
    if not candidates:
        step = (translate("Assessment", "Log a peak flow or how you feel today to see your zone.")
                if plan.personal_best else
                translate("Assessment", "Log how you feel today to see your zone."))
        return Assessment(None, (translate("Assessment", "No readings or symptoms logged yet."),),
                          next_step=step, plan_version_id=plan.version_id)
    fresh = [item for item in candidates if not _is_stale(item.when, now, plan)]
    stale = not fresh
    used = fresh or candidates

    zone, reasons, evidence = Zone.GREEN, [], []
    for item in used:
        if isinstance(item, PeakFlowReading):
            item_zone, why = reading_zone(plan, item)
            item_reasons, kind = [why], "reading"
        else:
            item_zone, item_reasons = symptom_zone(item)
            kind = "symptoms"
        zone = max(zone, item_zone)
        reasons.extend(item_reasons)
        evidence.append(kind)
    data_time = max(item.when for item in used)
    if stale:
        template = translate("Assessment", "This is out of date: your plan asks you to check "
                                           "at least every %1 hours. Log a new reading or how "
                                           "you feel now.")
        reasons.append(fill(template, plan.monitoring_hours))
    return Assessment(zone, tuple(reasons), plan.instructions_for(zone), data_time, stale,
                      plan_version_id=plan.version_id, evidence=tuple(evidence))
