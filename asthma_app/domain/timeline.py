"""Which version of the action plan was in force when: the history of plan versions.

Statistics and charts must judge every reading against the plan that was in force when it was
taken, not today's plan (a personal best updated years later must not rewrite old zones).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from .plan import ActionPlan


def day_start(day: date) -> datetime:
    """Midnight at the start of ``day`` (naive, like every time in the app)."""
    return datetime.combine(day, time())


def day_after(day: date) -> datetime:
    """Midnight at the end of ``day``: periods are closed ``[start, end]`` in whole days."""
    return datetime.combine(day + timedelta(days=1), time())


@dataclass(frozen=True)
class PlanTimeline:
    """Plan versions, each with the moment it came into force, sorted by that moment.

    Build it with ``PlanTimeline.of([(effective_from, plan), ...])`` in any order. A version
    stays in force until the next one starts. Before the first one there is no plan.
    """

    versions: tuple[tuple[datetime, ActionPlan], ...] = ()
    # the versions' moments, for bisect (set in __post_init__; not part of equality)
    _moments: tuple[datetime, ...] = field(default=(), init=False, repr=False, compare=False)

    @classmethod
    def of(cls, versions: Iterable[tuple[datetime, ActionPlan]]) -> PlanTimeline:
        # same moment (saved within one second): the higher version is the later one
        ordered = sorted(versions, key=lambda pair: (pair[0], pair[1].version or 0))
        return cls(tuple(ordered))

    def __post_init__(self) -> None:
        moments = [moment for moment, _plan in self.versions]
        if moments != sorted(moments):
            raise ValueError("plan versions must be sorted by effective_from; use PlanTimeline.of")
        object.__setattr__(self, "_moments", tuple(moments))

    def plan_at(self, moment: datetime) -> ActionPlan | None:
        """The plan in force at ``moment`` (a version is in force from its own moment on)."""
        index = bisect_right(self._moments, moment)
        return self.versions[index - 1][1] if index else None

    def latest(self) -> ActionPlan | None:
        return self.versions[-1][1] if self.versions else None

    def spans(self, start: datetime, end: datetime) -> list[tuple[datetime, datetime, ActionPlan]]:
        """Pieces ``[from, to)`` of ``[start, end)`` with the plan in force over each piece.

        Time before the first version (no plan) is left out.
        """
        pieces: list[tuple[datetime, datetime, ActionPlan]] = []
        for index, (moment, plan) in enumerate(self.versions):
            until = self.versions[index + 1][0] if index + 1 < len(self.versions) else end
            low, high = max(moment, start), min(until, end)
            if low < high:
                pieces.append((low, high, plan))
        return pieces
