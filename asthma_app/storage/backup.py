"""Backups of the diary with SQLite's backup API: automatic, manual, thinning and restore.

Backups are plain SQLite files in the backups folder, named ``<kind>-YYYYmmdd-HHMMSS.sqlite3``
(kinds: ``auto``, ``manual``, ``before-restore``, and ``before-migration-vN`` from
``migrations``). The name carries the time, so the list needs no index file that could drift.

Has anything changed since the last automatic backup? ``PRAGMA data_version`` and
``total_changes`` only live as long as a connection, and file times change on a checkpoint
without any new data. So we hash the *content*: every row of every table, in rowid order
(:func:`fingerprint`), leaving out the ``backup.*`` settings that record the hash itself. The
hash of the last automatic backup is kept in the setting ``backup.fingerprint``
(``settings.BACKUP_FINGERPRINT``). A diary of ten years hashes in well under a second; it
runs once per start-up.
"""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.text import translate
from . import migrations, settings
from .database import DERIVED_TABLES, StorageError, friendly_message
from .integrity import OK, check, connect_read_only
from .whole_file import PARTIAL, written_whole

if TYPE_CHECKING:
    from .db_types import Database

AUTO, MANUAL, BEFORE_RESTORE = "auto", "manual", "before-restore"
_NAME = re.compile(r"^(?P<kind>[a-z0-9-]+?)-(?P<stamp>[0-9]{8}-[0-9]{6})(-[0-9]+)?\.sqlite3$")
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 5, 12
KEEP_OTHER = 10  # of each kind that is not thinned by date (manual, before-restore, ...)


@dataclass(frozen=True)
class BackupInfo:
    """A backup file found in the backups folder."""

    path: Path
    kind: str
    created: datetime
    size: int


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y%m%d-%H%M%S")


def list_backups(folder: Path) -> list[BackupInfo]:
    """Every backup in ``folder``, newest first."""
    found = []
    for path in folder.glob("*.sqlite3") if folder.exists() else ():
        match = _NAME.match(path.name)
        try:
            created = datetime.fromisoformat(match["stamp"]) if match else None
        except ValueError:  # "20261399-...": not a date, so not one of ours
            created = None
        if created is None:
            continue
        assert match is not None  # created is set only for a matching name
        found.append(BackupInfo(path, match["kind"], created, path.stat().st_size))
    found.sort(key=lambda info: (info.created, info.path.name), reverse=True)
    return found


def fingerprint(db: Database) -> str:
    """A hash of the whole content (schema version and rows), not of the file's bytes."""
    import hashlib  # lazy: start-up: loads OpenSSL; the backup runs after the first paint

    digest = hashlib.sha256()
    digest.update(str(db.execute("PRAGMA user_version").fetchone()[0]).encode())
    for table in sorted(set(db.table_names()) - set(DERIVED_TABLES)):
        digest.update(f"\x00{table}\x00".encode())
        rows = settings.hashed_rows(db) if table == settings.TABLE else \
            db.execute(f"SELECT * FROM [{table}] ORDER BY rowid")
        for row in rows:
            digest.update(repr(row).encode())
    return digest.hexdigest()


