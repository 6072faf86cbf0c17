"""The screen a kiosk shows when it cannot start: what is missing and where it goes.

A kiosk usually has no terminal anyone reads, so a message only on standard error left the
attendant with a blank screen. This fills the screen with the reason, the folder where the
settings file belongs and how to make its PIN line; Close ends the program (there is no
visitor session to protect yet).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ..domain.text import fill
from . import theme
from .kiosk_mode import KIOSK_STYLE, fill_screen
from .widgets.common import label


class KioskProblemScreen(QWidget):
    """Signals: ``closed`` when the attendant presses Close."""

    closed = Signal()

    def __init__(self, problem: str, settings_path: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kiosk mode cannot start"))
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        self.setStyleSheet(KIOSK_STYLE)
        # the app's style (nothing else has set it yet), large enough to read from a step away
        app = QApplication.instance()
        assert isinstance(app, QApplication)  # a widget exists only in a QApplication
        app.setStyleSheet(theme.stylesheet(150, theme.system_point_size()))
        self.heading = label(self.tr("This kiosk is not set up yet"), "pageTitle")
        self.problem = label(problem, "error", selectable=True)
        self.help = label(fill(self.tr(
            "An attendant puts the kiosk settings file (kiosk.ini) at %1, with an attendant "
            "PIN line made by the command: asthma-app kiosk-pin-hash. The kiosk guide "
            "(docs/kiosk.md) explains every setting. Then start kiosk mode again."),
            settings_path), selectable=True)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.closed)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        column = QVBoxLayout()
        column.addStretch(1)
        for widget in (self.heading, self.problem, self.help):
            column.addWidget(widget)
        column.addLayout(buttons)
        column.addStretch(2)
        layout = QHBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(column, 3)
        layout.addStretch(1)
        self.close_button.setFocus()

    def show_full_screen(self) -> None:
        fill_screen(self)
        self.showFullScreen()

    def text(self) -> str:
        """Everything the screen says (tests)."""
        return "\n".join(w.text() for w in (self.heading, self.problem, self.help))
