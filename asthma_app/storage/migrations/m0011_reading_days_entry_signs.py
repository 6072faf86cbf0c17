"""Each reading day carries its diary day's signs, so Trends judges a day's zone in one row;
an index tells whether a period has readings on the other meter scale (issue 20).

A day's zone is the worse of its lowest reading's and its diary entries' signs. Trends over
twenty years looked up the entry day of each of 7,300 reading days (a fifth of the read).
``reading_days.entry_signs`` holds what that lookup found: NULL no live diary entry that day,
0 entries without signs, 1 an amber sign ticked (and no red), 2 a red sign ticked, for every
scale's row of the day.

Kept by triggers on the day tables themselves, in the same statement as the write that changed
them, whatever wrote it: a reading day added (a first reading of the day, or a day summed
again after an edit) takes its entry day's signs; an entry day added, changed or removed
writes its signs (or NULL) into that day's reading rows. The m0006 triggers that fill
``reading_days`` are made again here, naming their columns (they wrote all of them by
position). Derived like the rest of the table: built here from ``entry_days``.

Whether a period has readings on the other scale (then they are read one by one) was a walk
along every day of it; the index by (profile, scale, day) makes it one look-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import m0006_daily_summaries as day_sums

if TYPE_CHECKING:
    from ..db_types import Database

VERSION = 11

# the signs of an entry_days row ``e``
SIGNS = "CASE WHEN {0}.any_red THEN 2 WHEN {0}.any_amber THEN 1 ELSE 0 END"


def signs_sql(where: str = "1") -> str:
    """UPDATE ``entry_signs`` of the reading days matching ``where`` from ``entry_days``."""
    return (f"UPDATE reading_days SET entry_signs = (SELECT {SIGNS.format('e')} "
            f"FROM entry_days AS e WHERE e.profile_id = reading_days.profile_id "
            f"AND e.day = reading_days.day) WHERE {where}")


def apply(db: Database) -> None:
    db.execute("ALTER TABLE reading_days ADD COLUMN entry_signs INTEGER")
    for summary in ("reading_days_insert", "reading_days_delete", "reading_days_update"):
        db.execute(f"DROP TRIGGER {summary}")
    day_sums.create_triggers(db, "readings")
    db.execute("CREATE TRIGGER reading_days_signs AFTER INSERT ON reading_days BEGIN "
               f"{signs_sql('profile_id = NEW.profile_id AND day = NEW.day')}; END")
    clear = ("UPDATE reading_days SET entry_signs = NULL WHERE profile_id = OLD.profile_id "
             "AND day = OLD.day;")
    write = (f"UPDATE reading_days SET entry_signs = {SIGNS.format('NEW')} "
             f"WHERE profile_id = NEW.profile_id AND day = NEW.day;")
    db.execute(f"CREATE TRIGGER entry_days_signs_insert AFTER INSERT ON entry_days BEGIN "
               f"{write} END")
    db.execute(f"CREATE TRIGGER entry_days_signs_update AFTER UPDATE ON entry_days BEGIN "
               f"{clear} {write} END")
    db.execute(f"CREATE TRIGGER entry_days_signs_delete AFTER DELETE ON entry_days BEGIN "
               f"{clear} END")
    db.execute("CREATE INDEX reading_days_by_scale ON reading_days (profile_id, scale, day)")
    db.execute(signs_sql())
