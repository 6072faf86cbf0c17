"""The nurse demo: a seeded synthetic patient in a throwaway database that resets fast.

The starting database is built once (``build_template``) from ``domain.synthetic``: about six
months of twice-daily peak flow and diary entries with colds and amber days, one attack with an
unscheduled GP visit, monthly RCP3 answers, a preventer + reliever plan, preventer doses
logged morning and evening (a few missed) and the inhalers started. ``switch_to_mart``
adds the MART variant as a new plan version. ``restore`` copies the template into a fresh file
with SQLite's backup API, so "Reset demo" takes milliseconds and leaves nothing behind.

The demo never touches the real data dir: the caller gives it a temporary folder.
The attack and control-score rows are written here directly (the reviews feature owns their
real repository functions); keep these helpers minimal.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..storage.db_types import Database

from ..domain.checklist import PlanGiven, ReviewChecklist, Smoking, YesNo
from ..domain.control import Attack, Care, ControlScore, FollowUp, rcp3
from ..domain.plan import (
    ActionPlan,
    Medicine,
    MedicineRole,
    PlanKind,
    default_attack_steps_ref,
)
from ..domain.profile import Profile
from ..domain.readings import SymptomEntry
from ..domain.synthetic import History, generate_history
from ..storage import control_repository, medicine_repository, repository
from ..storage.database import checkpoint, open_database, replace_with_copy, transaction

DEMO_SEED = 22  # a seed whose last six months hold two colds and one attack
DEMO_DAYS = 182
DEMO_NAME = "Jo Sample (demo)"
TEMPLATE_NAME = "demo-template.sqlite3"


def demo_plan(agreed_on: date, next_review: date, base: ActionPlan) -> ActionPlan:
    """The synthetic preventer + reliever plan, agreed on ``agreed_on``."""
    return replace(base, agreed_on=agreed_on, next_review=next_review,
                   agreed_by="Sample Nurse (demo)", version_id=None, version=None)


def mart_plan(base: ActionPlan, agreed_on: date) -> ActionPlan:
    """An invented MART plan: one inhaler for every day and for relief (example wording)."""
    inhaler = Medicine("Budesonide-formoterol", MedicineRole.MART, brand="Symbicort",
                       device="Turbohaler", strength="200/6",
                       instructions="1 puff morning and evening, and 1 puff when needed. "
                                    "No more than 8 puffs in a day (example from the demo plan).")
    return replace(
        base, kind=PlanKind.MART, agreed_on=agreed_on, medicines=(inhaler,),
        green_instructions="Take 1 puff morning and evening, even when you feel well.",
        amber_instructions="Take 1 extra puff when you need it. If you need more than 8 puffs "
                           "in a day, see your nurse within 24 hours.",
        red_instructions="Take 1 puff every 1 to 3 minutes, up to 6 puffs, and get help now.",
        # the general steps by reference (never the reliever-inhaler ones), and the most
        # reliever puffs a day as the clinician would write it
        attack_steps=(), attack_steps_ref=default_attack_steps_ref(PlanKind.MART),
        withdrawn_attack_steps=(), max_reliever_puffs_per_day=8, version_id=None, version=None)


def _attack(day: date) -> Attack:
    # steroid tablets start a follow-up; the demo patient was seen (the review a week later)
    return Attack(occurred_on=day, care=(Care.URGENT_APPOINTMENT, Care.STEROID_TABLETS),
                  follow_up=FollowUp.DONE,
                  note="Saw the GP the same day.")


def _monthly_rcp3(entries: list[SymptomEntry], start: date, end: date) -> list[ControlScore]:
    """Monthly RCP3 answers that agree with the diary of the four weeks before."""
    scores, day = [], start + timedelta(days=28)
    while day <= end:
        month = [e for e in entries if day - timedelta(days=28) <= e.recorded_at.date() < day]
        answers = (any(e.night_waking for e in month),
                   sum(e.daytime_symptoms for e in month) >= 3,
                   any(e.activity_limited for e in month))
        scores.append(rcp3(day, answers))
        day += timedelta(days=28)
    return scores


def populate(db: Database, now: datetime) -> Profile:
    """Write the demo patient into an empty database; returns the profile."""
    history = generate_history(years=1, seed=DEMO_SEED, end=now.date())
    start = now.date() - timedelta(days=DEMO_DAYS - 1)
    begin = datetime.combine(start, time())
    profile = repository.add_profile(db, Profile(DEMO_NAME, 1988, "GB", "999"), begin)
    base = history.plans.plan_at(begin)
    assert profile.id is not None and base is not None  # just saved; the history's first plan
    first = repository.add_plan_version(
        db, profile.id, demo_plan(start - timedelta(days=40), start + timedelta(days=325), base),
        begin)
    attack = next(a for a in history.attacks if a >= start)
    review = datetime.combine(attack + timedelta(days=7), time(10))
    second = repository.add_plan_version(  # reviewed after the attack; review due soon
        db, profile.id, demo_plan(review.date(), now.date() + timedelta(days=10), base), review)
    latest = now - timedelta(minutes=10)

    def version(moment: datetime) -> int | None:
        return (second if moment >= review else first).version_id

    readings = [replace(r, plan_version_id=version(r.taken_at)) for r in history.readings
                if begin <= r.taken_at <= latest]
    entries = [replace(e, plan_version_id=version(e.recorded_at)) for e in history.entries
               if begin <= e.recorded_at <= latest]
    repository.add_readings(db, profile.id, readings, now)
    repository.add_entries(db, profile.id, entries, now)
    _add_medicines(db, profile.id, history, base, begin, latest, version, now)
    control_repository.add_attack(db, profile.id, _attack(attack), now)
    control_repository.add_checklist(db, profile.id, ReviewChecklist(  # the review after it
        review.date(), technique_checked_on=review.date(), device="pressurised inhaler",
        spacer=YesNo.YES, smoking=Smoking.NEVER, second_hand_smoke=YesNo.NO,
        plan_given=PlanGiven.UPDATED, agenda="What to do when I get a cold"), now)
    with transaction(db):  # one transaction: the repository writes nest as savepoints
        for score in _monthly_rcp3(entries, start, now.date()):
            control_repository.add_score(db, profile.id, score, now)
    return profile


def _add_medicines(db: Database, profile_id: int, history: History, base: ActionPlan,
                   begin: datetime, latest: datetime,
                   version: Callable[[datetime], int | None], now: datetime) -> None:
    """Doses logged over the six months (most taken, some missed with a reason) and the
    inhalers started in them, with the one in use at the start of the window. The history's
    later plan versions name another strength: the demo keeps one plan's names throughout."""
    names = {m.role: m.title() for m in base.medicines}
    roles = {m.title(): m.role for _at, plan in history.plans.versions for m in plan.medicines}
    doses = [replace(d, medicine=names[roles[d.medicine]], plan_version_id=version(d.at))
             for d in history.doses if begin <= d.at <= latest and (d.logged_at or d.at) <= latest]
    medicine_repository.add_doses(db, profile_id, doses, now)
    inhalers = [replace(i, medicine=names[i.role]) for i in history.inhalers
                if begin <= i.started_at <= latest]
    for title in {i.medicine for i in history.inhalers}:
        before = [i for i in history.inhalers if i.medicine == title and i.started_at < begin]
        if before:
            inhalers.append(replace(before[-1], medicine=names[before[-1].role]))
    medicine_repository.add_inhalers(db, profile_id, inhalers, now)


def switch_to_mart(db: Database, profile_id: int, now: datetime) -> ActionPlan:
    """Agree the MART variant of the current plan (a new version, as a nurse would)."""
    current = repository.current_plan(db, profile_id)
    if current is None:
        raise ValueError("the demo patient has a plan")
    return repository.add_plan_version(db, profile_id, mart_plan(current, now.date()), now)


def build_template(folder: Path, now: datetime) -> Path:
    """Build the starting database once, in ``folder`` (a temporary demo folder)."""
    path = folder / TEMPLATE_NAME
    db = open_database(path, folder / "backups")
    try:
        populate(db, now)
        checkpoint(db)
    finally:
        db.close()
    return path


def restore(template: Path, target: Path) -> None:
    """Replace ``target`` (closed) with a fresh copy of ``template`` via the backup API."""
    replace_with_copy(template, target)
