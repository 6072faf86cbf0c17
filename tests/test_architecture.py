"""Layering: domain, storage and services never import Qt (docs/architecture.md)."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PURE_LAYERS = ("domain", "storage", "services")
FORBIDDEN = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "asthma_app.ui")


def pure_files() -> list[Path]:
    files = [path for layer in PURE_LAYERS
             for path in sorted((ROOT / "asthma_app" / layer).rglob("*.py"))]
    assert len(files) >= 10, "the pure layers seem to be missing"
    return files


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def package_of(path: Path) -> str:
    name = module_name(path)
    return name if path.name == "__init__.py" else name.rpartition(".")[0]


def imported_names(path: Path, package: str | None = None) -> list[tuple[int, str]]:
    """Every module named by an import anywhere in the file (functions and classes too),
    with relative imports resolved against the file's package."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = package or package_of(path)
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            names.append((node.lineno, target))
            names.extend((node.lineno, f"{target}.{alias.name}") for alias in node.names)
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute | ast.Name)
              and getattr(node.func, "attr", getattr(node.func, "id", "")) in (
                  "import_module", "__import__")
              and node.args and isinstance(node.args[0], ast.Constant)
              and isinstance(node.args[0].value, str)):
            names.append((node.lineno, node.args[0].value))
    return names


def is_forbidden(name: str) -> bool:
    return any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN)


@pytest.mark.parametrize("path", pure_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_qt_import_in_pure_layers(path):
    bad = [f"line {line}: {name}" for line, name in imported_names(path) if is_forbidden(name)]
    assert not bad, f"{path.relative_to(ROOT)} imports Qt or the UI: {bad}"


def test_the_checker_sees_function_level_and_relative_imports(tmp_path):
    """The checker itself must catch imports hidden in a function or written relatively."""
    sample = tmp_path / "probe.py"
    sample.write_text("def later():\n    from PySide6.QtCore import QTimer\n"
                      "    import PySide6.QtWidgets\n    from ..ui import main_window\n"
                      "class Late:\n    def run(self):\n"
                      "        importlib.import_module('PySide6.QtGui')\n")
    names = [name for _, name in imported_names(sample, package="asthma_app.services")]
    assert "PySide6.QtCore" in names and "PySide6.QtWidgets" in names
    assert "asthma_app.ui" in names
    assert "PySide6.QtGui" in names
    assert sum(is_forbidden(name) for name in names) >= 4


def test_importing_every_pure_module_does_not_load_qt():
    modules = sorted({module_name(path) for path in pure_files()})
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'PyQt5', 'PyQt6') or m.startswith('asthma_app.ui'))\n"
        "print('LOADED', len(sys.modules))\n"
        "print('QT', loaded)\n"
        "assert not loaded, loaded\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("DISPLAY", None)  # and no display is needed either
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "QT []" in result.stdout


# --- app.py is the composition root: it imports everything, nothing imports it --------------

ROOT_MODULE = "asthma_app.app"
# ``python -m asthma_app`` runs this file as the program; no module imports it
LAUNCHERS = ("asthma_app.__main__",)


def imports_the_root(path: Path) -> list[str]:
    return [f"line {line}: {name}" for line, name in imported_names(path)
            if name == ROOT_MODULE or name.startswith(ROOT_MODULE + ".")]


def test_no_module_imports_the_composition_root():
    """Shells, commands and the command line get what they need from lower modules or as
    arguments (the Mode, the window factory): an import of ``app`` from inside the package
    is a cycle, however late it runs."""
    offenders = {
        str(path.relative_to(ROOT)): found
        for path in sorted((ROOT / "asthma_app").rglob("*.py"))
        if module_name(path) not in (ROOT_MODULE, *LAUNCHERS)
        and (found := imports_the_root(path))}
    assert not offenders, f"these import {ROOT_MODULE}: {offenders}"


def test_the_root_checker_sees_late_relative_and_package_imports(tmp_path):
    sample = tmp_path / "probe.py"
    sample.write_text("def later():\n    from ..app import create_main_window\n"
                      "def other():\n    from .. import app\n"
                      "def third():\n    importlib.import_module('asthma_app.app')\n")
    lines = {line for line, name in imported_names(sample, package="asthma_app.ui")
             if name == ROOT_MODULE or name.startswith(ROOT_MODULE + ".")}
    assert lines == {2, 4, 6}
def unexplained_lazy_imports(path: Path) -> list[int]:
    """Lines of imports inside functions with no ``# lazy: <why>`` on the line or just above
    (docs/architecture.md, "Imports inside functions")."""
    lines = path.read_text(encoding="utf-8").split("\n")
    tree = ast.parse("\n".join(lines), filename=str(path))
    found = set()
    for function in ast.walk(tree):
        if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            for node in ast.walk(function):
                if (isinstance(node, ast.Import | ast.ImportFrom)
                        and "# lazy: " not in lines[node.lineno - 1]
                        and not lines[node.lineno - 2].strip().startswith("# lazy: ")):
                    found.add(node.lineno)
    return sorted(found)


def test_every_import_inside_a_function_says_why():
    """`python build_scripts/lazy_imports.py --mark` adds the reason it finds."""
    bad = {str(path.relative_to(ROOT)): lines
           for path in sorted((ROOT / "asthma_app").rglob("*.py"))
           if (lines := unexplained_lazy_imports(path))}
    assert not bad, f"imports inside functions without '# lazy: <why>': {bad}"


def test_the_lazy_import_check_sees_an_unexplained_one(tmp_path):
    sample = tmp_path / "probe.py"
    sample.write_text("import os\n\ndef f():\n    import json  # lazy: start-up\n"
                      "    # lazy: cycle\n    from . import x\n    import re\n")
    assert unexplained_lazy_imports(sample) == [7]
