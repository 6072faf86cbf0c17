"""A new user: profile, plan typed into the editor, a reading typed in, the right zone."""

from __future__ import annotations

from PySide6.QtCore import Qt

from .helpers import all_text, click, type_into


def test_first_run_to_zone(window, qtbot, db):
    first = window.first_run
    assert window.root.currentWidget() is first
    type_into(qtbot, first.name, "Priya Shah")
    click(qtbot, first.create_button)
    assert first.steps.currentIndex() == 1
    click(qtbot, first.enter_plan)

    editor = window.page("plan").dialog
    assert editor.isVisible()
    type_into(qtbot, editor.agreed_by, "Nurse Khan")
    editor.uses_peak_flow.setChecked(True)
    editor.personal_best.setValue(500)
    editor.green_text.setPlainText("Preventer 2 puffs morning and evening.")
    editor.amber_text.setPlainText("Amber: take reliever as the nurse wrote. Call the surgery.")
    editor.red_text.setPlainText("Red: follow the attack steps.")
    click(qtbot, editor.save_button)
    assert not editor.isVisible(), editor.problems.text()
    assert "Nurse Khan" in all_text(window.page("plan"))

    window.show_page("today")
    today = window.page("today")
    dialog = today.open_peak_flow()
    type_into(qtbot, dialog.blows[0], "300")
    qtbot.keyClick(dialog.blows[0], Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.blows[1]
    type_into(qtbot, dialog.blows[1], "310")
    qtbot.keyClick(dialog.blows[1], Qt.Key.Key_Return)
    type_into(qtbot, dialog.blows[2], "305")
    assert "310\u00a0L/min" in dialog.result.text()
    assert "62\u00a0%" in dialog.zone_text.text()
    click(qtbot, dialog.save_button)

    card = today.card
    assert card.title.text().startswith("Amber zone")
    assert "310\u00a0L/min is 62\u00a0% of your best of 500" in card.reasons.text()
    assert "Amber: take reliever as the nurse wrote" in card.instructions.text()
    assert "Nurse Khan" in card.source.text()
    assert card.icon.pixmap() is not None and not card.icon.pixmap().isNull()


def test_empty_name_is_explained(window, qtbot):
    click(qtbot, window.first_run.create_button)
    assert window.first_run.profile_error.isVisible()
    assert "name" in window.first_run.profile_error.text()
    assert window.first_run.steps.currentIndex() == 0


def test_no_plan_yet_gives_a_clear_state(window, qtbot):
    type_into(qtbot, window.first_run.name, "Tom")
    click(qtbot, window.first_run.create_button)
    click(qtbot, window.first_run.no_plan)
    today = window.page("today")
    assert today.card.title.text() == "No zone yet"
    assert "action plan" in today.card.instructions.text()
    assert today.add_plan.isVisible()


def test_incomplete_plan_is_refused_with_reasons(window_with_plan, qtbot):
    editor = window_with_plan.page("plan").open_editor()
    editor.agreed_by.clear()
    editor.red_text.clear()
    click(qtbot, editor.save_button)
    assert editor.isVisible()
    assert "who agreed" in editor.problems.text()
    assert "red zone" in editor.problems.text()
    assert len(window_with_plan.session.plans.history()) == 1


def test_editing_plan_makes_a_new_version(window_with_plan, qtbot):
    editor = window_with_plan.page("plan").open_editor()
    editor.personal_best.setValue(450)
    click(qtbot, editor.save_button)
    history = window_with_plan.session.plans.history()
    assert [plan.version for _, plan in history] == [2, 1]
    assert history[1][1].personal_best == 500
    dialog = window_with_plan.page("plan").open_history()
    assert dialog.versions.count() == 2


def test_medicine_without_drug_name_is_refused(window_with_plan, qtbot):
    from PySide6.QtWidgets import QTableWidgetItem

    editor = window_with_plan.page("plan").open_editor()
    row = editor.medicines.add_row()
    editor.medicines.table.setItem(row, editor.medicines._column("colour"),
                                   QTableWidgetItem("brown"))
    click(qtbot, editor.save_button)
    assert "name of the medicine" in editor.problems.text()
