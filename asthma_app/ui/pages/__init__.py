"""The main window's pages, in navigation order.

A page is a QWidget with ``title()``, ``set_session(session)`` and ``refresh()``, and the
signal ``data_changed`` when it wrote something. Features add their page to ``page_classes``.
"""

from __future__ import annotations


def page_classes() -> list[type]:
    from .backups import BackupsPage
    from .diary import DiaryPage
    from .learn import LearnPage
    from .plan import PlanPage
    from .review import ReviewPage
    from .today import TodayPage
    from .trends import TrendsPage

    return [TodayPage, DiaryPage, PlanPage, TrendsPage, ReviewPage, LearnPage, BackupsPage]
