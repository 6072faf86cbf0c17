"""Zone assessment: from the patient's own plan and their latest data to what to show.

One pure function, :func:`assess`. It compares, never prescribes: the zone comes from the
plan's thresholds and ticked signs, the advice is the plan's own text for that zone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from .peak_flow import convertible_range, floor_on_scale, percent_on_scale, zone_on_scale
from .plan import ActionPlan, Scale
from .readings import PeakFlowReading, SymptomEntry
from .text import fill, translate
from .zones import Zone


@dataclass(frozen=True)
class OutOfDatePart:
    """A part the plan monitors that the zone could not use: its latest data is older than
    the plan's check-in interval while another part is fresh, or (peak flow) it is missing.

    Shown beside the zone so that a fresh diary entry never hides an old red peak flow.
    """

    kind: str  # "reading" (peak flow) or "symptoms"
    zone: Zone | None  # what it showed when it was logged; None: never logged
    when: datetime | None
    reason: str  # what it said then, the same sentence the card shows for fresh data


@dataclass(frozen=True)
class Assessment:
    """The result behind the Today card. ``zone`` is None for the "no zone yet" state.

    ``stale``: every piece of data behind the zone is out of date. ``out_of_date``: the zone is
    from fresh data, but another monitored part is out of date or missing. The card looks
    current only when neither (:attr:`current`).
    """

    zone: Zone | None
    reasons: tuple[str, ...]
    instructions: str = ""
    data_time: datetime | None = None
    stale: bool = False
    next_step: str = ""  # what to do when there is no zone yet
    plan_version_id: int | None = None
    evidence: tuple[str, ...] = field(default=())  # "reading" / "symptoms" behind the zone
    out_of_date: tuple[OutOfDatePart, ...] = field(default=())

    @property
    def current(self) -> bool:
        """True only when every monitored part with data is within the check-in interval."""
        return self.zone is not None and not self.stale and not self.out_of_date


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
        # Shown rounded down (the worse way); zone and per cent use the exact value.
        converted = fill(template, floor_on_scale(value, reading.scale, plan.scale))
    pct, zone = judge_value(value, reading.scale, plan)
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


def judge_value(value: int, scale: Scale, plan: ActionPlan) -> tuple[int, Zone]:
    """(% of best rounded down, zone) of ``value`` read on ``scale``, under ``plan``.

    The one rule for every zone in the app. A reading on the other meter scale is compared in
    exact arithmetic, never rounded first, so the zone is never better than the exact value
    gives, and the per cent is worked out the same way so it never contradicts the zone.
    """
    best = plan.personal_best
    assert best is not None
    return (percent_on_scale(value, scale, best, plan.scale),
            zone_on_scale(value, scale, best, plan.scale, plan.amber_below_pct,
                          plan.red_below_pct))


def judge_reading(reading: PeakFlowReading, plan: ActionPlan | None) -> tuple[int | None,
                                                                           Zone | None]:
    """(% of best rounded down, zone) of one reading under ``plan``; (None, None) if no zone.

    Same rule as the Today card (:func:`reading_zone`) without building a sentence. Used by
    the statistics and the Today prompts (kept here so Today need not load the statistics).
    """
    if plan is None or plan.personal_best is None:
        return None, None
    return judge_value(reading.value, reading.scale, plan)


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


def _part(item: PeakFlowReading | SymptomEntry, plan: ActionPlan) -> tuple[Zone, list[str],
                                                                          str]:
    """(zone, reasons, kind) of one monitored part's latest data."""
    if isinstance(item, PeakFlowReading):
        item_zone, why = reading_zone(plan, item)
        return item_zone, [why], "reading"
    item_zone, item_reasons = symptom_zone(item)
    return item_zone, item_reasons, "symptoms"


def assess(plan: ActionPlan | None, reading: PeakFlowReading | None,
           entry: SymptomEntry | None, now: datetime) -> Assessment:
    """Assess the latest reading and symptom entry against the current plan.

    Only fresh data sets the zone when there is some; if all of it is older than the plan's
    check-in interval, all of it is used and marked stale. The worse zone wins either way.
    A part left out for being old (or, on a peak-flow plan, a peak flow never logged) is
    listed in ``out_of_date`` with what it showed, so the card can ask for a new one.
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
        item_zone, item_reasons, kind = _part(item, plan)
        zone = max(zone, item_zone)
        reasons.extend(item_reasons)
        evidence.append(kind)
    out_of_date = []
    for item in candidates:
        if item not in used:
            item_zone, item_reasons, kind = _part(item, plan)
            out_of_date.append(OutOfDatePart(kind, item_zone, item.when, " ".join(item_reasons)))
    if plan.uses_peak_flow and reading is None:
        out_of_date.append(OutOfDatePart("reading", None, None, translate(
            "Assessment", "No peak flow logged yet, and your plan uses peak flow.")))
    data_time = max(item.when for item in used)
    if stale:
        template = translate("Assessment", "This is out of date: your plan asks you to check "
                                           "at least every %1 hours. Log a new reading or how "
                                           "you feel now.")
        reasons.append(fill(template, plan.monitoring_hours))
    return Assessment(zone, tuple(reasons), plan.instructions_for(zone), data_time, stale,
                      plan_version_id=plan.version_id, evidence=tuple(evidence),
                      out_of_date=tuple(out_of_date))
