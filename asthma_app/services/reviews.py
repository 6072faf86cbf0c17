"""Control scores, attacks, questions for the review, the review summary, and the gentle
prompts on Today: the monthly RCP3 check, "record an attack?" after a red-zone day, and the
follow-up after an attack that needed emergency care or steroid tablets.

Prompts are banners the patient can dismiss; they never block anything.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..domain.assessment import entry_zone, judge_reading
from ..domain.control import (
    Attack,
    ControlScore,
    FollowUp,
    ReviewQuestion,
    Tool,
    rcp3,
    validate_attack,
    validate_question,
    validate_score,
)
from ..domain.follow_up import pending, starts_follow_up
from ..domain.timeline import PlanTimeline, day_after, day_start
from ..domain.zones import Zone
from ..storage import control_repository as store
from ..storage import repository, settings

if TYPE_CHECKING:  # the summary's code loads when a summary is made, not with Today
    from ..domain.checklist import ReviewChecklist
    from ..domain.child_details import ChildDetails
    from ..domain.medicine_review import MedicineFacts
    from ..domain.review import ReviewSummary
    from ..storage.db_types import Database
    from .session import Session

RCP3_EVERY_DAYS = 30  # "asked monthly"
RCP3_SNOOZE_DAYS = 7  # a dismissed prompt comes back a week later if still due
# The questions ask about the last month: not before the diary has known the person that long
# (profile this old, or something recorded that long ago, e.g. an imported diary).
RCP3_FIRST_AFTER_DAYS = 28
SCORES, ATTACKS, QUESTIONS = "control_scores", "attacks", "review_questions"
CHECKLISTS = "review_checklists"


class ReviewService:
    def __init__(self, session: Session) -> None:
        self._session = session

    @property
    def _db(self) -> Database:
        return self._session.db

    @property
    def _pid(self) -> int:
        return self._session.profile_id

    def _today(self) -> date:
        return self._session.clock().date()

    # --- scores ---------------------------------------------------------------------------

    def record_rcp3(self, answers: tuple[bool, bool, bool], taken_on: date | None = None,
                    note: str = "") -> ControlScore:
        return self.record_score(rcp3(taken_on or self._today(), answers, note))

    def record_score(self, score: ControlScore) -> ControlScore:
        validate_score(score, self._today())
        return store.add_score(self._db, self._pid, score, self._session.clock())

    def scores(self, tool: Tool | None = None) -> list[ControlScore]:
        return store.list_scores(self._db, self._pid, tool)

    # --- attacks and questions ------------------------------------------------------------

    def record_attack(self, attack: Attack) -> Attack:
        """Save an attack; a recent one that needed emergency care or steroid tablets starts
        a follow-up (domain/follow_up.py)."""
        validate_attack(attack, self._today())
        if starts_follow_up(attack, self._today()):
            attack = replace(attack, follow_up=FollowUp.OPEN)
        return store.add_attack(self._db, self._pid, attack, self._session.clock())

    def follow_ups(self) -> list[Attack]:
        """Attacks whose follow-up is still open or booked, newest first."""
        return pending(self.attacks())

    def set_follow_up(self, attack_id: int, state: FollowUp) -> None:
        store.set_follow_up(self._db, self._pid, attack_id, state, self._session.clock())

    def attacks(self) -> list[Attack]:
        return store.list_attacks(self._db, self._pid)

    # --- the review checklist (what the nurse checks) --------------------------------------

    def record_checklist(self, checklist: ReviewChecklist) -> ReviewChecklist:
        from ..domain.checklist import validate_checklist  # lazy: start-up

        checklist = validate_checklist(checklist, self._today())
        return store.add_checklist(self._db, self._pid, checklist, self._session.clock())

    def checklists(self) -> list[ReviewChecklist]:
        """Newest first; the first is the next review's starting point."""
        return store.list_checklists(self._db, self._pid)

    # --- a child's details (carer, school copy, spacer and mask, allergies) ----------------

    def child_details(self) -> ChildDetails | None:
        from ..storage import child_repository  # lazy: start-up

        return child_repository.current(self._db, self._pid)

    def save_child_details(self, details: ChildDetails) -> ChildDetails:
        from ..domain.child_details import validate_child_details  # lazy: start-up
        from ..storage import child_repository  # lazy: start-up

        details = validate_child_details(details, self._today())
        return child_repository.save(self._db, self._pid, details, self._session.clock())

    # --- questions -----------------------------------------------------------------------

    def add_question(self, text: str) -> ReviewQuestion:
        question = ReviewQuestion(validate_question(text), self._session.clock())
        return store.add_question(self._db, self._pid, question)

    def questions(self) -> list[ReviewQuestion]:
        return store.list_questions(self._db, self._pid)

    def mark_answered(self, question_id: int, answered: bool = True) -> None:
        store.set_answered(self._db, question_id, self._session.clock() if answered else None)

    def delete(self, table: str, row_id: int) -> None:
        """Soft delete of a score, attack or question (it stays in the database, hidden)."""
        if table not in (SCORES, ATTACKS, QUESTIONS, CHECKLISTS):
            raise ValueError(table)
        repository.set_deleted(self._db, table, row_id, self._session.clock())

    def undelete(self, table: str, row_id: int) -> None:
        repository.set_deleted(self._db, table, row_id, None)

    # --- prompts on Today -----------------------------------------------------------------

    def known_for_a_month(self) -> bool:
        """Whether the profile is at least ``RCP3_FIRST_AFTER_DAYS`` old or has a reading or
        diary entry from that long ago (profiles from before creation dates count as old)."""
        cutoff = self._today() - timedelta(days=RCP3_FIRST_AFTER_DAYS)
        created = self._session.profile.created_at
        if created is None or created.date() <= cutoff:
            return True
        diary = self._session.diary
        return bool(diary.readings(end=day_after(cutoff), limit=1)
                    or diary.entries(end=day_after(cutoff), limit=1))

    def rcp3_due(self) -> bool:
        """True when the profile is known for a month, no RCP3 was recorded in the last
        month and the prompt is not snoozed."""
        today = self._today()
        if not self.known_for_a_month():
            return False
        latest = store.list_scores(self._db, self._pid, Tool.RCP3)[:1]
        if latest and (today - latest[0].taken_on).days < RCP3_EVERY_DAYS:
            return False
        snoozed = settings.RCP3_SNOOZED_ON.get(self._db, profile=self._pid)
        return not (snoozed and (today - snoozed).days < RCP3_SNOOZE_DAYS)

    def snooze_rcp3(self) -> None:
        settings.RCP3_SNOOZED_ON.set(self._db, self._today(), profile=self._pid)

    def _timeline(self) -> PlanTimeline:
        return PlanTimeline.of(self._session.plans.history())

    def red_day_to_record(self) -> date | None:
        """Yesterday or today, if it had a red zone and no attack is recorded from that day
        on (and the offer for that day was not dismissed)."""
        today = self._today()
        start = today - timedelta(days=1)
        timeline = self._timeline()
        red_days = set()
        diary = self._session.diary
        for reading in diary.readings(day_start(start), day_after(today)):
            if judge_reading(reading, timeline.plan_at(reading.taken_at))[1] is Zone.RED:
                red_days.add(reading.taken_at.date())
        for entry in diary.entries(day_start(start), day_after(today)):
            if entry_zone(entry, timeline.plan_at(entry.recorded_at)) is Zone.RED:
                red_days.add(entry.recorded_at.date())
        if not red_days:
            return None
        first = min(red_days)
        if any(a.occurred_on >= first for a in self.attacks()):
            return None
        dismissed = settings.ATTACK_OFFER_DISMISSED.get(self._db, profile=self._pid)
        if dismissed and dismissed >= max(red_days):
            return None
        return first

    def dismiss_attack_offer(self) -> None:
        day = self.red_day_to_record() or self._today()
        settings.ATTACK_OFFER_DISMISSED.set(self._db, max(day, self._today()),
                                            profile=self._pid)

    # --- the summary ----------------------------------------------------------------------

    def default_period(self) -> tuple[date, date]:
        from ..domain.review import default_period  # lazy: start-up

        return default_period(self._session.plans.current(), self._today())

    def summary(self, start: date | None = None, end: date | None = None) -> ReviewSummary:
        from ..domain.review import build_summary  # lazy: start-up
        from ..domain.year_totals import year_start  # lazy: start-up

        default_start, default_end = self.default_period()
        start, end = start or default_start, end or default_end
        diary = self._session.diary
        low, high = day_start(start), day_after(end)
        summary = build_summary(
            self._session.profile.name, self._timeline(), diary.readings(low, high),
            diary.entries(low, high), self.scores(), self.attacks(), self.questions(),
            start, end, self._today(),
            year_entries=diary.entries(day_start(year_start(end)), high),
            checklists=self.checklists(), child=self.child_details())
        return replace(summary, medicines_taken=self.medicine_facts(start, end))

    def medicine_facts(self, start: date, end: date) -> MedicineFacts:
        """Doses taken over the period, reliever inhalers started up to ``end``, reliever use
        per week in the period."""
        from ..domain.medicine_review import medicine_facts  # lazy: start-up

        medicines = self._session.medicines
        return medicine_facts(medicines.adherence(start, end), [
            m.title() for m in medicines.unscheduled()],
            medicines.reliever_inhalers_started(end), medicines.reliever_weeks(start, end))
