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


def test_every_wrapped_label_measures_once_per_width_and_again_after_a_change(qtbot,
                                                                             monkeypatch):
    """``common.label`` (every wrapped label of Today, the header...) remembers its height
    for a width, and measures again when the text or the wrapping changes."""
    from asthma_app.ui.widgets.common import label

    widget = label("Take your preventer every day, even when you feel well.")
    qtbot.addWidget(widget)
    font = QFont(widget.font())
    calls = []
    real = QLabel.heightForWidth
    monkeypatch.setattr(QLabel, "heightForWidth",
                        lambda self, width: calls.append(width) or real(self, width))
    first = widget.heightForWidth(150)
    assert widget.heightForWidth(150) == first
    assert calls == [150]  # the second answer was remembered
    assert first == _plain(widget.text(), font).heightForWidth(150)
    widget.setText("Short.")
    assert widget.heightForWidth(150) == _plain("Short.", font).heightForWidth(150)
    widget.setText("A longer text that wraps onto more lines than the short one. " * 2)
    assert widget.heightForWidth(150) == _plain(widget.text(), font).heightForWidth(150)
    widget.setWordWrap(False)
    unwrapped = QLabel(widget.text())
    unwrapped.setFont(font)
    assert widget.heightForWidth(150) == unwrapped.heightForWidth(150)
