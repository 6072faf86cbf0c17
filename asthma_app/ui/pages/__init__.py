"""The main window's pages, in navigation order, built only when first shown.

A page is a QWidget with ``title()``, ``set_session(session)`` and ``refresh()``, and the
signals ``data_changed`` / ``open_page`` / ``open_topic``; it is built with the window's
``Mode`` (``ui/mode.py``), which also says which pages a mode leaves out. Features add a
``PageEntry`` to ``PAGES``. Entries name their module instead of importing it: importing and
building every page up front doubled the start-up time, and most visits only need Today.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


@dataclass(frozen=True)
class PageEntry:
    """A page of the window, named but imported only when first shown."""

    key: str
    module: str  # under asthma_app.ui.pages
    class_name: str  # also the translation context of the title, as the page's own tr()
    source_title: str

    def title(self) -> str:
        return QCoreApplication.translate(self.class_name, self.source_title)

    def load(self) -> type:
        return getattr(import_module(f"{__name__}.{self.module}"), self.class_name)


PAGES = (
    PageEntry("today", "today", "TodayPage", QT_TRANSLATE_NOOP("TodayPage", "Today")),
    PageEntry("diary", "diary", "DiaryPage", QT_TRANSLATE_NOOP("DiaryPage", "Diary")),
    PageEntry("plan", "plan", "PlanPage", QT_TRANSLATE_NOOP("PlanPage", "My plan")),
    PageEntry("trends", "trends", "TrendsPage", QT_TRANSLATE_NOOP("TrendsPage", "Trends")),
    PageEntry("review", "review", "ReviewPage", QT_TRANSLATE_NOOP("ReviewPage", "Review")),
    PageEntry("learn", "learn", "LearnPage", QT_TRANSLATE_NOOP("LearnPage", "Learn")),
    PageEntry("backups", "backups", "BackupsPage", QT_TRANSLATE_NOOP("BackupsPage", "Backups")),
)
KEYS = tuple(entry.key for entry in PAGES)
# Built (without data) in idle time after the first paint: slow to load and build (QtCharts,
# Qt's enums: ~60 ms) and often visited next. A first visit then only reads and draws.
WARM_UP = ("trends",)
WARM_UP_AFTER_MS = 300  # after the first paint: the app is idle, nobody has clicked yet
