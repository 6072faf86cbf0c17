"""Kiosk dialogs: the idle warning with its countdown, the attendant's PIN, and making the
PIN's hash where there is no console (the windowed Windows program)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout

from .. import paths
from ..domain.text import fill
from ..services.guess_delay import FileStore, attempt
from ..services.passwords import hash_secret, verify_secret
from ..services.session import system_clock
from .widgets.common import label
from .widgets.number_pad import NumberPad

KIOSK_TRIES_FILE = "kiosk-pin-tries.json"  # beside kiosk.ini in the data folder


class TimeoutWarning(QDialog):
    """Signals: ``still_here`` when the visitor asks for more time (WCAG 2.2.1)."""

    still_here = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Are you still there?"))
        self.setModal(True)
        self.setMinimumWidth(600)
        self.message = label("", "sectionTitle")
        self.message.setAccessibleName(self.tr("Time-out warning"))
        self.button = QPushButton(self.tr("I'm still here"))
        self.button.setObjectName("primary")
        self.button.setStyleSheet("min-width: 300px; min-height: 64px;")
        self.button.clicked.connect(self.still_here)
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Are you still there?"), "pageTitle"))
        layout.addWidget(self.message)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignCenter)
        self.button.setFocus()

    def set_seconds(self, seconds: int) -> None:
        self.message.setText(fill(self.tr(
            "To keep your information private, this screen will be cleared in %1 seconds. "
            "Press the button if you need more time."), seconds))
        self.adjustSize()

    def reject(self) -> None:
        """Escape counts as "I'm still here": closing the warning must never lose time."""
        self.still_here.emit()


class AttendantDialog(QDialog):
    """Accepted only with the right PIN; otherwise says so and stays. Wrong PINs in a row make
    the next try wait (``guess_delay``), counted in a private file beside the kiosk settings
    so that restarting the kiosk does not reset it."""

    def __init__(self, pin_hash: str, parent=None, clock=None, tries: Path | None = None):
        super().__init__(parent)
        self._pin_hash = pin_hash
        self._clock = clock or system_clock
        self._tries = FileStore(tries or paths.data_dir() / KIOSK_TRIES_FILE)
        self.setWindowTitle(self.tr("Staff: leave kiosk mode"))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(self.tr("Staff PIN"))
        self.pin.returnPressed.connect(self._on_ok_clicked)
        self.error = label("", "error")
        self.pad = NumberPad([self.pin])
        ok = QPushButton(self.tr("Leave kiosk mode"))
        ok.clicked.connect(self._on_ok_clicked)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(cancel)
        buttons.addWidget(ok)
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Staff PIN")))
        layout.addWidget(self.pin)
        layout.addWidget(self.error)
        layout.addWidget(self.pad)
        layout.addLayout(buttons)
        self.ok_button = ok

    def _on_ok_clicked(self) -> None:
        pin = self.pin.text()
        result = attempt(self._tries, "attendant_pin", self._clock(),
                         lambda: verify_secret(pin, self._pin_hash))
        self.pin.clear()
        if result.ok:
            self.accept()
            return
        self.error.setText(result.message() or self.tr("That PIN is not right."))


class PinHashDialog(QDialog):
    """``asthma-app kiosk-pin-hash`` without a console: the PIN twice, then the settings line
    (selectable, and copied to the clipboard) to paste into kiosk.ini."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Attendant PIN for the kiosk"))
        self.pin, self.again = QLineEdit(), QLineEdit()
        for field, name in ((self.pin, self.tr("Attendant PIN (4 to 12 digits)")),
                            (self.again, self.tr("The same PIN again"))):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setAccessibleName(name)
        self.error = label("", "error")
        self.settings_line = label("", selectable=True)
        self.note = label("", "hint")
        self.settings_line.setAccessibleName(self.tr("Line for the kiosk settings file"))
        self.make_button = QPushButton(self.tr("Make the settings line"))
        self.make_button.clicked.connect(self._on_make_clicked)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        for text, field in ((self.tr("Attendant PIN (4 to 12 digits)"), self.pin),
                            (self.tr("The same PIN again"), self.again)):
            layout.addWidget(label(text))
            layout.addWidget(field)
        layout.addWidget(self.error)
        layout.addWidget(self.make_button)
        layout.addWidget(self.settings_line)
        layout.addWidget(self.note)
        layout.addWidget(close)

    def _on_make_clicked(self) -> None:
        pin = self.pin.text()
        self.settings_line.clear()
        self.note.clear()
        if pin != self.again.text():
            self.error.setText(self.tr("The two PINs are different. Nothing was made."))
        elif not (pin.isascii() and pin.isdigit() and 4 <= len(pin) <= 12):
            self.error.setText(self.tr("The PIN must be 4 to 12 digits."))
        else:
            self.error.clear()
            line = f"attendant_pin_hash = {hash_secret(pin)}"
            self.settings_line.setText(line)
            QGuiApplication.clipboard().setText(line)
            self.note.setText(self.tr("Copied. Paste this line into the kiosk settings file."))
