"""Composition root: QApplication, translations, the database and the main window."""

from __future__ import annotations

import sys

from . import APP_DISPLAY_NAME, APP_NAME, __version__, paths


def install_domain_translator() -> None:
    """Let the Qt-free domain translate its sentences through Qt's translators."""
    from PySide6.QtCore import QCoreApplication

    from .domain.text import install_translator

    install_translator(lambda context, source: QCoreApplication.translate(context, source))


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
    return app


def create_main_window(db, clock=None):
    from .services.session import system_clock
    from .ui.main_window import MainWindow

    return MainWindow(db, clock or system_clock)


def check_and_open(clock=None):
    """Integrity check (and recovery), open, then the daily automatic backup.

    Returns ``(db, recovery_message)``; the message is empty when nothing had to be done."""
    from .services.session import system_clock
    from .storage.backup import auto_backup
    from .storage.database import StorageError, open_database
    from .storage.recovery import check_and_recover
    from .ui.widgets.common import format_datetime

    now = (clock or system_clock)()
    result = check_and_recover(paths.database_path(), paths.backups_dir(), now,
                               format_moment=format_datetime)
    db = open_database(paths.database_path(), paths.backups_dir())
    try:
        auto_backup(db, paths.backups_dir(), now)
    except StorageError:
        pass  # no room for a backup must not stop the diary opening; the next start tries again
    return db, result.message


def quit_after_first_paint(window, app) -> None:
    """``ASTHMA_APP_QUIT_AFTER_PAINT=1``: quit once the window has painted (start-up timing and
    bundle smoke tests). QTimer.singleShot(0, quit) would quit before the first paint."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class _Filter(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, app.quit)
            return False

    window._quit_filter = _Filter(window)
    window.installEventFilter(window._quit_filter)


def run(args) -> int:
    import os

    from PySide6.QtWidgets import QMessageBox

    from . import crash
    from .storage.database import StorageError

    app = create_application()
    crash.install(paths.log_dir, crash.show_dialog)
    try:
        db, message = check_and_open()
    except (StorageError, RuntimeError) as error:
        QMessageBox.critical(None, APP_DISPLAY_NAME, str(error))
        return 1
    if message:
        QMessageBox.warning(None, APP_DISPLAY_NAME, message)
    window = create_main_window(db)
    if os.environ.get("ASTHMA_APP_QUIT_AFTER_PAINT"):
        quit_after_first_paint(window, app)
    if args.text_scale:
        index = window.text_size.findData(args.text_scale)
        if index >= 0:
            window.text_size.setCurrentIndex(index)
    window.resize(1200, 760)
    window.show()
    return app.exec()
