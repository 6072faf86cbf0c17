"""Log a peak flow: three blows, the best kept, % of best and the zone shown before saving.

Number keys type, Enter moves to the next blow. Impossible values are explained under the
field and block saving; unusual ones must be confirmed with a tick.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ... import i18n
from ...domain.assessment import reading_zone
from ...domain.plan import ActionPlan, Scale
from ...domain.readings import (
    PeakFlowReading,
    Period,
    ReadingError,
    check_value,
    parse_blow,
    period_for,
)
from ...domain.text import fill
from ...services.education import TOPIC_LINKS
from ...storage.database import StorageError
from ..widgets.common import DATETIME_FORMAT, label, left_to_right, scrolling, to_datetime
from .discard import DiscardGuard


class PeakFlowDialog(DiscardGuard, QDialog):
    """Signals: ``reading_saved(object)`` with the saved PeakFlowReading."""

    reading_saved = Signal(object)

    def __init__(self, session, mode, parent=None, existing: PeakFlowReading | None = None):
        super().__init__(parent)
        self._session = session
        self._mode = mode  # ui/mode.py: a number pad on touch screens, printing the topic
        self._plan: ActionPlan | None = session.plans.current()
        self._existing = existing
        self.setWindowTitle(self.tr("Log peak flow") if existing is None
                            else self.tr("Change peak flow reading"))
        self.blows: list[QLineEdit] = []
        self.errors = []
        blows_form = QFormLayout()
        intro = label(self.tr("Blow three times and type each number. The best one counts."),
                      "hint")
        self.how_to = QPushButton(self.tr("How to use a peak flow meter"))
        self.how_to.setAutoDefault(False)
        self.how_to.clicked.connect(self._on_how_to_clicked)
        for index in range(3):
            field = QLineEdit()
            field.setPlaceholderText(self.tr("L/min"))
            field.setAccessibleName(fill(self.tr("Blow %1 in litres per minute"), index + 1))
            field.setMaxLength(8)
            field.textChanged.connect(self._update)
            field.returnPressed.connect(lambda i=index: self._on_blow_return(i))
            error = label("", "error")
            error.hide()
            self.blows.append(field)
            self.errors.append(error)
            blows_form.addRow(fill(self.tr("Blow %1"), index + 1), field)
        self.when = left_to_right(QDateTimeEdit())
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(DATETIME_FORMAT)
        self.when.setAccessibleName(self.tr("Date and time of reading"))
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Morning or evening"))
        for period in Period:
            self.period.addItem(period.label(), period.value)
        self.when.dateTimeChanged.connect(self._on_when_changed)
        self.scale = QComboBox()
        self.scale.setAccessibleName(self.tr("Meter scale"))
        for scale in Scale:
            self.scale.addItem(scale.label(), scale.value)
        self.scale.currentIndexChanged.connect(self._update)
        self.after_reliever = QCheckBox(self.tr("Taken after using my reliever"))
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setMaxLength(500)
        details = QFormLayout()
        details.addRow(self.tr("When"), self.when)
        details.addRow(self.tr("Morning or evening"), self.period)
        details.addRow(self.tr("Meter scale"), self.scale)
        details.addRow("", self.after_reliever)
        details.addRow(self.tr("Note (optional)"), self.note)

        self.result = label("", "sectionTitle")
        self.result.setAccessibleName(self.tr("Result"))
        self.zone_text = label("")
        self.warning = label("", "warning")
        self.confirm = QCheckBox(self.tr("Yes, this reading is right"))
        self.save_button = QPushButton(self.tr("Save reading"))
        self.save_button.setObjectName("primary")
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self._save)
        self.confirm.toggled.connect(self._update)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)

        # Messages go *below* the blow fields and the number pad, never between them: a
        # message that appeared above the pad once moved it under a tapping finger (5-3-0
        # entered as 538). Whatever appears only pushes down what follows it.
        self.body = QWidget()
        layout = QVBoxLayout(self.body)
        layout.addWidget(intro)
        layout.addWidget(self.how_to, 0, Qt.AlignmentFlag.AlignLeading)
        # The blows and the pad keep a fixed width from the first show, aligned to the
        # reading side: a scroll bar appearing later (a long message on a small screen) only
        # narrows the space beside them.
        self.entry = QWidget()
        entry = QVBoxLayout(self.entry)
        entry.setContentsMargins(0, 0, 0, 0)
        entry.addLayout(blows_form)
        if mode.number_pad:  # touch screens have no keyboard: an on-screen number pad
            from ..widgets.number_pad import NumberPad  # lazy: start-up

            self.number_pad = NumberPad(self.blows)
            entry.addWidget(self.number_pad)
        layout.addWidget(self.entry, 0, Qt.AlignmentFlag.AlignLeading)
        for error in self.errors:
            layout.addWidget(error)
        layout.addLayout(details)
        for widget in (self.result, self.zone_text, self.warning, self.confirm):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.scroll = scrolling(self.body)
        outer = QVBoxLayout(self)
        outer.addWidget(self.scroll, 1)
        outer.addLayout(buttons)
        self._fill(existing)
        self._update()
        self.mark_clean()  # from here on, anything typed is asked about before it goes

    def _fill(self, existing: PeakFlowReading | None) -> None:
        moment = existing.taken_at if existing else self._session.clock()
        self.when.setDateTime(QDateTime(moment.year, moment.month, moment.day,
                                        moment.hour, moment.minute, 0))
        self._on_when_changed()
        scale = existing.scale if existing else (self._plan.scale if self._plan else Scale.EU)
        self.scale.setCurrentIndex(self.scale.findData(scale.value))
        if existing:
            for field, blow in zip(self.blows, existing.blows, strict=False):
                field.setText(str(blow))
            self.period.setCurrentIndex(self.period.findData(existing.session.value))
            self.after_reliever.setChecked(existing.after_reliever)
            self.note.setText(existing.note)

    def _on_when_changed(self, *_):
        self.period.setCurrentIndex(self.period.findData(
            period_for(to_datetime(self.when.dateTime())).value))

    def showEvent(self, event):  # noqa: N802 - Qt override
        super().showEvent(event)
        self.blows[0].setFocus()  # typing the first blow is the first thing to do
        self.entry.setFixedWidth(max(self.entry.sizeHint().width(), self.entry.width()))
        width = self.body.sizeHint().width() + self.width() - self.scroll.viewport().width()
        if self.width() < width:
            self.resize(width, self.height())
        self._grow_to_fit(may_move=True)

    def _on_how_to_clicked(self) -> QDialog:
        """The topic in its own window above this one, so the blows typed so far stay."""
        from ...services.education import load_library  # lazy: start-up
        from ..widgets.topic_view import TopicView  # lazy: start-up

        self.topic_window = QDialog(self)
        self.topic_window.setWindowTitle(self.how_to.text())
        view = TopicView(self._mode, self.topic_window)
        view.show_topic(load_library(i18n.current_language()).topic(TOPIC_LINKS["peak_flow"]))
        QVBoxLayout(self.topic_window).addWidget(view)
        self.topic_window.resize(720, 620)
        self.topic_window.open()
        return self.topic_window

    def _on_blow_return(self, index: int) -> None:
        if index < 2:
            self.blows[index + 1].setFocus()
        elif self.save_button.isEnabled():
            self.save_button.setFocus()

    def valid_blows(self) -> list[int] | None:
        """The typed blows, or None if any typed one is refused (empty ones are skipped)."""
        values, ok = [], True
        for field, error in zip(self.blows, self.errors, strict=True):
            text = field.text()
            check = parse_blow(text, i18n.current_language()) if text.strip() else None
            number = self.errors.index(error) + 1
            error.setText(fill(self.tr("Blow %1: %2"), number, check.error)
                          if check and not check.ok else "")
            error.setVisible(bool(error.text()))
            field.setAccessibleDescription(check.error if check and not check.ok else "")
            if check is None:
                continue
            if check.ok:
                values.append(check.value)
            else:
                ok = False
        return values if ok else None

    def _update(self, *_):
        values = self.valid_blows()
        plan = self._plan
        warnings: list[str] = []
        if not values:
            self.result.setText(self.tr("Best: \u2014"))
            self.zone_text.setText("")
        else:
            best = max(values)
            self.result.setText(fill(self.tr("Best: %1\u00a0L/min"), best))
            warnings = list(check_value(best, plan.personal_best if plan else None).warnings)
            if plan and plan.personal_best:
                scale = Scale(self.scale.currentData())
                reading = PeakFlowReading(self._session.clock(), (best,), scale)
                zone, why = reading_zone(plan, reading)
                self.zone_text.setText(f"{zone.label()}\n{why}")
            else:
                self.zone_text.setText(self.tr("No personal best in your plan, so no zone from "
                                               "peak flow."))
        self.warning.setText("\n".join(warnings))
        self.warning.setVisible(bool(warnings))
        self.confirm.setVisible(bool(warnings))
        if not warnings:
            self.confirm.setChecked(False)
        ready = bool(values) and (not warnings or self.confirm.isChecked())
        self.save_button.setEnabled(ready)
        self._grow_to_fit()

    def _grow_to_fit(self, may_move: bool = False) -> None:
        """Grow downwards (never shrink, never move once shown) so every message shows whole,
        as far as the screen's bottom; past that the form scrolls. Wrapped labels need their
        height for the width they get, which a window does not work out by itself: messages
        were cut after a line and a half. Only when first shown may the dialog move up."""
        if not self.isVisible():
            return
        outer, body = self.layout(), self.body.layout()
        if outer is None or body is None:  # both made in __init__; Qt's types allow None
            return
        outer.activate()
        needed = body.totalHeightForWidth(self.scroll.viewport().width()) \
            if body.hasHeightForWidth() else body.totalSizeHint().height()
        wanted = self.height() - self.scroll.viewport().height() + needed
        frame = self.frameGeometry()
        decoration = frame.height() - self.height()
        if self.screen() is not None:
            available = self.screen().availableGeometry()
            if may_move and frame.top() + decoration + wanted > available.bottom():
                top = max(available.top(), available.bottom() + 1 - decoration - wanted)
                self.move(frame.left(), top)
                frame = self.frameGeometry()
            wanted = min(wanted, available.bottom() + 1 - frame.top() - decoration)
        if wanted > self.height():
            self.resize(self.width(), wanted)

    def reading(self) -> PeakFlowReading:
        return PeakFlowReading(
            taken_at=to_datetime(self.when.dateTime()), blows=tuple(self.valid_blows() or ()),
            scale=Scale(self.scale.currentData()), period=Period(self.period.currentData()),
            after_reliever=self.after_reliever.isChecked(), note=self.note.text().strip())

    def _save(self) -> None:
        if not self.save_button.isEnabled():
            return
        try:
            if self._existing is None:
                saved = self._session.diary.log_reading(self.reading())
            else:
                saved = self._session.diary.edit_reading(
                    self._existing, self.reading(), self.tr("Undo change to reading"))
        except (ReadingError, StorageError) as error:  # typed values stay in the fields
            self.errors[0].setText(str(error))
            self.errors[0].show()
            self._grow_to_fit()
            return
        self.reading_saved.emit(saved)
        self.accept()

    def keyPressEvent(self, event):  # noqa: N802 - Qt override
        # Enter in a blow field moves on (handled by returnPressed); never submit by accident.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                self.focusWidget() is not self.save_button:
            return
        super().keyPressEvent(event)
