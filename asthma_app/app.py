"""Composition root: the one place that assembles the program.

It chooses the way of running (home, demo, kiosk), its ``Mode`` (``ui/mode.py``), the shell
that owns the windows, the window factory the shell is given, and what ends each mode on a
signal from the OS (``ui/os_signals.py``). Nothing imports this module
(``tests/test_architecture.py``); ``python -m asthma_app`` and the ``asthma-app`` command
start at ``main``.
"""

from __future__ import annotations

import gc
import os
import sqlite3
import sys
import time

from . import APP_DISPLAY_NAME, paths
from .ui.application import (  # noqa: F401 - also this module's API (tests, build scripts)
    create_application,
    install_domain_translator,
    use_offscreen_without_display,
)

_IMPORTED_AT = time.time()


def create_main_window(db, clock=None, mode=None):
    """The window factory every shell is given: ``make_window(db, clock, mode)``."""
    from .services.session import system_clock  # lazy: start-up
    from .ui.main_window import MainWindow  # lazy: start-up
    from .ui.mode import HOME  # lazy: start-up

    return MainWindow(db, clock or system_clock, mode or HOME)


def home_shell(db, clock):
    """Home use: profiles, the passphrase lock, and "Try the demo" on the first-run screen."""
    from .ui.home import HomeShell  # lazy: start-up
    from .ui.mode import HOME  # lazy: start-up

    return HomeShell(db, clock, HOME, create_main_window,
                     start_demo=lambda parent: demo_shell(clock, parent=parent))


def demo_shell(clock, presenter: bool = False, parent=None, text_scale: int | None = None):
    """The nurse's demo: a made-up patient in a throwaway folder (``--text-scale`` applies
    to it as to home use; presenter view brings its own size)."""
    from .ui.demo import DemoShell  # lazy: start-up
    from .ui.mode import DEMO  # lazy: start-up

    shell = DemoShell(clock, DEMO, create_main_window, presenter, parent)
    if text_scale and not presenter:
        choose_text_scale(shell.window, text_scale)
    return shell


def choose_text_scale(window, percent: int) -> None:
    """The size the text-size menu offers nearest to ``percent`` (``--text-scale``)."""
    sizes = [window.text_size.itemData(i) for i in range(window.text_size.count())]
    nearest = min(sizes, key=lambda size: abs(size - percent))
    window.text_size.setCurrentIndex(sizes.index(nearest))


def kiosk_shell(config, clock, full_screen: bool = True):
    """The clinic kiosk, as its settings file describes it."""
    from .ui import mode  # lazy: start-up
    from .ui.kiosk import KioskShell  # lazy: start-up

    return KioskShell(config, clock, mode.kiosk(config), create_main_window, full_screen)


def check_and_open(clock=None, damaged=None):
    """Integrity check (and recovery), then open. ``damaged``: waits for the verdict of a
    check begun earlier (``storage.integrity.check_in_background``).

    Returns ``(db, recovery_message)``; the message is empty when nothing had to be done.
    A diary the check passed needs no recovery: storage/recovery and storage/backup are then
    not imported before the first paint (docs/performance.md)."""
    from .storage.database import open_database  # lazy: start-up

    paths.tighten_permissions()  # what an older version made readable by everyone
    verdict = damaged() if damaged is not None else None
    message = ""
    if verdict is None or verdict.status not in ("ok", "missing"):
        from .services.session import system_clock  # lazy: start-up
        from .storage.recovery import check_and_recover  # lazy: start-up
        from .ui.widgets.common import format_datetime  # lazy: start-up

        message = check_and_recover(
            paths.database_path(), paths.backups_dir(), (clock or system_clock)(),
            format_moment=format_datetime,
            damaged=None if verdict is None else lambda: verdict).message
    db = open_database(paths.database_path(), paths.backups_dir())
    _finish_vault_moves(db)
    return db, message


def _finish_vault_moves(db) -> None:
    """What a kill cut off in moving a protected person's diary (storage/vault_moves.py).
    A household that never had a passphrase has no ``people`` folder: nothing is imported."""
    if not (paths.database_path().parent / "people").is_dir():
        return
    from .storage.vault_moves import finish_pending  # lazy: start-up

    try:
        finish_pending(db)
    except (sqlite3.Error, OSError):
        pass  # e.g. a reader kept the log busy: tried again at the next start or move


def start_daily_backup(clock=None):
    """The daily automatic backup, a job on its own connection (``ui.workers.run_job``).

    It hashes every row to see whether anything changed: with years of data that must not
    delay the first screen. SQLite's WAL lets it read while the window writes."""
    from .services.session import system_clock  # lazy: start-up
    from .ui.workers import run_job  # lazy: start-up

    now = (clock or system_clock)()

    def job(connect, _progress) -> None:
        from .storage.backup import auto_backup, remove_partials  # lazy: start-up

        remove_partials(paths.backups_dir())  # left by a backup that was cut off (a kill)
        with connect() as db:
            auto_backup(db, paths.backups_dir(), now)

    return run_job(None, job, database=paths.database_path(), name="daily-backup",
                   on_error=_daily_backup_failed)


