"""A complete, versioned JSON backup of one profile, and its all-or-nothing import.

Record ids in the file are positions (1, 2, ...) in the order the records were saved, so an
export, an import into an empty data dir and a second export give the same content. Soft-deleted
and replaced records are kept, with their links, so undo history and audit survive. The
profile's passphrase hash is never exported. Schema: docs/data-format.md.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from ...domain.text import fill, translate

if TYPE_CHECKING:
    from ..db_types import Database

from . import ImportRefused

FORMAT = "asthma-app-backup"
# 2: plans hold attack steps by reference (attack_steps_ref) and the MART/AIR fields; a
# format-1 plan's copied steps are read by plan_codec's rule for old data
# 3: medicines taken (dose_events, inhalers, inhaler_corrections; issue 16): an older app
# refuses such a file rather than import it without them
FORMAT_VERSION = 3
Progress = Callable[[int, int], None]

# table -> (time column for ordering, columns exported as they are)
TABLES = {
    "readings": ("taken_at", ["taken_at", "blow1", "blow2", "blow3", "value", "scale", "period",
                              "after_reliever", "note", "created_at", "deleted_at"]),
    "symptom_entries": ("recorded_at", ["recorded_at", "daytime_symptoms", "night_waking",
                                        "activity_limited", "reliever_puffs", "triggers",
                                        "amber_signs", "red_signs", "note", "created_at",
                                        "deleted_at"]),
    "control_scores": ("taken_on", ["taken_on", "tool", "total", "answers", "note",
                                    "created_at", "deleted_at"]),
    "attacks": ("occurred_on", ["occurred_on", "care", "note", "follow_up",
                                "follow_up_changed_at", "created_at", "deleted_at"]),
    "review_questions": ("created_at", ["text", "created_at", "answered_at", "deleted_at"]),
    "reminders": ("created_at", ["kind", "time_of_day", "enabled", "created_at"]),
    "review_checklists": ("done_on", ["done_on", "technique_checked_on", "device", "spacer",
                                      "smoking", "second_hand_smoke", "flu_vaccine",
                                      "plan_given", "agenda", "created_at", "deleted_at"]),
    "child_details": ("created_at", ["carer_contact", "school_contact", "school_copy_on",
                                     "spacer", "mask", "allergies", "created_at",
                                     "deleted_at"]),
    "dose_events": ("taken_at", ["medicine", "taken_at", "taken", "due_on", "slot", "reason",
                                 "puffs", "created_at", "deleted_at"]),
    "inhalers": ("started_at", ["medicine", "role", "started_at", "size", "created_at",
                                "deleted_at"]),
    # after inhalers: each correction names its inhaler by that inhaler's id in the file
    "inhaler_corrections": ("counted_at", ["counted_at", "doses_left", "created_at",
                                           "deleted_at"]),
}
JSON_LIST_COLUMNS = {"triggers", "amber_signs", "red_signs", "answers", "care"}
LINKED = {"readings", "symptom_entries"}  # have plan_version_id and replaced_by


# --- export -------------------------------------------------------------------------------

def export_profile(db: Database, profile_id: int, now: datetime,
                   progress: Progress | None = None) -> dict[str, Any]:
    profile = db["profiles"].get(profile_id)
    plans = list(db["plan_versions"].rows_where("profile_id = ?", [profile_id],
                                                order_by="version"))
    version_of = {row["id"]: row["version"] for row in plans}
    record = {key: profile[key] for key in ("name", "birth_year", "region",
                                            "emergency_number", "created_at")}
    if profile.get("nhs_number"):  # optional: left out when empty, as before
        record["nhs_number"] = profile["nhs_number"]
    data = {
        "format": FORMAT, "format_version": FORMAT_VERSION,
        "exported_at": now.isoformat(timespec="seconds"),
        "profile": record,
        "plan_versions": [{"version": row["version"], "created_at": row["created_at"],
                           "plan": json.loads(row["data"])} for row in plans],
    }
    tables = [t for t in TABLES if t in db.table_names()]
    positions: dict[str, dict[int, int]] = {}
    for done, table in enumerate(tables):
        data[table] = _export_table(db, table, profile_id, version_of, positions)
        if progress:
            progress(done + 1, len(tables))
    return data


def _export_table(db: Database, table: str, profile_id: int, version_of: dict[str, Any],
                  positions: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    _order, columns = TABLES[table]
    rows = list(db[table].rows_where("profile_id = ?", [profile_id], order_by="id"))
    position = {row["id"]: index + 1 for index, row in enumerate(rows)}
    if positions is not None:
        positions[table] = position
    out = []
    for row in rows:
        item: dict[str, Any] = {"id": position[row["id"]]}
        for column in columns:
            value = row[column]
            item[column] = json.loads(value) if column in JSON_LIST_COLUMNS and value else value
        if table in LINKED:
            item["plan_version"] = version_of.get(row["plan_version_id"])
            item["replaced_by"] = position.get(row["replaced_by"])
        if table == "inhaler_corrections":
            item["inhaler"] = (positions or {}).get("inhalers", {}).get(row["inhaler_id"])
        out.append(item)
    return out


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


# --- import -------------------------------------------------------------------------------

MAX_DEPTH = 32  # a backup nests 5 deep; thousands would exhaust Python's stack later


def loads(text: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ImportRefused(fill(translate("Import", "This is not complete JSON (%1)."),
                                 error.msg),
                            fill(translate("Import", "line %1, column %2"), error.lineno,
                                 error.colno)) from error
    except RecursionError as error:
        raise ImportRefused(translate("Import", "The file is nested too deeply to be a backup "
                                                "made by this app.")) from error
    _check_tree(data)
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ImportRefused(translate("Import", "This is not a backup made by this app."))
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ImportRefused(translate("Import", "The backup has no format version."),
                            "format_version")
    if version > FORMAT_VERSION:
        raise ImportRefused(fill(translate(
            "Import", "This backup was made by a newer version of the app (format %1; this "
                      "app reads up to %2). Please update the app. Nothing was imported."),
            version, FORMAT_VERSION), "format_version")
    return data


Kind = type | tuple[type, ...]  # what _need accepts, as isinstance takes it
EARLIEST_YEAR = 1900  # nothing in a diary is older; year 1 breaks time zones (FHIR export)


def _check_tree(data: object) -> None:
    """No deeper than ``MAX_DEPTH``, and every text storable as UTF-8 (JSON can spell a lone
    surrogate, "\\ud800", which SQLite cannot store). Iterative: no recursion to exhaust."""

    todo = [(data, 0)]
    while todo:
        value, depth = todo.pop()
        if depth > MAX_DEPTH:
            raise ImportRefused(translate("Import", "The file is nested too deeply to be a "
                                                    "backup made by this app."))
        if isinstance(value, dict):
            todo.extend((key, depth + 1) for key in value)
            todo.extend((item, depth + 1) for item in value.values())
        elif isinstance(value, list):
            todo.extend((item, depth + 1) for item in value)
        elif isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as error:
                raise ImportRefused(translate("Import", "The file holds text that is not "
                                                        "valid (a broken character).")) from error


def _need(record: dict[str, Any], key: str, kind: Kind, where: str,
          optional: bool = False) -> Any:  # JSON: the type is checked here, at run time
    value = record.get(key) if isinstance(record, dict) else None
    if value is None and optional:
        return None
    ok = isinstance(value, kind) and not (isinstance(value, bool) and kind in (int, float,
                                                                                (int, float)))
    if not ok:
        raise ImportRefused(fill(_expected(kind), f"{value!r:.40}"), f"{where}.{key}")
    return value


def _expected(kind: Kind) -> str:
    """"Expected <kind>, found %1." as one sentence per kind (never glued from parts)."""
    if kind is str:
        return translate("Import", "Expected text, found %1.")
    if kind is int:
        return translate("Import", "Expected a whole number, found %1.")
    if kind == (int, float):
        return translate("Import", "Expected a number, found %1.")
    if kind is list:
        return translate("Import", "Expected a list, found %1.")
    if kind is dict:
        return translate("Import", "Expected an object, found %1.")
    return translate("Import", "Expected another type, found %1.")


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}")


def _moment(record: dict[str, Any], key: str, where: str, optional: bool = False,
            kind: str = "any") -> str | None:
    """A date (``kind="date"``), a local time ``YYYY-MM-DDTHH:MM:SS`` (``"time"``), or either.

    Only the forms the app writes: the database compares them as text, so "20261101T080000"
    or a time with a zone would sort or compare wrongly and could pass for the newest reading.
    """
    text = _need(record, key, str, where, optional)
    if text is None:
        return None
    pattern = {"date": _DATE, "time": _TIME}.get(kind)
    matches = pattern.fullmatch(text) if pattern else (_DATE.fullmatch(text)
                                                      or _TIME.fullmatch(text))
    try:
        if not matches or not text.isascii():
            raise ValueError(text)
        (date.fromisoformat if len(text) == 10 else datetime.fromisoformat)(text)
    except ValueError as error:
        raise ImportRefused(fill(translate("Import", "This is not a date or time: %1."),
                                 f"{text!r:.40}"), f"{where}.{key}") from error
    assert isinstance(text, str)
    if int(text[:4]) < EARLIEST_YEAR:
        raise ImportRefused(fill(translate("Import", "%1 is before %2: not a date this app "
                                                     "could have saved."), text, EARLIEST_YEAR),
                            f"{where}.{key}")
    return text


def _list(data: dict[str, Any], key: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise ImportRefused(translate("Import", "Expected a list."), key)
    return value
