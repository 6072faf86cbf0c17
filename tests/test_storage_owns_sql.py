"""Storage owns every SQL statement, and settings are read and written only through
``storage/settings.py`` (docs/architecture.md). Checked on the syntax tree, so a call hidden
in a function or a string built at run time with a literal table name is still seen."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "asthma_app"
STORAGE = PACKAGE / "storage"
SETTINGS_MODULE = STORAGE / "settings.py"
MIGRATIONS = STORAGE / "migrations"  # the history of the schema: it made the settings table

# Calls that run SQL or reach a table through sqlite-utils, and the raw connection
SQL_CALLS = {"execute", "executemany", "executescript", "query", "rows_where", "delete_where",
             "insert_all", "upsert", "upsert_all", "table", "create_table"}
DATABASE_NAMES = {"db", "_db", "database", "conn", "_conn", "real", "connection"}
SETTING_FUNCTIONS = {"get_setting", "set_setting"}
SETTINGS_SQL = re.compile(r"\b(from|into|update|join|table)\s+[\[\"']?settings\b", re.I)


def _name(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def sql_outside_storage(source: str) -> list[str]:
    """What in ``source`` runs SQL or touches a table: ``line N: what``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr in SQL_CALLS:
                found.append(f"line {node.lineno}: .{node.func.attr}()")
            elif node.func.attr == "connect" and _name(node.func.value) == "sqlite3":
                found.append(f"line {node.lineno}: sqlite3.connect()")
        elif isinstance(node, ast.Subscript) and _name(node.value) in DATABASE_NAMES:
            found.append(f"line {node.lineno}: {_name(node.value)}[...]")
        elif isinstance(node, ast.Attribute) and node.attr in ("conn", "real"):
            found.append(f"line {node.lineno}: .{node.attr}")
    return found


def settings_bypassed(source: str) -> list[str]:
    """Settings read or written other than through the settings module."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if _name(node) in SETTING_FUNCTIONS and isinstance(node, ast.Name | ast.Attribute):
            found.append(f"line {node.lineno}: {_name(node)}")
        elif isinstance(node, ast.alias) and node.name in SETTING_FUNCTIONS:
            found.append(f"import of {node.name}")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and (
                node.value == "settings" or SETTINGS_SQL.search(node.value)):
            found.append(f"line {node.lineno}: {node.value[:40]!r}")
    return found


def package_files(*, leave_out: tuple[Path, ...]) -> list[Path]:
    files = [path for path in sorted(PACKAGE.rglob("*.py"))
             if not any(path == out or out in path.parents for out in leave_out)]
    assert len(files) >= 20, "the package seems to be missing"
    return files


def _id(path: Path) -> str:
    return str(path.relative_to(ROOT))


@pytest.mark.parametrize("path", package_files(leave_out=(STORAGE,)), ids=_id)
def test_no_sql_outside_storage(path):
    bad = sql_outside_storage(path.read_text(encoding="utf-8"))
    assert not bad, f"{_id(path)} runs SQL or reaches a table itself (move it to storage): {bad}"


@pytest.mark.parametrize("path", package_files(leave_out=(SETTINGS_MODULE, MIGRATIONS)), ids=_id)
def test_settings_only_through_the_settings_module(path):
    bad = settings_bypassed(path.read_text(encoding="utf-8"))
    assert not bad, f"{_id(path)} reads or writes settings by key (use storage/settings.py): {bad}"


def test_the_checkers_see_what_they_should():
    probe = ('def later(self, db):\n'
             '    self.db.execute("SELECT 1")\n'
             '    db["profiles"].update(1, {})\n'
             '    list(self._db.query("SELECT 2"))\n'
             '    self.db.conn.executemany("x", [])\n'
             '    import sqlite3\n'
             '    sqlite3.connect("x")\n'
             '    db.table("reminders").rows_where("1")\n')
    assert len(sql_outside_storage(probe)) >= 8
    probe = ('from asthma_app.storage.repository import get_setting\n'
             'def later(db):\n'
             '    repository.set_setting(db, "k", "v")\n'
             '    db.execute(f"SELECT value FROM settings WHERE key = {k}")\n'
             '    return db[\'settings\']\n')
    assert len(settings_bypassed(probe)) == 4
    assert sql_outside_storage("x = window.table_view.currentIndex()\n"
                               "dialog.exec()\n") == []
    assert settings_bypassed('"""People and settings (rename, passphrase)."""\n') == []


def test_every_setting_is_declared_once_with_a_type_and_scope():
    from asthma_app.storage import settings

    declared = settings.declared()
    assert len({s.key for s in declared}) == len(declared) >= 9
    for setting in declared:
        assert setting.scope in (settings.APP, settings.PROFILE)
        assert setting.default is None or isinstance(setting.default, setting.kind)
    with pytest.raises(ValueError, match="declared twice"):
        settings.Setting("language", str)
