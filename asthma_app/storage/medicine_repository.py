"""Rows <-> doses logged, inhalers and counter corrections (tables dose_events, inhalers,
inhaler_corrections). Rows are only added; a delete is ``deleted_at`` (undo clears it).

Every write is one transaction (nested inside a caller's transaction it becomes a savepoint,
so an import writes many records all or nothing).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .db_types import Database

from ..domain.doses import DoseEvent
from ..domain.inhalers import Correction, Inhaler
from ..domain.plan import MedicineRole
from ..domain.schedule import Slot
from .database import transaction

_LIVE = "profile_id = ? AND deleted_at IS NULL"
DOSES, INHALERS, CORRECTIONS = "dose_events", "inhalers", "inhaler_corrections"


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


# --- doses -------------------------------------------------------------------------------

def dose_row(profile_id: int, event: DoseEvent, now: datetime) -> dict[str, Any]:
    return {"profile_id": profile_id, "medicine": event.medicine, "taken_at": _iso(event.at),
            "taken": int(event.taken),
            "due_on": event.due_on.isoformat() if event.due_on else None,
            "slot": event.slot.value if event.slot else None, "reason": event.reason,
            "puffs": event.puffs, "plan_version_id": event.plan_version_id,
            "created_at": _iso(event.logged_at or now), "deleted_at": None}


_DOSE_COLUMNS = ("medicine, taken_at, taken, due_on, slot, reason, puffs, created_at, "
                 "plan_version_id, id")


def _dose(values: Sequence[Any]) -> DoseEvent:
    medicine, at, taken, due_on, slot, reason, puffs, created, plan_id, row_id = values
    return DoseEvent(medicine=medicine, at=datetime.fromisoformat(at), taken=bool(taken),
                     due_on=date.fromisoformat(due_on) if due_on else None,
                     slot=Slot(slot) if slot else None, reason=reason or "", puffs=puffs,
                     logged_at=datetime.fromisoformat(created), plan_version_id=plan_id,
                     id=row_id)


def add_dose(db: Database, profile_id: int, event: DoseEvent,
             now: datetime) -> DoseEvent:
    with transaction(db):
        row_id = db.table(DOSES).insert(dose_row(profile_id, event, now)).last_pk
    assert row_id is not None
    return dose_by_id(db, row_id)


def add_doses(db: Database, profile_id: int, events: list[DoseEvent],
              now: datetime) -> None:
    """Many in one transaction (demo data, benchmarks, imports)."""
    with transaction(db):
        db.table(DOSES).insert_all((dose_row(profile_id, e, now) for e in events), batch_size=1000)


def dose_by_id(db: Database, row_id: int) -> DoseEvent:
    row = db.execute(f"SELECT {_DOSE_COLUMNS} FROM {DOSES} WHERE id = ?", [row_id]).fetchone()
    return _dose(row)


def list_doses(db: Database, profile_id: int, start: datetime | None = None,
               end: datetime | None = None, limit: int | None = None,
               newest_first: bool = True) -> list[DoseEvent]:
    """Live doses by the moment taken, optionally within ``[start, end)``."""
    where = _LIVE
    args: list[object] = [profile_id]
    if start is not None:
        where += " AND taken_at >= ?"
        args.append(_iso(start))
    if end is not None:
        where += " AND taken_at < ?"
        args.append(_iso(end))
    order = "DESC" if newest_first else ""
    sql = (f"SELECT {_DOSE_COLUMNS} FROM {DOSES} WHERE {where} "
           f"ORDER BY taken_at {order}, id {order}")
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [_dose(row) for row in db.execute(sql, args)]


def decisive_doses(db: Database, profile_id: int, start: date,
                   end: date) -> list[DoseEvent]:
    """For each scheduled dose due in ``start``..``end``, only the event that decides it (the
    newest live one: ``domain.doses.decisive_events``), chosen by SQLite: one row per dose
    instead of every event, for Trends over twenty years."""
    sql = (f"SELECT {_DOSE_COLUMNS} FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY medicine, "
           "due_on, slot ORDER BY created_at DESC, id DESC) AS newest FROM dose_events WHERE "
           "profile_id = ? AND deleted_at IS NULL AND slot IS NOT NULL AND due_on >= ? AND "
           "due_on <= ?) WHERE newest = 1 ORDER BY due_on")
    return [_dose(row) for row in db.execute(sql, [profile_id, start.isoformat(),
                                                   end.isoformat()])]


def answers_per_bar(db: Database, profile_id: int, origin: date, first: date, last: date,
                    width: int, due: Sequence[tuple[str, Slot]]) -> list[tuple[int, int, int]]:
    """(bar, taken, not taken) of the doses ``due`` each day (medicine title, time; a pair
    listed twice counts twice) in ``first``..``last``, bar ``i`` being the days
    ``origin + i*width`` on: from the per-day answers (``dose_days``, migration m0010), added
    up by SQLite, so twenty years are one read of ~7,300 short rows, not ~14,000 doses."""
    if not due:
        return []
    times: dict[str, list[int]] = {}  # medicine -> how often due (morning, evening) a day
    for medicine, slot in due:
        times.setdefault(medicine, [0, 0])[0 if slot is Slot.MORNING else 1] += 1
    args = list(times)
    n = len(args)

    def answered(answer: int) -> str:
        """SQL: how many of a row's due doses were answered ``answer``; one CASE on the
        medicine (its name compared once a row), none when only one is due."""
        parts = []
        for i, (morning, evening) in enumerate(times.values()):
            terms = [f"({column} IS {answer})" if count == 1 else
                     f"{count} * ({column} IS {answer})"  # (no product when once a day)
                     for count, column in ((morning, "morning"), (evening, "evening")) if count]
            parts.append((i, " + ".join(terms)))
        if n == 1:
            return parts[0][1]
        return f"CASE medicine {' '.join(f'WHEN ?{i + 1} THEN {e}' for i, e in parts)} END"

    names = ", ".join(f"?{i + 1}" for i in range(n))
    answers = f"SUM({answered(1)}), SUM({answered(0)})"
    rows = f"FROM dose_days WHERE profile_id = ?{n + 2} AND medicine IN ({names})"
    if width == 1:  # a bar a day: a GROUP BY of the day, in the key's order (nothing sorted)
        text = db.execute(f"SELECT group_concat(x) FROM (SELECT json_array(day, {answers}) "
                          f"AS x {rows} AND day >= ?{n + 1} AND day <= ?{n + 3} GROUP BY day)",
                          [*args, first.isoformat(), profile_id, last.isoformat()]).fetchone()[0]
        return [((date.fromisoformat(day) - origin).days, taken, missed)
                for day, taken, missed in json.loads(f"[{text or ''}]")]
    # One piece per bar (its days inside first..last), added up by SQLite one bar at a time
    # on the key's range, back as one JSON text: a GROUP BY of the bar made SQLite parse
    # each day's date and sort every day first.
    low_bar = (first - origin).days // width
    pieces = json.dumps([
        [max(first, bar_first).isoformat(), min(last, bar_first + timedelta(days=width - 1))
         .isoformat()]
        for bar_first in (origin + timedelta(days=bar * width)
                          for bar in range(low_bar, (last - origin).days // width + 1))])
    sql = (f"WITH p AS MATERIALIZED (SELECT key AS at, value ->> 0 AS lo, value ->> 1 AS hi "
           f"FROM json_each(?{n + 1})) SELECT group_concat((SELECT json_array(p.at, "
           f"{answers}) {rows} AND day >= p.lo AND day <= p.hi)) FROM p")
    text = db.execute(sql, [*args, pieces, profile_id]).fetchone()[0]
    return [(low_bar + at, taken, missed) for at, taken, missed in json.loads(f"[{text or ''}]")
            if taken is not None]


def reliever_days(db: Database, profile_id: int, start: date,
                  end: date) -> list[tuple[date, int]]:
    """(day, puffs) of each day in ``start``..``end`` with reliever puffs in live diary
    entries, from the per-day sums (``entry_days``, migration m0006)."""
    rows = db.execute("SELECT day, reliever_puffs FROM entry_days WHERE profile_id = ? AND "
                      "day >= ? AND day <= ? AND reliever_puffs > 0 ORDER BY day",
                      [profile_id, start.isoformat(), end.isoformat()])
    return [(date.fromisoformat(day), puffs) for day, puffs in rows]


def set_deleted(db: Database, table: str, profile_id: int, row_id: int,
                deleted_at: datetime | None) -> None:
    """Hide a row (a moment) or bring it back (None); only a row of this profile."""
    if table not in (DOSES, INHALERS, CORRECTIONS):
        raise ValueError(table)
    with transaction(db):
        db.execute(f"UPDATE {table} SET deleted_at = ? WHERE id = ? AND profile_id = ?",
                   [_iso(deleted_at) if deleted_at else None, row_id, profile_id])


# --- inhalers ----------------------------------------------------------------------------

def inhaler_row(profile_id: int, inhaler: Inhaler, now: datetime) -> dict[str, Any]:
    return {"profile_id": profile_id, "medicine": inhaler.medicine, "role": inhaler.role.value,
            "started_at": _iso(inhaler.started_at), "size": inhaler.size,
            "created_at": _iso(now), "deleted_at": None}


def add_inhaler(db: Database, profile_id: int, inhaler: Inhaler,
                now: datetime) -> Inhaler:
    with transaction(db):
        row_id = db.table(INHALERS).insert(inhaler_row(profile_id, inhaler, now)).last_pk
    return next(i for i in list_inhalers(db, profile_id) if i.id == row_id)


def add_inhalers(db: Database, profile_id: int, inhalers: list[Inhaler],
                 now: datetime) -> None:
    with transaction(db):
        db.table(INHALERS).insert_all((inhaler_row(profile_id, i, now) for i in inhalers),
                                batch_size=1000)


def list_inhalers(db: Database, profile_id: int) -> list[Inhaler]:
    """Live inhalers, oldest first."""
    rows = db.execute(f"SELECT medicine, role, started_at, size, id FROM {INHALERS} "
                      f"WHERE {_LIVE} ORDER BY started_at, id", [profile_id])
    return [Inhaler(medicine, MedicineRole(role), datetime.fromisoformat(started), size, row_id)
            for medicine, role, started, size, row_id in rows]


def correction_row(profile_id: int, correction: Correction, now: datetime) -> dict[str, Any]:
    return {"profile_id": profile_id, "inhaler_id": correction.inhaler_id,
            "counted_at": _iso(correction.at), "doses_left": correction.doses_left,
            "created_at": _iso(now), "deleted_at": None}


def add_correction(db: Database, profile_id: int, correction: Correction,
                   now: datetime) -> Correction:
    with transaction(db):
        row_id = db.table(CORRECTIONS).insert(correction_row(profile_id, correction, now)).last_pk
    return next(c for c in list_corrections(db, profile_id) if c.id == row_id)


def list_corrections(db: Database, profile_id: int) -> list[Correction]:
    rows = db.execute(f"SELECT inhaler_id, counted_at, doses_left, id FROM {CORRECTIONS} "
                      f"WHERE {_LIVE} ORDER BY counted_at, id", [profile_id])
    return [Correction(inhaler_id, datetime.fromisoformat(at), left, row_id)
            for inhaler_id, at, left, row_id in rows]


def reliever_puffs_since(db: Database, profile_id: int,
                         start: datetime) -> list[tuple[datetime, int]]:
    """(moment, puffs) of live diary entries with reliever puffs from ``start`` on."""
    rows = db.execute(
        "SELECT recorded_at, reliever_puffs FROM symptom_entries WHERE profile_id = ? AND "
        "deleted_at IS NULL AND replaced_by IS NULL AND reliever_puffs > 0 AND recorded_at >= ? "
        "ORDER BY recorded_at", [profile_id, _iso(start)])
    return [(datetime.fromisoformat(at), puffs) for at, puffs in rows]
