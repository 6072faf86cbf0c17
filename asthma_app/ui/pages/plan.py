"""Plan: the current plan as a paper-style read view, editing and the version history."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.text import fill
from ..dialogs.plan_editor import PlanEditor
from ..widgets.common import format_date, format_datetime, label
from ..widgets.plan_view import PlanView
from .base import Page


class PlanPage(Page):
    key = "plan"

    def __init__(self, mode, parent=None):
        super().__init__(mode, parent)
        self.heading = label(self.tr("My action plan"), "pageTitle")
        self.no_plan = label(self.tr(
            "You don't have a plan in the app yet. An asthma action plan is written with your "
            "GP or asthma nurse. It tells you what to do every day, when your asthma gets worse, "
            "and in an asthma attack. Ask for one at your next appointment or asthma review, "
            "then fill it in here together. Until then you can still keep your diary."))
        self.view = PlanView(links=True)
        self.view.open_topic.connect(self.open_topic)
        self.edit_button = QPushButton(self.tr("Change my plan (with my nurse)"))
        self.edit_button.setObjectName("primary")
        self.edit_button.clicked.connect(self.open_editor)
        self.history_button = QPushButton(self.tr("Plan history"))
        self.history_button.clicked.connect(self.open_history)
        self.child_button = QPushButton(self.tr("Child's details and school copy"))
        self.child_button.clicked.connect(self.open_child_details)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.history_button)
        buttons.addWidget(self.child_button)
        buttons.addStretch(1)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.heading)
        layout.addLayout(buttons)
        layout.addWidget(self.no_plan)
        layout.addWidget(self.view)
        layout.addStretch(1)
        self.set_scrolling_body(body)
        self.dialog = None

    def title(self) -> str:
        return self.tr("My plan")

    def refresh(self) -> None:
        if self.session is None:
            return
        plan = self.session.plans.current()
        self.no_plan.setVisible(plan is None)
        self.view.setVisible(plan is not None)
        self.history_button.setEnabled(plan is not None)
        self.edit_button.setText(self.tr("Change my plan (with my nurse)") if plan
                                 else self.tr("Enter my plan"))
        if plan:
            self.view.show_plan(plan)

    def open_editor(self) -> PlanEditor:
        self.dialog = PlanEditor(self.session, self, self.session.profile.emergency)
        self.dialog.plan_saved.connect(lambda _p: self.data_changed.emit())
        self.dialog.open()
        return self.dialog

    def open_child_details(self) -> QDialog:
        from ..dialogs.child_details import ChildDetailsDialog  # lazy: start-up

        self.dialog = ChildDetailsDialog(self.session, self.mode, self)
        self.dialog.open()
        return self.dialog

    def open_history(self) -> QDialog:
        self.dialog = PlanHistoryDialog(self.session.plans.history(), self)
        self.dialog.open()
        return self.dialog


class PlanHistoryDialog(QDialog):
    """Every saved version, newest first; choosing one shows it read-only."""

    def __init__(self, history, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan history"))
        self._history = history
        self.versions = QListWidget()
        self.versions.setAccessibleName(self.tr("Plan versions"))
        for saved_at, plan in history:
            text = fill(self.tr("Version %1: agreed %2 with %3 (saved %4)"), plan.version,
                        format_date(plan.agreed_on), plan.agreed_by, format_datetime(saved_at))
            self.versions.addItem(QListWidgetItem(text))
        self.view = PlanView()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.view)
        self.versions.currentRowChanged.connect(self._on_versions_row_changed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.versions, 1)
        layout.addWidget(scroll, 3)
        layout.addWidget(buttons)
        if history:
            self.versions.setCurrentRow(0)
        self.resize(760, 680)

    def _on_versions_row_changed(self, row: int) -> None:
        if 0 <= row < len(self._history):
            self.view.show_plan(self._history[row][1])
