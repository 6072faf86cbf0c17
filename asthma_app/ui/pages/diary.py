"""Diary: readings and symptom entries, newest first; change or delete, with undo.

Each row's zone is worked out under the plan that was in force when it was logged, or, on
request, under the current plan.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ...domain.assessment import reading_zone, symptom_zone
from ...domain.readings import PeakFlowReading
from ...domain.text import fill
from ...services.diary import READINGS, SYMPTOMS
from ...storage.database import StorageError
from ..dialogs.peak_flow import PeakFlowDialog
from ..dialogs.symptoms import SymptomDialog
from ..widgets.common import format_datetime, label
from .base import Page

PAGE_SIZE = 200


class DiaryPage(Page):
    key = "diary"

    def __init__(self, mode, parent=None):
        super().__init__(mode, parent)
        self._limit = PAGE_SIZE
        self._items: list = []
        self._plans: dict[int, object] = {}
        heading = label(self.tr("My diary"), "pageTitle")
        self.current_plan_zones = QCheckBox(self.tr("Show zones under my current plan"))
        self.current_plan_zones.toggled.connect(self.refresh)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("What"),
                                              self.tr("Details"), self.tr("Zone")])
        self.table.setAccessibleName(self.tr("Diary entries, newest first"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.empty = label(self.tr("Nothing logged yet. Use Today to log a peak flow or how "
                                   "you feel."), "hint")
        self.edit_button = QPushButton(self.tr("Change"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.clicked.connect(self.undo)
        self.more_button = QPushButton(self.tr("Show older entries"))
        self.more_button.clicked.connect(self._show_more)
        self.status = label("", "hint")
        buttons = QHBoxLayout()
        for button in (self.edit_button, self.delete_button, self.undo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.current_plan_zones)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.dialog = None

    def title(self) -> str:
        return self.tr("Diary")

    def _plan_for(self, item):
        if self.current_plan_zones.isChecked() or item.plan_version_id is None:
            return self.session.plans.current()
        if item.plan_version_id not in self._plans:
            self._plans[item.plan_version_id] = self.session.plans.by_id(item.plan_version_id)
        return self._plans[item.plan_version_id]

    def _describe(self, item) -> tuple[str, str, str]:
        plan = self._plan_for(item)
        if isinstance(item, PeakFlowReading):
            details = fill(self.tr("%1\u00a0L/min (blows: %2), %3"), item.value,
                           ", ".join(map(str, item.blows)), item.session.label())
            if item.after_reliever:
                details += self.tr(", after reliever")
            zone = reading_zone(plan, item)[0] if plan and plan.personal_best else None
            what = self.tr("Peak flow")
        else:
            parts = []
            if item.daytime_symptoms:
                parts.append(self.tr("day symptoms"))
            if item.night_waking:
                parts.append(self.tr("woke at night"))
            if item.activity_limited:
                parts.append(self.tr("activities limited"))
            parts.append(fill(self.tr("reliever puffs: %1"), item.reliever_puffs))
            parts += list(item.amber_signs) + list(item.red_signs)
            details = "; ".join(parts)
            zone = symptom_zone(item)[0] if plan else None
            what = self.tr("How I felt")
        if item.note:
            details += fill(self.tr(". Note: %1"), item.note)
        return what, details, zone.short_label() if zone else self.tr("no zone")

    def refresh(self) -> None:
        if self.session is None:
            return
        self._plans.clear()
        readings = self.session.diary.readings(limit=self._limit)
        entries = self.session.diary.entries(limit=self._limit)
        self._items = sorted(readings + entries, key=lambda item: item.when, reverse=True)
        self.table.setRowCount(len(self._items))
        for row, item in enumerate(self._items):
            what, details, zone = self._describe(item)
            for column, text in enumerate((format_datetime(item.when), what, details, zone)):
                cell = QTableWidgetItem(text)
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnToContents(0)
        self.table.resizeRowsToContents()
        self.empty.setVisible(not self._items)
        self.more_button.setVisible(len(readings) >= self._limit or len(entries) >= self._limit)
        self._update_buttons()

    def _show_more(self) -> None:
        self._limit += PAGE_SIZE
        self.refresh()

    def selected(self):
        rows = {index.row() for index in self.table.selectedIndexes()}
        return self._items[rows.pop()] if len(rows) == 1 else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        diary = self.session.diary if self.session else None
        self.undo_button.setEnabled(bool(diary and diary.can_undo))
        self.undo_button.setText(diary.undo_description if diary and diary.can_undo
                                 else self.tr("Undo"))

    def edit_selected(self):
        item = self.selected()
        if item is None:
            return None
        if isinstance(item, PeakFlowReading):
            self.dialog = PeakFlowDialog(self.session, self.mode, self, existing=item)
            self.dialog.reading_saved.connect(lambda _r: self._changed(self.tr("Reading changed.")))
        else:
            self.dialog = SymptomDialog(self.session, self, existing=item)
            self.dialog.entry_saved.connect(lambda _e: self._changed(self.tr("Entry changed.")))
        self.dialog.open()
        return self.dialog

    def delete_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        when = format_datetime(item.when)
        try:
            if isinstance(item, PeakFlowReading):
                self.session.diary.delete(READINGS, item.id,
                                          fill(self.tr("Undo delete of reading from %1"), when))
            else:
                self.session.diary.delete(SYMPTOMS, item.id,
                                          fill(self.tr("Undo delete of entry from %1"), when))
        except StorageError as error:
            self.status.setText(str(error))
            return
        self._changed(self.tr("Deleted. You can undo this."))

    def undo(self) -> None:
        try:
            undone = self.session.diary.undo()
        except StorageError as error:
            self.status.setText(str(error))
            return
        if undone is not None:
            self._changed(self.tr("Undone."))

    def _changed(self, message: str) -> None:
        self.status.setText(message)
        self.data_changed.emit()
