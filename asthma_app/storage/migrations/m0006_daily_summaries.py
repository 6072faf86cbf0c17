"""Per-day sums of readings and diary entries, kept by SQLite triggers (issue 20).

Trends over years read these instead of every reading: ``reading_days`` has one row per
profile, day and meter scale (morning and evening: count, lowest, highest, sum and first
moment of the live readings' values), ``entry_days`` one row per profile and day (entries,
reliever puffs, nights woken, any red or amber sign ticked). Triggers on ``readings`` and
``symptom_entries`` recompute the day a row was added to, changed on (deleted, replaced,
brought back) or removed from, in the same statement and so the same transaction, whatever
wrote it (the app, an import, a restore). The tables are derived: never exported, hashed
or salvaged as data (``storage.database.DERIVED_TABLES``), and rebuilt here from the rows.
Stored WITHOUT ROWID, in day order, so a period is one contiguous read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..db_types import Database

VERSION = 6

_LIVE = "deleted_at IS NULL AND replaced_by IS NULL"
# The value that counts (the best blow) and the session (as stored, else before 2 pm is the
# morning), as ``PeakFlowReading.value`` and ``.session`` give them.
_VALUE = ("CASE WHEN COALESCE(blow1, blow2, blow3) IS NULL THEN value "
          "ELSE MAX(COALESCE(blow1, 0), COALESCE(blow2, 0), COALESCE(blow3, 0)) END")
_MORNING = ("CASE period WHEN 'morning' THEN 1 WHEN 'evening' THEN 0 "
            "ELSE CAST(substr(taken_at, 12, 2) AS INTEGER) < 14 END")
# Any sign ticked, as ``repository.entries_between`` reads the JSON list (never an error here:
# a trigger that failed would refuse the write).
_SIGNS = ("MAX(CASE WHEN {0} IS NULL OR {0} IN ('', '[]') THEN 0 "
          "WHEN json_valid({0}) AND json_type({0}) = 'array' THEN json_array_length({0}) > 0 "
          "ELSE 1 END)")


def _sessions() -> str:
    parts = []
    for flag in ("m", "NOT m"):
        parts.append(f"SUM({flag}), MIN(CASE WHEN {flag} THEN v END), "
                     f"MAX(CASE WHEN {flag} THEN v END), SUM(CASE WHEN {flag} THEN v END), "
                     f"MIN(CASE WHEN {flag} THEN taken_at END)")
    return ", ".join(parts)


# the columns these sums fill (by name: migration m0011 adds one that its own triggers keep)
COLUMNS = ("profile_id, day, scale, morning_count, morning_low, morning_high, morning_total, "
           "morning_first, evening_count, evening_low, evening_high, evening_total, "
           "evening_first")


def reading_days_sql(where: str) -> str:
    """INSERT the ``reading_days`` rows of the live readings matching ``where``."""
    return (f"INSERT INTO reading_days ({COLUMNS}) SELECT profile_id, day, scale, {_sessions()} "
            f"FROM (SELECT profile_id, substr(taken_at, 1, 10) AS day, scale, taken_at, "
            f"{_VALUE} AS v, {_MORNING} AS m FROM readings WHERE {_LIVE} AND ({where})) "
            f"GROUP BY profile_id, day, scale")


def entry_days_sql(where: str) -> str:
    return (f"INSERT INTO entry_days SELECT profile_id, substr(recorded_at, 1, 10) AS day, "
            f"COUNT(*), SUM(COALESCE(reliever_puffs, 0)), "
            f"SUM(CASE WHEN night_waking THEN 1 ELSE 0 END), {_SIGNS.format('red_signs')}, "
            f"{_SIGNS.format('amber_signs')} FROM symptom_entries "
            f"WHERE {_LIVE} AND ({where}) GROUP BY profile_id, day")


def _recompute(table: str, summary: str, column: str, row: str) -> str:
    """Statements that rebuild the summary of ``row``'s (NEW or OLD) profile and day."""
    day = f"substr({row}.{column}, 1, 10)"
    match = (f"profile_id = {row}.profile_id AND {column} >= {day} "
             f"AND {column} < {day} || '~' AND substr({column}, 1, 10) = {day}")
    build = reading_days_sql if table == "readings" else entry_days_sql
    return (f"DELETE FROM {summary} WHERE profile_id = {row}.profile_id AND day = {day}; "
            f"{build(match)};")


def _with_new(sql: str, columns: tuple[str, ...]) -> str:
    for column in columns:
        sql = sql.replace(column, f"NEW.{column}")
    return sql


