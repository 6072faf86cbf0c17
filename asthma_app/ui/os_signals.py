"""Ctrl+C and SIGTERM end the program through the running mode's own ending.

Each shell has ``end()``, which leaves nothing behind: the kiosk wipes the visitor, the demo
deletes its folder, home drops what was typed but not saved (nothing half-saved: every save
is one transaction) and closes its windows. Then the program exits with
``QCoreApplication.exit`` rather than ``quit``: Qt's quit first asks every window to close,
and the kiosk window refuses, as a home window with typed input asks first.

The handler only queues the ending on the event loop (Python runs signal handlers between
bytecodes, and Qt must not be re-entered from one). Windows has no SIGTERM: there the kiosk
listens for the end of the user's session instead (``commitDataRequest``).
"""

from __future__ import annotations

import signal
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer

WAKE_MS = 300  # how often Python gets control to run a pending handler while Qt waits


class EndOnSignals(QObject):
    """Installed by ``app.py`` before a shell exists, so a signal while the first window is
    built still ends cleanly; ``end`` is set once the shell exists (until then: just exit).
    Keep the object for as long as the event loop runs."""

    def __init__(self, end: Callable[[], None] | None = None, parent=None):
        super().__init__(parent)
        self.end = end
        self.ended = False
        for number in (signal.SIGINT, getattr(signal, "SIGTERM", None)):
            if number is not None:
                signal.signal(number, self._on_signal)
        self._wake = QTimer(self)  # Qt's wait is in C: wake Python now and then
        self._wake.timeout.connect(lambda: None)
        self._wake.start(WAKE_MS)

    def _on_signal(self, *_args) -> None:
        QTimer.singleShot(0, self, self.finish)

    def finish(self) -> None:
        """The mode's ending, then the program's; once, however many signals arrive."""
        if self.ended:
            return
        self.ended = True
        try:
            if self.end is not None:
                self.end()
        finally:
            QCoreApplication.exit(0)
