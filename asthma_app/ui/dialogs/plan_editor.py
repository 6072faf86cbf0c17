"""Enter or change the action plan, together with the nurse. Saving makes a new version.

Every clinical value is typed by the user (the clinician's choices); the editor only offers
the documented defaults and checks the plan is complete before it can be saved.

Attack steps are either the standard set for the kind of plan (saved as a reference, shown
here in the current language with the emergency number filled in) or the clinician's own,
typed as written. A MART or AIR plan's standard set is the general "follow your plan" steps,
never the reliever-inhaler ones; the plan's own checks refuse reliever steps typed in.
"""

from __future__ import annotations

from datetime import date
from typing import cast

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain import attack_steps as standard_steps
from ...domain.plan import (
    DEFAULT_AMBER_BELOW_PCT,
    DEFAULT_RED_BELOW_PCT,
    MAX_RELIEVER_PUFFS_LIMIT,
    ActionPlan,
    PlanKind,
    Scale,
    air_age_warning,
    default_amber_signs,
    default_attack_steps,
    default_attack_steps_ref,
    default_red_signs,
    resolve_attack_steps,
    set_aside_note,
)
from ...domain.text import fill
from ...services.plans import PlanRejected
from ...storage.database import StorageError
from ..widgets.common import (
    DATE_FORMAT,
    label,
    left_to_right,
    save_cancel_row,
    scrolling,
    to_date,
    to_qdate,
)
from ..widgets.litres_field import LitresField
from ..widgets.medicine_table import MedicineTable
from .discard import DiscardGuard


