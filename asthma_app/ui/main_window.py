"""The main window: header with the attack button and text size, navigation, pages."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import APP_DISPLAY_NAME
from ..domain.text import fill
from ..services.profiles import open_session, profiles
from ..storage import repository
from . import theme
from .dialogs.attack import AttackDialog
from .first_run import FirstRunPage
from .pages import page_classes
from .widgets.common import icon, label

LAST_PROFILE = "last_profile_id"
TEXT_SCALE = "text_scale"


class MainWindow(QMainWindow):
    """Signals: ``first_painted`` once, when the window is first drawn (start-up timing)."""

    first_painted = Signal()

    def __init__(self, db, clock, parent=None):
        super().__init__(parent)
        self.db, self.clock = db, clock
        self.session = None
        self.fallback_emergency = "999"  # before any profile exists (the kiosk sets its own)
        self._painted = False
        self.setWindowTitle(APP_DISPLAY_NAME)
        self.setWindowIcon(icon("app"))
        self.attack_button = QPushButton(self.tr("Having an asthma attack?"))
        self.attack_button.setObjectName("attack")
        self.attack_button.setToolTip(self.tr("What to do now, and the emergency number"))
        self.attack_button.clicked.connect(self.show_attack_steps)
        self.profile_label = label("", "sectionTitle")
        self.text_size = QComboBox()
        self.text_size.setAccessibleName(self.tr("Text size"))
        for scale in theme.TEXT_SCALES:
            self.text_size.addItem(fill(self.tr("Text %1 %"), scale), scale)
        self.text_size.currentIndexChanged.connect(self._on_text_size_changed)
        header = QHBoxLayout()
        header.addWidget(self.profile_label, 1)
        header.addWidget(self.text_size)
        header.addWidget(self.attack_button)
        self.header = header  # modes add their controls here (profile switcher)

        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setFixedWidth(200)
        self.pages = QStackedWidget()
        self.page_list = []
        for page_class in page_classes():
            page = page_class()
            page.data_changed.connect(self.refresh_pages)
            page.open_page.connect(self.show_page)
            self.page_list.append(page)
            self.pages.addWidget(page)
            self.nav.addItem(QListWidgetItem(page.title()))
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        workspace = QWidget()
        row = QHBoxLayout(workspace)
        row.addWidget(self.nav)
        row.addWidget(self.pages, 1)

        self.first_run = FirstRunPage(db, clock)
        self.first_run.profile_created.connect(self.open_profile)
        self.first_run.choice_made.connect(self._on_first_run_choice_made)
        self.root = QStackedWidget()
        self.root.addWidget(self.first_run)
        self.root.addWidget(workspace)
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.addLayout(header)
        outer.addWidget(self.root, 1)
        self.setCentralWidget(central)
        from .exchange_actions import ExchangeActions

        self.exchange_actions = ExchangeActions(self)
        self._restore_text_size()
        self._start()

    # --- start-up and profiles ------------------------------------------------------------

    def _start(self) -> None:
        people = profiles(self.db)
        if not people:
            self.root.setCurrentWidget(self.first_run)
            self.nav.setEnabled(False)
            return
        wanted = repository.get_setting(self.db, LAST_PROFILE)
        chosen = next((p for p in people if str(p.id) == wanted), people[0])
        self.open_profile(chosen)
        self.root.setCurrentIndex(1)

    def open_profile(self, profile) -> None:
        self.session = open_session(self.db, profile.id, self.clock)
        repository.set_setting(self.db, LAST_PROFILE, str(profile.id))
        self.profile_label.setText(profile.name)
        for page in self.page_list:
            page.set_session(self.session)
        self.nav.setEnabled(True)
        self.nav.setCurrentRow(0)

    def _on_first_run_choice_made(self, choice: str) -> None:
        self.root.setCurrentIndex(1)
        if choice == "plan":
            self.show_page("plan")
            self.page("plan").open_editor()
        else:
            self.show_page("today")

    # --- pages ------------------------------------------------------------------------------

    def page(self, key: str):
        return next(page for page in self.page_list if page.key == key)

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(self.page_list.index(self.page(key)))

    def refresh_pages(self) -> None:
        for page in self.page_list:
            page.refresh()

    def show_attack_steps(self) -> AttackDialog:
        plan = self.session.plans.current() if self.session else None
        number = self.session.profile.emergency if self.session else self.fallback_emergency
        self.attack_dialog = AttackDialog(plan, number, self)
        self.attack_dialog.open()
        return self.attack_dialog

    # --- text size -------------------------------------------------------------------------

    def _restore_text_size(self) -> None:
        saved = int(repository.get_setting(self.db, TEXT_SCALE, "100") or 100)
        index = self.text_size.findData(saved)
        self.text_size.setCurrentIndex(max(index, 0))
        self.apply_text_scale(self.text_size.currentData())

    def _on_text_size_changed(self, _index: int) -> None:
        scale = self.text_size.currentData()
        self.apply_text_scale(scale)
        repository.set_setting(self.db, TEXT_SCALE, str(scale))

    def apply_text_scale(self, scale: int) -> None:
        app = QApplication.instance()
        sheet = theme.stylesheet(scale, theme.system_point_size())
        if app.styleSheet() != sheet:  # re-polishing every widget is slow: only on change
            app.setStyleSheet(sheet)

    def paintEvent(self, event):  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def keyPressEvent(self, event):  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_F1:
            self.show_attack_steps()
            return
        super().keyPressEvent(event)
