"""When a save fails (disk full, read-only, locked) the screen says so calmly, keeps what the
user typed, and saving works once the problem is gone. ``PRAGMA query_only`` makes the real
connection refuse writes exactly as a read-only disk does ("attempt to write a readonly
database"); the disk-full and locked cases share the same code path (tests/storage)."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from asthma_app.domain.readings import PeakFlowReading

from .helpers import click, type_into

READ_ONLY = "The data folder is read-only, so nothing can be saved. Nothing was changed."


def button(dialog, text: str) -> QPushButton:
    [found] = [b for b in dialog.findChildren(QPushButton) if b.text() == text]
    return found


def refuse_writes(db, on: bool) -> None:
    db.execute(f"PRAGMA query_only = {'ON' if on else 'OFF'}")


def test_peak_flow_save_failure_keeps_the_typed_values(window_with_plan, qtbot, db):
    dialog = window_with_plan.page("today").open_peak_flow()
    type_into(qtbot, dialog.blows[0], "420")
    type_into(qtbot, dialog.blows[1], "445")
    refuse_writes(db, True)
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert dialog.errors[0].isVisible() and dialog.errors[0].text() == READ_ONLY
    assert [field.text() for field in dialog.blows[:2]] == ["420", "445"]
    assert window_with_plan.session.diary.readings() == []
    refuse_writes(db, False)
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    assert window_with_plan.session.diary.readings()[0].blows == (420, 445)


def test_symptom_save_failure_keeps_the_dialog_open(window_with_plan, qtbot, db):
    dialog = window_with_plan.page("today").open_symptoms()
    refuse_writes(db, True)
    click(qtbot, button(dialog, "Save"))
    assert dialog.isVisible() and dialog.error.text() == READ_ONLY
    assert window_with_plan.session.diary.entries() == []


def test_plan_save_failure_keeps_the_editor_and_its_text(window_with_plan, qtbot, db):
    editor = window_with_plan.page("plan").open_editor()
    type_into(qtbot, editor.agreed_by, " and Dr Rao")
    versions = len(window_with_plan.session.plans.history())
    refuse_writes(db, True)
    click(qtbot, button(editor, "Save as agreed plan"))
    assert editor.isVisible() and editor.problems.text() == READ_ONLY
    assert editor.agreed_by.text().endswith(" and Dr Rao")
    assert len(window_with_plan.session.plans.history()) == versions
    refuse_writes(db, False)
    click(qtbot, button(editor, "Save as agreed plan"))
    assert len(window_with_plan.session.plans.history()) == versions + 1


def test_diary_delete_and_undo_failures_are_explained_and_undo_is_kept(
        window_with_plan, qtbot, session, clock, db):
    session.diary.log_reading(PeakFlowReading(clock(), (400,)))
    window_with_plan.refresh_pages()
    diary = window_with_plan.page("diary")
    window_with_plan.show_page("diary")
    diary.table.selectRow(0)
    refuse_writes(db, True)
    click(qtbot, diary.delete_button)
    assert diary.status.text() == READ_ONLY and diary.table.rowCount() == 1
    refuse_writes(db, False)
    click(qtbot, diary.delete_button)
    assert diary.table.rowCount() == 0
    refuse_writes(db, True)
    click(qtbot, diary.undo_button)
    assert diary.status.text() == READ_ONLY
    assert diary.undo_button.isEnabled()  # the undo step was not thrown away
    refuse_writes(db, False)
    click(qtbot, diary.undo_button)
    assert diary.table.rowCount() == 1