def backup_to(db: Database, target: Path) -> Path:
    """Copy the live database to ``target`` with the backup API; a failed copy leaves nothing."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with written_whole(target) as partial:
            destination = sqlite3.connect(str(partial))
            try:
                db.conn.backup(destination)
                # one self-contained file: reading it later makes no -wal/-shm beside it
                destination.execute("PRAGMA journal_mode = DELETE")
            finally:
                destination.close()
    except (sqlite3.Error, OSError) as error:
        raise StorageError(_message(error)) from error
    return target


def _message(error: Exception) -> str:
    return friendly_message(error)  # by SQLite error code or OS error number


PARTIAL_AGE_S = 120  # a backup being written now grows; one untouched this long was cut off


def remove_partials(folder: Path, now: float | None = None) -> list[Path]:
    """Delete ``.partial`` files that a killed backup left behind (``whole_file``; run by the
    daily backup's job just after the first paint)."""
    now = time.time() if now is None else now
    removed = []
    for path in folder.glob(f"*{PARTIAL}") if folder.is_dir() else ():
        try:
            if now - path.stat().st_mtime >= PARTIAL_AGE_S:
                path.unlink()
                removed.append(path)
        except OSError:
            pass  # read-only folder or gone already: harmless, try again next start
    return removed


def make_backup(db: Database, folder: Path, kind: str, now: datetime) -> BackupInfo:
    path, counter = folder / f"{kind}-{_stamp(now)}.sqlite3", 1
    while path.exists():  # two in the same second (a test, or a quick double click)
        counter += 1
        path = folder / f"{kind}-{_stamp(now)}-{counter}.sqlite3"
    backup_to(db, path)
    return next(info for info in list_backups(folder) if info.path == path)


def auto_backup(db: Database, folder: Path, now: datetime) -> BackupInfo | None:
    """At start-up: back up if anything changed and there is no automatic backup today yet."""
    if any(info.kind == AUTO and info.created.date() == now.date()
           for info in list_backups(folder)):
        return None
    current = fingerprint(db)
    if current == settings.BACKUP_FINGERPRINT.get(db):
        return None
    made = make_backup(db, folder, AUTO, now)
    settings.BACKUP_FINGERPRINT.set(db, current)
    thin(folder)
    return made


# --- thinning -------------------------------------------------------------------------------

def _newest_per_bucket(moments: list[datetime], bucket: Callable[[datetime], object],
                       count: int) -> set[datetime]:
    """The newest moment in each of the ``count`` most recent buckets that hold any."""
    keep: dict[object, datetime] = {}
    for moment in sorted(moments, reverse=True):
        key = bucket(moment)
        if key not in keep:
            if len(keep) == count:
                break
            keep[key] = moment
    return set(keep.values())


def to_keep(moments: Iterable[datetime], daily: int = KEEP_DAILY, weekly: int = KEEP_WEEKLY,
            monthly: int = KEEP_MONTHLY) -> set[datetime]:
    """Which backups to keep: the newest of each of the last 7 days, 5 ISO weeks and 12 months
    that have a backup (a pure rule, so it can be tested with hand-made dates)."""
    moments = list(moments)
    return (_newest_per_bucket(moments, lambda m: m.date(), daily)
            | _newest_per_bucket(moments, lambda m: m.isocalendar()[:2], weekly)
            | _newest_per_bucket(moments, lambda m: (m.year, m.month), monthly))


def thin(folder: Path) -> list[Path]:
    """Delete automatic backups that ``to_keep`` drops, and all but the newest ``KEEP_OTHER``
    of every other kind. Returns the deleted paths."""
    backups = list_backups(folder)
    autos = [info for info in backups if info.kind == AUTO]
    keep = to_keep(info.created for info in autos)
    doomed = [info.path for info in autos if info.created not in keep]
    kinds = {info.kind for info in backups} - {AUTO}
    for kind in kinds:
        doomed += [info.path for info in backups if info.kind == kind][KEEP_OTHER:]
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed


# --- checking and restoring ------------------------------------------------------------------

REQUIRED_TABLES = {"profiles", "plan_versions", "readings", "symptom_entries", settings.TABLE}
GOOD, DAMAGED, TOO_NEW = "good", "damaged", "too-new"


def verify(path: Path) -> str:
    """Is ``path`` a backup that can be brought back? ``GOOD``, ``TOO_NEW`` (made by a newer
    app) or ``DAMAGED``: an empty file, failed ``quick_check``, unreadable text, no schema
    version or a missing table all count as damaged. Checked before a backup is offered,
    restored at start-up or restored from the Backups page."""
    try:
        if not path.is_file() or path.stat().st_size == 0 or check(path).status != OK:
            return DAMAGED
        conn = connect_read_only(path)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {row[0] for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except (sqlite3.Error, OSError, UnicodeDecodeError):
        return DAMAGED
    if version > migrations.latest_version():
        return TOO_NEW
    return GOOD if version >= 1 and tables >= REQUIRED_TABLES else DAMAGED


def quick_check(path: Path) -> bool:
    """True if the backup passes every check of :func:`verify` (kept for callers)."""
    return verify(path) == GOOD


def too_new() -> str:
    return translate("Backups", "This backup was made by a newer version of the app, so it was "
                                "not restored. Please update the app. Nothing was changed.")


def restore_refused() -> str:
    return translate("Backups", "This backup is damaged, so it was not restored. "
                                "Nothing was changed.")
