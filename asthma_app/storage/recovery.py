"""Start-up integrity check, and what to do when the diary file is damaged.

``check_and_recover`` runs ``PRAGMA quick_check`` on a read-only connection (``integrity.py``;
closing it never checkpoints a damaged WAL into the file). If SQLite reports damage:

1. the damaged file and its ``-wal``/``-shm``/``-journal`` companions are moved aside together,
   untouched, into ``damaged/`` with a time stamp (never deleted);
2. the newest backup that itself passes ``quick_check`` is copied in with the backup API;
3. with no good backup, whatever rows can still be read are copied into a fresh database.

The result carries a plain message for the user saying what happened and from when the data
now runs. Errors that are not damage (locked, no permission) are left for ``open_database``
to report: a file we merely cannot read must never be set aside.

``quick_check`` finds damage to SQLite's structure (pages, b-trees, the header); a byte
changed inside a stored value is not structural and cannot be seen by any such check.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported lazily at run time: see storage/lazy_db.py
    import sqlite_utils

from ..domain.text import fill, translate
from . import migrations
from .database import StorageError, friendly_message
from .integrity import is_damaged

COMPANIONS = ("-wal", "-shm", "-journal")
OK, RESTORED, SALVAGED = "ok", "restored", "salvaged"


@dataclass
class RecoveryResult:
    status: str = OK
    message: str = ""
    damaged_path: Path | None = None
    restored_from: datetime | None = None
    salvaged: dict[str, int] = field(default_factory=dict)


def default_format(moment: datetime) -> str:
    return moment.strftime("%d %B %Y, %H:%M")


def set_aside(path: Path, folder: Path, now: datetime) -> Path:
    """Move the database and its companion files, as a set, to ``folder`` (renames only)."""
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"{path.stem}-damaged-{now.strftime('%Y%m%d-%H%M%S')}"
    target, counter = folder / f"{stem}{path.suffix}", 1
    while target.exists():
        counter += 1
        target = folder / f"{stem}-{counter}{path.suffix}"
    path.replace(target)
    for suffix in COMPANIONS:
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.replace(target.with_name(target.name + suffix))
    return target


def restore_into(backup: Path, path: Path) -> None:
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    target = sqlite3.connect(str(path))
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()


def check_and_recover(path: Path, backups_dir: Path, now: datetime,
                      damaged_dir: Path | None = None,
                      format_moment: Callable[[datetime], str] = default_format,
                      damaged: Callable[[], bool] | None = None) -> RecoveryResult:
    """``damaged``: the verdict of a check already under way (``integrity.check_in_background``)."""
    if not (damaged() if damaged else is_damaged(path)):
        return RecoveryResult()
    from .backup import list_backups, quick_check  # only now: the healthy start skips it

    try:
        kept = set_aside(path, damaged_dir or path.parent / "damaged", now)
        for info in list_backups(backups_dir):
            if quick_check(info.path):
                restore_into(info.path, path)
                return RecoveryResult(RESTORED, _restored_message(kept, info.created,
                                                                  format_moment),
                                      kept, info.created)
        counts = salvage(kept, path)
    except OSError as error:
        raise StorageError(friendly_message(sqlite3.OperationalError(str(error)))) from error
    return RecoveryResult(SALVAGED, _salvaged_message(kept, counts), kept, None, counts)


def _restored_message(kept: Path, when: datetime, format_moment) -> str:
    return fill(translate(
        "Recovery",
        "Your diary file was damaged. The app has put the damaged file aside in %1 "
        "(it is not deleted) and brought back your backup from %2.\n\n"
        "Your diary now runs up to %2. Anything you saved after that is not in it, "
        "so please add it again if you can."), kept.parent, format_moment(when))


def _salvaged_message(kept: Path, counts: dict[str, int]) -> str:
    return fill(translate(
        "Recovery",
        "Your diary file was damaged and there was no backup to bring back. The app has "
        "put the damaged file aside in %1 (it is not deleted) and saved what it could "
        "still read into a new diary: %2 peak-flow readings, %3 symptom entries and "
        "%4 plan versions.\n\nSome entries may be missing. Please check your diary and "
        "your plan."), kept.parent, counts.get("readings", 0),
        counts.get("symptom_entries", 0), counts.get("plan_versions", 0))


# --- salvage: copy what can be read, row by row ----------------------------------------------

def salvage(source: Path, target: Path) -> dict[str, int]:
    """Copy every readable row of ``source`` into a fresh database at ``target``."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        try:
            version = src.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError:
            version = migrations.latest_version()
        version = min(version, migrations.latest_version()) or migrations.latest_version()
        import sqlite_utils

        dst = sqlite_utils.Database(sqlite3.connect(str(target), isolation_level=None))
        try:
            migrations.migrate(dst, target, target.parent, upto=version)
            dst.execute("PRAGMA foreign_keys = OFF")  # a parent row may be the unreadable one
            from .database import DERIVED_TABLES  # rebuilt by triggers as rows are copied

            return {table: _copy_table(src, dst, table) for table in dst.table_names()
                    if table not in DERIVED_TABLES}
        finally:
            dst.close()
    finally:
        src.close()


def _copy_table(src: sqlite3.Connection, dst: sqlite_utils.Database, table: str) -> int:
    try:
        columns = [row[1] for row in src.execute(f"PRAGMA table_info([{table}])")]
    except sqlite3.DatabaseError:
        return 0
    columns = [c for c in columns if c in dst[table].columns_dict]
    if not columns:
        return 0
    rows = _readable_rows(src, table, columns)
    with dst.atomic():
        dst[table].insert_all((dict(zip(columns, row, strict=True)) for row in rows),
                              ignore=True)
    return len(rows)


def _readable_rows(src: sqlite3.Connection, table: str, columns: list[str]) -> list[tuple]:
    """Scan in rowid order; past a damaged page, probe the next rowids one by one (cheap
    seeks), then ever bigger jumps, so one bad page costs only its own rows."""
    names = ", ".join(f"[{c}]" for c in columns)
    query = f"SELECT rowid, {names} FROM [{table}] WHERE rowid > ? ORDER BY rowid"
    got: dict[int, tuple] = {}
    after, misses = -(2**63), 0
    while misses < 600:
        try:
            for row in src.execute(query, [after]):
                got[row[0]] = row[1:]
                after, misses = row[0], 0
            break
        except sqlite3.DatabaseError:
            misses += 1
            after = max(after, 0) + (1 if misses < 500 else 2 ** (misses - 480))
    return list(got.values())
