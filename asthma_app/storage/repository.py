"""Rows <-> domain objects. Every write is one transaction; nothing is overwritten in place.

Plans only ever gain versions. Readings and symptom entries are deleted softly
(``deleted_at``) so that undo can bring them back, and an edit hides the old row
(``replaced_by``) instead of changing it.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .db_types import Database

from ..domain.plan import ActionPlan, Scale
from ..domain.profile import Profile
from ..domain.readings import PeakFlowReading, Period, SymptomEntry
from ..domain.timeline import PlanTimeline
from .database import transaction
from .plan_codec import plan_from_json, plan_to_json


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


# --- profiles -----------------------------------------------------------------------------

def _profile(row: dict[str, Any]) -> Profile:
    return Profile(name=row["name"], birth_year=row["birth_year"], region=row["region"] or "GB",
                   emergency_number=row["emergency_number"] or "",
                   created_at=datetime.fromisoformat(row["created_at"]), id=row["id"],
                   nhs_number=row.get("nhs_number") or "")


def add_profile(db: Database, profile: Profile, now: datetime) -> Profile:
    with transaction(db):
        row = {"name": profile.name.strip(), "birth_year": profile.birth_year,
               "region": profile.region, "emergency_number": profile.emergency_number,
               "created_at": _iso(now)}
        if profile.nhs_number:  # the column came with schema 7; older tests write without
            row["nhs_number"] = profile.nhs_number
        table = db["profiles"].insert(row)
    return get_profile(db, table.last_pk)


def update_profile(db: Database, profile: Profile) -> Profile:
    with transaction(db):
        assert profile.id is not None, "only a saved profile can be updated"
        row = {"name": profile.name.strip(), "birth_year": profile.birth_year,
               "region": profile.region, "emergency_number": profile.emergency_number}
        if profile.nhs_number or "nhs_number" in db["profiles"].columns_dict:
            row["nhs_number"] = profile.nhs_number or None
        db["profiles"].update(profile.id, row)
    return get_profile(db, profile.id)


def get_profile(db: Database, profile_id: int) -> Profile:
    return _profile(db["profiles"].get(profile_id))


def list_profiles(db: Database) -> list[Profile]:
    return [_profile(row) for row in db["profiles"].rows_where(order_by="id")]


def profile_security(db: Database, profile_id: int) -> tuple[str | None, int]:
    """The person's passphrase hash (None: no passphrase) and idle lock minutes (0: never)."""
    row = db["profiles"].get(profile_id)
    return row["passphrase_hash"] or None, int(row["lock_after_minutes"] or 0)


def update_profile_security(db: Database, profile_id: int,
                            values: dict[str, Any]) -> None:
    """Change ``passphrase_hash`` and/or ``lock_after_minutes`` (None clears) in one
    transaction."""
    if not values or set(values) - {"passphrase_hash", "lock_after_minutes"}:
        raise ValueError(f"not security columns: {sorted(values)}")
    with transaction(db):
        db["profiles"].update(profile_id, values)


# --- plan versions ------------------------------------------------------------------------

def add_plan_version(db: Database, profile_id: int, plan: ActionPlan,
                     now: datetime) -> ActionPlan:
    with transaction(db):
        row = db.execute("SELECT COALESCE(MAX(version), 0) FROM plan_versions WHERE profile_id = ?",
                         [profile_id]).fetchone()
        version = row[0] + 1
        table = db["plan_versions"].insert({
            "profile_id": profile_id, "version": version, "created_at": _iso(now),
            "agreed_by": plan.agreed_by, "agreed_on": plan.agreed_on.isoformat(),
            "data": plan_to_json(plan)})
    return plan.with_version(table.last_pk, version)


def _plan(row: dict[str, Any]) -> ActionPlan:
    return plan_from_json(row["data"], row["id"], row["version"])


def current_plan(db: Database, profile_id: int) -> ActionPlan | None:
    rows = list(db["plan_versions"].rows_where(
        "profile_id = ?", [profile_id], order_by="version desc", limit=1))
    return _plan(rows[0]) if rows else None


def plan_history(db: Database, profile_id: int) -> list[tuple[datetime, ActionPlan]]:
    """Every version, newest first, with the moment it was saved (it came into force)."""
    return [(datetime.fromisoformat(row["created_at"]), _plan(row))
            for row in db["plan_versions"].rows_where(
                "profile_id = ?", [profile_id], order_by="version desc")]


def plan_by_id(db: Database, version_id: int) -> ActionPlan:
    return _plan(db["plan_versions"].get(version_id))


# --- readings -----------------------------------------------------------------------------

def _reading(row: dict[str, Any]) -> PeakFlowReading:
    blows = tuple(b for b in (row["blow1"], row["blow2"], row["blow3"]) if b is not None)
    return PeakFlowReading(
        taken_at=datetime.fromisoformat(row["taken_at"]), blows=blows or (row["value"],),
        scale=Scale(row["scale"]), period=Period(row["period"]) if row["period"] else None,
        after_reliever=bool(row["after_reliever"]), note=row["note"] or "",
        plan_version_id=row["plan_version_id"], id=row["id"])