def _lines(edit: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(line.strip() for line in edit.toPlainText().splitlines() if line.strip())


def _text_box(name: str, lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(28 * lines)
    return box


class PlanEditor(DiscardGuard, QDialog):
    """Signals: ``plan_saved(object)`` with the new ActionPlan version."""

    plan_saved = Signal(object)

    def __init__(self, session, parent=None, emergency_number: str = "999",
                 nurse: bool = False):
        """``nurse``: written by the nurse at the review (nurse mode): their role and who
        agreed the plan with them are asked as well."""
        super().__init__(parent)
        self._session = session
        self._nurse = nurse
        current = session.plans.current()
        self._loaded = current
        self.setWindowTitle(self.tr("Action plan: fill in with your nurse or doctor"))
        body = QWidget()
        form = QFormLayout(body)
        form.addRow(label(self.tr("Write the plan with the patient. The app checks it as it "
                                  "would at home, and it is kept only in the file you save.")
                          if nurse else
                          self.tr("Copy your plan exactly as your nurse or doctor wrote it. "
                                  "Saving keeps your old plan in the history."), "hint"))
        self.kind = QComboBox()
        for kind in PlanKind:
            self.kind.addItem(kind.label(), kind.value)
        self.agreed_by = QLineEdit()
        self.agreed_on = left_to_right(QDateEdit())
        self.agreed_on.setCalendarPopup(True)
        self.next_review = left_to_right(QDateEdit())
        self.next_review.setCalendarPopup(True)
        for edit in (self.agreed_on, self.next_review):
            edit.setDisplayFormat(DATE_FORMAT)
        self.uses_peak_flow = QCheckBox(self.tr("My plan uses peak flow"))
        self.personal_best = LitresField(self.tr("Personal best"))  # never a silent fix-up
        self.scale = QComboBox()
        for scale in Scale:
            self.scale.addItem(scale.label(), scale.value)
        self.amber_pct = QSpinBox()
        self.amber_pct.setRange(2, 100)
        self.amber_pct.setSuffix(" %")
        self.red_pct = QSpinBox()
        self.red_pct.setRange(1, 99)
        self.red_pct.setSuffix(" %")
        self.green_text = _text_box(self.tr("Green zone: what I do every day"))
        self.amber_signs = _text_box(self.tr("Amber zone signs, one per line"), 4)
        self.amber_text = _text_box(self.tr("Amber zone: what I do"))
        self.red_signs = _text_box(self.tr("Red zone signs, one per line"), 4)
        self.red_text = _text_box(self.tr("Red zone: what I do"))
        self.medicines = MedicineTable()
        self.triggers = _text_box(self.tr("My triggers, one per line"), 2)
        self.gp_contact = QLineEdit()
        self.out_of_hours = QLineEdit()
        self.emergency = QLineEdit()
        self.air_warning = label("", "warning")
        self.air_warning.hide()
        self.max_puffs = QSpinBox()
        self.max_puffs.setRange(0, MAX_RELIEVER_PUFFS_LIMIT)
        self.max_puffs.setSpecialValueText(self.tr("not written in my plan"))
        self.steps_choice = QComboBox()
        self.steps_choice.addItem(self.tr("The standard steps for this kind of plan"), "standard")
        self.steps_choice.addItem(self.tr("My own steps, as my nurse or doctor wrote them"),
                                  "own")
        self.attack_steps = _text_box(self.tr("Asthma attack steps, one per line"), 5)
        self.attack_steps.setPlaceholderText(self.tr(
            "Type the attack steps exactly as your plan says, one per line."))
        self.steps_hint = label(self.tr(
            "The standard steps are saved as a reference, not as text, so they always show in "
            "the language the app is in. For MART and AIR plans they are general steps: use "
            "your inhaler as your plan says and call for help."), "hint")
        self.steps_note = label("", "warning")
        self.steps_note.hide()
        self._own_steps = ""  # what was typed as own steps, kept while the standard is shown
        self._showing_own: bool | None = None
        self.monitoring_hours = QSpinBox()
        self.monitoring_hours.setRange(1, 24 * 14)
        self.monitoring_hours.setSuffix(self.tr(" hours"))

        self.agreed_by_role = QLineEdit()
        self.agreed_by_role.setPlaceholderText(self.tr("For example: Practice nurse"))
        self.agreed_with = QLineEdit()
        self.agreed_with.setPlaceholderText(self.tr("For example: Sam and his mum"))
        nurse_rows = [(self.tr("Your role"), self.agreed_by_role),
                      (self.tr("Agreed with (patient, parent or carer)"), self.agreed_with)]
        rows = [
            (self.tr("Kind of plan"), self.kind), ("", self.air_warning),
            (self.tr("Your name (nurse or doctor)") if nurse else self.tr("Agreed with (name)"),
             self.agreed_by), *(nurse_rows if nurse else []),
            (self.tr("Agreed on"), self.agreed_on), (self.tr("Next review"), self.next_review),
            ("", self.uses_peak_flow), (self.tr("Personal best"), self.personal_best),
            (self.tr("Meter scale"), self.scale),
            (self.tr("Amber zone when peak flow is below"), self.amber_pct),
            (self.tr("Red zone when peak flow is below"), self.red_pct),
            (self.tr("Green: every day"), self.green_text),
            (self.tr("Amber signs"), self.amber_signs),
            (self.tr("Amber: what to do"), self.amber_text),
            (self.tr("Red signs"), self.red_signs), (self.tr("Red: what to do"), self.red_text),
            (self.tr("Medicines"), self.medicines),
            (self.tr("Most reliever puffs in a day (MART or AIR)"), self.max_puffs),
            (self.tr("Triggers"), self.triggers),
            (self.tr("GP or nurse contact"), self.gp_contact),
            (self.tr("Out-of-hours contact"), self.out_of_hours),
            (self.tr("Emergency number"), self.emergency),
            (self.tr("Attack steps"), self.steps_choice), ("", self.attack_steps),
            ("", self.steps_hint), ("", self.steps_note),
            (self.tr("Check in at least every"), self.monitoring_hours),
        ]
        for text, widget in rows:
            form.addRow(text, widget)
            if text:
                label_widget = form.labelForField(widget)
                if not widget.accessibleName():
                    widget.setAccessibleName(text)
                if label_widget is not None:
                    label_widget.setBuddy(getattr(widget, "edit", widget))
        self.uses_peak_flow.toggled.connect(self._on_uses_peak_flow_toggled)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.steps_choice.currentIndexChanged.connect(self._on_steps_choice_changed)
        self.emergency.textChanged.connect(self._show_steps)
        self._add_suggestions(form)

        self.problems = label("", "error")
        self.problems.setAccessibleName(self.tr("Problems to fix before saving"))
        self.problems.hide()
        buttons, self.save_button = save_cancel_row(self, self.tr("Save as agreed plan"),
                                                    self._save)
        outer = QVBoxLayout(self)
        outer.addWidget(scrolling(body))
        outer.addWidget(self.problems)
        outer.addLayout(buttons)
        self._fill(current, emergency_number)
        self.mark_clean()  # from here on, anything typed is asked about before it goes
        self.resize(820, 700)

    def _add_suggestions(self, form: QFormLayout) -> None:
        """Under the green and amber texts: a suggested line (ours, issue 17) with a button to
        add it. It is only offered; once added it is plain text the clinician may change."""
        from PySide6.QtWidgets import QHBoxLayout  # lazy: here: keeps this block apart for merging

        from ...domain.plan_suggestions import add_line, offer, suggested_lines  # lazy: start-up
        self.suggestion_buttons = {}
        for line in suggested_lines():
            box = self.amber_text if line.zone == "amber" else self.green_text
            button = QPushButton(self.tr("Add this suggested line"))
            button.setAccessibleName(fill(self.tr("Add this suggested line: %1"), line.text))
            row = QHBoxLayout()
            row.addWidget(label(fill(self.tr("Suggested: \u201c%1\u201d"), line.text), "hint"),
                          1)
            row.addWidget(button)

            def on_click(_checked=False, box=box, line=line):
                box.setPlainText(add_line(box.toPlainText(), line))

            def on_text(box=box, line=line, button=button):
                button.setEnabled(offer(box.toPlainText(), line))

            button.clicked.connect(on_click)
            box.textChanged.connect(on_text)
            # PySide6's stub says ``object``; it is (row, role), as for getLayoutPosition
            position, _role = cast("tuple[int, QFormLayout.ItemRole]",
                                   form.getWidgetPosition(box))
            form.insertRow(position + 1, "", row)
            self.suggestion_buttons[line.key] = button

    def _fill(self, plan: ActionPlan | None, emergency_number: str) -> None:
        today = self._session.clock().date()
        if plan is None:
            plan = ActionPlan(kind=PlanKind.PREVENTER_RELIEVER, agreed_by="", agreed_on=today,
                              personal_best=None, emergency_number=emergency_number,
                              next_review=date(today.year + 1, today.month, min(today.day, 28)))
        self.kind.setCurrentIndex(self.kind.findData(plan.kind.value))
        self.agreed_by.setText(plan.agreed_by)
        self.agreed_by_role.setText(plan.agreed_by_role)
        self.agreed_with.setText(plan.agreed_with)
        self.agreed_on.setDate(to_qdate(plan.agreed_on))
        review = plan.next_review or plan.agreed_on
        self.next_review.setDate(to_qdate(review))
        self.uses_peak_flow.setChecked(plan.personal_best is not None)
        self.personal_best.setValue(plan.personal_best)  # empty, never a made-up 400
        self._on_uses_peak_flow_toggled(plan.personal_best is not None)
        self.scale.setCurrentIndex(self.scale.findData(plan.scale.value))
        self.amber_pct.setValue(plan.amber_below_pct or DEFAULT_AMBER_BELOW_PCT)
        self.red_pct.setValue(plan.red_below_pct or DEFAULT_RED_BELOW_PCT)
        self.green_text.setPlainText(plan.green_instructions)
        self.amber_signs.setPlainText("\n".join(plan.amber_signs or default_amber_signs()))
        self.amber_text.setPlainText(plan.amber_instructions)
        self.red_signs.setPlainText("\n".join(plan.red_signs or default_red_signs()))
        self.red_text.setPlainText(plan.red_instructions)
        self.medicines.set_medicines(plan.medicines)
        self.triggers.setPlainText("\n".join(plan.triggers))
        self.gp_contact.setText(plan.gp_contact)
        self.out_of_hours.setText(plan.out_of_hours_contact)
        self.emergency.setText(plan.emergency_number)
        self.max_puffs.setValue(plan.max_reliever_puffs_per_day or 0)
        # own steps are shown as the patient will see them: the number filled in, not "%1"
        self._own_steps = "\n".join(fill(step, plan.emergency_number)
                                    for step in plan.attack_steps)
        self._showing_own = None
        self.steps_choice.setCurrentIndex(self.steps_choice.findData(
            "own" if plan.attack_steps else "standard"))
        shown = resolve_attack_steps(plan)
        self.steps_note.setText(set_aside_note() if shown.set_aside else "")
        self.steps_note.setVisible(shown.set_aside)
        self.monitoring_hours.setValue(plan.monitoring_hours)
        self._on_kind_changed()

    def _on_uses_peak_flow_toggled(self, checked: bool) -> None:
        for widget in (self.personal_best, self.scale, self.amber_pct, self.red_pct):
            widget.setEnabled(checked)

    def _kind(self) -> PlanKind:
        return PlanKind(self.kind.currentData())

    def _on_kind_changed(self, *_):
        """The standard steps follow the kind; MART/AIR fields and the AIR age check too."""
        kind = self._kind()
        self.max_puffs.setEnabled(kind is not PlanKind.PREVENTER_RELIEVER)
        warning = air_age_warning(kind, self._session.profile.birth_year,
                                  self._session.clock().year)
        self.air_warning.setText(warning or "")
        self.air_warning.setVisible(warning is not None)
        self._show_steps()

    def _on_steps_choice_changed(self, *_):
        if self._showing_own:
            self._own_steps = self.attack_steps.toPlainText()
        self._showing_own = None
        self._show_steps()

    def _uses_own_steps(self) -> bool:
        return self.steps_choice.currentData() == "own"

    def _show_steps(self, *_) -> None:
        """Own steps are editable; the standard ones are shown read-only, in the current
        language with the emergency number filled in (never a raw "%1")."""
        own = self._uses_own_steps()
        if own and self._showing_own:
            return  # keep what is being typed
        self.attack_steps.setReadOnly(not own)
        self.steps_hint.setVisible(not own)
        if own:
            self.attack_steps.setPlainText(self._own_steps)
        else:
            number = self.emergency.text().strip() or "999"
            self.attack_steps.setPlainText("\n".join(
                fill(step, number) for step in default_attack_steps(self._kind())))
        self._showing_own = own

    def _steps(self) -> tuple[tuple[str, ...], str]:
        """(own steps, reference) for the plan being saved."""
        kind = self._kind()
        if not self._uses_own_steps():
            return (), default_attack_steps_ref(kind)
        lines = _lines(self.attack_steps)
        copied = standard_steps.copy_of(lines, complete=True)  # the standard, word for word
        reliever = copied is not None and standard_steps.STANDARD[copied].reliever_inhaler
        if copied is not None and not (reliever and kind is not PlanKind.PREVENTER_RELIEVER):
            return (), copied  # kept as the reference, so it follows the language
        return lines, ""

    def plan(self) -> ActionPlan:
        kind = self._kind()
        steps, ref = self._steps()
        return ActionPlan(
            kind=kind, agreed_by=self.agreed_by.text().strip(),
            agreed_on=to_date(self.agreed_on.date()),
            personal_best=self._typed_best() if self.uses_peak_flow.isChecked() else None,
            scale=Scale(self.scale.currentData()), amber_below_pct=self.amber_pct.value(),
            red_below_pct=self.red_pct.value(),
            green_instructions=self.green_text.toPlainText().strip(),
            amber_instructions=self.amber_text.toPlainText().strip(),
            red_instructions=self.red_text.toPlainText().strip(),
            amber_signs=_lines(self.amber_signs), red_signs=_lines(self.red_signs),
            medicines=self.medicines.medicines(), triggers=_lines(self.triggers),
            gp_contact=self.gp_contact.text().strip(),
            out_of_hours_contact=self.out_of_hours.text().strip(),
            emergency_number=self.emergency.text().strip(),
            attack_steps=steps, attack_steps_ref=ref,
            max_reliever_puffs_per_day=(self.max_puffs.value() or None)
            if kind is not PlanKind.PREVENTER_RELIEVER else None,
            next_review=to_date(self.next_review.date()),
            monitoring_hours=self.monitoring_hours.value(),
            **self._nurse_fields())

    def _nurse_fields(self) -> dict:
        """The nurse's role and "agreed with": typed in nurse mode; otherwise kept from the
        plan being changed while it still names the same clinician (never put on another)."""
        if self._nurse:
            return {"agreed_by_role": self.agreed_by_role.text().strip(),
                    "agreed_with": self.agreed_with.text().strip()}
        loaded = self._loaded
        if loaded is not None and loaded.agreed_by == self.agreed_by.text().strip():
            return {"agreed_by_role": loaded.agreed_by_role, "agreed_with": loaded.agreed_with}
        return {}

    def _typed_best(self) -> int:
        """The personal best exactly as typed; a plan is never made from anything else."""
        typed = self.personal_best.check()
        if typed.value is None:  # refused
            raise PlanRejected([fill(self.tr("Personal best: %1"), typed.error)])
        return typed.value

    def _save(self) -> None:
        problems = self.medicines.problems()
        if self._uses_own_steps() and not _lines(self.attack_steps):
            problems.append(self.tr("Please type your own attack steps, or choose the "
                                    "standard steps."))
        typed = self.personal_best.check()
        if self.uses_peak_flow.isChecked() and not typed.ok:
            problems.append(fill(self.tr("Personal best: %1"), typed.error))
        try:
            if problems:
                raise PlanRejected(problems)
            saved = self._session.plans.agree(self.plan())
        except PlanRejected as rejected:
            self.problems.setText("\n".join(f"\u2022 {p}" for p in rejected.problems))
            self.problems.show()
            return
        except StorageError as error:  # nothing typed is lost: the editor stays open
            self.problems.setText(str(error))
            self.problems.show()
            return
        self.plan_saved.emit(saved)
        self.accept()
