"""The one way to run work off the GUI thread: ``run_job``.

::

    def job(connect, report_progress):        # runs in a worker thread
        with connect() as db:                  # a connection of its own, closed at the end
            ...
            report_progress(done, total)
            return result

    run_job(page, job, database=session.db,
            on_result=page._on_job_result, on_error=page._on_job_error,
            on_progress=page._on_job_progress)

- **Its own connection.** A SQLite connection is never shared between threads (SQLite's
  ``check_same_thread`` stays on): ``connect()`` opens one to the same file
  (``storage.database.another_connection``), whose path is asked here, on the GUI thread.
- **One place for news.** Progress, the result and an error are sent as signals to one
  dispatcher on the GUI thread, which calls the callbacks there (never in the worker).
  An error arrives as the exception; ``failure_message`` turns it into calm words.
- **It cannot outlive its owner unsafely.** If the owner (a page, a window) is deleted
  while the job runs, the job still finishes (a backup is never cut off half-way) and its
  news is dropped. The thread is a plain Python thread, not a QThread: a QThread deleted
  while running aborts the whole process, a Python thread has no Qt object to delete, and
  Python waits for it at exit, so a backup under way ends properly.

The start-up integrity check (``storage/integrity.py``) is the one thread not made here: it
starts before Qt is even imported, to overlap that import.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

Progress = Callable[[int, int], None]
Connect = Callable[[], AbstractContextManager]
JobFunction = Callable[[Connect, Progress], Any]

PROGRESS, RESULT, ERROR = "progress", "result", "error"


class Job:
    """A job started by ``run_job``. ``wait()`` blocks until its thread has ended (tests and
    exit); ``finished`` is true once the result or error has been handed over."""

    def __init__(self, owner, on_result, on_error, on_progress, name: str,
                 function: JobFunction, connect: Connect):
        self.owner = owner
        self.on_result, self.on_error, self.on_progress = on_result, on_error, on_progress
        self.finished = False
        self.thread = threading.Thread(target=self._run, args=(function, connect),
                                       name=f"job-{name}")

    def _run(self, function: JobFunction, connect: Connect) -> None:
        def progress(done: int, total: int) -> None:
            _dispatcher().arrived.emit(self, PROGRESS, (done, total))

        try:
            result = function(connect, progress)
        except Exception as error:  # noqa: BLE001 - every failure goes to on_error
            _dispatcher().arrived.emit(self, ERROR, error)
        else:
            _dispatcher().arrived.emit(self, RESULT, result)

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the thread to end; True if it has."""
        self.thread.join(timeout)
        return not self.thread.is_alive()

    def owner_alive(self) -> bool:
        if self.owner is None:
            return True
        from shiboken6 import isValid  # lazy: start-up

        return isValid(self.owner)


class _Dispatcher(QObject):
    """Lives on the GUI thread for the whole run; every job's news arrives here, queued.

    Signals: ``arrived(job, kind, payload)``."""

    arrived = Signal(object, str, object)

    def __init__(self):
        super().__init__()
        # queued even if a job were started and answered on this thread: callbacks never
        # run inside run_job, nor inside a worker
        self.arrived.connect(self._on_arrived, Qt.ConnectionType.QueuedConnection)

    def _on_arrived(self, job: Job, kind: str, payload) -> None:
        if kind != PROGRESS:
            job.finished = True
            _running.discard(job)
        if not job.owner_alive():
            return  # the page was deleted meanwhile: nobody is left to tell
        if kind == PROGRESS:
            if job.on_progress is not None:
                job.on_progress(*payload)
        elif kind == RESULT:
            if job.on_result is not None:
                job.on_result(payload)
        elif job.on_error is not None:
            job.on_error(payload)
        else:  # nobody asked to hear about failures: a bug must not vanish silently
            sys.excepthook(type(payload), payload, payload.__traceback__)


_the_dispatcher: _Dispatcher | None = None
_running: set[Job] = set()  # started and not yet answered (keeps each Job alive)


def _dispatcher() -> _Dispatcher:
    global _the_dispatcher
    if _the_dispatcher is None:  # made by run_job, on the GUI thread, before any worker
        _the_dispatcher = _Dispatcher()
    return _the_dispatcher


def run_job(owner: QObject | None, job: JobFunction, *, database=None,
            on_result: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None,
            on_progress: Progress | None = None, name: str = "work") -> Job:
    """Run ``job(connect, report_progress)`` in a worker thread; call back on this thread.

    ``owner``: the page or window the callbacks belong to (None: the app itself). Once it is
    deleted, nothing more is delivered. ``database``: the open diary (or its path) that
    ``connect()`` opens again for the job. Call from the GUI thread."""
    connect = _connector(database)
    _dispatcher()
    started = Job(owner, on_result, on_error, on_progress, name, job, connect)
    _running.add(started)
    started.thread.start()
    return started


def _connector(database) -> Connect:
    # lazy: none (move it to the top)
    from ..storage.database import another_connection, database_file

    if database is None:
        def connect() -> AbstractContextManager:
            raise RuntimeError("this job was given no database to connect to")

        return connect
    path = Path(database) if isinstance(database, str | Path) else database_file(database)
    return lambda: another_connection(path)


def running() -> list[Job]:
    """Jobs started and not yet answered."""
    return list(_running)


def wait_for_all(timeout: float = 30.0) -> bool:
    """Wait for every running job's thread to end (tests, and before the data folder goes
    away). True if they all have."""
    return all(job.wait(timeout) for job in list(_running))


def failure_message(error: BaseException) -> str:
    """What to tell the user when a background job fails (never a traceback)."""
    from PySide6.QtCore import QCoreApplication  # lazy: start-up

    from ..storage.database import StorageError  # lazy: none (move it to the top)
    from ..storage.exchange import ImportRefused  # lazy: start-up

    if isinstance(error, ImportRefused):  # the detail says what and where; the lead is ours
        return QCoreApplication.translate(
            "Workers", "This file was not imported. Nothing was changed.\n\n%1").replace(
            "%1", str(error))
    if isinstance(error, OSError):
        from ..storage.database import friendly_message  # lazy: none (move it to the top)

        return friendly_message(error)
    if isinstance(error, (StorageError, ValueError)):
        return str(error)
    return QCoreApplication.translate(
        "Workers", "Something went wrong, so this was not finished. Nothing was changed. "
                   "Please try again.")
