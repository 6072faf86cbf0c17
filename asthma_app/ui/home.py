"""Home use: several people on one computer, each with an optional passphrase and idle lock.

``HomeShell`` owns the main window, made by the factory ``app.py`` gives, for the ``Mode`` it
gives (``ui/mode.py``; the profile switcher and "Try the demo" reach the window through
``mode.header``). Locking deletes the window (so no widget keeps anyone's data) and shows a
lock screen; unlocking builds a new window for that person.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.profile import Profile
from ..services import profile_security as security
from ..services.profiles import ProfileError, create_profile, profiles, set_nhs_number
from ..storage import repository
from .mode import Header, IdleAction
from .widgets.common import label

if TYPE_CHECKING:
    from .profile_dialogs import NameDialog, NhsNumberDialog, SecurityDialog


class LockScreen(QWidget):
    """Asks for the passphrase; shows nothing of anyone's diary. Signals: ``unlocked(int)``."""

    unlocked = Signal(int)

    def __init__(self, db, profile_id: int, clock=None, parent=None):
        super().__init__(parent)
        from ..services.session import system_clock  # lazy: none (move it to the top)

        self._db, self._clock = db, clock or system_clock
        self.setWindowTitle(self.tr("Locked"))
        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("Person"))
        for profile in profiles(db):
            self.person.addItem(profile.name, profile.id)
        self.person.setCurrentIndex(max(0, self.person.findData(profile_id)))
        from PySide6.QtWidgets import QLineEdit  # lazy: start-up (opens unlocked, mostly)

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
        secret = self.passphrase.text()
        result = security.try_passphrase(self._db, profile_id, secret, self._clock())
        self.passphrase.clear()
        if result.ok:
            from ..services import vaults  # lazy: start-up
            from ..storage.database import StorageError  # lazy: none (move it to the top)

            try:  # the encrypted diary opens with a key made from the passphrase
                vaults.unlock(self._db, profile_id, secret, self._clock())
            except StorageError as error:
                self.error.setText(str(error))
                return
            self.error.clear()
            self.unlocked.emit(profile_id)
        elif result.wait_seconds:  # refused unchecked, or wrong again: how long to wait
            self.error.setText(result.message())
        else:
            self.error.setText(self.tr("That passphrase is not right."))


# Reminders are checked every 30 seconds: starting them this long after the first paint
# keeps their imports, tray icon and first reading of the diary out of the first screen
# (docs/performance.md) and changes nothing a person could notice.
REMINDERS_AFTER_PAINT_MS = 200


