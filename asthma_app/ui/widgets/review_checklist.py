"""What the nurse checks: the review checklist, filled in together at the review.

It opens with the newest checklist's answers (the last review is this one's starting point),
shown as such; saving adds a new checklist and never changes an old one.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.checklist import PlanGiven, ReviewChecklist, Smoking, YesNo, flu_season
from ...domain.control import ControlError
from ...domain.text import fill
from .common import DATE_FORMAT, format_date, label, left_to_right, to_date, to_qdate


class ReviewChecklistView(QWidget):
    """Signals: ``saved`` after a checklist is stored."""

    saved = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.session = None
        self.intro = label(self.tr("For you and your nurse to fill in together at your "
                                   "review. Leave anything that was not talked about as "
                                   "\"not asked\"."), "hint")
        self.starting_point = label("", "hint")
        self.done_on = self._date_edit(self.tr("Date of the review"))
        self.technique = QCheckBox(self.tr("Inhaler technique checked"))
        self.technique_on = self._date_edit(self.tr("Date inhaler technique checked"))
        self.technique.toggled.connect(self.technique_on.setEnabled)
        self.device = QLineEdit()
        self.device.setAccessibleName(self.tr("Inhaler device checked"))
        self.spacer = self._combo(self.tr("Uses a spacer"), [(a, a.label()) for a in YesNo])
        self.smoking = self._combo(self.tr("Smoking"), [(a, a.label()) for a in Smoking])
        self.second_hand = self._combo(self.tr("Second-hand smoke at home or in the car"),
                                       [(a, a.label()) for a in YesNo])
        self.flu = self._combo(self.tr("Flu vaccine this season"),
                               [(a, a.label()) for a in YesNo])
        self.plan = self._combo(self.tr("Action plan"), [(a, a.label()) for a in PlanGiven])
        self.agenda = QPlainTextEdit()
        self.agenda.setAccessibleName(self.tr("What I want to talk about at this review"))
        self.agenda.setTabChangesFocus(True)
        self.save_button = QPushButton(self.tr("Save checklist"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        self.message = label("", "error")
        self.saved_text = label("", "hint")
        form = QFormLayout()
        form.addRow(self.tr("Date of the review"), self.done_on)
        form.addRow(self.technique, self.technique_on)
        form.addRow(self.tr("Inhaler device"), self.device)
        form.addRow(self.tr("Spacer"), self.spacer)
        form.addRow(self.tr("Smoking"), self.smoking)
        form.addRow(self.tr("Second-hand smoke"), self.second_hand)
        self.flu_caption = label("")
        form.addRow(self.flu_caption, self.flu)
        form.addRow(self.tr("Action plan"), self.plan)
        form.addRow(self.tr("My agenda for the review"), self.agenda)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.starting_point)
        layout.addLayout(form)
        layout.addWidget(self.save_button)
        layout.addWidget(self.message)
        layout.addWidget(self.saved_text)
        layout.addStretch(1)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = left_to_right(QDateEdit())
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setAccessibleName(name)
        return edit

    def _combo(self, name: str, choices) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.addItem(self.tr("Not asked"), None)
        for value, text in choices:
            combo.addItem(text, value)
        return combo

    @staticmethod
    def _choose(combo: QComboBox, value) -> None:
        combo.setCurrentIndex(max(combo.findData(value), 0) if value is not None else 0)

    def set_session(self, session) -> None:
        self.session = session
        today = to_qdate(session.clock().date())
        for edit in (self.done_on, self.technique_on):
            edit.setMaximumDate(today)
        self.load()

    def load(self) -> None:
        """Today's date, with the newest checklist's answers as the starting point."""
        today = self.session.clock().date()
        self.done_on.setDate(to_qdate(today))
        self.technique_on.setDate(to_qdate(today))
        self.flu_caption.setText(fill(self.tr("Flu vaccine this season (%1)"),
                                      flu_season(today)))
        latest = next(iter(self.session.reviews.checklists()), None)
        self.technique.setChecked(False)
        self.technique_on.setEnabled(False)
        if latest is None:
            self.starting_point.setText("")
            for combo in (self.spacer, self.smoking, self.second_hand, self.flu, self.plan):
                combo.setCurrentIndex(0)
            self.device.clear()
            self.agenda.clear()
            return
        self.starting_point.setText(fill(self.tr(
            "Starting from your last review's checklist (%1): check each answer again."),
            format_date(latest.done_on)))
        self.device.setText(latest.device)
        self._choose(self.spacer, latest.spacer)
        self._choose(self.smoking, latest.smoking)
        self._choose(self.second_hand, latest.second_hand_smoke)
        # the flu vaccine and the plan belong to one season and one review: asked afresh
        self._choose(self.flu, latest.flu_vaccine
                     if flu_season(latest.done_on) == flu_season(today) else None)
        self.plan.setCurrentIndex(0)
        self.agenda.clear()

    @staticmethod
    def _read(combo: QComboBox, kind):
        """The combo's answer as ``kind`` (Qt hands enum data back as plain text)."""
        value = combo.currentData()
        return kind(value) if value else None

    def checklist(self) -> ReviewChecklist:
        read = self._read
        return ReviewChecklist(
            done_on=to_date(self.done_on.date()),
            technique_checked_on=to_date(self.technique_on.date())
            if self.technique.isChecked() else None,
            device=self.device.text(), spacer=read(self.spacer, YesNo),
            smoking=read(self.smoking, Smoking), second_hand_smoke=read(self.second_hand, YesNo),
            flu_vaccine=read(self.flu, YesNo), plan_given=read(self.plan, PlanGiven),
            agenda=self.agenda.toPlainText())

    def save(self) -> None:
        try:
            saved = self.session.reviews.record_checklist(self.checklist())
        except ControlError as error:
            self.message.setText(str(error))
            return
        self.message.setText("")
        self.saved_text.setText(fill(self.tr("Checklist saved for the review on %1."),
                                     format_date(saved.done_on)))
        self.saved.emit()
