"""Composition root: QApplication, translations, the database and the main window."""

from __future__ import annotations

import gc
import os
import sqlite3
import sys
import threading
import time

from . import APP_DISPLAY_NAME, APP_NAME, __version__, paths

_IMPORTED_AT = time.time()


def install_domain_translator() -> None:
    """Let the Qt-free domain translate its sentences through Qt's translators."""
    from PySide6.QtCore import QCoreApplication

    from .domain.text import install_translator

    install_translator(lambda context, source: QCoreApplication.translate(context, source))


def use_offscreen_without_display(environ=os.environ, platform: str = sys.platform) -> bool:
    """Choose Qt's offscreen platform when nothing could show a window (an SSH session, a
    server): commands that only draw (PDF export) then work instead of aborting in the xcb
    plug-in. Must run before the QGuiApplication exists; an explicit QT_QPA_PLATFORM wins."""
    if not platform.startswith("linux") or environ.get("QT_QPA_PLATFORM"):
        return False
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return False
    environ["QT_QPA_PLATFORM"] = "offscreen"
    return True


def create_application(argv: list[str] | None = None):
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    if QLocale.system().name() == "C":  # bare systems (CI, kiosks): plain UK English
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "app.svg")))
    install_domain_translator()
    from .ui import accessibility

    accessibility.install()
    return app


def create_main_window(db, clock=None, hidden_pages: tuple[str, ...] = ()):
    from .services.session import system_clock
    from .ui.main_window import MainWindow

    return MainWindow(db, clock or system_clock, hidden_pages=hidden_pages)


def check_and_open(clock=None, damaged=None):
    """Integrity check (and recovery), then open. ``damaged``: waits for the verdict of a
    check begun earlier (``storage.integrity.check_in_background``).

    Returns ``(db, recovery_message)``; the message is empty when nothing had to be done."""
    from .services.session import system_clock
    from .storage.backup import remove_partials
    from .storage.database import open_database
    from .storage.recovery import check_and_recover
    from .ui.widgets.common import format_datetime

    now = (clock or system_clock)()
    remove_partials(paths.backups_dir())  # left by a backup that was cut off (a kill)
    paths.tighten_permissions()  # what an older version made readable by everyone
    result = check_and_recover(paths.database_path(), paths.backups_dir(), now,
                               format_moment=format_datetime, damaged=damaged)
    db = open_database(paths.database_path(), paths.backups_dir())
    return db, result.message


def start_daily_backup(clock=None) -> threading.Thread:
    """The daily automatic backup, on its own connection in a background thread.

    It hashes every row to see whether anything changed: with years of data that must not
    delay the first screen. SQLite's WAL lets it read while the window writes."""
    from .services.session import system_clock

    now = (clock or system_clock)()

    def work() -> None:
        from .storage.backup import auto_backup
        from .storage.database import StorageError, open_database

        try:
            db = open_database(paths.database_path(), paths.backups_dir())
        except (StorageError, sqlite3.Error, OSError):
            return  # the window reports storage problems; the next start tries again
        try:
            auto_backup(db, paths.backups_dir(), now)
        except (StorageError, sqlite3.Error, OSError):
            pass  # no room for a backup must not disturb the diary; the next start tries again
        finally:
            db.close()

    thread = threading.Thread(target=work, name="daily-backup")
    thread.start()
    return thread


def run(args) -> int:
    from .private_files import restrict_new_files

    restrict_new_files()  # also when run() is called without cli.main (it is cheap)
    if getattr(args, "kiosk", False):
        from .ui.kiosk import run_kiosk

        return run_kiosk(_start_application(), args)
    if getattr(args, "demo", False):
        from .services.session import system_clock
        from .ui.demo import run_demo

        return run_demo(_start_application(), args.presenter, system_clock)
    return _run_home(args)


def _start_application():
    from . import crash

    app = create_application()
    crash.install(paths.log_dir, crash.show_dialog)
    return app


def _import_the_window() -> None:
    """Import what opening the diary and the first screen need, none of which reads the
    diary: done before waiting for the integrity check's verdict, these imports overlap the
    check instead of following it (docs/performance.md)."""
    from .storage import backup, database, recovery  # noqa: F401 - check_and_open's
    from .ui import home, main_window  # noqa: F401 - the window's
    from .ui.pages import PAGES

    PAGES[0].load()  # Today


