"""One education topic: title, notices, Markdown body with pictures, size, print, read aloud.

Images in a topic are written relative to its file (``../images/x.svg``), so the browser's
base URL and search path are the topic's folder. Text size follows the app's setting and can
be made bigger or smaller here too. Read aloud: ``widgets/read_aloud.py`` (hidden, with the
reason said once, where nothing can speak).
"""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from ...domain.text import fill
from ...services.education import Topic
from ..kiosk_mode import guarded, open_print_dialog, print_dialog
from .common import format_date, label
from .read_aloud import ReadAloud

ZOOM_STEPS = (80, 90, 100, 115, 130, 150, 175, 200)


class TopicView(QWidget):
    """Signals: ``open_topic(str)`` when a link to another topic (``topic-id.md``) is clicked."""

    open_topic = Signal(str)

    def __init__(self, mode, parent=None):
        super().__init__(parent)
        self.mode = mode  # ui/mode.py: whether printing is offered here
        self.topic: Topic | None = None
        self.zoom = 100
        self.fallback = label("", "warning")
        self.unreviewed = label("", "hint")
        self.browser = QTextBrowser()
        self.browser.setObjectName("topicText")
        self.browser.setAccessibleName(self.tr("Topic text"))
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._on_browser_anchor_clicked)
        self.meta = label("", "source")
        self.smaller = self._button(self.tr("A\u2212"), self.tr("Smaller text"))
        self.bigger = self._button(self.tr("A+"), self.tr("Bigger text"))
        self.print_button = self._button(self.tr("Print"), self.tr("Print this topic"))
        self.read_aloud = ReadAloud(self.browser.toPlainText, self.tr("Read this topic aloud"))
        self.smaller.clicked.connect(lambda: self.set_zoom(self._step(-1)))
        self.bigger.clicked.connect(lambda: self.set_zoom(self._step(+1)))
        self.print_button.clicked.connect(self.print_with_dialog)
        self.print_button.setVisible(mode.printing)
        tools = QHBoxLayout()
        for button in (self.smaller, self.bigger, self.print_button):
            tools.addWidget(button)
        tools.addWidget(self.read_aloud, 1)  # ends the row (see read_aloud.py)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(self.fallback)
        layout.addWidget(self.unreviewed)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.meta)
        self.fallback.hide()
        self.unreviewed.hide()

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setToolTip(name)
        return button

    def show_topic(self, topic: Topic) -> None:
        self.topic = topic
        folder = topic.path.parent if topic.path else None
        if folder is not None:
            self.browser.setSearchPaths([str(folder)])
            self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(folder) + "/"))
        self.browser.setMarkdown(topic.body_markdown)
        self.fallback.setVisible(topic.is_fallback)
        self.fallback.setText(self.tr("This topic is not in your language yet, so it is shown "
                                      "in English."))
        draft = bool(topic.translation) and not topic.translation.startswith("reviewed")
        self.unreviewed.setVisible(draft and not topic.is_fallback)
        self.unreviewed.setText(self.tr("This translation has not yet been checked by a fluent "
                                        "speaker."))
        self.meta.setText(self.meta_text(topic))
        self._apply_zoom()

    def meta_text(self, topic: Topic) -> str:
        return "\n".join((fill(self.tr("Last reviewed: %1"), format_date(topic.reviewed)),
                          fill(self.tr("Sources: %1"), "; ".join(topic.sources))))

    # --- text size ------------------------------------------------------------------------------

    def _step(self, direction: int) -> int:
        index = ZOOM_STEPS.index(self.zoom) + direction
        return ZOOM_STEPS[max(0, min(index, len(ZOOM_STEPS) - 1))]

    def set_zoom(self, percent: int) -> None:
        self.zoom = percent
        self.smaller.setEnabled(percent > ZOOM_STEPS[0])
        self.bigger.setEnabled(percent < ZOOM_STEPS[-1])
        self._apply_zoom()

    def _apply_zoom(self) -> None:
        # The app style sheet sets the widget font; the document's own default font is what
        # the Markdown (headings are relative to it) is laid out with.
        base = self.font().pointSizeF()
        font = QFont(self.font())
        font.setPointSizeF(base * self.zoom / 100)
        self.browser.document().setDefaultFont(font)

    def changeEvent(self, event):  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == event.Type.FontChange and self.topic is not None:
            self._apply_zoom()  # the app's text size changed

    def text_point_size(self) -> float:
        return self.browser.document().defaultFont().pointSizeF()

    # --- print ----------------------------------------------------------------

    def printable_document(self) -> QTextDocument:
        """The topic with its review date and sources, for paper."""
        document = self.browser.document().clone(self)
        cursor = document.rootFrame().lastCursorPosition()
        cursor.insertBlock()
        cursor.insertText(self.meta_text(self.topic) if self.topic else "")
        return document

    def print_to(self, printer) -> None:
        self.printable_document().print_(printer)

    def print_with_dialog(self) -> None:
        from PySide6.QtPrintSupport import QPrinter  # lazy: start-up

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.print_dialog = dialog = print_dialog(printer, self, self.mode)
        dialog.setWindowTitle(self.tr("Print topic"))
        dialog.accepted.connect(guarded(printer, self, lambda: self.print_to(printer),
                                         self.mode))
        open_print_dialog(dialog)  # not exec(): no nested event loop

    def _on_browser_anchor_clicked(self, url: QUrl) -> None:
        name = url.fileName()
        if url.scheme() in ("", "file") and name.endswith(".md"):
            self.open_topic.emit(name[:-3])
        elif url.scheme() in ("http", "https", "mailto"):
            from PySide6.QtGui import QDesktopServices  # lazy: start-up

            QDesktopServices.openUrl(url)  # only when the user clicks: the app never fetches
