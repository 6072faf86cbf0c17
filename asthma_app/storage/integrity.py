"""Is the diary file damaged? Checked on a read-only connection.

Read-only so that closing it never checkpoints a damaged WAL into the file. At start-up the
check runs in a thread begun before Qt is imported: SQLite works without Python's GIL, so the
check (which reads the whole file) overlaps the imports, and the window waits for its verdict
before it opens the diary (``app.check_and_open``).

Three kinds of damage are told apart (``Verdict.status``):

- ``DAMAGED``: ``PRAGMA integrity_check`` finds broken structure or an index that disagrees
  with its table, or the file cannot be opened or
  read at all for any reason that is not "in use" or "no permission" (a changed byte in the
  schema can raise ``UnicodeDecodeError``, not a ``DatabaseError``: any failure is damage);
- ``UNREADABLE_TEXT``: the structure is sound but some rows cannot be read: text values that
  are not valid UTF-8 (a flipped byte inside a value passes ``quick_check``; Python then cannot
  read that row), or values the app cannot turn back into an entry (``row_rules``: a broken
  time, scale or JSON list). One statement for the whole file (``count_bad_rows``): a healthy
  diary costs one decode per text column, not one per value;
- ``EMPTY``: a 0-byte file (``recovery`` decides: with backups it is a lost diary).

Every path is opened through :func:`read_only_uri`: an unescaped ``file:`` URI would open the
wrong file for a folder named ``Jo #1`` (SQLite stops the name at ``#``).
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# Imported here, never inside the check: the check runs in a thread while the main thread
# imports the app, and two threads importing one package can fail half-way ("partially
# initialized module"), which must never pass for a damaged diary.
from . import check_record
from .row_rules import ascii_only, count_breaking, tests_for

SQLITE_CORRUPT, SQLITE_NOTADB = 11, 26
# Not damage: the file may be fine but is in use or out of reach, or the disk is full (a
# read-only connection to a WAL file must make its -shm: SQLITE_IOERR_SHMSIZE when full).
# open_database says so plainly; a file we merely cannot read must never be set aside.
NOT_DAMAGE = {3, 5, 6, 7, 8, 9, 10, 13, 14, 15, 23}  # PERM, BUSY, LOCKED, NOMEM, READONLY,
# INTERRUPT, IOERR, FULL, CANTOPEN, PROTOCOL, AUTH
OK, DAMAGED, UNREADABLE_TEXT, EMPTY, MISSING = "ok", "damaged", "text", "empty", "missing"


@dataclass(frozen=True)
class Verdict:
    """The integrity check's verdict on a diary file."""

    status: str
    unreadable_rows: int = 0  # text that is not UTF-8
    broken_rows: int = 0  # values the app cannot read back (``row_rules``)
    recalled: bool = False  # OK without reading: the very bytes that last passed (check_record)

    def __bool__(self) -> bool:  # "is it damaged?"
        return self.status in (DAMAGED, UNREADABLE_TEXT)


def read_only_uri(path: Path) -> str:
    """``file:`` URI for ``path``, read-only, with ``#``, ``?``, ``%`` and spaces escaped."""
    return Path(path).absolute().as_uri() + "?mode=ro"


def connect_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(read_only_uri(path), uri=True)


def error_code(error: BaseException) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF  # the primary code of an extended one


def check(path: Path) -> Verdict:
    """The verdict on the file at ``path`` (see the module docstring)."""
    path = Path(path)
    if not path.exists():
        return Verdict(MISSING)
    if path.stat().st_size == 0:
        return Verdict(EMPTY)
    try:
        conn = connect_read_only(path)
    except sqlite3.Error as error:
        return Verdict(OK if error_code(error) in NOT_DAMAGE else DAMAGED)
    try:
        # integrity_check, not quick_check: it also compares every index with its table. A
        # damaged index entry (a time the Diary reads through the index) passed quick_check
        # and then broke screens; it costs ~60 ms more on a twenty-year diary.
        if conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
            return Verdict(DAMAGED)
        bad, broken = count_bad_rows(conn)
        return Verdict(UNREADABLE_TEXT, bad, broken) if bad or broken else Verdict(OK)
    except sqlite3.Error as error:
        return Verdict(OK if error_code(error) in NOT_DAMAGE else DAMAGED)
    except (UnicodeError, ValueError, OverflowError):  # e.g. a damaged schema's text
        return Verdict(DAMAGED)
    finally:  # anything else (a bug, no memory) is not the file's fault: it propagates
        conn.close()


def is_damaged(path: Path) -> bool:
    """True when the file is structurally damaged or holds text that cannot be read."""
    return bool(check(path))


TABLES_PER_STATEMENT = 60
# The whole schema in one row: at start-up the check runs beside the imports, and each row
# fetched costs the thread the GIL back from them (up to 5 ms each, ``sys.getswitchinterval``).
_SCHEMA = ("SELECT json_group_array(json_array(m.name, p.name, p.type)) FROM sqlite_master AS m"
           " JOIN pragma_table_info(m.name) AS p"
           " WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'")


