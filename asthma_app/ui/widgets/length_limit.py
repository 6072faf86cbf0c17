"""Say when a name is too long instead of cutting it silently.

``QLineEdit.setMaxLength(80)`` dropped the 81st letter on and cut a pasted name without a word
(issue 12 §3). The box now keeps what was typed; a message under it counts the letters and
says the limit, and saving is refused by the profile check until the name is shorter.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit

from ...domain.text import fill
from .common import label


def length_message(edit: QLineEdit, limit: int) -> QLabel:
    """A message label for ``edit`` (add it under the box): hidden while the text fits,
    "%1 letters: a name can have at most %2..." once it does not."""
    message = label("", "error")
    message.hide()

    def update(text: str) -> None:
        length = len(text.strip())
        over = length > limit
        message.setText(fill(QCoreApplication.translate(
            "LengthLimit", "%1 letters: a name can have at most %2. Please shorten it."),
            length, limit) if over else "")
        message.setVisible(over)
        edit.setAccessibleDescription(message.text())

    edit.textChanged.connect(update)
    update(edit.text())
    edit.length_message = message
    return message
