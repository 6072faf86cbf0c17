"""Log how you feel: the diary questions and the warning signs from the patient's own plan.

Waking at night is one box: where the plan has the sign "I am waking up at night because of
my asthma", that sign stands in for the diary's own night question, and ticking it records
both (the diary's night count and the plan's amber sign). A plan without such a sign keeps the
diary's box, which then sets no zone, as the plan does not ask it to.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.assessment import symptom_zone
from ...domain.plan import default_amber_signs, default_red_signs, night_waking_sign
from ...domain.readings import MAX_RELIEVER_PUFFS, ReadingError, SymptomEntry
from ...storage.database import StorageError
from ..widgets.common import (
    DATETIME_FORMAT,
    label,
    left_to_right,
    save_cancel_row,
    scrolling,
    to_datetime,
    widen_to_fit,
)
from .discard import DiscardGuard


class SymptomDialog(DiscardGuard, QDialog):
    """Signals: ``entry_saved(object)`` with the saved SymptomEntry."""

    entry_saved = Signal(object)

    def __init__(self, session, parent=None, existing: SymptomEntry | None = None):
        super().__init__(parent)
        self._session = session
        self._existing = existing
        plan = session.plans.current()
        self._plan = plan
        self.setWindowTitle(self.tr("How is your asthma?"))
        body = QWidget()
        layout = QVBoxLayout(body)

        form = QFormLayout()
        self.when = left_to_right(QDateTimeEdit())
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(DATETIME_FORMAT)
        self.when.setAccessibleName(self.tr("Date and time"))
        form.addRow(self.tr("When"), self.when)
        self.daytime = QCheckBox(self.tr("I had asthma symptoms during the day"))
        self.night = QCheckBox(self.tr("I woke up at night because of my asthma"))
        self.activity = QCheckBox(self.tr("Asthma stopped me doing things I usually do"))
        self.puffs = QSpinBox()
        self.puffs.setRange(0, MAX_RELIEVER_PUFFS)
        self.puffs.setAccessibleName(self.tr("Reliever puffs today"))
        form.addRow(self.tr("Reliever puffs today"), self.puffs)
        layout.addLayout(form)
        amber = plan.amber_signs if plan else default_amber_signs()
        night_sign = night_waking_sign(amber)
        for box in (self.daytime, self.night, self.activity):
            layout.addWidget(box)
        self.amber_boxes = self._sign_group(layout, self.tr("Amber signs from your plan"), amber)
        if night_sign is not None:  # one concept, one box: the plan's own words
            self.night.hide()
            self.night = next(box for box in self.amber_boxes if box.text() == night_sign)
        self._night_sign = night_sign
        red = plan.red_signs if plan else default_red_signs()
        self.red_boxes = self._sign_group(layout, self.tr("Red signs from your plan"), red)
        triggers = plan.triggers if plan else ()
        self.trigger_boxes = self._sign_group(layout, self.tr("Triggers I met"), triggers) \
            if triggers else []
        self.other_triggers = QLineEdit()
        self.other_triggers.setAccessibleName(self.tr("Other triggers, separated by commas"))
        self.other_triggers.setPlaceholderText(self.tr("Other triggers, separated by commas"))
        layout.addWidget(self.other_triggers)
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        self.note.setMaxLength(1000)
        layout.addWidget(self.note)

        self.preview = label("", "sectionTitle")
        self.preview.setAccessibleName(self.tr("Zone from these answers"))
        self.error = label("", "error")
        self.error.hide()
        buttons, self.save_button = save_cancel_row(self, self.tr("Save"), self._save)
        outer = QVBoxLayout(self)
        self.area = scrolling(body)
        widen_to_fit(self, self.area)
        outer.addWidget(self.area)
        outer.addWidget(self.preview)
        outer.addWidget(self.error)
        outer.addLayout(buttons)
        self._fill(existing)
        self._update()
        self.mark_clean()  # from here on, anything typed is asked about before it goes
        self.resize(620, 640)

    def _sign_group(self, layout, title: str, signs) -> list[QCheckBox]:
        group = QGroupBox(title)
        inner = QVBoxLayout(group)
        boxes = []
        for sign in signs:
            box = QCheckBox(sign)
            box.toggled.connect(self._update)
            inner.addWidget(box)
            boxes.append(box)
        layout.addWidget(group)
        return boxes

    def _fill(self, existing: SymptomEntry | None) -> None:
        moment = existing.recorded_at if existing else self._session.clock()
        self.when.setDateTime(QDateTime(moment.year, moment.month, moment.day,
                                        moment.hour, moment.minute, 0))
        if not existing:
            return
        self.daytime.setChecked(existing.daytime_symptoms)
        self.activity.setChecked(existing.activity_limited)
        self.puffs.setValue(existing.reliever_puffs)
        for boxes, ticked in ((self.amber_boxes, existing.amber_signs),
                              (self.red_boxes, existing.red_signs),
                              (self.trigger_boxes, existing.triggers)):
            for box in boxes:
                box.setChecked(box.text() in ticked)
        # Entries from before the two were one box may have either ticked: show it ticked.
        self.night.setChecked(existing.night_waking or self._night_sign in existing.amber_signs)
        known = {box.text() for box in self.trigger_boxes}
        self.other_triggers.setText(", ".join(t for t in existing.triggers if t not in known))
        self.note.setText(existing.note)

    def entry(self) -> SymptomEntry:
        triggers = [box.text() for box in self.trigger_boxes if box.isChecked()]
        triggers += [t.strip() for t in self.other_triggers.text().split(",") if t.strip()]
        return SymptomEntry(
            recorded_at=to_datetime(self.when.dateTime()),
            daytime_symptoms=self.daytime.isChecked(), night_waking=self.night.isChecked(),
            activity_limited=self.activity.isChecked(), reliever_puffs=self.puffs.value(),
            triggers=tuple(triggers),
            amber_signs=tuple(box.text() for box in self.amber_boxes if box.isChecked()),
            red_signs=tuple(box.text() for box in self.red_boxes if box.isChecked()),
            note=self.note.text().strip())

    def _update(self, *_):
        if self._plan is None:
            self.preview.setText(self.tr("No plan yet, so no zone. Your answers go in your diary."))
            return
        zone, _reasons = symptom_zone(self.entry())
        self.preview.setText(zone.label())

    def _save(self) -> None:
        try:
            if self._existing is None:
                saved = self._session.diary.log_symptoms(self.entry())
            else:
                saved = self._session.diary.edit_entry(self._existing, self.entry(),
                                                       self.tr("Undo change to symptom entry"))
        except (ReadingError, StorageError) as error:  # ticked boxes stay as they were
            self.error.setText(str(error))
            self.error.show()
            return
        self.entry_saved.emit(saved)
        self.accept()
