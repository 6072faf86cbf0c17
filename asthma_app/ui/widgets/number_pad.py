"""An on-screen number pad for touch screens (kiosk): types into the last focused field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QGridLayout, QLineEdit, QPushButton, QWidget


class NumberPad(QWidget):
    """Buttons 0-9, "Delete" and "Next"; they never take the focus away from the field."""

    def __init__(self, fields: list[QLineEdit], parent=None):
        super().__init__(parent)
        self._fields = fields
        self._target = fields[0] if fields else None
        QApplication.instance().focusChanged.connect(self._on_app_focus_changed)
        grid = QGridLayout(self)
        self.buttons = {}
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "del", "0", "next"]
        for index, key in enumerate(keys):
            text = {"del": self.tr("Delete"), "next": self.tr("Next")}.get(key, key)
            button = QPushButton(text)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumSize(64, 56)
            button.clicked.connect(lambda _=False, k=key: self.press(k))
            grid.addWidget(button, index // 3, index % 3)
            self.buttons[key] = button
        self.buttons["del"].setAccessibleName(self.tr("Delete the last digit"))
        self.buttons["next"].setAccessibleName(self.tr("Next box"))

    def _on_app_focus_changed(self, _old, new) -> None:
        if new in self._fields:
            self._target = new

    def press(self, key: str) -> None:
        field = self._target
        if field is None:
            return
        if key == "del":
            field.backspace()
        elif key == "next":
            index = self._fields.index(field)
            self._target = self._fields[(index + 1) % len(self._fields)]
            self._target.setFocus()
        else:
            field.insert(key)
