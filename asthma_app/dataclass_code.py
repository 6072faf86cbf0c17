"""The methods ``dataclasses`` makes for each class, compiled ahead of time, as Python keeps
compiled bytecode for modules.

For every class, ``@dataclass`` writes the source of ``__init__``, ``__repr__``, ``__eq__``,
``__hash__`` (and, frozen, ``__setattr__`` and ``__delattr__``) and ``exec``s it: Python
parses and compiles each one at every start, about 110 million instructions before Today's
first paint (docs/performance.md). ``build_scripts/dataclass_code.py`` imports every module of
the app, keeps each source text ``dataclasses`` executes with its compiled code, and writes
them to ``resources/dataclass_code.marshal`` (not in git; made for the bundle, the benchmark
and ``make``). ``install`` gives ``dataclasses`` an ``exec`` that runs the code compiled for
that very source text, with the same globals and locals: the same functions as before.

Never stale: a text is found only if it is exactly the one ``dataclasses`` made now (a changed
class makes another text, compiled as before), and a file written by another Python (version
or build), or one that cannot be read, is not used at all.
"""

from __future__ import annotations

import builtins
import dataclasses
import marshal
import sys
from pathlib import Path
from typing import Any

from . import paths

FILE_NAME = "dataclass_code.marshal"
# marshal's format and the bytecode inside belong to one Python: the exact build, as .pyc do
HEADER = f"{sys.implementation.cache_tag} {sys.version}"

_compiled: dict[str, bytes] = {}  # source text -> marshal.dumps(its code)
counts = {"found": 0, "compiled": 0}  # since install(): what start-up reuses and compiles


def _exec(source: Any, globals: Any = None, locals: Any = None) -> None:
    """``exec`` as ``dataclasses`` calls it, on its own source text."""
    code = _compiled.get(source) if isinstance(source, str) else None
    if code is None:
        counts["compiled"] += 1
        builtins.exec(source, globals, locals)
    else:
        counts["found"] += 1
        builtins.exec(marshal.loads(code), globals, locals)


def shipped() -> Path:
    """Where the build puts the file: with the app's other resources."""
    return paths.resources_dir() / FILE_NAME


def read_built(path: Path) -> tuple[Any, ...] | None:
    """What ``write_built`` wrote to ``path``; None if there is no such file, it cannot be
    read, or another Python (version or build) wrote it. (Also ui/pyside_code's file.)"""
    try:
        header, *payload = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    return tuple(payload) if header == HEADER else None


def write_built(path: Path, *payload: Any) -> None:
    """Write ``payload`` (marshal's types) for ``read_built``, whole or not at all."""
    partial = path.with_name(path.name + ".partial")
    partial.write_bytes(marshal.dumps((HEADER, *payload)))
    partial.replace(path)


def install(path: Path) -> bool:
    """Use the code compiled in ``path`` from now on; False (nothing changed) if there is no
    such file or it is not this Python's."""
    payload = read_built(path)
    if payload is None or len(payload) != 1 or not isinstance(payload[0], dict):
        return False
    compiled = payload[0]
    _compiled.clear()
    _compiled.update(compiled)
    counts.update(found=0, compiled=0)
    dataclasses.exec = _exec  # type: ignore[attr-defined]  # its module's name, not builtins'
    return True


def uninstall() -> None:
    """``dataclasses`` back to the builtin ``exec`` (tests)."""
    vars(dataclasses).pop("exec", None)
    _compiled.clear()
    counts.update(found=0, compiled=0)


def record() -> list[str]:
    """From now on, note each source text ``dataclasses`` executes (for ``write``)."""
    seen: list[str] = []

    def noting(source: Any, globals: Any = None, locals: Any = None) -> None:
        if isinstance(source, str):
            seen.append(source)
        builtins.exec(source, globals, locals)

    dataclasses.exec = noting  # type: ignore[attr-defined]
    return seen


def write(path: Path, sources: list[str]) -> int:
    """Compile each text as ``exec`` would (``"<string>"``) and write them for ``install``."""
    compiled = {text: marshal.dumps(compile(text, "<string>", "exec")) for text in sources}
    write_built(path, compiled)
    return len(compiled)
