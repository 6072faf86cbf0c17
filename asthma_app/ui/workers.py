"""Background threads that outlive the page that started them.

Deleting a running QThread aborts the whole process, and a page can be deleted at any time
(language change, lock, demo reset). So threads are made without a Qt parent and kept here
until they finish; their results go to bound methods, which Qt disconnects when the
receiving page is deleted.
"""

from __future__ import annotations

from PySide6.QtCore import QThread

_running: set[QThread] = set()


def keep_alive(thread: QThread) -> QThread:
    _running.add(thread)
    thread.finished.connect(lambda: _running.discard(thread))
    return thread


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