def _reading_row(profile_id: int, reading: PeakFlowReading, now: datetime) -> dict[str, Any]:
    blows = list(reading.blows) + [None] * (3 - len(reading.blows))
    return {"profile_id": profile_id, "taken_at": _iso(reading.taken_at),
            "blow1": blows[0], "blow2": blows[1], "blow3": blows[2], "value": reading.value,
            "scale": reading.scale.value, "period": reading.session.value,
            "after_reliever": int(reading.after_reliever), "note": reading.note,
            "plan_version_id": reading.plan_version_id, "created_at": _iso(now),
            "deleted_at": None, "replaced_by": None}


def add_reading(db: Database, profile_id: int, reading: PeakFlowReading,
                now: datetime) -> PeakFlowReading:
    with transaction(db):
        table = db["readings"].insert(_reading_row(profile_id, reading, now))
    return _reading(db["readings"].get(table.last_pk))


def add_readings(db: Database, profile_id: int,
                 readings: list[PeakFlowReading], now: datetime) -> None:
    """Many readings in one transaction (imports, demo data, benchmarks)."""
    with transaction(db):
        db["readings"].insert_all((_reading_row(profile_id, r, now) for r in readings),
                                  batch_size=1000)


_LIVE = "deleted_at IS NULL AND replaced_by IS NULL"


def list_readings(db: Database, profile_id: int, start: datetime | None = None,
                  end: datetime | None = None, limit: int | None = None) -> list[PeakFlowReading]:
    """Live readings, newest first, optionally within [start, end)."""
    where, args = _range_where("taken_at", profile_id, start, end)
    rows = db["readings"].rows_where(where, args, order_by="taken_at desc, id desc", limit=limit)
    return [_reading(row) for row in rows]


def latest_reading(db: Database, profile_id: int) -> PeakFlowReading | None:
    rows = list_readings(db, profile_id, limit=1)
    return rows[0] if rows else None


def _range_where(column: str, profile_id: int, start: datetime | None,
                 end: datetime | None) -> tuple[str, list[Any]]:
    where, args = f"profile_id = ? AND {_LIVE}", list[Any]([profile_id])
    if start is not None:
        where += f" AND {column} >= ?"
        args.append(_iso(start))
    if end is not None:
        where += f" AND {column} < ?"
        args.append(_iso(end))
    return where, args


def set_deleted(db: Database, table: str, row_id: int,
                deleted_at: datetime | None) -> None:
    """Soft delete (a moment) or undo a delete (None)."""
    with transaction(db):
        db[table].update(row_id, {"deleted_at": _iso(deleted_at) if deleted_at else None})


def replace_reading(db: Database, profile_id: int, old_id: int,
                    new: PeakFlowReading, now: datetime) -> PeakFlowReading:
    with transaction(db):
        new_id = db["readings"].insert(_reading_row(profile_id, new, now)).last_pk
        db["readings"].update(old_id, {"replaced_by": new_id})
    return _reading(db["readings"].get(new_id))


def undo_replace(db: Database, table: str, old_id: int, new_id: int,
                 now: datetime) -> None:
    """Bring back the row an edit replaced, hiding the edited copy."""
    with transaction(db):
        db[table].update(new_id, {"deleted_at": _iso(now)})
        db[table].update(old_id, {"replaced_by": None})


# --- symptom entries ----------------------------------------------------------------------

def _entry(row: dict[str, Any]) -> SymptomEntry:
    return SymptomEntry(
        recorded_at=datetime.fromisoformat(row["recorded_at"]),
        daytime_symptoms=bool(row["daytime_symptoms"]), night_waking=bool(row["night_waking"]),
        activity_limited=bool(row["activity_limited"]),
        reliever_puffs=row["reliever_puffs"] or 0,
        triggers=tuple(json.loads(row["triggers"] or "[]")),
        amber_signs=tuple(json.loads(row["amber_signs"] or "[]")),
        red_signs=tuple(json.loads(row["red_signs"] or "[]")),
        note=row["note"] or "", plan_version_id=row["plan_version_id"], id=row["id"])


def _entry_row(profile_id: int, entry: SymptomEntry, now: datetime) -> dict[str, Any]:
    return {"profile_id": profile_id, "recorded_at": _iso(entry.recorded_at),
            "daytime_symptoms": int(entry.daytime_symptoms),
            "night_waking": int(entry.night_waking),
            "activity_limited": int(entry.activity_limited),
            "reliever_puffs": entry.reliever_puffs,
            "triggers": json.dumps(list(entry.triggers), ensure_ascii=False),
            "amber_signs": json.dumps(list(entry.amber_signs), ensure_ascii=False),
            "red_signs": json.dumps(list(entry.red_signs), ensure_ascii=False),
            "note": entry.note, "plan_version_id": entry.plan_version_id,
            "created_at": _iso(now), "deleted_at": None, "replaced_by": None}


