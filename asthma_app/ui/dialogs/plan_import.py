""""A plan from your nurse": what the file's plan changes, side by side, before it is used.

Only the parts that change are listed (the current plan on the left, the file's on the right,
in plain words); whatever the file held that could not be used is said above them, never
dropped silently. Only "Make this my plan" changes anything (the caller saves it as a new plan
version); closing or "Cancel" leaves the plan as it was.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ...domain.text import fill
from ...services.plan_import import Change
from ...storage.exchange.plan_file import PlanFile
from ..widgets.common import format_date


class PlanImportDialog(QDialog):
    """Accepted = the patient confirmed; the caller then saves the plan."""

    def __init__(self, found: PlanFile, changes: list[Change], has_plan: bool, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("A plan from your nurse"))
        self.setMinimumSize(720, 480)
        layout = QVBoxLayout(self)
        plan = found.plan
        intro = fill(self.tr("This plan was agreed on %1 with %2."),
                     format_date(plan.agreed_on), plan.agreed_by)
        self.intro = self._label(intro + " " + self.tr(
            "Check what changes. Your plan changes only if you choose \"Make this my plan\"; "
            "your earlier plans are kept."))
        layout.addWidget(self.intro)
        self.not_read = None
        if found.not_read:
            self.not_read = self._label(
                self.tr("Not used from the file (ask your nurse if any of it matters):")
                + "\n" + "\n".join(f"\u2022 {text}" for text in found.not_read))
            self.not_read.setObjectName("notRead")
            layout.addWidget(self.not_read)
        changed = [c for c in changes if c.changed]
        self.table = QTableWidget(len(changed), 3)
        self.table.setAccessibleName(self.tr("What changes in your plan"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Part of the plan"),
            self.tr("Your plan now") if has_plan else self.tr("Now (no plan yet)"),
            self.tr("The plan from the file")])
        for row, change in enumerate(changed):
            for column, text in enumerate((change.label, change.before, change.after)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()  # row numbers mean nothing here
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table, 1)
        same = len(changes) - len(changed)
        self.summary = self._label(
            self.tr("Nothing changes: the file's plan is the same as yours.") if not changed
            else self.tr("Other parts of the plan that stay the same: %n", "", same))
        layout.addWidget(self.summary)
        buttons = QDialogButtonBox()
        self.use_button = buttons.addButton(self.tr("Make this my plan"),
                                            QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(self.tr("Cancel"),
                                               QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setDefault(True)  # Enter alone never changes the plan
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @staticmethod
    def _label(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        return label

    def changed_labels(self) -> list[str]:
        items = (self.table.item(row, 0) for row in range(self.table.rowCount()))
        return [item.text() for item in items if item is not None]
