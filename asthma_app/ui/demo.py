"""The nurse demo shell: a DEMO banner, "Reset demo", "Switch demo plan to MART", presenter view.

Everything lives in a temporary folder: the starting database is built once, and a reset
copies it into a fresh file and rebuilds the main window (so no widget keeps old text).
"""

from __future__ import annotations

import weakref
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSize, Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QPushButton

from .. import paths
from ..storage.database import open_database
from .widgets.common import label

PRESENTER_SCALE = 175
BANNER_STYLE = ("QFrame#demoBanner { background: #4a148c; }"
                "QFrame#demoBanner QLabel { color: white; font-weight: bold; }")


class DemoShell(QObject):
    """Owns the throwaway folder, the demo database and the current main window.

    Signals: ``window_rebuilt(object)`` after a reset; ``left`` when the user leaves the demo.
    """

    window_rebuilt = Signal(object)
    left = Signal()

    def __init__(self, clock, presenter: bool = False, parent=None):
        super().__init__(parent)
        self.clock = clock
        self.presenter = presenter
        import tempfile  # not at import: the real app imports this module for its button

        self.folder = Path(tempfile.mkdtemp(prefix="asthma-demo-"))
        self.db_path = self.folder / paths.DATABASE_NAME
        from ..services import demo  # the demo's data code loads only when a demo starts

        self.template = demo.build_template(self.folder, clock())
        self.db = None
        self.window = None
        self.reset()
        from .. import i18n

        # the window rebuilds its own pages on a change of language; the banner is ours
        i18n.languages().language_changed.connect(self._retranslate_banner)

    # --- lifecycle ----------------------------------------------------------------------------

    def reset(self) -> None:
        """Back to the starting point: fresh copy of the template, fresh window."""
        geometry = self.window.geometry() if self.window else None
        self._close_window()
        from ..services import demo

        demo.restore(self.template, self.db_path)
        self.db = open_database(self.db_path, self.folder / "backups")
        from ..app import create_main_window

        # no Backups page: the demo's backups would mix with the real ones in the same folder
        self.window = create_main_window(self.db, self.clock, hidden_pages=("backups",))
        self._add_banner(self.window)
        from .nurse import add_nurse_menu  # nurse mode from the demo (issue 18)

        add_nurse_menu(self.window, self.clock)
        if geometry is not None:
            self.window.setGeometry(geometry)
            self.window.show()
        self.set_presenter(self.presenter)
        self.window_rebuilt.emit(self.window)

    def _close_window(self) -> None:
        nurse = getattr(self.window, "nurse_shell", None)
        if nurse is not None:  # its throwaway folder goes with the demo window
            nurse.close()
        if self.window is not None:
            self.window.hide()
            self.window.deleteLater()
            self.window = None
        if self.db is not None:
            self.db.close()
            self.db = None

    def close(self) -> None:
        """Close everything and delete the throwaway folder (retrying a file still in use on
        Windows, and saying what could not be deleted rather than hiding it)."""
        import sys

        from ..services.file_write import remove_tree

        self._close_window()
        failed = remove_tree(self.folder)
        if failed and sys.stderr is not None:
            print(f"asthma-app demo: could not delete {len(failed)} item(s) in {self.folder}",
                  file=sys.stderr)

    def shutdown(self) -> None:
        """SIGTERM/SIGINT: delete the folder and end the program, whatever dialog is open."""
        self.close()
        QCoreApplication.exit(0)

    # --- banner and actions -------------------------------------------------------------------

    def _add_banner(self, window) -> None:
        banner = QFrame()
        banner.setObjectName("demoBanner")
        banner.setStyleSheet(BANNER_STYLE)
        row = QHBoxLayout(banner)
        text = label()
        text.installEventFilter(self)
        self.banner_text = text
        row.addWidget(text, 1)
        self.mart_button = QPushButton()
        self.mart_button.clicked.connect(self.switch_to_mart)
        self.presenter_box = QCheckBox()
        self.presenter_box.setStyleSheet("color: white;")
        self.presenter_box.setChecked(self.presenter)
        self.presenter_box.toggled.connect(self.set_presenter)
        self.reset_button = QPushButton()
        self.reset_button.clicked.connect(self.reset)
        self.leave_button = QPushButton()
        self.leave_button.clicked.connect(self.left)
        for widget in (self.mart_button, self.presenter_box, self.reset_button,
                       self.leave_button):
            row.addWidget(widget)
        window.centralWidget().layout().insertWidget(0, banner)
        window.banner = banner
        self._retranslate_banner()

    def _retranslate_banner(self, _code: str = "") -> None:
        """The banner's words and the window title, in the current language."""
        if self.window is None:  # closed
            return
        self.banner_text.setText(self.tr("DEMO: a made-up patient. Nothing you do here is kept."))
        self.banner_text.setAccessibleName(self.tr("Demo mode"))
        self.mart_button.setText(self.tr("Switch demo plan to MART"))
        self.presenter_box.setText(self.tr("Presenter view (larger text)"))
        self.reset_button.setText(self.tr("Reset demo"))
        self.leave_button.setText(self.tr("Leave demo"))
        self.window.setWindowTitle(self.tr("DEMO - Asthma Plan & Diary"))
        self._keep_banner_short()

    def _keep_banner_short(self) -> None:
        """Wide enough for the sentence in two lines where the screen allows: squeezed by
        the buttons, a word-wrapped label took one word a line (six lines at presenter size).
        Never wider than the screen leaves beside the buttons (the window must fit it)."""
        text = self.banner_text
        metrics = text.fontMetrics()
        wanted = metrics.horizontalAdvance(text.text()) // 2 + metrics.averageCharWidth() * 8
        parent = text.parentWidget()
        row = parent.layout() if parent is not None else None
        if row is not None:
            items = (row.itemAt(i) for i in range(row.count()))  # never None below count()
            others = sum(item.sizeHint().width() + row.spacing()
                         for item in items if item is not None and item.widget() is not text)
            margins = row.contentsMargins().left() + row.contentsMargins().right() + 40
            room = _available(text).width() - others - margins
            wanted = min(wanted, max(room, metrics.averageCharWidth() * 12))
        text.setMinimumWidth(wanted)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        from PySide6.QtCore import QEvent

        if watched is self.banner_text and event.type() in (QEvent.Type.FontChange,
                                                            QEvent.Type.StyleChange):
            from PySide6.QtCore import QTimer

            # the text size changed: once the buttons have their new fonts too
            QTimer.singleShot(0, self.banner_text, self._keep_banner_short)
        return False

    def switch_to_mart(self) -> None:
        session = self.window.session
        from ..services import demo

        demo.switch_to_mart(self.db, session.profile_id, self.clock())
        self.window.refresh_pages()
        self.window.show_page("plan")
        self.mart_button.setEnabled(False)

    def set_presenter(self, on: bool) -> None:
        self.presenter = on
        scale = PRESENTER_SCALE if on else 100
        self.window.text_size.setCurrentIndex(self.window.text_size.findData(scale))
        if self.presenter_box.isChecked() != on:
            self.presenter_box.setChecked(on)
        if on and self.window.isVisible():
            fill_available_screen(self.window)


