"""Medicines taken: log a dose (taken or not), today's doses, inhalers and doses left, and the
counts for Trends and the review (adherence, reliever use). No clinical rule lives here: the
rules are in domain/doses.py and domain/inhalers.py; this module reads and writes for them.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from ..domain import doses as dose_rules
from ..domain import inhalers as inhaler_rules
from ..domain.doses import DoseError, DoseEvent, DoseState, DueDose
from ..domain.inhalers import MAX_INHALER_SIZE, Correction, DosesLeft, Inhaler
from ..domain.plan import ActionPlan, Medicine
from ..domain.schedule import Slot
from ..domain.text import fill, translate
from ..domain.timeline import PlanTimeline, day_after, day_start
from ..storage import medicine_repository as repo
from ..storage import repository
from .diary import FUTURE_TOLERANCE, UndoStep

if TYPE_CHECKING:
    from ..storage.db_types import Database
    from .session import Session


@dataclass(frozen=True)
class TodayDose:
    """A dose due today and what was logged for it."""

    due: DueDose
    state: DoseState
    event: DoseEvent | None


class MedicineService:
    def __init__(self, session: Session) -> None:
        self._session = session
        self._undo: list[UndoStep] = []

    @property
    def _db(self) -> Database:
        return self._session.db

    @property
    def _profile_id(self) -> int:
        return self._session.profile_id

    def _now(self) -> datetime:
        return self._session.clock()

    @staticmethod
    def _plan_medicine(plan: ActionPlan | None, name: str) -> Medicine:
        """The plan's medicine called ``name`` (its title, drug or brand), or a refusal."""
        medicine = dose_rules.find_medicine(plan, name)
        if medicine is None:
            raise DoseError(fill(translate(
                "Doses", "Your plan has no medicine called \u201c%1\u201d. Nothing was saved."),
                name.strip()[:80]))
        return medicine

    # --- logging ---------------------------------------------------------------------

    def log_dose(self, medicine_name: str, at: datetime | None = None, taken: bool = True,
                 reason: str = "", slot: Slot | None = None,
                 due_on: date | None = None) -> DoseEvent:
        """Log a dose of one of the plan's regular medicines (by its title, drug or brand)."""
        plan = self._session.plans.current()
        medicine = self._plan_medicine(plan, medicine_name)
        if not medicine.role.regular:
            raise DoseError(translate(
                "Doses", "Reliever puffs are logged with \u201cHow I feel\u201d, so that they "
                         "count in your diary. Nothing was saved."))
        at = at or self._now()
        if slot is None and due_on is None:
            logged = {e.slot for e in self.doses(day_start(at.date()), day_after(at.date()))
                      if e.medicine == medicine.title() and e.slot}
            slot = dose_rules.slot_for(medicine, at, logged)
        if slot is not None and slot not in medicine.schedule.slots():
            slot = None  # a time the schedule does not have: an extra dose, not a due one
        event = DoseEvent(medicine=medicine.title(), at=at, taken=taken,
                          due_on=(due_on or at.date()) if slot else None, slot=slot,
                          reason="" if taken else reason.strip(),
                          puffs=medicine.puffs_each_time if taken else None,
                          plan_version_id=plan.version_id if plan else None)
        dose_rules.check_dose(event, self._now(), FUTURE_TOLERANCE)
        saved = repo.add_dose(self._db, self._profile_id, event, self._now())
        assert saved.id is not None
        self._undo.append(UndoStep(translate("Doses", "Log dose"), repo.DOSES, saved.id))
        return saved

    def answer(self, due: DueDose, taken: bool, reason: str = "") -> DoseEvent:
        """Tick one of today's (or an earlier day's) due doses."""
        at = self._now() if due.day == self._now().date() else day_start(due.day)
        return self.log_dose(due.medicine.title(), at=at, taken=taken, reason=reason,
                             slot=due.slot, due_on=due.day)

    def doses(self, start: datetime | None = None, end: datetime | None = None,
              limit: int | None = None) -> list[DoseEvent]:
        return repo.list_doses(self._db, self._profile_id, start, end, limit)

    def delete_dose(self, event: DoseEvent) -> UndoStep:
        assert event.id is not None
        repo.set_deleted(self._db, repo.DOSES, self._profile_id, event.id, self._now())
        step = UndoStep(translate("Doses", "Delete dose"), repo.DOSES, event.id, -1)
        self._undo.append(step)
        return step

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    def undo(self) -> UndoStep | None:
        """Reverse the last log (hide it) or delete (bring it back); nothing is overwritten."""
        if not self._undo:
            return None
        step = self._undo[-1]
        back = None if step.new_id == -1 else self._now()
        repo.set_deleted(self._db, step.table, self._profile_id, step.old_id, back)
        return self._undo.pop()

    # --- today -------------------------------------------------------------------------

    def today(self) -> list[TodayDose]:
        day = self._now().date()
        plan = self._session.plans.current()
        decisive = dose_rules.decisive_events(self.doses(day_start(day - timedelta(days=1)),
                                                         day_after(day)))
        result = []
        for due in dose_rules.doses_due_on(plan, day):
            state, event = dose_rules.state_of(due, decisive)
            result.append(TodayDose(due, state, event))
        return result

    def unscheduled(self) -> tuple[Medicine, ...]:
        return dose_rules.unscheduled(self._session.plans.current())

    # --- inhalers ----------------------------------------------------------------------

    def start_inhaler(self, medicine_name: str, size: int,
                      at: datetime | None = None) -> Inhaler:
        plan = self._session.plans.current()
        medicine = self._plan_medicine(plan, medicine_name)
        if not 1 <= size <= MAX_INHALER_SIZE:
            raise DoseError(fill(translate(
                "Doses", "Type the number of doses printed on the inhaler (1 to %1)."),
                MAX_INHALER_SIZE))
        inhaler = Inhaler(medicine.title(), medicine.role, at or self._now(), size)
        saved = repo.add_inhaler(self._db, self._profile_id, inhaler, self._now())
        assert saved.id is not None
        self._undo.append(UndoStep(translate("Doses", "Start inhaler"), repo.INHALERS, saved.id))
        return saved

    def correct_count(self, inhaler: Inhaler, doses_left: int) -> Correction:
        assert inhaler.id is not None
        if not 0 <= doses_left <= max(inhaler.size, 0):
            raise DoseError(fill(translate(
                "Doses", "Type the number the inhaler's counter shows (0 to %1)."),
                inhaler.size))
        saved = repo.add_correction(self._db, self._profile_id,
                                    Correction(inhaler.id, self._now(), doses_left), self._now())
        assert saved.id is not None
        self._undo.append(UndoStep(translate("Doses", "Correct count"), repo.CORRECTIONS,
                                   saved.id))
        return saved

    def inhalers(self) -> list[Inhaler]:
        return repo.list_inhalers(self._db, self._profile_id)

    def doses_left(self) -> list[DosesLeft]:
        """Doses left in the current inhaler of each medicine in the current plan (a
        medicine no longer in the plan has no count to show)."""
        plan = self._session.plans.current()
        names = {m.title() for m in plan.medicines} if plan else set()
        current = [i for i in inhaler_rules.current_inhalers(self.inhalers())
                   if i.medicine in names]
        if not current:
            return []
        since = min(i.started_at for i in current)
        events = repo.list_doses(self._db, self._profile_id, since, None, newest_first=False)
        puffs = repo.reliever_puffs_since(self._db, self._profile_id, since)
        corrections = repo.list_corrections(self._db, self._profile_id)
        return [inhaler_rules.doses_left(i, events, puffs, corrections) for i in current]

    # --- counts ------------------------------------------------------------------------

    def plan_on(self, timeline: PlanTimeline | None = None) -> dose_rules.PlanOn:
        """day -> the plan in force at the end of that day (the schedule agreed by then): a
        version saved during a day is in force at its end."""
        timeline = timeline or repository.plan_timeline(self._db, self._profile_id)
        firsts = [moment.date() for moment, _plan in timeline.versions]
        plans = [plan for _moment, plan in timeline.versions]

        def plan_on(day: date) -> ActionPlan | None:
            index = bisect_right(firsts, day)
            return plans[index - 1] if index else None
        return plan_on

    def plan_spans(self, timeline: PlanTimeline | None = None
                   ) -> list[tuple[date, date | None, list[tuple[str, Slot]]]]:
        """(first day, last day or None for open-ended, the doses due each day as (medicine,
        time)) of each plan version, by :meth:`plan_on`'s rule; a version replaced on its own
        first day has no span. What is due depends only on the plan, so a span's due doses
        are its days times one list."""
        timeline = timeline or repository.plan_timeline(self._db, self._profile_id)
        versions = [(moment.date(), plan) for moment, plan in timeline.versions]
        spans = []
        for index, (first, plan) in enumerate(versions):
            last = versions[index + 1][0] - timedelta(days=1) if index + 1 < len(versions) \
                else None
            if last is None or last >= first:
                spans.append((first, last, [(d.medicine.title(), d.slot)
                                            for d in dose_rules.doses_due_on(plan, first)]))
        return spans

    def _counts(self, origin: date, start: date, end: date, width: int,
                timeline: PlanTimeline | None = None) -> list[tuple[int, int, int]]:
        """(due, taken, not taken) per bar of ``width`` days from ``origin`` (<= ``start``),
        over the days ``start``..``end``: due by arithmetic per plan version, the answers
        summed by SQLite from the per-day table (``answers_per_bar``)."""
        if end < start:
            return []
        count = (end - origin).days // width + 1
        due, taken, not_taken = [0] * count, [0] * count, [0] * count
        for first, last, doses in self.plan_spans(timeline):
            low, high = max(first, start), end if last is None else min(last, end)
            if not doses or low > high:
                continue
            for bar in range((low - origin).days // width, (high - origin).days // width + 1):
                bar_first = origin + timedelta(days=bar * width)
                days = (min(high, bar_first + timedelta(days=width - 1))
                        - max(low, bar_first)).days + 1
                due[bar] += days * len(doses)
            for bar, done, missed in repo.answers_per_bar(self._db, self._profile_id, origin,
                                                          low, high, width, doses):
                taken[bar] += done
                not_taken[bar] += missed
        first_bar = (start - origin).days // width
        return list(zip(due, taken, not_taken, strict=True))[first_bar:]

    def adherence(self, start: date, end: date) -> dose_rules.Adherence:
        """Doses due, taken and not taken over ``start``..``end``, from the per-day answers
        (equal to ``dose_rules.adherence`` over every event: tests/services/test_dose_days.py)."""
        counts = self._counts(start, start, end, max((end - start).days + 1, 1))
        due, taken, not_taken = counts[0] if counts else (0, 0, 0)
        return dose_rules.Adherence(start, end, due, taken, not_taken)

    def weekly_adherence(self, start: date, end: date) -> list[dose_rules.Adherence]:
        """One figure per calendar week (Monday to Sunday) within ``start``..``end``."""
        if end < start:  # no day to count: the domain rule's empty weeks, as before
            return dose_rules.weekly_adherence(self.plan_on(), [], start, end)
        monday = start - timedelta(days=start.weekday())
        weeks = []
        for index, (due, taken, not_taken) in enumerate(self._counts(monday, start, end, 7)):
            first = monday + timedelta(days=7 * index)
            weeks.append(dose_rules.Adherence(max(first, start),
                                              min(first + timedelta(days=6), end),
                                              due, taken, not_taken))
        return weeks

    def adherence_bars(self, start: date, end: date, width: int,
                       timeline: PlanTimeline | None = None) -> list[dose_rules.AdherenceBar]:
        """Doses due and taken per bar of ``width`` days from ``start`` (the last one cut at
        ``end``): days from the per-day answers, never every dose (Trends' "All")."""
        bars = []
        for index, (due, taken, _missed) in enumerate(
                self._counts(start, start, end, width, timeline)):
            first = start + timedelta(days=index * width)
            bars.append(dose_rules.AdherenceBar(
                first, (min(first + timedelta(days=width - 1), end) - first).days + 1,
                due, taken))
        return bars

    def reliever_inhalers_started(self, today: date | None = None) -> dict[int, int]:
        return inhaler_rules.reliever_inhalers_started(self.inhalers(),
                                                       today or self._now().date())

    def reliever_weeks(self, start: date, end: date) -> list[inhaler_rules.WeekUse]:
        """Reliever puffs and days with puffs per calendar week, from the per-day sums."""
        days = repo.reliever_days(self._db, self._profile_id, start, end)
        return inhaler_rules.reliever_weeks(((day_start(day), puffs) for day, puffs in days),
                                            start, end)