def _add(column: str, how: str) -> str:
    """``column`` updated with the new row's value (``how``: MIN, MAX or +); NULL is none."""
    new, joined = f"excluded.{column}", (f"{column} + excluded.{column}" if how == "+"
                                         else f"{how}({column}, excluded.{column})")
    return (f"{column} = CASE WHEN {new} IS NULL THEN {column} WHEN {column} IS NULL "
            f"THEN {new} ELSE {joined} END")


def _insert_reading() -> str:
    """A new live reading added to its day's sums (the usual write: no recomputation, so a
    save costs the same however many readings the day already has)."""
    value = _with_new(_VALUE, ("blow1", "blow2", "blow3", "value"))
    morning = _with_new(_MORNING, ("period", "taken_at"))
    day = "substr(NEW.taken_at, 1, 10)"
    columns = []
    for flag in (f"({morning})", f"NOT ({morning})"):
        columns.append(f"CASE WHEN {flag} THEN 1 ELSE 0 END, "
                       f"CASE WHEN {flag} THEN {value} END, CASE WHEN {flag} THEN {value} END, "
                       f"CASE WHEN {flag} THEN {value} END, "
                       f"CASE WHEN {flag} THEN NEW.taken_at END")
    updates = []
    for session in ("morning", "evening"):
        updates += [_add(f"{session}_count", "+"), _add(f"{session}_low", "MIN"),
                    _add(f"{session}_high", "MAX"), _add(f"{session}_total", "+"),
                    _add(f"{session}_first", "MIN")]
    return (f"INSERT INTO reading_days ({COLUMNS}) VALUES (NEW.profile_id, {day}, NEW.scale, "
            f"{', '.join(columns)}) ON CONFLICT (profile_id, day, scale) DO UPDATE SET "
            f"{', '.join(updates)};")


def _insert_entry() -> str:
    signs = [_SIGNS.replace("MAX(", "(", 1).format(f"NEW.{name}")
             for name in ("red_signs", "amber_signs")]
    return (f"INSERT INTO entry_days VALUES (NEW.profile_id, substr(NEW.recorded_at, 1, 10), 1, "
            f"COALESCE(NEW.reliever_puffs, 0), CASE WHEN NEW.night_waking THEN 1 ELSE 0 END, "
            f"{signs[0]}, {signs[1]}) ON CONFLICT (profile_id, day) DO UPDATE SET "
            f"entries = entries + 1, reliever_puffs = reliever_puffs + excluded.reliever_puffs, "
            f"nights_woken = nights_woken + excluded.nights_woken, "
            f"any_red = MAX(any_red, excluded.any_red), "
            f"any_amber = MAX(any_amber, excluded.any_amber);")


def create_triggers(db: Database, table: str) -> None:
    """The triggers on ``table`` (``readings`` or ``symptom_entries``) that keep its sums."""
    live = f"WHEN NEW.{_LIVE.replace(' AND ', ' AND NEW.')}"
    summary, column, insert = (("reading_days", "taken_at", _insert_reading())
                               if table == "readings" else
                               ("entry_days", "recorded_at", _insert_entry()))
    db.execute(f"CREATE TRIGGER {summary}_insert AFTER INSERT ON {table} {live} BEGIN "
               f"{insert} END")
    db.execute(f"CREATE TRIGGER {summary}_delete AFTER DELETE ON {table} BEGIN "
               f"{_recompute(table, summary, column, 'OLD')} END")
    db.execute(f"CREATE TRIGGER {summary}_update AFTER UPDATE ON {table} BEGIN "
               f"{_recompute(table, summary, column, 'OLD')} "
               f"{_recompute(table, summary, column, 'NEW')} END")


def apply(db: Database) -> None:
    db.execute("""CREATE TABLE reading_days (
        profile_id INTEGER NOT NULL, day TEXT NOT NULL, scale TEXT NOT NULL,
        morning_count INTEGER, morning_low INTEGER, morning_high INTEGER,
        morning_total INTEGER, morning_first TEXT,
        evening_count INTEGER, evening_low INTEGER, evening_high INTEGER,
        evening_total INTEGER, evening_first TEXT,
        PRIMARY KEY (profile_id, day, scale)) WITHOUT ROWID""")
    db.execute("""CREATE TABLE entry_days (
        profile_id INTEGER NOT NULL, day TEXT NOT NULL, entries INTEGER,
        reliever_puffs INTEGER, nights_woken INTEGER, any_red INTEGER, any_amber INTEGER,
        PRIMARY KEY (profile_id, day)) WITHOUT ROWID""")
    for table in ("readings", "symptom_entries"):
        create_triggers(db, table)
    db.execute(reading_days_sql("1"))
    db.execute(entry_days_sql("1"))
