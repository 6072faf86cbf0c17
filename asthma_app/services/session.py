"""What a screen needs to act for one person: the database, their profile and a clock.

The clock is injected so tests (and the kiosk's idle timer) can control time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING

from ..domain.profile import Profile
from .diary import DiaryService
from .medicines import MedicineService
from .plans import PlanService
from .reviews import ReviewService

if TYPE_CHECKING:
    from ..storage.db_types import Database
    from .medicines import MedicineService

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now().replace(microsecond=0)


@dataclass
class Session:
    """The open diary of one person: their profile, the database and the clock."""

    db: Database
    profile: Profile
    clock: Clock = field(default=system_clock)

    @property
    def profile_id(self) -> int:
        assert self.profile.id is not None
        return self.profile.id

    @cached_property
    def plans(self) -> PlanService:
        return PlanService(self)

    @cached_property
    def diary(self) -> DiaryService:
        return DiaryService(self)

    @cached_property
    def reviews(self) -> ReviewService:
        return ReviewService(self)

    @cached_property
    def medicines(self) -> MedicineService:
        return MedicineService(self)
