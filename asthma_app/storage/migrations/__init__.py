"""Numbered schema migrations, tracked in ``PRAGMA user_version``.

Each migration is a module ``mNNNN_<what>.py`` in this package with ``VERSION = NNNN`` and
``def apply(db)``. They run in order, each in its own transaction, after a backup copy of an
existing database is taken with SQLite's backup API.
"""

from __future__ import annotations

import importlib
import pkgutil
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..db_types import Database


def _names() -> list[str]:
    return [info.name for info in pkgutil.iter_modules(__path__) if info.name.startswith("m")]


def all_migrations() -> list[ModuleType]:
    modules = [importlib.import_module(f"{__name__}.{name}") for name in _names()]
    modules.sort(key=lambda module: module.VERSION)
    versions = [module.VERSION for module in modules]
    if not versions:  # e.g. a bundle built without them: never create an empty schema
        raise RuntimeError("no schema migrations were found: the installation is incomplete")
    if versions != list(range(1, len(versions) + 1)):
        raise RuntimeError(f"migration numbers must run 1..n without gaps, got {versions}")
    return modules


def latest_version() -> int:
    return len(all_migrations())


def _up_to_date(start: int) -> bool:
    """True when the diary has every migration there is: told by the modules' names
    (``mNNNN_``) without importing ten modules at every start (docs/performance.md). Only
    when the names run 1..n exactly; anything odd goes the long way, which explains it."""
    numbers = sorted(int(name[1:5]) for name in _names() if name[1:5].isdigit())
    return numbers == list(range(1, len(numbers) + 1)) and 0 < len(numbers) == start


def current_version(db: Database) -> int:
    version: int = db.conn.execute("PRAGMA user_version").fetchone()[0]
    return version


class SchemaTooNewError(RuntimeError):
    pass


def backup_copy(db: Database, target: Path) -> Path:
    """A consistent copy of a live database via the backup API (never a file copy)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    destination = sqlite3.connect(str(target))
    try:
        db.conn.backup(destination)
    finally:
        destination.close()
    return target


def migrate(db: Database, path: Path, backups_dir: Path,
            upto: int | None = None, copy_first: bool = True,
            copy: Callable[[Database, Path], object] | None = None) -> int:
    """Bring the schema to ``upto`` (default: latest). Returns the version reached.
    ``copy_first=False``: no copy beforehand (a copy in memory, read and thrown away).
    ``copy(db, target)`` makes the copy kept before migrating (an encrypted person's file
    gives its own: storage/vault.py)."""
    start = current_version(db)
    if upto is None and _up_to_date(start):
        return start
    migrations = all_migrations()
    goal = len(migrations) if upto is None else upto
    if start > len(migrations):
        raise SchemaTooNewError(
            "This diary was saved by a newer version of the app. Please update the app; "
            "nothing was changed.")
    if start >= goal:
        return start
    if start > 0 and copy_first:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        (copy or backup_copy)(db, backups_dir / f"before-migration-v{start}-{stamp}.sqlite3")
    for module in migrations[start:goal]:
        with db.atomic():
            module.apply(db)
            db.conn.execute(f"PRAGMA user_version = {int(module.VERSION)}")
    return goal
