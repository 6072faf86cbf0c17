"""``measured_label``: a word-wrapped plain-text ``MeasuredLabel`` (ui/widgets/common.py), the
label that remembers its height for a width until its text or font changes."""

from __future__ import annotations

from .common import PLAIN_TEXT, MeasuredLabel


def measured_label(text: str = "", object_name: str = "") -> MeasuredLabel:
    """Like ``common.label`` for wrapped plain text that is laid out often."""
    widget = MeasuredLabel(text)
    widget.setWordWrap(True)
    widget.setProperty("textFormat", PLAIN_TEXT)
    if object_name:
        widget.setObjectName(object_name)
    return widget