def add_entry(db: Database, profile_id: int, entry: SymptomEntry,
              now: datetime) -> SymptomEntry:
    with transaction(db):
        table = db["symptom_entries"].insert(_entry_row(profile_id, entry, now))
    return _entry(db["symptom_entries"].get(table.last_pk))


def add_entries(db: Database, profile_id: int, entries: list[SymptomEntry],
                now: datetime) -> None:
    with transaction(db):
        db["symptom_entries"].insert_all((_entry_row(profile_id, e, now) for e in entries),
                                         batch_size=1000)


def list_entries(db: Database, profile_id: int, start: datetime | None = None,
                 end: datetime | None = None, limit: int | None = None) -> list[SymptomEntry]:
    where, args = _range_where("recorded_at", profile_id, start, end)
    rows = db["symptom_entries"].rows_where(where, args, order_by="recorded_at desc, id desc",
                                            limit=limit)
    return [_entry(row) for row in rows]


def latest_entry(db: Database, profile_id: int) -> SymptomEntry | None:
    rows = list_entries(db, profile_id, limit=1)
    return rows[0] if rows else None


def replace_entry(db: Database, profile_id: int, old_id: int, new: SymptomEntry,
                  now: datetime) -> SymptomEntry:
    with transaction(db):
        new_id = db["symptom_entries"].insert(_entry_row(profile_id, new, now)).last_pk
        db["symptom_entries"].update(old_id, {"replaced_by": new_id})
    return _entry(db["symptom_entries"].get(new_id))


# --- ranges for Trends (ascending, only the columns charts and statistics need) -----------

_READING_COLUMNS = ("taken_at, blow1, blow2, blow3, value, scale, period, after_reliever, "
                    "plan_version_id, id")


def readings_between(db: Database, profile_id: int, start: datetime,
                     end: datetime) -> list[PeakFlowReading]:
    """Live readings in ``[start, end)``, oldest first: one indexed range scan, no notes."""
    where, args = _range_where("taken_at", profile_id, start, end)
    sql = f"SELECT {_READING_COLUMNS} FROM readings WHERE {where} ORDER BY taken_at, id"
    scales, periods = {s.value: s for s in Scale}, {p.value: p for p in Period}
    parse = datetime.fromisoformat
    readings = []
    for taken, b1, b2, b3, value, scale, period, after, plan_id, row_id in db.execute(sql, args):
        blows = tuple(b for b in (b1, b2, b3) if b is not None) or (value,)
        readings.append(PeakFlowReading(parse(taken), blows, scales[scale], periods.get(period),
                                        bool(after), "", plan_id, row_id))
    return readings


def entries_between(db: Database, profile_id: int, start: datetime,
                    end: datetime) -> list[SymptomEntry]:
    """Live symptom entries in ``[start, end)``, oldest first (without free-text notes)."""
    where, args = _range_where("recorded_at", profile_id, start, end)
    sql = ("SELECT recorded_at, daytime_symptoms, night_waking, activity_limited, "
           "reliever_puffs, triggers, amber_signs, red_signs, plan_version_id, id "
           f"FROM symptom_entries WHERE {where} ORDER BY recorded_at, id")
    parse, empty = datetime.fromisoformat, ("[]", "", None)
    entries = []
    for (when, day, night, limited, puffs, triggers, amber, red, plan_id,
         row_id) in db.execute(sql, args):
        entries.append(SymptomEntry(
            parse(when), bool(day), bool(night), bool(limited), puffs or 0,
            () if triggers in empty else tuple(json.loads(triggers)),
            () if amber in empty else tuple(json.loads(amber)),
            () if red in empty else tuple(json.loads(red)), "", plan_id, row_id))
    return entries


def data_span(db: Database, profile_id: int) -> tuple[datetime, datetime] | None:
    """Moments of the oldest and newest live reading or entry, or None when there is none."""
    moments = []
    for table, column in (("readings", "taken_at"), ("symptom_entries", "recorded_at")):
        for order in ("", "DESC"):
            row = db.execute(f"SELECT {column} FROM {table} WHERE profile_id = ? AND {_LIVE} "
                             f"ORDER BY {column} {order} LIMIT 1", [profile_id]).fetchone()
            if row:
                moments.append(datetime.fromisoformat(row[0]))
    return (min(moments), max(moments)) if moments else None


def plan_timeline(db: Database, profile_id: int) -> PlanTimeline:
    """Every plan version with the moment it came into force (its ``created_at``)."""
    return PlanTimeline.of(plan_history(db, profile_id))


def profile_vault(db: Database, profile_id: int) -> str | None:
    """The name of the person's encrypted file (storage/vault.py), or None: their diary is in
    the shared file."""
    row = db.execute("SELECT vault FROM profiles WHERE id = ?", [profile_id]).fetchone()
    return row[0] if row else None


def vault_details(db: Database,
                  profile_id: int) -> tuple[str | None, str | None, str | None] | None:
    """(passphrase hash, vault file name, key derivation) of a person, or None if unknown."""
    row = db.execute("SELECT passphrase_hash, vault, vault_kdf FROM profiles WHERE id = ?",
                     [profile_id]).fetchone()
    return None if row is None else (row[0], row[1], row[2])
