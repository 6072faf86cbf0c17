"""Composition root: QApplication, translations, the database and the main window."""

from __future__ import annotations

import os
import sys
import time

from . import APP_DISPLAY_NAME, APP_NAME, __version__, paths

_IMPORTED_AT = time.time()


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
    install_domain_translator()
    return app


def create_main_window(db, clock=None):
    from .services.session import system_clock
    from .ui.main_window import MainWindow

    return MainWindow(db, clock or system_clock)


def run(args) -> int:
    from PySide6.QtWidgets import QMessageBox

    from .storage.database import StorageError, open_database

    app = create_application()
    try:
        db = open_database(paths.database_path(), paths.backups_dir())
    except (StorageError, RuntimeError) as error:
        QMessageBox.critical(None, APP_DISPLAY_NAME, str(error))
        return 1
    window = create_main_window(db)
    if args.text_scale:
        index = window.text_size.findData(args.text_scale)
        if index >= 0:
            window.text_size.setCurrentIndex(index)
    window.resize(1200, 760)
    if os.environ.get(QUIT_AFTER_PAINT):
        _quit_after_first_paint(window, app)
    window.show()
    return app.exec()


QUIT_AFTER_PAINT = "ASTHMA_APP_QUIT_AFTER_PAINT"  # hidden: start-up benchmark (build_scripts)
LAUNCHED_AT = "ASTHMA_APP_LAUNCHED_AT"  # epoch seconds when the benchmark started the process


def _quit_after_first_paint(window, app) -> None:
    """Print ``first_paint_ms N`` (since launch) once the first screen is drawn, then quit."""
    import time

    from PySide6.QtCore import QTimer

    launched = float(os.environ.get(LAUNCHED_AT) or _IMPORTED_AT)

    def done() -> None:  # after the paint event has finished drawing every child
        print(f"first_paint_ms {(time.time() - launched) * 1000:.1f}", flush=True)
        app.quit()

    window.first_painted.connect(lambda: QTimer.singleShot(0, done))
