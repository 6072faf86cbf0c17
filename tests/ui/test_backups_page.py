"""The Backups screen: list, "Back up now" and restore (confirmed, in a worker thread)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QMessageBox

from asthma_app import paths
from asthma_app.domain.readings import PeakFlowReading
from asthma_app.storage import backup

from .helpers import click, unnamed_controls


def open_page(window):
    window.show_page("backups")
    return window.page("backups")


def test_back_up_now_lists_the_new_copy(window_with_plan, qtbot, session):
    page = open_page(window_with_plan)
    assert page.table.rowCount() == 0
    assert unnamed_controls(page) == []
    with qtbot.waitSignal(page.data_changed, timeout=10_000):
        click(qtbot, page.backup_button)
    assert page.table.rowCount() == 1
    assert page.table.item(0, 1).text() == "Made by me"
    assert page.status.text() == "Backup made."
    assert not page.busy.isVisible()


def test_restore_asks_first_then_brings_the_copy_back(window_with_plan, qtbot, session, clock):
    session.diary.log_reading(PeakFlowReading(clock(), (410,)))
    backup.make_backup(session.db, paths.backups_dir(), backup.AUTO, clock())
    clock.advance(hours=1)
    session.diary.log_reading(PeakFlowReading(clock(), (520,)))
    page = open_page(window_with_plan)
    page.refresh()
    page.table.selectRow(0)
    confirm = page.ask_restore()
    assert "Bring back Sam Patel's diary" in confirm.text()
    assert "Other people's diaries are not changed" in confirm.text()
    assert "saved as a backup first" in confirm.text()
    with qtbot.waitSignal(page.data_changed, timeout=10_000):
        click(qtbot, confirm.button(QMessageBox.StandardButton.Yes))
    assert [r.value for r in session.diary.readings()] == [410]
    kinds = [page.table.item(row, 1).text() for row in range(page.table.rowCount())]
    assert kinds == ["Before bringing back a copy", "Daily (automatic)"]
    assert page.status.text().startswith("Your diary now runs up to")


def test_saying_no_changes_nothing(window_with_plan, qtbot, session, clock):
    session.diary.log_reading(PeakFlowReading(clock() - timedelta(hours=2), (410,)))
    backup.make_backup(session.db, paths.backups_dir(), backup.AUTO, clock())
    session.diary.log_reading(PeakFlowReading(clock(), (520,)))
    page = open_page(window_with_plan)
    page.refresh()
    page.table.selectRow(0)
    confirm = page.ask_restore()
    click(qtbot, confirm.button(QMessageBox.StandardButton.No))
    assert len(session.diary.readings()) == 2
    assert page.table.rowCount() == 1


def test_restore_from_one_window_leaves_the_other_person_alone(window_with_plan, qtbot, session,
                                                               clock, db):
    """Issue 15 §1, as the user meets it: Ben's reading made after the backup survives Sam's
    restore, and the undo Sam had is forgotten (it named rows the restore replaced)."""
    from asthma_app.domain.profile import Profile
    from asthma_app.services.profiles import create_profile, open_session

    ben = open_session(db, create_profile(db, Profile("Ben"), clock).id, clock)
    session.diary.log_reading(PeakFlowReading(clock() - timedelta(hours=2), (410,)))
    backup.make_backup(session.db, paths.backups_dir(), backup.AUTO, clock())
    ben.diary.log_reading(PeakFlowReading(clock(), (300,)))
    page = open_page(window_with_plan)
    mine = window_with_plan.session
    mine.diary.delete("readings", mine.diary.readings()[0].id, "Delete")
    assert mine.diary.can_undo
    page.refresh()
    page.table.selectRow(0)
    confirm = page.ask_restore()
    with qtbot.waitSignal(page.data_changed, timeout=10_000):
        click(qtbot, confirm.button(QMessageBox.StandardButton.Yes))
    assert [r.value for r in mine.diary.readings()] == [410]
    assert [r.value for r in ben.diary.readings()] == [300]
    assert not mine.diary.can_undo


def test_a_person_added_after_the_backup_is_told_plainly(make_window, qtbot, db, clock):
    from asthma_app.domain.profile import Profile
    from asthma_app.services.profiles import create_profile

    create_profile(db, Profile("Ana"), clock)
    backup.make_backup(db, paths.backups_dir(), backup.AUTO, clock())
    clock.advance(minutes=1)
    ben = create_profile(db, Profile("Ben"), clock)
    window = make_window()
    window.open_profile(ben)
    page = open_page(window)
    page.refresh()
    page.table.selectRow(0)
    confirm = page.ask_restore()
    with qtbot.waitSignal(page.data_changed, timeout=10_000):
        click(qtbot, confirm.button(QMessageBox.StandardButton.Yes))
    assert "does not hold Ben's diary" in page.status.text()
    assert "Nothing was changed" in page.status.text()
