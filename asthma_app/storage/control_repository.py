"""Rows <-> control records (control_scores, attacks, review_questions, review_checklists).
Soft delete only.

Every write is one transaction (nested inside a caller's transaction it becomes a savepoint,
which is how imports write many records all or nothing).
"""

from __future__ import annotations

import json
from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from ..domain.checklist import ReviewChecklist
    from .db_types import Database

from ..domain.control import Attack, Care, ControlScore, FollowUp, ReviewQuestion, Tool
from .database import transaction

Choice = TypeVar("Choice", bound=StrEnum)
_LIVE = "profile_id = ? AND deleted_at IS NULL"


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


# --- control scores ----------------------------------------------------------------------

def score_row(profile_id: int, score: ControlScore, now: datetime) -> dict[str, Any]:
    return {"profile_id": profile_id, "taken_on": score.taken_on.isoformat(),
            "tool": score.tool.value, "total": float(score.total),
            "answers": json.dumps([bool(a) for a in score.answers]) if score.answers else None,
            "note": score.note, "created_at": _iso(now), "deleted_at": None}


def _score(row: dict[str, Any]) -> ControlScore:
    tool = Tool(row["tool"])
    total = row["total"] if tool is Tool.ACQ else int(row["total"])
    return ControlScore(taken_on=date.fromisoformat(row["taken_on"]), tool=tool, total=total,
                        answers=tuple(json.loads(row["answers"] or "[]")),
                        note=row["note"] or "", id=row["id"])


def add_score(db: Database, profile_id: int, score: ControlScore,
              now: datetime) -> ControlScore:
    with transaction(db):
        row_id = db["control_scores"].insert(score_row(profile_id, score, now)).last_pk
    return _score(db["control_scores"].get(row_id))


def list_scores(db: Database, profile_id: int,
                tool: Tool | None = None) -> list[ControlScore]:
    """Live scores, newest first."""
    where, args = _LIVE, list[Any]([profile_id])
    if tool is not None:
        where += " AND tool = ?"
        args.append(tool.value)
    rows = db["control_scores"].rows_where(where, args, order_by="taken_on desc, id desc")
    return [_score(row) for row in rows]


# --- attacks -----------------------------------------------------------------------------

def attack_row(profile_id: int, attack: Attack, now: datetime) -> dict[str, Any]:
    return {"profile_id": profile_id, "occurred_on": attack.occurred_on.isoformat(),
            "care": json.dumps([c.value for c in attack.care]), "note": attack.note,
            "follow_up": attack.follow_up.value if attack.follow_up else None,
            "follow_up_changed_at": _iso(now) if attack.follow_up else None,
            "created_at": _iso(now), "deleted_at": None}


def _attack(row: dict[str, Any]) -> Attack:
    follow_up = row.get("follow_up")
    return Attack(occurred_on=date.fromisoformat(row["occurred_on"]),
                  care=tuple(Care(c) for c in json.loads(row["care"] or "[]")),
                  note=row["note"] or "", id=row["id"],
                  follow_up=FollowUp(follow_up) if follow_up else None)


def add_attack(db: Database, profile_id: int, attack: Attack,
               now: datetime) -> Attack:
    with transaction(db):
        row_id = db["attacks"].insert(attack_row(profile_id, attack, now)).last_pk
    return _attack(db["attacks"].get(row_id))


def list_attacks(db: Database, profile_id: int) -> list[Attack]:
    rows = db["attacks"].rows_where(_LIVE, [profile_id], order_by="occurred_on desc, id desc")
    return [_attack(row) for row in rows]


def set_follow_up(db: Database, profile_id: int, attack_id: int,
                  state: FollowUp, now: datetime) -> None:
    """Move an attack's follow-up on; only an attack of this profile that has one."""
    with transaction(db):
        db.execute("UPDATE attacks SET follow_up = ?, follow_up_changed_at = ? WHERE id = ? "
                   "AND profile_id = ? AND follow_up IS NOT NULL",
                   [state.value, _iso(now), attack_id, profile_id])


# --- questions for the review ------------------------------------------------------------

def question_row(profile_id: int, question: ReviewQuestion) -> dict[str, Any]:
    return {"profile_id": profile_id, "text": question.text,
            "created_at": _iso(question.created_at),
            "answered_at": _iso(question.answered_at) if question.answered_at else None,
            "deleted_at": None}


def _question(row: dict[str, Any]) -> ReviewQuestion:
    answered = row["answered_at"]
    return ReviewQuestion(text=row["text"], created_at=datetime.fromisoformat(row["created_at"]),
                          answered_at=datetime.fromisoformat(answered) if answered else None,
                          id=row["id"])


def add_question(db: Database, profile_id: int,
                 question: ReviewQuestion) -> ReviewQuestion:
    with transaction(db):
        row_id = db["review_questions"].insert(question_row(profile_id, question)).last_pk
    return _question(db["review_questions"].get(row_id))


def list_questions(db: Database, profile_id: int) -> list[ReviewQuestion]:
    """Live questions, oldest first (the order the patient wrote them)."""
    rows = db["review_questions"].rows_where(_LIVE, [profile_id], order_by="created_at, id")
    return [_question(row) for row in rows]


def set_answered(db: Database, question_id: int,
                 answered_at: datetime | None) -> None:
    with transaction(db):
        db["review_questions"].update(
            question_id, {"answered_at": _iso(answered_at) if answered_at else None})


# --- review checklists -------------------------------------------------------------------

def checklist_row(profile_id: int, checklist: ReviewChecklist,
                  now: datetime) -> dict[str, Any]:
    def value(answer: StrEnum | None) -> str | None:
        return answer.value if answer is not None else None

    checked = checklist.technique_checked_on
    return {"profile_id": profile_id, "done_on": checklist.done_on.isoformat(),
            "technique_checked_on": checked.isoformat() if checked else None,
            "device": checklist.device, "spacer": value(checklist.spacer),
            "smoking": value(checklist.smoking),
            "second_hand_smoke": value(checklist.second_hand_smoke),
            "flu_vaccine": value(checklist.flu_vaccine),
            "plan_given": value(checklist.plan_given), "agenda": checklist.agenda,
            "created_at": _iso(now), "deleted_at": None}


def _checklist(row: dict[str, Any]) -> ReviewChecklist:
    from ..domain.checklist import PlanGiven, ReviewChecklist, Smoking, YesNo  # lazy: start-up

    def read(kind: type[Choice], column: str) -> Choice | None:
        return kind(row[column]) if row[column] else None

    checked = row["technique_checked_on"]
    return ReviewChecklist(
        done_on=date.fromisoformat(row["done_on"]),
        technique_checked_on=date.fromisoformat(checked) if checked else None,
        device=row["device"] or "", spacer=read(YesNo, "spacer"),
        smoking=read(Smoking, "smoking"), second_hand_smoke=read(YesNo, "second_hand_smoke"),
        flu_vaccine=read(YesNo, "flu_vaccine"), plan_given=read(PlanGiven, "plan_given"),
        agenda=row["agenda"] or "", id=row["id"])


def add_checklist(db: Database, profile_id: int, checklist: ReviewChecklist,
                  now: datetime) -> ReviewChecklist:
    with transaction(db):
        row_id = db["review_checklists"].insert(checklist_row(profile_id, checklist, now)).last_pk
    return _checklist(db["review_checklists"].get(row_id))


def list_checklists(db: Database, profile_id: int) -> list[ReviewChecklist]:
    """Live checklists, newest first."""
    rows = db["review_checklists"].rows_where(_LIVE, [profile_id],
                                              order_by="done_on desc, id desc")
    return [_checklist(row) for row in rows]
