"""Home use: several people on one computer, each with an optional passphrase and idle lock.

``HomeShell`` owns the main window. Locking deletes the window (so no widget keeps anyone's
data) and shows a lock screen; unlocking builds a new window for that person.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.profile import Profile
from ..services import profile_security as security
from ..services.profiles import ProfileError, create_profile, profiles
from ..storage import repository
from .widgets.common import label

if TYPE_CHECKING:
    from .profile_dialogs import NameDialog, SecurityDialog


class LockScreen(QWidget):
    """Asks for the passphrase; shows nothing of anyone's diary. Signals: ``unlocked(int)``."""

    unlocked = Signal(int)

    def __init__(self, db, profile_id: int, clock=None, parent=None):
        super().__init__(parent)
        from ..services.session import system_clock

        self._db, self._clock = db, clock or system_clock
        self.setWindowTitle(self.tr("Locked"))
        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("Person"))
        for profile in profiles(db):
            self.person.addItem(profile.name, profile.id)
        self.person.setCurrentIndex(max(0, self.person.findData(profile_id)))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self._on_unlock_clicked)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setObjectName("primary")
        self.unlock_button.clicked.connect(self._on_unlock_clicked)
        self.error = label("", "error")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(label(self.tr("The diary is locked"), "pageTitle"))
        layout.addWidget(self.person)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.error)
        layout.addWidget(self.unlock_button)
        layout.addStretch(1)

    def _on_unlock_clicked(self) -> None:
        profile_id = self.person.currentData()
        result = security.try_passphrase(self._db, profile_id, self.passphrase.text(),
                                         self._clock())
        self.passphrase.clear()
        if result.ok:
            self.error.clear()
            self.unlocked.emit(profile_id)
        elif result.wait_seconds:  # refused unchecked, or wrong again: how long to wait
            self.error.setText(result.message())
        else:
            self.error.setText(self.tr("That passphrase is not right."))