class HomeShell(QObject):
    """Windows come from ``make_window(db, clock, mode)``; ``start_demo(parent)``, if given,
    makes the demo that the first-run screen offers to try.

    Signals: ``window_built(object)`` whenever a new main window is made."""

    window_built = Signal(object)

    def __init__(self, db, clock, mode, make_window, start_demo=None, parent=None):
        super().__init__(parent)
        from .idle import IdleWatcher  # lazy: none (move it to the top)

        self.db, self.clock = db, clock
        self.mode = mode.with_header(self._header)
        self.make_window = make_window
        self.try_demo = None
        if start_demo is not None:
            from .demo import TryDemo  # lazy: none (move it to the top)

            self.try_demo = TryDemo(start_demo, self)
        self.window = self.lock_screen = None
        self._people = 0
        self._shut_down = False
        self.watcher = IdleWatcher(clock, 0, 0, self)
        self.watcher.expired.connect(self.lock)
        from .. import i18n  # lazy: none (move it to the top)

        # The switcher is the shell's, not the window's: the window retranslates only its own
        # controls, and "Switch person" stayed English after a change of language.
        i18n.languages().language_changed.connect(self._on_languages_language_changed)
        self._build_window()
        if self.window.session and security.has_passphrase(self.db,
                                                           self.window.session.profile_id):
            self.lock()

    def shutdown(self) -> None:
        """Stop the timers and close the windows: none may outlive the database. A demo
        started from the first-run screen goes too, with its folder."""
        from .. import i18n  # lazy: none (move it to the top)

        if not self._shut_down:  # the switcher goes with the window: no language change
            self._shut_down = True  # may reach it (a signal's ending and quit both come here)
            i18n.languages().language_changed.disconnect(self._on_languages_language_changed)
        from ..services import vaults  # lazy: start-up

        self.watcher.stop()
        self._start_reminders(None)
        if self.try_demo is not None:
            self.try_demo.end()
        for shown in (self.window, self.lock_screen):
            if shown is not None:
                shown.close()
        vaults.lock(self.db)

    def end(self) -> None:
        """The program ends now (SIGTERM, SIGINT): what was typed but not saved is dropped
        without asking (saved data is whole: each save is one transaction), then as
        ``shutdown``."""
        if self.window is not None:
            self.window.discard_unsaved_input()
        self.shutdown()

    # --- window -----------------------------------------------------------------------------

    def _header(self, window) -> Header:
        """The profile switcher (and "Try the demo") for each window (``Mode.header``)."""
        self.switcher = QToolButton()
        self.switcher.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.switcher.setMenu(QMenu(self.switcher))
        self.switcher.menu().aboutToShow.connect(self._fill_menu)
        extras: tuple[Callable[[Any], None], ...] = ()
        if self.try_demo is not None:
            import weakref  # lazy: start-up

            # weak: the window keeps this in its list, and a cycle would outlive a lock
            try_demo, home = self.try_demo, weakref.ref(window)
            extras = (lambda first_run: try_demo.add_button(first_run, home()),)
        return Header(controls=(self.switcher,), first_run_extras=extras)

    def _build_window(self, profile_id: int | None = None, geometry=None) -> None:
        self.window = window = self.make_window(self.db, self.clock, self.mode)
        if profile_id is not None:
            window.open_profile(repository.get_profile(self.db, profile_id))
            window.root.setCurrentIndex(1)
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
            menu.addAction(self.tr("NHS number..."), self.edit_nhs_number)
            menu.addAction(self.tr("Passphrase and lock..."), self.edit_security)
            menu.addAction(self.tr("Reminders..."), self.edit_reminders)
            menu.addAction(self.tr("Lock now"), self.lock).setEnabled(
                security.has_passphrase(self.db, current))

    def _arm_lock(self) -> None:
        if self.window is not None:
            self._update_switcher()  # after a first profile, a switch or a new person
        session = self.window.session if self.window else None
        if self.window is not None and not self.window.painted:
            # not part of the first screen: the tray and its timer wait until it is drawn, and
            # not inside its paint event (the window's children were still to be drawn when
            # ``first_painted`` came; 30 million instructions), but a moment after it
            self.window.first_painted.connect(lambda: QTimer.singleShot(
                REMINDERS_AFTER_PAINT_MS, self, self._start_reminders_for_window))
        else:
            self._start_reminders(session.profile_id if session else None)
        locks = self.mode.idle.action is IdleAction.LOCK
        minutes = security.lock_after_minutes(self.db, session.profile_id) \
            if session and locks else 0
        self.watcher.timeout_s = minutes * 60
        if minutes:
            self.watcher.start()
        else:
            self.watcher.stop()

    def _start_reminders_for_window(self) -> None:
        if self._shut_down:  # ended in the moment after the first paint: nothing to remind
            return
        session = self.window.session if self.window else None
        self._start_reminders(session.profile_id if session else None)

    def _start_reminders(self, profile_id: int | None) -> None:
        from .reminders import ReminderNotifier  # lazy: start-up

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
        if self.window is not None:
            self.window.show_reminder(text)

    def _on_notifier_dose_reminded(self, profile_id: int, _text: str) -> None:
        """Taken / Remind me later, only while the person the reminder is for is open."""
        session = self.window.session if self.window else None
        banner = self.window.reminder_banner if self.window else None
        if (session is None or session.profile_id != profile_id or self.notifier is None
                or banner is None):
            return
        banner.offer_dose(profile_id, session, session.profile.name,
                                           self.notifier.remind_later, self.window.refresh_pages)

    def edit_reminders(self):
        from .reminders import ReminderSettings  # lazy: start-up

        # the session's database: a protected person's reminders are in their vault
        session = self.window.session
        dialog = ReminderSettings(session.db, session.profile_id, self.clock, self.window)
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
        from .profile_dialogs import NameDialog  # lazy: on use: keeps start-up fast

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
        from .profile_dialogs import NameDialog  # lazy: start-up

        profile = self.window.session.profile
        dialog = NameDialog(self.tr("Rename"), profile.name, self.window)

        def save() -> None:
            from dataclasses import replace  # lazy: none (move it to the top)

            if dialog.name.text().strip():
                updated = repository.update_profile(self.db,
                                                    replace(profile, name=dialog.name.text()))
                self.window.open_profile(updated)

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    def edit_nhs_number(self) -> NhsNumberDialog:
        from ..storage.database import StorageError  # lazy: start-up
        from .profile_dialogs import NhsNumberDialog  # lazy: start-up

        session = self.window.session
        dialog = NhsNumberDialog(session.profile.nhs_number, self.window)

        def save() -> None:
            try:  # the session's database: a protected person's number is in their vault
                set_nhs_number(session.db, session.profile, dialog.number.text())
            except (ProfileError, StorageError) as error:  # nothing changed
                dialog.error.setText(str(error))
                dialog.open()
                return
            self.window.open_profile(session.profile)

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    def edit_security(self) -> SecurityDialog:
        from ..storage.database import StorageError  # lazy: start-up
        from .profile_dialogs import SecurityDialog  # lazy: start-up

        pid = self.window.session.profile_id
        dialog = SecurityDialog(security.has_passphrase(self.db, pid),
                                security.lock_after_minutes(self.db, pid), self.window)

        def save() -> None:
            new = None if dialog.removed else (dialog.passphrase.text() or security.KEEP)
            try:
                security.update_security(self.db, pid, dialog.current.text(), self.clock(),
                                         passphrase=new,
                                         lock_after=dialog.lock_after.currentData())
            except (security.PassphraseRefused, StorageError) as error:  # nothing changed
                dialog.removed = False
                dialog.current.clear()
                dialog.error.setText(str(error))
                dialog.open()
                return
            # the diary moved (into its vault, to a new key, or back): the window follows
            self.window.open_profile(repository.get_profile(self.db, pid))
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
        from ..services import vaults  # lazy: start-up

        vaults.lock(self.db)  # the encrypted diaries close and their keys are forgotten
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
