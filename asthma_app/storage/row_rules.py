"""What every stored value must look like for the app to read its row (times, choices, JSON).

A flipped byte inside a value passes SQLite's own checks. If it breaks UTF-8, ``integrity``
finds it; if it does not ("2026-11-20T08:0\\x19:00", "G\\ufffd" for a scale, a broken JSON
list), the row decodes but the app cannot turn it back into a reading and a screen fails.
These rules are checked twice: in SQL at start-up (``integrity.check``; one statement)
and in Python by ``recovery.salvage``, which leaves such rows out of the new diary (they stay
in the set-aside file) and says how many.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Collection
from datetime import date, datetime, time
from typing import Any

Kind = str | tuple[Any, ...]  # a GLOB pattern name, ("range", low, high) or allowed texts

DATETIME, DATE, TIME, INT, NUMBER, JSON = "datetime", "date", "time", "int", "number", "json"
# The domain's choices, spelled out: this module is imported before the start-up check's
# thread begins, and importing the domain there would cost start-up time (a test checks they
# agree with ``Scale``, ``Period``, ``Tool`` and the reminder kinds).
SCALES, PERIODS = ("EU", "Wright"), ("morning", "evening")
TOOLS, REMINDER_KINDS = ("rcp3", "act", "cact", "acq"), ("preventer", "peak_flow")
ROLES = ("preventer", "reliever", "mart", "air", "tablets", "other")  # domain.plan.MedicineRole
# A peak flow the app could have saved (domain.readings.REFUSE_BELOW/ABOVE): a flipped byte
# in a record's header once turned 433 into 2596 L/min, which would set a wrong zone.
PEAK_FLOW = ("range", 30, 1000)
_D4, _D2 = "[0-9]" * 4, "[0-9]" * 2
_GLOBS = {DATETIME: [f"{_D4}-{_D2}-{_D2}T{_D2}:{_D2}:{_D2}"], DATE: [f"{_D4}-{_D2}-{_D2}"],
          TIME: [f"{_D2}:{_D2}", f"{_D2}:{_D2}:{_D2}"]}
_PARSE = {DATETIME: datetime.fromisoformat, DATE: date.fromisoformat, TIME: time.fromisoformat}
_SHAPE = {DATETIME: re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}", re.ASCII),
          DATE: re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII),
          TIME: re.compile(r"\d{2}:\d{2}(:\d{2})?", re.ASCII)}

# table -> column -> (kind or a tuple of allowed texts, may be NULL). Only the values the
# repositories parse (``fromisoformat``, the enums, ``json.loads``): a damaged ``deleted_at``
# is still a non-NULL mark, and every rule costs start-up time on a long diary.
RULES: dict[str, dict[str, tuple[Kind, bool]]] = {
    "profiles": {"created_at": (DATETIME, False)},
    "plan_versions": {"created_at": (DATETIME, False), "data": (JSON, False)},
    "readings": {"taken_at": (DATETIME, False), "scale": (SCALES, False),
                 "period": (PERIODS, True), "value": (PEAK_FLOW, False),
                 "blow1": (PEAK_FLOW, True), "blow2": (PEAK_FLOW, True),
                 "blow3": (PEAK_FLOW, True)},
    "symptom_entries": {"recorded_at": (DATETIME, False), "triggers": (JSON, True),
                        "amber_signs": (JSON, True), "red_signs": (JSON, True)},
    "control_scores": {"taken_on": (DATE, False), "tool": (TOOLS, False),
                       "answers": (JSON, True)},
    "attacks": {"occurred_on": (DATE, False), "care": (JSON, True)},
    "review_questions": {"created_at": (DATETIME, False), "answered_at": (DATETIME, True)},
    "reminders": {"kind": (REMINDER_KINDS, False), "time_of_day": (TIME, False)},
    "dose_events": {"taken_at": (DATETIME, False), "created_at": (DATETIME, False),
                    "due_on": (DATE, True), "slot": (PERIODS, True), "taken": (INT, False),
                    "puffs": (INT, True)},
    "inhalers": {"started_at": (DATETIME, False), "size": (INT, False),
                 "role": (ROLES, False)},
    "inhaler_corrections": {"counted_at": (DATETIME, False), "doses_left": (INT, False)},
}


def _sql(column: str, kind: Kind, nullable: bool) -> str:
    c = f"[{column}]"
    if isinstance(kind, tuple) and kind[0] == "range":
        test = f"typeof({c}) = 'integer' AND {c} BETWEEN {int(kind[1])} AND {int(kind[2])}"
    elif isinstance(kind, tuple):
        test = f"{c} IN ({', '.join(repr(str(v)) for v in kind)})"
    elif kind in _GLOBS:  # GLOB stops at a NUL byte: the length in bytes must match too
        test = f"typeof({c}) = 'text' AND (" + " OR ".join(
            f"(length(CAST({c} AS BLOB)) = {_length(pattern)} AND {c} GLOB '{pattern}')"
            for pattern in _GLOBS[kind]) + ")"
    elif kind == INT:
        test = f"typeof({c}) = 'integer'"
    elif kind == NUMBER:
        test = f"typeof({c}) IN ('integer', 'real')"
    elif kind == JSON:  # "" is read as an empty list (repository)
        test = f"({c} = '' OR json_valid({c}))"
    else:
        test = f"typeof({c}) = 'text'"
    return f"({c} IS NULL OR ({test}))" if nullable else f"({test})"


def _length(pattern: str) -> int:
    return len(pattern.replace("[0-9]", "0"))


def ascii_only(table: str) -> set[str]:
    """The columns of ``table`` whose rule passes only ASCII text (a time, a date, a choice):
    a byte that is not UTF-8 already breaks the rule, so the start-up check need not decode
    them (the row counts as one the app cannot read back)."""
    return {column for column, (kind, _) in RULES.get(table, {}).items()
            if kind in _GLOBS or (isinstance(kind, tuple) and kind[0] != "range")}


def rule_tests(conn: sqlite3.Connection, table: str) -> list[str]:
    """SQL conditions that are true (not false, not NULL) for a readable row of ``table``
    (none for unknown tables); combine them with :func:`count_breaking`."""
    if table not in RULES:
        return []
    return tests_for(table, {row[1] for row in conn.execute(f"PRAGMA table_info([{table}])")})


def tests_for(table: str, columns: Collection[str]) -> list[str]:
    """:func:`rule_tests` for a table whose column names are already known."""
    return [_sql(c, kind, nullable) for c, (kind, nullable) in RULES.get(table, {}).items()
            if c in columns]


def count_breaking_rows(conn: sqlite3.Connection) -> int:
    """Rows of the known tables with a value the app could not read back (0 when healthy)."""
    total = 0
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        tests = rule_tests(conn, table)
        if tests:
            total += conn.execute(f"SELECT {count_breaking(tests)} FROM [{table}]"
                                  ).fetchone()[0] or 0
    return total


def count_breaking(tests: list[str]) -> str:
    """The SQL aggregate counting the rows for which ``tests`` do not all hold. A test that
    is NULL fails. CASE, not ``sum(NOT (coalesce(...)))``: SQLite evaluates a CASE condition
    with jumps, so a NULL blow skips its range test (~15 % less time on the readings)."""
    return f"sum(CASE WHEN {' AND '.join(tests)} THEN 0 ELSE 1 END)"


def row_is_readable(table: str, row: dict[str, Any]) -> bool:
    """The Python twin of :func:`count_breaking_rows`, for one row."""
    for column, (kind, nullable) in RULES.get(table, {}).items():
        if column not in row:
            continue
        value = row[column]
        if value is None:
            if not nullable:
                return False
            continue
        try:
            if isinstance(kind, tuple) and kind[0] == "range":
                ok = isinstance(value, int) and kind[1] <= value <= kind[2]
            elif isinstance(kind, tuple):
                ok = value in {str(v) for v in kind}
            elif kind in _SHAPE:
                ok = (isinstance(value, str) and _SHAPE[kind].fullmatch(value) is not None
                      and _PARSE[kind](value) is not None)
            elif kind == INT:
                ok = isinstance(value, int)
            elif kind == NUMBER:
                ok = isinstance(value, (int, float))
            elif kind == JSON:
                ok = isinstance(value, str)
                if ok and value:  # "" is read as an empty list (repository)
                    json.loads(value)  # raises ValueError when broken
            else:
                ok = isinstance(value, str)
        except (ValueError, TypeError):
            return False
        if not ok:
            return False
    return True
