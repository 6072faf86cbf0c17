"""A child's details beside the plan, and the one-page school copy (issue 17)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from ...domain.child_details import ChildDetails
from ...domain.control import ControlError
from ...domain.text import fill
from ..file_filters import file_filter
from ..widgets.common import DATE_FORMAT, format_date, label, left_to_right, to_date, to_qdate


class ChildDetailsDialog(QDialog):
    def __init__(self, session, mode, parent=None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Child's details and school copy"))
        self.carer = QLineEdit()
        self.carer.setAccessibleName(self.tr("Parent or carer to call (name and phone)"))
        self.school = QLineEdit()
        self.school.setAccessibleName(self.tr("School or nursery contact"))
        self.copy_given = QCheckBox(self.tr("The school or nursery has a copy of the plan"))
        self.copy_on = left_to_right(QDateEdit())
        self.copy_on.setCalendarPopup(True)
        self.copy_on.setDisplayFormat(DATE_FORMAT)
        self.copy_on.setAccessibleName(self.tr("Date the school was given a copy"))
        self.copy_given.toggled.connect(self.copy_on.setEnabled)
        self.spacer = QCheckBox(self.tr("Uses a spacer"))
        self.uses_mask = QCheckBox(self.tr("Uses a mask with the spacer"))
        self.allergies = QLineEdit()
        self.allergies.setAccessibleName(self.tr("Drug allergies"))
        form = QFormLayout()
        form.addRow(label(self.tr("For a child's plan. Everything here is optional; it is "
                                  "printed on the school copy."), "hint"))
        form.addRow(self.tr("Parent or carer"), self.carer)
        form.addRow(self.tr("School or nursery"), self.school)
        form.addRow("", self.copy_given)
        form.addRow(self.tr("Date the school was given a copy"), self.copy_on)
        form.addRow("", self.spacer)
        form.addRow("", self.uses_mask)
        form.addRow(self.tr("Drug allergies"), self.allergies)
        self.message = label("", "error")
        self.saved_text = label("", "hint")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        self.pdf_button = QPushButton(self.tr("Save school copy PDF..."))
        self.pdf_button.clicked.connect(lambda: self.save_school_copy())
        self.pdf_button.setVisible(mode.offers_files)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.pdf_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.saved_text)
        layout.addLayout(buttons)
        self._fill()
        self.resize(760, 440)  # room for a name and phone number at 200 % text

    def _fill(self) -> None:
        today = self.session.clock().date()
        self.copy_on.setMaximumDate(to_qdate(today))
        details = self.session.reviews.child_details() or ChildDetails()
        self.carer.setText(details.carer_contact)
        self.school.setText(details.school_contact)
        day = details.school_copy_on or today
        self.copy_on.setDate(to_qdate(day))
        self.copy_given.setChecked(details.school_copy_on is not None)
        self.copy_on.setEnabled(details.school_copy_on is not None)
        self.spacer.setChecked(details.spacer)
        self.uses_mask.setChecked(details.mask)
        self.allergies.setText(details.allergies)

    def details(self) -> ChildDetails:
        return ChildDetails(
            carer_contact=self.carer.text(), school_contact=self.school.text(),
            school_copy_on=to_date(self.copy_on.date()) if self.copy_given.isChecked() else None,
            spacer=self.spacer.isChecked(), mask=self.uses_mask.isChecked(),
            allergies=self.allergies.text())

    def save(self) -> bool:
        try:
            saved = self.session.reviews.save_child_details(self.details())
        except ControlError as error:
            self.message.setText(str(error))
            return False
        self.message.setText("")
        self.saved_text.setText(fill(self.tr("Saved. School copy given: %1."),
                                  format_date(saved.school_copy_on)
                                  if saved.school_copy_on else self.tr("not yet")))
        return True

    def save_school_copy(self, path: str | None = None) -> Path | None:
        from ..printing.pdf import save_school_copy_pdf  # lazy: start-up

        if not self.save():
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save PDF"),
                                                  "asthma-plan-school-copy.pdf",
                                                  file_filter("pdf"))
            if not path:
                return None
        save_school_copy_pdf(self.session, Path(path))
        return Path(path)
