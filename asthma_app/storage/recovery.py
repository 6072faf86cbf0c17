"""Start-up integrity check, and what to do when the diary file is damaged.

``check_and_recover`` takes the verdict of ``integrity.check`` (on a read-only connection;
closing it never checkpoints a damaged WAL into the file):

- broken structure, or a file that cannot be opened or read at all: the damaged file and its
  ``-wal``/``-shm``/``-journal`` companions are moved aside together, untouched, into
  ``damaged/`` with a time stamp (never deleted); the newest backup that passes every check
  of ``backup.verify`` is copied in with the backup API; with no good backup, whatever rows
  the file still holds are salvaged into a fresh database;
- text that cannot be read (a flipped byte inside a value): the file is set aside and every
  row is salvaged, the damaged letters shown as U+FFFD; the message gives the count;
- a 0-byte file while verified backups exist: a lost diary, restored like a damaged one.

Salvage merges two reads of the set-aside file: SQLite's own, row by row (skipping past a
bad page), and ``page_reader``'s, which finds the rows on leaf pages that a broken tree no
longer reaches (a zeroed root page). Why not SQLite's ``.recover``: see docs/data-safety.md.

The result carries a plain message for the user saying what happened, what was kept and what
may be missing. Errors that are not damage (locked, no permission) are left for
``open_database`` to report: a file we merely cannot read must never be set aside.
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.text import fill, translate
from . import integrity, migrations, page_reader, row_rules
from .backup import GOOD, BackupInfo, list_backups, verify
from .database import DERIVED_TABLES, StorageError, friendly_message
from .integrity import connect_read_only, is_damaged  # noqa: F401 - is_damaged: public API
from .lazy_db import LazyDatabase

if TYPE_CHECKING:
    from .db_types import Database

COMPANIONS = ("-wal", "-shm", "-journal")
OK, RESTORED, SALVAGED = "ok", "restored", "salvaged"


@dataclass
class RecoveryResult:
    """What recovering a damaged diary did, for the message shown."""

    status: str = OK
    message: str = ""
    damaged_path: Path | None = None
    restored_from: datetime | None = None
    salvaged: dict[str, int] = field(default_factory=dict)
    unreadable_rows: int = 0
    thorough: bool = True  # salvage could also read the pages (the schema was readable)
    left_out: int = 0  # rows with a value the app cannot read back, kept only in the old file


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
    source = connect_read_only(backup)
    target = sqlite3.connect(str(path))
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()


def newest_good_backup(backups_dir: Path) -> BackupInfo | None:
    """The newest backup that passes ``backup.verify`` (or None)."""
    return next((info for info in list_backups(backups_dir) if verify(info.path) == GOOD),
                None)


def _verdict(damaged: Callable[[], object] | None, path: Path) -> integrity.Verdict:
    verdict = damaged() if damaged else integrity.check(path)
    if isinstance(verdict, integrity.Verdict):
        return verdict
    # a plain yes/no from an older caller
    return integrity.Verdict(integrity.DAMAGED if verdict else integrity.OK)


def check_and_recover(path: Path, backups_dir: Path, now: datetime,
                      damaged_dir: Path | None = None,
                      format_moment: Callable[[datetime], str] = default_format,
                      damaged: Callable[[], object] | None = None) -> RecoveryResult:
    """``damaged``: the verdict of a check already under way (``integrity.check_in_background``)."""
    verdict = _verdict(damaged, path)
    if verdict.status in (integrity.OK, integrity.MISSING):
        return RecoveryResult()
    folder = damaged_dir or path.parent / "damaged"
    try:
        if verdict.status == integrity.EMPTY:
            good = newest_good_backup(backups_dir)
            if good is None:
                return RecoveryResult()  # a new diary: nothing was ever in it
            kept = set_aside(path, folder, now)
            restore_into(good.path, path)
            return RecoveryResult(RESTORED, _restored_message(kept, good.created, format_moment),
                                  kept, good.created)
        kept = set_aside(path, folder, now)
        if verdict.status == integrity.UNREADABLE_TEXT:
            counts, thorough, left_out = salvage(kept, path)
            message = _text_message(kept, verdict.unreadable_rows, left_out)
            return RecoveryResult(SALVAGED, message, kept, None, counts,
                                  verdict.unreadable_rows, thorough, left_out)
        good = newest_good_backup(backups_dir)
        if good is not None:
            restore_into(good.path, path)
            added, left_out = add_newer_rows(kept, path)
            message = _restored_message(kept, good.created, format_moment)
            if added:
                message += "\n\n" + fill(translate(
                    "Recovery", "The damaged file still held %1 entries saved after that "
                                "backup: they have been added to your diary."), added)
            if left_out:
                message += "\n\n" + _left_out_message(left_out)
            return RecoveryResult(RESTORED, message, kept, good.created,
                                  {"added_after_backup": added})
        counts, thorough, left_out = salvage(kept, path)
    except OSError as error:
        raise StorageError(friendly_message(error)) from error
    return RecoveryResult(SALVAGED, _salvaged_message(kept, counts, thorough, left_out), kept,
                          None, counts, 0, thorough, left_out)


def _restored_message(kept: Path, when: datetime,
                      format_moment: Callable[[datetime], str]) -> str:
    return fill(translate(
        "Recovery",
        "Your diary file was damaged. The app has put the damaged file aside in %1 "
        "(it is not deleted) and brought back your backup from %2.\n\n"
        "Your diary now runs up to %2. Anything you saved after that is not in it, "
        "so please add it again if you can."), kept.parent, format_moment(when))


def _left_out_message(left_out: int) -> str:
    return fill(translate(
        "Recovery", "%1 entries had a damaged date, time or choice and could not be put back "
                    "in your diary. They are still in the damaged file that was put aside."),
        left_out)


def _salvaged_message(kept: Path, counts: dict[str, int], thorough: bool,
                      left_out: int = 0) -> str:
    text = fill(translate(
        "Recovery",
        "Your diary file was damaged and there was no backup to bring back. The app has "
        "put the damaged file aside in %1 (it is not deleted) and saved what it could "
        "still read into a new diary: %2 peak-flow readings, %3 symptom entries and "
        "%4 plan versions.\n\nSome entries may be missing. Please check your diary and "
        "your plan."), kept.parent, counts.get("readings", 0),
        counts.get("symptom_entries", 0), counts.get("plan_versions", 0))
    if not thorough:
        text += "\n\n" + translate(
            "Recovery",
            "The list of tables in the file was damaged too, so only what SQLite could still "
            "read was saved. The damaged file is kept, so more may be recovered from it later.")
    if left_out:
        text += "\n\n" + _left_out_message(left_out)
    return text


def _text_message(kept: Path, rows: int, left_out: int) -> str:
    if rows:
        text = fill(translate(
            "Recovery",
            "Some entries in your diary file were damaged: %1 of them hold letters that could "
            "not be read. The app has put the damaged file aside in %2 (it is not deleted) and "
            "copied everything into a new diary; the letters that could not be read are shown "
            "as �.\n\nPlease check your notes and your plan. Your backups are on the Backups "
            "page if you would rather bring one back."), rows, kept.parent)
    else:
        text = fill(translate(
            "Recovery",
            "Some entries in your diary file were damaged. The app has put the damaged file "
            "aside in %1 (it is not deleted) and copied everything it could read into a new "
            "diary.\n\nPlease check your diary. Your backups are on the Backups page if you "
            "would rather bring one back."), kept.parent)
    if left_out:
        text += "\n\n" + _left_out_message(left_out)
    return text


# Tables whose rows only grow (new ids); in the order their links need.
APPENDED = ("profiles", "plan_versions", "readings", "symptom_entries", "control_scores",
            "attacks", "review_questions", "reminders", "dose_events", "inhalers",
            "inhaler_corrections")
MARKS = {"readings": ("deleted_at", "replaced_by"),
         "symptom_entries": ("deleted_at", "replaced_by"), "dose_events": ("deleted_at",),
         "inhalers": ("deleted_at",), "inhaler_corrections": ("deleted_at",)}


def add_newer_rows(damaged: Path, restored: Path) -> tuple[int, int]:
    """Add to the restored backup what the damaged file still holds from after it: rows with
    ids beyond the backup's, and the deleted/replaced marks set since on older rows (these
    only hide a row). Returns the number of rows added and of rows from after the backup that
    had to be left out (``row_rules``); never raises on a bad file."""
    with tempfile.TemporaryDirectory(prefix="asthma-salvage-") as scratch:
        salvaged = Path(scratch) / "salvaged.sqlite3"
        left_out: list[tuple[str, int]] = []
        try:
            salvage(damaged, salvaged, left_out)
        except (sqlite3.Error, OSError, ValueError):
            return 0, 0
        conn = sqlite3.connect(str(restored), isolation_level=None)
        try:
            conn.execute("ATTACH DATABASE ? AS s", [str(salvaged)])
            newest = {}
            for table in {table for table, _ in left_out}:
                try:
                    newest[table] = conn.execute(
                        f"SELECT coalesce(max(id), 0) FROM main.[{table}]").fetchone()[0]
                except sqlite3.Error:
                    newest[table] = 0
            missing = sum(1 for table, rowid in left_out if rowid > newest[table])
            conn.execute("BEGIN IMMEDIATE")
            added = 0
            for table in APPENDED:
                mine = [r[1] for r in conn.execute(f"PRAGMA main.table_info([{table}])")]
                theirs = {r[1] for r in conn.execute(f"PRAGMA s.table_info([{table}])")}
                columns = [c for c in mine if c in theirs]
                if "id" not in columns:
                    continue
                names = ", ".join(f"[{c}]" for c in columns)
                added += conn.execute(
                    f"INSERT INTO main.[{table}] ({names}) SELECT {names} FROM s.[{table}] "
                    f"WHERE id > (SELECT coalesce(max(id), 0) FROM main.[{table}]) "
                    f"ORDER BY id").rowcount
                for mark in MARKS.get(table, ()):
                    if mark in columns:
                        conn.execute(
                            f"UPDATE main.[{table}] SET [{mark}] = (SELECT o.[{mark}] FROM "
                            f"s.[{table}] AS o WHERE o.id = main.[{table}].id) WHERE [{mark}] "
                            f"IS NULL AND id IN (SELECT id FROM s.[{table}] WHERE [{mark}] IS "
                            f"NOT NULL)")
            conn.execute("COMMIT")
        except sqlite3.Error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            return 0, 0
        finally:
            conn.close()
    return added, missing


# --- salvage: copy what can be read -------------------------------------------------------

def _lenient(value: bytes) -> str:
    return value.decode("utf-8", "replace")  # a damaged letter becomes U+FFFD, not an error


def salvage(source: Path, target: Path, left_out_rows: list[Any] | None = None
            ) -> tuple[dict[str, int], bool, int]:
    """Copy every row that ``source`` still holds into a fresh database at ``target``: what
    SQLite can read row by row, plus the rows on leaf pages that a broken tree no longer
    reaches (``page_reader``). Rows with a value the app could not read back (``row_rules``)
    are left out: they stay in the set-aside file. Returns the rows per table, whether the
    page read ran (it needs the schema on page 1) and how many rows were left out."""
    src = connect_read_only(source)
    src.text_factory = _lenient
    try:
        try:
            version = src.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError:
            version = 0
        version = min(version, migrations.latest_version()) or migrations.latest_version()
        layout = _layout(src)
        orphans = page_reader.orphan_rows(source, layout) if layout else {}
        dst = LazyDatabase(sqlite3.connect(str(target), isolation_level=None))
        try:
            migrations.migrate(dst, target, target.parent, upto=version)
            dst.execute("PRAGMA foreign_keys = OFF")  # a parent row may be the lost one
            left_out: list[tuple[str, int]] = []
            counts = {table: _copy_table(src, orphans.get(table, {}), dst, table, left_out)
                      for table in dst.table_names() if table not in DERIVED_TABLES}
        finally:
            dst.close()
    finally:
        src.close()
    if left_out_rows is not None:
        left_out_rows.extend(left_out)
    return counts, bool(layout), len(left_out)


def _layout(src: sqlite3.Connection) -> dict[str, tuple[int, list[str], str | None]]:
    """Each table's root page, columns and INTEGER PRIMARY KEY column, if the schema reads."""
    layout = {}
    try:
        tables = src.execute("SELECT name, rootpage FROM sqlite_master WHERE type = 'table' "
                             "AND name NOT LIKE 'sqlite_%'").fetchall()
        for name, root in tables:
            info = src.execute(f"PRAGMA table_info([{name}])").fetchall()
            keys = [row for row in info if row[5]]
            key = keys[0][1] if len(keys) == 1 and keys[0][2].upper() == "INTEGER" else None
            layout[name] = (root, [row[1] for row in info], key)
    except sqlite3.DatabaseError:
        return {}
    return layout


