"""Is the diary file damaged? ``PRAGMA quick_check`` on a read-only connection.

Read-only so that closing it never checkpoints a damaged WAL into the file. At start-up the
check runs in a thread begun before Qt is imported: SQLite works without Python's GIL, so the
check (which reads the whole file) overlaps the imports, and the window waits for its verdict
before it opens the diary (``app.check_and_open``).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

SQLITE_CORRUPT, SQLITE_NOTADB = 11, 26


def is_damaged(path: Path) -> bool:
    """True only when SQLite itself says the file is corrupt or not a database."""
    if not path.exists() or path.stat().st_size == 0:
        return False
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        return conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]
    except sqlite3.DatabaseError as error:
        return getattr(error, "sqlite_errorcode", None) in (SQLITE_CORRUPT, SQLITE_NOTADB)
    finally:
        conn.close()


def check_in_background(path: Path) -> Callable[[], bool]:
    """Start :func:`is_damaged` in a thread; the returned function waits for its verdict."""
    verdict: list[bool] = []
    thread = threading.Thread(target=lambda: verdict.append(is_damaged(path)),
                              name="quick-check", daemon=True)
    thread.start()

    def wait() -> bool:
        thread.join()
        return verdict[0] if verdict else is_damaged(path)  # it raised: raise it here

    return wait
