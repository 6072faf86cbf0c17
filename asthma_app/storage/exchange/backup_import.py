"""Checking and writing a JSON backup (see ``json_backup``): everything is checked before the
first row is written, and the rows are written in one transaction."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from ...domain.control import Care, ControlError, ControlScore, FollowUp, Tool, validate_score
from ...domain.doses import MAX_REASON_LENGTH
from ...domain.inhalers import MAX_INHALER_SIZE
from ...domain.plan import (
    MAX_RELIEVER_PUFFS_LIMIT,
    ActionPlan,
    MedicineRole,
    PlanKind,
    Scale,
    validate_plan,
)
from ...domain.profile import Profile, validate_profile
from ...domain.readings import MAX_RELIEVER_PUFFS, PeakFlowReading, ReadingError, validate_reading
from ...domain.schedule import Slot
from ...domain.text import fill, translate
from ..database import transaction
from ..plan_codec import plan_from_dict, plan_to_json
from . import ImportRefused
from .json_backup import JSON_LIST_COLUMNS, LINKED, TABLES, _list, _moment, _need

if TYPE_CHECKING:
    from ..db_types import Database

Record = dict[str, Any]  # one object of the backup's JSON, or a row about to be written


@dataclass
class BackupReport:
    """What importing a person from a backup brought in."""

    profile_name: str
    counts: dict[str, Any] = field(default_factory=dict)
    profile_id: int | None = None


def check_backup(data: dict[str, Any], today: date
                 ) -> tuple[dict[str, Any], list[dict[str, Any]], dict[str, list[dict[str, Any]]]]:
    """(profile row, plan rows, {table: rows}) ready to insert, or ImportRefused."""
    profile = _check_profile(data.get("profile"), today)
    plans = _check_plans(_list(data, "plan_versions"))
    versions = {row["version"] for row in plans}
    tables: dict[str, list[Record]] = {}
    for table in TABLES:
        records = _list(data, table)
        rows: list[Record] = []
        ids: set[int] = set()
        for index, record in enumerate(records):
            where = f"{table}[{index}]"
            if not isinstance(record, dict):
                raise ImportRefused(translate("Import", "Expected an object."), where)
            rows.append(_CHECKS[table](record, where, today))
            ids.add(_unique_id(record, where, ids))
        if table in LINKED:
            _check_links(records, rows, ids, versions, table)
        if table == "inhaler_corrections":
            known = {row["_file_id"] for row in tables.get("inhalers", [])}
            for index, row in enumerate(rows):
                if row["_inhaler"] not in known:
                    raise ImportRefused(fill(translate(
                        "Import", "This count points to an inhaler that is not in the file "
                                  "(%1)."), row["_inhaler"]), f"{table}[{index}].inhaler")
        tables[table] = rows
    return profile, plans, tables


def _unique_id(record: dict[str, Any], where: str, seen: set[Any]) -> int:
    ident = _need(record, "id", int, where)
    if ident in seen:
        raise ImportRefused(fill(translate("Import", "The id %1 appears twice (a duplicate "
                                                     "record)."), ident), f"{where}.id")
    assert isinstance(ident, int)  # _need checked it
    return ident


def _check_links(records: list[Record], rows: list[Record], ids: set[int], versions: set[int],
                 table: str) -> None:
    for index, (record, row) in enumerate(zip(records, rows, strict=True)):
        where = f"{table}[{index}]"
        version = _need(record, "plan_version", int, where, optional=True)
        if version is not None and version not in versions:
            raise ImportRefused(fill(translate("Import", "There is no plan version %1 in this "
                                                         "backup."), version),
                                f"{where}.plan_version")
        target = _need(record, "replaced_by", int, where, optional=True)
        if target is not None and (target not in ids or target == record["id"]):
            raise ImportRefused(fill(translate("Import", "This points to a missing record %1."),
                                     target), f"{where}.replaced_by")
        row.update(_file_id=record["id"], _plan_version=version, _replaced_by=target)
    _refuse_cycles(rows, table)


def _refuse_cycles(rows: list[dict[str, Any]], table: str) -> None:
    """``replaced_by`` chains must end: in a cycle every copy is "replaced", so the entry
    would vanish from every screen."""

    following = {row["_file_id"]: row["_replaced_by"] for row in rows}
    for start in following:
        seen, current = set(), start
        while current is not None:
            if current in seen:
                raise ImportRefused(fill(translate(
                    "Import", "Record %1 is replaced by a record that is in turn replaced by "
                              "it (a loop)."), start), f"{table}.replaced_by")
            seen.add(current)
            current = following.get(current)


def _check_profile(record: object, today: date) -> dict[str, Any]:
    if not isinstance(record, dict):
        raise ImportRefused(translate("Import", "The backup has no profile."), "profile")
    name = _need(record, "name", str, "profile")
    birth_year = _need(record, "birth_year", int, "profile", optional=True)
    region = _need(record, "region", str, "profile", optional=True) or "GB"
    number = _need(record, "emergency_number", str, "profile", optional=True) or ""
    nhs = _need(record, "nhs_number", str, "profile", optional=True) or ""
    problems = validate_profile(Profile(name, birth_year, region, number, nhs_number=nhs),
                                today.year)
    if problems:
        raise ImportRefused(" ".join(problems), "profile")
    row = {"name": name, "birth_year": birth_year, "region": region, "emergency_number": number,
           "created_at": _moment(record, "created_at", "profile")}
    if nhs:  # only then: a backup without one imports into any schema as before
        row["nhs_number"] = nhs
    return row


def _check_plans(records: list[Any]) -> list[dict[str, Any]]:
    rows, seen = [], set()
    for index, record in enumerate(records):
        where = f"plan_versions[{index}]"
        version = _need(record, "version", int, where)
        if version in seen or version < 1:
            raise ImportRefused(fill(translate("Import", "The version %1 is repeated or not "
                                                         "positive."), version),
                                f"{where}.version")
        seen.add(version)
        plan = _check_plan(_need(record, "plan", dict, where), f"{where}.plan")
        rows.append({"version": version, "created_at": _moment(record, "created_at", where),
                     "agreed_by": plan.agreed_by, "agreed_on": plan.agreed_on.isoformat(),
                     "data": plan_to_json(plan)})
    return rows


_PLAN_INTS = ("amber_below_pct", "red_below_pct", "monitoring_hours")
_PLAN_TEXTS = ("agreed_by", "green_instructions", "amber_instructions", "red_instructions",
               "gp_contact", "out_of_hours_contact", "emergency_number", "agreed_by_role",
               "agreed_with")


def _check_plan(data: dict[str, Any], where: str) -> ActionPlan:
    """Types first (a plan is used for every zone later), then the plan editor's own rules."""
    for key in _PLAN_INTS:
        _need(data, key, int, where, optional=True)
    _need(data, "personal_best", int, where, optional=True)
    _need(data, "max_reliever_puffs_per_day", int, where, optional=True)
    for key in _PLAN_TEXTS:
        _need(data, key, str, where, optional=True)
    # format 1 had no reference: its copied steps are read by the old-data rule (plan_codec)
    if _need(data, "attack_steps_ref", str, where, optional=True) is None:
        data = {k: v for k, v in data.items() if k != "attack_steps_ref"}
    for key in ("amber_signs", "red_signs", "triggers", "attack_steps",
                "withdrawn_attack_steps"):
        _strings(data, key, where)
    for index, medicine in enumerate(_need(data, "medicines", list, where, optional=True) or []):
        # texts, and the puffs each time: a whole number or nothing (format 3)
        if not isinstance(medicine, dict) or not all(
                (v is None or (isinstance(v, int) and not isinstance(v, bool)))
                if k == "puffs_each_time" else isinstance(v, str)
                for k, v in medicine.items()):
            raise ImportRefused(translate("Import", "A medicine must be an object of texts."),
                                f"{where}.medicines[{index}]")
    try:
        plan = plan_from_dict(data)
        PlanKind(plan.kind)
        problems = validate_plan(plan)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise ImportRefused(fill(translate("Import", "The plan can't be read (%1)."), error),
                            where) from error
    if problems:
        raise ImportRefused(" ".join(problems), where)
    return plan


