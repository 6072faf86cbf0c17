"""A "Read aloud" control: Read aloud / Stop reading, and why it is missing where it is.

No Pause: with Debian 12's speech-dispatcher (0.11.4) the server pauses but never tells Qt, so
the engine stays "Speaking", and nothing more is spoken, by any program, until speech-dispatcher
restarts (docs/read-aloud.md). Stop works, and reading again starts from the top.

Used on the Learn topic, the Today zone card and the attack steps; Ctrl+R presses it
(``toggle``). It is built on the start-up path (the zone card) but imports the speech module
only after the first paint: the control stays empty until then, a button's height kept for it
so that nothing moves. Where nothing can speak its buttons are hidden and the first place
shown says why, once (``Speaker.take_reason``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, QTimer
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from ...domain.text import fill
from .common import label

if TYPE_CHECKING:
    from ..speech import Speaker

SPEECH_MODULE = "asthma_app.ui.speech"
CONNECT_AFTER_MS = 400  # after the first paint and the pages' idle-time warm-up start (300 ms)
SHORTCUT = "Ctrl+R"  # R for "read"; no other use in the app or in Qt's text widgets


class ReadAloud(QWidget):
    def __init__(self, source: Callable[[], str], name: str, parent=None):
        super().__init__(parent)
        self.source = source
        self.speaker: Speaker | None = None
        self.button = QPushButton(self.tr("Read aloud"))
        self.button.setAccessibleName(name)
        self.button.setToolTip(fill(self.tr("%1 (Ctrl+R)"), name))
        self.button.clicked.connect(self.toggle)
        self.reason = label("", "hint")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # Added to its row with stretch 1 (it ends the row): the reason takes the spare width
        # rather than wrapping in a narrow column; otherwise the spacer does.
        layout.addWidget(self.button)
        layout.addWidget(self.reason, 1)
        layout.addStretch()
        self.button.hide()
        self.reason.hide()

    # The row keeps a button's height from the first paint on, before anyone knows whether the
    # button will show (the speech module is looked at 400 ms later): its appearing then
    # pushed everything below it down, under the pointer. Where nothing can speak it stays.
    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self._with_room_for_the_button(super().sizeHint())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self._with_room_for_the_button(super().minimumSizeHint())

    def _with_room_for_the_button(self, hint: QSize) -> QSize:
        return hint.expandedTo(QSize(0, self.button.sizeHint().height()))

    def _keep_room(self) -> None:
        # once the reason (a wrapped label) shows, the layout asks its height for the width,
        # not the hints above: a minimum holds the row whatever is in it (a text size made
        # smaller later leaves the row a little taller: never cut)
        self.setMinimumHeight(self.button.sizeHint().height())

    def showEvent(self, event):  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.speaker is None:
            if SPEECH_MODULE in sys.modules:
                self._connect()
            else:  # the first screen: after it is drawn
                QTimer.singleShot(CONNECT_AFTER_MS, self, self._connect)

    def hideEvent(self, event):  # noqa: N802 - Qt override
        super().hideEvent(event)
        if self.speaker is not None:
            self.speaker.stop(owner=self)  # leaving the page or dialog ends its reading

    def _connect(self) -> Speaker:
        if self.speaker is None:
            from .. import speech  # lazy: start-up

            self.speaker = speech.speaker()
            self.speaker.changed.connect(self._update)
            self._update()
        return self.speaker

    def _update(self) -> None:
        speaker = self._connect()
        mine = speaker.owner is self and speaker.busy
        self.button.setVisible(speaker.available)
        self.button.setText(self.tr("Stop reading") if mine else self.tr("Read aloud"))
        if not speaker.available and not self.reason.text() and self.isVisible():
            self.reason.setText(speaker.take_reason())
        self.reason.setVisible(not speaker.available and bool(self.reason.text()))
        self._keep_room()

    def toggle(self) -> None:
        """Read the text aloud, or stop if this control is reading."""
        speaker = self._connect()
        if speaker.owner is self and speaker.busy:
            speaker.stop()
            return
        if speaker.engine is None and speaker.available:  # the first time: a second or three
            from PySide6.QtCore import Qt  # lazy: start-up
            from PySide6.QtGui import QGuiApplication  # lazy: start-up

            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                speaker.ensure_engine()
            finally:
                QGuiApplication.restoreOverrideCursor()
        speaker.say(self.source(), owner=self)
        self._update()
