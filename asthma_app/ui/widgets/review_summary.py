"""The review summary on screen for a chosen period, with Save PDF, Print and Export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..file_filters import file_filter
from ..kiosk_mode import guarded, open_print_dialog, print_dialog
from ..printing.review_chart import render_review_chart
from ..printing.review_document import CHART_URL, header_text, review_html
from .common import DATE_FORMAT, left_to_right, to_date, to_qdate


class ReviewSummaryView(QWidget):
    """Signals: ``export_requested`` when the patient asks for the File menu's exports."""

    export_requested = Signal()

    def __init__(self, mode, parent=None):
        super().__init__(parent)
        self.mode = mode  # ui/mode.py: whether files and printing are offered here
        self.session = self.summary = None
        self.start, self.end = left_to_right(QDateEdit()), left_to_right(QDateEdit())
        for edit, name in ((self.start, self.tr("From")), (self.end, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(DATE_FORMAT)
            edit.setAccessibleName(name)
        self.update_button = QPushButton(self.tr("Show"))
        self.update_button.clicked.connect(self.show_summary)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Review summary"))
        self.save_pdf = QPushButton(self.tr("Save PDF..."))
        self.save_pdf.clicked.connect(lambda: self.save_pdf_to())
        self.print_button = QPushButton(self.tr("Print..."))
        self.print_button.clicked.connect(self.print_summary)
        self.export_button = QPushButton(self.tr("Export..."))
        self.export_button.clicked.connect(self.export_requested)
        period = QHBoxLayout()
        for text, edit in ((self.tr("From"), self.start), (self.tr("To"), self.end)):
            caption = QLabel(text)
            caption.setBuddy(edit)
            period.addWidget(caption)
            period.addWidget(edit)
        period.addWidget(self.update_button)
        period.addStretch(1)
        actions = QHBoxLayout()
        for button in (self.save_pdf, self.print_button, self.export_button):
            actions.addWidget(button)
        self.save_pdf.setVisible(mode.offers_files)
        self.export_button.setVisible(mode.offers_files)
        self.print_button.setVisible(mode.printing)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(period)
        layout.addWidget(self.browser, 1)
        layout.addLayout(actions)

    def set_session(self, session) -> None:
        self.session = session
        start, end = session.reviews.default_period()
        self.start.setDate(to_qdate(start))
        self.end.setDate(to_qdate(end))
        self.show_summary()

    def show_summary(self) -> None:
        if self.session is None:
            return
        start, end = to_date(self.start.date()), to_date(self.end.date())
        if end < start:
            start, end = end, start
        self.summary = self.session.reviews.summary(start, end)
        document = self.browser.document()
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL),
                             render_review_chart(self.summary, 1300, 500))
        self.browser.setHtml(review_html(self.summary))

    def save_pdf_to(self, path: str | None = None) -> Path | None:
        from ..printing.pdf import save_review_pdf  # lazy: start-up

        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save PDF"),
                                                  "asthma-review.pdf", file_filter("pdf"))
            if not path:
                return None
        try:
            save_review_pdf(self.summary, Path(path))
        except OSError as error:  # open in another program (Windows), read-only, full
            from PySide6.QtWidgets import QMessageBox  # lazy: start-up

            self.save_error = QMessageBox(QMessageBox.Icon.Warning, self.tr("Not saved"),
                                          str(error), QMessageBox.StandardButton.Ok, self)
            self.save_error.open()  # not exec(): never block the event loop
            return None
        return Path(path)

    def print_summary(self) -> None:
        from PySide6.QtPrintSupport import QPrinter  # lazy: start-up

        from ..printing.pdf import render_pages  # lazy: start-up
        from ..printing.review_document import review_document  # lazy: start-up

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.print_dialog = print_dialog(printer, self, self.mode)

        def accepted() -> None:
            document, _header = review_document(self.summary)
            render_pages(document, printer, header_text(self.summary))

        self.print_dialog.accepted.connect(guarded(printer, self, accepted, self.mode))
        open_print_dialog(self.print_dialog)
