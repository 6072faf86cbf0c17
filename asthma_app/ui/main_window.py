"""The main window: header with the attack button and text size, navigation, pages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import APP_DISPLAY_NAME, i18n
from ..domain.text import fill
from ..services.profiles import open_session, profiles
from ..storage import settings
from . import theme
from .mode import Header
from .pages import PAGES, WARM_UP, WARM_UP_AFTER_MS
from .pages.base import Page
from .widgets.common import icon, label
from .widgets.read_aloud import SHORTCUT as READ_ALOUD_SHORTCUT

if TYPE_CHECKING:
    from .first_run import FirstRunPage



class MainWindow(QMainWindow):
    """Built for one ``Mode`` (``ui/mode.py``): its pages, its file and print policy, and the
    header its shell gives through ``mode.header``.

    Signals: ``first_painted`` once, when the window is first drawn (start-up timing)."""

    first_painted = Signal()
    profile_created = Signal(object)  # from whichever first-run page is current

    def __init__(self, db, clock, mode, parent=None):
        super().__init__(parent)
        self.db, self.clock, self.mode = db, clock, mode
        self.session = None
        self._painted = False
        parts = mode.header(self) if mode.header is not None else Header()
        self._title = parts.title
        self.setWindowTitle(APP_DISPLAY_NAME)
        self.setWindowIcon(icon("app"))
        i18n.set_language(settings.LANGUAGE.get(db) or i18n.system_language())
        self.attack_button = QPushButton()
        self.attack_button.setObjectName("attack")
        self.attack_button.clicked.connect(self.show_attack_steps)
        self.profile_label = label("", "sectionTitle")
        self.text_size = QComboBox()
        # Refit whenever the item texts or the font change: sized once at first show, it
        # clipped "Text 100 %" after a change of language ("Text 100 (").
        self.text_size.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for scale in theme.TEXT_SCALES:
            self.text_size.addItem("", scale)
        self.text_size.currentIndexChanged.connect(self._on_text_size_changed)
        self.language = QComboBox()
        # Sized by a length, not by measuring every name: "اردو" and "বাংলা" would load the
        # Arabic and Bengali fonts before the first paint (~10 ms); the list still shows them.
        self.language.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.language.setMinimumContentsLength(max(len(c.native_name) for c in i18n.LANGUAGES))
        for choice in i18n.LANGUAGES:
            self.language.addItem(choice.native_name, choice.code)
        self.language.setCurrentIndex(self.language.findData(i18n.current_language()))
        self.language.currentIndexChanged.connect(self._on_language_changed)
        self.unreviewed = label("", "hint")
        self.unreviewed.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        header = QHBoxLayout()
        header.addWidget(self.profile_label, 1)
        header.addWidget(self.unreviewed)
        header.addWidget(self.language)
        header.addWidget(self.text_size)
        header.addWidget(self.attack_button)
        for index, control in enumerate(parts.controls, start=1):  # after the name
            header.insertWidget(index, control)
        for keys, slot in parts.shortcuts:
            QShortcut(QKeySequence(keys), self).activated.connect(slot)

        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(200)
        self.pages = QStackedWidget()
        self.entries = tuple(entry for entry in PAGES if mode.shows(entry.key))
        self.keys = tuple(entry.key for entry in self.entries)
        self._built: dict[str, Page] = {}
        self._build_pages()
        self.nav.currentRowChanged.connect(self._on_nav_current_row_changed)
        # Assistive technologies choose a page by selecting its row (AT-SPI Selection, or the
        # item's action), which does not move the current row: the selection drives the page.
        self.nav.itemSelectionChanged.connect(self._on_nav_selection_changed)
        workspace = QWidget()
        row = QHBoxLayout(workspace)
        row.addWidget(self.nav)
        row.addWidget(self.pages, 1)

        self.root = QStackedWidget()
        self.root.addWidget(QWidget())  # the first-run page's slot: see ``first_run``
        self.root.addWidget(workspace)
        self._first_run: FirstRunPage | None = None
        self._first_run_extras = list(parts.first_run_extras)
        # Says so when saving is impossible (read-only media, full disk): the diary still reads
        self.storage_notice = label("", "hint")
        self.storage_notice.setObjectName("storageNotice")
        self._storage_problem = ""
        self.reminder_banner = None  # made on the first reminder: see show_reminder
        central = QWidget()
        outer = QVBoxLayout(central)
        if parts.banner is not None:  # the demo's banner, the kiosk's bar
            outer.addWidget(parts.banner)
        outer.addLayout(header)
        outer.addWidget(self.storage_notice)
        outer.addWidget(self.root, 1)
        self.setCentralWidget(central)
        if mode.offers_files:  # the File menu: exports, imports (never on a kiosk)
            from .exchange_actions import ExchangeActions  # lazy: none (move it to the top)

            self.exchange_actions = ExchangeActions(self)
        for add_menu in parts.menus:
            add_menu(self.menuBar())
        read_aloud = QShortcut(QKeySequence(READ_ALOUD_SHORTCUT), self)
        read_aloud.activated.connect(self.read_current_page_aloud)
        if mode.frameless:  # kiosks: nothing to drag, close or move
            from PySide6.QtCore import Qt  # lazy: not at import: see ui/widgets/common.PLAIN_TEXT

            self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        if mode.style:
            self.setStyleSheet(mode.style)
        self._retranslate_header()
        i18n.languages().language_changed.connect(self._on_languages_language_changed)
        self._restore_text_size()
        self._start()

    def _build_pages(self) -> None:
        """(Re)create the page slots, so each page shows its text in the current language.

        A slot gets its page on first visit (``page(key)``): see ``ui/pages/__init__.py``.
        """
        row = self.nav.currentRow()
        current = self.keys[row] if row >= 0 else None
        # typed but not saved (a review question): carried into the rebuilt page, not lost
        self._unsaved = {**getattr(self, "_unsaved", {}), **{
            key: page.unsaved_input() for key, page in self._built.items()
            if page.unsaved_input()}}
        self.nav.blockSignals(True)
        self.nav.clear()
        while self.pages.count():
            slot = self.pages.widget(0)
            self.pages.removeWidget(slot)
            slot.deleteLater()
        self._built = {}
        for entry in self.entries:
            slot = QWidget()
            QVBoxLayout(slot).setContentsMargins(0, 0, 0, 0)
            self.pages.addWidget(slot)
            self.nav.addItem(QListWidgetItem(entry.title()))
        self.nav.blockSignals(False)
        if current is not None:
            self.show_page(current)

    @property
    def first_run(self) -> FirstRunPage:
        """The first-run page (``root`` index 0), built on first use: most starts open a
        profile and never show it."""
        if self._first_run is None:
            self._build_first_run()
        return self._first_run

    def add_first_run_extra(self, add) -> None:
        """``add(first_run_page)`` when the page is built and after every rebuild (e.g. "Try
        the demo")."""
        self._first_run_extras.append(add)
        if self._first_run is not None:
            add(self._first_run)

    def _build_first_run(self) -> None:
        """(Re)create the first-run page in the current language, keeping its step and input."""
        from .first_run import FirstRunPage  # lazy: none (move it to the top)

        old = self._first_run
        page = FirstRunPage(self.db, self.clock)
        page.profile_created.connect(self.open_profile)
        page.profile_created.connect(self.profile_created)
        page.choice_made.connect(self._on_first_run_choice_made)
        for add in self._first_run_extras:
            add(page)
        if old is not None:
            page.carry_over(old)
        slot = self.root.widget(0)  # the empty slot, or the page in the old language
        showing = self.root.currentWidget() is slot
        self.root.removeWidget(slot)
        slot.deleteLater()
        self.root.insertWidget(0, page)
        self._first_run = page
        if showing:
            self.root.setCurrentWidget(page)

    # --- language -----------------------------------------------------------------------------

    def _retranslate_header(self) -> None:
        self.setWindowTitle(self._title() if self._title is not None else APP_DISPLAY_NAME)
        self.attack_button.setText(self.tr("Having an asthma attack?"))
        self.attack_button.setToolTip(self.tr("What to do now, and the emergency number"))
        self.text_size.setAccessibleName(self.tr("Text size"))
        for index in range(self.text_size.count()):
            self.text_size.setItemText(index, fill(self.tr("Text %1\u00a0%"),
                                                   self.text_size.itemData(index)))
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setToolTip(self.tr("Language of the app and of the Learn pages"))
        self.nav.setAccessibleName(self.tr("Sections"))
        self.unreviewed.setText(self.tr("Translation not yet reviewed"))
        self.unreviewed.setToolTip(self.tr("A fluent speaker has not checked this translation "
                                           "yet. If something is unclear, ask your nurse."))
        self.unreviewed.setVisible(not i18n.is_reviewed(i18n.current_language()))
        if getattr(self, "exchange_actions", None) is not None:
            self.exchange_actions.retranslate()
        self._show_storage_notice()

    def _show_storage_notice(self) -> None:
        read_only = getattr(self.db, "read_only", "")
        if read_only == "full":
            text = self.tr("The disk is full, so nothing new can be saved. You can read your "
                           "diary. Free some space, then start the app again.")
        elif read_only:
            text = self.tr("Your data folder cannot be written (read-only). You can read your "
                           "diary, but nothing new can be saved.")
        else:
            text = self._storage_problem
        self.storage_notice.setText(text)
        self.storage_notice.setVisible(bool(text))

    def remember(self, setting: settings.Setting, value) -> bool:
        """Save a preference (last person, language, text size). A read-only folder or a
        full disk must not stop the app: the notice says why it was not kept."""
        from ..storage.database import StorageError  # lazy: none (move it to the top)

        try:
            setting.set(self.db, value)
        except StorageError as error:
            self._storage_problem = str(error)
            self._show_storage_notice()
            return False
        return True

    def _on_language_changed(self, _index: int) -> None:
        code = self.language.currentData()
        self.remember(settings.LANGUAGE, code)
        i18n.set_language(code)

    def _on_languages_language_changed(self, code: str) -> None:
        if not self.isVisible():  # a hidden or closed window catches up when next shown
            self._language_pending = True
            return
        self._language_pending = False
        self.language.blockSignals(True)
        self.language.setCurrentIndex(self.language.findData(code))
        self.language.blockSignals(False)
        self._retranslate_header()
        if self._first_run is not None:  # else it is built in the new language when needed
            self._build_first_run()
        self._build_pages()

    def show_reminder(self, text: str) -> None:
        """A reminder at the top of the window until dismissed (the system's notification
        may never appear); the banner is made on first use."""
        if self.reminder_banner is None:
            from .reminders import ReminderBanner  # lazy: start-up

            self.reminder_banner = ReminderBanner()
            self.centralWidget().layout().insertWidget(0, self.reminder_banner)
        self.reminder_banner.show_reminder(text)

    # --- start-up and profiles ------------------------------------------------------------

    def _start(self) -> None:
        people = profiles(self.db)
        if not people:
            self.root.setCurrentWidget(self.first_run)
            self.nav.setEnabled(False)
            return
        wanted = settings.LAST_PROFILE.get(self.db)
        chosen = next((p for p in people if p.id == wanted), people[0])
        self.open_profile(chosen)
        self.root.setCurrentIndex(1)

    def open_profile(self, profile) -> None:
        self.session = open_session(self.db, profile.id, self.clock)
        if self.reminder_banner is not None:  # it was for the person open before (hazard H42)
            self.reminder_banner.hide()
        self.remember(settings.LAST_PROFILE, profile.id)
        self.profile_label.setText(profile.name)
        for page in self._built.values():
            page.set_session(self.session)
        self.nav.setEnabled(True)
        self.show_page(self.keys[0])

    def _on_first_run_choice_made(self, choice: str) -> None:
        self.root.setCurrentIndex(1)
        if choice == "plan":
            self.show_page("plan")
            self.page("plan").open_editor()
        else:
            self.show_page("today")

    # --- pages ------------------------------------------------------------------------------

    def page(self, key: str) -> Page:
        """The page for ``key``, built now if it has not been shown yet."""
        if key not in self._built:
            index = self.keys.index(key)
            page = self.entries[index].load()(self.mode)
            page.data_changed.connect(self.refresh_pages)
            page.open_page.connect(self.show_page)
            page.open_topic.connect(self.show_topic)
            self.pages.widget(index).layout().addWidget(page)
            page.show()  # else Qt shows it only on a queued event, after we return
            self._built[key] = page
            if self.session is not None:
                page.set_session(self.session)
            if key in self._unsaved:
                page.restore_unsaved_input(self._unsaved.pop(key))
        return self._built[key]

    def _warm_up(self, keys: tuple[str, ...] = WARM_UP) -> None:
        """Idle time after the first paint: build the next pages (one per turn of the event
        loop, so input is never kept waiting long), ready to read and draw when visited."""
        if not self.isVisible():
            return  # locked or closed meanwhile: its diary may be closed already
        keys = tuple(key for key in keys if key in self.keys)
        if keys:
            self.page(keys[0]).prepare()
            QTimer.singleShot(0, self, lambda: self._warm_up(keys[1:]))

    @property
    def page_list(self) -> list[Page]:
        """Every page, in navigation order (builds the ones not shown yet)."""
        return [self.page(key) for key in self.keys]

    def current_page(self) -> Page | None:
        row = self.nav.currentRow()
        return self._built.get(self.keys[row]) if row >= 0 else None

    def _on_nav_current_row_changed(self, row: int) -> None:
        if row >= 0:
            page = self.page(self.keys[row])
            if not page.isVisible():
                page.before_visit()
            self.pages.setCurrentIndex(row)
            # Showing a page asks Qt to draw each of its widgets, by events posted for later
            # that may come after the window's next paint: then the whole page was drawn a
            # second time (Trends opened cold: ~30 M instructions). Asked now, all in one.
            QApplication.sendPostedEvents(None, QEvent.Type.UpdateLater.value)

    def _on_nav_selection_changed(self) -> None:
        rows = [index.row() for index in self.nav.selectionModel().selectedRows()]
        if rows and rows[0] != self.nav.currentRow():
            # after the selection call has returned: building a page inside an AT-SPI call
            # kept the client waiting for its reply. (Nothing is queued when the list is
            # emptied as the window closes: no row is selected then.)
            QTimer.singleShot(0, self.nav, lambda row=rows[0]: self.nav.setCurrentRow(row))

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(self.keys.index(key))
        self._on_nav_current_row_changed(self.keys.index(key))  # also when already current

    def show_topic(self, topic_id: str) -> None:
        """Open the Learn page at one education topic (the context links use this)."""
        self.show_page("learn")
        self.page("learn").show_topic(topic_id)

    def refresh_pages(self) -> None:
        if self._reload_profile():
            return  # the profile was reopened, which refreshed every page
        for page in self._built.values():  # pages not built yet read fresh data when built
            page.refresh()

    def _reload_profile(self) -> bool:
        """After a restore the open person may be renamed, changed or gone: never keep a stale
        name or emergency number on screen."""
        if self.session is None:
            return False
        stored = {p.id: p for p in profiles(self.db)}.get(self.session.profile_id)
        if stored == self.session.profile:
            return False
        if stored is None:
            self.session = None
            self.profile_label.setText("")
            self._start()
        else:
            self.open_profile(stored)
        return True

    def read_current_page_aloud(self) -> None:
        """Ctrl+R: read the current page's main text aloud (again: stop)."""
        page = self.current_page() if self.root.currentIndex() == 1 else None
        control = page.read_aloud_control() if page is not None else None
        if control is not None and control.button.isVisible():
            control.toggle()

    def show_attack_steps(self):
        from .dialogs.attack import AttackDialog  # lazy: start-up

        plan = self.session.plans.current() if self.session else None
        number = self.session.profile.emergency if self.session else self.mode.emergency_number
        self.attack_dialog = AttackDialog(plan, number, self,
                                          can_record=self.session is not None)
        self.attack_dialog.record_requested.connect(self.record_attack)
        self.attack_dialog.open()
        return self.attack_dialog

    def record_attack(self) -> None:
        """The Review page's attack form for today (from the attack steps or the red card)."""
        if self.session is None or "review" not in self.keys:
            return
        self.show_page("review")
        self.page("review").offer_attack(self.session.clock().date())

    # --- text size -------------------------------------------------------------------------

    def _restore_text_size(self) -> None:
        saved = settings.TEXT_SCALE.get(self.db)
        index = self.text_size.findData(saved)
        self.text_size.setCurrentIndex(max(index, 0))
        self.apply_text_scale(self.text_size.currentData())

    def _on_text_size_changed(self, _index: int) -> None:
        scale = self.text_size.currentData()
        self.apply_text_scale(scale)
        self.remember(settings.TEXT_SCALE, scale)

    def apply_text_scale(self, scale: int) -> None:
        app = QApplication.instance()
        sheet = theme.stylesheet(scale, theme.system_point_size())
        if app.styleSheet() != sheet:  # re-polishing every widget is slow: only on change
            app.setStyleSheet(sheet)

    # --- input typed but not saved ------------------------------------------------------------

    def has_unsaved_input(self) -> bool:
        return any(page.unsaved_input() for page in self._built.values()) or \
            any(self._unsaved.values())

    def discard_unsaved_input(self) -> None:
        for page in self._built.values():
            page.discard_unsaved_input()
        self._unsaved = {}

    def ask_before_discarding(self, then) -> None:
        """Run ``then()`` now if nothing typed would be lost, else after "Discard" is chosen
        in "Discard changes?" (Keep editing, the default, runs nothing)."""
        if not self.has_unsaved_input():
            then()
            return
        from .dialogs.discard import ask_to_discard  # lazy: start-up

        def discard() -> None:
            self.discard_unsaved_input()
            then()

        self.discard_question = ask_to_discard(self, discard)

    def closeEvent(self, event):  # noqa: N802 - Qt override
        # Only a window on screen asks; one closed at quit (HomeShell.shutdown) or already
        # hidden by a lock just goes.
        if self.isVisible() and self.has_unsaved_input():
            event.ignore()
            self.ask_before_discarding(self.close)
            return
        super().closeEvent(event)

    @property
    def painted(self) -> bool:
        """True once the window has been drawn (``first_painted`` was emitted)."""
        return self._painted

    def paintEvent(self, event):  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()
            QTimer.singleShot(WARM_UP_AFTER_MS, self, self._warm_up)  # cancelled if deleted

    def showEvent(self, event):  # noqa: N802 - Qt override
        super().showEvent(event)
        if getattr(self, "_language_pending", False):
            self._on_languages_language_changed(i18n.current_language())

    # A plan file dropped on the window (only where the File menu is offered: it lets the
    # window accept drops). Handlers, not an event filter: see ui/plan_drop.py.
    def dragEnterEvent(self, event):  # noqa: N802 - Qt override
        from .plan_drop import take_drag  # lazy: start-up

        if not take_drag(event):
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event):  # noqa: N802 - Qt override
        from .plan_drop import take_drag  # lazy: start-up

        if not take_drag(event):
            super().dragMoveEvent(event)

    def dropEvent(self, event):  # noqa: N802 - Qt override
        from .plan_drop import take_drop  # lazy: start-up

        actions = getattr(self, "exchange_actions", None)
        if actions is None or not take_drop(event, actions.open_nurse_plan):
            super().dropEvent(event)

    def keyPressEvent(self, event):  # noqa: N802 - Qt override
        from PySide6.QtCore import Qt  # lazy: start-up

        if event.key() == Qt.Key.Key_F1:
            self.show_attack_steps()
            return
        super().keyPressEvent(event)
