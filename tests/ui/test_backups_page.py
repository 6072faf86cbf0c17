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
