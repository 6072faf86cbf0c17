"""The nurse demo shell: a DEMO banner, "Reset demo", "Switch demo plan to MART", presenter view.

Everything lives in a temporary folder: the starting database is built once, and a reset
copies it into a fresh file and rebuilds the main window (so no widget keeps old text). The
window comes from the factory ``app.py`` gives, for the ``Mode`` it gives (``ui/mode.py``);
the banner reaches the window through ``mode.header``.
"""

from __future__ import annotations

import weakref
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSize, Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QPushButton

from .. import paths
from ..storage.database import open_database
from .mode import Header
from .theme import BANNER_STYLE
from .widgets.common import label

PRESENTER_SCALE = 175


class DemoShell(QObject):
    """Owns the throwaway folder, the demo database and the current main window, made by
    ``make_window(db, clock, mode)``.

    Signals: ``window_rebuilt(object)`` after a reset; ``left`` when the user leaves the demo.
    """

    window_rebuilt = Signal(object)
    left = Signal()

    def __init__(self, clock, mode, make_window, presenter: bool = False, parent=None):
        super().__init__(parent)
        self.clock = clock
        self.mode = mode.with_header(self._header)
        self.make_window = make_window
        self.presenter = presenter
        import tempfile  # lazy: not at import: the real app imports this module for its button

        self.folder = Path(tempfile.mkdtemp(prefix="asthma-demo-"))
        self.db_path = self.folder / paths.DATABASE_NAME
        from ..services import demo  # lazy: the demo's data code loads only when a demo starts

        self.template = demo.build_template(self.folder, clock())
        self.db = None
        self.window = None
        self.nurse_shell = None  # nurse mode opened from the Nurse menu (ui/nurse.py)
        self.nurse_menu = None
        self.reset()
        from .. import i18n  # lazy: none (move it to the top)

        # the window rebuilds its own pages on a change of language; the banner is ours
        i18n.languages().language_changed.connect(self._retranslate_banner)

    # --- lifecycle ----------------------------------------------------------------------------

    def reset(self) -> None:
        """Back to the starting point: fresh copy of the template, fresh window."""
        geometry = self.window.geometry() if self.window else None
        self._close_window()
        from ..services import demo  # lazy: start-up

        demo.restore(self.template, self.db_path)
        self.db = open_database(self.db_path, self.folder / "backups")
        self.window = self.make_window(self.db, self.clock, self.mode)
        self._retranslate_banner()
        if geometry is not None:
            self.window.setGeometry(geometry)
            self.window.show()
        self.set_presenter(self.presenter)
        self.window_rebuilt.emit(self.window)

    def _close_window(self) -> None:
        if self.nurse_shell is not None:  # its throwaway folder goes with the demo window
            self.nurse_shell.close()
            self.nurse_shell = None
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
        import sys  # lazy: none (move it to the top)

        from ..services.file_write import remove_tree  # lazy: start-up

        self._close_window()
        failed = remove_tree(self.folder)
        if failed and sys.stderr is not None:
            print(f"asthma-app demo: could not delete {len(failed)} item(s) in {self.folder}",
                  file=sys.stderr)

    def end(self) -> None:
        """The program ends (SIGTERM, SIGINT, quit): delete the folder, whatever is open."""
        self.close()

    # --- banner and actions -------------------------------------------------------------------

    def _header(self, _window) -> Header:
        """The banner for each window the demo builds (``Mode.header``)."""
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
        self.banner = banner
        return Header(banner=banner, title=lambda: self.tr("DEMO - Asthma Plan & Diary"),
                      menus=(self._add_nurse_menu,))

    def _add_nurse_menu(self, menu_bar) -> None:
        """The Nurse menu: "Write a plan for a patient..." opens nurse mode beside the demo."""
        from PySide6.QtCore import QCoreApplication  # lazy: start-up

        translate = QCoreApplication.translate
        self.nurse_menu = menu_bar.addMenu(translate("NurseShell", "&Nurse"))
        self.nurse_menu.addAction(translate("NurseShell", "Write a plan for a patient..."),
                                  self.start_nurse)

    def start_nurse(self) -> None:
        from .nurse import NurseShell  # lazy: start-up

        if self.nurse_shell is not None:
            self.nurse_shell.close()
        shell = NurseShell(self.clock, parent=self.window)
        self.nurse_shell = shell
        shell.left.connect(shell.close)
        shell.window.show()

    def _retranslate_banner(self, _code: str = "") -> None:
        """The banner's words in the current language (the window retitles itself)."""
        if self.window is None:  # closed
            return
        self.banner_text.setText(self.tr("DEMO: a made-up patient. Nothing you do here is kept."))
        self.banner_text.setAccessibleName(self.tr("Demo mode"))
        self.mart_button.setText(self.tr("Switch demo plan to MART"))
        self.presenter_box.setText(self.tr("Presenter view (larger text)"))
        self.reset_button.setText(self.tr("Reset demo"))
        self.leave_button.setText(self.tr("Leave demo"))
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
        from PySide6.QtCore import QEvent  # lazy: start-up

        if watched is self.banner_text and event.type() in (QEvent.Type.FontChange,
                                                            QEvent.Type.StyleChange):
            from PySide6.QtCore import QTimer  # lazy: start-up

            # the text size changed: once the buttons have their new fonts too
            QTimer.singleShot(0, self.banner_text, self._keep_banner_short)
        return False

    def switch_to_mart(self) -> None:
        session = self.window.session
        from ..services import demo  # lazy: start-up

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


    def show_first(self) -> None:
        """``asthma-app --demo``: on a projector or a large screen (presenter view) all of
        it (the taskbar stays visible), else the usual size."""
        if self.presenter:
            fill_available_screen(self.window)
        else:
            self.window.resize(QSize(1200, 760).boundedTo(_available(self.window).size()))
            self.window.show()