class HomeShell(QObject):
    """Signals: ``window_built(object)`` whenever a new main window is made."""

    window_built = Signal(object)

    def __init__(self, db, clock, parent=None):
        super().__init__(parent)
        from .idle import IdleWatcher

        self.db, self.clock = db, clock
        self.window = self.lock_screen = None
        self._people = 0
        self.watcher = IdleWatcher(clock, 0, 0, self)
        self.watcher.expired.connect(self.lock)
        from .. import i18n

        # The switcher is the shell's, not the window's: the window retranslates only its own
        # controls, and "Switch person" stayed English after a change of language.
        i18n.languages().language_changed.connect(self._on_languages_language_changed)
        self._build_window()
        if self.window.session and security.has_passphrase(self.db,
                                                           self.window.session.profile_id):
            self.lock()

    def shutdown(self) -> None:
        """Stop the timers and close the windows: none may outlive the database."""
        self.watcher.stop()
        self._start_reminders(None)
        for shown in (self.window, self.lock_screen):
            if shown is not None:
                shown.close()

    # --- window -----------------------------------------------------------------------------

    def _build_window(self, profile_id: int | None = None, geometry=None) -> None:
        from ..app import create_main_window
        from .demo import add_try_demo_button

        self.window = window = create_main_window(self.db, self.clock)
        add_try_demo_button(window, self.clock)
        if profile_id is not None:
            window.open_profile(repository.get_profile(self.db, profile_id))
            window.root.setCurrentIndex(1)
        self.switcher = QToolButton()
        self.switcher.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.switcher.setMenu(QMenu(self.switcher))
        self.switcher.menu().aboutToShow.connect(self._fill_menu)
        window.header.insertWidget(1, self.switcher)
        window.profile_created.connect(lambda _p: self._arm_lock())
        if geometry is not None:
            window.setGeometry(geometry)
            window.show()
        self._arm_lock()
        self.window_built.emit(window)

    def _on_languages_language_changed(self, _code: str = "") -> None:
        self._label_switcher()  # no database work: a shell may outlive its diary in tests

    def _update_switcher(self) -> None:
        """No button before anyone exists (first run); "Switch person" only once there is
        someone to switch to. With one person the same menu adds a person and holds their
        settings (rename, passphrase, reminders), so it stays, named for what it offers."""
        self._people = len(profiles(self.db))
        self.switcher.setVisible(self._people > 0)
        self._label_switcher()

    def _label_switcher(self) -> None:
        self.switcher.setText(self.tr("Switch person") if self._people > 1
                              else self.tr("People and settings"))

    def _fill_menu(self) -> None:
        menu = self.switcher.menu()
        menu.clear()
        current = self.window.session.profile_id if self.window.session else None
        for profile in profiles(self.db):
            action = menu.addAction(profile.name)
            action.setCheckable(True)
            action.setChecked(profile.id == current)
            # a question typed but not added belongs to this person: asked about first
            action.triggered.connect(lambda _=False, pid=profile.id: self.window.
                                     ask_before_discarding(lambda: self.switch_to(pid)))
        menu.addSeparator()
        menu.addAction(self.tr("Add a person..."), self.add_person)
        if current is not None:
            menu.addAction(self.tr("Rename..."), self.rename)
            menu.addAction(self.tr("Passphrase and lock..."), self.edit_security)
            menu.addAction(self.tr("Reminders..."), self.edit_reminders)
            menu.addAction(self.tr("Lock now"), self.lock).setEnabled(
                security.has_passphrase(self.db, current))

    def _arm_lock(self) -> None:
        if self.window is not None:
            self._update_switcher()  # after a first profile, a switch or a new person
        session = self.window.session if self.window else None
        if self.window is not None and not self.window.painted:
            # not part of the first screen: the tray and its timer wait until it is drawn
            self.window.first_painted.connect(self._start_reminders_for_window)
        else:
            self._start_reminders(session.profile_id if session else None)
        minutes = security.lock_after_minutes(self.db, session.profile_id) if session else 0
        self.watcher.timeout_s = minutes * 60
        if minutes:
            self.watcher.start()
        else:
            self.watcher.stop()

    def _start_reminders_for_window(self) -> None:
        session = self.window.session if self.window else None
        self._start_reminders(session.profile_id if session else None)

    def _start_reminders(self, profile_id: int | None) -> None:
        from .reminders import ReminderNotifier

        notifier = getattr(self, "notifier", None)
        if notifier is not None and notifier.profile_id == profile_id:
            return
        if notifier is not None:
            notifier.timer.stop()
            notifier.deleteLater()
        self.notifier = None if profile_id is None else ReminderNotifier(
            self.db, profile_id, self.clock, parent=self)
        if self.notifier is not None:
            self.notifier.reminded.connect(self._on_notifier_reminded)
            self.notifier.dose_reminded.connect(self._on_notifier_dose_reminded)

    def _on_notifier_reminded(self, text: str) -> None:
        """Also inside the app: the system's notification may never show (Focus Assist)."""
        from .reminders import banner_for

        if self.window is not None:
            banner_for(self.window).show_reminder(text)

    def _on_notifier_dose_reminded(self, profile_id: int, _text: str) -> None:
        """Taken / Remind me later, only while the person the reminder is for is open."""
        from .reminders import banner_for

        session = self.window.session if self.window else None
        if session is None or session.profile_id != profile_id or self.notifier is None:
            return
        banner_for(self.window).offer_dose(profile_id, session, session.profile.name,
                                           self.notifier.remind_later, self.window.refresh_pages)

    def edit_reminders(self):
        from .reminders import ReminderSettings

        dialog = ReminderSettings(self.db, self.window.session.profile_id, self.clock,
                                  self.window)
        dialog.open()
        return dialog

    # --- people -----------------------------------------------------------------------------

    def switch_to(self, profile_id: int) -> None:
        """Another person: through the lock screen if they have a passphrase."""
        if security.has_passphrase(self.db, profile_id):
            self.lock(profile_id)
            return
        self.window.open_profile(repository.get_profile(self.db, profile_id))
        self.window.root.setCurrentIndex(1)
        self._arm_lock()

    def add_person(self) -> NameDialog:
        from .profile_dialogs import NameDialog  # on use: keeps start-up fast

        dialog = NameDialog(self.tr("Add a person"), parent=self.window)

        def save() -> None:
            try:
                profile = create_profile(self.db, Profile(dialog.name.text()), self.clock)
            except ProfileError as error:
                dialog.error.setText("\n".join(error.problems))
                dialog.open()
                return
            self.switch_to(profile.id)

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    def rename(self) -> NameDialog:
        from .profile_dialogs import NameDialog

        profile = self.window.session.profile
        dialog = NameDialog(self.tr("Rename"), profile.name, self.window)

        def save() -> None:
            from dataclasses import replace

            if dialog.name.text().strip():
                updated = repository.update_profile(self.db,
                                                    replace(profile, name=dialog.name.text()))
                self.window.open_profile(updated)

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    def edit_security(self) -> SecurityDialog:
        from .profile_dialogs import SecurityDialog

        pid = self.window.session.profile_id
        dialog = SecurityDialog(security.has_passphrase(self.db, pid),
                                security.lock_after_minutes(self.db, pid), self.window)

        def save() -> None:
            new = None if dialog.removed else (dialog.passphrase.text() or security.KEEP)
            try:
                security.update_security(self.db, pid, dialog.current.text(), self.clock(),
                                         passphrase=new,
                                         lock_after=dialog.lock_after.currentData())
            except security.PassphraseRefused as error:  # wrong current one: nothing changed
                dialog.removed = False
                dialog.current.clear()
                dialog.error.setText(str(error))
                dialog.open()
                return
            self._arm_lock()

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    # --- lock -------------------------------------------------------------------------------

    def lock(self, profile_id: int | None = None) -> LockScreen:
        """Delete the window (all data on screen goes) and ask for the passphrase."""
        window, self.window = self.window, None
        if profile_id is None and window.session:
            profile_id = window.session.profile_id
        geometry = window.geometry()
        self.watcher.stop()
        window.hide()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self.lock_screen = LockScreen(self.db, profile_id, self.clock)
        self.lock_screen.setGeometry(geometry)
        self.lock_screen.unlocked.connect(self._on_lock_screen_unlocked)
        self.lock_screen.show()
        return self.lock_screen

    def _on_lock_screen_unlocked(self, profile_id: int) -> None:
        screen, self.lock_screen = self.lock_screen, None
        self._build_window(profile_id, screen.geometry())
        screen.hide()
        screen.deleteLater()
