"""Watches for user input app-wide and reports when the user has been away too long.

The clock is injected and the 1-second ``timer`` only calls :meth:`check`, so tests move a
FakeClock and call ``check()`` themselves; the rules are in ``services.idle``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from ..services.idle import IdleState, idle_state

INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
                QEvent.Type.TabletPress}


class IdleWatcher(QObject):
    """Signals: ``warning(int)`` seconds left, each check while warning; ``expired`` once."""

    warning = Signal(int)
    expired = Signal()

    def __init__(self, clock, timeout_s: float, warning_s: float = 0, parent=None):
        super().__init__(parent)
        self.clock, self.timeout_s, self.warning_s = clock, timeout_s, warning_s
        self.last_input = clock()
        self.warning_shown = False
        self._fired = False
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        # Only while watching: an app-wide filter puts every event of the app through Python.
        QApplication.instance().installEventFilter(self)
        self.extend()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        QApplication.instance().removeEventFilter(self)

    def extend(self) -> None:
        """Count from now again (input, "I'm still here", a new session)."""
        self.last_input = self.clock()
        self.warning_shown = False
        self._fired = False

    def eventFilter(self, _watched, event) -> bool:  # noqa: N802 - Qt override
        # While the warning shows, only its button extends: a stray touch must not hide it.
        if event.type() in INPUT_EVENTS and not self.warning_shown and not self._fired:
            self.last_input = self.clock()
        return False

    def check(self) -> IdleState:
        state, left = idle_state(self.clock(), self.last_input, self.timeout_s, self.warning_s)
        if state is IdleState.WARNING:
            self.warning_shown = True
            self.warning.emit(left)
        elif state is IdleState.EXPIRED and not self._fired:
            self._fired = True
            self.expired.emit()
        return state
