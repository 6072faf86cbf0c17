"""A word-wrapped label that remembers its height for a width until its text or font changes.

QLabel works out its height for a width by laying its text out again every time it is
asked, and a page's layout asks each wrapped label several times per pass (Trends: 118
times on a range change, most of them for texts that did not change)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from .common import PLAIN_TEXT


class MeasuredLabel(QLabel):
    def __init__(self, text: str = "", parent=None):
        super().__init__(text, parent)
        self._heights: dict[int, int] = {}
        self._measured_for: tuple = ()

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        key = (self.text(), self.font().key(), self.contentsMargins(), self.margin(),
               self.indent())
        if key != self._measured_for:
            self._measured_for = key
            self._heights.clear()
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height


def measured_label(text: str = "", object_name: str = "") -> MeasuredLabel:
    """Like ``common.label`` for wrapped plain text that is laid out often."""
    widget = MeasuredLabel(text)
    widget.setWordWrap(True)
    widget.setProperty("textFormat", PLAIN_TEXT)
    if object_name:
        widget.setObjectName(object_name)
    return widget
