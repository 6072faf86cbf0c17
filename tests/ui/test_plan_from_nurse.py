"""File -> "Open a plan from my nurse..." and dropping a plan file on the window: the
comparison, the question about another person, and only "Make this my plan" changing it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from asthma_app.storage.exchange import plan_file as fmt


def nurse_file(tmp_path, plan, name="Sam Patel", year=1990):
    path = tmp_path / "from-nurse.asthmaplan"
    path.write_text(fmt.dumps(plan, name, year), encoding="utf-8")
    return path


def newer(plan_factory):
    return plan_factory(agreed_on=date(2026, 11, 20), agreed_by="Nurse Khan",
                        agreed_by_role="Practice nurse", personal_best=450,
                        next_review=date(2027, 11, 20))


def test_the_comparison_shows_what_changes_and_only_confirming_saves(
        window_with_plan, session, plan_factory, tmp_path, qtbot):
    actions = window_with_plan.exchange_actions
    actions.open_nurse_plan(str(nurse_file(tmp_path, newer(plan_factory))))
    dialog = actions.plan_dialog
    assert dialog is not None and dialog.isVisible()
    assert set(dialog.changed_labels()) == {"Agreed", "Next review", "Peak flow levels"}
    row = dialog.changed_labels().index("Peak flow levels")
    assert "500" in dialog.table.item(row, 1).text() and "450" in dialog.table.item(row, 2).text()
    dialog.cancel_button.click()
    assert session.plans.current().version == 1  # cancelled: nothing changed
    actions.open_nurse_plan(str(nurse_file(tmp_path, newer(plan_factory))))
    actions.plan_dialog.use_button.click()
    current = session.plans.current()
    assert current.version == 2 and current.agreed_by == "Nurse Khan"
    assert "Nurse Khan" in window_with_plan.statusBar().currentMessage()


def test_a_plan_for_someone_else_asks_first_and_no_keeps_the_plan(
        window_with_plan, session, plan_factory, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    actions = window_with_plan.exchange_actions
    actions.open_nurse_plan(str(nurse_file(tmp_path, newer(plan_factory), "Sara Patel")))
    question = actions.person_question
    assert "Sara Patel" in question.text() and question.isVisible()
    assert actions.plan_dialog is None
    question.button(QMessageBox.StandardButton.No).click()
    assert actions.plan_dialog is None and session.plans.current().version == 1
    actions.open_nurse_plan(str(nurse_file(tmp_path, newer(plan_factory), "Sara Patel")))
    actions.person_question.button(QMessageBox.StandardButton.Yes).click()
    assert actions.plan_dialog.isVisible()


def test_a_refused_file_says_why_and_changes_nothing(window_with_plan, session, plan_factory,
                                                    tmp_path):
    from asthma_app.domain.plan import PlanKind, default_uk_attack_steps

    unsafe = replace(newer(plan_factory), kind=PlanKind.MART, max_reliever_puffs_per_day=8,
                     attack_steps=default_uk_attack_steps(), attack_steps_ref="")
    actions = window_with_plan.exchange_actions
    actions.open_nurse_plan(str(nurse_file(tmp_path, unsafe)))
    assert "not for MART or AIR" in actions.last_error
    assert actions.plan_dialog is None and session.plans.current().version == 1


def test_dropping_a_plan_file_on_the_window_opens_it(window_with_plan, plan_factory, tmp_path):
    path = nurse_file(tmp_path, newer(plan_factory))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window_with_plan, enter)
    assert enter.isAccepted()  # the window shows it takes the file
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window_with_plan, drop)
    actions = window_with_plan.exchange_actions
    assert actions.plan_dialog is not None, getattr(actions, "last_error", "no error")
    assert actions.plan_dialog.isVisible()


def test_the_plan_pdf_opens_in_the_window(window_with_plan, session, plan_factory, tmp_path):
    from asthma_app.ui.printing.pdf import save_plan_pdf

    path = tmp_path / "plan.pdf"
    save_plan_pdf(session, path, newer(plan_factory))
    actions = window_with_plan.exchange_actions
    actions.open_nurse_plan(str(path))
    actions.plan_dialog.use_button.click()
    assert session.plans.current().personal_best == 450