def _daily_backup_failed(error: BaseException) -> None:
    """No room for a backup (or the diary unreadable: the window says so) must not disturb
    the diary; the next start tries again. Anything else is a bug, and reported as one."""
    from .storage.database import StorageError  # lazy: start-up

    if not isinstance(error, (StorageError, sqlite3.Error, OSError)):
        sys.excepthook(type(error), error, error.__traceback__)


def main(argv: list[str] | None = None) -> int:
    """The program: the options (``cli.py``, no Qt, so ``--help`` is instant), then a
    command or the window."""
    from . import cli, dataclass_code  # lazy: start-up

    # before the first dataclass is made: their methods compiled ahead (dataclass_code.py)
    dataclass_code.install(dataclass_code.shipped())

    args = cli.parse(argv)
    if getattr(args, "func", None):
        return cli.run_command(args)
    return run(args)


def run(args) -> int:
    from .private_files import restrict_new_files  # lazy: start-up

    restrict_new_files()  # also when run() is called without main (it is cheap)
    if getattr(args, "kiosk", False):
        return _run_kiosk(args, _start_application())
    if getattr(args, "demo", False):
        return _run_demo(args, _start_application())
    if getattr(args, "nurse", False):
        return _run_nurse(_start_application())
    return _run_home(args)


def _run_kiosk(args, app) -> int:
    """``asthma-app --kiosk [--kiosk-config PATH]``: one visitor at a time (ui/kiosk.py)."""
    from PySide6.QtCore import QLocale  # lazy: start-up

    from .services.session import system_clock  # lazy: start-up
    from .ui import kiosk, os_signals  # lazy: start-up
    from .ui.kiosk_lockdown import lock_down  # lazy: start-up

    # from now: a SIGTERM while the first visitor starts still wipes (once the shell exists)
    signals = os_signals.EndOnSignals()
    config, problem, path = kiosk.read_settings(args.kiosk_config)
    if config is None:
        return kiosk.explain_on_screen(app, problem, path)
    QLocale.setDefault(QLocale(config.language))
    shell = kiosk_shell(config, system_clock)
    signals.end = shell.end
    shell.left.connect(app.quit)
    app.aboutToQuit.connect(shell.end)
    app.commitDataRequest.connect(shell.on_session_end)
    shell.left.connect(lock_down(app))  # undone when the attendant leaves
    return app.exec()


def _run_nurse(app) -> int:
    """``asthma-app --nurse``: a throwaway session for writing a patient's plan
    (ui/nurse.py); its folder is deleted at exit, and on Ctrl+C or SIGTERM."""
    from .services.session import system_clock  # lazy: start-up
    from .ui import os_signals  # lazy: start-up
    from .ui.nurse import NurseShell  # lazy: start-up

    signals = os_signals.EndOnSignals()
    shell = NurseShell(system_clock)
    signals.end = shell.end
    shell.left.connect(app.quit)
    shell.window.resize(760, 560)
    shell.window.show()
    app.aboutToQuit.connect(shell.close)
    return app.exec()


def _run_demo(args, app) -> int:
    """``asthma-app --demo``: the demo is the whole session; its folder is deleted at exit."""
    from .services.session import system_clock  # lazy: start-up
    from .ui import os_signals  # lazy: start-up

    signals = os_signals.EndOnSignals()  # a SIGTERM while the demo is built still cleans up
    shell = demo_shell(system_clock, args.presenter, text_scale=args.text_scale)
    signals.end = shell.end
    paths.set_data_dir(shell.folder)  # anything else that asks for the data dir gets the copy
    shell.left.connect(app.quit)
    shell.show_first()
    app.aboutToQuit.connect(shell.end)
    return app.exec()


def _start_application():
    from . import crash  # lazy: start-up

    app = create_application()
    crash.install(paths.log_dir, crash.show_dialog)
    return app


def _import_the_window() -> None:
    """Import what opening the diary and the first screen need, none of which reads the
    diary: done before waiting for the integrity check's verdict, these imports overlap the
    check instead of following it (docs/performance.md)."""
    from .storage import database  # noqa: F401 - check_and_open's  # lazy: start-up

    # lazy: start-up
    from .ui import home, main_window  # noqa: F401 - the window's
    from .ui.pages import PAGES  # lazy: start-up

    PAGES[0].load()  # Today


