"""The clinic kiosk: full screen, one visitor at a time, wiped after a warned idle time-out.

Each visitor gets a new folder (``kiosk_files``: in RAM on Linux) with a new database and a new
main window. Wiping closes the database, deletes the window (and with it every widget and the
undo history), clears the clipboard and deletes the folder, then shows the start screen again.
An attendant leaves kiosk mode with the PIN (the small "Staff" button or Ctrl+Alt+Shift+K).

Ending the kiosk any other way also wipes: SIGTERM/SIGINT (``end``, called by
``ui/os_signals.py``, which then exits without asking the windows to close, since the kiosk
window refuses that) and the end of the user's session (Windows log-off or shut-down:
``commitDataRequest``). What a SIGKILL, a crash or a power cut leaves is deleted when the
kiosk next starts, before the first visitor.

What a kiosk allows (no files, printing, pages) is its ``Mode`` (``ui/mode.py``), made by
``app.py`` from the settings file; windows come from the factory ``app.py`` gives.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QUrl, Signal, Slot
from PySide6.QtGui import QClipboard, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton

from .. import paths
from ..domain.text import fill
from ..services.kiosk_config import KioskConfig, KioskConfigError, load_config
from ..storage import repository
from ..storage.database import open_database
from .kiosk_dialogs import AttendantDialog, TimeoutWarning
from .kiosk_files import KioskSession
from .kiosk_frame import KioskDialogs
from .kiosk_mode import fill_screen
from .mode import Header
from .widgets.common import label

STAFF_SHORTCUT = "Ctrl+Alt+Shift+K"
BLOCKED_URL_SCHEMES = ("http", "https", "file", "mailto", "tel", "ftp")


class KioskShell(QObject):
    """Each visitor's window comes from ``make_window(db, clock, mode)``.

    Signals: ``visitor_started(object)`` with the new window; ``left`` (attendant exit)."""

    visitor_started = Signal(object)
    left = Signal()

    def __init__(self, config: KioskConfig, clock, mode, make_window, full_screen: bool = True,
                 parent=None):
        super().__init__(parent)
        from .idle import IdleWatcher  # lazy: none (move it to the top)

        self.config, self.clock, self.full_screen = config, clock, full_screen
        self.mode = mode.with_header(self._header)
        self.make_window = make_window
        for scheme in BLOCKED_URL_SCHEMES:  # nothing may open a browser or another program
            QDesktopServices.setUrlHandler(scheme, self, "_refuse_url")
        # first deletes what earlier sessions left (crash, SIGKILL, power cut)
        self.files = KioskSession(paths.kiosk_dir())
        self.root = self.files.root
        self.folder = self.db = self.window = None
        self.warning_dialog = None
        self._leaving = False
        self.watcher = IdleWatcher(clock, mode.idle.timeout_seconds, mode.idle.warning_seconds,
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
        from ..storage import settings  # lazy: none (move it to the top)

        code = self.config.language.split("_")[0]
        if code in {choice.code for choice in i18n.LANGUAGES}:
            settings.LANGUAGE.set(self.db, code)

    def start_visitor(self) -> None:
        self.folder = self.files.new_visitor_folder()
        self.db = open_database(self.folder / paths.DATABASE_NAME, self.folder / "backups")
        self._set_visitor_language()
        self.window = window = self.make_window(self.db, self.clock, self.mode)
        window.profile_created.connect(self._on_first_run_profile_created)
        window.installEventFilter(self)  # refuses Close: see eventFilter
        if self.full_screen:
            fill_screen(window)
            window.showFullScreen()
        else:
            window.show()
        self.watcher.extend()
        self.visitor_started.emit(window)

    def _header(self, _window) -> Header:
        """The kiosk bar for each visitor's window (``Mode.header``)."""
        bar = QFrame()
        bar.setObjectName("kioskBar")
        row = QHBoxLayout(bar)
        row.addWidget(label(self.tr("Clinic kiosk: everything you enter is cleared when you "
                                    "finish or walk away.")), 1)
        self.finish_button = QPushButton(self.tr("Finish and clear"))
        self.finish_button.clicked.connect(self.wipe)
        self.staff_button = QPushButton(self.tr("Staff"))
        self.staff_button.setAccessibleName(self.tr("Staff: leave kiosk mode"))
        self.staff_button.clicked.connect(self.ask_pin)
        row.addWidget(self.finish_button)
        row.addWidget(self.staff_button)
        return Header(banner=bar, shortcuts=((STAFF_SHORTCUT, self.ask_pin),))

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
        for scheme in BLOCKED_URL_SCHEMES:
            QDesktopServices.unsetUrlHandler(scheme)
        self.left.emit()

    def end(self) -> None:
        """The program ends (SIGTERM, SIGINT, quit): wipe, and delete every kiosk file."""
        self.leave()

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


def read_settings(kiosk_config: str | None) -> tuple[KioskConfig | None, str, Path]:
    """The kiosk's settings (``--kiosk-config``, else ``kiosk.ini`` in the data folder), or
    why kiosk mode cannot start: ``(config, "", path)`` or ``(None, problem, path)``."""
    path = Path(kiosk_config) if kiosk_config else paths.data_dir() / "kiosk.ini"
    try:
        config = load_config(path if kiosk_config or path.exists() else None)
    except KioskConfigError as error:
        return None, str(error), path
    if not config.attendant_pin_hash:  # nobody could leave it
        problem = (QCoreApplication.translate("KioskShell", "There is no attendant PIN in %1.")
                   if path.exists() else
                   QCoreApplication.translate("KioskShell", "No kiosk settings file at %1."))
        return None, fill(problem, str(path)), path
    return config, "", path


def explain_on_screen(app, problem: str, path: Path) -> int:
    """Kiosk mode refuses to start: says why on the screen, where the attendant looks, and on
    standard error for logs. Exit status 2."""
    from .kiosk_problem import KioskProblemScreen  # lazy: start-up

    print(problem, "See docs/kiosk.md.", file=sys.stderr)
    screen = KioskProblemScreen(problem, str(path))
    screen.closed.connect(app.quit)
    screen.show_full_screen()
    app.exec()
    return 2
