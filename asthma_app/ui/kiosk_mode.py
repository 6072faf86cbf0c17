"""Whether the app runs as a clinic kiosk, for screens that behave differently there.

Screens ask ``is_kiosk()`` before offering file dialogs or anything that opens another
program, and ``printing_allowed()`` before printing.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

KIOSK_STYLE = """
QPushButton, QToolButton, QComboBox, QLineEdit, QSpinBox, QDateEdit, QDateTimeEdit
    { min-height: 44px; min-width: 44px; }
QCheckBox, QRadioButton { min-height: 44px; }
QCheckBox::indicator, QRadioButton::indicator { width: 28px; height: 28px; }
QListWidget#nav::item { min-height: 52px; }
QFrame#kioskBar { background: #0d47a1; }
QFrame#kioskBar QLabel { color: white; font-weight: bold; }
"""


def is_kiosk() -> bool:
    app = QApplication.instance()
    return bool(app and app.property("kiosk_mode"))


def offers_files() -> bool:
    """File dialogs, exports and backups: never on a kiosk, where visitors share the machine."""
    return not is_kiosk()


def printing_allowed() -> bool:
    app = QApplication.instance()
    return not is_kiosk() or bool(app.property("kiosk_allow_print"))


def print_dialog(printer, parent):
    """The system print dialog; on a kiosk without "print to file", which opens a file
    browser on the shared machine."""
    from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog

    dialog = QPrintDialog(printer, parent)
    if is_kiosk():
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
    return dialog


def fill_screen(window) -> None:
    """The whole screen, set by us: without a window manager (as many kiosks run) nobody
    honours a full-screen request, and the window would open at its own size in a corner."""
    from PySide6.QtGui import QGuiApplication

    screen = window.screen() or QGuiApplication.primaryScreen()
    window.setGeometry(screen.geometry())
    window.setFixedSize(screen.geometry().size())


def set_kiosk(on: bool, allow_print: bool = False) -> None:
    app = QApplication.instance()
    app.setProperty("kiosk_mode", on)
    app.setProperty("kiosk_allow_print", allow_print)
