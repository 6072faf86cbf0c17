"""Kiosk (issue 17): a visitor's attack, its follow-up banner and review checklist go with the
wipe. Kept apart from test_kiosk.py, whose fixtures it reuses, to ease merging."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent

from tests.ui.helpers import click, type_into
from tests.ui.test_kiosk import _visible_texts, kiosk, pin_hash  # noqa: F401 (fixtures)


def test_kiosk_keeps_no_follow_up_or_checklist_of_the_last_visitor(qtbot, kiosk, clock):  # noqa: F811
    """Issue 17: a visitor's attack (with its follow-up banner) and review checklist go with
    the wipe; the next visitor sees no banner and none of the text."""
    from asthma_app.domain.checklist import ReviewChecklist
    from asthma_app.domain.control import Attack, Care

    window = kiosk.window
    type_into(qtbot, window.first_run.name, "Zebediah Quinton")
    click(qtbot, window.first_run.create_button)
    click(qtbot, window.first_run.no_plan)
    today = clock().date()
    window.session.reviews.record_attack(Attack(today, (Care.EMERGENCY_DEPARTMENT,), "ZQATTACK"))
    window.session.reviews.record_checklist(ReviewChecklist(today, agenda="ZQAGENDA"))
    window.refresh_pages()
    window.show_page("today")
    assert window.page("today").banners.follow_up.isVisible()
    a_folder = kiosk.folder
    clock.advance(seconds=120)
    kiosk.watcher.check()
    clock.advance(seconds=30)
    kiosk.watcher.check()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert kiosk.window is not window and kiosk.window.session is None
    assert not a_folder.exists()
    files = [p for p in Path(kiosk.root).rglob("*") if p.is_file()]
    for secret in ("ZQATTACK", "ZQAGENDA", "Zebediah"):
        assert secret not in _visible_texts()
        for path in files:
            assert secret.encode() not in path.read_bytes(), path
