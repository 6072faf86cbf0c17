"""Imports inside functions: why each one is there (docs/architecture.md, "Imports inside
functions").

Every ``import`` inside a function in ``asthma_app`` carries ``# lazy: <why>`` on its line (or
on the comment line right above it); tests/test_architecture.py checks that. This script
sorts them by reason, from a real start of the app (offscreen, up to the first paint, with an
empty data folder and with one profile):

- ``start-up``: the module (or, for PySide6, the class: PySide6 builds each Python type on
  first use) is not loaded by the first paint, or it is the command line / composition root
  choosing when Qt loads (``cli``, ``app``, ``commands``);
- ``cycle``: the imported module's own top-level imports lead back here;
- ``platform``: ctypes and other one-OS modules;
- ``none``: loaded by the first paint anyway and no cycle: it belongs at the top of the file.

    python build_scripts/lazy_imports.py          # list every one with its reason
    python build_scripts/lazy_imports.py --mark   # add "# lazy: <reason>" where missing
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "asthma_app"
PLATFORM = {"winreg", "msvcrt", "ctypes", "fcntl", "pwd", "grp", "_winapi", "AppKit", "Foundation"}
ENTRY = {"cli", "app", "commands", "__main__"}  # they choose when Qt and the rest load
MARK = "# lazy:"

# sys.modules when the app prints its first-paint time: what the daily backup thread and the
# idle-time warm-up load after that is not start-up.
_DUMP = """
import builtins, os, runpy, sys
real_print = builtins.print
def snapshot(*args, **kwargs):
    if args and str(args[0]).startswith("first_paint_ms"):
        with open(os.environ["LAZY_IMPORTS_OUT"], "w") as out:
            out.write("\\n".join(sys.modules))
    real_print(*args, **kwargs)
builtins.print = snapshot
sys.argv = ["asthma_app", "--data-dir", sys.argv[1]]
runpy.run_module("asthma_app", run_name="__main__")
"""


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def targets(node: ast.Import | ast.ImportFrom, module: str, is_package: bool,
            known: set[str]) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    base = module.split(".") if is_package else module.split(".")[:-1]
    if node.level:
        base = base[:len(base) - node.level + 1]
        target = ".".join(base + ([node.module] if node.module else []))
    else:
        target = node.module or ""
    return [f"{target}.{a.name}" if f"{target}.{a.name}" in known else target
            for a in node.names]


def startup_modules() -> set[str]:
    """sys.modules at the first paint: first run (empty folder) and a profile's Today."""
    sys.path.insert(0, str(ROOT / "build_scripts"))
    from bench import make_data_dir

    loaded: set[str] = set()
    script = Path(tempfile.mkdtemp(prefix="lazy-imports-")) / "dump.py"
    script.write_text(_DUMP)
    for folder in (Path(tempfile.mkdtemp(prefix="lazy-imports-")), make_data_dir(None)):
        out = script.with_suffix(".txt")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ASTHMA_APP_QUIT_AFTER_PAINT="1",
                   ASTHMA_APP_LAUNCHED_AT="0", LAZY_IMPORTS_OUT=str(out), PYTHONPATH=str(ROOT))
        subprocess.run([sys.executable, str(script), str(folder)], env=env, check=True,
                       capture_output=True, timeout=120)
        loaded |= set(out.read_text().split())
    return loaded


def classify(loaded: set[str]) -> list[tuple[Path, int, str]]:
    files = sorted(PACKAGE.rglob("*.py"))
    known = {module_name(path) for path in files}
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in files}
    top: dict[str, set[str]] = {}
    for path, tree in trees.items():
        module = module_name(path)
        top[module] = {t for node in tree.body if isinstance(node, ast.Import | ast.ImportFrom)
                       for t in targets(node, module, path.name == "__init__.py", known)}

    def leads_back(start: str, goal: str) -> bool:
        seen, stack = set(), [start]
        while stack:
            current = stack.pop()
            if current == goal:
                return True
            if current in seen:
                continue
            seen.add(current)
            parts = current.split(".")
            nexts = top.get(current, set()) | {".".join(parts[:i]) for i in range(1, len(parts))}
            stack.extend(n for n in nexts if n.startswith("asthma_app"))
        return False

    found = []
    for path, tree in trees.items():
        module = module_name(path)
        layer = module.split(".")[1] if "." in module else ""
        lines = set()
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for node in ast.walk(function):
                if not isinstance(node, ast.Import | ast.ImportFrom) or node.lineno in lines:
                    continue
                lines.add(node.lineno)
                names = targets(node, module, path.name == "__init__.py", known)
                first = names[0].split(".")[0]
                if layer in ENTRY:
                    reason = "start-up"
                elif first in PLATFORM:
                    reason = "platform"
                elif first in ("PySide6", "shiboken6") or any(n not in loaded for n in names):
                    reason = "start-up"
                elif any(leads_back(n, module) for n in names):
                    reason = "cycle"
                else:
                    reason = "none"
                found.append((path, node.lineno, reason))
    return sorted(found)


def marked(lines: list[str], number: int) -> bool:
    return MARK in lines[number - 1] or lines[number - 2].strip().startswith(MARK)


def mark(found: list[tuple[Path, int, str]]) -> int:
    """Add the reason where no ``# lazy:`` is given; an import's own comment becomes the
    reason ("# why" -> "# lazy: why"). Too long for the line: a comment line above it."""
    changed = 0
    by_file: dict[Path, list[tuple[int, str]]] = {}
    for path, number, reason in found:
        by_file.setdefault(path, []).append((number, reason))
    for path, entries in by_file.items():
        lines = path.read_text(encoding="utf-8").split("\n")
        for number, reason in sorted(entries, reverse=True):
            if marked(lines, number):
                continue
            line = lines[number - 1]
            code, _, comment = line.partition("  # ")
            above = comment.startswith(("noqa", "type:"))  # a tool's comment stays: reason above
            if above:
                code, comment = line, ""
            why = comment.strip() or ("none (move it to the top)" if reason == "none" else reason)
            candidate = f"{code}  {MARK} {why}"
            if len(candidate) <= 100 and not above:
                lines[number - 1] = candidate
            else:
                indent = line[:len(line) - len(line.lstrip())]
                lines[number - 1] = code
                lines.insert(number - 1, f"{indent}{MARK} {why}")
            changed += 1
        path.write_text("\n".join(lines), encoding="utf-8")
    return changed


def main() -> int:
    found = classify(startup_modules())
    if "--mark" in sys.argv[1:]:
        print(f"marked {mark(found)} imports")
        return 0
    for path, number, reason in found:
        print(f"{path.relative_to(ROOT)}:{number}\t{reason}")
    counts = {r: sum(1 for *_, x in found if x == r) for r in sorted({x for *_, x in found})}
    print(counts, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
