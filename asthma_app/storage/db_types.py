"""What the app asks of a database handle: the type every ``db`` parameter is annotated with.

``open_database`` hands out a ``LazyDatabase`` (``lazy_db.py``: sqlite-utils is imported only
when a call needs it), a job off the GUI thread gets one from ``another_connection``, and a
test may pass a real ``sqlite_utils.Database``. These Protocols name
exactly the members the app uses, so a reader and mypy see what may be called, and a call the
lazy stand-in cannot answer is a type error instead of a surprise at run time.

One deliberate narrowing: sqlite-utils types ``db[name]`` as ``Table | View``. The app makes
no views, so here ``db[name]`` is a ``Table`` (``db.table(name)`` is one in both).
The check at the bottom (mypy only) keeps ``LazyDatabase`` conforming; what it does not
define itself it hands to sqlite-utils through ``__getattr__``, which mypy accepts for
any member, so keep the members the app relies on typed here. Nothing here is imported at
run time but ``typing``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any, Protocol

Row = dict[str, Any]
Params = Sequence[Any] | dict[str, Any] | None


class Table(Protocol):
    """The sqlite-utils ``Table`` methods the app calls on ``db[name]``."""

    @property
    def name(self) -> str: ...

    def get(self, pk_values: Any) -> Row: ...

    def rows_where(self, where: str | None = None, where_args: Params = None,
                   order_by: str | None = None, select: str = "*",
                   limit: int | None = None, offset: int | None = None) -> Iterable[Row]: ...

    def insert(self, record: Row, *args: Any, **kwargs: Any) -> Any: ...

    def insert_all(self, records: Iterable[Row], *args: Any, **kwargs: Any) -> Any: ...

    def update(self, pk_values: Any, updates: Row | None = None, *args: Any,
               **kwargs: Any) -> Any: ...

    def delete_where(self, where: str | None = None, where_args: Params = None,
                     *args: Any, **kwargs: Any) -> Any: ...

    def create(self, columns: dict[str, Any], *args: Any, **kwargs: Any) -> Any: ...

    def create_index(self, columns: Iterable[Any], *args: Any, **kwargs: Any) -> Any: ...

    def add_column(self, col_name: str, *args: Any, **kwargs: Any) -> Any: ...

    @property
    def last_pk(self) -> Any: ...

    @property
    def rows(self) -> Iterable[Row]: ...

    @property
    def columns_dict(self) -> dict[str, Any]: ...


class Database(Protocol):
    """A database handle: ``LazyDatabase`` (what the app opens) or ``sqlite_utils.Database``."""

    conn: sqlite3.Connection
    read_only: str  # why it was opened read-only ("read-only" media, a "full" disk), or ""

    def __getitem__(self, table_name: str) -> Table: ...

    def table(self, table_name: str) -> Table: ...

    def execute(self, sql: str, parameters: Params = None) -> sqlite3.Cursor: ...

    def atomic(self) -> AbstractContextManager[Any]: ...

    def table_names(self) -> list[str]: ...

    def close(self) -> None: ...


if TYPE_CHECKING:  # mypy checks that what open_database returns is a Database
    from .lazy_db import LazyDatabase

    def _lazy_database_conforms(db: LazyDatabase) -> Database:
        return db
