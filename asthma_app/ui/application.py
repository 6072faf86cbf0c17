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


_PACKAGE = __name__.split(".")[0] + "."  # "asthma_app.": the app's own modules
_UI = __name__.rsplit(".", 1)[0]  # "asthma_app.ui"


def _answer(name: str) -> int:
    return 0 if name == _UI or name.startswith(_UI + ".") else -1


def _standard_library(name: str) -> bool:
    """Python's own modules: none has "PySide6" in its source, so the scan answers -1."""
    return name.partition(".")[0] in sys.stdlib_module_names


class _NoFeatureScan:
    """PySide6 reads the source of every module imported after it, looking for "PySide6",
    to know which modules may switch its optional ``from __feature__ import`` modes
    (``shibokensupport/feature.py``, ``feature_imported``): 79 source files of the app before
    the first paint (7.8 million instructions, docs/performance.md). The app gives PySide6
    the answer for its own modules before they load, by layer: only ``ui`` imports PySide6
    (the import contracts, docs/architecture.md), so 0 ("uses PySide6, no feature mode")
    there and -1 ("ignore this module") elsewhere, as the scan finds. Python's own modules
    get -1 too (the app's imports of ``typing``, ``dataclasses``, ``json``... had PySide6
    read ~20 of their files before the first paint). Only a name registered before its
    module is imported skips the scan; nothing else is found or loaded here."""

    def __init__(self, table: dict):
        self.table = table

    def find_spec(self, name, path=None, target=None):  # the import system's finder API
        if name.startswith(_PACKAGE):
            self.table.setdefault(name, _answer(name))
        elif _standard_library(name):
            self.table.setdefault(name, -1)
        return None  # the usual finders load it


def skip_pyside_source_scan() -> bool:
    """Install ``_NoFeatureScan`` once (after PySide6 is imported). False when this
    PySide6 has no such table (another version): then nothing changes."""
    feature = sys.modules.get("PySide6.support.feature") or \
        sys.modules.get("shibokensupport.feature")
    table = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return False
    if not any(isinstance(finder, _NoFeatureScan) for finder in sys.meta_path):
        sys.meta_path.insert(0, _NoFeatureScan(table))
    for name in list(sys.modules):  # imported already: scanned when next imported from
        if name.startswith(_PACKAGE) or name == _PACKAGE[:-1]:
            table.setdefault(name, _answer(name))
        elif _standard_library(name):
            table.setdefault(name, -1)
    return True


def create_application(argv: list[str] | None = None):
    from .pyside_code import compiling_ahead  # lazy: start-up

    # PySide6 compiles its own support code at its first import: the build compiled it ahead
    with compiling_ahead():
        from PySide6.QtCore import QLocale  # lazy: start-up
        from PySide6.QtWidgets import QApplication  # lazy: start-up

    skip_pyside_source_scan()

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