def _common(record: dict[str, Any], where: str) -> dict[str, Any]:
    return {"created_at": _moment(record, "created_at", where),
            "deleted_at": _moment(record, "deleted_at", where, optional=True)}


def _text(record: Record, key: str, where: str) -> str:
    return _need(record, key, str, where, optional=True) or ""


def _strings(record: Record, key: str, where: str) -> str:
    values = _need(record, key, list, where, optional=True) or []
    for i, value in enumerate(values):
        if not isinstance(value, str):
            raise ImportRefused(translate("Import", "Expected text."), f"{where}.{key}[{i}]")
    return json.dumps(values, ensure_ascii=False)


def _flag(record: Record, key: str, where: str) -> int:
    value = record.get(key)
    if value not in (0, 1, None) or isinstance(value, float):
        raise ImportRefused(fill(translate("Import", "Expected 0 or 1, found %1."),
                                 f"{value!r:.20}"), f"{where}.{key}")
    return int(bool(value))


def _reading(record: Record, where: str, today: date) -> dict[str, Any]:
    blows = [_need(record, f"blow{i}", int, where, optional=True) for i in (1, 2, 3)]
    value = _need(record, "value", int, where)
    scale = _need(record, "scale", str, where)
    period = _need(record, "period", str, where, optional=True)
    if scale not in set(Scale) or period not in (None, "morning", "evening"):
        raise ImportRefused(fill(translate("Import", "Unknown scale or period (%1, %2)."),
                                 repr(scale), repr(period)), where)
    present = tuple(b for b in blows if b is not None) or (value,)
    try:
        validate_reading(PeakFlowReading(datetime.now(), present))
    except ReadingError as error:
        raise ImportRefused(str(error), f"{where}.value") from error
    if max(present) != value:
        raise ImportRefused(translate("Import", "The value must be the highest blow."),
                            f"{where}.value")
    return {"taken_at": _past(record, "taken_at", where, today, "time"),
            "blow1": blows[0], "blow2": blows[1], "blow3": blows[2], "value": value,
            "scale": scale, "period": period,
            "after_reliever": _flag(record, "after_reliever", where),
            "note": _text(record, "note", where), **_common(record, where)}


