"""Crash logs without patient data, and a calm message for the user.

- ``faulthandler`` writes hard crashes (segfaults, aborts) to ``fault-<time>-<pid>.log`` in the
  log folder. It only ever writes file names, line numbers and function names.
- ``sys.excepthook`` writes ``crash-<time>.log`` with the exception's *type* and the frames'
  file, line and function, and nothing else: no exception message (it can quote a name, a
  note or a value), no local variables, no source lines. Then it shows a calm dialog.
- Old logs are removed so that only the newest ``KEEP_LOGS`` of each sort remain. A log that
  cannot be deleted (on Windows, another running copy has it open) is left for a later start.
- A windowed Windows program has no ``sys.stderr``: without a log folder, hard crashes then go
  unrecorded rather than stopping the app from starting.
"""

from __future__ import annotations

import faulthandler
import os
import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

from . import __version__

KEEP_LOGS = 10
_fault_file = None


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def rotate(folder: Path, prefix: str, keep: int = KEEP_LOGS) -> None:
    """Remove empty fault logs (runs that did not crash) and all but the newest ``keep``."""
    logs = sorted(folder.glob(f"{prefix}-*.log"), key=lambda p: p.name, reverse=True)
    for path in logs:
        try:
            if prefix == "fault" and path.stat().st_size == 0 and path.name != _current_fault():
                _remove(path)
        except OSError:
            continue  # gone meanwhile (another copy rotated it)
    logs = [p for p in logs if p.exists()]
    for path in logs[keep:]:
        _remove(path)


def _remove(path: Path) -> None:
    """Delete a log unless Windows says another process has it open (PermissionError)."""
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass  # still in use by another copy of the app: a later start removes it


def _current_fault() -> str:
    return Path(_fault_file.name).name if _fault_file else ""


def safe_report(exc_type: type[BaseException], tb: TracebackType | None,
                exc: BaseException | None = None) -> str:
    """The crash report: versions, exception type and frame positions only (and SQLite's
    error name, e.g. ``SQLITE_ERROR``: storage raises the errors it does not know as bugs,
    storage/errors.py; the name says which without the message, which can quote data)."""
    import platform  # lazy: only when writing a report: keeps start-up fast

    lines = [f"asthma-app {__version__}", f"Python {platform.python_version()}",
             f"Platform {platform.system()} {platform.machine()}",
             f"Time {datetime.now().isoformat(timespec='seconds')}",
             f"Exception {exc_type.__module__}.{exc_type.__qualname__}"]
    name = getattr(exc, "sqlite_errorname", None)
    if isinstance(name, str) and name.isidentifier():
        lines.append(f"SQLite {name}")
    lines.append("Traceback:")
    for frame in traceback.extract_tb(tb):
        lines.append(f"  {_short(frame.filename)}:{frame.lineno} in {frame.name}")
    return "\n".join(lines) + "\n"


def _short(filename: str) -> str:
    """Paths below the package, not the user's home folder (which can hold their name)."""
    parts = Path(filename).parts
    for anchor in ("asthma_app", "site-packages", "lib"):
        if anchor in parts:
            return "/".join(parts[parts.index(anchor):])
    return Path(filename).name


def write_report(folder: Path, exc_type: type[BaseException], tb: TracebackType | None,
                 exc: BaseException | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"crash-{_stamp()}.log"
    path.write_text(safe_report(exc_type, tb, exc), encoding="utf-8")
    rotate(folder, "crash")
    return path


def enable_faulthandler(folder: Path | Callable[[], Path]) -> Path | None:
    """Hard crashes go to a file; on a read-only or full disk, to stderr instead."""
    global _fault_file
    try:
        folder = folder() if callable(folder) else folder
        folder.mkdir(parents=True, exist_ok=True)
        _fault_file = open(folder / f"fault-{_stamp()}-{os.getpid()}.log", "w",  # noqa: SIM115
                           encoding="utf-8")
    except OSError:
        if sys.stderr is not None:  # None in a windowed Windows exe: then no fault log at all
            faulthandler.enable(all_threads=True)
        return None
    faulthandler.enable(file=_fault_file, all_threads=True)
    rotate(folder, "fault")
    return Path(_fault_file.name)


def install(folder: Path | Callable[[], Path],
            show: Callable[[Path | None], None] | None = None) -> None:
    """Turn on both logs. ``folder`` may be a function (``paths.log_dir``, which can fail on a
    read-only disk). ``show(log_path)`` tells the user (a dialog in the app)."""
    enable_faulthandler(folder)
    previous = sys.excepthook

    def hook(exc_type: type[BaseException], exc: BaseException,
             tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        try:
            path = write_report(folder() if callable(folder) else folder, exc_type, tb, exc)
        except OSError:
            path = None  # a full disk must not turn one error into two
        if show is not None:
            show(path)

    sys.excepthook = hook


def show_dialog(path: Path | None) -> None:
    """A calm message box; only when a QApplication exists."""
    from PySide6.QtCore import QCoreApplication, QThread  # lazy: start-up
    from PySide6.QtWidgets import QApplication, QMessageBox  # lazy: start-up

    app = QApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        return  # widgets only on the GUI thread; the log is written either way
    text = QCoreApplication.translate(
        "Crash", "Sorry, something went wrong in the app. Everything you had already saved "
                 "is safe.\n\nIf this keeps happening, you can send the report in this folder "
                 "to the people who make the app. It has no personal details in it:\n%1")
    QMessageBox.warning(None, QCoreApplication.translate("Crash", "Something went wrong"),
                        text.replace("%1", str(path.parent if path else "")))
