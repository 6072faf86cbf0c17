"""The Trends labels that remember their height for a width must measure again when their
text or font changes (else a longer note or a larger text size would be cut off)."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel

from asthma_app.ui.widgets.measured_label import measured_label


def _plain(text: str, font: QFont) -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(True)
    widget.setFont(font)
    return widget


def test_the_height_follows_the_text_and_the_font(qtbot):
    widget = measured_label("Short.")
    qtbot.addWidget(widget)
    font = QFont(widget.font())
    assert widget.heightForWidth(120) == _plain("Short.", font).heightForWidth(120)
    long_text = "A much longer note that needs several lines at this width. " * 3
    widget.setText(long_text)
    assert widget.heightForWidth(120) == _plain(long_text, font).heightForWidth(120)
    assert widget.heightForWidth(120) > _plain("Short.", font).heightForWidth(120)
    font.setPointSizeF(font.pointSizeF() * 2)
    widget.setFont(font)
    assert widget.heightForWidth(120) == _plain(long_text, font).heightForWidth(120)
    assert widget.heightForWidth(400) == _plain(long_text, font).heightForWidth(400)
