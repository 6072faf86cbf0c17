"""Editable list of the plan's medicines: drug, brand, device, strength, role, instructions,
and for a regular medicine when its doses are due and the puffs each time (a structured copy of
the instructions, as the clinician wrote them, for ticking doses and counting an inhaler).

Colour is an optional description only: inhalers are never identified by colour.

Keyboard: Tab and Shift+Tab move cell by cell through every row, the "Used as" choice
included, and leave the table after its last (or before its first) cell; an edit is committed
on every move, so nothing typed is lost. Columns and rows fit their headers and contents at any
text size (the table scrolls sideways instead of cutting text off).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.plan import MAX_RELIEVER_PUFFS_LIMIT, Medicine, MedicineRole
from ...domain.schedule import DoseTimes
from ...domain.text import fill

_TEXT_COLUMNS = ("drug", "brand", "device", "strength", "instructions", "colour")
ROLE_COLUMN = 4
SCHEDULE_COLUMN = 6
PUFFS_COLUMN = 7


def _headers() -> list[str]:
    # Spelled out in full: pyside6-lupdate does not follow an alias such as tr = translate.
    translate = QCoreApplication.translate
    return [translate("MedicineTable", "Medicine (drug)"), translate("MedicineTable", "Brand"),
            translate("MedicineTable", "Device"), translate("MedicineTable", "Strength"),
            translate("MedicineTable", "Used as"),
            translate("MedicineTable", "How to take it (as written by your nurse)"),
            translate("MedicineTable", "When (regular medicines)"),
            translate("MedicineTable", "Puffs or tablets each time (as written)"),
            translate("MedicineTable", "Colour (optional)")]


_NEXT, _PREVIOUS = (QAbstractItemDelegate.EndEditHint.EditNextItem,
                    QAbstractItemDelegate.EndEditHint.EditPreviousItem)


class _CellTable(QTableWidget):
    """A table that Tab walks cell by cell, its "Used as" combo boxes included.

    The combo boxes are cell widgets: by default Tab in one of them followed the window's focus
    chain (where they come last, as they are made after everything else) and left the table,
    and the next typed text went nowhere.
    """

    def __init__(self, rows: int, columns: int):
        super().__init__(rows, columns)
        self.setTabKeyNavigation(True)
        self.currentCellChanged.connect(self._on_current_cell_changed)

    def _at_edge(self, forward: bool) -> bool:
        row, column = self.currentRow(), self.currentColumn()
        if row < 0 or self.rowCount() == 0:
            return True
        if forward:
            return row == self.rowCount() - 1 and column == self.columnCount() - 1
        return row == 0 and column == 0

    def _leave(self, forward: bool) -> bool:
        """Focus the widget after (or before) the table in the dialog."""
        return QWidget.focusNextPrevChild(self, forward)

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt override
        # Tab from the table itself or from a combo box in it (which asks its parents).
        if self._at_edge(forward):
            return self._leave(forward)
        moved = super().focusNextPrevChild(forward)
        self._focus_current()
        return moved

    def closeEditor(self, editor, hint):  # noqa: N802 - Qt override
        # Tab in a cell being edited: the text is committed already; at the last cell the
        # focus leaves the table instead of wrapping round to the first one.
        edge = hint in (_NEXT, _PREVIOUS) and self._at_edge(hint == _NEXT)
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint if edge else hint)
        if edge:
            self._leave(hint == _NEXT)

    def _on_current_cell_changed(self, row: int, column: int, *_previous) -> None:
        if self.hasFocus() or self.isAncestorOf(self.focusWidget() or self):
            self._focus_current()

    def _focus_current(self) -> None:
        widget = self.cellWidget(self.currentRow(), self.currentColumn())
        (widget or self).setFocus(Qt.FocusReason.TabFocusReason)


class MedicineTable(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.table = _CellTable(0, 9)
        self.table.setHorizontalHeaderLabels(_headers())
        self.table.setAccessibleName(self.tr("Medicines in my plan"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(150)
        self.table.setWordWrap(False)
        # Every column as wide as its header and its longest entry, every row as tall as its
        # text: fixed 100-pixel columns cut off two headers and most instructions, and
        # scrolling sideways could not show what the column itself hid.
        for header in (self.table.horizontalHeader(), self.table.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
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
                "puffs": PUFFS_COLUMN, "colour": 8}[name]

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
        self._put_combo(row, ROLE_COLUMN, role)
        when = QComboBox()
        when.setAccessibleName(fill(self.tr("Medicine %1: when"), row + 1))
        for times in DoseTimes:
            when.addItem(times.label(), times.value)
        if medicine:
            when.setCurrentIndex(when.findData(medicine.schedule.value))
        self._put_combo(row, SCHEDULE_COLUMN, when)
        puffs = medicine.puffs_each_time if medicine else None
        self.table.setItem(row, PUFFS_COLUMN, QTableWidgetItem("" if puffs is None
                                                               else str(puffs)))
        return row

    def _put_combo(self, row: int, column: int, combo: QComboBox) -> None:
        # Under the combo box, a cell that cannot be typed in: Tab from the cell before it
        # moves to the combo box rather than opening a text editor over it.
        under = QTableWidgetItem()
        under.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.table.setItem(row, column, under)
        self.table.setCellWidget(row, column, combo)

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
            schedule = DoseTimes(self.table.cellWidget(row, SCHEDULE_COLUMN).currentData())
            result.append(Medicine(role=role, schedule=schedule,
                                   puffs_each_time=self._puffs(row), **values))
        return tuple(result)

    def _puffs(self, row: int) -> int | None:
        text = self._text(row, "puffs")
        if text.isascii() and text.isdigit() and 1 <= int(text) <= MAX_RELIEVER_PUFFS_LIMIT:
            return int(text)
        return None

    def problems(self) -> list[str]:
        found = []
        for row in range(self.table.rowCount()):
            values = {name: self._text(row, name) for name in _TEXT_COLUMNS}
            if any(values.values()) and not values["drug"]:
                found.append(fill(self.tr("Medicine %1 needs the name of the medicine (the "
                                          "drug), not only its colour or brand."), row + 1))
            puffs = self._text(row, "puffs")
            if puffs and self._puffs(row) is None:
                found.append(fill(self.tr("Medicine %1: type the puffs or tablets each time as "
                                          "a whole number from 1 to %2, as written in the plan, "
                                          "or leave it empty."), row + 1,
                                  MAX_RELIEVER_PUFFS_LIMIT))
        return found
