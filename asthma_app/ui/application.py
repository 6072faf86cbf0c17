"""The QApplication every way of running needs (the window, and the commands that draw a PDF
or ask for a PIN), with the domain's translator hook. Here rather than in ``app.py``, which
only assembles the program: nothing imports ``app``."""

from __future__ import annotations

import os
import sys

from .. import APP_DISPLAY_NAME, APP_NAME, __version__, paths


def install_domain_translator() -> None:
    """Let the Qt-free domain translate its sentences through Qt's translators."""
    from PySide6.QtCore import QCoreApplication  # lazy: start-up

    from ..domain.text import install_translator  # lazy: none (move it to the top)

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
    from PySide6.QtCore import QLocale  # lazy: start-up
    from PySide6.QtWidgets import QApplication  # lazy: start-up

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    if QLocale.system().name() == "C":  # bare systems (CI, kiosks): plain UK English
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    from PySide6.QtGui import QIcon  # lazy: start-up

    app.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "app.svg")))
    install_domain_translator()
    return app
