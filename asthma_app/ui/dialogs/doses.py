"""Small forms for medicines: why a dose was not taken (optional), a new inhaler and its size
as printed on it, and the count read from the inhaler's own counter."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLineEdit, QSpinBox, QVBoxLayout

from ...domain.doses import MAX_REASON_LENGTH, DoseError
from ...domain.inhalers import MAX_INHALER_SIZE
from ...domain.text import fill
from ..widgets.common import label, save_cancel_row


class NotTakenDialog(QDialog):
    """Signals: ``reason_given(str)`` (possibly empty) when saved."""

    reason_given = Signal(str)

    def __init__(self, due, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dose not taken"))
        self.reason = QLineEdit()
        self.reason.setMaxLength(MAX_REASON_LENGTH)
        self.reason.setAccessibleName(self.tr("Reason (optional)"))
        form = QFormLayout()
        form.addRow(label(fill(self.tr("%1, %2: not taken."), due.medicine.title(),
                               due.slot.label())))
        form.addRow(self.tr("Reason (optional)"), self.reason)
        row, self.save_button = save_cancel_row(self, self.tr("Save"), self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(row)

    def save(self) -> None:
        self.reason_given.emit(self.reason.text().strip())
        self.accept()


class NewInhalerDialog(QDialog):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Started a new inhaler"))
        plan = session.plans.current()
        self.medicine = QComboBox()
        self.medicine.setAccessibleName(self.tr("Which medicine"))
        for medicine in plan.medicines if plan else ():
            self.medicine.addItem(medicine.title())
        self.printed = QSpinBox()
        self.printed.setRange(1, MAX_INHALER_SIZE)
        self.printed.setValue(200)
        self.printed.setAccessibleName(self.tr("Doses printed on the inhaler"))
        self.message = label("", "error")
        form = QFormLayout()
        form.addRow(self.tr("Which medicine"), self.medicine)
        form.addRow(self.tr("Doses printed on the inhaler"), self.printed)
        form.addRow(label(self.tr("Copy the number of doses (puffs) printed on the inhaler or "
                                  "its box."), "hint"))
        row, self.save_button = save_cancel_row(self, self.tr("Save"), self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(row)

    def save(self) -> None:
        try:
            self.session.medicines.start_inhaler(self.medicine.currentText(),
                                                self.printed.value())
        except DoseError as error:
            self.message.setText(str(error))
            return
        self.accept()


class CorrectCountDialog(QDialog):
    def __init__(self, session, inhaler, parent=None):
        super().__init__(parent)
        self.session = session
        self.inhaler = inhaler
        self.setWindowTitle(self.tr("Correct the count"))
        self.count = QSpinBox()
        self.count.setRange(0, inhaler.size)
        self.count.setAccessibleName(self.tr("Number on the inhaler's counter"))
        self.message = label("", "error")
        form = QFormLayout()
        form.addRow(label(inhaler.medicine))
        form.addRow(self.tr("Number on the inhaler's counter"), self.count)
        row, self.save_button = save_cancel_row(self, self.tr("Save"), self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(row)

    def save(self) -> None:
        try:
            self.session.medicines.correct_count(self.inhaler, self.count.value())
        except DoseError as error:
            self.message.setText(str(error))
            return
        self.accept()
