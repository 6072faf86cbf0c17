"""Common shape of a page (see ``ui.pages``)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..widgets.common import scrolling


class Page(QWidget):
    """Built with the window's ``Mode`` (``self.mode``: ui/mode.py). Signals:
    ``data_changed`` after the page saved something; ``open_page(str)`` with a page key;
    ``open_topic(str)`` with an education topic id (opens the Learn page there)."""

    data_changed = Signal()
    open_page = Signal(str)
    open_topic = Signal(str)
    key = ""

    def __init__(self, mode, parent=None):
        super().__init__(parent)
        self.mode = mode  # ui/mode.py: what this way of running offers (files, printing)
        self.session = None

    def set_scrolling_body(self, body: QWidget) -> None:
        """The page's content in a scroll area filling the page (large text never clips)."""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(body))

    def title(self) -> str:
        raise NotImplementedError

    def prepare(self) -> None:
        """Build what the page builds when first shown (called in idle time for the pages in
        ``pages.WARM_UP``); a page may also read what its first visit shows."""

    def before_visit(self) -> None:
        """Called while the page is still hidden, just before a visit shows it: a page may
        lay itself out and draw at the size it will have, to draw once rather than twice."""

    def set_session(self, session) -> None:
        self.session = session
        self.refresh()

    def refresh(self) -> None:
        """Redraw from the services; called after any change."""

    def unsaved_input(self) -> str:
        """Text typed on the page but not saved yet (asked about before the window closes,
        carried over when the page is rebuilt in another language); "" when there is none."""
        return ""

    def restore_unsaved_input(self, text: str) -> None:
        """Put back what ``unsaved_input()`` returned, in a page rebuilt after a language
        change."""

    def discard_unsaved_input(self) -> None:
        """Drop what ``unsaved_input()`` returned (the patient chose Discard)."""

    def read_aloud_control(self):
        """The page's main ``ReadAloud`` control (pressed by Ctrl+R), or None."""
        return None
