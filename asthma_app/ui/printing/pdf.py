"""Paged output of a QTextDocument to a PDF or a printer, with a running header (patient name
and date range) and footer (page X of Y) on every page; headings kept with what follows them.

Qt's PDF writer cannot tag a PDF (no PDF/UA structure) nor set its language: the language
(/Lang) is added afterwards by a small incremental update (see docs/printing.md).
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)

from ... import APP_DISPLAY_NAME, i18n
from ...domain.text import fill
from .fonts import print_font

HEADER_MM, FOOTER_MM, MARGIN_MM = 14, 12, 15


translate = QCoreApplication.translate  # called with its context: pyside6-lupdate finds it


def render_pages(document: QTextDocument, device, header: str) -> int:
    """Lay ``document`` out on ``device`` (QPdfWriter or QPrinter); returns the page count."""
    dpi = device.resolution()
    mm = dpi / 25.4
    page = device.pageLayout().paintRectPixels(dpi)
    body = QRectF(0, HEADER_MM * mm, page.width(), page.height() - (HEADER_MM + FOOTER_MM) * mm)
    document.documentLayout().setPaintDevice(device)
    document.setPageSize(QSizeF(body.width(), body.height()))
    keep_headings_with_next(document, body.height())
    pages = document.pageCount()
    painter = QPainter(device)
    try:
        small = print_font(8)
        for index in range(pages):
            if index:
                device.newPage()
            painter.setFont(small)
            painter.drawText(QRectF(0, 0, page.width(), HEADER_MM * mm * 0.7),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, header)
            footer = fill(translate("Printing", "Page %1 of %2"), index + 1, pages)
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


def keep_headings_with_next(document: QTextDocument, page_height: float) -> int:
    """Move each heading whose next block starts on a later page to that page. QTextDocument
    ignores CSS "page-break-after: avoid", and a heading alone at the foot of a page ("Call
    999 straight away if", its list overleaf) misleads.

    A heading gets a page break before it; inside a table cell, where Qt ignores page breaks,
    a top margin that reaches the next page. Each move can push later headings, so this
    repeats until nothing moves. Returns how many headings were moved."""
    moved = 0
    for _round in range(50):
        block = document.begin()
        while block.isValid():
            following = block.next()
            while following.isValid() and not following.text().strip():
                following = following.next()
            if block.blockFormat().headingLevel() and following.isValid() and _push_to_page_of(
                    document, block, following, page_height):
                moved += 1
                break  # the layout below has changed: measure again from the top
            block = block.next()
        else:
            break
    return moved


def _line_top(document: QTextDocument, block) -> float:
    """Where the block's first line is drawn: a line that did not fit on a page is moved to
    the next one, while the block's own rectangle still starts on the earlier page."""
    top = document.documentLayout().blockBoundingRect(block).top()
    layout = block.layout()
    return top + (layout.lineAt(0).y() if layout.lineCount() else 0)


def _push_to_page_of(document: QTextDocument, heading, following, page_height: float) -> bool:
    top = _line_top(document, heading)
    page = top // page_height
    if _line_top(document, following) // page_height <= page:
        return False
    fmt = heading.blockFormat()
    cursor = QTextCursor(heading)
    if cursor.currentTable() is None:
        if fmt.pageBreakPolicy() == QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore:
            return False  # already starts a page: what follows is just too tall to join it
        fmt.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    else:
        gap = (page + 1) * page_height - top
        if gap <= 0 or fmt.property(_PUSHED):
            return False
        fmt.setTopMargin(fmt.topMargin() + gap + 1)
        fmt.setProperty(_PUSHED, True)
    cursor.setBlockFormat(fmt)
    return True


_PUSHED = QTextBlockFormat.Property.UserProperty + 1  # marks a heading moved by its margin


def a4_writer(path: Path, title: str, author: str = "") -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setAuthor(author)
    writer.setCreator(APP_DISPLAY_NAME)
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    return writer


def document_language() -> str:
    """The BCP 47 tag of the language the documents are written in now (en-GB, ur-PK...)."""
    return i18n.language(i18n.current_language()).locale.replace("_", "-")


def add_language(path: Path, tag: str) -> bool:
    """Give the PDF's catalog a /Lang entry, so screen readers read it in the right voice.

    An incremental update (PDF 1.7, section 7.5.6): a new copy of the catalog, an xref
    section for it and a trailer pointing back to the old one are appended; nothing written
    by Qt changes. Returns False (file untouched) if the file is not laid out as Qt writes it.
    """
    data = path.read_bytes()
    tail = data[data.rfind(b"trailer"):]
    root = re.search(rb"/Root (\d+) (\d+) R", tail)
    start = re.search(rb"startxref\s+(\d+)", tail)
    if not (root and start and re.fullmatch(r"[A-Za-z0-9-]{1,35}", tag)):
        return False
    number, generation = root.groups()
    catalog = re.search(rb"\n" + number + rb" " + generation + rb" obj\s*<<(.*?)>>\s*endobj",
                        data, re.S)
    if not catalog or b"<<" in catalog.group(1) or b"/Lang" in catalog.group(1):
        return False
    if not data.endswith(b"\n"):
        data += b"\n"
    offset = len(data)
    body = b"%s %s obj\n<<%s/Lang (%s)\n>>\nendobj\n" % (number, generation,
                                                        catalog.group(1), tag.encode("ascii"))
    keep = b"".join(match.group(0) + b"\n" for match in (
        re.search(rb"/Size \d+", tail), re.search(rb"/Info \d+ \d+ R", tail),
        re.search(rb"/ID \[[^\]]*\]", tail)) if match)
    update = (body + b"xref\n%s 1\n%010d %05d n \n" % (number, offset, int(generation))
              + b"trailer\n<<\n" + keep + b"/Root %s %s R\n/Prev %s\n>>\nstartxref\n%d\n%%%%EOF\n"
              % (number, generation, start.group(1), offset + len(body)))
    path.write_bytes(data + update)
    return True


def save_pdf(document: QTextDocument, path: Path, title: str, header: str,
             author: str = "", attachment: bytes | None = None) -> int:
    """``attachment``: the plan file, embedded in the PDF (storage/exchange/plan_pdf.py)."""
    from ...services.file_write import write_atomically  # lazy: start-up

    def write(partial: Path) -> int:
        writer = a4_writer(partial, title, author)
        pages = render_pages(document, writer, header)
        del writer  # the file is finished when the writer goes away
        add_language(partial, document_language())
        if attachment is not None:
            from ...storage.exchange.plan_pdf import attach  # lazy: start-up

            attach(partial, attachment)
        return pages

    return write_atomically(Path(path), write)  # a PDF open in Acrobat: FileInUseError


def save_plan_pdf(session, path: Path, plan=None) -> int:
    """The printed plan (``plan``, default the current one), carrying its own data: the plan
    file embedded as an attachment, so the PDF can be opened in the app at home."""
    from ...services.plan_import import plan_file_text  # lazy: start-up
    from .documents import plan_document  # lazy: start-up

    plan = plan or session.plans.current()
    document, header = plan_document(session.profile, plan, session.reviews.child_details())
    return save_pdf(document, path, translate("Printing", "Asthma action plan"), header,
                    session.profile.name, plan_file_text(session, plan).encode("utf-8"))


def save_review_pdf(summary, path: Path) -> int:
    from .review_document import review_document  # lazy: start-up

    document, header = review_document(summary)
    return save_pdf(document, path, translate("Printing", "Asthma review summary"), header,
                    summary.patient)


def save_school_copy_pdf(session, path) -> int:
    from .school_copy import school_copy_document  # lazy: start-up

    document, header = school_copy_document(
        session.profile, session.plans.current(), session.reviews.child_details()
    )
    return save_pdf(
        document, path, translate("SchoolCopy", "Asthma plan: copy for school or nursery"), header
    )
