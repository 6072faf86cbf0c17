"""Kiosk look and the print policy every screen shares.

Screens ask the ``Mode`` they were given (``ui/mode.py``) whether to offer files or printing.
Printing goes through ``print_dialog`` and ``guarded`` with that mode: where it does not allow
printing to a file (a kiosk), the system dialog's "print to file" is switched off where Qt
can, and the printers that only write files (Microsoft Print to PDF, XPS Document Writer,
OneNote, the macOS "Save as PDF" menu, CUPS-PDF) are refused after the native dialog, which
the app cannot trim on Windows and macOS.
"""

from __future__ import annotations

KIOSK_STYLE = """
QPushButton, QToolButton, QComboBox, QLineEdit, QSpinBox, QDateEdit, QDateTimeEdit
    { min-height: 44px; min-width: 44px; }
QCheckBox, QRadioButton { min-height: 44px; }
QCheckBox::indicator, QRadioButton::indicator { width: 28px; height: 28px; }
QListWidget#nav::item { min-height: 52px; }
QFrame#kioskBar { background: #0d47a1; }
QFrame#kioskBar QLabel { color: white; font-weight: bold; }
"""


def print_dialog(printer, parent, mode):
    """The system print dialog; on a kiosk without "print to file", which opens a file
    browser on the shared machine."""
    from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog  # lazy: start-up

    dialog = QPrintDialog(printer, parent)
    if not mode.print_to_file:
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
    return dialog


def fill_screen(window) -> None:
    """The whole screen, set by us: without a window manager (as many kiosks run) nobody
    honours a full-screen request, and the window would open at its own size in a corner."""
    from PySide6.QtGui import QGuiApplication  # lazy: start-up

    screen = window.screen() or QGuiApplication.primaryScreen()
    window.setGeometry(screen.geometry())
    window.setFixedSize(screen.geometry().size())


def open_print_dialog(dialog) -> None:
    """Show a print dialog without a nested event loop. PySide6 6.11 binds only
    ``QPrintDialog.open(receiver, member)``, so ``dialog.open()`` raises TypeError; the
    base class's ``open()`` is the one meant."""
    from PySide6.QtWidgets import QDialog  # lazy: start-up

    QDialog.open(dialog)


FILE_PRINTERS = ("pdf", "xps", "onenote", "document writer", "fax", "send to", "save as")


def file_printer_reason(printer_name: str, output_file: str, writes_pdf: bool = False) -> str:
    """Why this print target is not for a kiosk ("" when it is a paper printer). Qt's own
    PDF output (``writes_pdf``) is what a computer with no printer at all gets."""
    from PySide6.QtCore import QCoreApplication  # lazy: start-up

    name = printer_name.casefold()
    if output_file or writes_pdf or any(word in name for word in FILE_PRINTERS):
        return QCoreApplication.translate(
            "Kiosk", "This computer is shared, so printing to a file is switched off. Please "
                     "choose a paper printer, or ask a member of staff.")
    return ""


def guarded(printer, parent, job, mode):
    """``job`` to run when the print dialog is accepted; on a kiosk (``mode`` without
    ``print_to_file``) it first checks that the visitor did not pick a printer that writes a
    file on the shared machine."""

    def run() -> None:
        from PySide6.QtPrintSupport import QPrinter  # lazy: start-up

        pdf = printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
        reason = file_printer_reason(printer.printerName(), printer.outputFileName(), pdf) \
            if not mode.print_to_file else ""
        if not reason:
            job()
            return
        from PySide6.QtCore import QCoreApplication  # lazy: start-up
        from PySide6.QtWidgets import QMessageBox  # lazy: start-up

        title = QCoreApplication.translate("Kiosk", "Print")
        parent.print_refused = QMessageBox(QMessageBox.Icon.Information, title, reason,
                                           QMessageBox.StandardButton.Ok, parent)
        parent.print_refused.open()

    return run

