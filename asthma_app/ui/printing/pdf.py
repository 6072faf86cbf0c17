"""Paged output of a QTextDocument to a PDF or a printer, with a running header (patient name
and date range) and footer (page X of Y) on every page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

HEADER_MM, FOOTER_MM, MARGIN_MM = 14, 12, 15


def _tr(text: str) -> str:
    return QCoreApplication.translate("Printing", text)


def render_pages(document: QTextDocument, device, header: str) -> int:
    """Lay ``document`` out on ``device`` (QPdfWriter or QPrinter); returns the page count."""
    dpi = device.resolution()
    mm = dpi / 25.4
    page = device.pageLayout().paintRectPixels(dpi)
    body = QRectF(0, HEADER_MM * mm, page.width(), page.height() - (HEADER_MM + FOOTER_MM) * mm)
    document.documentLayout().setPaintDevice(device)
    document.setPageSize(QSizeF(body.width(), body.height()))
    pages = document.pageCount()
    painter = QPainter(device)
    try:
        small = QFont("DejaVu Sans", 8)
        for index in range(pages):
            if index:
                device.newPage()
            painter.setFont(small)
            painter.drawText(QRectF(0, 0, page.width(), HEADER_MM * mm * 0.7),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, header)
            footer = _tr("Page %1 of %2").replace("%1", str(index + 1)).replace("%2", str(pages))
            painter.drawText(QRectF(0, page.height() - FOOTER_MM * mm * 0.7, page.width(),
                                    FOOTER_MM * mm * 0.7),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, footer)
            painter.save()
            painter.translate(0, body.top() - index * body.height())
            document.drawContents(painter, QRectF(0, index * body.height(), body.width(),
                                                  body.height()))
            painter.restore()
    finally:
        painter.end()
    return pages


def a4_writer(path: Path, title: str) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("asthma-app")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    return writer


def save_pdf(document: QTextDocument, path: Path, title: str, header: str) -> int:
    from ...services.file_write import write_atomically

    def write(partial: Path) -> int:
        writer = a4_writer(partial, title)
        pages = render_pages(document, writer, header)
        del writer  # the file is finished when the writer goes away
        return pages

    return write_atomically(Path(path), write)  # a PDF open in Acrobat: FileInUseError


def save_plan_pdf(session, path: Path) -> int:
    from .documents import plan_document

    document, header = plan_document(session.profile, session.plans.current())
    return save_pdf(document, path, _tr("Asthma action plan"), header)


def save_review_pdf(summary, path: Path) -> int:
    from .review_document import review_document

    document, header = review_document(summary)
    return save_pdf(document, path, _tr("Asthma review summary"), header)