def _available(window):
    from PySide6.QtGui import QGuiApplication  # lazy: start-up

    return (window.screen() or QGuiApplication.primaryScreen()).availableGeometry()


def fill_available_screen(window) -> None:
    """The screen less its panels, set by us (a bare X session has nobody to maximise a
    window), then maximised for a window manager that adds a title bar."""
    window.setGeometry(_available(window))
    window.showMaximized()


class TryDemo(QObject):
    """"Try the demo (a made-up patient)" on the home window's first-run screen: the home
    window waits, hidden, while ``start_demo(parent)`` makes the demo; leaving the demo (or
    ``end()``, when the program ends) deletes its folder and brings the home window back."""

    def __init__(self, start_demo, parent=None):
        super().__init__(parent)
        self.start_demo = start_demo
        self.shell: DemoShell | None = None
        self._home = None  # weak: the home window may be deleted (a lock) meanwhile

    def add_button(self, first_run, home) -> None:
        """For ``Header.first_run_extras``: again after a language change rebuilds the page."""
        home_ref = weakref.ref(home)  # the window keeps this button: no reference cycle
        button = QPushButton(QCoreApplication.translate("DemoShell",
                                                        "Try the demo (a made-up patient)"))
        button.setObjectName("tryDemo")
        button.clicked.connect(lambda: self.start(home_ref()))
        first_run.extra_buttons.addWidget(button)
        first_run.try_demo_button = button

    def start(self, home) -> None:
        if home is None or self.shell is not None:
            return
        self._home = weakref.ref(home)
        self.shell = shell = self.start_demo(self)
        shell.window.setGeometry(home.geometry())
        home.hide()
        shell.window.show()
        shell.left.connect(self.leave)

    def leave(self) -> None:
        self.end()
        home = self._home() if self._home is not None else None
        if home is not None:
            home.apply_text_scale(home.text_size.currentData())  # the style is app-wide
            home.show()

    def end(self) -> None:
        """Close the demo, if one is running, and delete its folder."""
        shell, self.shell = self.shell, None
        if shell is not None:
            shell.close()
            shell.deleteLater()
