"""Ask before throwing typed input away ("Discard changes?": Keep editing / Discard).

One Escape or a closed window once threw away a whole action plan a nurse had typed (issue 12
§3). A form's state is read from its own widgets (texts, ticks, choices, table cells), so an
editor gains a new field without teaching this module about it: anything that differs from
the state when the form was filled counts as unsaved. Nothing is asked when nothing changed.

``DiscardGuard`` is mixed into a QDialog (before QDialog in the bases). ``ask_to_discard``
serves windows that are not dialogs (the main window, for a question typed but not added).
The question is opened window-modal and answered asynchronously: nothing blocks, and tests
answer it by clicking its buttons.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def _item_view_state(view: QAbstractItemView) -> tuple:
    model = view.model()
    if model is None:
        return ()
    return tuple(
        (model.data(model.index(row, column)),
         model.data(model.index(row, column), Qt.ItemDataRole.CheckStateRole))
        for row in range(model.rowCount()) for column in range(model.columnCount()))


def _value(widget: QWidget):
    """What the user may have changed in ``widget``, or None for widgets that take no input."""
    if isinstance(widget, QLineEdit):
        if isinstance(widget.parent(), (QAbstractSpinBox, QComboBox)):
            return None  # the box it belongs to is read instead
        return widget.text()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.toPlainText()
    if isinstance(widget, QDateTimeEdit):  # also date edits
        return widget.dateTime()
    if isinstance(widget, QAbstractSpinBox):  # text() is empty until shown: read the value
        return widget.value() if hasattr(widget, "value") else widget.text()
    if isinstance(widget, QComboBox):
        return (widget.currentIndex(), widget.currentText())
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return widget.isChecked()
    if isinstance(widget, QAbstractItemView) and not isinstance(widget.parent(), QComboBox):
        return _item_view_state(widget)
    return None


def form_state(root: QWidget, ignored: tuple[QWidget, ...] = ()) -> dict[int, object]:
    """The input state of every widget in ``root``'s own window (not in dialogs it opened),
    leaving out ``ignored`` widgets and what is inside them."""
    window = root.window()
    state = {}
    for widget in root.findChildren(QWidget):
        if widget.window() is not window:
            continue
        if any(widget is skip or skip.isAncestorOf(widget) for skip in ignored):
            continue
        value = _value(widget)
        if value is not None:
            state[id(widget)] = value
    return state


def changed(before: dict[int, object], now: dict[int, object]) -> bool:
    """True if a widget present then differs now, or a new one holds typed text."""
    for key, value in now.items():
        if key in before:
            if before[key] != value:
                return True
        elif isinstance(value, str) and value.strip():
            return True
    return False


def ask_to_discard(parent: QWidget, on_discard: Callable[[], None]) -> QMessageBox:
    """Open "Discard changes?" over ``parent``; ``on_discard()`` runs only if Discard is
    pressed. Keep editing is the default and what Escape chooses."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    title = QCoreApplication.translate("DiscardGuard", "Discard changes?")
    box.setWindowTitle(title)
    box.setText(title)
    box.setInformativeText(QCoreApplication.translate(
        "DiscardGuard", "What you typed here has not been saved. If you discard it, it is "
                        "gone."))
    keep = box.addButton(QCoreApplication.translate("DiscardGuard", "Keep editing"),
                         QMessageBox.ButtonRole.RejectRole)
    discard = box.addButton(QCoreApplication.translate("DiscardGuard", "Discard"),
                            QMessageBox.ButtonRole.DestructiveRole)
    keep.setAccessibleName(keep.text())
    discard.setAccessibleName(QCoreApplication.translate("DiscardGuard",
                                                         "Discard what I typed"))
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.keep_button, box.discard_button = keep, discard

    def answered(_result: int) -> None:
        if box.clickedButton() is discard:
            on_discard()

    box.finished.connect(answered)
    box.open()
    keep.setFocus()
    return box


# The mixin is only ever mixed into a QDialog: the type checker sees it as one (isVisible,
# super().reject()); at run time it stays a plain class, first in the dialog's bases.
if TYPE_CHECKING:
    _MixedInto = QDialog
else:
    _MixedInto = object


class DiscardGuard(_MixedInto):
    """Mixin for a QDialog: Escape, closing the window and Cancel ask before unsaved input
    goes. Call ``mark_clean()`` once the form is filled; ``accept()`` is never asked about."""

    discard_question: QMessageBox | None = None
    _clean_state: dict[int, object] | None = None
    _discarding = False
    _ignored: tuple[QWidget, ...] = ()

    def mark_clean(self, ignored: tuple[QWidget, ...] = ()) -> None:
        """From now on, changes count as unsaved; ``ignored`` widgets hold nothing worth
        asking about (e.g. inputs for a reference-only calculation)."""
        self._ignored = ignored
        self._clean_state = form_state(self, ignored)

    def has_unsaved_input(self) -> bool:
        return self._clean_state is not None and \
            changed(self._clean_state, form_state(self, self._ignored))

    def reject(self) -> None:
        if self._discarding or not self.isVisible() or not self.has_unsaved_input():
            super().reject()
            return
        if self.discard_question is not None and self.discard_question.isVisible():
            return  # already asking
        self.discard_question = ask_to_discard(self, self.discard)

    def discard(self) -> None:
        """Close without saving and without asking (after the patient chose Discard)."""
        self._discarding = True
        super().reject()