def _run_home(args) -> int:
    """The everyday app, made for a quick first screen (docs/performance.md)."""
    # Start-up makes tens of thousands of objects and hardly any garbage: collecting while it
    # runs only costs time (~8 ms here). The collector is back on once the window is drawn.
    gc.disable()
    from .storage.integrity import check_in_background

    try:
        database = paths.database_path()  # makes the data folder on a first start
    except OSError as error:  # read-only media, no permission, a full disk
        return _cannot_make_data_folder(_start_application(), error)
    damaged = check_in_background(database)  # overlaps the imports below
    from .storage.database import StorageError

    app = _start_application()
    from .ui.single_instance import bring_forward, claim_or_hand_over

    instance = claim_or_hand_over(paths.data_dir())
    if instance is None:
        print("Asthma Plan & Diary is already open for this data folder: its window was "
              "brought forward.")
        return 0
    _import_the_window()  # before the wait: the check keeps running beside these imports
    verdict = damaged()
    if verdict.status not in ("ok", "missing"):
        # Recovery and its message come before the window: answer a second launch now, so
        # it hands over instead of taking the lock and recovering a second time.
        instance.listen()
    try:
        db, message = check_and_open(damaged=lambda: verdict)
    except (StorageError, RuntimeError, OSError, sqlite3.Error) as error:
        from PySide6.QtWidgets import QMessageBox

        from .storage.database import friendly_message

        QMessageBox.critical(None, APP_DISPLAY_NAME,
                             friendly_message(error) if isinstance(error, (OSError,
                                                                           sqlite3.Error))
                             else str(error))
        return 1
    if message:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(None, APP_DISPLAY_NAME, message)
    from .services.session import system_clock
    from .ui.home import HomeShell

    shell = HomeShell(db, system_clock)  # profiles, passphrase lock, "Try the demo"
    app.home_shell = shell
    app.aboutToQuit.connect(shell.shutdown)
    if getattr(args, "presenter", False) and not args.text_scale:
        args.text_scale = 175
    window = shell.window
    if window is not None and args.text_scale:  # the nearest size the menu offers
        sizes = [window.text_size.itemData(i) for i in range(window.text_size.count())]
        nearest = min(sizes, key=lambda size: abs(size - args.text_scale))
        window.text_size.setCurrentIndex(sizes.index(nearest))
    shown = window or shell.lock_screen
    shown.resize(1200, 760)
    if os.environ.get(QUIT_AFTER_PAINT) and window is not None:  # first: times the paint only
        _quit_after_first_paint(window, app)
    _after_first_paint(window, gc.enable)
    if not instance.listening:  # for later launches: see ui/single_instance
        _after_first_paint(window, instance.listen)
    _after_first_paint(window, start_daily_backup)
    shown.show()
    instance.activate_requested.connect(
        lambda: bring_forward(shell.window or shell.lock_screen))
    from .ui.demo import quit_on_signals

    quit_on_signals(app)
    return app.exec()


def _cannot_make_data_folder(app, error: OSError) -> int:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from .domain.text import fill
    from .storage.database import friendly_message

    QMessageBox.critical(None, APP_DISPLAY_NAME, fill(QCoreApplication.translate(
        "Startup", "The data folder %1 could not be made: %2\n\nChoose a folder you can "
                   "write to (for example with --data-dir)."),
        getattr(error, "filename", None) or "", friendly_message(error)))
    return 1


def _after_first_paint(window, job) -> None:
    """Run ``job`` once the first screen is drawn (or soon, behind a lock screen)."""
    from PySide6.QtCore import QTimer

    if window is None:
        QTimer.singleShot(1000, job)
        return
    window.first_painted.connect(lambda: QTimer.singleShot(0, job))  # emitted once only


QUIT_AFTER_PAINT = "ASTHMA_APP_QUIT_AFTER_PAINT"  # hidden: start-up benchmark (build_scripts)
LAUNCHED_AT = "ASTHMA_APP_LAUNCHED_AT"  # epoch seconds when the benchmark started the process


def _quit_after_first_paint(window, app) -> None:
    """Print ``first_paint_ms N`` (since launch) once the first screen is drawn; then, after
    the jobs that follow the first paint, whether the garbage collector is back on; quit."""
    import time

    from PySide6.QtCore import QTimer

    launched = float(os.environ.get(LAUNCHED_AT) or _IMPORTED_AT)

    def done() -> None:  # after the paint event has finished drawing every child
        print(f"first_paint_ms {(time.time() - launched) * 1000:.1f}", flush=True)
        if os.environ.get(QUIT_AFTER_PAINT) == "now":  # instruction counts up to the paint
            os._exit(0)
        QTimer.singleShot(0, report_and_quit)  # queued behind the after-paint jobs

    def report_and_quit() -> None:
        print(f"collector_on {gc.isenabled()}", flush=True)
        app.quit()

    window.first_painted.connect(lambda: QTimer.singleShot(0, done))
