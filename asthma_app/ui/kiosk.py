"""The clinic kiosk: full screen, one visitor at a time, wiped after a warned idle time-out.

Each visitor gets a new folder (``kiosk_files``: in RAM on Linux) with a new database and a new
main window. Wiping closes the database, deletes the window (and with it every widget and the
undo history), clears the clipboard and deletes the folder, then shows the start screen again.
An attendant leaves kiosk mode with the PIN (the small "Staff" button or Ctrl+Alt+Shift+K).

Ending the kiosk any other way also wipes: SIGTERM/SIGINT (``shutdown``, which exits without
asking the windows to close, since the kiosk window refuses that) and the end of the user's
session (Windows log-off or shut-down: ``commitDataRequest``). What a SIGKILL, a crash or a
power cut leaves is deleted when the kiosk next starts, before the first visitor.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QClipboard, QDesktopServices, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton

from .. import paths
from ..domain.text import fill
from ..services.kiosk_config import KioskConfig, KioskConfigError, load_config
from ..storage import repository
from ..storage.database import open_database
from .kiosk_dialogs import AttendantDialog, TimeoutWarning
from .kiosk_files import KioskSession
from .kiosk_frame import KioskDialogs
from .kiosk_mode import KIOSK_STYLE, fill_screen, set_kiosk
from .widgets.common import label

STAFF_SHORTCUT = "Ctrl+Alt+Shift+K"
BLOCKED_URL_SCHEMES = ("http", "https", "file", "mailto", "tel", "ftp")


class KioskShell(QObject):
    """Signals: ``visitor_started(object)`` with the new window; ``left`` (attendant exit)."""

    visitor_started = Signal(object)
    left = Signal()

    def __init__(self, config: KioskConfig, clock, full_screen: bool = True, parent=None):
        super().__init__(parent)
        from .idle import IdleWatcher  # lazy: none (move it to the top)

        self.config, self.clock, self.full_screen = config, clock, full_screen
        set_kiosk(True, config.allow_print)
        for scheme in BLOCKED_URL_SCHEMES:  # nothing may open a browser or another program
            QDesktopServices.setUrlHandler(scheme, self, "_refuse_url")
        # first deletes what earlier sessions left (crash, SIGKILL, power cut)
        self.files = KioskSession(paths.kiosk_dir())
        self.root = self.files.root
        self.folder = self.db = self.window = None
        self.warning_dialog = None
        self._leaving = False
        self.watcher = IdleWatcher(clock, config.idle_timeout_seconds, config.warning_seconds,
                                   self)
        self.watcher.warning.connect(self._on_watcher_warning)
        self.watcher.expired.connect(self.wipe)
        self.dialogs = KioskDialogs(lambda: self.window, self)
        self.start_visitor()
        self.watcher.start()

    @Slot(QUrl)
    def _refuse_url(self, _url) -> None:
        """Registered for every URL scheme: links do nothing in kiosk mode."""

    # --- visitors ---------------------------------------------------------------------------

    def _set_visitor_language(self) -> None:
        """Each visitor starts in the clinic's language (the window reads it from the data)."""
        from .. import i18n  # lazy: none (move it to the top)
        from ..storage import repository  # lazy: none (move it to the top)

        code = self.config.language.split("_")[0]
        if code in {choice.code for choice in i18n.LANGUAGES}:
            repository.set_setting(self.db, i18n.SETTING, code)

    def start_visitor(self) -> None:
        from ..app import create_main_window  # lazy: cycle (arch-shell removes it)

        self.folder = self.files.new_visitor_folder()
        self.db = open_database(self.folder / paths.DATABASE_NAME, self.folder / "backups")
        self._set_visitor_language()
        self.window = window = create_main_window(self.db, self.clock)
        window.fallback_emergency = self.config.emergency_number
        window.profile_created.connect(self._on_first_run_profile_created)
        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        window.setStyleSheet(KIOSK_STYLE)
        window.installEventFilter(self)
        self._add_bar(window)
        if self.full_screen:
            fill_screen(window)
            window.showFullScreen()
        else:
            window.show()
        self.watcher.extend()
        self.visitor_started.emit(window)

    def _add_bar(self, window) -> None:
        bar = QFrame()
        bar.setObjectName("kioskBar")
        row = QHBoxLayout(bar)
        row.addWidget(label(self.tr("Clinic kiosk: everything you enter is cleared when you "
                                    "finish or walk away.")), 1)
        window.finish_button = QPushButton(self.tr("Finish and clear"))
        window.finish_button.clicked.connect(self.wipe)
        window.staff_button = QPushButton(self.tr("Staff"))
        window.staff_button.setAccessibleName(self.tr("Staff: leave kiosk mode"))
        window.staff_button.clicked.connect(self.ask_pin)
        row.addWidget(window.finish_button)
        row.addWidget(window.staff_button)
        window.centralWidget().layout().insertWidget(0, bar)
        shortcut = QShortcut(QKeySequence(STAFF_SHORTCUT), window)
        shortcut.activated.connect(self.ask_pin)

    def _on_first_run_profile_created(self, profile) -> None:
        """The clinic's emergency number, whatever region the visitor chose."""
        if profile.emergency_number != self.config.emergency_number:
            from dataclasses import replace  # lazy: none (move it to the top)

            updated = repository.update_profile(
                self.db, replace(profile, emergency_number=self.config.emergency_number))
            self.window.open_profile(updated)

    def wipe(self) -> None:
        """End this visitor's session, leaving nothing of it, and start the next one."""
        self._end_visitor()
        if not self._leaving:
            self.start_visitor()

    def _end_visitor(self) -> None:
        if self.warning_dialog is not None:
            self.warning_dialog.hide()
            self.warning_dialog.deleteLater()
            self.warning_dialog = None
        window, self.window = self.window, None
        if window is not None:
            window.removeEventFilter(self)
            window.hide()
            window.deleteLater()  # every widget, dialog and the undo history go with it
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if self.db is not None:
            self.db.close()
            self.db = None
        clipboard = QGuiApplication.clipboard()
        for mode in (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection):
            clipboard.clear(mode)
        if self.folder is not None:
            self.files.remove_visitor(self.folder)  # retries; reports what stays
            self.folder = None

    # --- time-out warning -------------------------------------------------------------------

    def _on_watcher_warning(self, seconds_left: int) -> None:
        if self.warning_dialog is None:
            self.warning_dialog = TimeoutWarning(self.window)
            self.warning_dialog.still_here.connect(self._on_warning_still_here)
            self.warning_dialog.open()
        self.warning_dialog.set_seconds(seconds_left)

    def _on_warning_still_here(self) -> None:
        self.watcher.extend()
        dialog, self.warning_dialog = self.warning_dialog, None
        dialog.hide()
        dialog.deleteLater()

    # --- attendant --------------------------------------------------------------------------

    def ask_pin(self) -> AttendantDialog:
        self.pin_dialog = AttendantDialog(self.config.attendant_pin_hash, self.window,
                                         clock=self.clock)
        self.pin_dialog.accepted.connect(self.leave)
        self.pin_dialog.open()
        return self.pin_dialog

    def leave(self) -> None:
        """The attendant's exit: wipe, delete every kiosk file, and say so."""
        if self._leaving:
            return
        self._leaving = True
        self.watcher.stop()
        self.dialogs.stop()
        self._end_visitor()
        self.files.close()
        set_kiosk(False)
        for scheme in BLOCKED_URL_SCHEMES:
            QDesktopServices.unsetUrlHandler(scheme)
        self.left.emit()

    def shutdown(self) -> None:
        """SIGTERM/SIGINT: wipe and end the program. ``QCoreApplication.exit`` rather than
        ``quit``: Qt's quit first asks every window to close, and the kiosk window refuses."""
        self.leave()
        QCoreApplication.exit(0)

    def on_session_end(self, _manager=None) -> None:
        """Windows log-off or shut-down (Qt's ``commitDataRequest``): wipe now, then let the
        session end (the window no longer refuses to close)."""
        self.leave()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        # Visitors cannot close the kiosk window (Alt+F4 and the like); the attendant can.
        # getattr: Qt may still deliver an event while Python is tearing the shell down
        if (watched is getattr(self, "window", None) and event.type() == QEvent.Type.Close
                and not getattr(self, "_leaving", True)):
            event.ignore()
            return True
        return False


