"""A sqlite-utils ``Database`` that imports sqlite-utils only when it is really needed.

Importing sqlite-utils (with its plugin discovery) costs about as much as importing QtWidgets,
and the first screen only reads a few rows. So the reads the app makes on every start
(``db[table].get``, ``db[table].rows_where``, ``db.execute``) and ``atomic()`` are answered
here with plain SQL, and everything else goes to a real ``sqlite_utils.Database`` made on
first use. ``atomic()`` nests like sqlite-utils' own (BEGIN, then SAVEPOINTs), so the two can
be mixed inside one transaction; the outer BEGIN is IMMEDIATE so a second writer waits.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils

    from .db_types import Params, Row


class LazyDatabase:
    """Satisfies ``db_types.Database`` (checked there): the type every ``db`` is annotated with."""

    read_only = ""  # why it was opened read-only: "read-only" media or a "full" disk

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self._real: sqlite_utils.Database | None = None

    @property
    def real(self) -> sqlite_utils.Database:
        """The sqlite_utils.Database on the same connection (imported on first use)."""
        if self._real is None:
            import sqlite_utils  # lazy: what this module is for

            self._real = sqlite_utils.Database(self.conn)
        return self._real

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)

    def __getitem__(self, table: str) -> LazyTable:
        return LazyTable(self, table)

    def execute(self, sql: str, parameters: Params = None) -> sqlite3.Cursor:
        return self.conn.execute(sql, parameters or [])

    def close(self) -> None:
        self.conn.close()

    def table_names(self) -> list[str]:
        return self.real.table_names()

    @contextmanager
    def atomic(self) -> Iterator[LazyDatabase]:
        conn = self.conn
        if conn.in_transaction:
            savepoint = f"asthma_{os.urandom(8).hex()}"
            conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield self
            except BaseException:
                if conn.in_transaction:  # an error may already have ended the transaction
                    conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            return
        # IMMEDIATE: take the write lock at the start, where busy_timeout makes it wait for
        # another writer. A deferred BEGIN that reads first and then writes fails at once with
        # SQLITE_BUSY in WAL mode (its snapshot may be stale), whatever the timeout.
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


def _dicts(cursor: sqlite3.Cursor) -> Iterator[Row]:
    names = [column[0] for column in cursor.description]
    for row in cursor:
        yield dict(zip(names, row, strict=True))


class LazyTable:
    """``get`` and ``rows_where`` in plain SQL; any other Table method from sqlite-utils."""

    def __init__(self, db: LazyDatabase, name: str):
        self._db, self.name = db, name

    def __getattr__(self, attribute: str) -> Any:
        return getattr(self._db.real[self.name], attribute)

    def get(self, pk: Any) -> Row:
        if not isinstance(pk, int):  # only integer keys are the rowid
            return self._db.real.table(self.name).get(pk)
        cursor = self._db.conn.execute(f'SELECT * FROM "{self.name}" WHERE rowid = ?', [pk])
        rows = list(_dicts(cursor))
        if len(rows) != 1:
            return self._db.real.table(self.name).get(pk)  # raises sqlite-utils' NotFoundError
        return rows[0]

    def rows_where(self, where: str | None = None, where_args: Params = None,
                   order_by: str | None = None, select: str = "*", limit: int | None = None,
                   offset: int | None = None) -> Iterator[Row]:
        sql = f'SELECT {select} FROM "{self.name}"'
        if where is not None:
            sql += f" WHERE {where}"
        if order_by is not None:
            sql += f" ORDER BY {order_by}"
        if limit is not None or offset is not None:
            sql += f" LIMIT {int(limit) if limit is not None else -1}"  # as sqlite-utils does
        if offset is not None:
            sql += f" OFFSET {int(offset)}"
        yield from _dicts(self._db.conn.execute(sql, where_args or []))