def _entry(record: Record, where: str, today: date) -> dict[str, Any]:
    puffs = _need(record, "reliever_puffs", int, where, optional=True) or 0
    if not 0 <= puffs <= MAX_RELIEVER_PUFFS:
        raise ImportRefused(fill(translate("Import", "Reliever puffs must be 0 to %1."),
                                 MAX_RELIEVER_PUFFS), f"{where}.reliever_puffs")
    row = {"recorded_at": _past(record, "recorded_at", where, today, "time"),
           "reliever_puffs": puffs, "note": _text(record, "note", where), **_common(record, where)}
    for key in ("daytime_symptoms", "night_waking", "activity_limited"):
        row[key] = _flag(record, key, where)
    for key in ("triggers", "amber_signs", "red_signs"):
        row[key] = _strings(record, key, where)
    return row


def _past(record: Record, key: str, where: str, today: date, kind: str) -> str:
    """A date or time of the app's own form, not after today: a future reading would stay
    the "newest" and set the zone on the Today screen."""
    text = _moment(record, key, where, kind=kind)
    assert text is not None  # not optional: _moment refused a missing one
    if date.fromisoformat(text[:10]) > today:
        raise ImportRefused(_future(text), f"{where}.{key}")
    return text


def _score(record: Record, where: str, today: date) -> dict[str, Any]:
    tool = _need(record, "tool", str, where)
    if tool not in set(Tool):
        raise ImportRefused(fill(translate("Import", "Unknown score %1."), f"{tool!r:.20}"),
                            f"{where}.tool")
    answers = _need(record, "answers", list, where, optional=True) or []
    if not all(isinstance(a, bool) for a in answers):
        raise ImportRefused(translate("Import", "Answers must be true or false."),
                            f"{where}.answers")
    taken_on = _past(record, "taken_on", where, today, "date")
    total = _need(record, "total", (int, float), where)
    try:
        validate_score(ControlScore(date.fromisoformat(taken_on[:10]), Tool(tool), total,
                                    tuple(answers)), date.max)
    except ControlError as error:
        raise ImportRefused(str(error), f"{where}.total") from error
    return {"taken_on": taken_on, "tool": tool, "total": float(total),
            "answers": json.dumps(answers) if answers else None,
            "note": _text(record, "note", where), **_common(record, where)}


def _attack(record: Record, where: str, today: date) -> dict[str, Any]:
    care = _need(record, "care", list, where, optional=True) or []
    for i, value in enumerate(care):
        if not isinstance(value, str) or value not in set(Care):
            raise ImportRefused(fill(translate("Import", "Unknown kind of care %1."),
                                     f"{value!r:.30}"), f"{where}.care[{i}]")
    follow_up = _choice(record, "follow_up", where, FollowUp)
    return {"occurred_on": _past(record, "occurred_on", where, today, "date"),
            "care": json.dumps(care), "note": _text(record, "note", where),
            "follow_up": follow_up,
            "follow_up_changed_at": _moment(record, "follow_up_changed_at", where,
                                            optional=True) if follow_up else None,
            **_common(record, where)}


