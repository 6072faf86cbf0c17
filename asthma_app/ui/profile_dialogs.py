"""Dialogs for the home profile switcher: name a person, their NHS number, passphrase and
lock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
)

from ..domain.nhs_number import formatted, problem
from ..domain.profile import MAX_NAME_LENGTH
from ..domain.text import fill
from ..services.profile_security import LOCK_CHOICES
from .dialogs.discard import DiscardGuard
from .widgets.common import label
from .widgets.fits_text import FitsWrappedText
from .widgets.length_limit import length_message


def _form_row(form: QFormLayout, text: str, widget) -> None:
    form.addRow(text, widget)
    widget.setAccessibleName(text)
    form.labelForField(widget).setBuddy(widget)


class NameDialog(DiscardGuard, QDialog):
    """Add a person or rename one: just the name (details can follow later)."""

    def __init__(self, title: str, name: str = "", parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.name = QLineEdit(name)  # no silent cut at the limit: the message says it
        form = QFormLayout()
        _form_row(form, self.tr("Name"), self.name)
        form.addRow("", length_message(self.name, MAX_NAME_LENGTH))
        self.error = label("", "error")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.name.textChanged.connect(self._on_name_changed)
        self._on_name_changed(name)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.mark_clean()  # a typed name is asked about before Escape throws it away

    def _on_name_changed(self, text: str) -> None:
        self.ok_button.setEnabled(len(text.strip()) <= MAX_NAME_LENGTH)

    def accept(self) -> None:
        if len(self.name.text().strip()) > MAX_NAME_LENGTH:
            return  # a rename saves without the profile check: never a name too long
        super().accept()


class NhsNumberDialog(FitsWrappedText, DiscardGuard, QDialog):
    """The person's NHS number: optional, checked before it is kept (domain/nhs_number.py)."""

    def __init__(self, number: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("NHS number"))
        self.number = QLineEdit(formatted(number))
        self.number.setMaxLength(20)  # ten digits with spaces or hyphens between groups
        self.number.setInputMethodHints(Qt.InputMethodHint.ImhPreferNumbers)
        form = QFormLayout()
        _form_row(form, self.tr("NHS number"), self.number)
        self.error = label("", "error")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_ok_clicked)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr(
            "Optional. With it, your GP practice can match a file you give them to your "
            "record. It is on letters from your practice and in the NHS App (England, Wales "
            "and the Isle of Man). Leave the box empty to remove it.")))
        layout.addWidget(label(self.tr(
            "It stays on this computer. If this diary has a passphrase, the NHS number is kept "
            "only in the protected diary.")))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.mark_clean()  # a typed number is asked about before Escape throws it away

    def _on_ok_clicked(self) -> None:
        message = problem(self.number.text())
        if message:
            self.error.setText(message)
            self.number.setFocus()
            return
        self.accept()


class SecurityDialog(FitsWrappedText, QDialog):
    """Passphrase (typed twice; paste allowed) and the idle lock time."""

    def __init__(self, has_passphrase: bool, minutes: int, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Passphrase and lock"))
        self.current, self.passphrase, self.repeat = QLineEdit(self), QLineEdit(), QLineEdit()
        for field in (self.current, self.passphrase, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)  # paste still works
        self.lock_after = QComboBox()
        for choice in LOCK_CHOICES:
            self.lock_after.addItem(self.tr("Never") if not choice else
                                    fill(self.tr("After %1 minutes without use"), choice), choice)
        self.lock_after.setCurrentIndex(max(0, self.lock_after.findData(minutes)))
        form = QFormLayout()
        if has_passphrase:  # any change needs it: someone passing an unlocked window cannot
            _form_row(form, self.tr("Current passphrase"), self.current)
        else:
            self.current.setAccessibleName(self.tr("Current passphrase"))
            self.current.hide()
        _form_row(form, self.tr("New passphrase"), self.passphrase)
        _form_row(form, self.tr("The same passphrase again"), self.repeat)
        _form_row(form, self.tr("Lock the app"), self.lock_after)
        # hazard H37: said before a passphrase is set, in plain words, and confirmed
        self.forgotten = label(self.tr(
            "If this passphrase is forgotten, this diary cannot be opened by anyone: not by "
            "you, not by your GP practice or nurse, not by the makers of this app. There is no "
            "way to reset it. Keep your printed asthma plan, and an export of your diary, "
            "somewhere safe."), "warning")
        self.understood = QCheckBox(self.tr(
            "I understand: a forgotten passphrase means this diary is lost."))
        self.understood.setAccessibleName(self.understood.text())
        self.error = label("", "error")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.remove = buttons.addButton(self.tr("Remove passphrase"),
                                        QDialogButtonBox.ButtonRole.DestructiveRole)
        self.remove.setEnabled(has_passphrase)
        self.removed = False
        self.remove.clicked.connect(self._on_remove_clicked)
        buttons.accepted.connect(self._on_ok_clicked)
        buttons.rejected.connect(self.reject)
        self._has_passphrase = has_passphrase
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr(
            "A passphrase keeps this person's diary private from others using this computer. "
            "It is stored only in a scrambled form: if it is forgotten, it cannot be read back.")))
        layout.addLayout(form)
        layout.addWidget(self.forgotten)
        layout.addWidget(self.understood)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _on_remove_clicked(self) -> None:
        if self._has_passphrase and not self.current.text():
            self.error.setText(self.tr("Please type the current passphrase first."))
            return
        self.removed = True
        self.accept()

    def _on_ok_clicked(self) -> None:
        if self.passphrase.text() != self.repeat.text():
            self.error.setText(self.tr("The two passphrases are different."))
        elif self.passphrase.text() and len(self.passphrase.text()) < 4:
            self.error.setText(self.tr("Please use at least 4 characters."))
        elif self.lock_after.currentData() and not (self.passphrase.text()
                                                    or self._has_passphrase):
            self.error.setText(self.tr("To lock the app, first choose a passphrase."))
        elif self._has_passphrase and not self.current.text():
            self.error.setText(self.tr("Please type the current passphrase first."))
        elif self.passphrase.text() and not self.understood.isChecked():
            self.error.setText(self.tr("Please confirm that you understand what happens if "
                                       "the passphrase is forgotten."))
        else:
            self.accept()