def _copy_table(src: sqlite3.Connection, orphans: dict[int, dict[str, Any]],
                dst: Database, table: str, left_out: list[Any]) -> int:
    wanted = dst[table].columns_dict
    got: dict[int, dict[str, Any]] = {}
    try:
        columns = [row[1] for row in src.execute(f"PRAGMA table_info([{table}])")]
    except sqlite3.DatabaseError:
        columns = []
    columns = [c for c in columns if c in wanted]
    if columns:
        for rowid, row in _readable_rows(src, table, columns).items():
            got[rowid] = dict(zip(columns, row, strict=True))
    for rowid, orphan in orphans.items():  # rows SQLite could no longer reach
        got.setdefault(rowid, {k: v for k, v in orphan.items() if k in wanted})
    readable = {rowid: row for rowid, row in got.items() if row_rules.row_is_readable(table, row)}
    left_out.extend((table, rowid) for rowid in got if rowid not in readable)
    got = readable
    if not got:
        return 0
    with dst.atomic():
        dst[table].insert_all((got[rowid] for rowid in sorted(got)), ignore=True)
    count: int = dst.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]
    return count


def _readable_rows(src: sqlite3.Connection, table: str,
                   columns: list[str]) -> dict[int, tuple[Any, ...]]:
    """Scan in rowid order; past a damaged page, probe the next rowids one by one (cheap
    seeks), then ever bigger jumps, so one bad page costs only its own rows."""
    names = ", ".join(f"[{c}]" for c in columns)
    query = f"SELECT rowid, {names} FROM [{table}] WHERE rowid > ? ORDER BY rowid"
    got: dict[int, tuple[Any, ...]] = {}
    after, misses = -(2**63), 0
    while misses < 600:
        try:
            for row in src.execute(query, [after]):
                got[row[0]] = row[1:]
                after, misses = row[0], 0
            break
        except sqlite3.DatabaseError:
            misses += 1
            step = 1 if misses < 500 else 2 ** (misses - 480)
            if max(after, 0) + step > 2**63 - 1:  # past the largest rowid SQLite allows
                break
            after = max(after, 0) + step
    return got
