"""The start-up check's cheaper row scan finds what the app cannot read (docs/performance.md).

The scan no longer decodes columns whose rule passes only ASCII, and joins text without a
per-value type test; these cases check that nothing slips through that gap.
"""

from __future__ import annotations

import sqlite3

from asthma_app import paths
from asthma_app.storage import integrity, row_rules

from .test_recovery import diary_with_two_days

WHEN = "2026-11-21T10:00:00"


def update(sql: str, *params) -> None:
    conn = sqlite3.connect(paths.database_path())
    conn.execute(sql, params)
    conn.commit()
    conn.close()


def test_a_time_with_a_nul_byte_is_a_value_the_app_cannot_read_back(data_dir):
    """GLOB stops at a NUL byte: "…10:00:00\\0ab" matched the time's pattern, yet the app's
    ``fromisoformat`` cannot read it."""
    diary_with_two_days(paths.backups_dir())
    update("UPDATE readings SET taken_at = ? WHERE taken_at = ?", WHEN + "\x00ab", WHEN)
    row = {"taken_at": WHEN + "\x00ab", "scale": "EU", "value": 300}
    assert not row_rules.row_is_readable("readings", row)  # the Python twin agrees
    verdict = integrity.check(paths.database_path())
    assert verdict.status == integrity.UNREADABLE_TEXT and verdict.broken_rows == 1


def test_bytes_that_are_not_utf8_in_a_choice_column_are_still_found(data_dir):
    """The scale is not decoded at start-up (its rule passes only ASCII): the rule must catch
    the broken bytes instead."""
    diary_with_two_days(paths.backups_dir())
    update("UPDATE readings SET scale = CAST(x'45ff' AS TEXT) WHERE taken_at = ?", WHEN)
    verdict = integrity.check(paths.database_path())
    assert verdict.status == integrity.UNREADABLE_TEXT and verdict.broken_rows == 1


def test_bytes_that_are_not_utf8_in_a_column_without_a_rule_are_counted(data_dir):
    diary_with_two_days(paths.backups_dir())
    update("UPDATE readings SET created_at = CAST(x'32ff30' AS TEXT) WHERE taken_at = ?", WHEN)
    verdict = integrity.check(paths.database_path())
    assert verdict == integrity.Verdict(integrity.UNREADABLE_TEXT, unreadable_rows=1)


def test_a_blob_in_a_text_column_is_not_counted_as_unreadable_text(data_dir):
    """Python reads a BLOB as bytes, never decoding it: only text can be unreadable, also
    when the same table holds a damaged text value."""
    diary_with_two_days(paths.backups_dir())
    update("UPDATE readings SET note = x'ff00ff' WHERE taken_at = ?", WHEN)
    assert integrity.check(paths.database_path()).status == integrity.OK
    update("UPDATE readings SET note = CAST(x'ff' AS TEXT) WHERE id = 1")
    assert integrity.check(paths.database_path()) == integrity.Verdict(
        integrity.UNREADABLE_TEXT, unreadable_rows=1)


def test_a_diary_with_more_tables_than_one_statement_joins_is_checked(data_dir):
    """SQLite joins at most 64 tables in one statement: more must never look like damage."""
    diary_with_two_days(paths.backups_dir())
    conn = sqlite3.connect(paths.database_path())
    for n in range(70):
        conn.execute(f"CREATE TABLE extra{n} (label TEXT)")
        conn.execute(f"INSERT INTO extra{n} VALUES ('fine')")
    conn.execute("INSERT INTO extra69 VALUES (CAST(x'ff' AS TEXT))")
    conn.commit()
    conn.close()
    assert integrity.check(paths.database_path()) == integrity.Verdict(
        integrity.UNREADABLE_TEXT, unreadable_rows=1)
