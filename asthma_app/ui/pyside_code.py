"""PySide6's own Python support code, compiled ahead of time, as Python keeps compiled
bytecode for modules.

PySide6 carries the Python half of its signature support (``signature_bootstrap.py`` and the
``shibokensupport`` package, ~150 KB of source) as text inside ``libshiboken6`` and compiles
it with the builtin ``compile`` at every start: ~35 ms, about 120 million instructions, on
the main thread before the first window (docs/performance.md, "startup5"); a bare PySide6
window pays it too. ``build_scripts/dataclass_code.py`` notes each text PySide6 compiles while
it is imported and writes it with its compiled code to ``resources/pyside_code.marshal`` (not
in git; made for the bundle, the benchmark and ``make``). While ``create_application``
imports PySide6 (:func:`compiling_ahead`), the builtin ``compile`` is one that returns the
code compiled for that very text and file name, and compiles anything else as before.

The same goes for the regular expressions those modules compile as they load (``re``'s
parser and compiler are Python: ~20 ms more): for each pattern and flags the file keeps what
``re`` hands to its C engine (``_sre.compile``), which builds the very same pattern object.

Never stale: a text is found only if it is byte for byte the one compiled then (another
PySide6 has other texts, compiled as without the file), and a file written by another Python
(version or build), or one that cannot be read, is not used at all. (PySide6's own way to
this, unpacking the files into its installed package, ``SBK_EMBED=0``, would need a writable
install and would speed up every PySide6 program there, the benchmark's bare window too.)
"""

from __future__ import annotations

import builtins
import marshal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from re import _compiler as _re_compiler  # type: ignore[attr-defined]  # (private: see docstring)
from typing import Any

from .. import paths
from ..dataclass_code import read_built, write_built

FILE_NAME = "pyside_code.marshal"
# marshal's format, the bytecode and re's engine code inside belong to one Python: the exact
# build, as .pyc do (dataclass_code's header, checked by its read_built)

_compile = builtins.compile
_compile_pattern = _re_compiler.compile
# in the last compiling_ahead(): code objects and patterns reused, and compiled
counts = {"found": 0, "compiled": 0, "patterns found": 0, "patterns compiled": 0}

Code = dict[tuple[str, bytes], bytes]  # (file name, source text) -> marshal.dumps(code)
# (pattern, flags) -> the rest of _sre.compile's arguments: flags, code, groups, group names
Patterns = dict[tuple[str, int], tuple]


def shipped() -> Path:
    """Where the build puts the file: with the app's other resources."""
    return paths.resources_dir() / FILE_NAME


def read(path: Path) -> tuple[Code, Patterns]:
    """The code and patterns in ``path``; both empty if there is no such file or it is not
    this Python's."""
    payload = read_built(path)
    if payload is None or len(payload) != 2:
        return {}, {}
    code, patterns = payload
    if not isinstance(code, dict) or not isinstance(patterns, dict):
        return {}, {}
    return code, patterns


def _plain(source: Any, filename: Any, mode: str, flags: int, optimize: int,
           rest: dict) -> bool:
    """A compile as PySide6 calls it for its support code: bytes, exec, nothing else."""
    return (isinstance(source, bytes) and isinstance(filename, str) and mode == "exec"
            and flags == 0 and optimize == -1 and not rest)


@contextmanager
def compiling_ahead(path: Path | None = None) -> Iterator[None]:
    """For the ``with`` block: ``compile`` and ``re`` find the code and patterns compiled in
    ``path`` (the shipped file by default; not even read once PySide6 is imported). Wrap the
    first import of PySide6 in it."""
    if path is None:
        code, patterns = ({}, {}) if "shiboken6" in sys.modules else read(shipped())
    else:
        code, patterns = read(path)
    for key in counts:
        counts[key] = 0
    if not code and not patterns:
        yield
        return

    def finding(source: Any, filename: Any, mode: str, flags: int = 0,
                dont_inherit: bool = False, optimize: int = -1, **rest: Any) -> Any:
        found = code.get((filename, source)) if _plain(
            source, filename, mode, flags, optimize, rest) else None
        if found is None:
            counts["compiled"] += 1
            return _compile(source, filename, mode, flags, dont_inherit, optimize, **rest)
        counts["found"] += 1
        return marshal.loads(found)

    def finding_pattern(pattern: Any, flags: Any = 0) -> Any:
        found = patterns.get((pattern, flags)) if (
            isinstance(pattern, str) and type(flags) is int) else None
        if found is None:
            counts["patterns compiled"] += 1
            return _compile_pattern(pattern, flags)
        counts["patterns found"] += 1
        return _re_compiler._sre.compile(pattern, *found)

    builtins.compile = finding
    _re_compiler.compile = finding_pattern
    try:
        yield
    finally:
        builtins.compile = _compile
        _re_compiler.compile = _compile_pattern


class _NotingEngine:
    """``re``'s C engine as ``re._compiler`` calls it, noting the last pattern's arguments."""

    def __init__(self, engine: Any):
        self.engine = engine
        self.last: tuple | None = None

    def compile(self, pattern: Any, flags: int, code: list, groups: int, groupindex: dict,
                indexgroup: tuple) -> Any:
        # the code holds re._constants' named ints: plain ints for marshal, the same to _sre
        self.last = (int(flags), [int(op) for op in code], int(groups), dict(groupindex),
                     tuple(indexgroup))
        return self.engine.compile(pattern, flags, code, groups, groupindex, indexgroup)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.engine, name)


@contextmanager
def recording() -> Iterator[tuple[dict[tuple[str, bytes], Any], Patterns]]:
    """For the ``with`` block: note each text compiled as a PySide6 import compiles its own
    (bytes, ``exec``, no flags), with its code, and each regular expression compiled, with
    its engine's arguments (for ``write``). PySide6 must not be imported yet: its support
    code is compiled once, at its first import."""
    if "shiboken6" in sys.modules:
        raise RuntimeError("PySide6 is imported already: its support code was compiled")
    seen: dict[tuple[str, bytes], Any] = {}
    patterns: Patterns = {}

    def noting(source: Any, filename: Any, mode: str, flags: int = 0,
               dont_inherit: bool = False, optimize: int = -1, **rest: Any) -> Any:
        code = _compile(source, filename, mode, flags, dont_inherit, optimize, **rest)
        if _plain(source, filename, mode, flags, optimize, rest):
            seen[(filename, source)] = code
        return code

    def noting_pattern(pattern: Any, flags: Any = 0) -> Any:
        engine = _re_compiler._sre
        noted = _NotingEngine(engine)
        _re_compiler._sre = noted
        try:
            compiled = _compile_pattern(pattern, flags)
        finally:
            _re_compiler._sre = engine
        if isinstance(pattern, str) and type(flags) is int and noted.last is not None:
            patterns[(pattern, flags)] = noted.last
        return compiled

    builtins.compile = noting
    _re_compiler.compile = noting_pattern
    try:
        yield seen, patterns
    finally:
        builtins.compile = _compile
        _re_compiler.compile = _compile_pattern


def write(path: Path, seen: dict[tuple[str, bytes], Any], patterns: Patterns) -> int:
    """Write what ``recording`` noted, for ``compiling_ahead``. Returns the texts' count."""
    code = {key: marshal.dumps(compiled) for key, compiled in seen.items()}
    write_built(path, code, patterns)
    return len(code)