def _choice(record: Record, key: str, where: str, kind: type[StrEnum]) -> str | None:
    """One of ``kind``'s values, or None when absent (older backups have none)."""
    value = _need(record, key, str, where, optional=True)
    if value is not None and value not in set(kind):
        raise ImportRefused(fill(translate("Import", "Unknown value %1."), f"{value!r:.30}"),
                            f"{where}.{key}")
    assert value is None or isinstance(value, str)
    return value


def _checklist(record: Record, where: str, today: date) -> dict[str, Any]:
    # lazy: start-up
    from ...domain.checklist import MAX_AGENDA, MAX_DEVICE, PlanGiven, Smoking, YesNo

    checked = _moment(record, "technique_checked_on", where, optional=True, kind="date")
    if checked is not None and date.fromisoformat(checked) > today:
        raise ImportRefused(_future(checked), f"{where}.technique_checked_on")
    device, agenda = _text(record, "device", where), _text(record, "agenda", where)
    if len(device) > MAX_DEVICE or len(agenda) > MAX_AGENDA:
        raise ImportRefused(_too_long(), where)
    return {"done_on": _past(record, "done_on", where, today, "date"),
            "technique_checked_on": checked, "device": device,
            "spacer": _choice(record, "spacer", where, YesNo),
            "smoking": _choice(record, "smoking", where, Smoking),
            "second_hand_smoke": _choice(record, "second_hand_smoke", where, YesNo),
            "flu_vaccine": _choice(record, "flu_vaccine", where, YesNo),
            "plan_given": _choice(record, "plan_given", where, PlanGiven),
            "agenda": agenda, **_common(record, where)}


def _question(record: Record, where: str, today: date) -> dict[str, Any]:
    return {"text": _need(record, "text", str, where),
            "answered_at": _moment(record, "answered_at", where, optional=True),
            **_common(record, where)}


REMINDER_KINDS = ("preventer", "peak_flow")  # services.reminders.KINDS (a test checks)


def _reminder(record: Record, where: str, today: date) -> dict[str, Any]:
    time_of_day = _need(record, "time_of_day", str, where)  # reminders are loaded by it
    try:
        if not (time_of_day.isascii() and len(time_of_day) in (5, 8)):
            raise ValueError(time_of_day)
        time.fromisoformat(time_of_day)
    except ValueError as error:
        raise ImportRefused(fill(translate("Import", "This is not a time of day: %1."),
                                 f"{time_of_day!r:.20}"), f"{where}.time_of_day") from error
    kind = _need(record, "kind", str, where)
    if kind not in REMINDER_KINDS:
        raise ImportRefused(fill(translate("Import", "Unknown reminder %1."), f"{kind!r:.20}"),
                            f"{where}.kind")
    return {"kind": kind,
            "time_of_day": time_of_day,
            "enabled": _flag(record, "enabled", where),
            "created_at": _moment(record, "created_at", where)}


def _child(record: Record, where: str, today: date) -> dict[str, Any]:
    from ...domain.child_details import MAX_FIELD  # lazy: start-up

    copy = _moment(record, "school_copy_on", where, optional=True, kind="date")
    if copy is not None and date.fromisoformat(copy) > today:
        raise ImportRefused(_future(copy), f"{where}.school_copy_on")
    texts = {key: _text(record, key, where)
             for key in ("carer_contact", "school_contact", "allergies")}
    if any(len(text) > MAX_FIELD for text in texts.values()):
        raise ImportRefused(_too_long(), where)
    return {**texts, "school_copy_on": copy, "spacer": _flag(record, "spacer", where),
            "mask": _flag(record, "mask", where), **_common(record, where)}


def _future(text: str | None) -> str:
    return fill(translate("Import", "This date is in the future: %1."), text)


def _too_long() -> str:
    return translate("Import", "The text is too long.")


def _dose(record: Record, where: str, today: date) -> dict[str, Any]:
    slot = _choice(record, "slot", where, Slot)
    due_on = _moment(record, "due_on", where, optional=True, kind="date")
    if (slot is None) != (due_on is None):
        raise ImportRefused(translate(
            "Import", "A scheduled dose needs both its day and its time of day."), where)
    puffs = _need(record, "puffs", int, where, optional=True)
    if puffs is not None and not 1 <= puffs <= MAX_RELIEVER_PUFFS_LIMIT:
        raise ImportRefused(fill(translate("Import", "Puffs must be 1 to %1."),
                                 MAX_RELIEVER_PUFFS_LIMIT), f"{where}.puffs")
    medicine, reason = _need(record, "medicine", str, where), _text(record, "reason", where)
    if not medicine.strip() or len(medicine) > 300 or len(reason) > MAX_REASON_LENGTH:
        raise ImportRefused(translate(
            "Import", "The medicine's name is missing, or the name or the reason is too long."),
            where)
    return {"medicine": medicine, "taken_at": _past(record, "taken_at", where, today, "time"),
            "taken": _flag(record, "taken", where), "due_on": due_on, "slot": slot,
            "reason": reason, "puffs": puffs, **_common(record, where)}


