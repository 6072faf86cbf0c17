"""A box for a personal best in L/min that never shows a number the patient did not type.

It replaced a QSpinBox: typing "45" (meaning 450) and Tab made the spin box put back the
pre-filled 400 without a word (issue 11 item 5). Here the text stays exactly as typed; the
domain's one typed-number rule (``parse_personal_best``) reads it, and any problem is shown in
a message beside the box until it is fixed. Callers refuse to save while ``check()`` is not ok.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from ... import i18n
from ...domain.readings import parse_personal_best
from ...domain.typed_numbers import TypedNumber
from .common import label


class LitresField(QWidget):
    """Signals: ``changed()`` whenever the text changes (the check is already up to date)."""

    changed = Signal()

    def __init__(self, accessible_name: str, parent=None):
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setMaxLength(8)
        self.edit.setAccessibleName(accessible_name)
        self.edit.setPlaceholderText(self.tr("for example 450"))
        unit = label(self.tr("L/min"))
        self.error = label("", "error")
        self.error.setAccessibleName(self.tr("Problem with this number"))
        self.error.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(unit)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.error)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._on_text_changed)

    def check(self) -> TypedNumber:
        return parse_personal_best(self.edit.text(), i18n.current_language())

    def value(self) -> int | None:
        """The typed number if it is a valid personal best, else None."""
        return self.check().value

    def setValue(self, value: int | None) -> None:  # noqa: N802 - reads like the spin box it replaced
        self.edit.setText("" if value is None else str(value))

    def setEnabled(self, enabled: bool) -> None:  # noqa: N802 - Qt override
        super().setEnabled(enabled)
        self._on_text_changed()

    def _on_text_changed(self, *_):
        check = self.check()
        shown = self.isEnabled() and bool(self.edit.text().strip()) and not check.ok
        self.error.setText(check.error if shown else "")
        self.error.setVisible(shown)
        self.changed.emit()
