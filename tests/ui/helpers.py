"""Helpers for driving the real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit,
               QTextEdit, QAbstractItemView)


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface else ""


def unnamed_controls(root: QWidget) -> list[str]:
    """Interactive widgets under ``root`` that a screen reader could not name."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QHeaderView):
            continue  # a table's header is named through its table
        if widget.window() is not root.window() or widget.objectName().startswith("qt_"):
            continue  # Qt's own internals: combo-box popups, the table corner button
        # spin boxes and combo boxes own an inner line edit named through its parent
        owner = widget.parent()
        if isinstance(widget, QLineEdit) and isinstance(owner, (QAbstractSpinBox, QComboBox)):
            continue
        if not accessible_name(widget).strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} in "
                           f"{type(widget.window()).__name__}")
    return missing


def type_into(qtbot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def click(qtbot, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def all_text(root: QWidget) -> str:
    from PySide6.QtWidgets import QLabel

    return "\n".join(label.text() for label in root.findChildren(QLabel))


def process(qtbot) -> None:
    QApplication.processEvents()
