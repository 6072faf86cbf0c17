"""Editable list of the plan's medicines: drug, brand, device, strength, role, instructions.

Colour is an optional description only: inhalers are never identified by colour.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.plan import Medicine, MedicineRole
from ...domain.text import fill

_TEXT_COLUMNS = ("drug", "brand", "device", "strength", "instructions", "colour")
ROLE_COLUMN = 4


def _headers() -> list[str]:
    # Spelled out in full: pyside6-lupdate does not follow an alias such as tr = translate.
    translate = QCoreApplication.translate
    return [translate("MedicineTable", "Medicine (drug)"), translate("MedicineTable", "Brand"),
            translate("MedicineTable", "Device"), translate("MedicineTable", "Strength"),
            translate("MedicineTable", "Used as"),
            translate("MedicineTable", "How to take it (as written by your nurse)"),
            translate("MedicineTable", "Colour (optional)")]


class MedicineTable(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(_headers())
        self.table.setAccessibleName(self.tr("Medicines in my plan"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(150)
        self.table.setTabKeyNavigation(False)
        add = QPushButton(self.tr("Add medicine"))
        add.clicked.connect(lambda: self.add_row())
        remove = QPushButton(self.tr("Remove selected medicine"))
        remove.clicked.connect(self._remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def _column(self, name: str) -> int:
        return {"drug": 0, "brand": 1, "device": 2, "strength": 3, "instructions": 5,
                "colour": 6}[name]

    def add_row(self, medicine: Medicine | None = None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for name in _TEXT_COLUMNS:
            value = getattr(medicine, name) if medicine else ""
            self.table.setItem(row, self._column(name), QTableWidgetItem(value))
        role = QComboBox()
        role.setAccessibleName(fill(self.tr("Medicine %1 used as"), row + 1))
        for item in MedicineRole:
            role.addItem(item.label(), item.value)
        if medicine:
            role.setCurrentIndex(role.findData(medicine.role.value))
        self.table.setCellWidget(row, ROLE_COLUMN, role)
        return row

    def _remove_selected(self) -> None:
        for index in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(index)

    def set_medicines(self, medicines) -> None:
        self.table.setRowCount(0)
        for medicine in medicines:
            self.add_row(medicine)

    def _text(self, row: int, name: str) -> str:
        item = self.table.item(row, self._column(name))
        return item.text().strip() if item else ""

    def medicines(self) -> tuple[Medicine, ...]:
        result = []
        for row in range(self.table.rowCount()):
            values = {name: self._text(row, name) for name in _TEXT_COLUMNS}
            if not any(values.values()):
                continue  # an empty row the user added and never filled
            role = MedicineRole(self.table.cellWidget(row, ROLE_COLUMN).currentData())
            result.append(Medicine(role=role, **values))
        return tuple(result)

    def problems(self) -> list[str]:
        found = []
        for row in range(self.table.rowCount()):
            values = {name: self._text(row, name) for name in _TEXT_COLUMNS}
            if any(values.values()) and not values["drug"]:
                found.append(fill(self.tr("Medicine %1 needs the name of the medicine (the "
                                          "drug), not only its colour or brand."), row + 1))
        return found
