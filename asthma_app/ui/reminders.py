"""Shows due reminders through the system tray, one at a time, while the app runs, and always
inside the app too (``ReminderBanner``): a tray message may never appear (Windows Focus Assist,
macOS notification permission not given, no tray at all), and a missed preventer dose matters.

The tray is made by ``tray_factory`` so tests can replace only the OS notification area.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
)

from ..domain.text import fill
from ..services import reminders
from .widgets.common import icon, label, left_to_right

if TYPE_CHECKING:
    from ..storage.db_types import Database

SHOW_SECONDS = 15  # how long one reminder stays up before the next may appear
SNOOZE_MINUTES = 15  # "Remind me later"


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


def _system_tray(parent):
    tray = QSystemTrayIcon(icon("app"), parent)
    tray.show()
    return tray


class ReminderNotifier(QObject):
    """Checks every 30 s (``check()`` can be called directly with a moved clock).

    Signals: ``reminded(str)`` with each reminder's text, for the in-app banner;
    ``dose_reminded(int, str)`` (this notifier's profile id, the text) for a preventer
    reminder, which the banner offers to answer: Taken, or Remind me later."""

    reminded = Signal(str)
    dose_reminded = Signal(int, str)

    def __init__(self, db, profile_id: int, clock, tray_factory=_system_tray, parent=None):
        super().__init__(parent)
        self.db, self.profile_id, self.clock = db, profile_id, clock
        self._tray_factory, self.tray = tray_factory, None
        self.showing_until = None
        self.snoozed: dict[str, object] = {}  # key -> moment to remind again
        self._known: _Schedule | None = None  # the last schedule read (kept in memory only)
        self.timer = QTimer(self)
        self.timer.setInterval(30_000)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self):
        """Show the first due reminder, unless one is still on screen. Returns it or None."""
        now = self.clock()
        if self.showing_until is not None and now < self.showing_until:
            return None  # never more than one reminder on screen
        schedule = self._schedule()
        if schedule is None:
            return None
        found = reminders.due(now, schedule.items, schedule.last_shown,
                              schedule.next_review)
        if schedule.locked:
            # a protected person is locked: their times are known only from this run, and
            # nothing of theirs is shown (no name, no medicine) or written anywhere
            found = [reminders.Due(due.key, reminders.locked_message()) for due in found]
        else:
            found = [reminders.Due(key, reminders.message("preventer"))
                     for key, again in self.snoozed.items() if again <= now] + found
        if not found:
            return None
        first = found[0]
        self.snoozed.pop(first.key, None)
        if self.tray is None and (self._tray_factory is not _system_tray or tray_available()):
            self.tray = self._tray_factory(self)
        if self.tray is not None:
            self.tray.showMessage(self.tr("Asthma Plan & Diary"), first.text,
                                  QSystemTrayIcon.MessageIcon.Information, SHOW_SECONDS * 1000)
        self.reminded.emit(first.text)  # and inside the app, whatever the tray did
        schedule.last_shown[first.key] = now
        if not schedule.locked:
            if first.key.startswith("preventer@"):
                self.dose_reminded.emit(self.profile_id, first.text)
            reminders.mark_shown(schedule.db, self.profile_id, first.key, now)
        self.showing_until = now + timedelta(seconds=SHOW_SECONDS)
        return first

    def _schedule(self) -> _Schedule | None:
        """What to remind of: read from the person's own database (their vault while they
        are unlocked); while a protected person is locked, what was read when they were
        last unlocked in this run (nothing after a fresh start). None: reminders are off."""
        from ..services import vaults  # lazy: start-up

        db = vaults.database_for(self.db, self.profile_id)
        if db is self.db and _has_vault(self.db, self.profile_id):
            if self._known is None or not self._known.on:
                return None
            self._known.locked = True
            return self._known
        if not reminders.enabled(db, self.profile_id):
            self._known = None
            return None
        plan = _current_plan(db, self.profile_id)
        self._known = _Schedule(db, reminders.load(db, self.profile_id),
                                reminders.last_shown(db, self.profile_id),
                                plan.next_review if plan else None)
        return self._known

    def remind_later(self, minutes: int = SNOOZE_MINUTES) -> None:
        """The preventer reminder again in ``minutes`` (while this profile stays open)."""
        self.snoozed["preventer@later"] = self.clock() + timedelta(minutes=minutes)


@dataclass
class _Schedule:
    """A person's reminders as last read, with the database they came from."""

    db: Database
    items: list[reminders.Reminder]
    last_shown: dict[str, datetime]
    next_review: date | None
    on: bool = True
    locked: bool = False


def _has_vault(db, profile_id: int) -> bool:
    from ..storage import repository  # lazy: none (move it to the top)

    details = repository.vault_details(db, profile_id)
    return details is not None and details[1] is not None


