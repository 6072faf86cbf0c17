"""Today's medicines: the doses due today, each with "Taken" / "Not taken" and its state in
words (never by colour alone), undo, and doses left in each inhaler with a calm refill note.

Signals: ``changed`` after anything is logged, started, corrected or undone.
The plan's own words are shown beside each dose ("as your plan says: ..."); the app never
shows a dose of its own.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ...domain.doses import DoseState
from ...domain.inhalers import REFILL_AT
from ...domain.text import fill
from ..widgets.common import format_datetime, label

MARKS = {DoseState.TAKEN: "\u2714", DoseState.NOT_TAKEN: "\u2716",
         DoseState.NOT_LOGGED: "\u25cb"}  # a mark as well as the word, never colour alone


class DosesToday(QGroupBox):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("My medicines today"))
        self.session = None
        self.rows = QVBoxLayout()
        self.notes = label("", "hint")
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo the last medicine change"))
        self.undo_button.clicked.connect(self._on_undo_clicked)
        self.new_inhaler = QPushButton(self.tr("Started a new inhaler"))
        self.new_inhaler.clicked.connect(self.open_new_inhaler)
        self.inhaler_rows = QVBoxLayout()
        self.refill = label("", "warning")
        actions = QHBoxLayout()
        actions.addWidget(self.new_inhaler)
        actions.addWidget(self.undo_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.rows)
        layout.addWidget(self.notes)
        layout.addLayout(self.inhaler_rows)
        layout.addWidget(self.refill)
        layout.addLayout(actions)
        self.dialog = None
        self.buttons: dict[tuple, tuple[QPushButton, QPushButton]] = {}
        self.correct_buttons: dict[str, QPushButton] = {}

    def show_session(self, session) -> None:
        self.session = session
        self.refresh()

    def refresh(self) -> None:
        _clear(self.rows)
        _clear(self.inhaler_rows)
        self.buttons.clear()
        self.correct_buttons.clear()
        if self.session is None:
            return
        plan = self.session.plans.current()
        medicines = self.session.medicines
        doses = medicines.today()
        for dose in doses:
            self.rows.addWidget(self._dose_row(dose))
        notes = [fill(self.tr("Your plan does not say when to take %1, so its doses are not "
                              "counted. Ask your nurse, or add the times in My plan."),
                      medicine.title()) for medicine in medicines.unscheduled()]
        if not doses and not notes:
            notes.append(self.tr("No regular doses are due today in your plan.") if plan
                         else self.tr("Add your action plan to see your medicines here."))
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))
        refills = []
        for left in medicines.doses_left():
            self.inhaler_rows.addWidget(self._inhaler_row(left))
            if left.refill_due:
                refills.append(left.inhaler.medicine)
        self.refill.setText(fill(self.tr(
            "About %n doses or fewer left in: %1. Time to get your next inhaler. An empty "
            "inhaler can still spray, with no medicine in it.", "", REFILL_AT),
            ", ".join(refills)) if refills else "")
        self.refill.setVisible(bool(refills))
        self.new_inhaler.setVisible(plan is not None and bool(plan.medicines))
        self.undo_button.setVisible(medicines.can_undo)
        self.setVisible(plan is not None)

    def _dose_row(self, dose) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        medicine = dose.due.medicine
        text = fill(self.tr("%1: %2"), dose.due.slot.label(), medicine.title())
        if medicine.instructions:
            text += "\n" + fill(self.tr("Your plan says: %1"), medicine.instructions)
        state = fill(self.tr("%1 %2"), MARKS[dose.state], dose.state.label())
        if dose.event is not None and dose.event.reason:
            state += "\n" + fill(self.tr("Reason: %1"), dose.event.reason)
        if dose.event is not None and dose.event.logged_late:
            state += "\n" + fill(self.tr("Logged later, on %1"),
                                 format_datetime(dose.event.logged_at))
        what = label(text)
        status = label(state, "doseState")
        status.setAccessibleName(fill(self.tr("%1, %2: %3"), dose.due.slot.label(),
                                      medicine.title(), dose.state.label()))
        taken = QPushButton(self.tr("Taken"))
        taken.setAccessibleName(fill(self.tr("Taken: %1, %2"), medicine.title(),
                                     dose.due.slot.label()))
        taken.clicked.connect(lambda _=False, due=dose.due: self.answer(due, True))
        missed = QPushButton(self.tr("Not taken"))
        missed.setAccessibleName(fill(self.tr("Not taken: %1, %2"), medicine.title(),
                                      dose.due.slot.label()))
        missed.clicked.connect(lambda _=False, due=dose.due: self.open_not_taken(due))
        layout.addWidget(what, 1)
        layout.addWidget(status)
        layout.addWidget(taken)
        layout.addWidget(missed)
        self.buttons[dose.due.key] = (taken, missed)
        return row

    def _inhaler_row(self, left) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        if left.shown is None:
            text = fill(self.tr("%1: doses left cannot be counted, because your plan does not "
                                "say how many puffs each time. Check the counter on the "
                                "inhaler."), left.inhaler.medicine)
        else:
            text = fill(self.tr("%1: about %n doses left (counted from what you logged; the "
                                "inhaler's own counter is the one to trust).", "", left.shown),
                        left.inhaler.medicine)
        layout.addWidget(label(text), 1)
        correct = QPushButton(self.tr("Correct the count"))
        correct.setAccessibleName(fill(self.tr("Correct the count: %1"), left.inhaler.medicine))
        correct.clicked.connect(lambda _=False, i=left.inhaler: self.open_correction(i))
        layout.addWidget(correct)
        self.correct_buttons[left.inhaler.medicine] = correct
        return row

    # --- actions ------------------------------------------------------------------------

    def answer(self, due, taken: bool, reason: str = "") -> None:
        assert self.session is not None  # dose rows are only built for a session (refresh)
        self.session.medicines.answer(due, taken, reason)
        self._changed()

    def open_not_taken(self, due):
        from ..dialogs.doses import NotTakenDialog  # lazy: start-up

        self.dialog = NotTakenDialog(due, self)
        self.dialog.reason_given.connect(lambda reason: self.answer(due, False, reason))
        self.dialog.open()
        return self.dialog

    def open_new_inhaler(self):
        from ..dialogs.doses import NewInhalerDialog  # lazy: start-up

        self.dialog = NewInhalerDialog(self.session, self)
        self.dialog.accepted.connect(self._changed)
        self.dialog.open()
        return self.dialog

    def open_correction(self, inhaler):
        from ..dialogs.doses import CorrectCountDialog  # lazy: start-up

        self.dialog = CorrectCountDialog(self.session, inhaler, self)
        self.dialog.accepted.connect(self._changed)
        self.dialog.open()
        return self.dialog

    def _on_undo_clicked(self) -> None:
        if self.session is None:  # the button exists before any person is shown
            return
        self.session.medicines.undo()
        self._changed()

    def _changed(self) -> None:
        self.refresh()
        self.changed.emit()


def _clear(layout) -> None:
    """Empty ``layout`` now: a row only deleted later was still drawn, over the new rows,
    until the event loop came round to deleting it."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
