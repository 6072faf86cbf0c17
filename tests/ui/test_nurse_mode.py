"""Nurse mode, end to end with real files: a plan written in nurse mode -> the printed PDF
(with the plan inside) -> opened at home -> the patient's plan after confirmation."""

from __future__ import annotations

import json
from datetime import date

import pytest

from asthma_app.domain.plan import PlanKind


def fill_editor(editor):
    from PySide6.QtCore import QDate

    editor.agreed_by.setText("Nurse Khan")
    editor.agreed_by_role.setText("Practice nurse")
    editor.agreed_with.setText("Sam and his mum")
    editor.agreed_on.setDate(QDate(2026, 11, 20))
    editor.next_review.setDate(QDate(2027, 11, 20))
    editor.green_text.setPlainText("Preventer 2 puffs morning and evening.")
    editor.amber_text.setPlainText("Reliever up to 4 puffs; see us within 24 hours.")
    editor.red_text.setPlainText("Attack: follow the steps and call 999.")


@pytest.fixture
def nurse(qapp, qtbot, clock):
    from asthma_app.ui.nurse import NurseShell

    shell = NurseShell(clock)
    qtbot.addWidget(shell.window)
    shell.window.show()
    yield shell
    shell.close()


def test_written_in_nurse_mode_opened_at_home_becomes_the_plan(nurse, make_window, session,
                                                             tmp_path, qtbot):
    folder = nurse.folder
    nurse.window.patient_name.setText("Sam Patel")
    nurse.window.birth_year.setValue(1990)
    nurse.write_plan()
    editor = nurse.editor
    assert editor.agreed_by_role.isVisible()  # the nurse's fields, in the same editor
    fill_editor(editor)
    editor.save_button.click()
    assert nurse.window.save_button.isEnabled()
    nurse.window.also_plan_file.setChecked(True)
    pdf = nurse.save_for_patient(str(tmp_path / "plan.pdf"))
    assert pdf.exists() and pdf.with_suffix(".asthmaplan").exists()
    data = json.loads(pdf.with_suffix(".asthmaplan").read_text("utf-8"))
    assert data["person"] == {"name": "Sam Patel", "birth_year": 1990}

    nurse.restart()  # the next patient: nothing of Sam is left on the practice computer
    assert not folder.exists()

    home = make_window()  # the patient's own app, at home
    actions = home.exchange_actions
    actions.open_nurse_plan(str(pdf))
    assert getattr(actions, "person_question", None) is None  # same name and year: no question
    dialog = actions.plan_dialog
    assert "Nurse Khan" in dialog.intro.text()
    dialog.use_button.click()
    plan = session.plans.current()
    assert (plan.agreed_by, plan.agreed_by_role, plan.agreed_with) == (
        "Nurse Khan", "Practice nurse", "Sam and his mum")
    assert plan.agreed_on == date(2026, 11, 20) and plan.kind is PlanKind.PREVENTER_RELIEVER


def test_the_editor_refuses_an_unsafe_plan_in_nurse_mode_too(nurse):
    from asthma_app.domain.plan import default_uk_attack_steps

    nurse.window.patient_name.setText("Ann Other")
    nurse.write_plan()
    editor = nurse.editor
    fill_editor(editor)
    editor.kind.setCurrentIndex(editor.kind.findData(PlanKind.MART.value))
    editor.max_puffs.setValue(8)
    editor.steps_choice.setCurrentIndex(editor.steps_choice.findData("own"))
    editor.attack_steps.setPlainText("\n".join(s.replace("%1", "999")
                                               for s in default_uk_attack_steps()))
    editor.save_button.click()
    assert "not for MART or AIR" in editor.problems.text()
    assert not nurse.window.save_button.isEnabled()


def test_a_patient_needs_a_name_first(nurse):
    nurse.write_plan()
    assert nurse.editor is None and "name" in nurse.window.problem.text()


def test_the_demo_has_a_nurse_menu(qapp, qtbot, clock):
    from asthma_app.app import demo_shell

    shell = demo_shell(clock)
    try:
        actions = shell.nurse_menu.actions()
        assert [a.text() for a in actions] == ["Write a plan for a patient..."]
        actions[0].trigger()
        nurse = shell.nurse_shell
        qtbot.addWidget(nurse.window)
        assert nurse.window.isVisible()
    finally:
        shell.close()