def _is_text(declared: str) -> bool:
    declared = (declared or "").upper()
    return declared in ("", "TEXT") or "CHAR" in declared or "CLOB" in declared


def table_columns(conn: sqlite3.Connection) -> dict[str, list[tuple[str, str]]]:
    """Every table's (column, declared type), read in one statement."""
    tables: dict[str, list[tuple[str, str]]] = {}
    for table, column, declared in json.loads(conn.execute(_SCHEMA).fetchone()[0] or "[]"):
        tables.setdefault(table, []).append((column, declared))
    return tables


def text_columns(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """Every table's columns with text affinity (declared TEXT, or with no type): only they
    keep text as text; a number column stores numbers, whose bytes cannot be bad UTF-8."""
    return {table: [name for name, declared in columns if _is_text(declared)]
            for table, columns in table_columns(conn).items()}


def count_bad_rows(conn: sqlite3.Connection) -> tuple[int, int]:
    """(rows with text that is not valid UTF-8, rows breaking ``row_rules``): 0, 0 when
    healthy.

    One statement for the whole file, one row back: per table one scan, in which SQLite joins
    each text column's values' bytes (with "\n" between them: an ASCII byte cannot complete a
    broken sequence) and counts the rows that break a rule; Python then decodes each joined
    column once. SQLite does this without the GIL, so at start-up it overlaps the imports. Only
    a table whose text fails is scanned again, row by row, to count."""
    plan, parts = [], []
    for table, columns in table_columns(conn).items():
        names = {name for name, _ in columns}
        tests = tests_for(table, names)
        skip = ascii_only(table) if tests else set()
        text = [name for name, declared in columns if _is_text(declared) and name not in skip]
        # No "typeof = 'text'" here (it was 40 % of the scan): a number joins as ASCII
        # digits, and a BLOB that fails to decode only sends the table to _bad_rows, which
        # counts text alone.
        selects = [f"CAST(group_concat(CAST([{c}] AS BLOB), x'0a') AS BLOB)" for c in text]
        if tests:
            selects.append(count_breaking(tests))
        if selects:  # an aggregate without GROUP BY: exactly one row per table
            plan.append((table, text, bool(tests)))
            parts.append(f"(SELECT {', '.join(selects)} FROM [{table}])")
    values: list[Any] = []  # SQLite joins at most 64 tables in one statement
    for at in range(0, len(parts), TABLES_PER_STATEMENT):
        joined = ", ".join(parts[at:at + TABLES_PER_STATEMENT])
        values.extend(conn.execute(f"SELECT * FROM {joined}").fetchone())
    row = iter(values)
    unreadable = broken = 0
    for table, text, has_tests in plan:
        suspect = []
        for column in text:
            try:
                (next(row) or b"").decode("utf-8")
            except UnicodeDecodeError:
                suspect.append(column)
        if suspect:
            unreadable += _bad_rows(conn, table, suspect)
        if has_tests:
            broken += next(row) or 0
    return unreadable, broken


def count_unreadable_rows(conn: sqlite3.Connection) -> int:
    return count_bad_rows(conn)[0]


def _bad_rows(conn: sqlite3.Connection, table: str, columns: list[str]) -> int:
    names = ", ".join(f"CASE WHEN typeof([{c}]) = 'text' THEN CAST([{c}] AS BLOB) END"
                      for c in columns)
    bad = 0
    for row in conn.execute(f"SELECT {names} FROM [{table}]"):
        for value in row:
            try:
                (value or b"").decode("utf-8")
            except UnicodeDecodeError:
                bad += 1
                break
    return bad


def check_or_recall(path: Path) -> Verdict:
    """:func:`check`, unless the file is byte for byte the one that last passed it
    (``check_record.recall``: no -wal/-journal, same size and BLAKE2b hash as recorded at the
    last clean end); then that verdict again, marked ``recalled``."""
    if check_record.recall(Path(path)):
        return Verdict(OK, recalled=True)
    return check(path)


def check_in_background(path: Path, recall: bool = False) -> Callable[[], Verdict]:
    """Start :func:`check` (``recall``: :func:`check_or_recall`) in a thread; the returned
    function waits for its verdict.

    The one thread not started through ``ui.workers.run_job``: it begins before Qt is
    imported (to overlap that import), so there is no GUI thread to report to yet, and its
    read-only connection is its own and closed before the app opens the diary. The caller
    waits for it on the same thread that started it."""
    verdict: list[Verdict] = []
    checker = check_or_recall if recall else check
    thread = threading.Thread(target=lambda: verdict.append(checker(path)),
                              name="quick-check", daemon=True)
    thread.start()

    def wait() -> Verdict:
        thread.join()
        return verdict[0] if verdict else check(path)  # it raised: raise it here

    return wait
