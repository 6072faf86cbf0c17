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
from typing import Any

from .. import paths

FILE_NAME = "pyside_code.marshal"
# marshal's format and the bytecode inside belong to one Python: the exact build, as .pyc do
HEADER = f"{sys.implementation.cache_tag} {sys.version}"

_compile = builtins.compile
counts = {"found": 0, "compiled": 0}  # in the last compiling_ahead(): reused, compiled


def shipped() -> Path:
    """Where the build puts the file: with the app's other resources."""
    return paths.resources_dir() / FILE_NAME


def read(path: Path) -> dict[tuple[str, bytes], bytes]:
    """{(file name, source text): marshal.dumps(code)} from ``path``; empty if there is no
    such file or it is not this Python's."""
    try:
        header, compiled = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return compiled if header == HEADER and isinstance(compiled, dict) else {}


@contextmanager
def compiling_ahead(path: Path | None = None) -> Iterator[None]:
    """For the ``with`` block: ``compile`` finds the texts compiled in ``path`` (the shipped
    file by default; not even read once PySide6 is imported). Wrap the first import of
    PySide6 in it."""
    if path is None:
        compiled = {} if "shiboken6" in sys.modules else read(shipped())
    else:
        compiled = read(path)
    counts.update(found=0, compiled=0)
    if not compiled:
        yield
        return

    def finding(source: Any, filename: Any, mode: str, flags: int = 0,
                dont_inherit: bool = False, optimize: int = -1, **rest: Any) -> Any:
        code = compiled.get((filename, source)) if (
            isinstance(source, bytes) and isinstance(filename, str) and mode == "exec"
            and flags == 0 and optimize == -1 and not rest) else None
        if code is None:
            counts["compiled"] += 1
            return _compile(source, filename, mode, flags, dont_inherit, optimize, **rest)
        counts["found"] += 1
        return marshal.loads(code)

    builtins.compile = finding
    try:
        yield
    finally:
        builtins.compile = _compile


@contextmanager
def recording() -> Iterator[dict[tuple[str, bytes], Any]]:
    """For the ``with`` block: note each text compiled as a PySide6 import compiles its own
    (bytes, ``exec``, no flags), with its code (for ``write``). PySide6 must not be imported
    yet: its support code is compiled once, at its first import."""
    if "shiboken6" in sys.modules:
        raise RuntimeError("PySide6 is imported already: its support code was compiled")
    seen: dict[tuple[str, bytes], Any] = {}

    def noting(source: Any, filename: Any, mode: str, flags: int = 0,
               dont_inherit: bool = False, optimize: int = -1, **rest: Any) -> Any:
        code = _compile(source, filename, mode, flags, dont_inherit, optimize, **rest)
        if (isinstance(source, bytes) and isinstance(filename, str) and mode == "exec"
                and flags == 0 and optimize == -1 and not rest):
            seen[(filename, source)] = code
        return code

    builtins.compile = noting
    try:
        yield seen
    finally:
        builtins.compile = _compile


def write(path: Path, seen: dict[tuple[str, bytes], Any]) -> int:
    """Write what ``recording`` noted, for ``compiling_ahead``."""
    compiled = {key: marshal.dumps(code) for key, code in seen.items()}
    partial = path.with_name(path.name + ".partial")
    partial.write_bytes(marshal.dumps((HEADER, compiled)))
    partial.replace(path)
    return len(compiled)