def _inhaler(record: Record, where: str, today: date) -> dict[str, Any]:
    size = _need(record, "size", int, where)
    if not 1 <= size <= MAX_INHALER_SIZE:
        raise ImportRefused(fill(translate("Import", "The inhaler's size must be 1 to %1 doses."),
                                 MAX_INHALER_SIZE), f"{where}.size")
    medicine = _need(record, "medicine", str, where)
    if not medicine.strip() or len(medicine) > 300:
        raise ImportRefused(translate("Import", "The medicine's name is missing or too long."),
                            f"{where}.medicine")
    role = _choice(record, "role", where, MedicineRole)
    if role is None:
        raise ImportRefused(translate("Import", "Expected what the medicine is used for."),
                            f"{where}.role")
    return {"medicine": medicine, "role": role, "size": size, "_file_id": record.get("id"),
            "started_at": _past(record, "started_at", where, today, "time"),
            **_common(record, where)}


def _correction(record: Record, where: str, today: date) -> dict[str, Any]:
    left = _need(record, "doses_left", int, where)
    if not 0 <= left <= 1000:
        raise ImportRefused(fill(translate("Import", "Doses left must be 0 to %1."), 1000),
                            f"{where}.doses_left")
    return {"counted_at": _past(record, "counted_at", where, today, "time"),
            "doses_left": left, "_inhaler": _need(record, "inhaler", int, where),
            **_common(record, where)}


_CHECKS = {"readings": _reading, "symptom_entries": _entry, "control_scores": _score,
           "attacks": _attack, "review_questions": _question, "reminders": _reminder,
           "review_checklists": _checklist, "child_details": _child, "dose_events": _dose,
           "inhalers": _inhaler, "inhaler_corrections": _correction}
assert set(_CHECKS) == set(TABLES) and JSON_LIST_COLUMNS


def import_backup(db: Database, data: dict[str, Any], today: date, name: str | None = None,
                  dry_run: bool = False) -> BackupReport:
    """Add the backup as a new profile (called ``name`` if given). All or nothing."""
    profile, plans, tables = check_backup(data, today)
    if name is not None:  # the new name must pass the same checks as the file's
        problems = validate_profile(Profile(name.strip(), profile["birth_year"]), today.year)
        if problems:
            raise ImportRefused(" ".join(problems), "name")
        profile["name"] = name.strip()
    taken = {row["name"].casefold() for row in db["profiles"].rows}
    if profile["name"].casefold() in taken:
        raise ImportRefused(fill(translate(
            "Import", "There is already a profile called %1. Choose another name for the "
                      "imported profile (--profile NAME)."), repr(profile["name"])))
    report = BackupReport(profile["name"], {"plan_versions": len(plans),
                                            **{t: len(rows) for t, rows in tables.items()}})
    if not dry_run:
        with transaction(db):
            report.profile_id = _write(db, profile, plans, tables)
    return report


def _write(db: Database, profile: Record, plans: list[Record], tables: dict[str, Any]) -> int:
    profile_id = db["profiles"].insert(profile).last_pk
    plan_ids = {}
    for row in plans:
        plan_ids[row["version"]] = db["plan_versions"].insert(
            {**row, "profile_id": profile_id}).last_pk
    written: dict[str, dict[str, Any]] = {}
    for table, rows in tables.items():
        if table not in db.table_names():
            continue
        new_ids = written[table] = {}
        for row in rows:
            clean = {k: v for k, v in row.items() if not k.startswith("_")}
            clean["profile_id"] = profile_id
            if table == "inhaler_corrections":
                clean["inhaler_id"] = written["inhalers"][row["_inhaler"]]
            if table in LINKED:
                clean["plan_version_id"] = plan_ids.get(row["_plan_version"])
            new_ids[row.get("_file_id")] = db[table].insert(clean).last_pk
        for row in rows:
            if row.get("_replaced_by") is not None:
                db[table].update(new_ids[row["_file_id"]],
                                 {"replaced_by": new_ids[row["_replaced_by"]]})
    assert isinstance(profile_id, int)
    return profile_id