def run_kiosk(app, args) -> int:
    """``asthma-app --kiosk [--kiosk-config PATH]``."""
    from .demo import quit_on_signals  # lazy: none (move it to the top)

    path = Path(args.kiosk_config) if args.kiosk_config else paths.data_dir() / "kiosk.ini"
    try:
        config = load_config(path if args.kiosk_config or path.exists() else None)
    except KioskConfigError as error:
        return _explain_on_screen(app, str(error), path)
    if not config.attendant_pin_hash:
        problem = (QCoreApplication.translate("KioskShell", "There is no attendant PIN in %1.")
                   if path.exists() else
                   QCoreApplication.translate("KioskShell", "No kiosk settings file at %1."))
        return _explain_on_screen(app, fill(problem, str(path)), path)
    QLocale.setDefault(QLocale(config.language))
    # signals count from now: a SIGTERM while the first visitor starts still wipes
    made: list[KioskShell] = []
    quit_on_signals(app, lambda: made[0].shutdown() if made else QCoreApplication.exit(0))
    shell = KioskShell(config, _clock())
    made.append(shell)
    shell.left.connect(app.quit)
    app.aboutToQuit.connect(shell.leave)
    app.commitDataRequest.connect(shell.on_session_end)
    from .kiosk_lockdown import lock_down  # lazy: start-up

    shell.left.connect(lock_down(app))  # undone when the attendant leaves
    return app.exec()


def _explain_on_screen(app, problem: str, path: Path) -> int:
    """Kiosk mode refuses to start (no PIN, nobody could leave it): says why on the screen,
    where the attendant looks, and on standard error for logs. Exit status 2."""
    from .demo import quit_on_signals  # lazy: none (move it to the top)
    from .kiosk_problem import KioskProblemScreen  # lazy: start-up

    print(problem, "See docs/kiosk.md.", file=sys.stderr)
    screen = KioskProblemScreen(problem, str(path))
    screen.closed.connect(app.quit)
    screen.show_full_screen()
    quit_on_signals(app)
    app.exec()
    return 2


def _clock():
    from ..services.session import system_clock  # lazy: none (move it to the top)

    return system_clock
