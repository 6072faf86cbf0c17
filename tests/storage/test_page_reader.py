"""page_reader on real SQLite files: which leaf pages are orphans, and whose rows they hold."""

from __future__ import annotations

import sqlite3

from asthma_app.storage import page_reader
from asthma_app.storage.recovery import _layout

from .test_never_silently_lost import zero_root_page as _zero_root

ROWS = 200


def _diary(path, schema_tables: int) -> None:
    conn = sqlite3.connect(path)
    for n in range(schema_tables):  # long CREATE statements fill the schema table's pages
        columns = ", ".join(f"a_rather_long_column_name_{c} TEXT" for c in range(12))
        conn.execute(f"CREATE TABLE extra_{n} (id INTEGER PRIMARY KEY, {columns})")
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, a, b, c, d, e, f, g)")
    conn.executemany("INSERT INTO notes VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     [(i, f"note {i}", "x" * 60, 1, 2, 3, 4, 5) for i in range(1, ROWS + 1)])
    conn.commit()
    conn.close()


def _orphans(path):
    conn = sqlite3.connect(path)
    try:
        layout = _layout(conn)
    finally:
        conn.close()
    return page_reader.orphan_rows(path, layout)


def test_a_schema_spanning_several_pages_is_never_salvaged_as_rows(tmp_path):
    # Once sqlite_master outgrows page 1, page 1 becomes an interior page and the schema rows
    # sit on leaf pages of their own; no user table's tree reaches them, yet they are no
    # orphans. Read as rows of the broken table they took its first rowids (issue: 136 of 155
    # readings salvaged after the review-loop migration lengthened the schema).
    path = tmp_path / "diary.sqlite3"
    _diary(path, schema_tables=12)
    pages = page_reader.PageFile(path.read_bytes())
    assert pages.kind(1) == page_reader.TABLE_INTERIOR  # the case under test
    _zero_root(path, "notes")
    found = _orphans(path)["notes"]
    assert sorted(found) == list(range(1, ROWS + 1))
    assert all(row["a"] == f"note {rowid}" for rowid, row in found.items())


def test_a_schema_on_page_one_alone_still_salvages_every_row(tmp_path):
    path = tmp_path / "diary.sqlite3"
    _diary(path, schema_tables=0)
    assert page_reader.PageFile(path.read_bytes()).kind(1) == page_reader.TABLE_LEAF
    _zero_root(path, "notes")
    found = _orphans(path)["notes"]
    assert sorted(found) == list(range(1, ROWS + 1))
