"""Per-day answers to the scheduled doses, kept by SQLite triggers (issues 16 and 20).

Trends' doses chart, the adherence figures and the review count the doses of a range; over
twenty years that was ~14,000 doses. ``dose_days`` has one row per profile, due day and
medicine with the deciding answer (``domain.doses.decisive_events``: the newest live event by
``created_at``, then ``id``) of its morning and evening dose: 1 taken, 0 not taken, NULL not
logged. What is *due* is not stored: it comes from the plan in force (Python, per plan
version), so counting a range is a sum over days, not over doses.

Triggers on ``dose_events`` keep it in the same statement as each write, whatever wrote it
(the app, an import, a restore): a new live event that is the newest for its dose is written
in place (an upsert: the usual save costs the same however many answers the dose has); a
deleted, hidden, brought back or changed event makes its day and medicine be recomputed. The
table is derived: never exported, hashed or salvaged (``storage.database.DERIVED_TABLES``),
and built here from every row. Stored WITHOUT ROWID, in day order, so a range is one
contiguous read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..db_types import Database

VERSION = 10

SLOTS = ("morning", "evening")
_LIVE = "deleted_at IS NULL AND due_on IS NOT NULL AND slot IN ('morning', 'evening')"


def _answer(slot: str, outer: str) -> str:
    """The deciding answer (1/0) of ``slot`` for the (profile, day, medicine) of ``outer``."""
    return (f"(SELECT CASE WHEN d.taken THEN 1 ELSE 0 END FROM dose_events AS d "
            f"WHERE d.profile_id = {outer}.profile_id AND d.due_on = {outer}.due_on "
            f"AND d.medicine = {outer}.medicine AND d.slot = '{slot}' "
            f"AND d.deleted_at IS NULL ORDER BY d.created_at DESC, d.id DESC LIMIT 1)")


def dose_days_sql(where: str) -> str:
    """INSERT the ``dose_days`` rows of the live scheduled doses matching ``where``."""
    answers = ", ".join(_answer(slot, "k") for slot in SLOTS)
    return (f"INSERT INTO dose_days SELECT k.profile_id, k.due_on, k.medicine, {answers} "
            f"FROM (SELECT DISTINCT profile_id, due_on, medicine FROM dose_events "
            f"WHERE {_LIVE} AND ({where})) AS k")


def _recompute(row: str) -> str:
    """Statements that rebuild the row of ``row``'s (NEW or OLD) profile, day and medicine."""
    match = (f"profile_id = {row}.profile_id AND due_on = {row}.due_on "
             f"AND medicine = {row}.medicine")
    return (f"DELETE FROM dose_days WHERE profile_id = {row}.profile_id "
            f"AND day = {row}.due_on AND medicine = {row}.medicine; {dose_days_sql(match)};")


def _newest() -> str:
    """The new event is its dose's newest live one (an older one logged later, e.g. by an
    import, changes nothing: the newest still decides)."""
    return ("NOT EXISTS (SELECT 1 FROM dose_events AS d WHERE d.profile_id = NEW.profile_id "
            "AND d.due_on = NEW.due_on AND d.medicine = NEW.medicine AND d.slot = NEW.slot "
            "AND d.deleted_at IS NULL AND d.id <> NEW.id AND (d.created_at > NEW.created_at "
            "OR (d.created_at = NEW.created_at AND d.id > NEW.id)))")


def _insert() -> str:
    answer = "CASE WHEN NEW.taken THEN 1 ELSE 0 END"
    values = ", ".join(f"CASE WHEN NEW.slot = '{slot}' THEN {answer} END" for slot in SLOTS)
    updates = ", ".join(f"{slot} = CASE WHEN NEW.slot = '{slot}' THEN excluded.{slot} "
                        f"ELSE {slot} END" for slot in SLOTS)
    return (f"INSERT INTO dose_days VALUES (NEW.profile_id, NEW.due_on, NEW.medicine, {values}) "
            f"ON CONFLICT (profile_id, day, medicine) DO UPDATE SET {updates};")


def apply(db: Database) -> None:
    db.execute("""CREATE TABLE dose_days (
        profile_id INTEGER NOT NULL, day TEXT NOT NULL, medicine TEXT NOT NULL,
        morning INTEGER, evening INTEGER,
        PRIMARY KEY (profile_id, day, medicine)) WITHOUT ROWID""")
    live = "WHEN " + " AND ".join(f"NEW.{part}" for part in _LIVE.split(" AND "))
    db.execute(f"CREATE TRIGGER dose_days_insert AFTER INSERT ON dose_events {live} "
               f"AND {_newest()} BEGIN {_insert()} END")
    db.execute(f"CREATE TRIGGER dose_days_delete AFTER DELETE ON dose_events BEGIN "
               f"{_recompute('OLD')} END")
    db.execute(f"CREATE TRIGGER dose_days_update AFTER UPDATE ON dose_events BEGIN "
               f"{_recompute('OLD')} {_recompute('NEW')} END")
    db.execute(dose_days_sql("1"))