def run_demo(app, presenter: bool, clock) -> int:
    """``asthma-app --demo``: the demo is the whole session; its folder is deleted at exit."""
    # signals count from now: a SIGTERM while the demo is built still cleans up
    made: list[DemoShell] = []
    quit_on_signals(app, lambda: made[0].shutdown() if made else QCoreApplication.exit(0))
    shell = DemoShell(clock, presenter)
    made.append(shell)
    paths.set_data_dir(shell.folder)  # anything else that asks for the data dir gets the copy
    shell.left.connect(app.quit)
    if presenter:  # a projector or a large screen: all of it (the taskbar stays visible)
        fill_available_screen(shell.window)
    else:
        shell.window.resize(QSize(1200, 760).boundedTo(_available(shell.window).size()))
        shell.window.show()
    app.aboutToQuit.connect(shell.close)
    return app.exec()


def _available(window):
    from PySide6.QtGui import QGuiApplication

    return (window.screen() or QGuiApplication.primaryScreen()).availableGeometry()


def fill_available_screen(window) -> None:
    """The screen less its panels, set by us (a bare X session has nobody to maximise a
    window), then maximised for a window manager that adds a title bar."""
    window.setGeometry(_available(window))
    window.showMaximized()


def quit_on_signals(app, shutdown=None) -> None:
    """Ctrl+C / SIGTERM end the program through Qt, so throwaway folders are still deleted.

    ``shutdown`` (default: ``app.quit``) runs on the event loop, not inside the signal
    handler. Windows has no SIGTERM: there the kiosk listens for the session's end instead."""
    import signal

    from PySide6.QtCore import QTimer

    def handle(*_args) -> None:
        QTimer.singleShot(0, shutdown or app.quit)

    for number in (signal.SIGINT, getattr(signal, "SIGTERM", None)):
        if number is not None:
            signal.signal(number, handle)
    app._signal_timer = QTimer()  # wakes Python now and then so it can run the handlers
    app._signal_timer.start(300)
    app._signal_timer.timeout.connect(lambda: None)


def add_try_demo_button(window, clock) -> None:
    """A "Try the demo" button on the first-run screen (``first_run.try_demo_button``): the
    real window waits meanwhile."""
    window_ref = weakref.ref(window)  # the window keeps ``add`` below: no reference cycle

    def start() -> None:
        real = window_ref()
        if real is None:
            return
        shell = DemoShell(clock, parent=real)
        real.demo_shell = shell
        shell.window.setGeometry(real.geometry())
        real.hide()
        shell.window.show()

        def leave() -> None:
            shell.close()
            home = window_ref()
            if home is not None:
                home.demo_shell = None
                home.apply_text_scale(home.text_size.currentData())  # the style is app-wide
                home.show()

        shell.left.connect(leave)

    def add(first_run) -> None:
        button = QPushButton(QCoreApplication.translate("DemoShell",
                                                        "Try the demo (a made-up patient)"))
        button.setObjectName("tryDemo")
        button.clicked.connect(start)
        first_run.extra_buttons.addWidget(button)
        first_run.try_demo_button = button

    window.add_first_run_extra(add)  # again after a language change rebuilds the page
