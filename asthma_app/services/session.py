"""What a screen needs to act for one person: the database, their profile and a clock.

The clock is injected so tests (and the kiosk's idle timer) can control time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported lazily at run time: see storage/lazy_db.py
    import sqlite_utils

from ..domain.profile import Profile

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now().replace(microsecond=0)


@dataclass
class Session:
    db: sqlite_utils.Database
    profile: Profile
    clock: Clock = field(default=system_clock)

    @property
    def profile_id(self) -> int:
        assert self.profile.id is not None
        return self.profile.id

    @cached_property
    def plans(self):
        from .plans import PlanService

        return PlanService(self)

    @cached_property
    def diary(self):
        from .diary import DiaryService

        return DiaryService(self)

    @cached_property
    def reviews(self):
        from .reviews import ReviewService

        return ReviewService(self)

    @cached_property
    def medicines(self):
        from .medicines import MedicineService

        return MedicineService(self)