class ReminderBanner(QFrame):
    """The latest reminder at the top of the main window until dismissed: seen even when the
    system's notification never appeared."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.setStyleSheet("QFrame#reminderBanner { border: 2px solid #0d47a1; "
                           "border-radius: 6px; background: #e3f2fd; } "
                           "QFrame#reminderBanner QLabel { color: #0d1b2a; }")
        self.text = label("", "sectionTitle")
        self.text.setAccessibleName(self.tr("Reminder"))
        self.dismiss = QPushButton(self.tr("Dismiss"))
        self.dismiss.setAccessibleName(self.tr("Dismiss the reminder"))
        self.dismiss.clicked.connect(self.hide)
        self.dose = DoseReminderBar()
        self.dose.later.connect(self.hide)
        column = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(self.text, 1)
        row.addWidget(self.dismiss)
        column.addLayout(row)
        column.addWidget(self.dose)
        self.hide()

    def show_reminder(self, text: str) -> None:
        self.text.setText(text)
        self.dose.hide()  # offered again by offer_dose for a preventer reminder
        self.show()

    def offer_dose(self, profile_id: int, session, name: str, on_later=None,
                   on_taken=None) -> None:
        """The reminder names the person it is for, and offers Taken / Remind me later."""
        self.text.setText(fill(self.tr("%1: %2"), name, self.text.text()))
        self.dose.offer(profile_id, session, on_later, on_taken)



class DoseReminderBar(QFrame):
    """Under a preventer reminder: "Taken" ticks the doses due now for the person the
    reminder was for (never whoever else is open), "Remind me later" asks again later.

    Signals: ``taken`` after logging, ``later`` when snoozed."""

    taken = Signal()
    later = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.profile_id = None
        self.session = None
        self._on_later = self._on_taken = None
        self.taken_button = QPushButton(self.tr("Taken"))
        self.taken_button.setAccessibleName(self.tr("Taken: log my preventer dose now"))
        self.taken_button.clicked.connect(self._on_taken_clicked)
        self.later_button = QPushButton(self.tr("Remind me later"))
        self.later_button.setAccessibleName(self.tr("Remind me again in %n minutes", "",
                                                    SNOOZE_MINUTES))
        self.later_button.clicked.connect(self._on_later_clicked)
        self.result = label("", "hint")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.result, 1)
        row.addWidget(self.taken_button)
        row.addWidget(self.later_button)
        self.hide()

    def offer(self, profile_id: int, session, on_later=None, on_taken=None) -> None:
        self.profile_id, self.session = profile_id, session
        self._on_later, self._on_taken = on_later, on_taken
        self.result.setText("")
        self.taken_button.setEnabled(True)
        self.show()

    def _on_taken_clicked(self) -> None:
        from ..domain.doses import DoseState  # lazy: none (move it to the top)

        session = self.session
        if session is None or session.profile_id != self.profile_id:
            self.hide()  # another person is open now: never log to them
            return
        logged = []
        for dose in session.medicines.today():
            if dose.state is DoseState.NOT_LOGGED and dose.due.slot is _slot_now(session):
                session.medicines.answer(dose.due, True)
                logged.append(dose.due.medicine.title())
        self.result.setText(fill(self.tr("Logged as taken: %1."), ", ".join(logged)) if logged
                            else self.tr("Nothing to log: this dose is logged already, or "
                                         "your plan gives no times for it. See Today."))
        self.taken_button.setEnabled(False)
        if self._on_taken is not None:
            self._on_taken()
        self.taken.emit()

    def _on_later_clicked(self) -> None:
        if self._on_later is not None:
            self._on_later()
        self.later.emit()
        self.hide()


def _slot_now(session):
    from ..domain.schedule import EVENING_FROM_HOUR, Slot  # lazy: none (move it to the top)

    return Slot.EVENING if session.clock().hour >= EVENING_FROM_HOUR else Slot.MORNING


def _current_plan(db, profile_id):
    from ..storage import repository  # lazy: none (move it to the top)

    return repository.current_plan(db, profile_id)


class ReminderSettings(QDialog):
    """Turn reminders on or off and choose their times; says so if there is no tray."""

    def __init__(self, db, profile_id: int, clock, parent=None):
        # This module is on the start path (the notifier), the dialog is not: PySide6 builds
        # a class's Python enums the first time the class is touched (~70 members here).
        # lazy: start-up
        from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QFormLayout, QTimeEdit

        super().__init__(parent)
        self.db, self.profile_id, self.clock = db, profile_id, clock
        self.setWindowTitle(self.tr("Reminders"))
        saved = {r.kind: r for r in reminders.load(db, profile_id)}
        self.on = QCheckBox(self.tr("Remind me (while the app is open)"))
        self.on.setChecked(reminders.enabled(db, profile_id))
        form = QFormLayout()
        self.rows = {}
        for kind, text, default in (
                ("preventer", self.tr("Preventer dose"), time(8, 0)),
                ("peak_flow", self.tr("Peak-flow reading"), time(8, 15))):
            box = QCheckBox(text)
            box.setChecked(kind in saved and saved[kind].enabled)
            chosen = saved[kind].time_of_day if kind in saved else default
            when = left_to_right(QTimeEdit(_qtime(chosen)))
            when.setDisplayFormat("HH:mm")
            when.setAccessibleName(self.tr("Time for: ") + text)
            form.addRow(box, when)
            self.rows[kind] = (box, when)
        self.no_tray = label(self.tr(
            "This computer has no notification area (system tray), so reminders cannot be "
            "shown. Set them on your phone or another device instead."), "warning")
        self.no_tray.setVisible(not tray_available())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_save_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.no_tray)
        layout.addWidget(self.on)
        layout.addLayout(form)
        layout.addWidget(label(self.tr("You also get a reminder when your plan's review date "
                                       "is a week away."), "hint"))
        layout.addWidget(buttons)

    def _on_save_clicked(self) -> None:
        chosen = [reminders.Reminder(kind, when.time().toPython(), box.isChecked())
                  for kind, (box, when) in self.rows.items()]
        reminders.save(self.db, self.profile_id, chosen, self.clock())
        reminders.set_enabled(self.db, self.profile_id, self.on.isChecked())
        self.accept()


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)
