"""Find my personal best: two weeks of readings while well, a proposal, and the user's choice.

Nothing changes until "Save as my personal best" is pressed with the name of the person who
agreed it; then the plan gains a new version. Predicted peak flow is shown for reference only.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.peak_flow import ADULT_AGES, ADULT_HEIGHTS_CM
from ...domain.text import fill
from ...services import personal_best as best
from ...services.plans import PlanRejected
from ..widgets.common import format_date, label
from ..widgets.litres_field import LitresField
from .discard import DiscardGuard


class PersonalBestDialog(DiscardGuard, QDialog):
    """Signals: ``plan_saved(object)`` with the new plan version."""

    plan_saved = Signal(object)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self._session = session
        self._plan = session.plans.current()
        self.progress = best.progress(session)
        self.setWindowTitle(self.tr("Find my personal best"))
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(label(self.tr(
            "Your personal best is the highest peak flow you reach when your asthma is as good "
            "as it gets. To find it: for two weeks, while you feel well, take your peak flow "
            "every morning and every evening. Blow three times and log the highest. Use the "
            "same meter each time."), "hint"))
        layout.addWidget(self._progress_box())
        layout.addWidget(self._proposal_box())
        layout.addWidget(self._predicted_box())
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.save_button = QPushButton(self.tr("Save as my personal best"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("Close without changing my plan"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll)
        outer.addLayout(buttons)
        self.resize(720, 640)
        self._update()
        # a typed best or name is asked about before it goes; the prediction's inputs are not
        self.mark_clean(ignored=(self.sex, self.height_cm))

    def _progress_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Your last 14 days"))
        p = self.progress
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 2 * best.DAYS)
        self.progress_bar.setValue(p.sessions)
        self.progress_bar.setFormat(fill(self.tr("%1 of %2 readings"), p.sessions, 2 * best.DAYS))
        self.progress_bar.setAccessibleName(self.tr("Morning and evening readings collected"))
        self.progress_text = label(fill(self.tr(
            "Readings on %1 of the last 14 days; morning and evening both on %2 days; %3 of 28 "
            "morning and evening readings."), p.days_with_readings, p.days_complete, p.sessions))
        layout = QVBoxLayout(box)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.progress_text)
        if not p.complete:
            layout.addWidget(label(self.tr(
                "Keep going until you have 14 days with a morning and an evening reading. You "
                "can still look at the highest reading so far."), "warning"))
        return box

    def _proposal_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Proposed personal best"))
        p = self.progress
        form = QFormLayout(box)
        if p.highest is None:
            self.proposal = label(self.tr("No readings in the last 14 days yet."))
        else:
            self.proposal = label(fill(self.tr(
                "Your highest reading in these 14 days was %1\u00a0L/min, on %2."), p.highest,
                format_date(p.highest_day)))
        form.addRow(self.proposal)
        # Exactly what was typed, never a replacement (issue 11 item 5); the proposal is the
        # patient's own highest reading, shown in the sentence above.
        self.value = LitresField(self.tr("New personal best"))
        self.value.setValue(p.highest or (self._plan.personal_best if self._plan else None))
        self.agreed_by = QLineEdit()
        self.agreed_by.setAccessibleName(self.tr("Agreed with"))
        self.agreed_by.setPlaceholderText(self.tr("For example: Nurse Jones"))
        self.value.changed.connect(self._update)
        self.agreed_by.textChanged.connect(self._update)
        form.addRow(self.tr("New personal best"), self.value)
        form.addRow(self.tr("Agreed with (name)"), self.agreed_by)
        for field in (self.value, self.agreed_by):
            form.labelForField(field).setBuddy(getattr(field, "edit", field))
        self.summary = label("")
        form.addRow(self.summary)
        return box

    def _predicted_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Predicted peak flow: for reference only"))
        form = QFormLayout(box)
        self.sex = QComboBox()
        self.sex.setAccessibleName(self.tr("Sex for the prediction"))
        for text, value in ((self.tr("Choose\u2026"), ""), (self.tr("Female"), "F"),
                            (self.tr("Male"), "M")):
            self.sex.addItem(text, value)
        self.height_cm = QSpinBox()
        self.height_cm.setRange(80, 220)
        self.height_cm.setValue(165)
        self.height_cm.setSuffix(" cm")
        self.height_cm.setAccessibleName(self.tr("Height"))
        form.addRow(self.tr("Sex"), self.sex)
        form.addRow(self.tr("Height"), self.height_cm)
        for field in (self.sex, self.height_cm):
            form.labelForField(field).setBuddy(field)
        self.predicted = label("")
        form.addRow(self.predicted)
        self.sex.currentIndexChanged.connect(self._update)
        self.height_cm.valueChanged.connect(self._update)
        return box

    def _age(self) -> int | None:
        year = self._session.profile.birth_year
        return self._session.clock().year - year if year else None

    def _update(self) -> None:
        typed = self.value.check()
        if self._plan is None:
            self.summary.setText(self.tr("Add your action plan first: the personal best is "
                                         "part of it."))
        elif not typed.ok:
            self.summary.setText(self.tr("Type the new personal best in L/min to save it."))
        elif self._plan.personal_best:
            self.summary.setText(fill(self.tr(
                "Your plan's personal best will change from %1 to %2\u00a0L/min. Zones from now on "
                "use the new value; earlier readings keep their zones."),
                self._plan.personal_best, typed.value))
        else:
            self.summary.setText(fill(self.tr(
                "Your plan will use %1\u00a0L/min as your personal best from now on."),
                typed.value))
        self.save_button.setEnabled(self._plan is not None and self.progress.highest is not None
                                    and typed.ok and bool(self.agreed_by.text().strip()))
        self.predicted.setText(self._predicted_text())

    def _predicted_text(self) -> str:
        age = self._age()
        if age is None:
            return self.tr("Add your year of birth to your profile to see a predicted value.")
        value = best.predicted(age, self.sex.currentData() or "", self.height_cm.value())
        if value is None:  # said plainly: no prediction, never a guessed one
            if age < best.ADULT_FROM_AGE:
                return self.tr("No prediction: the children's table covers heights from 85 "
                               "to 170 cm.")
            if not self.sex.currentData():
                return self.tr("Choose sex and height to see a predicted value.")
            return fill(self.tr("No prediction: the adult formula is only used for ages %1 "
                                "to %2 and heights from %3 to %4 cm."),
                        *ADULT_AGES, *ADULT_HEIGHTS_CM)
        return fill(self.tr("Predicted for your age (%1), sex and height: %2 L/min (EU scale). "
                            "For reference only: discuss with your nurse. Your zones always "
                            "use your own personal best."), age, value)

    def save(self):
        typed = self.value.check()
        if not typed.ok:  # never saved from a number that was not typed
            self.summary.setText(typed.error)
            return None
        try:
            plan = best.agree_best(self._session, typed.value, self.agreed_by.text())
        except PlanRejected as rejected:
            self.summary.setText("\n".join(rejected.problems))
            return None
        self.plan_saved.emit(plan)
        self.accept()
        return plan
