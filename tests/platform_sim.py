"""Simulating Windows and macOS behaviour on Linux (the project's machines are Linux only).

Only the operating system's answers are faked (errors it raises, what ``sys`` reports); the
code under test runs for real. Sources: the Windows system error codes (ERROR_SHARING_VIOLATION
is 32) and CPython's ``PermissionError`` mapping of it; PyInstaller's documentation for
windowed programs (``sys.stdin``, ``sys.stdout`` and ``sys.stderr`` are ``None``).
"""

from __future__ import annotations

import os
from pathlib import Path

SHARING_VIOLATION = 32  # ERROR_SHARING_VIOLATION: "being used by another process"


def file_in_use(path: str | os.PathLike[str] = "") -> PermissionError:
    """The error Windows raises when a file another program has open is deleted or replaced."""
    error = PermissionError(13, "The process cannot access the file because it is being used "
                                "by another process", str(path))
    error.winerror = SHARING_VIOLATION  # set by CPython on Windows only
    return error


def refuse_open_files(monkeypatch, in_use, method: str = "unlink") -> list[Path]:
    """Make ``Path.<method>`` raise as Windows does for every path ``in_use(path)`` says is
    open elsewhere; returns the list of refused paths."""
    refused: list[Path] = []
    original = getattr(Path, method)

    def guarded(self, *args, **kwargs):
        if in_use(self):
            refused.append(self)
            raise file_in_use(self)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Path, method, guarded)
    return refused


def windowed_streams(monkeypatch) -> None:
    """A windowed (``console=False``) PyInstaller program: no standard streams at all."""
    import sys

    for name in ("stdin", "stdout", "stderr"):
        monkeypatch.setattr(sys, name, None)
