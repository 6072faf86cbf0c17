"""Small builders shared by the Trends tests (plans, readings, diary entries)."""

from __future__ import annotations

from datetime import date, datetime

from asthma_app.domain.plan import ActionPlan, PlanKind, Scale
from asthma_app.domain.readings import PeakFlowReading, SymptomEntry


def plan(best: int | None = 500, scale: Scale = Scale.EU, amber: int = 80, red: int = 50,
         **changes) -> ActionPlan:
    return ActionPlan(kind=PlanKind.PREVENTER_RELIEVER, agreed_by="Nurse Test",
                      agreed_on=date(2024, 1, 1), personal_best=best, scale=scale,
                      amber_below_pct=amber, red_below_pct=red, **changes)


def reading(day: int, hour: int, value: int, scale: Scale = Scale.EU, minute: int = 0,
            month: int = 3, **changes) -> PeakFlowReading:
    """A one-blow reading on ``day`` of March 2024 (hour < 14 is the morning session)."""
    return PeakFlowReading(datetime(2024, month, day, hour, minute), (value,), scale, **changes)


def entry(day: int, puffs: int = 0, night: bool = False, amber: tuple[str, ...] = (),
          red: tuple[str, ...] = (), hour: int = 21, month: int = 3) -> SymptomEntry:
    return SymptomEntry(datetime(2024, month, day, hour), night_waking=night,
                        reliever_puffs=puffs, amber_signs=amber, red_signs=red)