def _run_home(args) -> int:
    """The everyday app, made for a quick first screen (docs/performance.md)."""
    # Start-up makes tens of thousands of objects and hardly any garbage: collecting while it
    # runs only costs time (~8 ms here). The collector is back on once the window is drawn.
    gc.disable()
    from .storage.integrity import check_in_background  # lazy: start-up

    try:
        database = paths.database_path()  # makes the data folder on a first start
    except OSError as error:  # read-only media, no permission, a full disk
        return _cannot_make_data_folder(_start_application(), error)
    # overlaps the imports below; the bytes that last passed at a clean end need no re-read
    damaged = check_in_background(database, recall=True)
    from .storage.database import StorageError  # lazy: start-up

    app = _start_application()
    from .ui.single_instance import bring_forward, claim_or_hand_over  # lazy: start-up

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
        from PySide6.QtWidgets import QMessageBox  # lazy: start-up

        from .storage.database import friendly_message  # lazy: start-up

        QMessageBox.critical(None, APP_DISPLAY_NAME,
                             friendly_message(error) if isinstance(error, (OSError,
                                                                           sqlite3.Error))
                             else str(error))
        return 1
    if message:
        from PySide6.QtWidgets import QMessageBox  # lazy: start-up

        QMessageBox.warning(None, APP_DISPLAY_NAME, message)
    from .services.session import system_clock  # lazy: start-up
    from .ui import os_signals  # lazy: start-up

    shell = home_shell(db, system_clock)
    app.aboutToQuit.connect(shell.shutdown)
    if getattr(args, "presenter", False) and not args.text_scale:
        args.text_scale = 175
    window = shell.window
    if window is not None and args.text_scale:
        choose_text_scale(window, args.text_scale)
    shown = window or shell.lock_screen
    shown.resize(1200, 760)
    if os.environ.get(QUIT_AFTER_PAINT) and window is not None:  # first: times the paint only
        _quit_after_first_paint(window, app, verdict)
    _after_first_paint(window, gc.enable)
    if not instance.listening:  # for later launches: see ui/single_instance
        _after_first_paint(window, instance.listen)
    _after_first_paint(window, start_daily_backup)
    shown.show()
    instance.activate_requested.connect(
        lambda: bring_forward(shell.window or shell.lock_screen))
    signals = os_signals.EndOnSignals()  # kept while the loop runs
    signals.end = shell.end
    code = app.exec()
    _remember_a_clean_end(shell.db, database, instance)
    return code


def _remember_a_clean_end(db, database, instance) -> bool:
    """Once the window's work is done and its connection closed, record the diary's bytes if
    the full check passes them: the next start, finding the very same bytes, need not read
    every row (storage/check_record.py). Any doubt (a job still running, a -wal left by a
    connection still open): no record, and the next start checks in full. The folder is
    freed first: a launch meanwhile starts afresh (its own check reads beside this one; a
    write of its own changes the hash or leaves a -wal, and no record is written)."""
    from .storage import check_record, integrity  # lazy: start-up (imported by then)
    from .ui.workers import wait_for_all  # lazy: start-up (imported by then)

    if not wait_for_all(timeout=60.0):
        return False
    try:
        db.close()
    except sqlite3.Error:
        return False
    instance.release()
    return check_record.remember_clean_end(database, integrity.check)


def _cannot_make_data_folder(app, error: OSError) -> int:
    from PySide6.QtCore import QCoreApplication  # lazy: start-up
    from PySide6.QtWidgets import QMessageBox  # lazy: start-up

    from .domain.text import fill  # lazy: start-up
    from .storage.database import friendly_message  # lazy: start-up

    QMessageBox.critical(None, APP_DISPLAY_NAME, fill(QCoreApplication.translate(
        "Startup", "The data folder %1 could not be made: %2\n\nChoose a folder you can "
                   "write to (for example with --data-dir)."),
        getattr(error, "filename", None) or "", friendly_message(error)))
    return 1


def _after_first_paint(window, job) -> None:
    """Run ``job`` once the first screen is drawn (or soon, behind a lock screen)."""
    from PySide6.QtCore import QTimer  # lazy: start-up

    if window is None:
        QTimer.singleShot(1000, job)
        return
    window.first_painted.connect(lambda: QTimer.singleShot(0, job))  # emitted once only


QUIT_AFTER_PAINT = "ASTHMA_APP_QUIT_AFTER_PAINT"  # hidden: start-up benchmark (build_scripts)
LAUNCHED_AT = "ASTHMA_APP_LAUNCHED_AT"  # epoch seconds when the benchmark started the process


def _quit_after_first_paint(window, app, verdict) -> None:
    """Print ``first_paint_ms N`` (since launch) once the first screen is drawn; then, after
    the jobs that follow the first paint, whether the garbage collector is back on and how
    the start-up check reached its verdict (``recalled``: the bytes that last passed); quit."""
    import time  # lazy: start-up

    from PySide6.QtCore import QTimer  # lazy: start-up

    launched = float(os.environ.get(LAUNCHED_AT) or _IMPORTED_AT)

    def done() -> None:  # after the paint event has finished drawing every child
        print(f"first_paint_ms {(time.time() - launched) * 1000:.1f}", flush=True)
        if os.environ.get(QUIT_AFTER_PAINT) == "now":  # instruction counts up to the paint
            os._exit(0)
        QTimer.singleShot(0, report_and_quit)  # queued behind the after-paint jobs

    def report_and_quit() -> None:
        print(f"collector_on {gc.isenabled()}", flush=True)
        print(f"start_check {'recalled' if verdict.recalled else verdict.status}", flush=True)
        app.quit()

    window.first_painted.connect(lambda: QTimer.singleShot(0, done))
