"""Logging readings and symptoms, editing and deleting them with undo, and today's zone."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, TypeVar

from ..domain.assessment import Assessment, assess
from ..domain.readings import (
    PeakFlowReading,
    ReadingError,
    SymptomEntry,
    validate_reading,
    validate_symptoms,
)
from ..domain.text import translate
from ..storage import repository

if TYPE_CHECKING:
    from ..storage.db_types import Database
    from .session import Session

Item = TypeVar("Item", PeakFlowReading, SymptomEntry)

READINGS = "readings"
SYMPTOMS = "symptom_entries"
FUTURE_TOLERANCE = timedelta(minutes=10)


@dataclass(frozen=True)
class UndoStep:
    """Enough to reverse one delete or edit. ``new_id`` is set for edits."""

    description: str
    table: str
    old_id: int
    new_id: int | None = None


class DiaryService:
    def __init__(self, session: Session) -> None:
        self._session = session
        self._undo: list[UndoStep] = []

    @property
    def _db(self) -> Database:
        return self._session.db

    def _stamp(self, item: Item) -> Item:
        """Remember the plan version in force, so past zones stay honest later."""
        plan = self._session.plans.current()
        return replace(item, plan_version_id=plan.version_id if plan else None)

    def _check_time(self, item: PeakFlowReading | SymptomEntry) -> None:
        """A future time would make the item the "latest" and hide today's data from the zone."""
        if item.when > self._session.clock() + FUTURE_TOLERANCE:
            raise ReadingError(translate(
                "Reading", "This date and time is in the future. Please check it."))

    def log_reading(self, reading: PeakFlowReading) -> PeakFlowReading:
        validate_reading(reading)
        self._check_time(reading)
        return repository.add_reading(self._db, self._session.profile_id, self._stamp(reading),
                                      self._session.clock())

    def log_symptoms(self, entry: SymptomEntry) -> SymptomEntry:
        validate_symptoms(entry)
        self._check_time(entry)
        return repository.add_entry(self._db, self._session.profile_id, self._stamp(entry),
                                    self._session.clock())

    def readings(self, start: datetime | None = None, end: datetime | None = None,
                 limit: int | None = None) -> list[PeakFlowReading]:
        return repository.list_readings(self._db, self._session.profile_id, start, end, limit)

    def entries(self, start: datetime | None = None, end: datetime | None = None,
                limit: int | None = None) -> list[SymptomEntry]:
        return repository.list_entries(self._db, self._session.profile_id, start, end, limit)

    def delete(self, table: str, row_id: int, description: str) -> UndoStep:
        repository.set_deleted(self._db, table, row_id, self._session.clock())
        step = UndoStep(description, table, row_id)
        self._undo.append(step)
        return step

    def edit_reading(self, old: PeakFlowReading, new: PeakFlowReading,
                     description: str) -> PeakFlowReading:
        validate_reading(new)
        self._check_time(new)
        new = replace(new, plan_version_id=old.plan_version_id)
        assert old.id is not None, "only a saved reading can be edited"
        saved = repository.replace_reading(self._db, self._session.profile_id, old.id, new,
                                           self._session.clock())
        self._undo.append(UndoStep(description, READINGS, old.id, saved.id))
        return saved

    def edit_entry(self, old: SymptomEntry, new: SymptomEntry,
                   description: str) -> SymptomEntry:
        validate_symptoms(new)
        self._check_time(new)
        new = replace(new, plan_version_id=old.plan_version_id)
        assert old.id is not None, "only a saved entry can be edited"
        saved = repository.replace_entry(self._db, self._session.profile_id, old.id, new,
                                         self._session.clock())
        self._undo.append(UndoStep(description, SYMPTOMS, old.id, saved.id))
        return saved

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def undo_description(self) -> str:
        return self._undo[-1].description if self._undo else ""

    def undo(self) -> UndoStep | None:
        if not self._undo:
            return None
        step = self._undo[-1]  # taken off only once the write worked (a full disk keeps it)
        if step.new_id is None:
            repository.set_deleted(self._db, step.table, step.old_id, None)
        else:
            repository.undo_replace(self._db, step.table, step.old_id, step.new_id,
                                    self._session.clock())
        return self._undo.pop()

    def clear_undo(self) -> None:
        self._undo.clear()

    def assess_now(self) -> Assessment:
        """Today's zone from the current plan and the newest reading and symptom entry."""
        db, profile_id = self._db, self._session.profile_id
        return assess(self._session.plans.current(), repository.latest_reading(db, profile_id),
                      repository.latest_entry(db, profile_id), self._session.clock())
