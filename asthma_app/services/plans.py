"""Agreeing a plan (always a new version) and reading the current one and its history."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from ..domain.plan import ActionPlan, validate_plan
from ..storage import repository

if TYPE_CHECKING:
    from .session import Session


class PlanRejected(ValueError):
    """The plan is incomplete; ``problems`` lists what to fix, in plain words."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


class PlanService:
    """Signals nothing itself; the UI refreshes after :meth:`agree` returns."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def current(self) -> ActionPlan | None:
        return repository.current_plan(self._session.db, self._session.profile_id)

    def history(self) -> list[tuple[datetime, ActionPlan]]:
        return repository.plan_history(self._session.db, self._session.profile_id)

    def by_id(self, version_id: int) -> ActionPlan:
        return repository.plan_by_id(self._session.db, version_id)

    def agree(self, plan: ActionPlan) -> ActionPlan:
        """Save ``plan`` as the newest version; the old versions stay untouched."""
        problems = validate_plan(plan, new=True)
        if problems:
            raise PlanRejected(problems)
        return repository.add_plan_version(self._session.db, self._session.profile_id, plan,
                                           self._session.clock())
